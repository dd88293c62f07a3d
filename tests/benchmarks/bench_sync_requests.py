"""Sync benchmark: how many HTTP requests a first sync and a quiet incremental sync make.

Figures, not pass/fail. Prints one JSON object. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_sync_requests.py [--appointments 4000]

A sandbox on loopback (default rate limit, 200 requests a minute) holds a clinic with N individual
appointments (each with its attendee; about 5 % cancelled and 2 % deleted), 500 patients and some
unavailable blocks. The real Cliniko adapter, with its default pacing (190 a minute, bursts of 31),
syncs it into a fresh cache with the engine; every request is counted per endpoint.

Targets (issue): the first sync makes close to ceil(records / 100) list requests per endpoint
(within 10 % of that minimum), no 429 at the default limit; an incremental sync with nothing
changed makes one request per endpoint. The default N keeps the first sync near 100 requests:
past the pacer's burst it runs at about 3 requests a second, so it takes about half a minute (a
first sync of more than ~190 requests would be held to the server's budget of 200 a minute).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import random
import re
import shutil
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.remote.cliniko_adapter import ClinikoAdapter  # noqa: E402
from app.remote.cliniko_endpoints import LISTS, OPTIONAL_LISTS  # noqa: E402
from app.sandbox.ids import IdFactory, appointment_telehealth_url, attendee_telehealth_url  # noqa: E402
from app.sandbox.server import DEFAULT_API_KEY, SandboxServer  # noqa: E402
from app.store.database import open_cache  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.status import SyncSummary  # noqa: E402

PAGE = 100
PATIENTS = 500
PRACTITIONERS = 8
BLOCKS = 300
_NESTED_TYPES = re.compile(r"/v1/practitioners/\d+/appointment_types$")


class CountingTransport(httpx.AsyncBaseTransport):
    """Real HTTP, counting requests per path and answers per status."""

    def __init__(self) -> None:
        self._inner = httpx.AsyncHTTPTransport()
        self.paths: Counter[str] = Counter()
        self.statuses: Counter[int] = Counter()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self._inner.handle_async_request(request)
        path = request.url.path
        if _NESTED_TYPES.match(path):
            path = "practitioners/:id/appointment_types"
        elif path == "/v1/practitioners" and b"sort=" not in request.url.query:
            path = "practitioners (the signed-in user's own record)"  # not the sync's walk
        self.paths[path] += 1
        self.statuses[response.status_code] += 1
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def build_clinic(server: SandboxServer, appointments: int, seed: int = 9) -> dict[str, int]:
    """Fill an empty sandbox; returns how many records each list holds."""
    rng = random.Random(seed)
    ids = IdFactory(rng)
    stamp = datetime.now(UTC).replace(microsecond=0) - timedelta(days=400)

    def stamps(moment: datetime) -> dict[str, Any]:
        return {"created_at": moment, "updated_at": moment}

    business = ids.new_id()
    practitioners = [ids.new_id() for _ in range(PRACTITIONERS)]
    types = [ids.new_id() for _ in range(6)]
    patients = [ids.new_id() for _ in range(PATIENTS)]
    rows: dict[str, list[dict[str, Any]]] = {
        "businesses": [
            {
                "id": business,
                "business_name": "Bench Clinic",
                "time_zone": "Sydney",
                "time_zone_identifier": "Australia/Sydney",
                **stamps(stamp),
            }
        ],
        "practitioners": [
            {
                "id": p,
                "first_name": f"P{n}",
                "last_name": "Bench",
                "title": "",
                "active": True,
                **stamps(stamp),
            }
            for n, p in enumerate(practitioners)
        ],
        "appointment_types": [
            {
                "id": t,
                "name": f"Type {n}",
                "color": "#123456",
                "duration_in_minutes": 30,
                "max_attendees": 1,
                "telehealth_enabled": n % 2 == 0,
                "archived_at": stamp if n == 5 else None,
                **stamps(stamp),
            }
            for n, t in enumerate(types)
        ],
        "practitioner_appointment_types": [
            {"practitioner_id": p, "appointment_type_id": t} for p in practitioners for t in types[:3]
        ],
        "patients": [
            {"id": p, "first_name": f"F{n}", "last_name": f"L{n}", **stamps(stamp + timedelta(seconds=n))}
            for n, p in enumerate(patients)
        ],
        "individual_appointments": [],
        "attendees": [],
        "unavailable_blocks": [],
    }
    origin = datetime(2025, 1, 6, 8, tzinfo=UTC)
    for n in range(appointments):
        appointment_id, patient = ids.new_id(), rng.choice(patients)
        starts = origin + timedelta(days=n // 64, minutes=15 * (n % 32))
        # Edited about three times a second over the clinic's history, like the ingest benchmark.
        updated = stamp + timedelta(days=1, milliseconds=333 * n + rng.randrange(300))
        cancelled = updated if n % 20 == 0 else None
        deleted = updated if n % 50 == 7 else None
        rows["individual_appointments"].append(
            {
                "id": appointment_id,
                "business_id": business,
                "practitioner_id": practitioners[n % PRACTITIONERS],
                "appointment_type_id": types[n % 5],
                "patient_id": patient,
                "patient_name": "Bench Patient",
                "starts_at": starts,
                "ends_at": starts + timedelta(minutes=30),
                "cancelled_at": cancelled,
                "cancellation_reason": 50 if cancelled else None,
                "deleted_at": deleted,
                "telehealth_url": appointment_telehealth_url(appointment_id),
                "created_at": updated - timedelta(days=2),
                "updated_at": updated,
            }
        )
        rows["attendees"].append(
            {
                "id": ids.new_id(),
                "appointment_id": appointment_id,
                "patient_id": patient,
                "cancelled_at": cancelled,
                "deleted_at": deleted,
                "telehealth_url": attendee_telehealth_url(rng),
                "created_at": updated - timedelta(days=2),
                "updated_at": updated,
            }
        )
    for n in range(BLOCKS):
        starts = origin + timedelta(days=n, hours=12)
        rows["unavailable_blocks"].append(
            {
                "id": ids.new_id(),
                "business_id": business,
                "practitioner_id": practitioners[n % PRACTITIONERS],
                "starts_at": starts,
                "ends_at": starts + timedelta(hours=1),
                **stamps(stamp + timedelta(hours=n)),
            }
        )
    server.store.insert_rows(rows.items())
    live = appointments - sum(1 for n in range(appointments) if n % 50 == 7)
    return {
        "/v1/businesses": 1,
        "/v1/practitioners": PRACTITIONERS,
        "/v1/appointment_types": 5,
        "/v1/appointment_types/archived": 1,
        "/v1/patients": PATIENTS,
        "/v1/patients/archived": 0,
        "/v1/individual_appointments": live,
        "/v1/individual_appointments/cancelled": server.store.count("individual_appointments", "cancelled"),
        "/v1/individual_appointments/deleted": appointments - live,
        "/v1/attendees": live,
        "/v1/attendees/deleted": server.store.count("attendees", "deleted"),
        "/v1/unavailable_blocks": BLOCKS,
        "/v1/unavailable_blocks/deleted": server.store.count("unavailable_blocks", "deleted"),
    }


async def one_sync(server: SandboxServer, data_dir: Path) -> tuple[SyncSummary, CountingTransport, float]:
    transport = CountingTransport()
    database = open_cache(data_dir)
    began = time.perf_counter()
    async with ClinikoAdapter(DEFAULT_API_KEY, base_url=server.base_url, transport=transport) as adapter:
        engine = SyncEngine(database, adapter)
        try:
            summary = await engine.run_once()
        finally:
            engine.close()
    database.close()
    return summary, transport, time.perf_counter() - began


def per_list(counts: dict[str, int], transport: CountingTransport) -> dict[str, Any]:
    lists: dict[str, Any] = {}
    for path, records in counts.items():
        minimum = max(1, math.ceil(records / PAGE))
        made = transport.paths[path]
        lists[path.removeprefix("/v1/")] = {
            "records": records,
            "requests": made,
            "minimum": minimum,
            "ratio": round(made / minimum, 3),
        }
    return lists


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--appointments", type=int, default=4000)
    args = parser.parse_args()
    walked = {f"/v1/{path}" for path, _ in (LISTS | OPTIONAL_LISTS).values()}

    data_dir = Path(tempfile.mkdtemp(prefix="frontdesk-bench-requests-"))
    try:
        with SandboxServer(seed="none") as server:  # the default rate limit: 200 a minute
            counts = build_clinic(server, args.appointments)
            first, first_http, first_s = asyncio.run(one_sync(server, data_dir))
            quiet, quiet_http, quiet_s = asyncio.run(one_sync(server, data_dir))
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)

    assert set(counts) == walked, "every list the sync walks is counted"
    lists = per_list(counts, first_http)
    list_requests = sum(item["requests"] for item in lists.values())
    list_minimum = sum(item["minimum"] for item in lists.values())
    worst = max(item["ratio"] for item in lists.values() if item["records"] >= 10 * PAGE)
    quiet_lists = {path.removeprefix("/v1/"): quiet_http.paths[path] for path in counts}
    report = {
        "appointments": args.appointments,
        "first_sync": {
            "seconds": round(first_s, 2),
            "requests_total": first.requests,
            "list_requests": list_requests,
            "list_minimum": list_minimum,
            "list_ratio": round(list_requests / list_minimum, 3),
            # Lists of ten pages or more; a short list is often one request over (a full last page
            # cannot tell it is the last, so the walk asks once more).
            "largest_lists_worst_ratio": worst,
            "other_requests": {
                name: count
                for name, count in first_http.paths.items()
                if not name.startswith("/v1/") or name == "/v1/user"
            },
            "status_429": first_http.statuses[429],
            "lists": lists,
            "pulled": first.pulled,
        },
        "quiet_incremental_sync": {
            "seconds": round(quiet_s, 2),
            "requests_total": quiet.requests,
            "requests_per_list": quiet_lists,
            "other_requests": {
                name: count
                for name, count in quiet_http.paths.items()
                if not name.startswith("/v1/") or name == "/v1/user"
            },
            "every_list_once": all(count == 1 for count in quiet_lists.values()),
            "pulled": quiet.pulled,
            "status_429": quiet_http.statuses[429],
        },
        "targets": {"list_ratio_at_most": 1.1, "status_429": 0, "quiet_requests_per_list": 1},
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

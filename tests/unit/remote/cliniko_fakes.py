"""Test doubles for the remote adapter tests: a fake clock, Cliniko-shaped JSON, a fake list server.

Everything runs over `httpx.MockTransport`: no sockets, no sleeps (the fake clock's sleep only
moves time forward).
"""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx

from app.remote.cliniko_adapter import ClinikoAdapter

# Looks like a real key (long, shard suffix) so a leak would be recognisable; it is not one.
API_KEY = "MS0xTESTONLYnotArealKEYq7ZpV2xHHjLXuytrF0ZV9sdeW0pdSECRETKEY-au1"
API = "https://api.au1.cliniko.com/v1"
PATIENT_LINK = "https://clinic.au1.cliniko.com/c/yxt65-xdR864MNvao"
PRACTITIONER_LINK = "https://clinic.au1.cliniko.com/appointments/{id}/connect"

Handler = Callable[[httpx.Request], httpx.Response]


class FakeClock:
    """Monotonic and wall time that move only when something sleeps."""

    def __init__(self, wall_start: float = 1_700_000_000.0) -> None:
        self.now = 5_000.0
        self._wall_offset = wall_start - self.now
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def wall(self) -> float:
        return self.now + self._wall_offset

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        await asyncio.sleep(0)  # still let other tasks run, as a real sleep would


def make_adapter(handler: Handler, clock: FakeClock, **options: Any) -> ClinikoAdapter:
    """A ClinikoAdapter whose HTTP goes to `handler` and whose time is `clock`."""
    options.setdefault("rng", random.Random(1234))
    return ClinikoAdapter(
        options.pop("api_key", API_KEY),
        transport=httpx.MockTransport(handler),
        clock=clock.monotonic,
        wall_clock=clock.wall,
        sleep=clock.sleep,
        **options,
    )


def link(path: str) -> dict[str, Any]:
    return {"links": {"self": f"{API}/{path}"}}


def appointment_json(appointment_id: str = "1001", **overrides: Any) -> dict[str, Any]:
    """An individual appointment as Cliniko sends it."""
    record: dict[str, Any] = {
        "id": appointment_id,
        "created_at": "2024-04-30T09:00:00Z",
        "updated_at": "2024-05-01T10:00:00Z",
        "starts_at": "2024-05-02T03:45:00Z",
        "ends_at": "2024-05-02T04:30:00Z",
        "patient_name": "Joe Monahan",
        "notes": "Bring scans",
        "patient_arrived": False,
        "did_not_arrive": False,
        "cancelled_at": None,
        "cancellation_reason": None,
        "cancellation_note": None,
        "deleted_at": None,
        "archived_at": None,
        "repeat_rule": {},
        "telehealth_url": PRACTITIONER_LINK.format(id=appointment_id),
        "appointment_type": link("appointment_types/22"),
        "business": link("businesses/1"),
        "practitioner": link("practitioners/7"),
        "patient": link("patients/82"),
        "attendees": link(f"individual_appointments/{appointment_id}/attendees"),
        "conflicts": link(f"individual_appointments/{appointment_id}/conflicts"),
        "links": {"self": f"{API}/individual_appointments/{appointment_id}"},
    }
    record.update(overrides)
    return record


def attendee_json(
    attendee_id: str = "5001", appointment_id: str = "1001", **overrides: Any
) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": attendee_id,
        "updated_at": "2024-05-01T10:00:00Z",
        "arrived": None,
        "cancelled_at": None,
        "deleted_at": None,
        "telehealth_url": PATIENT_LINK,
        "booking": link(f"bookings/{appointment_id}"),
        "patient": link("patients/82"),
        "links": {"self": f"{API}/attendees/{attendee_id}"},
    }
    record.update(overrides)
    return record


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers)


def query_filters(request: httpx.Request) -> list[str]:
    return request.url.params.get_list("q[]")


def iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class FakeListServer:
    """A tiny /individual_appointments list with Cliniko's filters, sort and per_page.

    It stores times to the microsecond but shows them to the second, as real servers do, so the
    walk's "same second" handling is exercised. `before_request` may edit records between pages.
    """

    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[httpx.Request] = field(default_factory=list)
    before_request: Callable[[FakeListServer], None] | None = None

    def add(self, appointment_id: str, updated_at: datetime, **fields: Any) -> None:
        self.records[appointment_id] = {"id": appointment_id, "_updated_at": updated_at, **fields}

    def touch(self, appointment_id: str, updated_at: datetime) -> None:
        self.records[appointment_id]["_updated_at"] = updated_at

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert len(self.requests) <= 200, "the walk is not making progress"
        if self.before_request is not None:
            self.before_request(self)
        rows = [r for r in self.records.values() if all(_matches(r, f) for f in query_filters(request))]
        sort = request.url.params.get("sort", "created_at")
        if sort == "id":
            rows.sort(key=lambda r: int(r["id"]))
        else:
            assert sort == "updated_at,id", sort
            rows.sort(key=lambda r: (r["_updated_at"], int(r["id"])))
        per_page = int(request.url.params.get("per_page", "50"))
        page = int(request.url.params.get("page", "1"))
        chunk = rows[(page - 1) * per_page : page * per_page]
        shown = [
            appointment_json(
                r["id"], updated_at=iso(r["_updated_at"]), **{k: v for k, v in r.items() if k[0] != "_"}
            )
            for r in chunk
        ]
        return json_response({"individual_appointments": shown, "total_entries": len(rows)})

    def ids_in_order(self) -> Iterator[str]:
        yield from (r["id"] for r in sorted(self.records.values(), key=lambda r: r["_updated_at"]))


def _matches(row: dict[str, Any], query: str) -> bool:
    name, _, condition = query.partition(":")
    for operator in (">=", "<=", ">", "<", "="):
        if condition.startswith(operator):
            raw = condition[len(operator) :]
            break
    else:
        raise AssertionError(f"unsupported filter {query}")
    if name == "id":
        left: Any = int(row["id"])
        right: Any = int(raw)
    elif name == "updated_at":
        left, right = row["_updated_at"], datetime.fromisoformat(raw)
    elif name == "starts_at":
        left = datetime.fromisoformat(row.get("starts_at", "2024-05-02T03:45:00Z"))
        right = datetime.fromisoformat(raw)
    else:
        raise AssertionError(f"unsupported filter field {name}")
    return {
        ">=": left >= right,
        "<=": left <= right,
        ">": left > right,
        "<": left < right,
        "=": left == right,
    }[operator]


BASE_TIME = datetime(2024, 5, 1, 10, 0, 0, tzinfo=UTC)


def at(seconds: float) -> datetime:
    """BASE_TIME plus `seconds` (fractions allowed)."""
    return BASE_TIME + timedelta(seconds=seconds)

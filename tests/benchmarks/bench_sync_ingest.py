"""Sync benchmark: 100k Cliniko-shaped appointments through the engine's pull, vs a naive ORM ingest.

Figures, not pass/fail. Prints one JSON object. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_sync_ingest.py [--records 100000] [--naive-records 10000]

The records are built by the sandbox's own serializer (the JSON Cliniko serves), in pages of 100,
encoded to bytes as they would arrive. The engine path is `SyncEngine.pull()` with an adapter that
serves those pages without HTTP: JSON decoding, the Cliniko parser's validation (`parse_page`), the
walk's boundary bookkeeping, and one transaction per page (records and cursor) on the engine's
writer thread, into a fresh cache file. The naive path decodes and validates the same way and then
writes each record with `session.merge` of an ORM object, a transaction per page.

Targets (issue): >= 40,000 appointments/s on one core, >= 10x the naive path. The loop thread and
the writer thread take turns (each page is awaited), so the work runs on one core at a time; CPU
time below is this process's, both threads together. Best of `--repeats` runs.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import gc
import io
import json
import pstats
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.remote.base import ChangePage, ListVariant, ResourceKind  # noqa: E402
from app.remote.cliniko_endpoints import CLINIKO_CAPABILITIES  # noqa: E402
from app.remote.cliniko_parsing import parse_page  # noqa: E402
from app.remote.json_body import decode_json  # noqa: E402
from app.sandbox.ids import IdFactory, appointment_telehealth_url  # noqa: E402
from app.sandbox.serializers import appointment_json  # noqa: E402
from app.store.database import CACHE_FILE_NAME, open_cache  # noqa: E402
from app.store.mapping import APPOINTMENT_FIELDS, appointment_to_row  # noqa: E402
from app.store.models import AppointmentRow  # noqa: E402
from app.sync.engine import SyncEngine  # noqa: E402
from app.sync.pull import CommitPolicy  # noqa: E402
from app.sync.writer import WRITER_CACHE_KIB, WRITER_CHECKPOINT_PAGES  # noqa: E402

PAGE = 100
BASE = "https://api.au1.cliniko.com/v1"
COLLECTION = "individual_appointments"


def build_pages(count: int, seed: int = 5) -> list[bytes]:
    """`count` appointments as the sandbox serves them, in pages of 100 sorted by (updated_at, id)."""
    rng = random.Random(seed)
    ids = IdFactory(rng)
    practitioners = [ids.new_id() for _ in range(12)]
    types = [ids.new_id() for _ in range(8)]
    patients = [ids.new_id() for _ in range(5000)]
    business = ids.new_id()
    origin = datetime(2024, 1, 1, 8, tzinfo=UTC)
    edited_from = datetime(2024, 6, 1, tzinfo=UTC)
    pages: list[bytes] = []
    batch: list[dict[str, Any]] = []
    for n in range(count):
        starts = origin + timedelta(days=n // 96, minutes=15 * (n % 32))
        patient = rng.choice(patients)
        # About three records a second, each a distinct millisecond: like a clinic's busy history.
        updated = edited_from + timedelta(milliseconds=333 * n + rng.randrange(300))
        cancelled = updated if n % 23 == 0 else None
        row = {
            "id": ids.new_id(),
            "business_id": business,
            "practitioner_id": rng.choice(practitioners),
            "appointment_type_id": rng.choice(types),
            "patient_id": patient,
            "patient_name": f"Patient {patient % 100000}",
            "starts_at": starts,
            "ends_at": starts + timedelta(minutes=rng.choice((15, 30, 45, 60))),
            "notes": "Follow-up, bring scans" if n % 7 == 0 else None,
            "patient_arrived": n % 3 == 0,
            "did_not_arrive": n % 41 == 0,
            "cancelled_at": cancelled,
            "cancellation_reason": 50 if cancelled else None,
            "cancellation_note": "Rebooked" if cancelled else None,
            "deleted_at": None,
            "archived_at": None,
            "repeated_from_id": None,
            "telehealth_url": appointment_telehealth_url(n),
            "created_at": updated - timedelta(days=3),
            "updated_at": updated,
        }
        batch.append(appointment_json(row, BASE))
        if len(batch) == PAGE:
            pages.append(_encode(batch, count))
            batch = []
    if batch:
        pages.append(_encode(batch, count))
    return pages


def _encode(items: list[dict[str, Any]], total: int) -> bytes:
    body = {COLLECTION: items, "total_entries": total, "links": {"self": f"{BASE}/{COLLECTION}"}}
    return json.dumps(body, separators=(",", ":")).encode()


def decode_and_validate(body: bytes) -> ChangePage:
    """What the Cliniko adapter does with a list answer: JSON, then validation record by record."""
    page = parse_page(decode_json(body), COLLECTION, ResourceKind.APPOINTMENTS, ListVariant.LIVE, PAGE)
    assert page.last_key is not None
    return replace(page, resume_from=page.last_key[0].replace(microsecond=0))


def decode_all(pages: list[bytes]) -> None:
    """Decode and validate every page, dropping each (as the engine does once it is applied)."""
    for body in pages:
        decode_and_validate(body)


class PagesAdapter:
    """The part of `RemoteAdapter` a pull uses, serving the prepared appointment pages (no HTTP)."""

    def __init__(self, pages: list[bytes]) -> None:
        self.pages = pages
        self.requests_made = 0

    def capabilities(self) -> Any:
        return CLINIKO_CAPABILITIES

    def list_changes(
        self,
        kind: ResourceKind,
        variant: ListVariant,
        since: datetime | None,
        *,
        window: tuple[datetime, datetime] | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ChangePage]:
        return self._walk(kind is ResourceKind.APPOINTMENTS and variant is ListVariant.LIVE)

    async def _walk(self, serve: bool) -> AsyncIterator[ChangePage]:
        for body in self.pages if serve else ():
            self.requests_made += 1
            yield decode_and_validate(body)

    async def list_practitioner_appointment_types(self, practitioner_id: str) -> set[str]:
        return set()


def timed(run: Callable[[], Any]) -> dict[str, float]:
    """Wall and CPU seconds of run(), and the wall seconds of the full (oldest-generation) garbage
    collections inside it: a first sync keeps pages of records alive long enough to be promoted,
    so the interpreter traverses every object of the process now and then."""
    collections = {"gc_full": 0.0}
    began: list[float] = []

    def on_collection(phase: str, info: dict[str, Any]) -> None:
        if info["generation"] == 2:
            if phase == "start":
                began.append(time.perf_counter())
            elif began:
                collections["gc_full"] += time.perf_counter() - began.pop()

    gc.callbacks.append(on_collection)
    wall, cpu = time.perf_counter(), time.process_time()
    try:
        run()
    finally:
        gc.callbacks.remove(on_collection)
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, **collections}


def engine_ingest(parent: Path, pages: list[bytes]) -> dict[str, float]:
    """The engine's pull of every page into a fresh cache file; returns the timing."""
    directory = Path(tempfile.mkdtemp(dir=parent))
    database = open_cache(directory)
    engine = SyncEngine(database, PagesAdapter(pages))  # type: ignore[arg-type]
    try:
        took = timed(lambda: asyncio.run(engine.pull()))
        with database.session() as session:
            stored = session.query(AppointmentRow).count()
        took["stored"] = stored
    finally:
        engine.close()
        database.close()
    return took


def naive_ingest(parent: Path, pages: list[bytes]) -> dict[str, float]:
    """Decode and validate the same way, then `session.merge` one ORM object per record."""
    directory = Path(tempfile.mkdtemp(dir=parent))
    database = open_cache(directory)

    def run() -> None:
        for body in pages:
            page = decode_and_validate(body)
            with database.write_session() as session:
                for record in page.records:
                    values = {name: getattr(record, name) for name in APPOINTMENT_FIELDS}
                    session.merge(AppointmentRow(**values, remote_updated_at=record.updated_at))

    try:
        return timed(run)
    finally:
        database.close()


def raw_insert_floor(parent: Path, pages: list[bytes]) -> dict[str, float]:
    """SQLite's floor for this schema: plain INSERTs of positional tuples, as many per transaction and
    with the same page cache and checkpoint interval as the engine's writer.

    No validation, no look-ups, no upsert logic: what any ingest into this table costs at least.
    """
    directory = Path(tempfile.mkdtemp(dir=parent))
    open_cache(directory).close()  # the schema
    records = [decode_and_validate(body).records for body in pages]
    rows = [[tuple(appointment_to_row(a).values()) for a in page] for page in records]
    columns = list(appointment_to_row(records[0][0]))
    sql = f"INSERT INTO appointments ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    connection = sqlite3.connect(directory / CACHE_FILE_NAME, isolation_level=None)
    pragmas = (
        "journal_mode = WAL",
        "synchronous = NORMAL",
        f"cache_size = -{WRITER_CACHE_KIB}",
        f"wal_autocheckpoint = {WRITER_CHECKPOINT_PAGES}",
    )
    per_transaction = CommitPolicy().max_records // PAGE
    for pragma in pragmas:
        connection.execute(f"PRAGMA {pragma}")

    def run() -> None:
        for first in range(0, len(rows), per_transaction):
            connection.execute("BEGIN IMMEDIATE")
            for page in rows[first : first + per_transaction]:
                connection.executemany(sql, page)
            connection.execute("COMMIT")

    try:
        return timed(run)
    finally:
        connection.close()


def profile_engine(parent: Path, pages: list[bytes], top: int = 25) -> str:
    """cProfile of one engine ingest (the loop thread's view: writer time shows as waiting)."""
    profiler = cProfile.Profile()
    profiler.enable()
    engine_ingest(parent, pages)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def best(runs: list[dict[str, float]]) -> dict[str, float]:
    return min(runs, key=lambda t: t["wall"])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--naive-records", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one run to stderr")
    args = parser.parse_args()

    parent = Path(tempfile.mkdtemp(prefix="frontdesk-bench-sync-"))
    try:
        pages = build_pages(args.records)
        naive_pages = pages[: max(1, args.naive_records // PAGE)]
        naive_count = sum(len(json.loads(body)[COLLECTION]) for body in naive_pages)
        repeats = range(args.repeats)
        decode = best([timed(lambda: decode_all(pages)) for _ in repeats])
        engine = best([engine_ingest(parent, pages) for _ in repeats])
        naive = best([naive_ingest(parent, naive_pages) for _ in repeats])
        engine_small = best([engine_ingest(parent, naive_pages) for _ in repeats])
        floor = best([raw_insert_floor(parent, pages) for _ in repeats])
        if args.profile:
            print(profile_engine(parent, pages), file=sys.stderr)
    finally:
        shutil.rmtree(parent, ignore_errors=True)

    n = args.records
    decode_us = decode["wall"] / n * 1e6
    engine_rate, naive_rate = n / engine["wall"], naive_count / naive["wall"]
    apply_us = engine["wall"] / n * 1e6 - decode_us
    naive_apply_us = naive["wall"] / naive_count * 1e6 - decode_us
    report = {
        "records": n,
        "stored": int(engine["stored"]),
        "page_size": PAGE,
        "engine_pull": {
            "per_s_wall": round(engine_rate),
            "per_s_cpu": round(n / engine["cpu"]),
            "wall_s": round(engine["wall"], 3),
            "cpu_s": round(engine["cpu"], 3),
        },
        "breakdown_us_per_record": {
            "decode_and_validate": round(decode_us, 1),
            "decode_and_validate_cpu": round(decode["cpu"] / n * 1e6, 1),
            "engine_apply": round(apply_us, 1),
            # Inside the engine's figure: full garbage collections (see `timed`).
            "engine_full_gc": round(engine["gc_full"] / n * 1e6, 1),
            "sqlite_plain_insert_floor": round(floor["wall"] / n * 1e6, 1),
            "naive_apply": round(naive_apply_us, 1),
        },
        "naive_session_merge": {
            "records": naive_count,
            "per_s_wall": round(naive_rate),
            "per_s_cpu": round(naive_count / naive["cpu"]),
        },
        "ratio_engine_vs_naive_wall": round(engine_rate / naive_rate, 1),
        # Both on the same first records into an empty cache (the naive run's size): like for like.
        "ratio_same_records_wall": round(naive["wall"] / engine_small["wall"], 1),
        "ratio_apply_vs_naive_apply": round(naive_apply_us / apply_us, 1),
        "target_per_s": 40_000,
        "target_ratio": 10,
        "meets_targets": engine_rate >= 40_000 and engine_rate / naive_rate >= 10,
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

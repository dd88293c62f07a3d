"""Store benchmark: bulk ingest vs naive ORM merge, and window queries on a large cache.

Figures, not pass/fail. Prints one JSON object. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_store_ingest.py               # 1M-appointment query cache
    .venv/bin/python tests/benchmarks/bench_store_ingest.py --rows 100000 # quicker

Targets (issue): ingest >= 40,000 appointments/s and >= 10x a per-row `session.merge`; window and
conflict queries < 5 ms on 1M appointments. Wall-clock figures on a shared machine are noisy, so each
timing is the best of several repeats, and CPU time (this process only) is given beside wall time.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.domain.entities import Appointment, Patient  # noqa: E402
from app.store import bulk, patient_search, queries  # noqa: E402
from app.store.database import CacheDatabase, open_cache  # noqa: E402
from app.store.duration_bounds import raise_bound  # noqa: E402
from app.store.mapping import appointment_values  # noqa: E402
from app.store.meta import MetaKey  # noqa: E402
from app.store.models import AppointmentRow  # noqa: E402
from app.store.prepared import execute_many  # noqa: E402

PAGE = 100
BASE_ID = 1_390_726_237_298_631_770
ORIGIN = datetime(2022, 1, 3, tzinfo=UTC)  # a Monday
SLOTS_PER_DAY = 16


class Clinic:
    """A deterministic clinic: `practitioners` each booked SLOTS_PER_DAY times a working day."""

    def __init__(self, practitioners: int, patients: int, seed: int = 7) -> None:
        self.practitioners = [str(BASE_ID + 10_000_000 + i) for i in range(practitioners)]
        self.patients = [str(BASE_ID + 20_000_000 + i) for i in range(patients)]
        self.random = random.Random(seed)

    def appointments(self, count: int, *, first: int = 0, edited: bool = False) -> Iterator[Appointment]:
        per_day = len(self.practitioners) * SLOTS_PER_DAY
        for n in range(first, first + count):
            day, rest = divmod(n, per_day)
            practitioner, slot = divmod(rest, SLOTS_PER_DAY)
            week, weekday = divmod(day, 5)
            start = ORIGIN + timedelta(days=7 * week + weekday, hours=8, minutes=30 * slot)
            start += timedelta(minutes=self.random.choice((0, 0, 0, 15)))
            length = timedelta(minutes=self.random.choice((15, 30, 30, 45)))
            updated = start - timedelta(days=3) + (timedelta(minutes=5) if edited else timedelta(0))
            patient = self.random.choice(self.patients)
            yield Appointment(
                id=str(BASE_ID + n),
                starts_at=start,
                ends_at=start + length,
                practitioner_id=self.practitioners[practitioner],
                appointment_type_id="1390726237298631001",
                business_id="1390726237298630001",
                patient_id=patient,
                patient_name=f"Patient {patient[-6:]}",
                notes="Follow-up" if n % 3 == 0 else None,
                cancelled_at=updated if n % 29 == 0 else None,
                telehealth_url=f"https://example.cliniko.com/appointments/{BASE_ID + n}/connect",
                created_at=start - timedelta(days=10),
                updated_at=updated,
            )


@contextmanager
def timer(into: dict[str, float]) -> Iterator[None]:
    wall, cpu = time.perf_counter(), time.process_time()
    yield
    into["wall"] = time.perf_counter() - wall
    into["cpu"] = time.process_time() - cpu


def best_of(repeats: int, run: Callable[[], dict[str, float]]) -> dict[str, float]:
    results = [run() for _ in range(repeats)]
    return {"wall": min(r["wall"] for r in results), "cpu": min(r["cpu"] for r in results)}


def fresh_cache(parent: Path) -> CacheDatabase:
    return open_cache(Path(tempfile.mkdtemp(dir=parent)))


def ingest_bulk(
    parent: Path, records: list[Appointment], updates: list[Appointment], pages_per_transaction: int
) -> dict[str, Any]:
    """Pages of 100 (by default one transaction each, as the sync engine does): inserts, then updates."""
    cache = fresh_cache(parent)
    batch = PAGE * pages_per_transaction
    took: dict[str, Any] = {}
    for label, appointments in (("insert", records), ("update", updates)):
        took[label] = {}
        with timer(took[label]):
            for first in range(0, len(appointments), batch):
                with cache.write_connection() as connection:
                    for start in range(first, min(first + batch, len(appointments)), PAGE):
                        bulk.upsert_appointments(connection, appointments[start : start + PAGE])
    cache.close()
    return took


def ingest_naive(parent: Path, records: list[Appointment]) -> dict[str, float]:
    """The baseline: one ORM object per record, `session.merge`, pages of 100 per transaction."""
    cache = fresh_cache(parent)
    took: dict[str, float] = {}
    with timer(took):
        for start in range(0, len(records), PAGE):
            with cache.write_session() as session:
                for record in records[start : start + PAGE]:
                    values = {name: getattr(record, name) for name in record.__slots__}
                    session.merge(AppointmentRow(**values, remote_updated_at=record.updated_at))
    cache.close()
    return took


def build_large_cache(parent: Path, clinic: Clinic, rows: int, patients: int) -> CacheDatabase:
    """The query benchmark's cache, filled fast: storage tuples executemany'd in big transactions."""
    cache = fresh_cache(parent)
    chunk = 50_000
    for start in range(0, rows, chunk):
        batch = [appointment_values(a) for a in clinic.appointments(min(chunk, rows - start), first=start)]
        with cache.write_connection() as connection:
            execute_many(connection, bulk._APPOINTMENTS.insert_sql, batch)
            # What the bulk upsert records too: without it every window query measures the table.
            longest = max(row[bulk._ENDS] - row[bulk._STARTS] for row in batch)
            raise_bound(connection, MetaKey.MAX_APPOINTMENT_DURATION_US, longest)
    names = ["Smith", "Nguyen", "Jones", "Williams", "Brown", "Taylor", "Wilson", "Martin", "Lee", "Walker"]
    firsts = ["Olivia", "Jack", "Charlotte", "Noah", "Amelia", "William", "Zoë", "Thomas", "Mia", "Oliver"]
    people = [
        Patient(
            id=pid,
            first_name=firsts[i % 10],
            last_name=f"{names[(i // 10) % 10]}{'son' if i % 7 == 0 else ''}{i // 100}",
            date_of_birth=date(1950, 1, 1) + timedelta(days=i % 20_000),
            phone_numbers=(f"+61 4{i:08d}",),
        )
        for i, pid in enumerate(clinic.patients[:patients])
    ]
    for start in range(0, len(people), 5_000):
        with cache.write_connection() as connection:
            bulk.upsert_patients(connection, people[start : start + 5_000])
    return cache


def time_queries(cache: CacheDatabase, clinic: Clinic, rows: int, samples: int) -> dict[str, Any]:
    weeks = max(1, rows // (len(clinic.practitioners) * SLOTS_PER_DAY * 5))
    chooser = random.Random(11)
    window_ms, window_rows, conflict_ms, patient_ms, search_ms = [], [], [], [], []
    day_ms, day_rows = [], []
    with cache.session() as session:
        for _ in range(samples):
            week_start = ORIGIN + timedelta(weeks=chooser.randrange(weeks))
            practitioners = chooser.sample(clinic.practitioners, min(12, len(clinic.practitioners)))
            began = time.perf_counter()
            found = queries.appointments_in_window(
                session, practitioner_ids=practitioners, start=week_start, end=week_start + timedelta(days=7)
            )
            window_ms.append((time.perf_counter() - began) * 1000)
            window_rows.append(len(found))
            day = week_start + timedelta(days=chooser.randrange(5))
            began = time.perf_counter()
            found = queries.appointments_in_window(
                session, practitioner_ids=practitioners, start=day, end=day + timedelta(days=1)
            )
            day_ms.append((time.perf_counter() - began) * 1000)
            day_rows.append(len(found))
            slot = week_start + timedelta(days=chooser.randrange(5), hours=10)
            patient = chooser.choice(clinic.patients)
            began = time.perf_counter()
            queries.conflict_candidates(
                session,
                practitioner_id=practitioners[0],
                patient_id=patient,
                start=slot,
                end=slot + timedelta(minutes=30),
                margin=timedelta(minutes=15),
            )
            conflict_ms.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            queries.patient_appointments_overlapping(session, patient, slot, slot + timedelta(days=1))
            patient_ms.append((time.perf_counter() - began) * 1000)
            text = chooser.choice(["smi", "jack nguy", "wilsons", "0400001", "1975-04-02", "walker12"])
            began = time.perf_counter()
            patient_search.search_patients(session, text)
            search_ms.append((time.perf_counter() - began) * 1000)

    def summary(values: list[float]) -> dict[str, float]:
        ordered = sorted(values)
        return {
            "median_ms": round(statistics.median(ordered), 3),
            "p90_ms": round(ordered[int(0.9 * (len(ordered) - 1))], 3),
            "best_ms": round(ordered[0], 3),
        }

    return {
        "appointments_in_window_12_practitioners_1_week": {
            **summary(window_ms),
            "rows_returned_median": statistics.median(window_rows),
        },
        "appointments_in_window_12_practitioners_1_day": {
            **summary(day_ms),
            "rows_returned_median": statistics.median(day_rows),
        },
        "conflict_candidates": summary(conflict_ms),
        "patient_appointments_overlapping_1_day": summary(patient_ms),
        "search_patients": summary(search_ms),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rows", type=int, default=1_000_000, help="appointments in the query cache (0: skip)"
    )
    parser.add_argument("--ingest-rows", type=int, default=100_000)
    parser.add_argument("--naive-rows", type=int, default=10_000)
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--practitioners", type=int, default=60)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--samples", type=int, default=200, help="queries timed per kind")
    parser.add_argument("--pages-per-transaction", type=int, default=1, help="ingest pages per commit")
    parser.add_argument("--dir", type=Path, default=None, help="where the benchmark caches go")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark caches afterwards")
    args = parser.parse_args()

    parent = Path(tempfile.mkdtemp(prefix="frontdesk-bench-", dir=args.dir))
    clinic = Clinic(args.practitioners, args.patients)
    records = list(clinic.appointments(args.ingest_rows))
    updates = list(Clinic(args.practitioners, args.patients).appointments(args.ingest_rows, edited=True))
    naive_records = records[: args.naive_rows]

    runs = [ingest_bulk(parent, records, updates, args.pages_per_transaction) for _ in range(args.repeats)]
    insert = {k: min(r["insert"][k] for r in runs) for k in ("wall", "cpu")}
    update = {k: min(r["update"][k] for r in runs) for k in ("wall", "cpu")}
    naive = best_of(args.repeats, lambda: ingest_naive(parent, naive_records))

    def rate(count: int, took: dict[str, float]) -> dict[str, int]:
        return {"per_s_wall": round(count / took["wall"]), "per_s_cpu": round(count / took["cpu"])}

    report: dict[str, Any] = {
        "directory": str(parent),
        "ingest": {
            "bulk_insert": rate(len(records), insert),
            "bulk_update": rate(len(updates), update),
            "naive_session_merge": rate(len(naive_records), naive),
            "ratio_insert_vs_naive_wall": round(
                (len(records) / insert["wall"]) / (len(naive_records) / naive["wall"]), 1
            ),
            "ratio_insert_vs_naive_cpu": round(
                (len(records) / insert["cpu"]) / (len(naive_records) / naive["cpu"]), 1
            ),
            "records": len(records),
            "naive_records": len(naive_records),
            "page_size": PAGE,
            "pages_per_transaction": args.pages_per_transaction,
        },
    }
    if args.rows:
        began = time.perf_counter()
        cache = build_large_cache(parent, clinic, args.rows, args.patients)
        report["query_cache"] = {
            "appointments": args.rows,
            "patients": args.patients,
            "practitioners": args.practitioners,
            "build_s": round(time.perf_counter() - began, 1),
        }
        report["queries"] = time_queries(cache, clinic, args.rows, args.samples)
        cache.close()
    if not args.keep:
        shutil.rmtree(parent, ignore_errors=True)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

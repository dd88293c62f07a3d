"""Services benchmark (c): the calendar window and the conflict checks on a cache of 1M appointments.

Figures, not pass/fail. Prints one JSON object. Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_conflict_window.py                 # 1M appointments
    .venv/bin/python tests/benchmarks/bench_conflict_window.py --practitioners 12  # the dense variant

Timed through the services the GUI and CLI call (so each figure includes what they do around the
query: the pending flags, the stale-cache check, the domain detector):
- window: `calendar_service.calendar_window` for one week and 12 practitioners;
- single: `conflict_service.check_conflicts` for one 30-minute booking (buffer 10 min);
- series: `conflict_service.check_series_conflicts` for a 52-instance weekly series.
Targets (issue): window and single < 5 ms, series < 50 ms (median wall time; the CPU time of this
process is given beside it, as wall time on a shared machine also counts other processes' turns).
Beside each, a naive baseline in the same run: the window without its indexes (`NOT INDEXED`: a
table scan), and the checks done by loading all of the practitioner's and patient's appointments
and scanning them in Python.

Shape: ~2 years of weekdays, 16 appointments a practitioner a day (a lunch block between), 3 % of
them cancelled. At that realistic density 1M appointments means 120 practitioners, of whom the
calendar shows 12. `--practitioners 12` packs the same 1M rows into 12 practitioners (about 160 a
day each, overlapping): a stress shape rather than a clinic, where a week's window returns ~10x the rows.
The cache is built once per shape and kept under the temp folder (keyed by a version string).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy.dialects.sqlite import insert  # noqa: E402

from app.domain.conflicts import (  # noqa: E402
    BookingProposal,
    ScheduleContext,
    detect_conflicts,
    detect_series_conflicts,
)
from app.domain.entities import (  # noqa: E402
    Appointment,
    AppointmentType,
    Business,
    Practitioner,
    UnavailableBlock,
)
from app.services import calendar_service, conflict_service  # noqa: E402
from app.services.settings import WorkspaceSettings  # noqa: E402
from app.services.workspace import ClinicWorkspace  # noqa: E402
from app.store import bulk, queries  # noqa: E402
from app.store.database import CacheDatabase, head_revision, open_cache  # noqa: E402
from app.store.duration_bounds import raise_bound  # noqa: E402
from app.store.mapping import (  # noqa: E402
    APPOINTMENT_FIELDS,
    appointment_to_row,
    appointments_from_storage,
    unavailable_block_to_row,
)
from app.store.meta import MetaKey, get_meta, set_last_successful_sync, set_meta  # noqa: E402
from app.store.models import AppointmentRow, UnavailableBlockRow, table_of  # noqa: E402
from app.store.prepared import compiled_sql, driver_connection, execute_many  # noqa: E402
from app.store.timestamps import to_epoch_us  # noqa: E402

GENERATOR_VERSION = "conflict-window-2"
VERSION_KEY = "bench.version"
BASE_ID = 1_390_726_237_298_631_770
ORIGIN = datetime(2024, 1, 1, tzinfo=UTC)  # a Monday
SLOTS_PER_DAY = 16
BUSINESS_ID = str(BASE_ID + 1)
TYPE_ID = str(BASE_ID + 2)
PATIENTS = 60_000
WINDOW_PRACTITIONERS = 12
MAX_WEEKS = 110  # about two years

_appointments = table_of(AppointmentRow)
_INSERT_APPOINTMENTS = compiled_sql(insert(_appointments))
_INSERT_BLOCKS = compiled_sql(insert(table_of(UnavailableBlockRow)))
_COLUMNS = ", ".join(APPOINTMENT_FIELDS)


class Clinic:
    """The deterministic clinic: who, and when each appointment number falls."""

    def __init__(self, rows: int, practitioners: int) -> None:
        self.rows = rows
        self.practitioners = [str(BASE_ID + 10_000_000 + i) for i in range(practitioners)]
        self.patients = [str(BASE_ID + 20_000_000 + i) for i in range(PATIENTS)]
        per_week = practitioners * SLOTS_PER_DAY * 5
        self.weeks = -(-rows // per_week)
        # Dense shapes stack several "clinic days" onto one practitioner's day.
        self.layers = max(1, -(-self.weeks // MAX_WEEKS))
        self.weeks_spanned = -(-self.weeks // self.layers)

    def slot_start(self, n: int) -> tuple[str, datetime]:
        per_day = len(self.practitioners) * SLOTS_PER_DAY
        day, rest = divmod(n, per_day)
        practitioner, slot = divmod(rest, SLOTS_PER_DAY)
        day = day % (self.weeks_spanned * 5)
        week, weekday = divmod(day, 5)
        hour = 8 + slot // 2 + (1 if slot >= 8 else 0)  # 08:00-12:00 and 13:00-17:00
        start = ORIGIN + timedelta(days=7 * week + weekday, hours=hour, minutes=30 * (slot % 2))
        return self.practitioners[practitioner], start

    def rows_from(self, first: int, count: int, chooser: random.Random) -> list[dict[str, Any]]:
        rows = []
        for n in range(first, first + count):
            practitioner, start = self.slot_start(n)
            start += timedelta(minutes=chooser.choice((0, 0, 0, 15)))
            length = timedelta(minutes=chooser.choice((15, 30, 30, 45)))
            patient = chooser.choice(self.patients)
            appointment = Appointment(
                id=str(BASE_ID + n),
                starts_at=start,
                ends_at=start + length,
                practitioner_id=practitioner,
                appointment_type_id=TYPE_ID,
                business_id=BUSINESS_ID,
                patient_id=patient,
                patient_name=f"Patient {patient[-6:]}",
                cancelled_at=start - timedelta(days=1) if n % 33 == 0 else None,
                created_at=start - timedelta(days=10),
                updated_at=start - timedelta(days=3),
            )
            rows.append(appointment_to_row(appointment))
        return rows


def shape_version(clinic: Clinic) -> str:
    return f"{GENERATOR_VERSION}:{head_revision()}:{clinic.rows}:{len(clinic.practitioners)}"


def open_bench_cache(directory: Path, clinic: Clinic, rebuild: bool) -> tuple[CacheDatabase, float | None]:
    """The benchmark cache for this shape, built if missing or stale; returns (cache, build seconds)."""
    version = shape_version(clinic)
    if not rebuild and (directory / "cache.sqlite3").exists():
        cache = open_cache(directory)
        with cache.session() as session:
            if get_meta(session, VERSION_KEY) == version:
                return cache, None
        cache.close()
    for leftover in directory.glob("cache.sqlite3*"):
        leftover.unlink()
    directory.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    cache = open_cache(directory)
    build(cache, clinic)
    with cache.write_session() as session:
        set_meta(session, VERSION_KEY, version)
    with cache.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
    return cache, time.perf_counter() - began


def build(cache: CacheDatabase, clinic: Clinic) -> None:
    """Fill the cache with executemany in big transactions (the reference data through the store)."""
    chooser = random.Random(7)
    chunk = 100_000
    longest = 0
    for first in range(0, clinic.rows, chunk):
        rows = clinic.rows_from(first, min(chunk, clinic.rows - first), chooser)
        longest = max(longest, *(r["ends_at"] - r["starts_at"] for r in rows))
        with cache.write_connection() as connection:
            execute_many(connection, _INSERT_APPOINTMENTS, rows)
    blocks = []
    for p_index, practitioner in enumerate(clinic.practitioners):
        for day in range(clinic.weeks_spanned * 7):
            start = ORIGIN + timedelta(days=day, hours=12)
            if start.weekday() < 5:
                block_id = str(BASE_ID + 30_000_000 + p_index * 10_000 + day)
                lunch = UnavailableBlock(
                    block_id, practitioner, start, start + timedelta(hours=1), BUSINESS_ID
                )
                blocks.append(unavailable_block_to_row(lunch))
    with cache.write_connection() as connection:
        execute_many(connection, _INSERT_BLOCKS, blocks)
        raise_bound(connection, MetaKey.MAX_APPOINTMENT_DURATION_US, longest)
        raise_bound(connection, MetaKey.MAX_UNAVAILABLE_BLOCK_DURATION_US, 3_600_000_000)
        bulk.upsert_businesses(connection, [Business(BUSINESS_ID, "Benchmark Clinic", "UTC")])
        bulk.upsert_appointment_types(connection, [AppointmentType(TYPE_ID, "Consultation", 30)])
        bulk.upsert_practitioners(
            connection,
            [
                Practitioner(p, "Pat", f"Practitioner {i:03d}", appointment_type_ids=frozenset({TYPE_ID}))
                for i, p in enumerate(clinic.practitioners)
            ],
        )


def warm_file_cache(directory: Path) -> None:
    """Read the cache files once, so the first measure does not pay for the disk and later ones do not."""
    for path in directory.glob("cache.sqlite3*"):
        with path.open("rb") as handle:
            while handle.read(16 * 1024 * 1024):
                pass


Timings = tuple[list[float], list[float]]  # (wall ms, CPU ms of this process) per call


def stats(timings: Timings) -> dict[str, float]:
    """Median and p95 of wall time, and the median CPU time (steadier on a shared machine)."""
    wall, cpu = sorted(timings[0]), sorted(timings[1])
    return {
        "median_ms": round(statistics.median(wall), 3),
        "p95_ms": round(wall[round(0.95 * (len(wall) - 1))], 3),
        "median_cpu_ms": round(statistics.median(cpu), 3),
    }


def timed(samples: int, run: Callable[[int], Any]) -> Timings:
    """Wall and CPU milliseconds per call of run(i), after two warm-up calls."""
    run(-1)
    run(-2)
    wall, cpu = [], []
    for i in range(samples):
        began, began_cpu = time.perf_counter(), time.process_time()
        run(i)
        wall.append((time.perf_counter() - began) * 1000)
        cpu.append((time.process_time() - began_cpu) * 1000)
    return wall, cpu


# --- the naive baselines ------------------------------------------------------------------------


def naive_window(cache: CacheDatabase, practitioners: Sequence[str], start: datetime, end: datetime) -> int:
    """The window without its indexes: SQLite scans the whole table."""
    marks = ", ".join("?" for _ in practitioners)
    sql = (
        f"SELECT {_COLUMNS} FROM appointments NOT INDEXED WHERE practitioner_id IN ({marks}) "
        "AND starts_at < ? AND ends_at > ? AND deleted_at IS NULL ORDER BY starts_at, id"
    )
    with cache.session() as session:
        raw = driver_connection(session).exec_driver_sql(
            sql, (*practitioners, to_epoch_us(end), to_epoch_us(start))
        )
        return len(appointments_from_storage(raw.all()))


def everything_of(cache: CacheDatabase, practitioner_id: str, patient_id: str) -> list[Appointment]:
    """All of a practitioner's and a patient's appointments, as a check without windows would load."""
    sql = f"SELECT {_COLUMNS} FROM appointments WHERE practitioner_id = ? OR patient_id = ?"
    with cache.session() as session:
        raw = driver_connection(session).exec_driver_sql(sql, (practitioner_id, patient_id))
        return appointments_from_storage(raw.all())


def naive_context(cache: CacheDatabase, proposal: BookingProposal, now: datetime) -> ScheduleContext:
    return ScheduleContext(
        now=now,
        appointments=everything_of(cache, proposal.practitioner_id, proposal.patient_id or ""),
        buffer=timedelta(minutes=10),
    )


# --- the run --------------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--practitioners", type=int, default=120)
    parser.add_argument("--samples", type=int, default=200, help="calls timed per single measure")
    parser.add_argument("--series-samples", type=int, default=50)
    parser.add_argument("--naive-samples", type=int, default=20)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "frontdesk-bench-conflicts")
    parser.add_argument(
        "--rebuild", action="store_true", help="build the cache even if a matching one exists"
    )
    args = parser.parse_args()

    clinic = Clinic(args.rows, args.practitioners)
    directory = args.dir / f"{args.rows}-{args.practitioners}"
    cache, build_seconds = open_bench_cache(directory, clinic, args.rebuild)
    warm_file_cache(directory)
    now = ORIGIN - timedelta(days=1)  # every booking is in the future: no "start in past" noise
    with cache.write_session() as session:
        set_last_successful_sync(session, now)
    workspace = ClinicWorkspace(
        cache, clock=lambda: now, settings=WorkspaceSettings(buffer=timedelta(minutes=10))
    )
    chooser = random.Random(11)
    weeks = clinic.weeks_spanned

    def week_start() -> datetime:
        return ORIGIN + timedelta(weeks=chooser.randrange(weeks))

    def a_proposal(start: datetime) -> BookingProposal:
        return BookingProposal(
            practitioner_id=chooser.choice(clinic.practitioners),
            starts_at=start,
            ends_at=start + timedelta(minutes=30),
            patient_id=chooser.choice(clinic.patients),
            appointment_type_id=TYPE_ID,
            business_id=BUSINESS_ID,
        )

    def a_slot() -> datetime:
        return week_start() + timedelta(days=chooser.randrange(5), hours=chooser.choice((9, 10.5, 14, 15.25)))

    window_rows: list[int] = []

    def window(_: int) -> None:
        start = week_start()
        chosen = chooser.sample(clinic.practitioners, WINDOW_PRACTITIONERS)
        data = calendar_service.calendar_window(workspace, start, start + timedelta(days=7), chosen)
        window_rows.append(len(data.appointments))

    def window_query_only(_: int) -> None:
        start = week_start()
        chosen = chooser.sample(clinic.practitioners, WINDOW_PRACTITIONERS)
        with cache.session() as session:
            queries.appointments_in_window(
                session, practitioner_ids=chosen, start=start, end=start + timedelta(days=7)
            )

    def naive_window_call(_: int) -> None:
        start = week_start()
        naive_window(
            cache,
            chooser.sample(clinic.practitioners, WINDOW_PRACTITIONERS),
            start,
            start + timedelta(days=7),
        )

    def single(_: int) -> None:
        conflict_service.check_conflicts(workspace, a_proposal(a_slot()))

    def naive_single(_: int) -> None:
        proposal = a_proposal(a_slot())
        detect_conflicts(proposal, naive_context(cache, proposal, now))

    def series_of(first: datetime) -> list[BookingProposal]:
        base = a_proposal(first)
        return [
            BookingProposal(
                practitioner_id=base.practitioner_id,
                starts_at=first + timedelta(weeks=n),
                ends_at=first + timedelta(weeks=n, minutes=30),
                patient_id=base.patient_id,
                appointment_type_id=TYPE_ID,
                business_id=BUSINESS_ID,
            )
            for n in range(52)
        ]

    def first_of_series() -> datetime:
        start = ORIGIN + timedelta(weeks=chooser.randrange(max(1, weeks - 52)))
        return start + timedelta(days=chooser.randrange(5), hours=chooser.choice((9, 10.5, 14)))

    series_warnings: list[int] = []

    def series(_: int) -> None:
        series_warnings.append(
            len(conflict_service.check_series_conflicts(workspace, series_of(first_of_series())))
        )

    def naive_series(_: int) -> None:
        proposals = series_of(first_of_series())
        detect_series_conflicts(proposals, naive_context(cache, proposals[0], now))

    store_only = stats(timed(args.samples, window_query_only))
    measures = {
        "window_week_12_practitioners": (
            timed(args.samples, window),
            timed(args.naive_samples, naive_window_call),
        ),
        "single_conflict_check": (timed(args.samples, single), timed(args.naive_samples, naive_single)),
        "series_52_weekly_check": (
            timed(args.series_samples, series),
            timed(args.naive_samples, naive_series),
        ),
    }
    targets = {
        "window_week_12_practitioners": 5.0,
        "single_conflict_check": 5.0,
        "series_52_weekly_check": 50.0,
    }
    baselines = {
        "window_week_12_practitioners": "the same window with NOT INDEXED (a scan of the whole table)",
        "single_conflict_check": "load all the practitioner's and patient's appointments, scan in Python",
        "series_52_weekly_check": "load all the practitioner's and patient's appointments, scan in Python",
    }
    report: dict[str, Any] = {
        "cache": {
            "appointments": clinic.rows,
            "practitioners": len(clinic.practitioners),
            "weeks_spanned": weeks,
            "file": str(directory / "cache.sqlite3"),
            "built_in_s": None if build_seconds is None else round(build_seconds, 1),
            "version": shape_version(clinic),
        },
        "window_rows_returned_median": statistics.median(window_rows),
        # The store's query alone (what the service adds: pending flags, practitioners, types, blocks).
        "window_store_query_only": store_only,
        "series_warnings_median": statistics.median(series_warnings),
    }
    for name, (fast, naive) in measures.items():
        fast_stats, naive_stats = stats(fast), stats(naive)
        report[name] = {
            **fast_stats,
            "target_ms": targets[name],
            "meets_target": fast_stats["median_ms"] < targets[name],
            "naive": {**naive_stats, "how": baselines[name]},
            "speedup_median": round(naive_stats["median_ms"] / fast_stats["median_ms"], 1),
        }
    cache.close()
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

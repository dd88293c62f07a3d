"""The GUI benchmark's cache and baseline (see `bench_gui_large_cache`, which runs them).

- `prepare_cache`: a copy of `bench_conflict_window`'s 1M-appointment cache (built there if missing),
  its weeks shifted so that today sits in the middle of its two years (the app opens on today), and
  its account pointed at a closed loopback port, so a sync goes offline without delay.
- `WholeCacheReader`: `calendar_service.calendar_window` as a design without window queries would
  have it (everything in memory, filtered per call): the naive baseline.
- The QApplication of the measuring process and the small statistics both measurements use.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import bench_conflict_window as source_cache

from app.domain.timezones import week_start
from app.services import calendar_service
from app.services.workspace import ClinicWorkspace
from app.store.appointment_lookups import unsynced_appointment_ids
from app.store.database import open_cache
from app.store.meta import MetaKey, get_meta, set_last_successful_sync, set_meta
from app.store.queries import appointments_in_window, unavailable_blocks_in_window

WINDOW_SIZE = (1600, 1000)
SHOWN_PRACTITIONERS = 12
# Nothing listens on the discard port: connections are refused at once, and the sync goes offline.
OFFLINE_BASE_URL = "http://127.0.0.1:9/v1"
DUMMY_API_KEY = "benchmark-key-not-a-real-one-au1"
SOURCE_KEY = "bench.gui.source"  # the source cache's version this copy was taken from
ORIGIN_KEY = "bench.gui.origin"  # the Monday the copy's first week starts on

Reader = Callable[..., calendar_service.CalendarData]

_QT: list[Any] = []  # the QApplication, kept alive for the whole run


def qt_application() -> Any:
    """This process's QApplication (offscreen), created once."""
    from PySide6.QtWidgets import QApplication

    if not _QT:
        _QT.append(QApplication.instance() or QApplication([]))
    return _QT[0]


def ratio(naive: float | None, ours: float | None) -> float | None:
    """How many times the naive figure is ours (None when either is missing)."""
    return round(naive / ours, 1) if naive and ours else None


def percentile(values: Sequence[float], share: float) -> float:
    """The value `share` of the way up the sorted values (nearest rank)."""
    ordered = sorted(values)
    return ordered[round(share * (len(ordered) - 1))]


# --- the cache ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BenchCache:
    """The prepared copy: where it is, the clinic it holds, the Monday its first week starts on."""

    directory: Path
    clinic: source_cache.Clinic
    origin: date
    prepared_s: float

    def shown_ids(self) -> list[str]:
        """The practitioners on screen: every tenth, so the 12 spread over the clinic."""
        step = max(1, len(self.clinic.practitioners) // SHOWN_PRACTITIONERS)
        return self.clinic.practitioners[::step][:SHOWN_PRACTITIONERS]

    def hidden_ids(self) -> frozenset[str]:
        """What the practitioner filter hides (it stores hidden ids)."""
        return frozenset(self.clinic.practitioners) - set(self.shown_ids())


def prepare_cache(rows: int, practitioners: int, source_root: Path, root: Path, today: date) -> BenchCache:
    """Our copy of the source cache, its weeks shifted so today is in the middle of them."""
    began = time.perf_counter()
    clinic = source_cache.Clinic(rows, practitioners)
    source_dir = source_root / f"{rows}-{practitioners}"
    source, _ = source_cache.open_bench_cache(source_dir, clinic, rebuild=False)
    source.close()
    version = source_cache.shape_version(clinic)
    directory = root / f"{rows}-{practitioners}"
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / "cache.sqlite3"
    if _meta_of(target, SOURCE_KEY) != version:
        for leftover in directory.glob("cache.sqlite3*"):
            leftover.unlink()
        src, dst = sqlite3.connect(source_dir / "cache.sqlite3"), sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    wanted = week_start(today) - timedelta(weeks=clinic.weeks_spanned // 2)
    cache = open_cache(directory)
    try:
        with cache.write_session() as session:
            known = get_meta(session, ORIGIN_KEY)
            current = date.fromisoformat(known) if known else source_cache.ORIGIN.date()
        if current != wanted:
            _shift(cache, (wanted - current).days * 86_400_000_000)
        with cache.write_session() as session:
            set_meta(session, SOURCE_KEY, version)
            set_meta(session, ORIGIN_KEY, wanted.isoformat())
            set_meta(session, MetaKey.ACCOUNT_BASE_URL, OFFLINE_BASE_URL)
            set_last_successful_sync(session, datetime.now(UTC) - timedelta(minutes=5))
    finally:
        cache.close()
    source_cache.warm_file_cache(directory)
    return BenchCache(directory, clinic, wanted, time.perf_counter() - began)


def _meta_of(path: Path, key: str) -> str | None:
    """A meta value of a cache file, read without opening (or creating, or migrating) it as a cache."""
    if not path.exists():
        return None
    connection = sqlite3.connect(path)
    try:
        row = connection.execute("SELECT value FROM store_meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.DatabaseError:
        row = None
    finally:
        connection.close()
    return None if row is None else str(row[0])


def _shift(cache: Any, microseconds: int) -> None:
    """Move every appointment and block by whole weeks (weekdays stay weekdays)."""
    times = {
        "appointments": ("starts_at", "ends_at", "cancelled_at", "created_at", "updated_at"),
        "unavailable_blocks": ("starts_at", "ends_at"),
    }
    with cache.write_connection() as connection:
        for table, columns in times.items():
            moved = ", ".join(f"{c} = {c} + :shift" for c in columns)
            connection.exec_driver_sql(f"UPDATE {table} SET {moved}", {"shift": microseconds})


# --- the naive reader (the baseline) --------------------------------------------------------------


class WholeCacheReader:
    """`calendar_window` as a design without window queries: everything in memory, filtered per call."""

    def __init__(self, real: Reader) -> None:
        self._real = real
        self._appointments: list[Any] | None = None
        self._blocks: list[Any] = []
        self.load_s = 0.0

    def __call__(
        self,
        workspace: ClinicWorkspace,
        start: datetime,
        end: datetime,
        practitioner_ids: Sequence[str] | None = None,
        *,
        include_cancelled: bool = True,
    ) -> calendar_service.CalendarData:
        if self._appointments is None:
            began = time.perf_counter()
            far_past, far_future = datetime(1970, 1, 2, tzinfo=UTC), datetime(2200, 1, 1, tzinfo=UTC)
            with workspace.reading() as session:
                self._appointments = appointments_in_window(
                    session, practitioner_ids=None, start=far_past, end=far_future
                )
                self._blocks = unavailable_blocks_in_window(
                    session, practitioner_ids=None, start=far_past, end=far_future
                )
            self.load_s = time.perf_counter() - began
        # The catalog (practitioners, types, business) as the real service reads it, with no rows.
        base = self._real(workspace, start, end, [], include_cancelled=include_cancelled)
        chosen = None if practitioner_ids is None else set(practitioner_ids)
        appointments = tuple(
            a
            for a in self._appointments
            if a.starts_at < end
            and a.ends_at > start
            and (chosen is None or a.practitioner_id in chosen)
            and (include_cancelled or a.cancelled_at is None)
        )
        blocks = tuple(
            b
            for b in self._blocks
            if b.starts_at < end and b.ends_at > start and (chosen is None or b.practitioner_id in chosen)
        )
        with workspace.reading() as session:
            pending = unsynced_appointment_ids(session, [a.id for a in appointments])
        return replace(base, appointments=appointments, blocks=blocks, pending_ids=pending)


def run_naive_app(app_args: list[str]) -> int:
    """The child process of the naive cold start: the real app with the whole-cache reader."""
    from app.main import main as app_main

    calendar_service.calendar_window = WholeCacheReader(calendar_service.calendar_window)  # type: ignore[assignment]
    return app_main(app_args)

"""GUI benchmark on a 1M-appointment cache: next-week navigation, cold start, peak memory.

Figures, not pass/fail. Prints one JSON object. Run from the repository root (about 1.5 min; the
first run also builds and copies the cache, about 2 min more):

    .venv/bin/python tests/benchmarks/bench_gui_large_cache.py [--samples 30] [--runs 5] [--only navigation]

The cache is `bench_conflict_window`'s (1M appointments, 120 practitioners, ~2 years of weekdays),
built there if missing, then copied to our own folder and shifted by whole weeks so that today sits
in the middle of its two years (the app opens on today; a clinic's cache holds past and future).
The copy also points the account at a closed loopback port, so sync goes offline without delay.

- Navigation: in this process (offscreen), the real MainWindow at 1600x1000 on the copy, Week view,
  12 of the 120 practitioners shown (the filter hides 108), sync not started. Timed: the Next
  action's trigger through a forced synchronous repaint of the calendar (`CalendarView.repaint()`:
  viewport, header and gutter), split into query (calendar_service), content build, layout
  (`set_content`), the rest (signals, title) and paint. Target: median < 30 ms.
- Cold start: `python -m app --data-dir <copy>` with FRONTDESK_SMOKE_QUIT_AFTER_FIRST_SYNC=1 (quit
  after the first calendar paint with appointments), FRONTDESK_API_KEY (a dummy; the server is
  unreachable), its own settings folder (Week view, the same 12 practitioners, 1600x1000), modules
  compiled once beforehand into a bytecode folder of ours (an installed app ships them compiled; one
  unmeasured run fills it). Timed from spawn to the "calendar painted" log line (target < 1.5 s) and
  to exit; the child's CPU time and peak RSS from `os.wait4` (target < 300 MB). The OS file cache is
  warm (the copy was just read): a new process, not a reboot.
- Naive baseline in the same run, for both: the same app with `calendar_service.calendar_window`
  replaced by "load the whole cache into memory on first use, then filter it in Python per window"
  (a design without indexed window queries). Navigation then pays a scan of 1M objects per week;
  the cold start pays the load, and the memory shows in the peak RSS.
Wall times on a shared machine include other processes' turns: the load average at the start and
the CPU times are printed beside them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
for path in (ROOT, Path(__file__).resolve().parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

import bench_conflict_window as source_cache  # noqa: E402

from app.domain.timezones import week_start  # noqa: E402
from app.services import calendar_service  # noqa: E402
from app.services.workspace import ClinicWorkspace  # noqa: E402
from app.store.appointment_lookups import unsynced_appointment_ids  # noqa: E402
from app.store.database import open_cache  # noqa: E402
from app.store.meta import MetaKey, get_meta, set_last_successful_sync, set_meta  # noqa: E402
from app.store.queries import appointments_in_window, unavailable_blocks_in_window  # noqa: E402

TARGET_NAVIGATION_MS = 30.0
TARGET_COLD_START_S = 1.5
TARGET_PEAK_RSS_MB = 300.0
WINDOW_SIZE = (1600, 1000)
SHOWN_PRACTITIONERS = 12
# Nothing listens on the discard port: connections are refused at once, and the sync goes offline.
OFFLINE_BASE_URL = "http://127.0.0.1:9/v1"
DUMMY_API_KEY = "benchmark-key-not-a-real-one-au1"
SOURCE_KEY = "bench.gui.source"  # the source cache's version this copy was taken from
ORIGIN_KEY = "bench.gui.origin"  # the Monday the copy's first week starts on
PAINTED = re.compile(r"calendar painted with (\d+) appointments")

Reader = Callable[..., calendar_service.CalendarData]


_QT: list[Any] = []  # the QApplication, kept alive for the whole run


def qt_application() -> Any:
    """This process's QApplication (offscreen), created once."""
    from PySide6.QtWidgets import QApplication

    if not _QT:
        _QT.append(QApplication.instance() or QApplication([]))
    return _QT[0]


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


# --- navigation, in this process ------------------------------------------------------------------


class Stopwatch:
    """Adds up the time spent in the functions it wraps."""

    def __init__(self) -> None:
        self.ms = 0.0

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            began = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.ms += (time.perf_counter() - began) * 1000

        return timed


def ratio(naive: float | None, ours: float | None) -> float | None:
    """How many times the naive figure is ours (None when either is missing)."""
    return round(naive / ours, 1) if naive and ours else None


def percentile(values: Sequence[float], share: float) -> float:
    """The value `share` of the way up the sorted values (nearest rank)."""
    ordered = sorted(values)
    return ordered[round(share * (len(ordered) - 1))]


def measure_navigation(bench: BenchCache, samples: int, naive_samples: int) -> dict[str, Any]:
    """Next-week navigations on the real window: ours, then the naive reader over the same weeks."""
    import qasync
    from PySide6.QtCore import QEvent, QObject, QSettings

    from app.ui import calendar_controller as controller_module
    from app.ui.clinic_session import open_account_session
    from app.ui.main_window import MainWindow
    from app.ui.ui_settings import CalendarMode, UiSettings

    app = qt_application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    settings_dir = tempfile.TemporaryDirectory(prefix="frontdesk-bench-ui-")
    settings = UiSettings(QSettings(str(Path(settings_dir.name) / "ui.ini"), QSettings.Format.IniFormat))
    settings.set_calendar_mode(CalendarMode.WEEK)
    settings.set_hidden_practitioners(bench.hidden_ids())
    workspace = ClinicWorkspace.open(bench.directory)
    window = MainWindow(settings)
    window.open_session(open_account_session(workspace, DUMMY_API_KEY, OFFLINE_BASE_URL), start_sync=False)
    window.resize(*WINDOW_SIZE)
    window.show()
    for _ in range(5):
        app.processEvents()
    view, calendar, next_action = window.calendar_view, window.calendar_controller, window.window_actions.next
    assert calendar is not None

    class PaintCounter(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    painted = PaintCounter()
    view.viewport().installEventFilter(painted)
    real_reader, real_build, real_set_content = (
        calendar_service.calendar_window,
        controller_module.build_week_content,
        view.set_content,
    )
    query, build, layout = Stopwatch(), Stopwatch(), Stopwatch()
    controller_module.build_week_content = build.wrap(real_build)
    view.set_content = layout.wrap(real_set_content)  # type: ignore[method-assign]

    def navigate(count: int, reader: Reader) -> list[dict[str, float]]:
        calendar_service.calendar_window = query.wrap(reader)  # type: ignore[assignment]
        calendar.go_today()
        app.processEvents()
        results = []
        for n in range(count + 2):  # two warm-up steps
            query.ms = build.ms = layout.ms = 0.0
            paints = painted.count
            began, began_cpu = time.perf_counter(), time.process_time()
            next_action.trigger()
            navigated = time.perf_counter()
            view.repaint()
            ended, ended_cpu = time.perf_counter(), time.process_time()
            assert painted.count > paints, "the repaint did not paint the calendar"
            app.processEvents()  # the posted updates, outside the timing
            if n >= 2:
                nav_ms = (navigated - began) * 1000
                results.append(
                    {
                        "total_ms": (ended - began) * 1000,
                        "cpu_ms": (ended_cpu - began_cpu) * 1000,
                        "query_ms": query.ms,
                        "content_build_ms": build.ms,
                        "layout_ms": layout.ms,
                        "other_ms": nav_ms - query.ms - build.ms - layout.ms,
                        "paint_ms": (ended - navigated) * 1000,
                        "appointments_shown": len(view.content().entries),
                    }
                )
        return results

    try:
        ours = navigate(samples, real_reader)
        naive_reader = WholeCacheReader(real_reader)
        naive = navigate(naive_samples, naive_reader)
    finally:
        calendar_service.calendar_window = real_reader  # type: ignore[assignment]
        controller_module.build_week_content = real_build
        del view.set_content
        loop.run_until_complete(window.shutdown())
        loop.close()
        window.close()
        window.deleteLater()
        app.processEvents()
        asyncio.set_event_loop(None)
        settings_dir.cleanup()
    ours_median = statistics.median(r["total_ms"] for r in ours)
    naive_median = statistics.median(r["total_ms"] for r in naive)
    return {
        **summary(ours),
        "split_median_ms": {
            key: round(statistics.median(r[key] for r in ours), 2)
            for key in ("query_ms", "content_build_ms", "layout_ms", "other_ms", "paint_ms")
        },
        "appointments_shown_median": statistics.median(r["appointments_shown"] for r in ours),
        "calendar_viewport_px": [view.viewport().width(), view.viewport().height()],
        "target_ms": TARGET_NAVIGATION_MS,
        "met": ours_median < TARGET_NAVIGATION_MS,
        "naive": {
            "how": "the whole cache loaded into memory once (not timed here), each week a Python filter",
            **summary(naive),
            "median_query_ms": round(statistics.median(r["query_ms"] for r in naive), 2),
            "load_whole_cache_s": round(naive_reader.load_s, 2),
            # Both start from today: the same weeks must show the same number of appointments.
            "same_appointments_as_ours": [r["appointments_shown"] for r in naive]
            == [r["appointments_shown"] for r in ours[: len(naive)]],
        },
        "ratio_naive_over_ours": ratio(naive_median, ours_median),
    }


def summary(results: list[dict[str, float]]) -> dict[str, float]:
    """Median and p95 wall time, median CPU time of this process, how many."""
    return {
        "median_ms": round(statistics.median(r["total_ms"] for r in results), 2),
        "p95_ms": round(percentile([r["total_ms"] for r in results], 0.95), 2),
        "median_cpu_ms": round(statistics.median(r["cpu_ms"] for r in results), 2),
        "samples": len(results),
    }


# --- cold start, in child processes ---------------------------------------------------------------


def write_child_settings(config_home: Path, bench: BenchCache) -> None:
    """The child's QSettings (where QSettings(APP_NAME, APP_NAME) looks under XDG_CONFIG_HOME)."""
    from PySide6.QtCore import QByteArray, QSettings
    from PySide6.QtWidgets import QWidget

    from app import APP_NAME
    from app.ui.ui_settings import CalendarMode, UiSettings

    qt_application()
    path = config_home / APP_NAME / f"{APP_NAME}.conf"
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = UiSettings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.set_calendar_mode(CalendarMode.WEEK)
    settings.set_hidden_practitioners(bench.hidden_ids())
    sized = QWidget()
    sized.resize(*WINDOW_SIZE)
    settings.set_window_layout(sized.saveGeometry(), QByteArray())
    settings.store.sync()
    sized.deleteLater()


def cold_start_once(command: list[str], env: dict[str, str], timeout_s: float) -> dict[str, Any]:
    """Spawn, wait for the "calendar painted" line and the exit; the child's own peak RSS."""
    began = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    killer = threading.Timer(timeout_s, child.kill)
    killer.start()
    painted_s, shown, tail = None, None, []
    assert child.stderr is not None
    for line in child.stderr:
        match = PAINTED.search(line)
        if match and painted_s is None:
            painted_s, shown = time.perf_counter() - began, int(match.group(1))
        tail = [*tail[-5:], line.rstrip()]
    _, status, usage = os.wait4(child.pid, 0)
    exited_s = time.perf_counter() - began
    killer.cancel()
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    result = {
        "first_paint_s": None if painted_s is None else round(painted_s, 3),
        "exit_s": round(exited_s, 3),
        # CPU the child used in all (to its exit): steadier than wall time on a shared machine.
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 3),
        "exit_code": child.returncode,
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
        "appointments_painted": shown,
    }
    if painted_s is None or child.returncode != 0:
        result["stderr_tail"] = tail
    return result


def cold_starts(bench: BenchCache, runs: int, naive_runs: int, timeout_s: float) -> dict[str, Any]:
    """Runs of the real app and of the naive one; medians, targets and ratios."""
    with tempfile.TemporaryDirectory(prefix="frontdesk-bench-home-") as home:
        config_home = Path(home) / "config"
        write_child_settings(config_home, bench)
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "FRONTDESK_SMOKE_QUIT_AFTER_FIRST_SYNC": "1",
            "FRONTDESK_API_KEY": DUMMY_API_KEY,
            "XDG_CONFIG_HOME": str(config_home),
            "XDG_DATA_HOME": str(Path(home) / "data"),
            # Compiled modules, as an installed app has them, kept outside the source tree.
            "PYTHONPYCACHEPREFIX": str(bench.directory.parent / "pycache"),
        }
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        data_dir = str(bench.directory)
        command = [sys.executable, "-m", "app", "--data-dir", data_dir]
        cold_start_once(command, env, timeout_s)  # unmeasured: compiles what is not compiled yet
        ours = [cold_start_once(command, env, timeout_s) for _ in range(runs)]
        naive_command = [sys.executable, str(Path(__file__).resolve()), "--naive-app", "--data-dir", data_dir]
        naive = [cold_start_once(naive_command, env, timeout_s) for _ in range(naive_runs)]

    def median_of(results: list[dict[str, Any]], key: str) -> float | None:
        values = [r[key] for r in results if r[key] is not None]
        return round(statistics.median(values), 3) if values else None

    first_paint, rss = median_of(ours, "first_paint_s"), median_of(ours, "peak_rss_mb")
    naive_paint, naive_rss = median_of(naive, "first_paint_s"), median_of(naive, "peak_rss_mb")
    return {
        "cold_start": {
            "first_paint_s_median": first_paint,
            "exit_s_median": median_of(ours, "exit_s"),
            "cpu_s_median": median_of(ours, "cpu_s"),
            "target_s": TARGET_COLD_START_S,
            "met": first_paint is not None and first_paint < TARGET_COLD_START_S,
            "runs": ours,
            "naive": {
                "how": "the same app, the whole cache loaded into memory for the first window",
                "first_paint_s_median": naive_paint,
                "runs": naive,
            },
            "ratio_naive_over_ours": round(naive_paint / first_paint, 1)
            if naive_paint and first_paint
            else None,
        },
        "peak_rss": {
            "median_mb": rss,
            "max_mb": max(r["peak_rss_mb"] for r in ours),
            "target_mb": TARGET_PEAK_RSS_MB,
            "met": rss is not None and max(r["peak_rss_mb"] for r in ours) < TARGET_PEAK_RSS_MB,
            "naive_median_mb": naive_rss,
            "ratio_naive_over_ours": ratio(naive_rss, rss),
        },
    }


# --- the run --------------------------------------------------------------------------------------


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--naive-app":
        return run_naive_app(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--practitioners", type=int, default=120)
    parser.add_argument("--samples", type=int, default=30, help="next-week navigations timed")
    parser.add_argument("--naive-samples", type=int, default=10)
    parser.add_argument("--runs", type=int, default=5, help="cold starts of the app")
    parser.add_argument("--naive-runs", type=int, default=3)
    parser.add_argument("--only", choices=("navigation", "cold-start"), help="measure only this part")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds before a child is killed")
    parser.add_argument(
        "--source-dir", type=Path, default=Path(tempfile.gettempdir()) / "frontdesk-bench-conflicts"
    )
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "frontdesk-bench-gui")
    args = parser.parse_args()

    bench = prepare_cache(args.rows, args.practitioners, args.source_dir, args.dir, datetime.now(UTC).date())
    report: dict[str, Any] = {
        "benchmark": "gui_large_cache",
        "cache": {
            "appointments": args.rows,
            "practitioners": args.practitioners,
            "file": str(bench.directory / "cache.sqlite3"),
            "first_week_shifted_to": bench.origin.isoformat(),
            "weeks_spanned": bench.clinic.weeks_spanned,
            "prepared_in_s": round(bench.prepared_s, 1),
        },
        "machine": {"cpus": os.cpu_count(), "load_average_1_5_15_at_start": os.getloadavg()},
        "window": {
            "size": list(WINDOW_SIZE),
            "mode": "week",
            "practitioners_shown": SHOWN_PRACTITIONERS,
            "qt_platform": os.environ["QT_QPA_PLATFORM"],
        },
    }
    # Child processes first, while this process holds no Qt window and no naive copy of the cache.
    if args.only in (None, "cold-start"):
        report.update(cold_starts(bench, args.runs, args.naive_runs, args.timeout))
    if args.only in (None, "navigation"):
        report["next_week_navigation"] = measure_navigation(bench, args.samples, args.naive_samples)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

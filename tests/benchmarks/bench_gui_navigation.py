"""The GUI benchmark's next-week navigation, in this process (see `bench_gui_large_cache`).

The real MainWindow at 1600x1000 (offscreen) on the prepared cache, Week view, 12 of the 120
practitioners shown, sync not started. Timed: the Next action's trigger through a forced synchronous
repaint of the calendar (`CalendarView.repaint()`: viewport, header and gutter), split into query
(calendar_service), content build, layout (`set_content`), the rest (signals, title) and paint.
The garbage collector is set up as the app sets it up after its first paint (`settle_heap`), or left
at Python's defaults with `gc_mode="default"`; the collections that ran during the timed steps are
counted, with the longest pause of a full one.

The app reads the next week ahead once the shown one has painted and the event loop is idle
(`CalendarController.read_ahead`; `calendar_service.prefetch_calendar_window`), and hands it out
while nothing has been committed to the cache since. Between two timed steps the loop processes its
events once, untimed, as a user's pause between clicks would: that is when the read-ahead runs. The
headline figure is the app as it is; `without_read_ahead` is the same steps with the read-ahead
switched off (every step reads the week then), so the query's own cost stays visible.
"""

from __future__ import annotations

import asyncio
import gc
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench_gui_cache import (
    DUMMY_API_KEY,
    OFFLINE_BASE_URL,
    WINDOW_SIZE,
    BenchCache,
    Reader,
    WholeCacheReader,
    percentile,
    qt_application,
    ratio,
)

from app.services import calendar_service
from app.services.workspace import ClinicWorkspace

TARGET_NAVIGATION_MS = 30.0
GC_MODES = ("app", "default")


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


class CollectorWatch:
    """Counts the garbage collections per generation while on, and the longest full one."""

    def __init__(self) -> None:
        self.on = False
        self.counts = [0, 0, 0]
        self.longest_full_ms = 0.0
        self._began = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if not self.on:
            return
        if phase == "start":
            self._began = time.perf_counter()
            return
        generation = info["generation"]
        self.counts[generation] += 1
        if generation == 2:
            self.longest_full_ms = max(self.longest_full_ms, (time.perf_counter() - self._began) * 1000)


def measure_navigation(bench: BenchCache, samples: int, naive_samples: int, gc_mode: str) -> dict[str, Any]:
    """Next-week navigations on the real window: ours, then the naive reader over the same weeks."""
    import qasync
    from PySide6.QtCore import QEvent, QObject, QSettings

    from app.ui import calendar_controller as controller_module
    from app.ui.application import settle_heap
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
    if gc_mode == "app":
        settle_heap()  # what the app does once its first week is painted
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
    collections = CollectorWatch()
    gc.callbacks.append(collections)

    def navigate(count: int, reader: Reader, *, read_ahead: bool = True) -> list[dict[str, float]]:
        calendar_service.calendar_window = query.wrap(reader)  # type: ignore[assignment]
        calendar.read_ahead = read_ahead
        calendar.go_today()
        app.processEvents()
        results = []
        for n in range(count + 2):  # two warm-up steps
            query.ms = build.ms = layout.ms = 0.0
            paints = painted.count
            collections.on = n >= 2
            began, began_cpu = time.perf_counter(), time.process_time()
            next_action.trigger()
            navigated = time.perf_counter()
            view.repaint()
            ended, ended_cpu = time.perf_counter(), time.process_time()
            collections.on = False
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
        ours_collections = {
            "per_generation": list(collections.counts),
            "longest_full_ms": round(collections.longest_full_ms, 1),
        }
        cold = navigate(samples, real_reader, read_ahead=False)
        naive_reader = WholeCacheReader(real_reader)
        naive = navigate(naive_samples, naive_reader, read_ahead=False)
    finally:
        gc.callbacks.remove(collections)
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
        "split_median_ms": split(ours),
        "appointments_shown_median": statistics.median(r["appointments_shown"] for r in ours),
        "calendar_viewport_px": [view.viewport().width(), view.viewport().height()],
        "garbage_collector": {"mode": gc_mode, "collections_while_timed": ours_collections},
        "target_ms": TARGET_NAVIGATION_MS,
        "met": ours_median < TARGET_NAVIGATION_MS,
        "without_read_ahead": {
            **summary(cold),
            "split_median_ms": split(cold),
            "met": statistics.median(r["total_ms"] for r in cold) < TARGET_NAVIGATION_MS,
        },
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


def split(results: list[dict[str, float]]) -> dict[str, float]:
    """The median of each part of a step."""
    parts = ("query_ms", "content_build_ms", "layout_ms", "other_ms", "paint_ms")
    return {key: round(statistics.median(r[key] for r in results), 2) for key in parts}


def summary(results: list[dict[str, float]]) -> dict[str, float]:
    """Median, p95 and longest wall time, median CPU time of this process, how many."""
    return {
        "median_ms": round(statistics.median(r["total_ms"] for r in results), 2),
        "p95_ms": round(percentile([r["total_ms"] for r in results], 0.95), 2),
        "max_ms": round(max(r["total_ms"] for r in results), 2),
        "median_cpu_ms": round(statistics.median(r["cpu_ms"] for r in results), 2),
        "samples": len(results),
    }

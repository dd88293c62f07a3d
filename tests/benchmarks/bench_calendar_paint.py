"""Benchmark: a full repaint of the calendar rendered offscreen into a QImage (figures, not pass/fail).

Cases (issue 5, item 8): the Day view with 12 practitioners and 300 appointments, and the Week view
with 2,000 appointments, at 1920x1080 logical pixels. Target: median under 8 ms each.

Two naive baselines render the same content in the same run:
- `scene`: a QGraphicsScene with one rectangle item and two text items per appointment plus line items
  for the grid (the QGraphicsView design), rendered with `QGraphicsScene.render` (scene build excluded);
- `naive_painter`: a QPainter that, on every paint, recomputes the lane layout and creates fonts and
  metrics per entry, elides per entry and draws antialiased rounded rectangles.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python tests/benchmarks/bench_calendar_paint.py [--repeats N]`
Prints one JSON document.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from datetime import time as wall_time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import PySide6  # noqa: E402
from PySide6.QtCore import QLineF, QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QApplication,
    QGraphicsLineItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from app.ui.calendar.calendar_demo import DEMO_DAY, DEMO_ZONE, day_content, week_content  # noqa: E402
from app.ui.calendar.calendar_geometry import (  # noqa: E402
    CalendarGeometry,
    make_geometry,
    minute_height_for,
)
from app.ui.calendar.calendar_layout import CalendarLayout, layout_content  # noqa: E402
from app.ui.calendar.calendar_model import CalendarContent  # noqa: E402
from app.ui.calendar.calendar_view import CalendarView  # noqa: E402

TARGET_MS = 8.0
SIZE = QSize(1920, 1080)
SLOT_MINUTES = 15


def _median_ms(action: Callable[[], object], repeats: int, warmup: int = 3) -> tuple[float, float, float]:
    """Median and 90th percentile wall-clock ms, and median CPU ms of this thread.

    CPU time is reported beside wall time because the machine may be shared: other processes inflate
    wall time but not the work this thread does.
    """
    for _ in range(warmup):
        action()
    wall, cpu = [], []
    for _ in range(repeats):
        started, started_cpu = time.perf_counter(), time.thread_time()
        action()
        cpu.append((time.thread_time() - started_cpu) * 1000)
        wall.append((time.perf_counter() - started) * 1000)
    wall.sort()
    return statistics.median(wall), wall[max(int(len(wall) * 0.9) - 1, 0)], statistics.median(cpu)


def _binding_loses_none_references() -> bool:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None per void call and soon aborts."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(100):
        painter.fillRect(QRectF(0, 0, 2, 2), QColor("white"))
    lost = before - sys.getrefcount(None)
    painter.end()
    return lost > 50


def _body_geometry(view: CalendarView, content: CalendarContent) -> tuple[CalendarGeometry, int, int]:
    line_height = QFontMetricsF(view.font()).height()
    gutter, header = 60, 48
    geometry = make_geometry(
        SIZE.width() - gutter,
        len(content.columns),
        minute_height_for(SLOT_MINUTES, line_height),
        first_minute=content.first_minute,
        last_minute=content.last_minute,
    )
    return geometry, gutter, header


def _build_scene(view: CalendarView, content: CalendarContent) -> QGraphicsScene:
    """The QGraphicsView design: one item per appointment (plus text and grid items)."""
    layout = layout_content(content)
    geometry, _, _ = _body_geometry(view, content)
    scene = QGraphicsScene()
    scene.setSceneRect(0, 0, geometry.body_width, geometry.body_height)
    scene.setBackgroundBrush(view.palette().base())
    grid_pen = QPen(QColor("#e3e3e3"))
    minute = content.first_minute
    while minute <= content.last_minute:
        y = geometry.y_of(minute)
        line = QGraphicsLineItem(0, y, geometry.body_width, y)
        line.setPen(grid_pen)
        scene.addItem(line)
        minute += SLOT_MINUTES
    for column in range(geometry.column_count + 1):
        x = geometry.column_left(column)
        line = QGraphicsLineItem(x, 0, x, geometry.body_height)
        line.setPen(grid_pen)
        scene.addItem(line)
    bold = QFont(view.font())
    bold.setBold(True)
    for placement in layout.placements:
        x, y, width, height = geometry.entry_rect(placement)
        item = QGraphicsRectItem(0, 0, width, height)
        item.setPos(x, y)
        item.setBrush(QBrush(QColor(placement.entry.color)))
        item.setPen(Qt.PenStyle.NoPen)
        item.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemClipsChildrenToShape)
        title = QGraphicsSimpleTextItem(placement.entry.title, item)
        title.setFont(bold)
        title.setPos(4, 2)
        detail = QGraphicsSimpleTextItem(placement.entry.subtitle, item)
        detail.setPos(4, 18)
        scene.addItem(item)
    return scene


_BASELINE_TARGET: list[QImage] = []


def _baseline_image() -> QImage:
    if not _BASELINE_TARGET:
        _BASELINE_TARGET.append(QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied))
    image = _BASELINE_TARGET[0]
    image.fill(Qt.GlobalColor.white)
    return image


def _render_scene(scene: QGraphicsScene) -> QImage:
    image = _baseline_image()
    painter = QPainter(image)
    rect = scene.sceneRect()
    scene.render(painter, QRectF(60, 48, rect.width(), rect.height()), rect)
    painter.end()
    return image


def _render_naive(view: CalendarView, content: CalendarContent) -> QImage:
    """Everything per paint: layout, fonts and metrics per entry, eliding, antialiased shapes."""
    image = _baseline_image()
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    layout: CalendarLayout = layout_content(content)
    geometry, gutter, header = _body_geometry(view, content)
    painter.translate(gutter, header)
    minute = content.first_minute
    painter.setPen(QColor("#e3e3e3"))
    while minute <= content.last_minute:
        y = geometry.y_of(minute)
        painter.drawLine(QLineF(0, y, geometry.body_width, y))
        minute += SLOT_MINUTES
    for placement in layout.placements:
        rect = QRectF(*geometry.entry_rect(placement))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(placement.entry.color))
        painter.drawRoundedRect(rect, 4, 4)
        title_font = QFont(view.font())
        title_font.setBold(True)
        metrics = QFontMetricsF(title_font)
        painter.setFont(title_font)
        painter.setPen(QColor("white"))
        title = metrics.elidedText(placement.entry.title, Qt.TextElideMode.ElideRight, rect.width() - 8)
        painter.drawText(
            rect.adjusted(4, 2, -4, 0), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title
        )
        detail_font = QFont(view.font())
        detail_metrics = QFontMetricsF(detail_font)
        if rect.height() > metrics.height() + detail_metrics.height():
            painter.setFont(detail_font)
            detail = detail_metrics.elidedText(
                placement.entry.subtitle, Qt.TextElideMode.ElideRight, rect.width() - 8
            )
            painter.drawText(
                rect.adjusted(4, 2 + metrics.height(), -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                detail,
            )
    painter.end()
    return image


def _measure(view: CalendarView, name: str, content: CalendarContent, repeats: int) -> dict[str, object]:
    # Cold: new content, so layout, rectangles and text are all prepared inside the timed paint.
    # New content: layout, rectangles and every visible entry's text are prepared inside the timed paint
    # (each round renames the patients so no rendered text can be reused).
    new_samples = []
    for round_number in range(5):
        renamed = replace(
            content, entries=tuple(replace(e, title=f"{e.title} {round_number}") for e in content.entries)
        )
        started = time.perf_counter()
        view.set_content(renamed)
        view.render_to_image(SIZE)
        new_samples.append((time.perf_counter() - started) * 1000)
    # A background refresh in which one appointment changed: layout again, the others' text reused.
    view.set_content(content)
    view.render_to_image(SIZE)
    refresh_samples = []
    for round_number in range(5):
        changed = (replace(content.entries[0], title=f"Changed {round_number}"), *content.entries[1:])
        started = time.perf_counter()
        view.set_content(replace(content, entries=changed))
        view.render_to_image(SIZE)
        refresh_samples.append((time.perf_counter() - started) * 1000)
    # Like a window's backing store, the target image is reused from one paint to the next.
    target = QImage(SIZE, QImage.Format.Format_ARGB32_Premultiplied)
    median, p90, median_cpu = _median_ms(lambda: view.render_to_image(SIZE, target=target), repeats)
    target_2x = QImage(SIZE * 2, QImage.Format.Format_ARGB32_Premultiplied)
    median_2x, _, _ = _median_ms(lambda: view.render_to_image(SIZE, 2.0, target_2x), max(repeats // 2, 5))
    # Scrolling: every paint sees a different set of entries, so nothing but the prepared entries is reused.
    scroll_bar = view.verticalScrollBar()
    positions = iter(range(10**6))

    def scrolled_paint() -> None:
        scroll_bar.setValue((next(positions) * 37) % max(scroll_bar.maximum(), 1))
        view.render_to_image(SIZE, target=target)

    scrolled_median, _, _ = _median_ms(scrolled_paint, repeats)
    scroll_bar.setValue(0)
    started = time.perf_counter()
    scene = _build_scene(view, content)
    scene_build_ms = (time.perf_counter() - started) * 1000
    scene_median, _, _ = _median_ms(lambda: _render_scene(scene), max(repeats // 2, 5))
    naive_median, _, _ = _median_ms(lambda: _render_naive(view, content), max(repeats // 2, 5))
    return {
        "case": name,
        "columns": len(content.columns),
        "appointments": len(content.entries),
        "median_ms": round(median, 2),
        "p90_ms": round(p90, 2),
        "median_cpu_ms": round(median_cpu, 2),
        "median_ms_while_scrolling": round(scrolled_median, 2),
        "new_content_set_and_first_paint_ms": round(statistics.median(new_samples), 2),
        "refresh_one_changed_set_and_paint_ms": round(statistics.median(refresh_samples), 2),
        "median_ms_at_200_percent": round(median_2x, 2),
        "baseline_scene_median_ms": round(scene_median, 2),
        "baseline_scene_build_ms": round(scene_build_ms, 2),
        "baseline_naive_painter_median_ms": round(naive_median, 2),
        "ratio_scene_over_ours": round(scene_median / median, 1),
        "ratio_naive_over_ours": round(naive_median / median, 1),
        "target_ms": TARGET_MS,
        "met": median < TARGET_MS,
    }


def main(argv: list[str] | None = None) -> int:
    """Run both cases and print the JSON report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=40)
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    if _binding_loses_none_references():
        print(
            json.dumps(
                {
                    "benchmark": "calendar_full_repaint_offscreen",
                    "error": (
                        f"PySide6 {PySide6.__version__} on Python {platform.python_version()} loses "
                        "references to None and would crash mid-run; use PySide6-Essentials<6.12 on 3.11"
                    ),
                },
                indent=2,
            )
        )
        return 2
    view = CalendarView()
    view.resize(SIZE)
    view.set_now(datetime.combine(DEMO_DAY, wall_time(10, 42), tzinfo=DEMO_ZONE).astimezone(UTC))
    cases = [
        _measure(view, "day_12_practitioners_300_appointments", day_content(12, 300), args.repeats),
        _measure(view, "week_2000_appointments", week_content(12, 2000), args.repeats),
    ]
    report = {
        "benchmark": "calendar_full_repaint_offscreen",
        "image_size_logical_px": [SIZE.width(), SIZE.height()],
        "slot_minutes": SLOT_MINUTES,
        "repeats": args.repeats,
        "target_ms": TARGET_MS,
        "met": all(case["met"] for case in cases),
        "cases": cases,
        "python": platform.python_version(),
        "pyside6": PySide6.__version__,
        "qt_platform": app.platformName() if isinstance(app, QApplication) else "",
    }
    print(json.dumps(report, indent=2))
    view.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""What the calendar shows: refreshes keep selection and scroll, cancelled hiding, pixels, scrolling."""

from __future__ import annotations

from dataclasses import replace
from datetime import time

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPalette
from pytestqt.qtbot import QtBot

from app.ui.calendar.calendar_model import CalendarBlock, EntryStatus
from app.ui.calendar.calendar_view import CalendarView

from .calendar_builders import DAY, at, content, entry, practitioner_columns

BLUE = "#1a73e8"


def _image_point(view: CalendarView, appointment_id: str, ratio: float = 1.0) -> tuple[int, int]:
    """A point inside the entry near its bottom-right corner (clear of text and glyphs), in image pixels."""
    x, y, width, height = view.calendar_geometry.entry_rect(view.calendar_layout.by_id[appointment_id])
    margins = view.viewportMargins()
    offset = view.body_offset()
    return (
        round((margins.left() + x + width - 5 - offset.x()) * ratio),
        round((margins.top() + y + height - 5 - offset.y()) * ratio),
    )


def _render(view: CalendarView, ratio: float = 1.0) -> QImage:
    return view.render_to_image(view.size(), ratio)


def test_refresh_keeps_selection_and_scroll_position(qtbot: QtBot, view: CalendarView) -> None:
    columns = practitioner_columns(10)
    first = [entry("a", "p8", at(DAY, 15)), entry("b", "p9", at(DAY, 17))]
    view.set_content(content(columns, first))
    view.select_appointment("b")
    view.horizontalScrollBar().setValue(300)
    view.verticalScrollBar().setValue(250)
    refreshed = [replace(first[1], title="Renamed"), entry("c", "p0", at(DAY, 8))]
    with qtbot.assertNotEmitted(view.selectionChanged):
        view.set_content(content(columns, refreshed))
    assert view.selected_appointment_id() == "b"
    assert (view.horizontalScrollBar().value(), view.verticalScrollBar().value()) == (300, 250)


def test_refresh_clears_a_selection_whose_appointment_is_gone(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p0", at(DAY, 9))]))
    view.select_appointment("a")
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.set_content(content(practitioner_columns(2), [entry("z", "p0", at(DAY, 9))]))
    assert blocker.args == [None]
    assert view.selected_appointment_id() is None


def test_selecting_an_unknown_appointment_clears_the_selection(view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(1), [entry("a", "p0", at(DAY, 9))]))
    view.select_appointment("a")
    view.select_appointment("nope")
    assert view.selected_appointment_id() is None


def test_render_paints_an_entry_in_its_type_colour_where_it_belongs(view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(3), [entry("a", "p1", at(DAY, 9), 60, color=BLUE)]))
    view.scroll_to_time(time(8, 0))
    image = _render(view)
    assert image.pixelColor(*_image_point(view, "a")) == QColor(BLUE)
    # The same row one column to the left is background.
    x, y = _image_point(view, "a")
    base = view.palette().color(QPalette.ColorRole.Base)
    assert image.pixelColor(x - round(view.calendar_geometry.column_width), y) == base


def test_render_at_200_percent_doubles_the_pixels(view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p0", at(DAY, 9), 60, color=BLUE)]))
    view.scroll_to_time(time(8, 0))
    image = _render(view, 2.0)
    assert (image.width(), image.height()) == (view.width() * 2, view.height() * 2)
    assert image.pixelColor(*_image_point(view, "a", 2.0)) == QColor(BLUE)


def test_hiding_cancelled_appointments(qtbot: QtBot, view: CalendarView) -> None:
    cancelled = entry("x", "p0", at(DAY, 9), 60, color=BLUE, status=EntryStatus.CANCELLED)
    view.set_content(content(practitioner_columns(1), [cancelled, entry("k", "p0", at(DAY, 12))]))
    view.scroll_to_time(time(8, 0))
    view.select_appointment("x")
    point = _image_point(view, "x")
    shown = _render(view).pixelColor(*point)
    assert shown != view.palette().color(QPalette.ColorRole.Base)  # a striped, faded fill
    with qtbot.waitSignal(view.selectionChanged) as blocker:
        view.set_show_cancelled(False)
    assert blocker.args == [None]
    assert "x" not in view.calendar_layout.by_id
    assert "k" in view.calendar_layout.by_id
    assert _render(view).pixelColor(*point) == view.palette().color(QPalette.ColorRole.Base)


def test_current_time_line_is_drawn_at_now(view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2)))
    view.scroll_to_time(time(8, 0))
    view.set_now(at(DAY, 10, 0))
    geometry = view.calendar_geometry
    y = view.viewportMargins().top() + round(geometry.y_of(10 * 60)) - view.body_offset().y()
    x = view.viewportMargins().left() + round(geometry.column_left(1) + geometry.column_width / 2)
    line = _render(view).pixelColor(x, y)
    assert line.red() > 200
    assert line.green() < 110
    with pytest.raises(ValueError, match="aware"):
        view.set_now(at(DAY, 10).replace(tzinfo=None))


def test_unavailable_blocks_are_shaded(view: CalendarView) -> None:
    block = CalendarBlock("p0", at(DAY, 9), at(DAY, 12), "Away")
    view.set_content(content(practitioner_columns(2), blocks=(block,)))
    view.scroll_to_time(time(8, 0))
    image = _render(view)
    margins, offset, geometry = view.viewportMargins(), view.body_offset(), view.calendar_geometry
    top = margins.top() + round(geometry.y_of(10 * 60)) - offset.y()
    base = view.palette().color(QPalette.ColorRole.Base)
    inside = {image.pixelColor(margins.left() + x, top + 7).rgb() for x in range(20, 60)}
    outside = {
        image.pixelColor(margins.left() + round(geometry.column_width) + x, top + 7).rgb()
        for x in range(20, 60)
    }
    assert len(inside) > 1  # hatched
    assert base.rgb() not in inside or len(inside) > 2
    assert outside == {base.rgb()}


def test_many_practitioners_scroll_sideways_under_a_fixed_gutter(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(10), [entry("a", "p9", at(DAY, 9))]))
    qtbot.waitUntil(view.horizontalScrollBar().isVisible)
    assert view.calendar_geometry.column_width >= 140
    # The scroll range matches the columns' width now that the scroll bar took its share of the height.
    assert view.horizontalScrollBar().maximum() == view.calendar_geometry.body_width - view.viewport().width()
    gutter = view.findChild(type(view.viewport()), "CalendarTimeGutter")
    header = view.findChild(type(view.viewport()), "CalendarHeader")
    assert gutter is not None
    assert header is not None
    gutter_before, header_before = gutter.grab().toImage(), header.grab().toImage()
    position_before = gutter.geometry()
    view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
    assert view.horizontalScrollBar().value() > 0
    assert gutter.geometry() == position_before
    assert gutter.grab().toImage() == gutter_before
    assert header.grab().toImage() != header_before


def test_slot_size_sets_row_height_and_rejects_other_sizes(view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2)))
    view.set_slot_minutes(30)
    coarse = view.calendar_geometry.minute_height
    view.set_slot_minutes(5)
    assert view.calendar_geometry.minute_height > coarse
    assert view.slot_minutes() == 5
    with pytest.raises(ValueError, match="slot size"):
        view.set_slot_minutes(7)


def test_a_larger_font_grows_the_rows_and_chrome(view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2)))
    small = (
        view.viewportMargins().left(),
        view.viewportMargins().top(),
        view.calendar_geometry.minute_height,
    )
    font = view.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    large = (
        view.viewportMargins().left(),
        view.viewportMargins().top(),
        view.calendar_geometry.minute_height,
    )
    assert all(after > before for before, after in zip(small, large, strict=True))


def test_dark_palette_paints_dark_chrome(view: CalendarView) -> None:
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2d30"))
    view.setPalette(palette)
    view.set_content(content(practitioner_columns(2)))
    image = _render(view)
    margins = view.viewportMargins()
    assert image.pixelColor(margins.left() + 30, margins.top() + 5) == QColor("#1e1f22")
    assert image.size() == QSize(view.width(), view.height())


def test_columns_share_the_viewport_left_by_the_vertical_scroll_bar(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(3)))
    qtbot.waitUntil(view.verticalScrollBar().isVisible)
    assert not view.horizontalScrollBar().isVisible()
    assert view.calendar_geometry.body_width == view.viewport().width()
    view.resize(1200, 700)
    qtbot.waitUntil(lambda: view.calendar_geometry.body_width == view.viewport().width())

"""Mouse on the calendar: clicks on free slots, double-clicks, drags to move and resize, context menu."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from app.ui.calendar.calendar_model import EntryStatus
from app.ui.calendar.calendar_view import CalendarView

from .calendar_builders import (
    BEFORE_DST_ENDS,
    DAY,
    DST_ENDS,
    at,
    content,
    day_columns,
    entry,
    practitioner_columns,
)
from .calendar_gestures import drag, entry_point, send_mouse, slot_point


def test_click_on_a_free_slot_asks_to_book_there_snapped_to_the_slot(
    qtbot: QtBot, view: CalendarView
) -> None:
    view.set_content(content(practitioner_columns(3)))
    view.set_slot_minutes(15)
    with qtbot.waitSignal(view.emptySlotClicked) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=slot_point(view, 1, 9 * 60 + 40))
    assert blocker.args == ["p1", at(DAY, 9, 30)]


def test_free_slot_times_are_right_on_both_sides_of_a_dst_change(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(day_columns(BEFORE_DST_ENDS, DST_ENDS)))
    view.set_slot_minutes(10)
    clicked: list[list[object]] = []
    view.emptySlotClicked.connect(lambda key, moment: clicked.append([key, moment]))
    for column in (0, 1):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=slot_point(view, column, 9 * 60 + 4))
    assert clicked == [["2024-04-06", at(BEFORE_DST_ENDS, 9)], ["2024-04-07", at(DST_ENDS, 9)]]
    # The same wall-clock slot is 25 hours later in UTC: a day plus the hour the clocks went back.
    assert clicked[1][1] - clicked[0][1] == timedelta(hours=25)


def test_click_on_an_entry_selects_it_without_asking_to_book(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p0", at(DAY, 9), 60)]))
    with qtbot.assertNotEmitted(view.emptySlotClicked), qtbot.waitSignal(view.selectionChanged) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=entry_point(view, "a"))
    assert blocker.args == ["a"]
    assert view.selected_appointment_id() == "a"


def test_double_click_opens_the_appointment(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p1", at(DAY, 10), 30)]))
    with qtbot.waitSignal(view.appointmentActivated) as blocker:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=entry_point(view, "a"))
    assert blocker.args == ["a"]


def test_drag_moves_to_another_column_and_snapped_time(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(3), [entry("a", "p0", at(DAY, 9), 45)]))
    view.set_slot_minutes(15)
    start = entry_point(view, "a")
    geometry = view.calendar_geometry
    # Two columns to the right and 62 minutes later: snaps to a start of 10:00.
    end = start + QPoint(2 * round(geometry.column_width), round(62 * geometry.minute_height))
    with qtbot.waitSignal(view.moveRequested) as blocker:
        drag(view, start, end)
    assert blocker.args == ["a", "p2", at(DAY, 10), at(DAY, 10, 45)]


def test_drag_shows_a_preview_until_release_and_escape_cancels(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p0", at(DAY, 9), 30)]))
    start = entry_point(view, "a")
    end = start + QPoint(round(view.calendar_geometry.column_width), 0)
    drag(view, start, end, release=False)
    assert view.viewport().cursor().shape() == Qt.CursorShape.ClosedHandCursor
    with qtbot.assertNotEmitted(view.moveRequested):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
        send_mouse(
            view, QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        )
    assert view.viewport().cursor().shape() == Qt.CursorShape.ArrowCursor


def test_drag_that_lands_where_it_started_requests_nothing(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p0", at(DAY, 9), 30)]))
    start = entry_point(view, "a")
    with qtbot.assertNotEmitted(view.moveRequested):
        drag(view, start, start + QPoint(QApplication.startDragDistance() + 2, 0))


def test_entries_the_caller_marks_fixed_do_not_move(qtbot: QtBot, view: CalendarView) -> None:
    fixed = entry("a", "p0", at(DAY, 9), 30, status=EntryStatus.CANCELLED, movable=False)
    view.set_content(content(practitioner_columns(2), [fixed]))
    start = entry_point(view, "a")
    with qtbot.assertNotEmitted(view.moveRequested), qtbot.assertNotEmitted(view.emptySlotClicked):
        drag(view, start, start + QPoint(round(view.calendar_geometry.column_width), 80))
    assert view.selected_appointment_id() == "a"


def test_dragging_the_bottom_edge_resizes(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p1", at(DAY, 9), 30)]))
    view.set_slot_minutes(15)
    edge = entry_point(view, "a", bottom_edge=True)
    send_mouse(view, QEvent.Type.MouseMove, edge, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
    assert view.viewport().cursor().shape() == Qt.CursorShape.SizeVerCursor
    end = edge + QPoint(40, round(31 * view.calendar_geometry.minute_height))
    with qtbot.waitSignal(view.resizeRequested) as blocker, qtbot.assertNotEmitted(view.moveRequested):
        drag(view, edge, end)
    assert blocker.args == ["a", at(DAY, 10)]


def test_context_menu_on_an_entry_selects_it_and_reports_where(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p0", at(DAY, 9), 30)]))
    position = entry_point(view, "a")
    global_position = view.viewport().mapToGlobal(position)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, position, global_position)
    with qtbot.waitSignal(view.contextMenuRequested) as blocker:
        QApplication.sendEvent(view.viewport(), event)
    assert blocker.args == ["a", global_position]
    assert view.selected_appointment_id() == "a"


# The offscreen platform cannot raise the tooltip window; the text is what matters here.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_tooltip_shows_the_entry_text(qtbot: QtBot, view: CalendarView) -> None:
    view.set_content(content(practitioner_columns(2), [entry("a", "p0", at(DAY, 9), 30)]))
    position = entry_point(view, "a")
    event = QHelpEvent(QEvent.Type.ToolTip, position, view.viewport().mapToGlobal(position))
    QApplication.sendEvent(view.viewport(), event)
    qtbot.waitUntil(lambda: QToolTip.text() == "Patient a\nStandard Consultation")
    QToolTip.hideText()

"""Keyboard on the calendar: arrows move the selection, Enter opens, Delete cancels, Ctrl+N, T."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.ui.calendar.calendar_view import CalendarView

from .calendar_builders import DAY, at, content, entry, practitioner_columns


@pytest.fixture
def filled(view: CalendarView) -> CalendarView:
    """Three columns: p0 has a (09:00) and b (11:00), p1 is empty, p2 has c (10:30) and d (15:00)."""
    view.set_content(
        content(
            practitioner_columns(3),
            [
                entry("a", "p0", at(DAY, 9)),
                entry("b", "p0", at(DAY, 11)),
                entry("c", "p2", at(DAY, 10, 30)),
                entry("d", "p2", at(DAY, 15)),
            ],
        )
    )
    view.scroll_to_time(time(7, 0))
    view.setFocus()
    return view


def test_arrows_move_the_selection_in_time_and_across_columns(qtbot: QtBot, filled: CalendarView) -> None:
    visited = []
    for key in (
        Qt.Key.Key_Down,
        Qt.Key.Key_Down,
        Qt.Key.Key_Right,
        Qt.Key.Key_Down,
        Qt.Key.Key_Up,
        Qt.Key.Key_Left,
    ):
        qtbot.keyClick(filled, key)
        visited.append(filled.selected_appointment_id())
    # First Down selects the earliest entry; Right skips the empty column to the nearest start.
    assert visited == ["a", "b", "c", "d", "c", "b"]


def test_arrow_at_an_edge_keeps_the_selection(qtbot: QtBot, filled: CalendarView) -> None:
    filled.select_appointment("a")
    with qtbot.assertNotEmitted(filled.selectionChanged):
        qtbot.keyClick(filled, Qt.Key.Key_Up)
        qtbot.keyClick(filled, Qt.Key.Key_Left)
    assert filled.selected_appointment_id() == "a"


def test_arrow_scrolls_the_selection_into_view(qtbot: QtBot, filled: CalendarView) -> None:
    filled.resize(600, 250)
    filled.select_appointment("c")
    filled.verticalScrollBar().setValue(0)
    qtbot.keyClick(filled, Qt.Key.Key_Down)
    assert filled.selected_appointment_id() == "d"
    _, y, _, height = filled.calendar_geometry.entry_rect(filled.calendar_layout.by_id["d"])
    top = filled.verticalScrollBar().value()
    assert top <= y
    assert y + height <= top + filled.viewport().height()


def test_enter_opens_and_delete_asks_to_cancel_the_selection(qtbot: QtBot, filled: CalendarView) -> None:
    filled.select_appointment("c")
    with qtbot.waitSignal(filled.appointmentActivated) as opened:
        qtbot.keyClick(filled, Qt.Key.Key_Return)
    with qtbot.waitSignal(filled.cancelRequested) as cancelled:
        qtbot.keyClick(filled, Qt.Key.Key_Delete)
    assert opened.args == ["c"]
    assert cancelled.args == ["c"]


def test_enter_and_delete_do_nothing_without_a_selection(qtbot: QtBot, filled: CalendarView) -> None:
    with qtbot.assertNotEmitted(filled.appointmentActivated), qtbot.assertNotEmitted(filled.cancelRequested):
        qtbot.keyClick(filled, Qt.Key.Key_Return)
        qtbot.keyClick(filled, Qt.Key.Key_Delete)


def test_ctrl_n_asks_for_a_new_appointment_and_t_for_today(qtbot: QtBot, filled: CalendarView) -> None:
    with qtbot.waitSignal(filled.newRequested):
        qtbot.keyClick(filled, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(filled.todayRequested):
        qtbot.keyClick(filled, Qt.Key.Key_T)
    with qtbot.assertNotEmitted(filled.newRequested):
        qtbot.keyClick(filled, Qt.Key.Key_N)

"""Fixtures and gesture helpers for the calendar widget tests."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.ui.calendar.calendar_view import CalendarView


@pytest.fixture
def view(qtbot: QtBot) -> CalendarView:
    """A shown 1000x700 calendar view."""
    widget = CalendarView()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget

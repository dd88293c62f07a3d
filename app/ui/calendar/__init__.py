"""The calendar: a custom-painted Day/Week view of appointments (see `CalendarView`).

The content model, layout, geometry and drag arithmetic are Qt-free; `CalendarView` is imported lazily
so that those modules can be loaded (and tested) without Qt.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.ui.calendar.calendar_model import (
    SLOT_MINUTES_CHOICES,
    CalendarBlock,
    CalendarColumn,
    CalendarContent,
    CalendarEntry,
    EntryStatus,
)

if TYPE_CHECKING:
    from app.ui.calendar.calendar_view import CalendarView

__all__ = [
    "SLOT_MINUTES_CHOICES",
    "CalendarBlock",
    "CalendarColumn",
    "CalendarContent",
    "CalendarEntry",
    "CalendarView",
    "EntryStatus",
]


def __getattr__(name: str) -> Any:
    if name == "CalendarView":
        from app.ui.calendar.calendar_view import CalendarView  # noqa: PLC0415 (keeps Qt out of the model)

        return CalendarView
    raise AttributeError(name)

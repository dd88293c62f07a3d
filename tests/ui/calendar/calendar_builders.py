"""Small builders of calendar content for the calendar tests (Qt-free)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.ui.calendar.calendar_model import (
    CalendarBlock,
    CalendarColumn,
    CalendarContent,
    CalendarEntry,
    EntryStatus,
)

SYDNEY = ZoneInfo("Australia/Sydney")
DAY = date(2024, 5, 14)  # an ordinary Tuesday, AEST (+10:00)
BEFORE_DST_ENDS = date(2024, 4, 6)  # AEDT (+11:00)
DST_ENDS = date(2024, 4, 7)  # clocks go back at 03:00 AEDT; AEST (+10:00) from then on


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = SYDNEY) -> datetime:
    """A wall-clock time in `zone` as an aware UTC datetime."""
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


def entry(
    appointment_id: str,
    column_key: str,
    starts_at: datetime,
    minutes: int = 30,
    *,
    color: str = "#1a73e8",
    status: str = EntryStatus.BOOKED,
    movable: bool = True,
    telehealth: bool = False,
) -> CalendarEntry:
    """An entry lasting `minutes` from `starts_at`."""
    return CalendarEntry(
        appointment_id=appointment_id,
        column_key=column_key,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        title=f"Patient {appointment_id}",
        subtitle="Standard Consultation",
        color=color,
        status=status,
        telehealth=telehealth,
        tooltip=f"Patient {appointment_id}\nStandard Consultation",
        movable=movable,
    )


def practitioner_columns(count: int, day: date = DAY) -> tuple[CalendarColumn, ...]:
    """Day-view columns, one per practitioner p0..p{count-1}."""
    return tuple(CalendarColumn(f"p{n}", f"Practitioner {n}", day, f"p{n}") for n in range(count))


def day_columns(*days: date) -> tuple[CalendarColumn, ...]:
    """Week-view columns, one per day."""
    return tuple(CalendarColumn(d.isoformat(), f"{d:%a} {d.day}", d) for d in days)


def content(
    columns: tuple[CalendarColumn, ...],
    entries: tuple[CalendarEntry, ...] | list[CalendarEntry] = (),
    blocks: tuple[CalendarBlock, ...] = (),
    zone: ZoneInfo = SYDNEY,
) -> CalendarContent:
    """Content with the default 07:00-20:00 day window."""
    return CalendarContent(columns=columns, entries=tuple(entries), blocks=blocks, zone=zone)

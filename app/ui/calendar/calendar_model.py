"""What the calendar shows: plain dataclasses, no Qt, no business rules.

The main window turns domain entities into a `CalendarContent` (columns, entries, blocks) and hands it to
the `CalendarView`. The view only displays it and reports what the user asks for. Keeping this module
Qt-free lets the layout and time arithmetic be tested without a widget.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

MINUTES_PER_DAY = 24 * 60
SLOT_MINUTES_CHOICES = (5, 10, 15, 30)


class EntryStatus(StrEnum):
    """How an entry is drawn; the same values as the domain's AppointmentStatus."""

    BOOKED = "booked"
    ARRIVED = "arrived"
    DID_NOT_ARRIVE = "did_not_arrive"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class CalendarColumn:
    """One column: a practitioner on a day (Day view) or a day (Week view).

    `practitioner_id` is None when the column holds several practitioners (Week view with a filter of
    more than one practitioner); a move into such a column keeps the appointment's practitioner.
    """

    key: str
    title: str
    day: date
    practitioner_id: str | None = None
    subtitle: str = ""


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """One appointment as drawn. Times are timezone-aware UTC; `color` is '#RRGGBB'.

    `movable` is decided by the caller (e.g. False for cancelled appointments or a read-only user):
    the view does not drag entries that are not movable.
    """

    appointment_id: str
    column_key: str
    starts_at: datetime
    ends_at: datetime
    title: str
    subtitle: str = ""
    color: str = "#7f8c8d"
    status: str = EntryStatus.BOOKED
    telehealth: bool = False
    pending_sync: bool = False
    tooltip: str = ""
    movable: bool = True


@dataclass(frozen=True, slots=True)
class CalendarBlock:
    """A stretch of a column the practitioner is unavailable (shaded, not clickable for booking)."""

    column_key: str
    starts_at: datetime
    ends_at: datetime
    label: str = ""


@dataclass(frozen=True, slots=True)
class CalendarContent:
    """Everything one screen of the calendar shows.

    Rows are wall-clock times in `zone` (the business's zone) from `day_start` to `day_end`;
    `day_end == time(0)` means midnight at the end of the day.
    """

    columns: tuple[CalendarColumn, ...] = ()
    entries: tuple[CalendarEntry, ...] = ()
    blocks: tuple[CalendarBlock, ...] = ()
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    day_start: time = time(7, 0)
    day_end: time = time(20, 0)

    def __post_init__(self) -> None:
        if self.first_minute >= self.last_minute:
            raise ValueError("day_start must be before day_end")
        keys = [column.key for column in self.columns]
        if len(set(keys)) != len(keys):
            raise ValueError("column keys must be unique")

    @property
    def first_minute(self) -> int:
        """The first visible minute after local midnight."""
        return self.day_start.hour * 60 + self.day_start.minute

    @property
    def last_minute(self) -> int:
        """The last visible minute after local midnight (1440 for a day ending at midnight)."""
        if self.day_end == time(0):
            return MINUTES_PER_DAY
        return self.day_end.hour * 60 + self.day_end.minute


def wall_minutes(moment: datetime, day: date, zone: ZoneInfo) -> float:
    """Minutes from local midnight of `day` to `moment`, read off a wall clock in `zone`.

    A moment on the previous or next local day gives a negative number or one past 1440, so entries
    crossing midnight are clipped rather than misplaced.
    """
    if moment.tzinfo is None:
        raise ValueError("calendar times must be timezone-aware")
    local = moment.astimezone(zone)
    days = (local.date() - day).days
    return days * MINUTES_PER_DAY + local.hour * 60 + local.minute + local.second / 60


def utc_at(day: date, minutes: float, zone: ZoneInfo) -> datetime:
    """The UTC moment shown by a wall clock in `zone` at `minutes` after local midnight of `day`.

    During a backward DST change the first of the two repeated wall times is taken; a wall time that
    does not exist (skipped forward) maps to the moment an hour later on the clock, as zoneinfo does.
    """
    whole = math.floor(minutes + 0.5)
    local_day = day + timedelta(days=whole // MINUTES_PER_DAY)
    minute_of_day = whole % MINUTES_PER_DAY
    naive = datetime.combine(local_day, time(minute_of_day // 60, minute_of_day % 60))
    return naive.replace(tzinfo=zone).astimezone(UTC)


def snap_minutes(minutes: float, slot_minutes: int) -> int:
    """`minutes` rounded down to the start of its slot."""
    return int(minutes // slot_minutes) * slot_minutes


def round_to_slot(minutes: float, slot_minutes: int) -> int:
    """`minutes` rounded to the nearest slot boundary (what a drag snaps to)."""
    # floor(x + 0.5) rather than round(): banker's rounding would snap halves unevenly.
    return math.floor(minutes / slot_minutes + 0.5) * slot_minutes

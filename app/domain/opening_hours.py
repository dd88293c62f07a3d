"""Business opening hours as UTC windows, and whether an interval lies inside them.

Opening periods are wall-clock times in the business's zone per weekday (0 = Monday). A period that
closes at 00:00 runs to the end of the day; one that closes before it opens is ignored as malformed.
Adjoining periods (08:00-12:00 and 12:00-17:00) merge into one window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.entities import OpeningHours
from app.domain.timezones import local_to_utc

# The default clinic day for finding free slots when a business has no opening hours on record.
DEFAULT_CLINIC_HOURS: tuple[OpeningHours, ...] = tuple(
    OpeningHours(weekday=weekday, opens=time(8, 0), closes=time(18, 0)) for weekday in range(5)
)

Window = tuple[datetime, datetime]


def periods_on(hours: Sequence[OpeningHours], weekday: int) -> list[OpeningHours]:
    """The well-formed periods of one weekday, by opening time."""
    return sorted(
        (p for p in hours if p.weekday == weekday and (p.closes > p.opens or p.closes == time(0))),
        key=lambda p: p.opens,
    )


def _day_windows(hours: Sequence[OpeningHours], day: date, zone: ZoneInfo) -> list[Window]:
    windows: list[Window] = []
    for period in periods_on(hours, day.weekday()):
        start = local_to_utc(datetime.combine(day, period.opens), zone)
        close_day = day + timedelta(days=1) if period.closes == time(0) else day
        end = local_to_utc(datetime.combine(close_day, period.closes), zone)
        if end > start:
            windows.append((start, end))
    return windows


def _merge(windows: list[Window]) -> list[Window]:
    merged: list[Window] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def opening_windows(
    hours: Sequence[OpeningHours], zone: ZoneInfo, first_day: date, last_day: date
) -> list[Window]:
    """Merged UTC windows of the local days first_day..last_day (inclusive), in order."""
    windows: list[Window] = []
    day = first_day
    while day <= last_day:
        windows.extend(_day_windows(hours, day, zone))
        day += timedelta(days=1)
    return _merge(windows)


def within_opening_hours(
    start: datetime, end: datetime, hours: Sequence[OpeningHours], zone: ZoneInfo
) -> bool:
    """Whether all of [start, end) lies inside the opening windows (empty `hours`: True, unknown)."""
    if not hours:
        return True
    # One day either side catches periods running to midnight and zone offsets across the date line.
    first_day = start.astimezone(zone).date() - timedelta(days=1)
    last_day = end.astimezone(zone).date() + timedelta(days=1)
    for window_start, window_end in opening_windows(hours, zone, first_day, last_day):
        if window_start <= start < window_end or (start == end == window_start):
            return end <= window_end
    return False

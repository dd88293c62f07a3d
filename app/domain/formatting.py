"""Wording shared by the rules' messages: times, dates and durations a receptionist reads.

English names are spelled out here rather than taken from `strftime`, whose %a/%b follow the
process locale (which Qt changes at start-up) and would mix languages inside one sentence.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
WEEKDAY_PLURALS = ("Mondays", "Tuesdays", "Wednesdays", "Thursdays", "Fridays", "Saturdays", "Sundays")
MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_clock(moment: datetime, zone: ZoneInfo) -> str:
    """`09:05`: the wall-clock time of an aware `moment` in `zone`."""
    return f"{moment.astimezone(zone):%H:%M}"


def format_day(day: date, *, with_year: bool = False) -> str:
    """`Mon 5 Jan` (or `Mon 5 Jan 2026`)."""
    text = f"{WEEKDAY_NAMES[day.weekday()]} {day.day} {MONTH_NAMES[day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def format_range(start: datetime, end: datetime, zone: ZoneInfo, *, with_day: bool = False) -> str:
    """`09:00-09:30`, or `Mon 5 Jan 09:00-09:30` with the local day of the start."""
    text = f"{format_clock(start, zone)}-{format_clock(end, zone)}"
    if with_day:
        return f"{format_day(start.astimezone(zone).date())} {text}"
    return text


def format_duration(span: timedelta) -> str:
    """`45 min`, `1 h`, `1 h 30 min`; whole minutes, rounded down, never negative."""
    minutes = max(0, int(span.total_seconds() // 60))
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"


def join_words(items: list[str], limit: int = 3) -> str:
    """`a`, `a and b`, `a, b and c`; past `limit` items: `a, b, c and 2 more`."""
    if len(items) > limit:
        shown = items[:limit]
        return f"{', '.join(shown)} and {len(items) - limit} more"
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"

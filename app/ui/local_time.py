"""Wall-clock times in the clinic's zone for Qt widgets, whatever zone the computer itself is in.

Date/time edits hold the clinic's wall clock in a UTC-spec QDateTime (UTC has no DST gaps, so the
computer's own zone can never reject or shift a time); `local_to_utc` turns it into the instant.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime, QTimeZone

from app.domain.timezones import local_to_utc


def wall_clock_qdatetime(moment: datetime, zone: ZoneInfo) -> QDateTime:
    """`moment` (aware) as the clinic's wall clock, in a UTC-spec QDateTime."""
    local = moment.astimezone(zone)
    return QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute, local.second),
        QTimeZone.utc(),
    )


def wall_clock_naive(value: QDateTime) -> datetime:
    """The naive wall-clock time a UTC-spec QDateTime holds."""
    day, clock = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute(), clock.second())  # noqa: DTZ001


def instant_of(value: QDateTime, zone: ZoneInfo) -> datetime:
    """The aware UTC instant of a wall-clock QDateTime in `zone`."""
    return local_to_utc(wall_clock_naive(value), zone)


def format_local(moment: datetime, zone: ZoneInfo, pattern: str) -> str:
    """`moment` in the clinic's zone, formatted with a Qt pattern in the user's language."""
    return QLocale().toString(wall_clock_qdatetime(moment, zone), pattern)


def format_day(moment: datetime, zone: ZoneInfo) -> str:
    """The clinic's date of `moment`, `Tue 4 Mar 2025`, in the order and names of the user's language."""
    #: Qt date format for a day in lists and summaries (ddd: short weekday, MMM: short month name).
    pattern = QCoreApplication.translate("LocalTime", "ddd d MMM yyyy")
    return format_local(moment, zone, pattern)


def format_clock(moment: datetime, zone: ZoneInfo) -> str:
    """The clinic's wall-clock time of `moment` in the locale's short format (`09:30` or `9:30 AM`)."""
    return QLocale().toString(wall_clock_qdatetime(moment, zone).time(), QLocale.FormatType.ShortFormat)


def format_span(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """`Tue 4 Mar 2025, 09:00 - 09:30` (with an en dash) in the user's language and locale."""
    return f"{format_day(start, zone)}, {format_clock(start, zone)} \u2013 {format_clock(end, zone)}"

"""Which dates and hours the calendar shows: the visible range, stepping, the title, the day's hours.

Plain functions over dates and domain entities (QLocale only for the title), tested without widgets.
The title's date patterns are translatable, so each language puts day, month and year in its own order.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.domain.entities import Appointment, Business
from app.domain.timezones import local_day_bounds, week_start
from app.ui.ui_settings import CalendarMode

DEFAULT_DAY_START = time(7)
DEFAULT_DAY_END = time(20)
WEEK_DAYS = 7


def first_shown_day(mode: CalendarMode, day: date) -> date:
    """The first column's date: the day itself, or the Monday of its week."""
    return day if mode == CalendarMode.DAY else week_start(day)


def visible_range(mode: CalendarMode, day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC half-open bounds of what the calendar shows around `day`."""
    first = first_shown_day(mode, day)
    last = first if mode == CalendarMode.DAY else first + timedelta(days=WEEK_DAYS - 1)
    return local_day_bounds(first, zone)[0], local_day_bounds(last, zone)[1]


def stepped(mode: CalendarMode, day: date, direction: int) -> date:
    """The date one page back (-1) or forward (+1): a day, or a week."""
    return day + timedelta(days=direction * (1 if mode == CalendarMode.DAY else WEEK_DAYS))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def title_for(mode: CalendarMode, day: date, locale: QLocale | None = None) -> str:
    """The date line: "Monday 23 November 2026", or a week as "23-29 November 2026" (with an en dash)."""
    locale = locale or QLocale()
    translate = QCoreApplication.translate
    if mode == CalendarMode.DAY:
        #: Qt date format of the day view's title (dddd: weekday name, MMMM: month name).
        return locale.toString(_qdate(day), translate("CalendarNavigation", "dddd d MMMM yyyy"))
    first = first_shown_day(mode, day)
    last = first + timedelta(days=WEEK_DAYS - 1)
    #: Qt date format of a full date in the week view's title, "23-29 November 2026".
    full = translate("CalendarNavigation", "d MMMM yyyy")
    end = locale.toString(_qdate(last), full)
    if first.year != last.year:
        start = locale.toString(_qdate(first), full)
    elif first.month != last.month:
        #: Qt date format of the week's first day when the week ends in another month.
        start = locale.toString(_qdate(first), translate("CalendarNavigation", "d MMMM"))
    else:
        #: Qt date format of the week's first day when the week ends in the same month.
        start = locale.toString(_qdate(first), translate("CalendarNavigation", "d"))
    return f"{start} \N{EN DASH} {end}"


def display_hours(
    business: Business | None,
    appointments: Iterable[Appointment],
    zone: ZoneInfo,
    days: Iterable[date],
) -> tuple[time, time]:
    """The rows to show: the business's opening hours (7:00-20:00 when unknown), widened to whole hours
    so every appointment shown on `days` fits.
    """
    hours = business.opening_hours if business is not None else ()
    if hours:
        first = min(period.opens.hour for period in hours)
        last = max(24 if period.closes == time(0) else _ceil_hour(period.closes) for period in hours)
        # A little room either side of opening hours for early and late bookings.
        first, last = max(0, first - 1), min(24, last + 1)
    else:
        first, last = DEFAULT_DAY_START.hour, DEFAULT_DAY_END.hour
    shown = set(days)
    # Each distinct (start, end) once: a week's appointments share a few dozen times between them.
    for starts_at, ends_at in {(a.starts_at, a.ends_at) for a in appointments}:
        start = starts_at.astimezone(zone)
        if start.date() not in shown:
            continue
        end = ends_at.astimezone(zone)
        first = min(first, start.hour)
        last = max(last, 24 if end.date() > start.date() else _ceil_hour(end.time()))
    return time(first), time(0) if last >= 24 else time(last)


def _ceil_hour(moment: time) -> int:
    return moment.hour + (1 if (moment.minute or moment.second) else 0)


def default_scroll_time(mode: CalendarMode, day: date, now: datetime, zone: ZoneInfo) -> time:
    """Where to scroll when a day is opened: the current time on today's page, else 8:00."""
    local_now = now.astimezone(zone)
    first = first_shown_day(mode, day)
    last = first + timedelta(days=0 if mode == CalendarMode.DAY else WEEK_DAYS - 1)
    if first <= local_now.date() <= last:
        return local_now.time().replace(second=0, microsecond=0)
    return time(8)

"""The words inside the domain's sentences, in the user's language and locale: numbers, durations,
wall-clock times and dates, time spans, and lists ("a, b and 2 more") of clashes, gaps and hours.

`app.ui.domain_text` puts them into whole sentences. Times are formatted with the user's locale
(`QLocale()`), day names with a translatable Qt date pattern, joins with translatable words.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QLocale, QTime

from app.domain.reasons import (
    AppointmentSlot,
    BufferGap,
    Listing,
    ListItem,
    LocalDay,
    LocalSpan,
    OpeningPeriod,
    PatientBooking,
)
from app.ui.domain_sentences import DomainText

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(template: str, **values: str) -> str:
    """`template` with each {name} replaced by its value in one pass (values are never re-read)."""
    return _PLACEHOLDER.sub(lambda match: values.get(match.group(1), match.group(0)), template)


def number_text(value: int) -> str:
    """A whole number with the locale's digit grouping."""
    return QLocale().toString(value)


def duration_text(span: timedelta) -> str:
    """`45 min`, `1 h`, `1 h 30 min` in the user's language (whole minutes, never negative)."""
    minutes = max(0, int(span.total_seconds() // 60))
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return fill(DomainText.tr("{hours} h {minutes} min"), hours=number_text(hours), minutes=str(rest))
    if hours:
        return fill(DomainText.tr("{hours} h"), hours=number_text(hours))
    return fill(DomainText.tr("{minutes} min"), minutes=str(rest))


def clock_text(moment: datetime | time) -> str:
    """A wall-clock time in the locale's short format (`09:30` or `9:30 AM`)."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day_text(day: date, *, with_year: bool) -> str:
    """A date with its short weekday, in the order and names of the user's language."""
    # Qt date patterns of a day named in a sentence (ddd: short weekday, MMM: short month name).
    pattern = DomainText.tr("ddd d MMM yyyy") if with_year else DomainText.tr("ddd d MMM")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def local_day_text(day: LocalDay) -> str:
    """A `LocalDay` in words (with the year when it is not the current one)."""
    return day_text(day.day, with_year=day.show_year)


def span_text(span: LocalSpan) -> str:
    """`09:00-09:30` (an en dash), or with its day in front when the day is worth naming."""
    hours = f"{clock_text(span.starts_at)}\u2013{clock_text(span.ends_at)}"
    if not span.show_day:
        return hours
    return fill(
        DomainText.tr("{day} {range}", "a date, then a time range"), day=local_day_text(span.day), range=hours
    )


def _slot(slot: AppointmentSlot) -> str:
    when = span_text(slot.span)
    if not slot.patient_name:
        return when
    return fill(DomainText.tr("{when} ({patient})"), when=when, patient=slot.patient_name)


def _booking(booking: PatientBooking) -> str:
    when = span_text(booking.span)
    if not booking.same_practitioner:
        return fill(DomainText.tr("{when} with another practitioner"), when=when)
    if booking.practitioner_name:
        template = DomainText.tr("{when} with {practitioner}")
        return fill(template, when=when, practitioner=booking.practitioner_name)
    return fill(DomainText.tr("{when} with the same practitioner"), when=when)


def _gap(gap: BufferGap) -> str:
    if gap.after_neighbour:
        template = DomainText.tr("{gap} after {appointment}", "too little time after an appointment")
    else:
        template = DomainText.tr("{gap} before {appointment}", "too little time before an appointment")
    return fill(template, gap=duration_text(gap.gap), appointment=_slot(gap.neighbour))


def _period(period: OpeningPeriod) -> str:
    # Closing at midnight reads 24:00, the end of the day ("08:00-00:00" would look like a mistake).
    closes = "24:00" if period.closes == time(0) else clock_text(period.closes)
    return f"{clock_text(period.opens)}\u2013{closes}"


def _item(item: ListItem) -> str:
    if isinstance(item, LocalSpan):
        return span_text(item)
    if isinstance(item, LocalDay):
        return local_day_text(item)
    if isinstance(item, AppointmentSlot):
        return _slot(item)
    if isinstance(item, PatientBooking):
        return _booking(item)
    if isinstance(item, BufferGap):
        return _gap(item)
    return _period(item)


def listing_text(listing: Listing) -> str:
    """`a`, `a and b`, `a, b and c`; past the listing's limit `a, b, c and 2 more`."""
    texts = [_item(item) for item in listing.shown]
    separator = DomainText.tr(", ", "between the items of a list")
    if listing.more:
        template = DomainText.tr("{items} and %n more", "", listing.more)
        return fill(template, items=separator.join(texts))
    if len(texts) <= 1:
        return "".join(texts)
    template = DomainText.tr("{items} and {last}", "the last item of a list")
    return fill(template, items=separator.join(texts[:-1]), last=texts[-1])


def on_weekdays_text(weekday: int) -> str:
    """`on Mondays` (0) to `on Sundays` (6)."""
    names = (
        DomainText.tr("on Mondays"),
        DomainText.tr("on Tuesdays"),
        DomainText.tr("on Wednesdays"),
        DomainText.tr("on Thursdays"),
        DomainText.tr("on Fridays"),
        DomainText.tr("on Saturdays"),
        DomainText.tr("on Sundays"),
    )
    return names[weekday % 7]

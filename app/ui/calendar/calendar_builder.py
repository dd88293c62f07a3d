"""Turn domain entities into `CalendarContent` for the Day and Week views.

Presentation only: which column an appointment goes in, what its box says, its colour and marks. The
telehealth mark follows the appointment type's `telehealth_enabled` as it is now (never a flag copied
onto the appointment). Telehealth links are never read here, so they cannot reach a tooltip.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QLocale

from app.domain.entities import (
    Appointment,
    AppointmentStatus,
    AppointmentType,
    Practitioner,
    UnavailableBlock,
    positional_constructor,
)
from app.ui.calendar.calendar_model import CalendarBlock, CalendarColumn, CalendarContent, CalendarEntry
from app.ui.translation_context import TrContext

_UNKNOWN_TYPE_COLOR = "#7f8c8d"


class CalendarBuilder(TrContext):
    """The translation context of the calendar's texts (entries, tooltips, column subtitles)."""


def _status_text(status: AppointmentStatus) -> str:
    return {
        AppointmentStatus.BOOKED: CalendarBuilder.tr("Booked"),
        AppointmentStatus.ARRIVED: CalendarBuilder.tr("Arrived"),
        AppointmentStatus.DID_NOT_ARRIVE: CalendarBuilder.tr("Did not arrive"),
        AppointmentStatus.CANCELLED: CalendarBuilder.tr("Cancelled"),
    }[status]


class EntryTexts:
    """Texts many entries share, worked out once per build.

    A week of a busy clinic repeats a few dozen clock times, durations and four statuses; formatting
    and translating them again for each of its thousand entries was most of the time a build took.
    """

    def __init__(self, zone: ZoneInfo) -> None:
        self.zone = zone
        self._locale = QLocale()
        self._clocks: dict[datetime, str] = {}
        self._durations: dict[int, str] = {}
        self._statuses: dict[AppointmentStatus, str] = {}
        self._spans: dict[tuple[datetime, datetime], str] = {}
        self._days: dict[datetime, str] = {}

    def clock(self, moment: datetime) -> str:
        """The wall-clock time of `moment` in the zone, in the locale's short format."""
        text = self._clocks.get(moment)
        if text is None:
            local = moment.astimezone(self.zone)
            text = self._clocks[moment] = self._locale.toString(local.time(), QLocale.FormatType.ShortFormat)
        return text

    def span(self, starts_at: datetime, ends_at: datetime) -> str:
        """The tooltip's time line, e.g. "9:00 AM - 9:30 AM (30 min)" with an en dash.

        Most of a week's entries share theirs with others: the same times in other columns.
        """
        key = (starts_at, ends_at)
        text = self._spans.get(key)
        if text is None:
            minutes = int((ends_at - starts_at).total_seconds() // 60)
            text = self._spans[key] = (
                f"{self.clock(starts_at)} \N{EN DASH} {self.clock(ends_at)} " + self.duration(minutes)
            )
        return text

    def day_key(self, moment: datetime) -> str:
        """The ISO date of `moment` in the zone: the Week view's column key."""
        key = self._days.get(moment)
        if key is None:
            key = self._days[moment] = moment.astimezone(self.zone).date().isoformat()
        return key

    def duration(self, minutes: int) -> str:
        """The duration as the tooltip says it, e.g. "(30 min)"."""
        text = self._durations.get(minutes)
        if text is None:
            text = self._durations[minutes] = CalendarBuilder.tr("(%n min)", "", minutes)
        return text

    def status(self, status: AppointmentStatus) -> str:
        """The status as the tooltip says it."""
        text = self._statuses.get(status)
        if text is None:
            text = self._statuses[status] = _status_text(status)
        return text

    @cached_property
    def telehealth(self) -> str:
        """The tooltip line of a telehealth appointment."""
        return CalendarBuilder.tr("Telehealth")

    @cached_property
    def not_sent(self) -> str:
        """The tooltip line of an appointment waiting in the outbox."""
        return CalendarBuilder.tr("Not yet sent to the server")


# Thousands per week shown: built positionally, without the frozen dataclass's per-field setattr.
_new_entry = positional_constructor(CalendarEntry)
# Enum members and values looked up once (each access of either runs a descriptor in Python 3.11).
_CANCELLED = AppointmentStatus.CANCELLED
_STATUS_VALUES = {status: status.value for status in AppointmentStatus}


def calendar_entry(
    appointment: Appointment,
    column_key: str,
    types: Mapping[str, AppointmentType],
    zone: ZoneInfo,
    pending_ids: Collection[str] = frozenset(),
    *,
    texts: EntryTexts | None = None,
) -> CalendarEntry:
    """How one appointment is drawn in column `column_key` (`texts`: shared by one build's entries)."""
    texts = texts if texts is not None and texts.zone == zone else EntryTexts(zone)
    kind = types.get(appointment.appointment_type_id)
    type_name = kind.name if kind is not None else CalendarBuilder.tr("Unknown type")
    if appointment.is_group:
        title = CalendarBuilder.tr("Group of %n", "", appointment.attendee_count)
    else:
        title = appointment.patient_name or CalendarBuilder.tr("No patient")
    status = appointment.status
    telehealth = bool(kind is not None and kind.telehealth_enabled)
    pending = appointment.id in pending_ids
    lines = [title, type_name, texts.span(appointment.starts_at, appointment.ends_at), texts.status(status)]
    if telehealth:
        lines.append(texts.telehealth)
    if pending:
        lines.append(texts.not_sent)
    return _new_entry(
        appointment.id,  # appointment_id
        column_key,
        appointment.starts_at,
        appointment.ends_at,
        title,
        type_name,  # subtitle
        kind.color if kind is not None else _UNKNOWN_TYPE_COLOR,
        _STATUS_VALUES[status],
        telehealth,
        pending,  # pending_sync
        "\n".join(lines),  # tooltip
        status is not _CANCELLED,  # movable
    )


def _shown(appointments: Iterable[Appointment]) -> list[Appointment]:
    return [appointment for appointment in appointments if not appointment.is_deleted]


def _block(block: UnavailableBlock, column_key: str) -> CalendarBlock:
    label = (block.notes or "").strip() or CalendarBuilder.tr("Unavailable")
    return CalendarBlock(column_key, block.starts_at, block.ends_at, label)


def build_day_content(
    *,
    day: date,
    zone: ZoneInfo,
    practitioners: Sequence[Practitioner],
    appointments: Iterable[Appointment],
    types: Mapping[str, AppointmentType],
    blocks: Iterable[UnavailableBlock] = (),
    pending_ids: Collection[str] = frozenset(),
    day_start: time = time(7),
    day_end: time = time(20),
) -> CalendarContent:
    """The Day view: one column per practitioner (in the order given), keyed by practitioner id."""
    keys = {practitioner.id for practitioner in practitioners}
    shown = [a for a in _shown(appointments) if a.practitioner_id in keys]
    counts = {key: 0 for key in keys}
    for appointment in shown:
        if appointment.status != AppointmentStatus.CANCELLED:
            counts[appointment.practitioner_id] += 1
    columns = tuple(
        CalendarColumn(
            key=p.id,
            title=p.display_name,
            day=day,
            practitioner_id=p.id,
            subtitle=CalendarBuilder.tr("%n booked", "", counts[p.id]),
        )
        for p in practitioners
    )
    texts = EntryTexts(zone)
    entries = tuple(
        calendar_entry(a, a.practitioner_id, types, zone, pending_ids, texts=texts) for a in shown
    )
    shaded = tuple(_block(b, b.practitioner_id) for b in blocks if b.practitioner_id in keys)
    return CalendarContent(columns, entries, shaded, zone, day_start, day_end)


def build_week_content(
    *,
    first_day: date,
    zone: ZoneInfo,
    practitioners: Sequence[Practitioner],
    appointments: Iterable[Appointment],
    types: Mapping[str, AppointmentType],
    blocks: Iterable[UnavailableBlock] = (),
    pending_ids: Collection[str] = frozenset(),
    days: int = 7,
    day_start: time = time(7),
    day_end: time = time(20),
) -> CalendarContent:
    """The Week view: one column per day (keyed by ISO date) holding the given practitioners' appointments.

    With one practitioner the columns carry that practitioner's id and unavailable blocks are shaded.
    With several, overlapping appointments sit side by side, columns carry no practitioner (a move
    keeps the appointment's own), and blocks are not shaded: one person's absence would grey out
    everybody's day.
    """
    keys = {practitioner.id for practitioner in practitioners}
    single = practitioners[0].id if len(practitioners) == 1 else None
    locale = QLocale()
    #: Qt date format of a week column's title, "Mon 23" (ddd: short weekday name).
    title_format = CalendarBuilder.tr("ddd d")
    dates = [first_day + timedelta(days=n) for n in range(days)]
    columns = tuple(
        CalendarColumn(
            key=d.isoformat(),
            title=locale.toString(QDate(d.year, d.month, d.day), title_format),
            day=d,
            practitioner_id=single,
            subtitle=locale.toString(QDate(d.year, d.month, d.day), "MMMM"),
        )
        for d in dates
    )
    wanted = {d.isoformat() for d in dates}
    entries = []
    texts = EntryTexts(zone)
    for appointment in _shown(appointments):
        if appointment.practitioner_id not in keys:
            continue
        key = texts.day_key(appointment.starts_at)
        if key in wanted:
            entries.append(calendar_entry(appointment, key, types, zone, pending_ids, texts=texts))
    shaded: list[CalendarBlock] = []
    if single is not None:
        for block in blocks:
            if block.practitioner_id != single:
                continue
            # A block spanning several days is shaded in each day's column.
            for d in dates:
                shaded.append(_block(block, d.isoformat()))
    return CalendarContent(columns, tuple(entries), tuple(shaded), zone, day_start, day_end)

"""One function per warning category of product.md (categories 1-7 and 9; 8 is in `conflicts`).

Each rule reads a `RuleInput` and returns its warnings (usually none or one). Intervals are half-open:
touching appointments never clash. Cancelled and deleted appointments never clash (the index leaves
them out), and neither does any appointment the proposal excludes (the one being edited).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.conflict_types import BookingProposal, ConflictWarning, ScheduleContext, WarningCategory
from app.domain.entities import Appointment, AppointmentType, Business, Practitioner
from app.domain.formatting import (
    WEEKDAY_PLURALS,
    format_clock,
    format_day,
    format_duration,
    format_range,
    join_words,
)
from app.domain.opening_hours import periods_on, within_opening_hours
from app.domain.schedule_index import ScheduleIndex

CLASHES_NAMED_IN_FULL = 3


@dataclass(frozen=True, slots=True)
class Wording:
    """How times read in messages: the business's zone, with the day shown when it helps."""

    zone: ZoneInfo
    proposal_day: date
    current_year: int
    # A repeating booking's warnings always name the day: the same time recurs on many dates.
    always_show_day: bool = False

    def day(self, day: date) -> str:
        """`Mon 5 Jan`, with the year when it is not the current one."""
        return format_day(day, with_year=day.year != self.current_year)

    def when(self, start: datetime, end: datetime) -> str:
        """`09:00-09:30`, or `Mon 5 Jan 09:00-09:30` when the day is not the proposal's own."""
        local_day = start.astimezone(self.zone).date()
        if self.always_show_day or local_day != self.proposal_day:
            return f"{self.day(local_day)} {format_range(start, end, self.zone)}"
        return format_range(start, end, self.zone)


@dataclass(frozen=True, slots=True)
class RuleInput:
    """A proposal with everything the rules may consult, already matched to it."""

    proposal: BookingProposal
    context: ScheduleContext
    index: ScheduleIndex
    wording: Wording
    practitioner: Practitioner | None
    appointment_type: AppointmentType | None
    business: Business | None

    @property
    def practitioner_name(self) -> str:
        """The practitioner's name, or a neutral phrase when they are not known."""
        if self.practitioner is not None and self.practitioner.display_name:
            return self.practitioner.display_name
        return "The practitioner"

    def not_excluded(self, appointments: Iterable[Appointment]) -> list[Appointment]:
        """`appointments` without those the proposal excludes, once per id, by start then id."""
        excluded = self.proposal.excluded_ids
        kept = {a.id: a for a in appointments if a.id not in excluded}
        return sorted(kept.values(), key=lambda a: (a.starts_at, a.id))


def _ids(appointments: Iterable[Appointment]) -> tuple[str, ...]:
    return tuple(sorted({a.id for a in appointments}))


def _with_patient(appointment: Appointment, text: str) -> str:
    name = appointment.patient_name.strip()
    return f"{text} ({name})" if name else text


def _listed(phrases: list[str]) -> str:
    return join_words(phrases, limit=CLASHES_NAMED_IN_FULL)


def practitioner_double_booked(rule: RuleInput) -> list[ConflictWarning]:
    """1. The practitioner already has an appointment overlapping the proposal."""
    p = rule.proposal
    clashes = rule.not_excluded(
        rule.index.practitioner_appointments(p.practitioner_id, p.starts_at, p.ends_at)
    )
    if not clashes:
        return []
    phrases = [_with_patient(a, rule.wording.when(a.starts_at, a.ends_at)) for a in clashes]
    message = f"{rule.practitioner_name} is already booked {_listed(phrases)}."
    return [ConflictWarning(WarningCategory.PRACTITIONER_DOUBLE_BOOKED, message, _ids(clashes))]


def practitioner_unavailable(rule: RuleInput) -> list[ConflictWarning]:
    """2. The proposal overlaps an unavailable block, or lies outside known business hours."""
    p = rule.proposal
    warnings: list[ConflictWarning] = []
    found = rule.index.practitioner_blocks(p.practitioner_id, p.starts_at, p.ends_at)
    blocks = sorted(
        {b.id: b for b in found}.values(),
        key=lambda b: (b.starts_at, b.id),
    )
    if blocks:
        ranges = _listed([rule.wording.when(b.starts_at, b.ends_at) for b in blocks])
        warnings.append(
            ConflictWarning(
                WarningCategory.PRACTITIONER_UNAVAILABLE,
                f"{rule.practitioner_name} is unavailable {ranges}.",
                block_ids=tuple(sorted({b.id for b in blocks})),
            )
        )
    business = rule.business
    if business is not None and business.opening_hours:
        zone = rule.wording.zone
        if not within_opening_hours(p.starts_at, p.ends_at, business.opening_hours, zone):
            warnings.append(
                ConflictWarning(
                    WarningCategory.PRACTITIONER_UNAVAILABLE, _outside_hours_message(rule, business)
                )
            )
    return warnings


def _outside_hours_message(rule: RuleInput, business: Business) -> str:
    p = rule.proposal
    zone = rule.wording.zone
    name = business.name.strip() or "The business"
    weekday = p.starts_at.astimezone(zone).weekday()
    periods = periods_on(business.opening_hours, weekday)
    if not periods:
        return f"{name} is closed on {WEEKDAY_PLURALS[weekday]}."
    booking = rule.wording.when(p.starts_at, p.ends_at)
    # A period closing at midnight reads "24:00": "08:00-00:00" would look like a mistake.
    spans = [f"{q.opens:%H:%M}-{'24:00' if q.closes == time(0) else f'{q.closes:%H:%M}'}" for q in periods]
    hours = join_words(spans, limit=len(spans))
    return (
        f"This booking ({booking}) is outside {name}'s opening hours ({hours} on {WEEKDAY_PLURALS[weekday]})."
    )


def patient_double_booked(rule: RuleInput) -> list[ConflictWarning]:
    """3. The patient already has an appointment (with anyone) overlapping the proposal."""
    p = rule.proposal
    if not p.patient_id:
        return []
    clashes = rule.not_excluded(rule.index.patient_appointments(p.patient_id, p.starts_at, p.ends_at))
    if not clashes:
        return []
    phrases = []
    for a in clashes:
        with_whom = (
            rule.practitioner_name if a.practitioner_id == p.practitioner_id else "another practitioner"
        )
        phrases.append(f"{rule.wording.when(a.starts_at, a.ends_at)} with {with_whom}")
    patient = next((a.patient_name.strip() for a in clashes if a.patient_name.strip()), "The patient")
    message = f"{patient} is already booked {_listed(phrases)}."
    return [ConflictWarning(WarningCategory.PATIENT_DOUBLE_BOOKED, message, _ids(clashes))]


def buffer_too_short(rule: RuleInput) -> list[ConflictWarning]:
    """4. Less than the buffer between the proposal and a neighbouring appointment (touching included)."""
    p = rule.proposal
    buffer = rule.context.buffer
    if buffer <= timedelta(0):
        return []
    near = rule.not_excluded(
        rule.index.practitioner_appointments(p.practitioner_id, p.starts_at - buffer, p.ends_at + buffer)
    )
    tight: list[tuple[Appointment, str]] = []
    for a in near:
        if a.ends_at <= p.starts_at:
            gap, side = p.starts_at - a.ends_at, "after"
        elif a.starts_at >= p.ends_at:
            gap, side = a.starts_at - p.ends_at, "before"
        else:
            continue  # an overlap, which is category 1's to report
        if gap < buffer:
            when = _with_patient(a, rule.wording.when(a.starts_at, a.ends_at))
            tight.append((a, f"{format_duration(gap)} {side} {when}"))
    if not tight:
        return []
    message = (
        f"{rule.practitioner_name} needs {format_duration(buffer)} between appointments; "
        f"this booking leaves {_listed([phrase for _, phrase in tight])}."
    )
    return [ConflictWarning(WarningCategory.BUFFER_TOO_SHORT, message, _ids(a for a, _ in tight))]


def group_over_capacity(rule: RuleInput) -> list[ConflictWarning]:
    """5. A group appointment with more attendees than its type's `max_attendees`."""
    kind = rule.appointment_type
    attendees = rule.proposal.attendee_count
    if kind is None or not kind.is_group or attendees <= kind.max_attendees:
        return []
    message = f"{kind.name} takes at most {kind.max_attendees} attendees; this booking has {attendees}."
    return [ConflictWarning(WarningCategory.GROUP_OVER_CAPACITY, message)]


def type_not_offered(rule: RuleInput) -> list[ConflictWarning]:
    """6. The practitioner does not offer this appointment type (only when their types are known)."""
    type_id = rule.proposal.appointment_type_id
    practitioner = rule.practitioner
    if practitioner is None or practitioner.appointment_type_ids is None or not type_id:
        return []
    if type_id in practitioner.appointment_type_ids:
        return []
    type_name = rule.appointment_type.name if rule.appointment_type is not None else "this appointment type"
    message = f"{rule.practitioner_name} does not offer {type_name}."
    return [ConflictWarning(WarningCategory.TYPE_NOT_OFFERED, message)]


def start_in_past(rule: RuleInput) -> list[ConflictWarning]:
    """7. The proposal starts before now."""
    p = rule.proposal
    if p.starts_at >= rule.context.now:
        return []
    local_start = p.starts_at.astimezone(rule.wording.zone)
    when = f"{rule.wording.day(local_start.date())} {format_clock(p.starts_at, rule.wording.zone)}"
    return [ConflictWarning(WarningCategory.START_IN_PAST, f"This booking starts in the past ({when}).")]


def stale_cache(rule: RuleInput) -> list[ConflictWarning]:
    """9. The cache may be out of date, so other desks' recent bookings are unknown."""
    context = rule.context
    if not context.cache_is_stale and context.stale_since is None:
        return []
    if context.stale_since is None:
        message = "Working offline and not yet synced: bookings made at other desks are unknown."
    else:
        zone = rule.wording.zone
        synced = context.stale_since
        when = f"{format_clock(synced, zone)} on {rule.wording.day(synced.astimezone(zone).date())}"
        message = (
            f"Working offline, last synced at {when}: bookings made at other desks since then are unknown."
        )
    return [ConflictWarning(WarningCategory.STALE_CACHE, message)]


# In category order: the panel lists warnings in this order.
RULES: tuple[Callable[[RuleInput], list[ConflictWarning]], ...] = (
    practitioner_double_booked,
    practitioner_unavailable,
    patient_double_booked,
    buffer_too_short,
    group_over_capacity,
    type_not_offered,
    start_in_past,
    stale_cache,
)

"""One function per warning category of product.md (categories 1-7 and 9; 8 is in `conflicts`).

Each rule reads a `RuleInput` and returns its warnings (usually none or one), each saying what it found
as a `Reason` (a code with the facts: names, wall-clock spans, gaps), never as finished English; see
`app.domain.reasons` for why and `app.domain.reason_english` for the CLI's wording. Intervals are half-open:
touching appointments never clash. Cancelled and deleted appointments never clash (the index leaves
them out), and neither does any appointment the proposal excludes (the one being edited).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.conflict_types import BookingProposal, ConflictWarning, ScheduleContext, WarningCategory
from app.domain.entities import Appointment, AppointmentType, Business, Practitioner
from app.domain.opening_hours import periods_on, within_opening_hours
from app.domain.reasons import (
    AppointmentSlot,
    BufferGap,
    Listing,
    ListItem,
    LocalDay,
    LocalMoment,
    LocalSpan,
    OpeningPeriod,
    PatientBooking,
    Reason,
    ReasonCode,
)
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

    def day(self, day: date) -> LocalDay:
        """A local date, with the year when it is not the current one."""
        return LocalDay(day, show_year=day.year != self.current_year)

    def moment(self, moment: datetime, *, show_day: bool = True) -> LocalMoment:
        """An instant on the business's wall clock, the year named when it is not the current one."""
        local = moment.astimezone(self.zone)
        return LocalMoment(local, show_day=show_day, show_year=local.year != self.current_year)

    def when(self, start: datetime, end: datetime) -> LocalSpan:
        """A span on the wall clock; its day is named when it is not the proposal's own."""
        local_start = start.astimezone(self.zone)
        show_day = self.always_show_day or local_start.date() != self.proposal_day
        return LocalSpan(
            local_start,
            end.astimezone(self.zone),
            show_day=show_day,
            show_year=show_day and local_start.year != self.current_year,
        )


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
    def practitioner_name(self) -> str | None:
        """The practitioner's name, or None when they are not known (the renderer words that)."""
        if self.practitioner is not None and self.practitioner.display_name:
            return self.practitioner.display_name
        return None

    def not_excluded(self, appointments: Iterable[Appointment]) -> list[Appointment]:
        """`appointments` without those the proposal excludes, once per id, by start then id."""
        excluded = self.proposal.excluded_ids
        kept = {a.id: a for a in appointments if a.id not in excluded}
        return sorted(kept.values(), key=lambda a: (a.starts_at, a.id))


def _ids(appointments: Iterable[Appointment]) -> tuple[str, ...]:
    return tuple(sorted({a.id for a in appointments}))


def _slot(rule: RuleInput, appointment: Appointment) -> AppointmentSlot:
    span = rule.wording.when(appointment.starts_at, appointment.ends_at)
    return AppointmentSlot(span, appointment.patient_name.strip())


def _listed(items: list[ListItem]) -> Listing:
    return Listing(tuple(items), CLASHES_NAMED_IN_FULL)


def practitioner_double_booked(rule: RuleInput) -> list[ConflictWarning]:
    """1. The practitioner already has an appointment overlapping the proposal."""
    p = rule.proposal
    clashes = rule.not_excluded(
        rule.index.practitioner_appointments(p.practitioner_id, p.starts_at, p.ends_at)
    )
    if not clashes:
        return []
    reason = Reason.of(
        ReasonCode.PRACTITIONER_DOUBLE_BOOKED,
        practitioner=rule.practitioner_name,
        clashes=_listed([_slot(rule, a) for a in clashes]),
    )
    return [ConflictWarning(WarningCategory.PRACTITIONER_DOUBLE_BOOKED, reason, _ids(clashes))]


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
        reason = Reason.of(
            ReasonCode.PRACTITIONER_UNAVAILABLE,
            practitioner=rule.practitioner_name,
            spans=_listed([rule.wording.when(b.starts_at, b.ends_at) for b in blocks]),
        )
        warnings.append(
            ConflictWarning(
                WarningCategory.PRACTITIONER_UNAVAILABLE,
                reason,
                block_ids=tuple(sorted({b.id for b in blocks})),
            )
        )
    business = rule.business
    if business is not None and business.opening_hours:
        zone = rule.wording.zone
        if not within_opening_hours(p.starts_at, p.ends_at, business.opening_hours, zone):
            warnings.append(
                ConflictWarning(WarningCategory.PRACTITIONER_UNAVAILABLE, _outside_hours(rule, business))
            )
    return warnings


def _outside_hours(rule: RuleInput, business: Business) -> Reason:
    p = rule.proposal
    weekday = p.starts_at.astimezone(rule.wording.zone).weekday()
    periods = periods_on(business.opening_hours, weekday)
    if not periods:
        return Reason.of(ReasonCode.BUSINESS_CLOSED, business=business.name, weekday=weekday)
    hours: list[ListItem] = [OpeningPeriod(q.opens, q.closes) for q in periods]
    return Reason.of(
        ReasonCode.OUTSIDE_OPENING_HOURS,
        business=business.name,
        booking=rule.wording.when(p.starts_at, p.ends_at),
        hours=Listing(tuple(hours), len(hours)),
        weekday=weekday,
    )


def patient_double_booked(rule: RuleInput) -> list[ConflictWarning]:
    """3. The patient already has an appointment (with anyone) overlapping the proposal."""
    p = rule.proposal
    if not p.patient_id:
        return []
    clashes = rule.not_excluded(rule.index.patient_appointments(p.patient_id, p.starts_at, p.ends_at))
    if not clashes:
        return []
    bookings: list[ListItem] = []
    for a in clashes:
        same = a.practitioner_id == p.practitioner_id
        bookings.append(
            PatientBooking(
                rule.wording.when(a.starts_at, a.ends_at),
                same_practitioner=same,
                practitioner_name=rule.practitioner_name if same else None,
            )
        )
    patient = next((a.patient_name.strip() for a in clashes if a.patient_name.strip()), None)
    reason = Reason.of(ReasonCode.PATIENT_DOUBLE_BOOKED, patient=patient, bookings=_listed(bookings))
    return [ConflictWarning(WarningCategory.PATIENT_DOUBLE_BOOKED, reason, _ids(clashes))]


def buffer_too_short(rule: RuleInput) -> list[ConflictWarning]:
    """4. Less than the buffer between the proposal and a neighbouring appointment (touching included)."""
    p = rule.proposal
    buffer = rule.context.buffer
    if buffer <= timedelta(0):
        return []
    near = rule.not_excluded(
        rule.index.practitioner_appointments(p.practitioner_id, p.starts_at - buffer, p.ends_at + buffer)
    )
    tight: list[tuple[Appointment, BufferGap]] = []
    for a in near:
        if a.ends_at <= p.starts_at:
            gap, after = p.starts_at - a.ends_at, True
        elif a.starts_at >= p.ends_at:
            gap, after = a.starts_at - p.ends_at, False
        else:
            continue  # an overlap, which is category 1's to report
        if gap < buffer:
            tight.append((a, BufferGap(gap, after_neighbour=after, neighbour=_slot(rule, a))))
    if not tight:
        return []
    reason = Reason.of(
        ReasonCode.BUFFER_TOO_SHORT,
        practitioner=rule.practitioner_name,
        buffer=buffer,
        gaps=_listed([gap for _, gap in tight]),
    )
    return [ConflictWarning(WarningCategory.BUFFER_TOO_SHORT, reason, _ids(a for a, _ in tight))]


def group_over_capacity(rule: RuleInput) -> list[ConflictWarning]:
    """5. A group appointment with more attendees than its type's `max_attendees`."""
    kind = rule.appointment_type
    attendees = rule.proposal.attendee_count
    if kind is None or not kind.is_group or attendees <= kind.max_attendees:
        return []
    reason = Reason.of(
        ReasonCode.GROUP_OVER_CAPACITY,
        type_name=kind.name,
        max_attendees=kind.max_attendees,
        attendees=attendees,
    )
    return [ConflictWarning(WarningCategory.GROUP_OVER_CAPACITY, reason)]


def type_not_offered(rule: RuleInput) -> list[ConflictWarning]:
    """6. The practitioner does not offer this appointment type (only when their types are known)."""
    type_id = rule.proposal.appointment_type_id
    practitioner = rule.practitioner
    if practitioner is None or practitioner.appointment_type_ids is None or not type_id:
        return []
    if type_id in practitioner.appointment_type_ids:
        return []
    type_name = rule.appointment_type.name if rule.appointment_type is not None else None
    reason = Reason.of(ReasonCode.TYPE_NOT_OFFERED, practitioner=rule.practitioner_name, type_name=type_name)
    return [ConflictWarning(WarningCategory.TYPE_NOT_OFFERED, reason)]


def start_in_past(rule: RuleInput) -> list[ConflictWarning]:
    """7. The proposal starts before now."""
    p = rule.proposal
    if p.starts_at >= rule.context.now:
        return []
    reason = Reason.of(ReasonCode.START_IN_PAST, starts_at=rule.wording.moment(p.starts_at))
    return [ConflictWarning(WarningCategory.START_IN_PAST, reason)]


def stale_cache(rule: RuleInput) -> list[ConflictWarning]:
    """9. The cache may be out of date, so other desks' recent bookings are unknown."""
    context = rule.context
    if not context.cache_is_stale and context.stale_since is None:
        return []
    if context.stale_since is None:
        reason = Reason.of(ReasonCode.CACHE_NEVER_SYNCED)
    else:
        reason = Reason.of(ReasonCode.CACHE_STALE_SINCE, synced_at=rule.wording.moment(context.stale_since))
    return [ConflictWarning(WarningCategory.STALE_CACHE, reason)]


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

"""Conflict warnings for a booking being edited (product.md, "Conflict warnings").

Warnings never block a booking; invalid input does (see `booking_validation`).
All intervals are half-open: [starts_at, ends_at). Touching appointments never conflict.

`detect_conflicts` checks one booking (categories 1-7 and 9); `detect_series_conflicts` checks every
instance of a repeating booking and adds category 8, naming the dates that clash. Both index the
context's appointments once (sorted starts + bisect), so a context of thousands of rows stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from app.domain.conflict_rules import RULES, RuleInput, Wording
from app.domain.conflict_types import (
    SCHEDULE_CLASH_CATEGORIES,
    BookingProposal,
    ConflictWarning,
    ScheduleContext,
    WarningCategory,
)
from app.domain.entities import Business
from app.domain.errors import DomainError, require_aware
from app.domain.reasons import Listing, ListItem, Reason, ReasonCode
from app.domain.schedule_index import ScheduleIndex
from app.domain.timezones import UTC, business_zone

__all__ = [
    "SCHEDULE_CLASH_CATEGORIES",
    "BookingProposal",
    "ConflictWarning",
    "ScheduleContext",
    "WarningCategory",
    "detect_conflicts",
    "detect_series_conflicts",
]


def detect_conflicts(proposal: BookingProposal, context: ScheduleContext) -> list[ConflictWarning]:
    """The warnings one booking would get, in category order."""
    _check_times(context, [proposal])
    index = _build_index(context, [proposal])
    return _detect_one(proposal, context, index, always_show_day=False)


def detect_series_conflicts(
    proposals: Sequence[BookingProposal], context: ScheduleContext
) -> list[ConflictWarning]:
    """Warnings for every instance of a repeating booking, deduplicated, led by a category-8 summary.

    The summary ("3 of 10 repeats clash: Mon 5 Jan, ...") appears when any instance clashes with the
    schedule (categories 1-4); it names the clashing local dates and gathers the ids involved.
    Instance warnings follow in category order, then instance order; identical ones appear once.
    """
    if not proposals:
        return []
    _check_times(context, proposals)
    index = _build_index(context, proposals)
    zone = _zone(context, proposals[0])
    per_instance = [_detect_one(p, context, index, always_show_day=True) for p in proposals]

    clashing_days: list[ListItem] = []
    clash_ids: set[str] = set()
    clash_block_ids: set[str] = set()
    current_year = context.now.astimezone(zone).year
    for proposal, warnings in zip(proposals, per_instance, strict=True):
        clashes = [w for w in warnings if w.category in SCHEDULE_CLASH_CATEGORIES]
        if not clashes:
            continue
        local_day = proposal.starts_at.astimezone(zone).date()
        wording = Wording(zone, local_day, current_year, always_show_day=True)
        clashing_days.append(wording.day(local_day))
        for warning in clashes:
            clash_ids.update(warning.appointment_ids)
            clash_block_ids.update(warning.block_ids)

    seen: set[ConflictWarning] = set()
    unique: list[ConflictWarning] = []
    for warning in sorted(
        (w for warnings in per_instance for w in warnings), key=lambda w: _CATEGORY_ORDER[w.category]
    ):
        if warning not in seen:
            seen.add(warning)
            unique.append(warning)
    if not clashing_days:
        return unique
    total = len(proposals)
    summary = ConflictWarning(
        WarningCategory.REPEAT_INSTANCES_CONFLICT,
        Reason.of(ReasonCode.REPEATS_CLASH, days=Listing(tuple(clashing_days), total), total=total),
        tuple(sorted(clash_ids)),
        tuple(sorted(clash_block_ids)),
    )
    return [summary, *unique]


_CATEGORY_ORDER = {category: position for position, category in enumerate(WarningCategory)}


def _check_times(context: ScheduleContext, proposals: Sequence[BookingProposal]) -> None:
    require_aware(context.now, "now")
    if context.stale_since is not None:
        require_aware(context.stale_since, "stale_since")
    for proposal in proposals:
        require_aware(proposal.starts_at, "starts_at")
        require_aware(proposal.ends_at, "ends_at")
        if proposal.ends_at < proposal.starts_at:
            raise DomainError("A booking cannot end before it starts; validate it before checking conflicts.")


def _build_index(context: ScheduleContext, proposals: Sequence[BookingProposal]) -> ScheduleIndex:
    return ScheduleIndex(
        context.appointments,
        context.unavailable_blocks,
        practitioner_ids={p.practitioner_id for p in proposals},
        patient_ids={p.patient_id for p in proposals if p.patient_id},
    )


def _zone(context: ScheduleContext, proposal: BookingProposal) -> ZoneInfo:
    """The business's zone for messages; UTC when the business is not known."""
    business = _matching_business(context, proposal)
    return business_zone(business.time_zone_identifier) if business is not None else UTC


def _matching_business(context: ScheduleContext, proposal: BookingProposal) -> Business | None:
    business = context.business
    if business is None or (proposal.business_id and proposal.business_id != business.id):
        return None
    return business


def _detect_one(
    proposal: BookingProposal, context: ScheduleContext, index: ScheduleIndex, *, always_show_day: bool
) -> list[ConflictWarning]:
    business = _matching_business(context, proposal)
    zone = _zone(context, proposal)
    practitioner = context.practitioner
    if practitioner is not None and practitioner.id != proposal.practitioner_id:
        practitioner = None
    kind = context.appointment_type
    if kind is not None and proposal.appointment_type_id and kind.id != proposal.appointment_type_id:
        kind = None
    wording = Wording(
        zone=zone,
        proposal_day=proposal.starts_at.astimezone(zone).date(),
        current_year=context.now.astimezone(zone).year,
        always_show_day=always_show_day,
    )
    rule_input = RuleInput(proposal, context, index, wording, practitioner, kind, business)
    return [warning for rule in RULES for warning in rule(rule_input)]

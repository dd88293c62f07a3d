"""Conflict warnings for a booking being edited (product.md, "Conflict warnings").

Warnings never block a booking; invalid input does (see `booking_validation`).
All intervals are half-open: [starts_at, ends_at). Touching appointments never conflict.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.entities import Appointment, AppointmentType, Business, Practitioner, UnavailableBlock


class WarningCategory(StrEnum):
    PRACTITIONER_DOUBLE_BOOKED = "practitioner_double_booked"
    PRACTITIONER_UNAVAILABLE = "practitioner_unavailable"
    PATIENT_DOUBLE_BOOKED = "patient_double_booked"
    BUFFER_TOO_SHORT = "buffer_too_short"
    GROUP_OVER_CAPACITY = "group_over_capacity"
    TYPE_NOT_OFFERED = "type_not_offered"
    START_IN_PAST = "start_in_past"
    REPEAT_INSTANCES_CONFLICT = "repeat_instances_conflict"
    STALE_CACHE = "stale_cache"


@dataclass(frozen=True, slots=True)
class ConflictWarning:
    category: WarningCategory
    message: str
    appointment_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class BookingProposal:
    """The booking as it stands in the dialog (or one instance of a repeating booking)."""

    practitioner_id: str
    starts_at: datetime
    ends_at: datetime
    patient_id: str | None = None
    appointment_type_id: str | None = None
    business_id: str | None = None
    # The appointment being edited, excluded from every comparison (and its series siblings are not).
    exclude_appointment_id: str | None = None
    attendee_count: int = 1


@dataclass(frozen=True, slots=True)
class ScheduleContext:
    """What the detector may look at. The caller fetches it (indexed queries) around the proposal.

    `appointments` must hold at least every appointment of the proposal's practitioner and patient
    that overlaps the proposal widened by `buffer` on both sides; extra rows are harmless.
    """

    now: datetime
    appointments: Sequence[Appointment] = ()
    unavailable_blocks: Sequence[UnavailableBlock] = ()
    appointment_type: AppointmentType | None = None
    practitioner: Practitioner | None = None
    business: Business | None = None
    buffer: timedelta = timedelta(0)
    # None means the cache is fresh (online and synced); otherwise when it was last synced.
    stale_since: datetime | None = None
    cache_is_stale: bool = False

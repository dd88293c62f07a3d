"""The vocabulary of conflict warnings: categories, warnings, the proposal and what it is checked against.

Re-exported by `app.domain.conflicts`, which is where callers import them from.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.domain.entities import Appointment, AppointmentType, Business, Practitioner, UnavailableBlock
from app.domain.reason_english import english
from app.domain.reasons import Reason


class WarningCategory(StrEnum):
    """The nine warnings of product.md, in the order the panel lists them."""

    PRACTITIONER_DOUBLE_BOOKED = "practitioner_double_booked"
    PRACTITIONER_UNAVAILABLE = "practitioner_unavailable"
    PATIENT_DOUBLE_BOOKED = "patient_double_booked"
    BUFFER_TOO_SHORT = "buffer_too_short"
    GROUP_OVER_CAPACITY = "group_over_capacity"
    TYPE_NOT_OFFERED = "type_not_offered"
    START_IN_PAST = "start_in_past"
    REPEAT_INSTANCES_CONFLICT = "repeat_instances_conflict"
    STALE_CACHE = "stale_cache"


# Categories about one instance's place in the schedule: these make a repeat "clash" (category 8).
SCHEDULE_CLASH_CATEGORIES = frozenset(
    {
        WarningCategory.PRACTITIONER_DOUBLE_BOOKED,
        WarningCategory.PRACTITIONER_UNAVAILABLE,
        WarningCategory.PATIENT_DOUBLE_BOOKED,
        WarningCategory.BUFFER_TOO_SHORT,
    }
)


@dataclass(frozen=True, slots=True)
class ConflictWarning:
    """One warning: its category, what it says (as a `Reason`), and the appointments involved.

    `appointment_ids` are sorted and unique. `block_ids` names unavailable blocks involved (category 2),
    kept apart because they are not appointments. `message` is the English sentence (the CLI's);
    the GUI renders `reason` in the user's language instead.
    """

    category: WarningCategory
    reason: Reason
    appointment_ids: tuple[str, ...] = ()
    block_ids: tuple[str, ...] = ()

    @property
    def message(self) -> str:
        """The warning in English."""
        return english(self.reason)


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
    # Further appointments to ignore: the series siblings moved together with this one
    # ("this and following" / "the whole series"), whose old slots must not clash with the new ones.
    exclude_sibling_ids: frozenset[str] = frozenset()

    @property
    def excluded_ids(self) -> frozenset[str]:
        """Every appointment id this proposal must not be compared with."""
        if self.exclude_appointment_id is None:
            return self.exclude_sibling_ids
        return self.exclude_sibling_ids | {self.exclude_appointment_id}


@dataclass(frozen=True, slots=True)
class ScheduleContext:
    """What the detector may look at. The caller fetches it (indexed queries) around the proposal.

    `appointments` must hold at least every appointment of the proposal's practitioner and patient
    that overlaps the proposal widened by `buffer` on both sides; extra rows are harmless.
    `appointment_type`, `practitioner` and `business` are those of the proposal when known; one whose
    id does not match the proposal is ignored rather than trusted.
    """

    now: datetime
    appointments: Sequence[Appointment] = ()
    unavailable_blocks: Sequence[UnavailableBlock] = ()
    appointment_type: AppointmentType | None = None
    practitioner: Practitioner | None = None
    business: Business | None = None
    buffer: timedelta = timedelta(0)
    # When the cache was last synced. Either `cache_is_stale` or a non-None `stale_since` makes the
    # stale-cache warning appear (None means fresh: online and synced).
    stale_since: datetime | None = None
    cache_is_stale: bool = False

"""When the telehealth links may be used (product.md, "Telehealth links").

Cliniko fills `telehealth_url` on every appointment and attendee whether or not a session exists; only
the appointment type's `telehealth_enabled`, read at the moment of the action, says whether it does.

Patient link ("Copy patient link"), checks in this order; the first that fails is the reason:
  1. the appointment exists and is not deleted;
  2. its appointment type is known;
  3. the type has telehealth switched on;
  4. it is an individual appointment (neither the appointment nor its type is a group);
  5. it is not cancelled;
  6. it has not ended (the link expires at `ends_at`: now >= ends_at is too late);
  7. the attendee's link has been synced (an attendee of this appointment with a non-empty link);
  8. the attendee's place is not cancelled or deleted.

Practitioner link ("Join"), checks in this order:
  1. the user is a practitioner or an administrator (the link is not for reception);
  2-5. as 1-5 above (exists, type known, telehealth on, individual, not cancelled);
  6. inside the join window [starts_at - opens_before, ends_at);
  7. the appointment carries a practitioner link.

Reasons are sentences for the tooltip and status bar. They never contain a link or a patient's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.entities import Appointment, AppointmentType, Attendee, UserRole
from app.domain.errors import require_aware
from app.domain.formatting import format_clock, format_day, format_duration

DEFAULT_JOIN_WINDOW = timedelta(minutes=15)

REASON_APPOINTMENT_DELETED = "This appointment has been deleted."
REASON_TYPE_UNKNOWN = (
    "The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again."
)
REASON_GROUP = "Group appointments have no telehealth links."
REASON_CANCELLED = "This appointment is cancelled."
REASON_ENDED = "This appointment has ended; its telehealth link has expired."
REASON_LINK_NOT_SYNCED = "The patient's telehealth link has not been synced yet. Sync and try again."
REASON_ATTENDEE_CANCELLED = "The patient's place on this appointment was cancelled."
REASON_RECEPTION_CANNOT_JOIN = "Join is for practitioners and administrators only."
REASON_NO_PRACTITIONER_LINK = "This appointment has no telehealth link yet. Sync and try again."


@dataclass(frozen=True, slots=True)
class LinkDecision:
    """Whether a link action is allowed; `reason` is None exactly when it is."""

    allowed: bool
    reason: str | None

    def __post_init__(self) -> None:
        if self.allowed != (self.reason is None):
            raise ValueError("A LinkDecision has a reason exactly when it is refused.")

    @classmethod
    def allow(cls) -> LinkDecision:
        """An allowed decision."""
        return cls(allowed=True, reason=None)

    @classmethod
    def refuse(cls, reason: str) -> LinkDecision:
        """A refused decision with the sentence to show."""
        return cls(allowed=False, reason=reason)


ALLOWED = LinkDecision.allow()


def telehealth_off_reason(appointment_type: AppointmentType) -> str:
    """`Telehealth is off for Initial Consultation.`"""
    name = appointment_type.name.strip() or "this appointment type"
    return f"Telehealth is off for {name}."


def _session_refusal(appointment: Appointment | None, appointment_type: AppointmentType | None) -> str | None:
    """Checks 1-5 shared by both links: a telehealth session exists for this appointment."""
    if appointment is None or appointment.is_deleted:
        return REASON_APPOINTMENT_DELETED
    if appointment_type is None:
        return REASON_TYPE_UNKNOWN
    if not appointment_type.telehealth_enabled:
        return telehealth_off_reason(appointment_type)
    if appointment.is_group or appointment_type.is_group:
        return REASON_GROUP
    if appointment.cancelled_at is not None:
        return REASON_CANCELLED
    return None


def _has_link(url: str | None) -> bool:
    return bool(url and url.strip())


def patient_link_decision(
    appointment: Appointment | None,
    appointment_type: AppointmentType | None,
    attendee: Attendee | None,
    now: datetime,
) -> LinkDecision:
    """Whether "Copy patient link" is allowed now, or the reason it is not (order in module doc)."""
    require_aware(now, "now")
    refusal = _session_refusal(appointment, appointment_type)
    if refusal is not None:
        return LinkDecision.refuse(refusal)
    assert appointment is not None  # _session_refusal refused a missing appointment
    if now >= appointment.ends_at:
        return LinkDecision.refuse(REASON_ENDED)
    if (
        attendee is None
        or attendee.appointment_id != appointment.id
        or not _has_link(attendee.telehealth_url)
    ):
        # An attendee of another appointment is treated as missing: its link must never leak here.
        return LinkDecision.refuse(REASON_LINK_NOT_SYNCED)
    if attendee.cancelled_at is not None or attendee.deleted_at is not None:
        return LinkDecision.refuse(REASON_ATTENDEE_CANCELLED)
    return ALLOWED


def join_decision(
    appointment: Appointment | None,
    appointment_type: AppointmentType | None,
    role: UserRole,
    now: datetime,
    opens_before: timedelta = DEFAULT_JOIN_WINDOW,
    *,
    zone: ZoneInfo | None = None,
) -> LinkDecision:
    """Whether "Join" is allowed now for `role`; `zone` (optional) puts the opening time in the reason."""
    require_aware(now, "now")
    if role not in (UserRole.PRACTITIONER, UserRole.ADMINISTRATOR):
        return LinkDecision.refuse(REASON_RECEPTION_CANNOT_JOIN)
    refusal = _session_refusal(appointment, appointment_type)
    if refusal is not None:
        return LinkDecision.refuse(refusal)
    assert appointment is not None  # _session_refusal refused a missing appointment
    opens_at = appointment.starts_at - max(opens_before, timedelta(0))
    if now < opens_at:
        return LinkDecision.refuse(_not_open_yet_reason(opens_at, opens_before, now, zone))
    if now >= appointment.ends_at:
        return LinkDecision.refuse("This appointment has ended.")
    if not _has_link(appointment.telehealth_url):
        return LinkDecision.refuse(REASON_NO_PRACTITIONER_LINK)
    return ALLOWED


def _not_open_yet_reason(
    opens_at: datetime, opens_before: timedelta, now: datetime, zone: ZoneInfo | None
) -> str:
    lead = format_duration(opens_before) if opens_before > timedelta(0) else ""
    when = f"{lead} before the start" if lead else "at the start"
    if zone is None:
        return f"Join opens {when}."
    local_open = opens_at.astimezone(zone)
    day = "" if local_open.date() == now.astimezone(zone).date() else f" on {format_day(local_open.date())}"
    return f"Join opens at {format_clock(opens_at, zone)}{day}, {when}."

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

A refusal is a `Reason` (`app.domain.reasons`): a code with its facts (the type's name, when Join
opens). `LinkDecision.reason` is its English sentence for the CLI; the GUI renders `refusal` in the
user's language. Neither ever contains a link or a patient's name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.entities import Appointment, AppointmentType, Attendee, UserRole
from app.domain.errors import require_aware
from app.domain.reason_english import english
from app.domain.reasons import LocalMoment, Reason, ReasonCode

DEFAULT_JOIN_WINDOW = timedelta(minutes=15)

REFUSED_APPOINTMENT_DELETED = Reason.of(ReasonCode.APPOINTMENT_DELETED)
REFUSED_TYPE_UNKNOWN = Reason.of(ReasonCode.TELEHEALTH_TYPE_UNKNOWN)
REFUSED_GROUP = Reason.of(ReasonCode.TELEHEALTH_GROUP)
REFUSED_CANCELLED = Reason.of(ReasonCode.APPOINTMENT_CANCELLED)
REFUSED_ENDED = Reason.of(ReasonCode.PATIENT_LINK_EXPIRED)
REFUSED_LINK_NOT_SYNCED = Reason.of(ReasonCode.PATIENT_LINK_NOT_SYNCED)
REFUSED_ATTENDEE_CANCELLED = Reason.of(ReasonCode.ATTENDEE_CANCELLED)
REFUSED_RECEPTION_CANNOT_JOIN = Reason.of(ReasonCode.JOIN_NOT_FOR_RECEPTION)
REFUSED_JOIN_ENDED = Reason.of(ReasonCode.JOIN_APPOINTMENT_ENDED)
REFUSED_NO_PRACTITIONER_LINK = Reason.of(ReasonCode.JOIN_NO_LINK)

# The English sentences, as the CLI prints them.
REASON_APPOINTMENT_DELETED = english(REFUSED_APPOINTMENT_DELETED)
REASON_TYPE_UNKNOWN = english(REFUSED_TYPE_UNKNOWN)
REASON_GROUP = english(REFUSED_GROUP)
REASON_CANCELLED = english(REFUSED_CANCELLED)
REASON_ENDED = english(REFUSED_ENDED)
REASON_LINK_NOT_SYNCED = english(REFUSED_LINK_NOT_SYNCED)
REASON_ATTENDEE_CANCELLED = english(REFUSED_ATTENDEE_CANCELLED)
REASON_RECEPTION_CANNOT_JOIN = english(REFUSED_RECEPTION_CANNOT_JOIN)
REASON_NO_PRACTITIONER_LINK = english(REFUSED_NO_PRACTITIONER_LINK)


@dataclass(frozen=True, slots=True)
class LinkDecision:
    """Whether a link action is allowed; `refusal` is None exactly when it is."""

    allowed: bool
    refusal: Reason | None

    def __post_init__(self) -> None:
        if self.allowed != (self.refusal is None):
            raise ValueError("A LinkDecision has a refusal exactly when it is refused.")

    @property
    def reason(self) -> str | None:
        """Why it is refused, in English (None when allowed)."""
        return english(self.refusal) if self.refusal is not None else None

    @classmethod
    def allow(cls) -> LinkDecision:
        """An allowed decision."""
        return cls(allowed=True, refusal=None)

    @classmethod
    def refuse(cls, refusal: Reason) -> LinkDecision:
        """A refused decision with the reason to show."""
        return cls(allowed=False, refusal=refusal)


ALLOWED = LinkDecision.allow()


def telehealth_off_refusal(appointment_type: AppointmentType) -> Reason:
    """Telehealth is off for this type (`Telehealth is off for Initial Consultation.`)."""
    return Reason.of(ReasonCode.TELEHEALTH_OFF, type_name=appointment_type.name.strip() or None)


def telehealth_off_reason(appointment_type: AppointmentType) -> str:
    """`Telehealth is off for Initial Consultation.`"""
    return english(telehealth_off_refusal(appointment_type))


def _session_refusal(
    appointment: Appointment | None, appointment_type: AppointmentType | None
) -> Reason | None:
    """Checks 1-5 shared by both links: a telehealth session exists for this appointment."""
    if appointment is None or appointment.is_deleted:
        return REFUSED_APPOINTMENT_DELETED
    if appointment_type is None:
        return REFUSED_TYPE_UNKNOWN
    if not appointment_type.telehealth_enabled:
        return telehealth_off_refusal(appointment_type)
    if appointment.is_group or appointment_type.is_group:
        return REFUSED_GROUP
    if appointment.cancelled_at is not None:
        return REFUSED_CANCELLED
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
        return LinkDecision.refuse(REFUSED_ENDED)
    if (
        attendee is None
        or attendee.appointment_id != appointment.id
        or not _has_link(attendee.telehealth_url)
    ):
        # An attendee of another appointment is treated as missing: its link must never leak here.
        return LinkDecision.refuse(REFUSED_LINK_NOT_SYNCED)
    if attendee.cancelled_at is not None or attendee.deleted_at is not None:
        return LinkDecision.refuse(REFUSED_ATTENDEE_CANCELLED)
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
        return LinkDecision.refuse(REFUSED_RECEPTION_CANNOT_JOIN)
    refusal = _session_refusal(appointment, appointment_type)
    if refusal is not None:
        return LinkDecision.refuse(refusal)
    assert appointment is not None  # _session_refusal refused a missing appointment
    opens_at = appointment.starts_at - max(opens_before, timedelta(0))
    if now < opens_at:
        return LinkDecision.refuse(_not_open_yet(opens_at, opens_before, now, zone))
    if now >= appointment.ends_at:
        return LinkDecision.refuse(REFUSED_JOIN_ENDED)
    if not _has_link(appointment.telehealth_url):
        return LinkDecision.refuse(REFUSED_NO_PRACTITIONER_LINK)
    return ALLOWED


def _not_open_yet(
    opens_at: datetime, opens_before: timedelta, now: datetime, zone: ZoneInfo | None
) -> Reason:
    lead = opens_before if opens_before > timedelta(0) else None
    if zone is None:
        if lead is None:
            return Reason.of(ReasonCode.JOIN_OPENS_AT_START)
        return Reason.of(ReasonCode.JOIN_OPENS_BEFORE_START, lead=lead)
    local_open = opens_at.astimezone(zone)
    # The day is named only when Join opens on another day than today; never with the year.
    opens = LocalMoment(local_open, show_day=local_open.date() != now.astimezone(zone).date())
    if lead is None:
        return Reason.of(ReasonCode.JOIN_OPENS_AT_TIME_AT_START, opens_at=opens)
    return Reason.of(ReasonCode.JOIN_OPENS_AT_TIME_BEFORE_START, opens_at=opens, lead=lead)

"""Appointment status and the changes the front desk may make to it.

Status is booked, arrived, did_not_arrive or cancelled; a deleted appointment has no status at all (it
is absent from every list). Arrived and did-not-arrive exclude each other; a cancelled or deleted
appointment cannot be marked either way. Changes return a new `Appointment` (entities are frozen).
A refusal is a `Reason` (`status_change_refusal_reason`, and `StatusChangeRefusedError.reason`) for
the GUI to word in the user's language; `status_change_refusal` and the error's text are English.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.entities import Appointment, AppointmentStatus, CancellationReason
from app.domain.errors import StatusChangeRefusedError, require_aware
from app.domain.reason_english import english
from app.domain.reasons import Reason, ReasonCode


def status_of(appointment: Appointment) -> AppointmentStatus | None:
    """The appointment's status, or None when it is deleted (absence, not a status)."""
    if appointment.is_deleted:
        return None
    return appointment.status


def status_change_refusal_reason(appointment: Appointment, target: AppointmentStatus) -> Reason | None:
    """Why `appointment` cannot move to `target` (a `Reason` to render), or None when it can."""
    if appointment.is_deleted:
        return Reason.of(ReasonCode.APPOINTMENT_DELETED)
    current = appointment.status
    if current == AppointmentStatus.CANCELLED:
        if target == AppointmentStatus.CANCELLED:
            return Reason.of(ReasonCode.ALREADY_CANCELLED)
        return Reason.of(ReasonCode.CANCELLED_STATUS_FIXED)
    if current == target:
        return Reason.of(ReasonCode.ALREADY_MARKED, status=target.value)
    return None


def status_change_refusal(appointment: Appointment, target: AppointmentStatus) -> str | None:
    """Why `appointment` cannot move to `target`, in English, or None when it can."""
    reason = status_change_refusal_reason(appointment, target)
    return english(reason) if reason is not None else None


def _refuse_unless_allowed(appointment: Appointment, target: AppointmentStatus) -> None:
    reason = status_change_refusal_reason(appointment, target)
    if reason is not None:
        raise StatusChangeRefusedError(english(reason), reason=reason)


def mark_arrived(appointment: Appointment) -> Appointment:
    """The appointment marked arrived (clears did-not-arrive)."""
    _refuse_unless_allowed(appointment, AppointmentStatus.ARRIVED)
    return replace(appointment, patient_arrived=True, did_not_arrive=False)


def mark_did_not_arrive(appointment: Appointment) -> Appointment:
    """The appointment marked did-not-arrive (clears arrived)."""
    _refuse_unless_allowed(appointment, AppointmentStatus.DID_NOT_ARRIVE)
    return replace(appointment, patient_arrived=False, did_not_arrive=True)


def mark_booked(appointment: Appointment) -> Appointment:
    """Undo arrived / did-not-arrive: back to plain booked."""
    _refuse_unless_allowed(appointment, AppointmentStatus.BOOKED)
    return replace(appointment, patient_arrived=False, did_not_arrive=False)


def cancel(
    appointment: Appointment,
    *,
    reason: CancellationReason | str,
    now: datetime,
    note: str | None = None,
) -> Appointment:
    """The appointment cancelled at `now` with a Cliniko reason code (10, 20, 30, 31, 40, 50, 60)."""
    require_aware(now, "now")
    try:
        code = CancellationReason(str(reason))
    except ValueError:
        codes = ", ".join(r.value for r in CancellationReason)
        raise StatusChangeRefusedError(
            f"Unknown cancellation reason {reason!r}; use one of {codes}."
        ) from None
    _refuse_unless_allowed(appointment, AppointmentStatus.CANCELLED)
    return replace(
        appointment,
        cancelled_at=now,
        cancellation_reason=code.value,
        cancellation_note=note.strip() if note and note.strip() else None,
    )

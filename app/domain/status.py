"""Appointment status and the changes the front desk may make to it.

Status is booked, arrived, did_not_arrive or cancelled; a deleted appointment has no status at all (it
is absent from every list). Arrived and did-not-arrive exclude each other; a cancelled or deleted
appointment cannot be marked either way. Changes return a new `Appointment` (entities are frozen).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.domain.entities import Appointment, AppointmentStatus, CancellationReason
from app.domain.errors import StatusChangeRefusedError, require_aware


def status_of(appointment: Appointment) -> AppointmentStatus | None:
    """The appointment's status, or None when it is deleted (absence, not a status)."""
    if appointment.is_deleted:
        return None
    return appointment.status


def status_change_refusal(appointment: Appointment, target: AppointmentStatus) -> str | None:
    """Why `appointment` cannot move to `target`, or None when it can."""
    if appointment.is_deleted:
        return "This appointment has been deleted."
    current = appointment.status
    if current == AppointmentStatus.CANCELLED:
        if target == AppointmentStatus.CANCELLED:
            return "This appointment is already cancelled."
        return "This appointment is cancelled; its status cannot change."
    if current == target:
        return f"This appointment is already marked {_status_words(target)}."
    return None


def _status_words(status: AppointmentStatus) -> str:
    return {
        AppointmentStatus.BOOKED: "booked",
        AppointmentStatus.ARRIVED: "arrived",
        AppointmentStatus.DID_NOT_ARRIVE: "did not arrive",
        AppointmentStatus.CANCELLED: "cancelled",
    }[status]


def _refuse_unless_allowed(appointment: Appointment, target: AppointmentStatus) -> None:
    refusal = status_change_refusal(appointment, target)
    if refusal is not None:
        raise StatusChangeRefusedError(refusal)


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

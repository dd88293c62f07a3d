"""From an outbox entry to the adapter's request, and the test of whether the server already has it.

`already_applied` is what makes a repeat safe: an entry found in flight after a crash (or whose
answer was lost) is compared with the server's current record; when the server already shows the
change, the entry is done and nothing is sent again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.entities import Appointment, CancellationReason
from app.remote.base import AppointmentChanges, Cancellation, NewAppointment, RemoteAdapter
from app.store.outbox import OutboxEntry, OutboxKind
from app.store.outbox_payloads import ArrivalPayload, CancelPayload, ChangePayload, CreatePayload


def new_appointment(payload: CreatePayload) -> NewAppointment:
    """The booking request of a create entry (ValueError when the payload cannot be a booking)."""
    return NewAppointment(
        starts_at=payload.starts_at,
        ends_at=payload.ends_at,
        practitioner_id=payload.practitioner_id,
        patient_id=payload.patient_id,
        appointment_type_id=payload.appointment_type_id,
        business_id=payload.business_id,
        notes=payload.notes,
    )


def changes_of(payload: ChangePayload) -> AppointmentChanges:
    """The fields a change or move entry sets (`clear_notes` sends empty notes)."""
    return AppointmentChanges(
        starts_at=payload.starts_at,
        ends_at=payload.ends_at,
        practitioner_id=payload.practitioner_id,
        appointment_type_id=payload.appointment_type_id,
        notes="" if payload.clear_notes else payload.notes,
    )


@dataclass(frozen=True, slots=True)
class UpdateRequest:
    """A non-create entry made ready to send: exactly one of the fields is set (none for a delete)."""

    kind: OutboxKind
    changes: AppointmentChanges | None = None
    cancellation: Cancellation | None = None
    arrival: ArrivalPayload | None = None
    clear_notes: bool = False


def update_request(entry: OutboxEntry) -> UpdateRequest:
    """Decode and check a non-create entry before anything is sent (KeyError/TypeError/ValueError if it
    cannot be a request)."""
    kind = entry.kind
    if kind in (OutboxKind.CHANGE, OutboxKind.MOVE):
        change = ChangePayload.from_json(entry.payload)
        return UpdateRequest(kind, changes=changes_of(change), clear_notes=change.clear_notes)
    if kind is OutboxKind.CANCEL:
        cancel = CancelPayload.from_json(entry.payload)
        return UpdateRequest(kind, cancellation=Cancellation(CancellationReason(cancel.reason), cancel.note))
    if kind is OutboxKind.DELETE:
        return UpdateRequest(kind)
    if kind in (OutboxKind.ARRIVED, OutboxKind.DID_NOT_ARRIVE):
        return UpdateRequest(kind, arrival=ArrivalPayload.from_json(entry.payload))
    raise ValueError(f"An outbox entry of kind {kind} is not an update.")


async def send_update(
    adapter: RemoteAdapter, appointment_id: str, request: UpdateRequest, current: Appointment
) -> Appointment | None:
    """Send an update; returns the appointment as the server now has it (None once deleted)."""
    if request.changes is not None:
        if request.changes.is_empty:
            return current
        return await adapter.update_appointment(appointment_id, request.changes)
    if request.cancellation is not None:
        await adapter.cancel_appointment(appointment_id, request.cancellation)
        # Cancelling answers 204: read the new version back (the next entry is based on it).
        return await adapter.fetch_appointment(appointment_id)
    if request.arrival is not None:
        arrival = request.arrival
        if arrival.patient_arrived is None and arrival.did_not_arrive is None:
            return current
        return await adapter.set_arrival(
            appointment_id, arrived=arrival.patient_arrived, did_not_arrive=arrival.did_not_arrive
        )
    await adapter.delete_appointment(appointment_id)
    return None


def already_applied(request: UpdateRequest, server: Appointment | None) -> bool:
    """Whether the server's record already shows what the request asks for."""
    if request.kind is OutboxKind.DELETE:
        return server is None
    if request.cancellation is not None:
        # A cancel of an appointment deleted meanwhile is moot: it is gone either way.
        return server is None or server.cancelled_at is not None
    if server is None:
        return False
    if request.changes is not None:
        change = request.changes
        notes_ok = not server.notes if request.clear_notes else change.notes in (None, server.notes)
        return (
            notes_ok
            and _same_second(change.starts_at, server.starts_at)
            and _same_second(change.ends_at, server.ends_at)
            and change.practitioner_id in (None, server.practitioner_id)
            and change.appointment_type_id in (None, server.appointment_type_id)
        )
    if request.arrival is not None:
        arrival = request.arrival
        return arrival.patient_arrived in (None, server.patient_arrived) and arrival.did_not_arrive in (
            None,
            server.did_not_arrive,
        )
    return False


def _same_second(wanted: datetime | None, actual: datetime) -> bool:
    # Scheduled times are whole seconds on the server.
    return wanted is None or wanted.replace(microsecond=0) == actual.replace(microsecond=0)

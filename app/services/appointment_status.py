"""Cancel, mark arrived / did not arrive, and delete: each written to the cache and the outbox at once.

The domain's status rules decide what is allowed (a cancelled appointment cannot be marked; arrived
and did-not-arrive exclude each other); a refusal raises `ChangeRefused` with the rule's sentence.
Cancelling or deleting a repeating appointment takes a scope like a move does.

Deleting a booking that never reached the server (its CREATE still waiting, or refused) simply
withdraws it: the waiting entries are discarded and the local row removed, so nothing is sent.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from app.domain import status as status_rules
from app.domain.entities import Appointment, CancellationReason
from app.domain.errors import StatusChangeRefusedError
from app.log import services_log
from app.services.change_recording import (
    SeriesScope,
    ids_of,
    load_appointment,
    members_in_scope,
    pending_create,
    record_change,
)
from app.services.errors import ChangeRefused, InvalidRequest
from app.services.workspace import ClinicWorkspace
from app.store.local_writes import remove_local_appointment
from app.store.outbox import OutboxKind, OutboxState, discard, entries_for_appointment
from app.store.outbox_payloads import ArrivalPayload, CancelPayload, DeletePayload
from app.store.prepared import Executor

CANCELLATION_REASON_CODES = tuple(reason.value for reason in CancellationReason)


def parse_cancellation_reason(code: str | CancellationReason) -> CancellationReason:
    """A Cliniko reason code (10, 20, 30, 31, 40, 50, 60); InvalidRequest for anything else."""
    try:
        return CancellationReason(str(code).strip())
    except ValueError:
        codes = ", ".join(CANCELLATION_REASON_CODES)
        raise InvalidRequest(f"Unknown cancellation reason {str(code)[:20]!r}; use one of {codes}.") from None


def cancel(
    workspace: ClinicWorkspace,
    appointment_id: str,
    *,
    reason: str | CancellationReason,
    note: str | None = None,
    scope: SeriesScope = SeriesScope.THIS,
) -> tuple[Appointment, ...]:
    """Cancel an appointment (or part of its series) with a reason code; returns those cancelled."""
    code = parse_cancellation_reason(reason)
    now = workspace.now()
    cancelled: list[Appointment] = []
    with workspace.writing() as session:
        target = load_appointment(session, appointment_id)
        for member in members_in_scope(session, target, scope):
            if member.id != target.id and member.cancelled_at is not None:
                continue  # already cancelled members of the series stay as they are
            after = _apply(status_rules.cancel, member, reason=code, now=now, note=note)
            payload = CancelPayload(reason=code.value, note=after.cancellation_note)
            record_change(session, after, kind=OutboxKind.CANCEL, payload=payload.to_json(), now=now)
            cancelled.append(after)
    services_log.info("cancelled %s (reason %s)", ", ".join(ids_of(cancelled[:3])), code.value)
    return tuple(cancelled)


def mark_arrived(workspace: ClinicWorkspace, appointment_id: str) -> Appointment:
    """Mark the patient arrived (clears did-not-arrive)."""
    return _set_arrival(workspace, appointment_id, status_rules.mark_arrived, OutboxKind.ARRIVED)


def mark_did_not_arrive(workspace: ClinicWorkspace, appointment_id: str) -> Appointment:
    """Mark the patient as not arrived (clears arrived)."""
    return _set_arrival(
        workspace, appointment_id, status_rules.mark_did_not_arrive, OutboxKind.DID_NOT_ARRIVE
    )


def mark_booked(workspace: ClinicWorkspace, appointment_id: str) -> Appointment:
    """Undo arrived / did not arrive."""
    return _set_arrival(workspace, appointment_id, status_rules.mark_booked, OutboxKind.ARRIVED)


def _set_arrival(
    workspace: ClinicWorkspace,
    appointment_id: str,
    rule: Callable[[Appointment], Appointment],
    kind: OutboxKind,
) -> Appointment:
    now = workspace.now()
    with workspace.writing() as session:
        after = _apply(rule, load_appointment(session, appointment_id))
        payload = ArrivalPayload(patient_arrived=after.patient_arrived, did_not_arrive=after.did_not_arrive)
        record_change(session, after, kind=kind, payload=payload.to_json(), now=now)
    return after


def delete(
    workspace: ClinicWorkspace, appointment_id: str, *, scope: SeriesScope = SeriesScope.THIS
) -> tuple[str, ...]:
    """Delete an appointment (or part of its series); returns the ids deleted or withdrawn."""
    now = workspace.now()
    removed: list[str] = []
    with workspace.writing() as session:
        target = load_appointment(session, appointment_id)
        for member in members_in_scope(session, target, scope):
            if not _withdraw_unsent(session, member.id):
                after = replace(member, deleted_at=now)
                record_change(
                    session, after, kind=OutboxKind.DELETE, payload=DeletePayload().to_json(), now=now
                )
            removed.append(member.id)
    services_log.info("deleted %s", ", ".join(removed[:3]))
    return tuple(removed)


def _withdraw_unsent(session: Executor, appointment_id: str) -> bool:
    """Drop a booking the server has never seen (CREATE pending or refused); False if it may have."""
    create = pending_create(session, appointment_id)
    if create is None or create.state not in (OutboxState.PENDING, OutboxState.FAILED):
        return False
    entries = entries_for_appointment(session, appointment_id)
    if any(entry.state == OutboxState.IN_FLIGHT for entry in entries):
        return False
    for entry in entries:
        discard(session, entry.id)
    remove_local_appointment(session, appointment_id)
    return True


def _apply(rule: Callable[..., Appointment], appointment: Appointment, **arguments: object) -> Appointment:
    try:
        return rule(appointment, **arguments)
    except StatusChangeRefusedError as refusal:
        raise ChangeRefused(str(refusal), reason=refusal.reason) from None

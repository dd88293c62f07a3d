"""Shared by every change to an existing appointment: finding it, its series, and recording the change.

Recording a change writes the new row (marked pending) and its outbox entry in the caller's
transaction. The entry carries the server version the row was based on, so the sync engine can tell
a change made to a stale copy (a conflict for the user) from an ordinary one.

A booking that exists only here (a local id, its CREATE not yet pushed): a move or an edit is folded
into the waiting CREATE, so the server only ever sees the booking as it finally stands. When the CREATE
has already gone out (in flight) or failed, the change is enqueued after it; such entries carry no
server version (`base_remote_updated_at` None: the row was never on the server when it was changed),
and the sync engine sends them once the CREATE has given the appointment its server id.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from enum import StrEnum
from typing import Any

from app.domain.entities import Appointment
from app.services.errors import AppointmentNotFound, InvalidRequest
from app.store.appointment_lookups import series_appointments
from app.store.local_writes import appointment_sync_state, is_local_id, save_local_appointment
from app.store.outbox import OutboxEntry, OutboxKind, OutboxState, enqueue, entries_for_appointment
from app.store.outbox_edits import replace_pending_payload
from app.store.prepared import Executor
from app.store.queries import get_appointment


class SeriesScope(StrEnum):
    """Which appointments of a repeating series a change applies to (product.md, "Repeating")."""

    THIS = "this"
    THIS_AND_FOLLOWING = "this_and_following"
    WHOLE_SERIES = "whole_series"


def parse_scope(value: SeriesScope | str) -> SeriesScope:
    """A scope from its value; InvalidRequest for anything else."""
    try:
        return SeriesScope(value)
    except ValueError:
        choices = ", ".join(scope.value for scope in SeriesScope)
        raise InvalidRequest(f"Unknown series scope {value!r}; use one of {choices}.") from None


def load_appointment(session: Executor, appointment_id: str) -> Appointment:
    """The cached appointment; AppointmentNotFound when missing or deleted."""
    appointment = get_appointment(session, appointment_id)
    if appointment is None or appointment.is_deleted:
        raise AppointmentNotFound(appointment_id)
    return appointment


def members_in_scope(session: Executor, target: Appointment, scope: SeriesScope) -> list[Appointment]:
    """The appointments a change to `target` applies to, target first, then the rest by start."""
    if scope == SeriesScope.THIS or target.series_id is None:
        return [target]
    series = series_appointments(session, series_id=target.series_id, patient_id=target.patient_id)
    if scope == SeriesScope.THIS_AND_FOLLOWING:
        series = [a for a in series if (a.starts_at, a.id) >= (target.starts_at, target.id)]
    others = [a for a in series if a.id != target.id]
    return [target, *others]


def pending_create(session: Executor, appointment_id: str) -> OutboxEntry | None:
    """The unfinished CREATE of a booking made here, if any."""
    if not is_local_id(appointment_id):
        return None
    return next(
        (e for e in entries_for_appointment(session, appointment_id) if e.kind == OutboxKind.CREATE), None
    )


def record_change(
    session: Executor,
    appointment: Appointment,
    *,
    kind: OutboxKind,
    payload: Mapping[str, Any],
    now: datetime,
    folded_create: Mapping[str, Any] | None = None,
) -> int | None:
    """Save `appointment` as changed here and enqueue `payload`; returns the new entry id.

    With `folded_create` (the booking's full CREATE payload as it now stands), a booking whose CREATE
    still waits gets that payload instead of a new entry (returns None).
    """
    state = appointment_sync_state(session, appointment.id)
    if state is None:
        raise AppointmentNotFound(appointment.id)
    save_local_appointment(session, appointment)
    if folded_create is not None:
        create = pending_create(session, appointment.id)
        if (
            create is not None
            and create.state == OutboxState.PENDING
            and replace_pending_payload(session, create.id, folded_create, now=now)
        ):
            return None
    return enqueue(
        session,
        kind=kind,
        appointment_id=appointment.id,
        payload=payload,
        base_remote_updated_at=state.remote_updated_at,
        now=now,
    )


def ids_of(appointments: Sequence[Appointment]) -> tuple[str, ...]:
    """The ids of `appointments`, in order."""
    return tuple(a.id for a in appointments)

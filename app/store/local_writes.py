"""Changes made in this app: local ids, saving an edited appointment, and bookkeeping after a push.

A booking made here gets a local id ("local-<hex>") until the server assigns one; `rekey_appointment`
then renames it everywhere. A locally saved appointment is marked `pending_sync`, which protects it
from being overwritten by a pull until the sync engine calls `mark_appointment_synced`. Write the
cache and the outbox entry in one transaction (`CacheDatabase.write_session()`).
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert

from app.domain.entities import Appointment
from app.store.duration_bounds import longest_row_us, raise_bound
from app.store.mapping import appointment_to_row
from app.store.meta import MetaKey
from app.store.models import (
    AppointmentRow,
    AttendeeRow,
    OutboxRow,
    SyncConflictRow,
    table_of,
)
from app.store.prepared import Executor, compiled_sql, execute_many

LOCAL_ID_PREFIX = "local-"
_appointments = table_of(AppointmentRow)
_attendees = table_of(AttendeeRow)
_outbox = table_of(OutboxRow)
_conflicts = table_of(SyncConflictRow)


def _overwrite_sql(kept: set[str], *, keep_if_null: Sequence[str] = ()) -> str:
    statement = insert(_appointments)
    updates: dict[str, Any] = {
        c.name: statement.excluded[c.name] for c in _appointments.columns if c.name not in kept
    }
    for name in keep_if_null:
        updates[name] = func.coalesce(statement.excluded[name], _appointments.c[name])
    return compiled_sql(statement.on_conflict_do_update(index_elements=[_appointments.c.id], set_=updates))


# A local save moves everything but the server version the row is based on (only a pull or push does).
_SAVE_LOCAL = _overwrite_sql({"id", "remote_updated_at"})
# Taking the server's copy moves everything, pending or not, but for a series id the server does not
# know: a series booked here is pushed as separate appointments, whose server copies carry none.
_TAKE_SERVER_COPY = _overwrite_sql({"id"}, keep_if_null=("series_id",))


@dataclass(frozen=True, slots=True)
class AppointmentSyncState:
    """An appointment row's sync bookkeeping."""

    pending_sync: bool
    # The server updated_at the row is based on; None for a booking never pushed.
    remote_updated_at: datetime | None


def new_local_id() -> str:
    """A fresh id for a booking not yet on the server."""
    return f"{LOCAL_ID_PREFIX}{uuid.uuid4().hex}"


def is_local_id(appointment_id: str) -> bool:
    """Whether the id was made here (the server has not assigned one yet)."""
    return appointment_id.startswith(LOCAL_ID_PREFIX)


def save_local_appointment(executor: Executor, appointment: Appointment) -> None:
    """Write an appointment created or edited here, marked pending, keeping its server base version."""
    row = appointment_to_row(appointment, pending_sync=True, from_server=False)
    raise_bound(executor, MetaKey.MAX_APPOINTMENT_DURATION_US, longest_row_us([row]))
    execute_many(executor, _SAVE_LOCAL, [row])


def take_server_copy(executor: Executor, appointment: Appointment) -> None:
    """Overwrite the row with the server's copy and drop its local changes ("take theirs", or the answer
    to a push), unlike `bulk.upsert_appointments`, which never touches a pending row. A series id the
    server's copy lacks is kept, as `bulk.upsert_appointments` keeps it."""
    row = appointment_to_row(appointment)
    raise_bound(executor, MetaKey.MAX_APPOINTMENT_DURATION_US, longest_row_us([row]))
    execute_many(executor, _TAKE_SERVER_COPY, [row])


def appointment_sync_state(executor: Executor, appointment_id: str) -> AppointmentSyncState | None:
    """The row's pending flag and server base version, or None if there is no such row."""
    query = select(_appointments.c.pending_sync, _appointments.c.remote_updated_at).where(
        _appointments.c.id == appointment_id
    )
    row = executor.execute(query).first()
    return None if row is None else AppointmentSyncState(bool(row[0]), row[1])


def mark_appointment_synced(executor: Executor, appointment_id: str, remote_updated_at: datetime) -> None:
    """The server accepted every local change: the row is now based on `remote_updated_at`."""
    statement = (
        update(_appointments)
        .where(_appointments.c.id == appointment_id)
        .values(pending_sync=False, remote_updated_at=remote_updated_at)
    )
    if executor.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
        raise LookupError(f"no cached appointment {appointment_id}")


def remove_local_appointment(executor: Executor, appointment_id: str) -> bool:
    """Remove a row outright, with its attendees (a discarded booking, or a delete the server confirmed)."""
    executor.execute(delete(_attendees).where(_attendees.c.appointment_id == appointment_id))
    result = executor.execute(delete(_appointments).where(_appointments.c.id == appointment_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def rekey_appointment(executor: Executor, local_id: str, remote_id: str) -> None:
    """Rename an appointment's id everywhere (row, attendees, outbox, conflicts) in the caller's transaction.

    If a pull already brought the server's copy under `remote_id`, that copy is dropped in favour of
    the local row (which carries the pending state); the sync engine then writes the server's answer
    over it (`mark_appointment_synced`, then `bulk.upsert_appointments`).
    """
    if local_id == remote_id:
        return
    exists = select(_appointments.c.id).where(_appointments.c.id == local_id)
    if executor.execute(exists).first() is None:
        raise LookupError(f"no cached appointment {local_id}")
    executor.execute(delete(_appointments).where(_appointments.c.id == remote_id))
    executor.execute(update(_appointments).where(_appointments.c.id == local_id).values(id=remote_id))
    for table in (_attendees, _outbox, _conflicts):
        statement = update(table).where(table.c.appointment_id == local_id).values(appointment_id=remote_id)
        executor.execute(statement)

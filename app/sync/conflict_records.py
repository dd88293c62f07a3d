"""Sync conflicts: recording both versions when a local change meets a remote edit, and settling them.

A conflict row holds JSON snapshots, for the user to compare:
- `mine`: `{"kind", "change" (the outbox payload), "base_remote_updated_at", "local" (the cached row)}`;
- `theirs`: the server's record (`updated_at` included), or `{"id", "deleted": true}`.
Snapshots leave out telehealth links and patient names (the ids are enough to show them from the cache).

Settling ("keep mine" / "take theirs") is done here in one transaction each:
- take theirs: the appointment's unfinished outbox entries are discarded and the server's version
  (fetched by the engine just before) replaces the cached row;
- keep mine: the entries are re-based on the server version the user has now seen and queued again,
  so the next push sends them (and records a new conflict if the server moved on once more).

Server-reported clashes: after a booking is pushed, the server's own conflict check is read and the
ids it reports are kept under the meta key `SERVER_CONFLICTS_KEY` (a JSON list), for the UI's
"the server reports a clash" note. An id leaves the list when a later check says no clash.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from app.domain.entities import Appointment
from app.domain.timezones import format_iso_utc
from app.store import bulk
from app.store.local_writes import appointment_sync_state, mark_appointment_synced, remove_local_appointment
from app.store.meta import get_meta, set_meta
from app.store.outbox import (
    OutboxEntry,
    OutboxState,
    discard,
    entries_for_appointment,
    mark_failed,
    mark_pending,
    retry,
)
from app.store.prepared import Executor
from app.store.queries import get_appointment
from app.store.sync_bookkeeping import rebase_unfinished_entries, set_appointment_base
from app.store.sync_conflicts import (
    ConflictResolution,
    SyncConflict,
    conflicts_for_appointment,
    open_conflicts,
    record_conflict,
    resolve_conflict,
)

SERVER_CONFLICTS_KEY = "sync.server_reported_conflicts"
REMOTE_EDIT_MESSAGE = (
    "This appointment was changed on the server after it was edited here. "
    "Choose whether to keep this change or take the server's version."
)
REMOTE_DELETE_MESSAGE = (
    "This appointment was deleted on the server after it was edited here. "
    "Take the server's version to remove it here too."
)


def _time(value: datetime | None) -> str | None:
    return None if value is None else format_iso_utc(value)


def appointment_snapshot(appointment: Appointment) -> dict[str, Any]:
    """The fields a person compares, as JSON-compatible values (no link, no patient name)."""
    a = appointment
    return {
        "id": a.id,
        "deleted": a.deleted_at is not None,
        "starts_at": _time(a.starts_at),
        "ends_at": _time(a.ends_at),
        "practitioner_id": a.practitioner_id,
        "appointment_type_id": a.appointment_type_id,
        "business_id": a.business_id,
        "patient_id": a.patient_id,
        "notes": a.notes,
        "patient_arrived": a.patient_arrived,
        "did_not_arrive": a.did_not_arrive,
        "cancelled_at": _time(a.cancelled_at),
        "cancellation_reason": a.cancellation_reason,
        "cancellation_note": a.cancellation_note,
        "updated_at": _time(a.updated_at),
    }


def record_remote_edit(connection: Connection, entry: OutboxEntry, server: Appointment | None) -> int:
    """Record the conflict between `entry` and the server's record, and stop the entry (kept as failed)."""
    local = get_appointment(connection, entry.appointment_id)
    mine = {
        "kind": entry.kind.value,
        "change": dict(entry.payload),
        "base_remote_updated_at": _time(entry.base_remote_updated_at),
        "local": None if local is None else appointment_snapshot(local),
    }
    theirs = {"id": entry.appointment_id, "deleted": True} if server is None else appointment_snapshot(server)
    conflict_id = record_conflict(connection, appointment_id=entry.appointment_id, mine=mine, theirs=theirs)
    mark_failed(connection, entry.id, REMOTE_DELETE_MESSAGE if server is None else REMOTE_EDIT_MESSAGE)
    return conflict_id


def open_conflict(connection: Executor, conflict_id: int) -> SyncConflict | None:
    """The unresolved conflict with this id, or None."""
    return next((c for c in open_conflicts(connection) if c.id == conflict_id), None)


def take_theirs(
    connection: Connection, conflict: SyncConflict, server: Appointment | None, now: datetime
) -> None:
    """Drop the local changes of the conflict's appointment and cache the server's version."""
    appointment_id = conflict.appointment_id
    for entry in entries_for_appointment(connection, appointment_id):
        if entry.state is OutboxState.IN_FLIGHT:
            mark_pending(connection, entry.id, now=now)
        discard(connection, entry.id, now=now)
    _resolve_all(connection, appointment_id, ConflictResolution.TAKE_THEIRS, now)
    if server is None:
        remove_local_appointment(connection, appointment_id)
        return
    assert server.updated_at is not None, "server records always carry updated_at"
    if appointment_sync_state(connection, appointment_id) is not None:
        mark_appointment_synced(connection, appointment_id, server.updated_at)
    bulk.upsert_appointments(connection, [server])


def keep_mine(connection: Connection, conflict: SyncConflict, their_version: datetime, now: datetime) -> None:
    """Queue the appointment's stopped entries again, based on the server version now seen."""
    appointment_id = conflict.appointment_id
    entries = entries_for_appointment(connection, appointment_id)
    if entries:
        rebase_unfinished_entries(connection, appointment_id, their_version, from_seq=entries[0].id)
        for entry in entries:
            if entry.state is OutboxState.FAILED:
                retry(connection, entry.id, now=now)
    set_appointment_base(connection, appointment_id, their_version)
    _resolve_all(connection, appointment_id, ConflictResolution.KEEP_MINE, now)


def _resolve_all(
    connection: Connection, appointment_id: str, resolution: ConflictResolution, now: datetime
) -> None:
    for conflict in conflicts_for_appointment(connection, appointment_id):
        resolve_conflict(connection, conflict.id, resolution, now=now)


def server_reported_conflicts(executor: Executor) -> set[str]:
    """Ids of pushed appointments the server's own conflict check reported as clashing."""
    value = get_meta(executor, SERVER_CONFLICTS_KEY)
    return set(json.loads(value)) if value else set()


def note_server_conflict(executor: Executor, appointment_id: str, clashes: bool) -> None:
    """Remember (or forget) that the server reports a clash for this appointment."""
    known = server_reported_conflicts(executor)
    changed = known | {appointment_id} if clashes else known - {appointment_id}
    if changed != known:
        set_meta(executor, SERVER_CONFLICTS_KEY, json.dumps(sorted(changed)) if changed else None)


def their_version(theirs: Mapping[str, Any]) -> str | None:
    """The server's `updated_at` recorded in a conflict's `theirs` (None when it was deleted)."""
    if theirs.get("deleted"):
        return None
    value = theirs.get("updated_at")
    return value if isinstance(value, str) else None

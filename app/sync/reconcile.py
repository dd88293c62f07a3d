"""Reconciling the cache with the server after a push, and finding a create whose answer was lost.

After the server accepts an entry, one transaction marks it done and moves the appointment on:
the row is based on the server's new version, and so are the appointment's later entries (our own
write must not look like someone else's edit to them). Only a version our own write made moves them:
an entry the server already showed before anything was sent is done, but the version it was found
in may hold other people's edits, which the later entries must still meet as a conflict. When no
entry of that appointment is left, the server's record replaces the cached row and the row stops
being pending.

A create whose answer never came (or came unreadable) may have happened. Before it is sent again,
the server is searched for a live appointment of the same practitioner and patient at the same
start, created no earlier than shortly before the booking was made here; one found is adopted
(the local row is renamed to its id) instead of booking twice.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Connection

from app.domain.entities import Appointment
from app.log import sync_log
from app.remote.base import RemoteAdapter
from app.store import bulk
from app.store.local_writes import (
    appointment_sync_state,
    mark_appointment_synced,
    rekey_appointment,
    remove_local_appointment,
)
from app.store.outbox import OutboxEntry, entries_for_appointment, mark_done
from app.store.outbox_payloads import CreatePayload
from app.store.sync_bookkeeping import rebase_unfinished_entries, set_appointment_base

# How much earlier than the local booking's enqueue time the server's created_at may be (clock skew).
CREATED_CLOCK_SLACK = timedelta(minutes=10)


async def find_created(
    adapter: RemoteAdapter, entry: OutboxEntry, payload: CreatePayload
) -> Appointment | None:
    """The server's appointment this create entry already made, if the server has one."""
    matches = await adapter.find_appointments(payload.practitioner_id, payload.patient_id, payload.starts_at)
    not_before = entry.created_at - CREATED_CLOCK_SLACK
    candidates = [m for m in matches if m.created_at is None or m.created_at >= not_before]
    if not candidates:
        return None
    if len(candidates) > 1:
        sync_log.warning("%d server appointments match a lost booking; adopting the newest", len(candidates))
    return max(candidates, key=lambda m: (m.created_at is not None, m.created_at or m.starts_at, m.id))


def adopt_created(connection: Connection, entry: OutboxEntry, created: Appointment) -> None:
    """The create is on the server as `created`: rename the local row, mark the entry done, settle."""
    try:
        rekey_appointment(connection, entry.appointment_id, created.id)
    except LookupError:
        sync_log.info("The booking %s has no cached row any more; caching the server's", entry.appointment_id)
    mark_done(connection, entry.id)
    settle_written(connection, entry.id, created)


def finish_update(
    connection: Connection, entry: OutboxEntry, server: Appointment | None, *, our_version: bool = True
) -> None:
    """A non-create entry is on the server (`server` is the record now, None once it is gone).

    `our_version` says whether `server` is the version our own write made. When it is not (the
    server already showed the change before we sent anything: another desk made the same change,
    on top of edits of its own), the appointment's later entries keep the base they were made on,
    so the next one still meets those edits as a conflict instead of writing over them.
    """
    mark_done(connection, entry.id)
    if server is None:
        remove_local_appointment(connection, entry.appointment_id)
        return
    if our_version:
        settle_written(connection, entry.id, server)
    elif not entries_for_appointment(connection, server.id):
        _cache_server_version(connection, server)


def settle_written(connection: Connection, entry_seq: int, server: Appointment) -> None:
    """Base the appointment (row and later entries) on `server`; cache it when nothing is left to push."""
    version = server.updated_at
    assert version is not None, "server records always carry updated_at"
    rebase_unfinished_entries(connection, server.id, version, from_seq=entry_seq + 1)
    if entries_for_appointment(connection, server.id):
        set_appointment_base(connection, server.id, version)
        return
    _cache_server_version(connection, server)


def _cache_server_version(connection: Connection, server: Appointment) -> None:
    """Nothing of the appointment is left to push: the server's record replaces the cached row."""
    assert server.updated_at is not None, "server records always carry updated_at"
    if appointment_sync_state(connection, server.id) is not None:
        mark_appointment_synced(connection, server.id, server.updated_at)
    bulk.upsert_appointments(connection, [server])

"""Bulk upserts of server data: the sync engine's write path (a page of records per transaction).

Fast: plain dicts, one prepared `INSERT ... ON CONFLICT DO UPDATE` per table run with executemany,
no ORM objects (see `app.store.upserts`). Safe:
- a cached appointment with local changes not yet pushed (`pending_sync`) is never overwritten; its
  id comes back in `skipped_pending` so the sync engine can record a conflict;
- an incoming record older than the cached one (by server `updated_at`) is ignored (`skipped_stale`):
  the main, cancelled and deleted lists are pulled separately and may arrive out of order;
- an appointment arriving with `deleted_at` set is a deletion. A deletion removes the row and its
  attendees and leaves a tombstone, so a stale live copy arriving later (or a server listing a record
  as both live and deleted) does not bring it back; at equal times deletion wins (cliniko-api.md).
  A local delete not yet pushed is different: the row stays, with `deleted_at` and `pending_sync`.
Call these inside the caller's transaction (with the cursor update); they never commit.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects.sqlite import insert

from app.domain.entities import (
    Appointment,
    AppointmentType,
    Attendee,
    Business,
    Patient,
    Practitioner,
    UnavailableBlock,
)
from app.store import mapping
from app.store.duration_bounds import longest_row_us, raise_bound
from app.store.meta import MetaKey
from app.store.models import (
    AppointmentRow,
    AppointmentTombstoneRow,
    AppointmentTypeRow,
    AttendeeRow,
    BusinessRow,
    PatientPhoneRow,
    PatientRow,
    PractitionerRow,
    UnavailableBlockRow,
    table_of,
)
from app.store.prepared import (
    Executor,
    chunks,
    compiled_sql,
    execute_many,
    id_in_chunk,
    lookup,
    prepared_lookup,
)
from app.store.timestamps import optional_epoch_us, to_epoch_us
from app.store.upserts import UpsertResult, is_older, upsert_plan

__all__ = [
    "UpsertResult",
    "delete_appointments",
    "delete_attendees",
    "delete_unavailable_blocks",
    "prune_tombstones",
    "set_practitioner_appointment_types",
    "upsert_appointment_types",
    "upsert_appointments",
    "upsert_attendees",
    "upsert_businesses",
    "upsert_patients",
    "upsert_practitioners",
    "upsert_unavailable_blocks",
]

_appointments = table_of(AppointmentRow)
_tombstones = table_of(AppointmentTombstoneRow)
_attendees = table_of(AttendeeRow)
_phones = table_of(PatientPhoneRow)
_practitioners = table_of(PractitionerRow)
_blocks = table_of(UnavailableBlockRow)

_APPOINTMENTS = upsert_plan(_appointments, "remote_updated_at")
_ATTENDEES = upsert_plan(_attendees, "updated_at")
_PATIENTS = upsert_plan(table_of(PatientRow), "updated_at")
# The practitioners list does not carry the offered types: keep the known set when it sends none.
_PRACTITIONERS = upsert_plan(_practitioners, "updated_at", keep_if_null=("appointment_type_ids",))
_TYPES = upsert_plan(table_of(AppointmentTypeRow), "updated_at")
_BUSINESSES = upsert_plan(table_of(BusinessRow), "updated_at")
_BLOCKS = upsert_plan(_blocks, "updated_at")

_INSERT_PHONES = compiled_sql(insert(_phones))
# Raw driver SQL returns timestamps in storage form (epoch microseconds): no decoding needed.
_LOOKUP_FOR_DELETE = prepared_lookup(
    select(_appointments.c.id, _appointments.c.pending_sync, _appointments.c.remote_updated_at).where(
        id_in_chunk(_appointments.c.id)
    )
)
_LOOKUP_TOMBSTONES = prepared_lookup(
    select(_tombstones.c.id, _tombstones.c.remote_updated_at).where(id_in_chunk(_tombstones.c.id))
)

# (id, deleted_at, server updated_at of the deleted record), in epoch microseconds.
_Tombstone = tuple[str, int | None, int | None]


def _tombstone_sql() -> str:
    statement = insert(_tombstones)
    incoming, current = statement.excluded, _tombstones.c
    # A deletion's version never moves backwards. (SQLite's two-argument max() is NULL when either
    # argument is, hence the coalesces.)
    newest = func.max(
        func.coalesce(incoming.remote_updated_at, current.remote_updated_at),
        func.coalesce(current.remote_updated_at, incoming.remote_updated_at),
    )
    return compiled_sql(
        statement.on_conflict_do_update(
            index_elements=[current.id],
            set_={
                "deleted_at": func.coalesce(incoming.deleted_at, current.deleted_at),
                "remote_updated_at": newest,
                "recorded_at": incoming.recorded_at,
            },
        )
    )


_UPSERT_TOMBSTONES = _tombstone_sql()


# --- appointments -------------------------------------------------------------------------------


def upsert_appointments(executor: Executor, appointments: Sequence[Appointment]) -> UpsertResult:
    """Insert or update appointments from the server (deleted ones are deleted; see module docstring)."""
    live: list[dict[str, Any]] = []
    deletions: list[_Tombstone] = []
    to_row = mapping.appointment_to_row
    for appointment in appointments:
        if appointment.deleted_at is None:
            live.append(to_row(appointment))
        else:
            version = optional_epoch_us(appointment.updated_at)
            deletions.append((appointment.id, to_epoch_us(appointment.deleted_at), version))
    live, superseded = _drop_tombstoned(executor, live)
    raise_bound(executor, MetaKey.MAX_APPOINTMENT_DURATION_US, longest_row_us(live))
    result, _ = _APPOINTMENTS.run(executor, live)
    if not deletions:
        return UpsertResult(result.written, result.skipped_pending, superseded + result.skipped_stale)
    deleted = _delete_appointments(executor, deletions)
    return UpsertResult(
        written=result.written,
        skipped_pending=result.skipped_pending + deleted.skipped_pending,
        skipped_stale=superseded + result.skipped_stale + deleted.skipped_stale,
        deleted=deleted.deleted,
    )


def delete_appointments(
    executor: Executor, ids: Sequence[str], *, deleted_at: datetime | None = None
) -> UpsertResult:
    """Remove appointments deleted on the server; rows with pending local changes are skipped.

    The deletion time, when given, also versions the tombstone: a copy updated after it would revive
    the appointment. Without one, the deletion always wins.
    """
    when = optional_epoch_us(deleted_at)
    return _delete_appointments(executor, [(i, when, when) for i in ids])


def _delete_appointments(executor: Executor, tombstones: Sequence[_Tombstone]) -> UpsertResult:
    cached: dict[str, tuple[bool, int | None]] = {
        found_id: (bool(pending), version)
        for found_id, pending, version in lookup(
            executor, _LOOKUP_FOR_DELETE, [item[0] for item in tombstones]
        )
    }
    doomed: list[_Tombstone] = []
    skipped_pending: list[str] = []
    skipped_stale: list[str] = []
    for item in tombstones:
        pending, version = cached.get(item[0], (False, None))
        if pending:
            skipped_pending.append(item[0])
        elif is_older(item[2], version):  # the cached copy was updated after this deletion
            skipped_stale.append(item[0])
        else:
            doomed.append(item)
    doomed_ids = [item[0] for item in doomed]
    for chunk in chunks(doomed_ids):
        executor.execute(delete(_attendees).where(_attendees.c.appointment_id.in_(chunk)))
        executor.execute(delete(_appointments).where(_appointments.c.id.in_(chunk)))
    if doomed:
        now = to_epoch_us(datetime.now(UTC))
        rows = [
            {"id": i, "deleted_at": when, "remote_updated_at": version, "recorded_at": now}
            for i, when, version in doomed
        ]
        execute_many(executor, _UPSERT_TOMBSTONES, rows)
    return UpsertResult(
        deleted=tuple(doomed_ids), skipped_pending=tuple(skipped_pending), skipped_stale=tuple(skipped_stale)
    )


def _drop_tombstoned(
    executor: Executor, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    """(rows not superseded by a recorded deletion, superseded ids); newer copies lift tombstones."""
    if not rows:
        return rows, ()
    known: dict[str, int | None] = dict(lookup(executor, _LOOKUP_TOMBSTONES, [row["id"] for row in rows]))
    if not known:
        return rows, ()
    kept, revived, superseded = [], [], []
    for row in rows:
        if row["id"] not in known:
            kept.append(row)
            continue
        deleted_version, incoming = known[row["id"]], row["remote_updated_at"]
        # Deletion wins at equal times, and when either time is unknown.
        if deleted_version is None or incoming is None or incoming <= deleted_version:
            superseded.append(row["id"])
        else:
            kept.append(row)
            revived.append(row["id"])
    for chunk in chunks(revived):
        executor.execute(delete(_tombstones).where(_tombstones.c.id.in_(chunk)))
    return kept, tuple(superseded)


def prune_tombstones(executor: Executor, *, recorded_before: datetime) -> int:
    """Forget deletions recorded before `recorded_before` (once every list's cursor is past them)."""
    statement = delete(_tombstones).where(_tombstones.c.recorded_at < to_epoch_us(recorded_before))
    return executor.execute(statement).rowcount  # type: ignore[attr-defined]


# --- everything else ----------------------------------------------------------------------------


def upsert_attendees(executor: Executor, attendees: Sequence[Attendee]) -> UpsertResult:
    """Insert or update attendees (an attendee may arrive before, or without, its appointment)."""
    return _ATTENDEES.run(executor, [mapping.attendee_to_row(a) for a in attendees])[0]


def upsert_appointment_types(executor: Executor, types: Sequence[AppointmentType]) -> UpsertResult:
    """Insert or update appointment types, archived ones included."""
    return _TYPES.run(executor, [mapping.appointment_type_to_row(t) for t in types])[0]


def upsert_practitioners(executor: Executor, practitioners: Sequence[Practitioner]) -> UpsertResult:
    """Insert or update practitioners; `appointment_type_ids=None` keeps the offered types known."""
    return _PRACTITIONERS.run(executor, [mapping.practitioner_to_row(p) for p in practitioners])[0]


def upsert_businesses(executor: Executor, businesses: Sequence[Business]) -> UpsertResult:
    """Insert or update businesses."""
    return _BUSINESSES.run(executor, [mapping.business_to_row(b) for b in businesses])[0]


def upsert_unavailable_blocks(executor: Executor, blocks: Sequence[UnavailableBlock]) -> UpsertResult:
    """Insert or update unavailable blocks."""
    rows = [mapping.unavailable_block_to_row(b) for b in blocks]
    raise_bound(executor, MetaKey.MAX_UNAVAILABLE_BLOCK_DURATION_US, longest_row_us(rows))
    return _BLOCKS.run(executor, rows)[0]


def upsert_patients(executor: Executor, patients: Sequence[Patient]) -> UpsertResult:
    """Insert or update patients, replacing the searchable phone digits of each one written."""
    result, written = _PATIENTS.run(executor, [mapping.patient_to_row(p) for p in patients])
    latest = {patient.id: patient for patient in patients}
    written_ids = list(dict.fromkeys(row["id"] for row in written))
    for chunk in chunks(written_ids):
        executor.execute(delete(_phones).where(_phones.c.patient_id.in_(chunk)))
    phones = [phone for i in written_ids for phone in mapping.patient_phone_rows(latest[i])]
    execute_many(executor, _INSERT_PHONES, phones)
    return result


def set_practitioner_appointment_types(
    executor: Executor, practitioner_id: str, type_ids: Iterable[str] | None
) -> None:
    """Record which appointment types a practitioner offers (None: not known)."""
    known = None if type_ids is None else frozenset(type_ids)
    value = mapping.practitioner_type_ids_text(known)
    statement = update(_practitioners).where(_practitioners.c.id == practitioner_id)
    executor.execute(statement.values(appointment_type_ids=value))


def delete_attendees(executor: Executor, ids: Sequence[str]) -> int:
    """Remove attendees by id; returns how many went."""
    removed = 0
    for chunk in chunks(list(ids)):
        outcome = executor.execute(delete(_attendees).where(_attendees.c.id.in_(chunk)))
        removed += outcome.rowcount  # type: ignore[attr-defined]
    return removed


def delete_unavailable_blocks(executor: Executor, ids: Sequence[str]) -> int:
    """Remove unavailable blocks by id; returns how many went."""
    removed = 0
    for chunk in chunks(list(ids)):
        outcome = executor.execute(delete(_blocks).where(_blocks.c.id.in_(chunk)))
        removed += outcome.rowcount  # type: ignore[attr-defined]
    return removed

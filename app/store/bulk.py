"""Bulk upserts of server data: the sync engine's write path (a page of records per transaction).

Fast: storage tuples bound positionally, one look-up per page, then a prepared plain `INSERT` for the
ids not cached and `INSERT ... ON CONFLICT DO UPDATE` for the rest, run with executemany; no ORM
objects (see `app.store.upserts`). Safe:
- a cached appointment with local changes not yet pushed (`pending_sync`) is never overwritten; its
  id comes back in `skipped_pending` so the sync engine can record a conflict;
- an incoming record older than the cached one (by server `updated_at`) is ignored (`skipped_stale`):
  the main, cancelled and deleted lists are pulled separately and may arrive out of order;
- an appointment arriving with `deleted_at` set is a deletion. A deletion removes the row and its
  attendees and leaves a tombstone, so a stale live copy arriving later (or a server listing a record
  as both live and deleted) does not bring it back; at equal times deletion wins (cliniko-api.md).
  A local delete not yet pushed is different: the row stays, with `deleted_at` and `pending_sync`;
- a server copy without a series id keeps the cached row's: a series booked here is pushed as
  separate appointments, and the server's copies do not say they belong together.
Call these inside the caller's transaction (with the cursor update); they never commit.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

from sqlalchemy import Integer, Text, cast, delete, exists, func, literal_column, select, update
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
    MetaRow,
    PatientPhoneRow,
    PatientRow,
    PractitionerRow,
    UnavailableBlockRow,
    table_of,
)
from app.store.prepared import (
    Executor,
    PreparedSelect,
    chunks,
    compiled_sql,
    dbapi_connection,
    driver_error,
    execute_many,
    id_in_chunk,
    lookup,
    prepared_lookup,
)
from app.store.timestamps import optional_epoch_us, to_epoch_us
from app.store.upserts import UpsertResult, Values, is_older, upsert_plan

__all__ = [
    "CATALOG_VERSION_KEY",
    "UpsertResult",
    "catalog_version",
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
_meta = table_of(MetaRow)

# A server copy carries no series id for a series booked here (see the module docstring): keep ours.
_APPOINTMENTS = upsert_plan(
    _appointments, "remote_updated_at", keep_if_null=("series_id",), columns=mapping.APPOINTMENT_COLUMNS
)
_STARTS, _ENDS = (mapping.APPOINTMENT_COLUMNS.index(name) for name in ("starts_at", "ends_at"))
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
# Most syncs have no recorded deletions to check a page against: one probe instead of 100.
_ANY_TOMBSTONE = compiled_sql(select(exists(select(_tombstones.c.id))))

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

# The catalog version (see `catalog_version`): a store-internal meta key, counted up on each write.
CATALOG_VERSION_KEY = "store.catalog_version"


def _bump_sql() -> str:
    statement = insert(_meta)
    counted_up = cast(cast(_meta.c.value, Integer) + literal_column("1"), Text)
    return compiled_sql(
        statement.on_conflict_do_update(index_elements=[_meta.c.key], set_={"value": counted_up})
    )


_BUMP_CATALOG_VERSION = _bump_sql()
_READ_CATALOG_VERSION = PreparedSelect.of(
    select(_meta.c.value).where(_meta.c.key == literal_column(f"'{CATALOG_VERSION_KEY}'"))
)


# --- appointments -------------------------------------------------------------------------------


def upsert_appointments(executor: Executor, appointments: Sequence[Appointment]) -> UpsertResult:
    """Insert or update appointments from the server (deleted ones are deleted; see module docstring)."""
    live: list[Values] = []
    deletions: list[_Tombstone] = []
    values_of = mapping.appointment_values
    for appointment in appointments:
        if appointment.deleted_at is None:
            live.append(values_of(appointment))
        else:
            version = optional_epoch_us(appointment.updated_at)
            deletions.append((appointment.id, to_epoch_us(appointment.deleted_at), version))
    live, superseded = _drop_tombstoned(executor, live)
    longest = max((row[_ENDS] - row[_STARTS] for row in live), default=0)
    raise_bound(executor, MetaKey.MAX_APPOINTMENT_DURATION_US, longest)
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


def _drop_tombstoned(executor: Executor, rows: list[Values]) -> tuple[list[Values], tuple[str, ...]]:
    """(rows not superseded by a recorded deletion, superseded ids); newer copies lift tombstones."""
    if not rows or not _has_tombstones(executor):
        return rows, ()
    known: dict[str, int | None] = dict(lookup(executor, _LOOKUP_TOMBSTONES, [row[0] for row in rows]))
    if not known:
        return rows, ()
    kept, revived, superseded = [], [], []
    version = _APPOINTMENTS.version_index
    for row in rows:
        if row[0] not in known:
            kept.append(row)
            continue
        deleted_version, incoming = known[row[0]], row[version]
        # Deletion wins at equal times, and when either time is unknown.
        if deleted_version is None or incoming is None or incoming <= deleted_version:
            superseded.append(row[0])
        else:
            kept.append(row)
            revived.append(row[0])
    for chunk in chunks(revived):
        executor.execute(delete(_tombstones).where(_tombstones.c.id.in_(chunk)))
    return kept, tuple(superseded)


def _has_tombstones(executor: Executor) -> bool:
    try:
        return bool(dbapi_connection(executor).execute(_ANY_TOMBSTONE).fetchone()[0])
    except sqlite3.Error as error:
        raise driver_error(_ANY_TOMBSTONE, error) from None


def prune_tombstones(executor: Executor, *, recorded_before: datetime) -> int:
    """Forget deletions recorded before `recorded_before` (once every list's cursor is past them)."""
    statement = delete(_tombstones).where(_tombstones.c.recorded_at < to_epoch_us(recorded_before))
    return executor.execute(statement).rowcount  # type: ignore[attr-defined]


# --- everything else ----------------------------------------------------------------------------


def upsert_attendees(executor: Executor, attendees: Sequence[Attendee]) -> UpsertResult:
    """Insert or update attendees (an attendee may arrive before, or without, its appointment)."""
    return _ATTENDEES.run(executor, _ATTENDEES.values_of(map(mapping.attendee_to_row, attendees)))[0]


def upsert_appointment_types(executor: Executor, types: Sequence[AppointmentType]) -> UpsertResult:
    """Insert or update appointment types, archived ones included."""
    result = _TYPES.run(executor, _TYPES.values_of(map(mapping.appointment_type_to_row, types)))[0]
    return _catalog_written(executor, result)


def upsert_practitioners(executor: Executor, practitioners: Sequence[Practitioner]) -> UpsertResult:
    """Insert or update practitioners; `appointment_type_ids=None` keeps the offered types known."""
    rows = _PRACTITIONERS.values_of(map(mapping.practitioner_to_row, practitioners))
    return _catalog_written(executor, _PRACTITIONERS.run(executor, rows)[0])


def upsert_businesses(executor: Executor, businesses: Sequence[Business]) -> UpsertResult:
    """Insert or update businesses."""
    result = _BUSINESSES.run(executor, _BUSINESSES.values_of(map(mapping.business_to_row, businesses)))[0]
    return _catalog_written(executor, result)


def upsert_unavailable_blocks(executor: Executor, blocks: Sequence[UnavailableBlock]) -> UpsertResult:
    """Insert or update unavailable blocks."""
    rows = [mapping.unavailable_block_to_row(b) for b in blocks]
    raise_bound(executor, MetaKey.MAX_UNAVAILABLE_BLOCK_DURATION_US, longest_row_us(rows))
    return _BLOCKS.run(executor, _BLOCKS.values_of(rows))[0]


def upsert_patients(executor: Executor, patients: Sequence[Patient]) -> UpsertResult:
    """Insert or update patients, replacing the searchable phone digits of each one written."""
    result, written = _PATIENTS.run(executor, _PATIENTS.values_of(map(mapping.patient_to_row, patients)))
    latest = {patient.id: patient for patient in patients}
    written_ids = list(dict.fromkeys(row[0] for row in written))
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
    statement = update(_practitioners).where(
        _practitioners.c.id == practitioner_id, _practitioners.c.appointment_type_ids.is_not(value)
    )
    if executor.execute(statement.values(appointment_type_ids=value)).rowcount:  # type: ignore[attr-defined]
        _bump_catalog_version(executor)


# --- the catalog version ------------------------------------------------------------------------


def catalog_version(executor: Executor) -> int | None:
    """A number that changes whenever these functions write practitioners, appointment types or
    businesses (None until the first such write), so readers may keep what they read of them."""
    found = _READ_CATALOG_VERSION.rows(executor, {})
    return int(found[0][0]) if found else None


def _catalog_written(executor: Executor, result: UpsertResult) -> UpsertResult:
    if result.written:
        _bump_catalog_version(executor)
    return result


def _bump_catalog_version(executor: Executor) -> None:
    execute_many(executor, _BUMP_CATALOG_VERSION, [{"key": CATALOG_VERSION_KEY, "value": "1"}])


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

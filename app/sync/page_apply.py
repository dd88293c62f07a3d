"""Applying one page of server changes to the cache: the pull's hot path, one transaction per page.

The page's records and its list's cursor are written in the same transaction, so a sync killed at
any moment leaves the cursor describing exactly the data committed with it.

Boundary versions. A walk resumes from its cursor with `updated_at >= cursor`, so the records at
the cursor's time come back on the next run. The cursor remembers the versions it has already
applied there, as "id@updated_at-in-microseconds@fingerprint" strings in the store's
`boundary_ids`; a record coming back with the same id, `updated_at` *and* content is a repeat and is
dropped (no write, not counted as pulled). The fingerprint is there because a server may show
`updated_at` to the whole second only (the API documents times as `2024-08-30T18:00:00Z`): an edit
made within the same second as the version already applied comes back with an unchanged
`updated_at`, and only its content tells it apart. Fingerprints are computed only for the few records
at the boundary, never on the walk's hot path. Entries saved before fingerprints ("id@micros") match
no record, so those records are applied once more (harmless: the same data).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection

from app.domain.entities import AppointmentType
from app.remote.base import ListVariant, RemoteRecord, ResourceKind
from app.store import bulk
from app.store.catalog import list_appointment_types
from app.store.cursors import Cursor, cursor_key, set_cursor
from app.store.sync_bookkeeping import count_cached_appointments
from app.store.timestamps import from_epoch_us, to_epoch_us
from app.store.upserts import UpsertResult

# (record id, updated_at in epoch microseconds)
VersionKey = tuple[str, int]


def list_key(kind: ResourceKind, variant: ListVariant) -> str:
    """The cursor key of one list: "appointments", "appointments:deleted", "patients:archived"."""
    return cursor_key(kind.value, "" if variant is ListVariant.LIVE else variant.value)


@dataclass(frozen=True, slots=True)
class CursorUpdate:
    """The cursor to save with a page: where to resume, and the versions already applied there."""

    key: str
    updated_at: datetime
    boundary: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PageOutcome:
    """What applying one page did."""

    written: int
    deleted: int
    skipped_pending: tuple[str, ...]


@dataclass(slots=True)
class Boundary:
    """The versions a walk has applied at or after its current resume point (see module docstring).

    `versions` maps (id, updated_at in microseconds) to what the record held then: the record itself
    while the walk runs (compared whole, which is cheap), or the fingerprint read from a cursor. A
    record's fingerprint is computed only when the cursor is written (`encoded`, once a commit).
    """

    since: datetime | None = None
    versions: dict[VersionKey, RemoteRecord | str] = field(default_factory=dict)

    @classmethod
    def from_cursor(cls, cursor: Cursor | None) -> Boundary:
        """The boundary saved with `cursor` (ids without a version, from older cursors, are ignored)."""
        if cursor is None:
            return cls()
        versions: dict[VersionKey, RemoteRecord | str] = {}
        for item in cursor.boundary_ids:
            record_id, micros, digest = _decoded(item)
            if record_id and micros is not None:
                versions[(record_id, micros)] = digest
        return cls(cursor.updated_at, versions)

    def fresh(self, records: Sequence[RemoteRecord]) -> list[RemoteRecord]:
        """`records` without the repeats of versions already applied."""
        seen = self.versions
        if not seen:
            return list(records)
        # A walk moves forwards: most records are newer than every version held, which a datetime
        # comparison shows without converting (or comparing) each one.
        newest = from_epoch_us(max(micros for _, micros in seen))
        return [r for r in records if r.updated_at is None or r.updated_at > newest or not _repeats(r, seen)]

    def advance(self, resume_from: datetime | None, records: Iterable[RemoteRecord]) -> None:
        """Take in a committed page: keep the versions a re-walk from `resume_from` would return."""
        if resume_from is None:
            return
        if self.since != resume_from:
            floor = to_epoch_us(resume_from)
            self.versions = {key: held for key, held in self.versions.items() if key[1] >= floor}
            self.since = resume_from
        versions = self.versions
        for record in records:
            updated_at = record.updated_at
            # Compared as datetimes first: only the few records at or after the floor are converted.
            if updated_at is not None and updated_at >= resume_from:
                versions[(record.id, to_epoch_us(updated_at))] = record

    def encoded(self) -> tuple[str, ...]:
        """The versions as the cursor stores them."""
        versions = self.versions
        for key, held in versions.items():
            if not isinstance(held, str):
                versions[key] = fingerprint(held)  # kept: the next commit does not digest it again
        return tuple(
            f"{record_id}@{micros}@{versions[record_id, micros]}" for record_id, micros in sorted(versions)
        )


def _repeats(record: RemoteRecord, seen: dict[VersionKey, RemoteRecord | str]) -> bool:
    """Whether `record` is a version already applied: same id, same updated_at and same content."""
    assert record.updated_at is not None
    held = seen.get((record.id, to_epoch_us(record.updated_at)))
    if held is None:
        return False
    return fingerprint(record) == held if isinstance(held, str) else held == record


def fingerprint(record: RemoteRecord) -> str:
    """A short, stable digest of a record's whole content (every field, secrets included, never shown)."""
    if is_dataclass(record):
        content = repr(tuple(getattr(record, item.name) for item in fields(record)))
    else:
        content = repr(record)
    return hashlib.blake2b(content.encode(), digest_size=8).hexdigest()


def _decoded(item: str) -> tuple[str, int | None, str]:
    """(id, micros, fingerprint) of a stored boundary entry; micros None when unreadable."""
    parts = item.split("@")
    if len(parts) == 2:  # saved before fingerprints: matches no record, so applied once more
        parts.append("")
    if len(parts) != 3:
        return "", None, ""
    record_id, micros, digest = parts
    return record_id, int(micros) if micros.lstrip("-").isdigit() else None, digest


def apply_page(
    connection: Connection,
    kind: ResourceKind,
    variant: ListVariant,
    records: Sequence[Any],
    *,
    cursor: CursorUpdate | None,
    now: datetime,
) -> PageOutcome:
    """Write one page's records and (if given) its cursor, inside the caller's transaction."""
    return apply_pages(connection, kind, variant, [records], cursor=cursor, now=now)


def apply_pages(
    connection: Connection,
    kind: ResourceKind,
    variant: ListVariant,
    pages: Sequence[Sequence[Any]],
    *,
    cursor: CursorUpdate | None,
    now: datetime,
) -> PageOutcome:
    """Write consecutive pages of one list, then the cursor after the last, in the caller's transaction.

    The pages go to the store as one batch, in order: each statement is prepared and each look-up
    made once per batch rather than once per page. A record listed twice (edited during the walk,
    listed again, newer, in a later page) is inserted once and then updated by its later copy, under
    the upsert's version guard, so it ends at its newest version.
    """
    records = pages[0] if len(pages) == 1 else [record for page in pages for record in page]
    result, deleted = apply_records(connection, kind, variant, records)
    if cursor is not None:
        set_cursor(connection, cursor.key, cursor.updated_at, cursor.boundary, now=now)
    return PageOutcome(
        written=len(result.written), deleted=deleted, skipped_pending=tuple(result.skipped_pending)
    )


def apply_records(
    connection: Connection, kind: ResourceKind, variant: ListVariant, records: Sequence[Any]
) -> tuple[UpsertResult, int]:
    """Upsert (or, from a deleted list, remove) records of one kind; also how many cached rows went."""
    if not records:
        return UpsertResult(), 0
    if kind is ResourceKind.APPOINTMENTS:
        # Deleted appointments carry `deleted_at`: the upsert removes them and leaves tombstones.
        # Count the cached ones first: a deletion of a record never cached removes nothing.
        deleted_ids = [record.id for record in records if record.deleted_at is not None]
        cached = count_cached_appointments(connection, deleted_ids) if deleted_ids else 0
        result = bulk.upsert_appointments(connection, records)
        return result, min(cached, len(result.deleted))
    if variant is ListVariant.DELETED:
        ids = [record.id for record in records]
        if kind is ResourceKind.ATTENDEES:
            return UpsertResult(deleted=tuple(ids)), bulk.delete_attendees(connection, ids)
        if kind is ResourceKind.UNAVAILABLE_BLOCKS:
            return UpsertResult(deleted=tuple(ids)), bulk.delete_unavailable_blocks(connection, ids)
        return UpsertResult(), 0  # no other kind is ever removed: archived records stay readable
    upsert = _UPSERTS[kind]
    return upsert(connection, records), 0


_UPSERTS: dict[ResourceKind, Any] = {
    ResourceKind.BUSINESSES: bulk.upsert_businesses,
    ResourceKind.PRACTITIONERS: bulk.upsert_practitioners,
    ResourceKind.APPOINTMENT_TYPES: bulk.upsert_appointment_types,
    ResourceKind.PATIENTS: bulk.upsert_patients,
    ResourceKind.ATTENDEES: bulk.upsert_attendees,
    ResourceKind.UNAVAILABLE_BLOCKS: bulk.upsert_unavailable_blocks,
}


def apply_type_snapshot(connection: Connection, types: Sequence[AppointmentType]) -> int:
    """Write the appointment types that differ from the cache (the complete list, re-read every run).

    Types are re-read whole because a telehealth switch must take effect even when the server does
    not move `updated_at`. A type listed twice (live and archived) keeps its newest version.
    Returns how many types changed.
    """
    newest: dict[str, AppointmentType] = {}
    for item in types:
        known = newest.get(item.id)
        if known is None or _version(item) >= _version(known):
            newest[item.id] = item
    cached = {item.id: item for item in list_appointment_types(connection, include_archived=True)}
    changed = [item for item in newest.values() if cached.get(item.id) != item]
    bulk.upsert_appointment_types(connection, changed)
    return len(changed)


def _version(item: AppointmentType) -> int:
    return to_epoch_us(item.updated_at) if item.updated_at is not None else -1

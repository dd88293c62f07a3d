"""Pull: bring the server's changes into the cache, list by list, page by page, walking by key.

Order (reference data first, so every appointment finds its practitioner and type):
  businesses, practitioners (and the types each offers: one request per practitioner, on the first
  sync, when practitioners changed, or once a day), appointment types (live and archived, re-read
  whole every run: they are few, and a telehealth switch must take effect even when no appointment
  changes), then on a first sync the calendar's visible window (appointments and unavailable blocks
  whose `starts_at` falls in it, without touching any cursor, so the clinic can work within
  seconds), then the backfill: patients (live, archived), appointments (live, cancelled, deleted),
  attendees (the patient links), unavailable blocks.

Each list has a cursor (see `app.sync.page_apply`); pages are committed with the cursor after them,
on the writer thread, one page or a few per transaction (`CommitPolicy`). The appointments' deleted
list is planned before it is applied (`app.sync.safety`). A malformed record is skipped by the
adapter, counted, and the walk goes on.
"""

from __future__ import annotations

import functools
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.domain.entities import AppointmentType
from app.domain.timezones import format_iso_utc, parse_iso_utc
from app.log import sync_log
from app.remote.base import ChangePage, ListVariant, RemoteAdapter, RemoteRecord, ResourceKind
from app.remote.errors import NotFoundError, PermissionDeniedError, RemoteError
from app.store import bulk
from app.store.catalog import list_practitioners
from app.store.cursors import Cursor, get_cursor
from app.store.meta import get_meta, set_meta
from app.sync.block_reconcile import reconcile_window, remove_unlisted_blocks
from app.sync.collection_pacing import fewer_collections
from app.sync.page_apply import (
    Boundary,
    CursorUpdate,
    PageOutcome,
    apply_pages,
    apply_type_snapshot,
    list_key,
)
from app.sync.safety import check_deletions
from app.sync.status import ObserverRelay, PullResult, SyncPhase
from app.sync.writer import CacheWriter

# Meta keys the pull maintains (plain text keys; ISO 8601 UTC values).
INITIAL_PULL_DONE_AT = "sync.initial_pull_done_at"
PRACTITIONER_TYPES_READ_AT = "sync.practitioner_types_read_at"
PRACTITIONER_TYPES_MAX_AGE = timedelta(days=1)
# A deletion is remembered this long, so a stale live copy listed late cannot bring it back.
TOMBSTONE_MAX_AGE = timedelta(days=30)

_VARIANT_ORDER = (ListVariant.LIVE, ListVariant.ARCHIVED, ListVariant.CANCELLED, ListVariant.DELETED)
_BACKFILL_KINDS = (
    ResourceKind.PATIENTS,
    ResourceKind.APPOINTMENTS,
    ResourceKind.ATTENDEES,
    ResourceKind.UNAVAILABLE_BLOCKS,
)
_WINDOW_KINDS = (ResourceKind.APPOINTMENTS, ResourceKind.UNAVAILABLE_BLOCKS)


@dataclass(slots=True)
class _Tally:
    pulled: int = 0
    skipped_malformed: int = 0
    deleted: int = 0
    skipped_pending: int = 0
    by_list: dict[str, int] = field(default_factory=dict)
    by_kind: dict[str, int] = field(default_factory=dict)

    def count(self, list_name: str, kind: ResourceKind, records: int, *, window_pass: bool) -> int:
        self.by_list[list_name] = self.by_list.get(list_name, 0) + records
        if not window_pass:  # the backfill pulls the window's records again; count them once
            self.pulled += records
        self.by_kind[kind.value] = self.by_kind.get(kind.value, 0) + records
        return self.by_kind[kind.value]

    def result(self) -> PullResult:
        return PullResult(
            pulled=self.pulled,
            skipped_malformed=self.skipped_malformed,
            deleted=self.deleted,
            skipped_pending=self.skipped_pending,
            by_list=dict(self.by_list),
        )


@dataclass(frozen=True, slots=True)
class CommitPolicy:
    """How many fetched pages go into one transaction.

    Pages are buffered and committed together (records, then the cursor after the last page) once
    `max_records` records are waiting or the oldest waited `max_delay_seconds`, and at the end of
    each list. Against a paced server each page waits longer than the delay for its successor, so
    every page commits on its own; when pages come fast (a local server, a backfill after the
    rate-limit window reset) fewer, larger transactions cost SQLite far less per record. A killed
    run loses at most the uncommitted buffer, which the next run fetches again from the cursor.
    """

    max_records: int = 10_000
    max_delay_seconds: float = 0.25


# Every page in its own transaction (tests that interleave server changes with pages use it).
EVERY_PAGE = CommitPolicy(max_records=1, max_delay_seconds=0.0)


@dataclass(slots=True)
class _ListWalk:
    """One list being walked: which, its resume boundary, the cursor as committed, pages not yet."""

    kind: ResourceKind
    variant: ListVariant
    window: tuple[datetime, datetime] | None
    boundary: Boundary = field(default_factory=Boundary)
    saved: tuple[datetime | None, tuple[str, ...]] = (None, ())
    buffered: list[list[RemoteRecord]] = field(default_factory=list)
    buffered_records: int = 0
    buffered_cursor_at: datetime | None = None
    buffered_since: float | None = None
    missing: bool = False  # the server turned out not to have this list

    @property
    def key(self) -> str:
        return list_key(self.kind, self.variant)

    @property
    def window_pass(self) -> bool:
        return self.window is not None


class Puller:
    """Runs one pull: every list the adapter offers, in the order above."""

    def __init__(
        self,
        writer: CacheWriter,
        adapter: RemoteAdapter,
        relay: ObserverRelay,
        clock: Callable[[], datetime],
        *,
        allow_mass_delete: bool,
        policy: CommitPolicy = CommitPolicy(),
    ) -> None:
        self._policy = policy
        self._writer = writer
        self._adapter = adapter
        self._relay = relay
        self._clock = clock
        self._allow_mass_delete = allow_mass_delete
        self._capabilities = adapter.capabilities()
        self._missing_lists: set[tuple[ResourceKind, ListVariant]] = set()

    async def pull(self, visible_window: tuple[datetime, datetime] | None = None) -> PullResult:
        """Pull every list; on a first sync, the visible window before the backfill."""
        with fewer_collections():
            return await self._pull(visible_window)

    async def _pull(self, visible_window: tuple[datetime, datetime] | None) -> PullResult:
        tally = _Tally()
        first = await self._writer.read(lambda session: get_meta(session, INITIAL_PULL_DONE_AT) is None)
        self._relay.phase_changed(SyncPhase.PULLING, None)
        await self._walk_kind(ResourceKind.BUSINESSES, tally)
        practitioners_changed = await self._walk_kind(ResourceKind.PRACTITIONERS, tally)
        await self._reread_types(tally)
        await self._refresh_practitioner_types(force=first or practitioners_changed > 0)
        if first and visible_window is not None:
            for kind in _WINDOW_KINDS:
                if kind in self._capabilities.window_filter_kinds:
                    await self._walk(kind, ListVariant.LIVE, tally, window=visible_window)
        if first:
            self._relay.phase_changed(SyncPhase.BACKFILLING, "Fetching the rest of the clinic's records.")
        for kind in _BACKFILL_KINDS:
            await self._walk_kind(kind, tally)
        if self._deleted_blocks_unreadable():
            await self._reconcile_blocks()
        await self._writer.write(functools.partial(self._finish, first=first, now=self._clock()))
        return tally.result()

    async def _walk_kind(self, kind: ResourceKind, tally: _Tally) -> int:
        applied = 0
        for variant in _VARIANT_ORDER:
            if self._capabilities.supports(kind, variant):
                applied += await self._walk(kind, variant, tally)
        return applied

    async def _walk(
        self,
        kind: ResourceKind,
        variant: ListVariant,
        tally: _Tally,
        *,
        window: tuple[datetime, datetime] | None = None,
    ) -> int:
        """Walk one list from its cursor (a window pass: from the start, leaving the cursor alone)."""
        walk = _ListWalk(kind, variant, window)
        cursor: Cursor | None = None
        if window is None:
            cursor = await self._writer.read(lambda session: get_cursor(session, walk.key))
        walk.boundary = Boundary.from_cursor(cursor)
        walk.saved = (walk.boundary.since, walk.boundary.encoded())
        pages = self._adapter.list_changes(
            kind, variant, cursor.updated_at if cursor else None, window=window
        )
        applied = 0
        try:
            if kind is ResourceKind.APPOINTMENTS and variant is ListVariant.DELETED:
                planned = [page async for page in pages]
                deleted_ids = [r.id for page in planned for r in walk.boundary.fresh(page.records)]
                await self._writer.read(
                    lambda session: check_deletions(session, deleted_ids, allowed=self._allow_mass_delete)
                )
                for page in planned:
                    applied += await self._take(walk, page, tally)
            else:
                async for page in pages:
                    applied += await self._take(walk, page, tally)
        except RemoteError:
            await self._commit(walk, tally)  # keep what arrived before the server went away
            raise
        finally:
            await _close(pages)
        await self._commit(walk, tally)
        if walk.missing:
            self._missing_lists.add((kind, variant))
        return applied

    def _deleted_blocks_unreadable(self) -> bool:
        deleted = (ResourceKind.UNAVAILABLE_BLOCKS, ListVariant.DELETED)
        return ResourceKind.UNAVAILABLE_BLOCKS in self._capabilities.window_filter_kinds and (
            not self._capabilities.supports(*deleted) or deleted in self._missing_lists
        )

    async def _reconcile_blocks(self) -> None:
        """Remove recent blocks the server stopped listing (see `app.sync.block_reconcile`)."""
        window = reconcile_window(self._clock())
        listed: set[str] = set()
        pages = self._adapter.list_changes(
            ResourceKind.UNAVAILABLE_BLOCKS, ListVariant.LIVE, None, window=window
        )
        try:
            async for page in pages:
                if page.skipped > len(page.skipped_ids):
                    return  # a malformed block without a readable id: which ones exist is unknown
                listed.update(record.id for record in page.records)
                listed.update(page.skipped_ids)
        finally:
            await _close(pages)
        removed = await self._writer.write(
            functools.partial(remove_unlisted_blocks, window=window, listed=listed)
        )
        if removed:
            sync_log.info("%d unavailable blocks are no longer listed by the server: removed", removed)

    async def _take(self, walk: _ListWalk, page: ChangePage, tally: _Tally) -> int:
        """Buffer one page (committing the buffer when the policy says so); returns its new records."""
        records = walk.boundary.fresh(page.records)
        walk.boundary.advance(page.resume_from, page.records)
        if not walk.window_pass and page.resume_from is not None:
            walk.buffered_cursor_at = page.resume_from  # encoded once, when the buffer commits
        if records:
            walk.buffered.append(records)
            walk.buffered_records += len(records)
        if not walk.window_pass:
            tally.skipped_malformed += page.skipped
        walk.missing = walk.missing or page.list_missing
        now = time.monotonic()
        if walk.buffered_since is None:
            walk.buffered_since = now
        policy = self._policy
        if (
            walk.buffered_records >= policy.max_records
            or now - walk.buffered_since >= policy.max_delay_seconds
        ):
            await self._commit(walk, tally)
        return len(records)

    async def _commit(self, walk: _ListWalk, tally: _Tally) -> None:
        """Write the buffered pages and the cursor after them in one transaction, then report."""
        pages, resume_from, count = walk.buffered, walk.buffered_cursor_at, walk.buffered_records
        walk.buffered, walk.buffered_cursor_at, walk.buffered_records = [], None, 0
        walk.buffered_since = None
        cursor: CursorUpdate | None = None
        if resume_from is not None:
            update = CursorUpdate(walk.key, resume_from, walk.boundary.encoded())
            if pages or (update.updated_at, update.boundary) != walk.saved:
                cursor = update  # else nothing new: leave the committed cursor alone
        if not pages and cursor is None:
            return
        outcome: PageOutcome = await self._writer.write(
            functools.partial(
                apply_pages,
                kind=walk.kind,
                variant=walk.variant,
                pages=pages,
                cursor=cursor,
                now=self._clock(),
            )
        )
        if cursor is not None:
            walk.saved = (cursor.updated_at, cursor.boundary)
        tally.deleted += outcome.deleted
        tally.skipped_pending += len(outcome.skipped_pending)
        label = f"{walk.key}:window" if walk.window_pass else walk.key
        done = tally.count(label, walk.kind, count, window_pass=walk.window_pass)
        self._relay.progress(done, None, walk.kind.value)

    async def _reread_types(self, tally: _Tally) -> None:
        """Read every appointment type (live and archived) and write the ones that changed."""
        types: list[AppointmentType] = []
        for variant in (ListVariant.LIVE, ListVariant.ARCHIVED):
            if not self._capabilities.supports(ResourceKind.APPOINTMENT_TYPES, variant):
                continue
            pages = self._adapter.list_changes(ResourceKind.APPOINTMENT_TYPES, variant, None)
            try:
                async for page in pages:
                    types.extend(r for r in page.records if isinstance(r, AppointmentType))
                    tally.skipped_malformed += page.skipped
            finally:
                await _close(pages)
        changed = await self._writer.write(lambda connection: apply_type_snapshot(connection, types))
        done = tally.count(
            list_key(ResourceKind.APPOINTMENT_TYPES, ListVariant.LIVE),
            ResourceKind.APPOINTMENT_TYPES,
            changed,
            window_pass=False,
        )
        self._relay.progress(done, None, ResourceKind.APPOINTMENT_TYPES.value)

    async def _refresh_practitioner_types(self, *, force: bool) -> None:
        """Re-read which types each practitioner offers, when forced or once the last read is old."""
        now = self._clock()
        if not force:
            read_at = await self._writer.read(lambda session: get_meta(session, PRACTITIONER_TYPES_READ_AT))
            if read_at is not None and now - parse_iso_utc(read_at) < PRACTITIONER_TYPES_MAX_AGE:
                return
        practitioners = await self._writer.read(list_practitioners)
        offered: dict[str, set[str] | None] = {}
        for practitioner in practitioners:
            try:
                offered[practitioner.id] = await self._adapter.list_practitioner_appointment_types(
                    practitioner.id
                )
            except (NotFoundError, PermissionDeniedError):
                # Not readable with this key: "not known", and the "type not offered" rule stays quiet.
                sync_log.info("The types practitioner %s offers are not readable", practitioner.id)
                offered[practitioner.id] = None

        def record(connection: Connection) -> None:
            for practitioner_id, type_ids in offered.items():
                bulk.set_practitioner_appointment_types(connection, practitioner_id, type_ids)
            set_meta(connection, PRACTITIONER_TYPES_READ_AT, format_iso_utc(now))

        await self._writer.write(record)

    @staticmethod
    def _finish(connection: Connection, *, first: bool, now: datetime) -> None:
        if first:
            set_meta(connection, INITIAL_PULL_DONE_AT, format_iso_utc(now))
        bulk.prune_tombstones(connection, recorded_before=now - TOMBSTONE_MAX_AGE)


async def _close(pages: AsyncIterator[ChangePage]) -> None:
    """Close a page walk left early (an error mid-walk), so its generator does not linger."""
    close = getattr(pages, "aclose", None)
    if close is not None:
        await close()


def initial_pull_done(session: Session) -> bool:
    """Whether a complete first pull has been committed to this cache."""
    return get_meta(session, INITIAL_PULL_DONE_AT) is not None

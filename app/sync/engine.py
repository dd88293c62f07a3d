"""The sync engine: one object the services, the CLI and the GUI drive.

    engine = SyncEngine(database, adapter, observer=status_bar)
    summary = await engine.run_once(visible_window=(start, end))   # push, then pull
    ...
    engine.close()

A run reads the signed-in user (which also checks the key) and records it, pushes the outbox
(`app.sync.push`), pulls the server's changes (`app.sync.pull`), then records the time of the last
successful sync (the "stale cache" warning reads it). Every cache transaction runs on the engine's
writer thread (`app.sync.writer`). A run is safe to kill at any moment: pages commit with their
cursors, outbox entries are marked in flight before their request goes out, and the next run
continues from there.

Errors (the phase is set before the error propagates):
- `AuthenticationError` (401): phase AUTH_FAILED; the outbox is as it was;
- `ServerUnavailableError`: phase OFFLINE; the outbox is kept, and so are the pages committed;
- anything else known (`RemoteError`, `SyncError`, e.g. `MassDeletionRefused`): phase ERROR.
Runs are serialised: a second `run_once` while one is going waits for it.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Literal, TypeVar

from app.domain.timezones import parse_iso_utc
from app.log import sync_log
from app.remote.base import RemoteAdapter
from app.remote.errors import AuthenticationError, RemoteError, ServerUnavailableError
from app.store.database import CacheDatabase
from app.store.meta import set_last_successful_sync, set_signed_in_user
from app.sync.conflict_records import keep_mine, open_conflict, take_theirs, their_version
from app.sync.errors import ConflictCannotBeKept, ConflictNotFound, SyncError
from app.sync.pull import CommitPolicy, Puller
from app.sync.push import OutboxPusher
from app.sync.status import (
    ObserverRelay,
    PullResult,
    PushResult,
    SyncObserver,
    SyncPhase,
    SyncSummary,
)
from app.sync.writer import CacheWriter

T = TypeVar("T")
UNEXPECTED_ERROR_MESSAGE = "An unexpected problem stopped the sync. The saved copy is unchanged."


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SyncEngine:
    """Keeps one cache in step with one practice-management system."""

    def __init__(
        self,
        database: CacheDatabase,
        adapter: RemoteAdapter,
        *,
        observer: SyncObserver | None = None,
        clock: Callable[[], datetime] | None = None,
        allow_mass_delete: bool = False,
        commit_policy: CommitPolicy | None = None,
    ) -> None:
        self._adapter = adapter
        self._clock = clock or _utc_now
        self._relay = ObserverRelay(observer)
        self._writer = CacheWriter(database)
        self._lock = asyncio.Lock()
        self._pusher = OutboxPusher(self._writer, adapter, self._relay, self._clock)
        self._puller = Puller(
            self._writer,
            adapter,
            self._relay,
            self._clock,
            allow_mass_delete=allow_mass_delete,
            policy=commit_policy or CommitPolicy(),
        )

    @property
    def phase(self) -> SyncPhase:
        """The phase of the run in progress, or how the last one ended."""
        return self._relay.phase

    async def run_once(self, *, visible_window: tuple[datetime, datetime] | None = None) -> SyncSummary:
        """One cycle: check the key, push the outbox, pull changes (a first sync: the window first)."""
        async with self._lock:
            started = time.monotonic()
            requests_before = self._adapter.requests_made
            pushed, pulled = await self._guarded(lambda: self._cycle(visible_window))
            summary = SyncSummary(
                pulled=pulled.pulled,
                pushed=pushed.pushed,
                failed=pushed.failed,
                skipped_malformed=pulled.skipped_malformed,
                conflicts=pushed.conflicts,
                deleted=pulled.deleted,
                requests=self._adapter.requests_made - requests_before,
                duration_seconds=time.monotonic() - started,
            )
            sync_log.info("Sync finished: %s", summary.to_json())
            return summary

    async def push(self) -> PushResult:
        """Push the outbox only."""
        async with self._lock:
            self._relay.phase_changed(SyncPhase.PUSHING)
            return await self._guarded(self._pusher.push)

    async def pull(self, *, visible_window: tuple[datetime, datetime] | None = None) -> PullResult:
        """Pull the server's changes only."""
        async with self._lock:
            return await self._guarded(lambda: self._puller.pull(visible_window))

    async def resolve_conflict(self, conflict_id: int, keep: Literal["mine", "theirs"]) -> None:
        """Settle a sync conflict: keep mine (queue the change again) or take theirs (server's version).

        "Take theirs" reads the server's current record first, so it needs the server; "keep mine"
        works offline (the change is pushed by the next sync).
        """
        if keep not in ("mine", "theirs"):
            raise ValueError('keep must be "mine" or "theirs".')
        async with self._lock:
            conflict = await self._writer.read(lambda session: open_conflict(session, conflict_id))
            if conflict is None:
                raise ConflictNotFound(conflict_id)
            now = self._clock()
            if keep == "theirs":
                server = await self._adapter.fetch_appointment(conflict.appointment_id)
                await self._writer.write(lambda connection: take_theirs(connection, conflict, server, now))
                return
            version = their_version(conflict.theirs)
            if version is None:
                raise ConflictCannotBeKept()
            based_on = parse_iso_utc(version)
            await self._writer.write(lambda connection: keep_mine(connection, conflict, based_on, now))

    def close(self) -> None:
        """Stop the writer thread (after the transaction in progress). The adapter is the caller's."""
        self._writer.close()

    async def _cycle(self, visible_window: tuple[datetime, datetime] | None) -> tuple[PushResult, PullResult]:
        user = await self._adapter.signed_in_user()
        await self._writer.write(lambda connection: set_signed_in_user(connection, user))
        self._relay.phase_changed(SyncPhase.PUSHING)
        pushed = await self._pusher.push()
        pulled = await self._puller.pull(visible_window)
        finished_at = self._clock()
        await self._writer.write(lambda connection: set_last_successful_sync(connection, finished_at))
        return pushed, pulled

    async def _guarded(self, work: Callable[[], Awaitable[T]]) -> T:
        """Run `work`, setting the phase it ends in (DONE, or the phase of its error)."""
        try:
            result = await work()
        except AuthenticationError as error:
            self._relay.phase_changed(SyncPhase.AUTH_FAILED, error.message)
            raise
        except ServerUnavailableError as error:
            self._relay.phase_changed(SyncPhase.OFFLINE, error.message)
            raise
        except (RemoteError, SyncError) as error:
            self._relay.phase_changed(SyncPhase.ERROR, error.message)
            raise
        except Exception:
            sync_log.exception("The sync stopped on an unexpected error")
            self._relay.phase_changed(SyncPhase.ERROR, UNEXPECTED_ERROR_MESSAGE)
            raise
        self._relay.phase_changed(SyncPhase.DONE)
        return result

"""Push: drain the outbox in sequence order, one entry at a time, never dropping one.

Plan, then act (vdirsyncer's habit): the unfinished entries are read first; each is then pushed on
its own, and one that fails does not stop the others. Per entry:
- it is marked in flight, and that is committed, before its request goes out; an entry found in
  flight later (a crash, a lost answer) is reconciled before anything is sent again;
- a create is sent; a lost or unreadable answer is reconciled at once by searching the server
  (`reconcile.find_created`) and adopting what it finds, else sent again (a few times per run);
- any other entry first reads the server's record: if the server already shows the change, the
  entry is done (the appointment's later entries are re-based on that version only when it is our
  own write: see `reconcile.finish_update`); if the record moved on since the version the change
  was based on (or was deleted), a sync conflict with both versions is recorded and the entry stops
  as failed (nothing is overwritten); otherwise the change is sent;
- a refusal (422, 404, 403, other 4xx) marks the entry failed with the server's message and keeps it;
- 401 and 429 put the entry back as pending and end the run (the outbox is as it was); an
  unreachable server ends the run too (an entry whose request may have arrived stays in flight).
Later entries of an appointment whose earlier entry failed, conflicted or is unsettled are held
back, so an appointment's changes reach the server in the order they were made.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from enum import Enum, auto

from app.domain.entities import Appointment
from app.log import sync_log
from app.remote.base import NewAppointment, RemoteAdapter
from app.remote.errors import (
    AnswerLostError,
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    RateLimitedError,
    RemoteError,
    ServerUnavailableError,
    UnreadableBookingError,
)
from app.store.local_writes import is_local_id
from app.store.outbox import (
    OutboxEntry,
    OutboxKind,
    OutboxState,
    get_entry,
    mark_failed,
    mark_in_flight,
    mark_pending,
    unfinished_entries,
)
from app.store.outbox_payloads import CreatePayload
from app.sync.conflict_records import note_server_conflict, record_remote_edit
from app.sync.outbox_requests import (
    UpdateRequest,
    already_applied,
    new_appointment,
    send_update,
    update_request,
)
from app.sync.reconcile import adopt_created, find_created, finish_update
from app.sync.status import ObserverRelay, PushResult
from app.sync.writer import CacheWriter

# Sends of one entry within one run (each after reconciling the previous one's lost answer).
MAX_ATTEMPTS_PER_RUN = 4
NEVER_CREATED_MESSAGE = (
    "This booking never reached the server (it was discarded), so this change to it cannot be sent."
)
_CHECK_SERVER_CONFLICTS_AFTER = (OutboxKind.CREATE, OutboxKind.CHANGE, OutboxKind.MOVE)


class _Outcome(Enum):
    PUSHED = auto()
    FAILED = auto()
    CONFLICT = auto()
    # Still in flight: the server may or may not have it; the next run reconciles.
    UNSETTLED = auto()


def _is_refusal(error: RemoteError) -> bool:
    """A 4xx answer about this request's content (not auth, not pacing, not the network)."""
    return not isinstance(
        error, AuthenticationError | RateLimitedError | ServerUnavailableError | MalformedResponseError
    )


class OutboxPusher:
    """Runs one push of the outbox."""

    def __init__(
        self,
        writer: CacheWriter,
        adapter: RemoteAdapter,
        relay: ObserverRelay,
        clock: Callable[[], datetime],
    ) -> None:
        self._writer = writer
        self._adapter = adapter
        self._relay = relay
        self._clock = clock

    async def push(self) -> PushResult:
        """Push every unfinished entry that may go now; see the module docstring."""
        entries = await self._writer.read(unfinished_entries)
        blocked = {entry.appointment_id for entry in entries if entry.state is OutboxState.FAILED}
        queue = [entry for entry in entries if entry.state is not OutboxState.FAILED]
        counts = dict.fromkeys(_Outcome, 0)
        held = 0
        server_conflicts: list[str] = []
        for done, planned in enumerate(queue, start=1):
            # Read again: an earlier push may have renamed (local id) or re-based this entry.
            entry = await self._writer.read(functools.partial(get_entry, entry_id=planned.id))
            if entry is None or entry.state not in (OutboxState.PENDING, OutboxState.IN_FLIGHT):
                continue
            if entry.appointment_id in blocked:
                held += 1
            elif is_local_id(entry.appointment_id) and entry.kind is not OutboxKind.CREATE:
                await self._write(mark_failed, entry.id, NEVER_CREATED_MESSAGE, now=self._clock())
                counts[_Outcome.FAILED] += 1
            else:
                outcome, appointment_id = await self._push_entry(entry)
                counts[outcome] += 1
                if outcome is not _Outcome.PUSHED:
                    blocked.add(appointment_id)
                elif entry.kind in _CHECK_SERVER_CONFLICTS_AFTER and await self._server_reports_clash(
                    appointment_id
                ):
                    server_conflicts.append(appointment_id)
            self._relay.progress(done, len(queue), "changes")
        return PushResult(
            pushed=counts[_Outcome.PUSHED],
            failed=counts[_Outcome.FAILED],
            conflicts=counts[_Outcome.CONFLICT],
            held=held + counts[_Outcome.UNSETTLED],
            server_conflicts=tuple(server_conflicts),
        )

    async def _write(self, work: Callable[..., object], *args: object, **kwargs: object) -> None:
        await self._writer.write(lambda connection: work(connection, *args, **kwargs))

    async def _push_entry(self, entry: OutboxEntry) -> tuple[_Outcome, str]:
        """Push one entry; returns its outcome and the appointment's id now (renamed after a create)."""
        try:
            if entry.kind is OutboxKind.CREATE:
                payload = CreatePayload.from_json(entry.payload)
                booking = new_appointment(payload)
            else:
                update = update_request(entry)
        except (KeyError, TypeError, ValueError) as problem:
            # The entry cannot become a request (an unreadable payload): keep it, say so. Nothing
            # was sent, so nothing needs reconciling.
            sync_log.warning("Outbox entry %d cannot be sent: %s", entry.id, type(problem).__name__)
            await self._write(
                mark_failed, entry.id, "This change could not be read back to send it.", now=self._clock()
            )
            return _Outcome.FAILED, entry.appointment_id
        if entry.kind is OutboxKind.CREATE:
            return await self._push_create(entry, payload, booking)
        return await self._push_update(entry, update), entry.appointment_id

    async def _push_create(
        self, entry: OutboxEntry, payload: CreatePayload, booking: NewAppointment
    ) -> tuple[_Outcome, str]:
        in_flight = entry.state is OutboxState.IN_FLIGHT
        for _attempt in range(MAX_ATTEMPTS_PER_RUN):
            if in_flight:
                found = await find_created(self._adapter, entry, payload)
                if found is not None:
                    sync_log.info(
                        "Booking %s was already on the server as %s", entry.appointment_id, found.id
                    )
                    await self._writer.write(functools.partial(adopt_created, entry=entry, created=found))
                    return _Outcome.PUSHED, found.id
                await self._write(mark_pending, entry.id, now=self._clock())
            await self._write(mark_in_flight, entry.id, now=self._clock())
            in_flight = True
            try:
                created = await self._adapter.create_appointment(booking)
            except (AnswerLostError, UnreadableBookingError):
                sync_log.info("Booking %s: the answer was lost; checking the server", entry.appointment_id)
                continue
            except (AuthenticationError, RateLimitedError, ServerUnavailableError):
                # Not processed (a POST that may have arrived raises AnswerLostError instead).
                await self._write(mark_pending, entry.id, now=self._clock())
                raise
            except RemoteError as error:
                if not _is_refusal(error):
                    continue  # an unreadable answer: it may have happened, reconcile
                return await self._refused(entry, error), entry.appointment_id
            await self._writer.write(functools.partial(adopt_created, entry=entry, created=created))
            return _Outcome.PUSHED, created.id
        sync_log.warning("Booking %s is still unconfirmed; the next sync checks again", entry.appointment_id)
        return _Outcome.UNSETTLED, entry.appointment_id

    async def _push_update(self, entry: OutboxEntry, update: UpdateRequest) -> _Outcome:
        in_flight = entry.state is OutboxState.IN_FLIGHT
        sent = False
        for _attempt in range(MAX_ATTEMPTS_PER_RUN):
            try:
                server = await self._adapter.fetch_appointment(entry.appointment_id)
            except MalformedResponseError:
                return _Outcome.UNSETTLED if in_flight else await self._unreadable(entry)
            if already_applied(update, server):
                # The version found is our own write only if this run just sent the change (its
                # answer lost) or the record has not moved since the entry's base. Otherwise the
                # server showed the change before we sent it (an earlier run's request, or another
                # desk doing the same) and that version may carry other edits too.
                ours = sent or server is None or not _moved_on(entry, server)
                await self._writer.write(
                    functools.partial(finish_update, entry=entry, server=server, our_version=ours)
                )
                return _Outcome.PUSHED
            if server is None or _moved_on(entry, server):
                sync_log.info(
                    "Appointment %s changed on the server meanwhile: conflict", entry.appointment_id
                )
                await self._writer.write(functools.partial(record_remote_edit, entry=entry, server=server))
                return _Outcome.CONFLICT
            if in_flight:
                await self._write(mark_pending, entry.id, now=self._clock())
            await self._write(mark_in_flight, entry.id, now=self._clock())
            in_flight = sent = True
            try:
                result = await send_update(self._adapter, entry.appointment_id, update, server)
            except (AuthenticationError, RateLimitedError):
                await self._write(mark_pending, entry.id, now=self._clock())
                raise
            except ServerUnavailableError:
                raise  # retried by the transport; it may have arrived: stays in flight
            except (NotFoundError, MalformedResponseError):
                continue  # gone meanwhile, or an unreadable answer: look at the server again
            except RemoteError as error:
                if not _is_refusal(error):
                    continue
                return await self._refused(entry, error)
            await self._writer.write(functools.partial(finish_update, entry=entry, server=result))
            return _Outcome.PUSHED
        return _Outcome.UNSETTLED

    async def _refused(self, entry: OutboxEntry, error: RemoteError) -> _Outcome:
        sync_log.info("Outbox entry %d (%s) refused by the server", entry.id, entry.kind)
        await self._write(mark_failed, entry.id, error.message, now=self._clock())
        return _Outcome.FAILED

    async def _unreadable(self, entry: OutboxEntry) -> _Outcome:
        await self._write(
            mark_failed,
            entry.id,
            "The server's copy of this appointment could not be read, so the change was not sent.",
            now=self._clock(),
        )
        return _Outcome.FAILED

    async def _server_reports_clash(self, appointment_id: str) -> bool:
        """Ask the server's own conflict check about a pushed appointment and remember the answer."""
        if not self._adapter.capabilities().server_conflict_check:
            return False
        try:
            clashes = await self._adapter.server_conflicts_exist(appointment_id)
        except RemoteError as error:
            # Informational only: a failed check never fails the push.
            sync_log.info("The server's conflict check was not available: %s", type(error).__name__)
            return False
        await self._writer.write(lambda connection: note_server_conflict(connection, appointment_id, clashes))
        return clashes


def _moved_on(entry: OutboxEntry, server: Appointment) -> bool:
    """Whether the server's record changed since the version the entry was based on."""
    base = entry.base_remote_updated_at
    return base is not None and server.updated_at is not None and server.updated_at > base

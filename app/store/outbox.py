"""The outbox: local changes waiting to be pushed, in order, never dropped (product.md, "Nothing is lost").

A change is enqueued in the same transaction that writes it to the cache. The sync engine drains the
entries in sequence order: it commits `mark_in_flight` *before* sending, so an entry found in flight
after a crash is exactly "a request whose answer may have been lost" (a create must then be looked
for on the server before any retry). A failure keeps the entry with its last error until the user
retries or discards it. Sequence numbers are never reused (SQLite AUTOINCREMENT).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, delete, func, select, update

from app.log import redact
from app.store.models import OutboxRow, table_of
from app.store.prepared import Executor

_outbox = table_of(OutboxRow)
_MAX_ERROR_LENGTH = 2000


class OutboxKind(StrEnum):
    CREATE = "create"
    CHANGE = "change"
    MOVE = "move"
    CANCEL = "cancel"
    DELETE = "delete"
    ARRIVED = "arrived"
    DID_NOT_ARRIVE = "did_not_arrive"


class OutboxState(StrEnum):
    PENDING = "pending"
    IN_FLIGHT = "in_flight"
    FAILED = "failed"
    DONE = "done"
    # Given up by the user; kept (like DONE) until purged, so the history shows what was dropped.
    DISCARDED = "discarded"


UNFINISHED_STATES = (OutboxState.PENDING, OutboxState.IN_FLIGHT, OutboxState.FAILED)


class OutboxTransitionError(ValueError):
    """An entry was asked to move to a state it cannot reach from where it is (a sync bug)."""


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    id: int  # the sequence number: the order of pushing
    kind: OutboxKind
    appointment_id: str
    payload: Mapping[str, Any] = field(repr=False)
    base_remote_updated_at: datetime | None
    state: OutboxState
    attempts: int
    last_error: str | None
    created_at: datetime
    updated_at: datetime


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(UTC)


def enqueue(
    executor: Executor,
    *,
    kind: OutboxKind,
    appointment_id: str,
    payload: Mapping[str, Any],
    base_remote_updated_at: datetime | None,
    now: datetime | None = None,
) -> int:
    """Append a pending change (payload: JSON-compatible) and return its sequence number."""
    moment = _now(now)
    statement = _outbox.insert().values(
        kind=OutboxKind(kind).value,
        appointment_id=appointment_id,
        payload=json.dumps(dict(payload), sort_keys=True, allow_nan=False),
        base_remote_updated_at=base_remote_updated_at,
        state=OutboxState.PENDING.value,
        attempts=0,
        last_error=None,
        created_at=moment,
        updated_at=moment,
    )
    key = executor.execute(statement).inserted_primary_key  # type: ignore[attr-defined]
    assert key is not None
    return int(key[0])


def _entries(executor: Executor, query: Select[Any]) -> list[OutboxEntry]:
    return [_entry(row._mapping) for row in executor.execute(query.order_by(_outbox.c.seq))]


def _entry(row: Mapping[Any, Any]) -> OutboxEntry:
    return OutboxEntry(
        id=row["seq"],
        kind=OutboxKind(row["kind"]),
        appointment_id=row["appointment_id"],
        payload=json.loads(row["payload"]),
        base_remote_updated_at=row["base_remote_updated_at"],
        state=OutboxState(row["state"]),
        attempts=row["attempts"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
    )


def _in_states(*states: OutboxState) -> Select[Any]:
    return select(_outbox).where(_outbox.c.state.in_([state.value for state in states]))


def pending_entries(executor: Executor, limit: int | None = None) -> list[OutboxEntry]:
    """Entries waiting to be pushed, in sequence order."""
    query = _in_states(OutboxState.PENDING)
    return _entries(executor, query if limit is None else query.limit(limit))


def in_flight_entries(executor: Executor) -> list[OutboxEntry]:
    """Entries sent but never confirmed (after a crash or a lost answer): reconcile before retrying."""
    return _entries(executor, _in_states(OutboxState.IN_FLIGHT))


def failed_entries(executor: Executor) -> list[OutboxEntry]:
    """Entries whose push failed, with their last error, in sequence order."""
    return _entries(executor, _in_states(OutboxState.FAILED))


def unfinished_entries(executor: Executor) -> list[OutboxEntry]:
    """Everything not yet on the server (pending, in flight, failed), in sequence order."""
    return _entries(executor, _in_states(*UNFINISHED_STATES))


def entries_for_appointment(executor: Executor, appointment_id: str) -> list[OutboxEntry]:
    """The unfinished entries of one appointment, in sequence order."""
    query = _in_states(*UNFINISHED_STATES).where(_outbox.c.appointment_id == appointment_id)
    return _entries(executor, query)


def get_entry(executor: Executor, entry_id: int) -> OutboxEntry | None:
    """One entry by sequence number, whatever its state."""
    row = executor.execute(select(_outbox).where(_outbox.c.seq == entry_id)).first()
    return None if row is None else _entry(row._mapping)


def count_pending(executor: Executor) -> int:
    """How many changes still wait to reach the server (pending or in flight; failed ones excluded)."""
    states = [OutboxState.PENDING.value, OutboxState.IN_FLIGHT.value]
    query = select(func.count()).select_from(_outbox).where(_outbox.c.state.in_(states))
    return int(executor.execute(query).scalar_one())


def count_failed(executor: Executor) -> int:
    """How many changes failed and wait for the user."""
    query = select(func.count()).select_from(_outbox).where(_outbox.c.state == OutboxState.FAILED.value)
    return int(executor.execute(query).scalar_one())


def _move(
    executor: Executor,
    entry_id: int,
    allowed_from: tuple[OutboxState, ...],
    now: datetime | None,
    **values: Any,
) -> None:
    statement = (
        update(_outbox)
        .where(_outbox.c.seq == entry_id, _outbox.c.state.in_([state.value for state in allowed_from]))
        .values(updated_at=_now(now), **values)
    )
    if executor.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
        current = get_entry(executor, entry_id)
        where = "missing" if current is None else current.state.value
        target = values.get("state", "?")
        raise OutboxTransitionError(f"outbox entry {entry_id} cannot become {target}: it is {where}")


def mark_in_flight(executor: Executor, entry_id: int, *, now: datetime | None = None) -> None:
    """About to send: counts an attempt. Commit this before the request goes out."""
    _move(
        executor,
        entry_id,
        (OutboxState.PENDING,),
        now,
        state=OutboxState.IN_FLIGHT.value,
        attempts=_outbox.c.attempts + 1,
    )


def mark_done(executor: Executor, entry_id: int, *, now: datetime | None = None) -> None:
    """The server confirmed the change."""
    _move(
        executor,
        entry_id,
        (OutboxState.IN_FLIGHT, OutboxState.PENDING),
        now,
        state=OutboxState.DONE.value,
        last_error=None,
    )


def mark_failed(executor: Executor, entry_id: int, message: str, *, now: datetime | None = None) -> None:
    """The push failed: keep the entry, with `message` (links and keys redacted) as its last error."""
    _move(
        executor,
        entry_id,
        (OutboxState.IN_FLIGHT, OutboxState.PENDING),
        now,
        state=OutboxState.FAILED.value,
        last_error=redact(message)[:_MAX_ERROR_LENGTH],
    )


def mark_pending(executor: Executor, entry_id: int, *, now: datetime | None = None) -> None:
    """Back to the queue from in flight (a transient failure, or reconciled as not on the server)."""
    _move(executor, entry_id, (OutboxState.IN_FLIGHT,), now, state=OutboxState.PENDING.value)


def retry(executor: Executor, entry_id: int, *, now: datetime | None = None) -> None:
    """The user asks to try a failed entry again (its last error is kept until it succeeds)."""
    _move(executor, entry_id, (OutboxState.FAILED,), now, state=OutboxState.PENDING.value)


def discard(executor: Executor, entry_id: int, *, now: datetime | None = None) -> None:
    """The user gives up on a failed or waiting entry; it is kept as discarded until purged."""
    _move(
        executor,
        entry_id,
        (OutboxState.FAILED, OutboxState.PENDING),
        now,
        state=OutboxState.DISCARDED.value,
    )


def purge_finished(executor: Executor, *, updated_before: datetime) -> int:
    """Delete done and discarded entries last touched before `updated_before`; returns how many."""
    finished = [OutboxState.DONE.value, OutboxState.DISCARDED.value]
    statement = delete(_outbox).where(_outbox.c.state.in_(finished), _outbox.c.updated_at < updated_before)
    return int(executor.execute(statement).rowcount)  # type: ignore[attr-defined]

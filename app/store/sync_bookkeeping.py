"""Bookkeeping the sync engine needs beyond `local_writes` and `outbox`: versions, rebases, counts.

- After the engine's own write reaches the server, the appointment's server version moves on. The
  row's `remote_updated_at` and the base of the appointment's later outbox entries move with it, so
  the next entry is not mistaken for a change made over someone else's edit.
- The mass-deletion safety check counts how much of the cache a pull would remove.
Call these inside the caller's transaction; they never commit.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import func, select, update

from app.store.models import AppointmentRow, OutboxRow, table_of
from app.store.outbox import UNFINISHED_STATES
from app.store.prepared import Executor, id_in_chunk, lookup, prepared_lookup

_appointments = table_of(AppointmentRow)
_outbox = table_of(OutboxRow)
_COUNT_CACHED = prepared_lookup(select(_appointments.c.id).where(id_in_chunk(_appointments.c.id)))


def set_appointment_base(executor: Executor, appointment_id: str, remote_updated_at: datetime) -> bool:
    """Move the row's server version on, keeping its pending flag; False when there is no such row."""
    statement = (
        update(_appointments)
        .where(_appointments.c.id == appointment_id)
        .values(remote_updated_at=remote_updated_at)
    )
    return bool(executor.execute(statement).rowcount)  # type: ignore[attr-defined]


def rebase_unfinished_entries(
    executor: Executor, appointment_id: str, remote_updated_at: datetime, *, from_seq: int
) -> int:
    """Base the appointment's unfinished outbox entries from `from_seq` on; returns how many moved."""
    statement = (
        update(_outbox)
        .where(
            _outbox.c.appointment_id == appointment_id,
            _outbox.c.seq >= from_seq,
            _outbox.c.state.in_([state.value for state in UNFINISHED_STATES]),
        )
        .values(base_remote_updated_at=remote_updated_at)
    )
    return int(executor.execute(statement).rowcount)  # type: ignore[attr-defined]


def count_appointments(executor: Executor) -> int:
    """How many appointment rows the cache holds."""
    return int(executor.execute(select(func.count()).select_from(_appointments)).scalar_one())


def count_cached_appointments(executor: Executor, ids: Sequence[str]) -> int:
    """How many of `ids` the cache holds as appointment rows."""
    return len(lookup(executor, _COUNT_CACHED, list(dict.fromkeys(ids))))

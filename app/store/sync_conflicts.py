"""Sync conflicts: a local change to an appointment that also changed on the server since.

Recorded by the sync engine for the user to settle (keep mine / take theirs); never resolved silently.
`mine` and `theirs` are JSON-compatible snapshots chosen by the sync engine.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import Select, select, update

from app.store.models import SyncConflictRow, table_of
from app.store.prepared import Executor

_conflicts = table_of(SyncConflictRow)


class ConflictResolution(StrEnum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"


@dataclass(frozen=True, slots=True)
class SyncConflict:
    id: int
    appointment_id: str
    mine: Mapping[str, Any] = field(repr=False)
    theirs: Mapping[str, Any] = field(repr=False)
    created_at: datetime
    resolved_at: datetime | None
    resolution: ConflictResolution | None


def record_conflict(
    executor: Executor,
    *,
    appointment_id: str,
    mine: Mapping[str, Any],
    theirs: Mapping[str, Any],
    now: datetime | None = None,
) -> int:
    """Record an unresolved conflict; returns its id."""
    statement = _conflicts.insert().values(
        appointment_id=appointment_id,
        mine=json.dumps(dict(mine), sort_keys=True, allow_nan=False),
        theirs=json.dumps(dict(theirs), sort_keys=True, allow_nan=False),
        created_at=now if now is not None else datetime.now(UTC),
        resolved_at=None,
        resolution=None,
    )
    key = executor.execute(statement).inserted_primary_key  # type: ignore[attr-defined]
    assert key is not None
    return int(key[0])


def _fetch(executor: Executor, query: Select[Any]) -> list[SyncConflict]:
    return [_conflict(row._mapping) for row in executor.execute(query.order_by(_conflicts.c.id))]


def _conflict(row: Mapping[Any, Any]) -> SyncConflict:
    resolution = row["resolution"]
    return SyncConflict(
        id=row["id"],
        appointment_id=row["appointment_id"],
        mine=json.loads(row["mine"]),
        theirs=json.loads(row["theirs"]),
        created_at=row["created_at"],
        resolved_at=row["resolved_at"],
        resolution=None if resolution is None else ConflictResolution(resolution),
    )


def open_conflicts(executor: Executor) -> list[SyncConflict]:
    """Conflicts waiting for the user, oldest first."""
    return _fetch(executor, select(_conflicts).where(_conflicts.c.resolved_at.is_(None)))


def conflicts_for_appointment(
    executor: Executor, appointment_id: str, *, include_resolved: bool = False
) -> list[SyncConflict]:
    """The conflicts recorded for one appointment, oldest first."""
    query = select(_conflicts).where(_conflicts.c.appointment_id == appointment_id)
    if not include_resolved:
        query = query.where(_conflicts.c.resolved_at.is_(None))
    return _fetch(executor, query)


def resolve_conflict(
    executor: Executor, conflict_id: int, resolution: ConflictResolution, *, now: datetime | None = None
) -> None:
    """Record the user's decision; acting on it (push mine, or take theirs) is the sync engine's job."""
    statement = (
        update(_conflicts)
        .where(_conflicts.c.id == conflict_id, _conflicts.c.resolved_at.is_(None))
        .values(resolved_at=now if now is not None else datetime.now(UTC), resolution=resolution.value)
    )
    if executor.execute(statement).rowcount != 1:  # type: ignore[attr-defined]
        raise LookupError(f"no open sync conflict {conflict_id}")

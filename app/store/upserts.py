"""The machinery under `app.store.bulk`: one prepared upsert per table, and the pre-write check.

Each upsert is built once with SQLAlchemy Core (`sqlite.insert(...).on_conflict_do_update(...)`),
compiled once to SQL text, and run with the driver's executemany over the plain storage dicts of
`app.store.mapping` (see `app.store.prepared`). The look-ups before a write are prepared the same way.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, false, func, or_, select
from sqlalchemy.dialects.sqlite import insert

from app.store.prepared import (
    Executor,
    compiled_sql,
    execute_many,
    id_in_chunk,
    lookup,
    prepared_lookup,
)


@dataclass(frozen=True, slots=True)
class UpsertResult:
    """What a bulk upsert did with each incoming id."""

    written: tuple[str, ...] = ()
    # Cached rows with local changes not yet pushed: left alone, a conflict for the sync to record.
    skipped_pending: tuple[str, ...] = ()
    # Older than what the cache holds (or than the appointment's recorded deletion): nothing to do.
    skipped_stale: tuple[str, ...] = ()
    # Appointments that arrived deleted, or were deleted by `delete_appointments`.
    deleted: tuple[str, ...] = ()


def is_older(incoming: int | None, cached: int | None) -> bool:
    """Whether an incoming version (epoch microseconds) is older than the cached one; unknown is not."""
    return incoming is not None and cached is not None and incoming < cached


@dataclass(frozen=True, slots=True)
class UpsertPlan:
    """A table's prepared upsert and the look-up that classifies incoming rows before it."""

    table: Table
    version_column: str
    has_pending: bool
    upsert_sql: str
    lookup_sql: str

    def run(
        self, executor: Executor, rows: list[dict[str, Any]]
    ) -> tuple[UpsertResult, list[dict[str, Any]]]:
        """Write the rows neither pending locally nor stale; returns (result, rows written)."""
        if not rows:
            return UpsertResult(), []
        writable, pending, stale = self._classify(executor, rows)
        execute_many(executor, self.upsert_sql, writable)
        result = UpsertResult(
            written=tuple(row["id"] for row in writable),
            skipped_pending=tuple(pending),
            skipped_stale=tuple(stale),
        )
        return result, writable

    def _classify(
        self, executor: Executor, rows: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[str], list[str]]:
        cached = {found[0]: found for found in lookup(executor, self.lookup_sql, [row["id"] for row in rows])}
        if not cached:
            return rows, [], []
        has_pending, version_column = self.has_pending, self.version_column
        writable, pending, stale = [], [], []
        for row in rows:
            existing = cached.get(row["id"])
            if existing is None:
                writable.append(row)
            elif has_pending and existing[2]:
                pending.append(row["id"])
            elif is_older(row[version_column], existing[1]):
                stale.append(row["id"])
            else:
                writable.append(row)
        return writable, pending, stale


def upsert_plan(table: Table, version_column: str, *, keep_if_null: Sequence[str] = ()) -> UpsertPlan:
    """Prepare the upsert of `table`, versioned by `version_column` (a server updated_at)."""
    statement = insert(table)
    excluded = statement.excluded
    updates: dict[str, Any] = {
        column.name: excluded[column.name] for column in table.columns if not column.primary_key
    }
    for name in keep_if_null:
        updates[name] = func.coalesce(excluded[name], table.c[name])
    current, incoming = table.c[version_column], excluded[version_column]
    # Repeats the Python-side classification in SQL, so nothing can slip an overwrite in between.
    guard = or_(current.is_(None), incoming.is_(None), incoming >= current)
    # Driver SQL returns versions in storage form (epoch microseconds): compared without decoding.
    columns: list[Any] = [table.c.id, current]
    has_pending = "pending_sync" in table.c
    if has_pending:
        guard = and_(table.c.pending_sync == false(), guard)
        columns.append(table.c.pending_sync)
    upsert = statement.on_conflict_do_update(index_elements=[table.c.id], set_=updates, where=guard)
    return UpsertPlan(
        table=table,
        version_column=version_column,
        has_pending=has_pending,
        upsert_sql=compiled_sql(upsert),
        lookup_sql=prepared_lookup(select(*columns).where(id_in_chunk(table.c.id))),
    )

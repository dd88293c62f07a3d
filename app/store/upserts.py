"""The machinery under `app.store.bulk`: prepared inserts and upserts per table, and the pre-write check.

Rows travel as tuples of storage values in the table's column order (see `UpsertPlan.columns`) and
are bound positionally: binding a dict costs the driver a name look-up per column per row. Each
statement is built once with SQLAlchemy Core and compiled once to SQL text (`app.store.prepared`).

Before a write, one look-up per page of 100 finds which ids the cache already holds. Ids it does not
hold are written with a plain `INSERT` (no conflict to resolve; the transaction holds the write lock,
so none can appear); the others go through `INSERT ... ON CONFLICT DO UPDATE ... WHERE` with the
same guard as the look-up's classification (not pending, not older), so nothing slips in between.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, and_, false, func, or_, select
from sqlalchemy.dialects.sqlite import insert

from app.store.prepared import (
    Executor,
    execute_many,
    id_in_chunk,
    lookup,
    positional_sql,
    prepared_lookup,
)

# A row in storage form, in its plan's column order (the id first).
Values = tuple[Any, ...]


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
    """A table's prepared statements and the look-up that classifies incoming rows before them."""

    table: Table
    columns: tuple[str, ...]
    version_index: int
    has_pending: bool
    insert_sql: str
    upsert_sql: str
    lookup_sql: str

    def values_of(self, rows: Iterable[Mapping[str, Any]]) -> list[Values]:
        """Storage dicts (`app.store.mapping`'s `*_to_row`) as this plan's tuples."""
        take = itemgetter(*self.columns)
        return [take(row) for row in rows]

    def run(self, executor: Executor, rows: Sequence[Values]) -> tuple[UpsertResult, list[Values]]:
        """Write the rows neither pending locally nor stale; returns (result, rows written)."""
        if not rows:
            return UpsertResult(), []
        batch = self._classify(executor, rows)
        # Inserts first: a repeated id's later copies then meet the row its first copy made.
        execute_many(executor, self.insert_sql, batch.new)
        execute_many(executor, self.upsert_sql, batch.cached)
        result = UpsertResult(
            written=tuple(row[0] for row in batch.written),
            skipped_pending=tuple(batch.pending),
            skipped_stale=tuple(batch.stale),
        )
        return result, batch.written

    def _classify(self, executor: Executor, rows: Sequence[Values]) -> _Classified:
        found = lookup(executor, self.lookup_sql, [row[0] for row in rows])
        cached = {row[0]: row for row in found}
        has_pending, version = self.has_pending, self.version_index
        batch = _Classified()
        first_copies: set[str] = set()
        for row in rows:
            record_id, existing = row[0], cached.get(row[0])
            if existing is not None and has_pending and existing[2]:
                batch.pending.append(record_id)
            elif existing is not None and is_older(row[version], existing[1]):
                batch.stale.append(record_id)
            else:
                if existing is None and record_id not in first_copies:
                    first_copies.add(record_id)
                    batch.new.append(row)
                else:  # cached, or listed twice in one page (edited while the walk ran)
                    batch.cached.append(row)
                batch.written.append(row)
        return batch


@dataclass(slots=True)
class _Classified:
    """Incoming rows by what to do with them (`written` is `new` and `cached` in incoming order)."""

    new: list[Values] = field(default_factory=list)
    cached: list[Values] = field(default_factory=list)
    written: list[Values] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)


def upsert_plan(
    table: Table,
    version_column: str,
    *,
    keep_if_null: Sequence[str] = (),
    columns: Sequence[str] | None = None,
) -> UpsertPlan:
    """Prepare the writes of `table`, versioned by `version_column` (a server updated_at).

    `keep_if_null` columns keep the cached value when the incoming one is null. `columns`, when
    given, must be the table's columns in table order (checked): the order the caller's tuples use.
    """
    names = tuple(column.name for column in table.columns)
    if names[0] != "id":
        raise ValueError(f"{table.name}'s first column is not its id")
    if columns is not None and tuple(columns) != names:
        raise ValueError(f"{table.name} has the columns {names}, not {tuple(columns)}")
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
    looked_up: list[Any] = [table.c.id, current]
    has_pending = "pending_sync" in table.c
    if has_pending:
        guard = and_(table.c.pending_sync == false(), guard)
        looked_up.append(table.c.pending_sync)
    upsert = statement.on_conflict_do_update(index_elements=[table.c.id], set_=updates, where=guard)
    return UpsertPlan(
        table=table,
        columns=names,
        version_index=names.index(version_column),
        has_pending=has_pending,
        insert_sql=positional_sql(statement, names),
        upsert_sql=positional_sql(upsert, names),
        lookup_sql=prepared_lookup(select(*looked_up).where(id_in_chunk(table.c.id))),
    )

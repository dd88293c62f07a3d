"""Sync cursors: per resource and endpoint, the highest server `updated_at` committed so far.

Pull walks `updated_at >= cursor` sorted by (updated_at, id), so the records at exactly the cursor
time come again; `boundary_ids` are the ids already ingested at that time, to skip them. Save the
cursor in the same transaction as the page it describes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from app.store.models import SyncCursorRow, table_of
from app.store.prepared import Executor

_cursors = table_of(SyncCursorRow)


@dataclass(frozen=True, slots=True)
class Cursor:
    key: str
    updated_at: datetime
    boundary_ids: frozenset[str]


def cursor_key(resource: str, endpoint: str = "") -> str:
    """The key of a resource's list endpoint: "individual_appointments:cancelled", "patients"."""
    return f"{resource}:{endpoint}" if endpoint else resource


def get_cursor(executor: Executor, key: str) -> Cursor | None:
    """The saved cursor, or None if this list was never pulled."""
    row = executor.execute(select(_cursors).where(_cursors.c.key == key)).first()
    return None if row is None else _cursor(row._mapping)


def _cursor(row: Mapping[Any, Any]) -> Cursor:
    boundary_ids = frozenset(json.loads(row["boundary_ids"]))
    return Cursor(key=row["key"], updated_at=row["updated_at"], boundary_ids=boundary_ids)


def set_cursor(
    executor: Executor,
    key: str,
    updated_at: datetime,
    boundary_ids: Iterable[str],
    *,
    now: datetime | None = None,
) -> None:
    """Save the cursor of `key` (replacing the previous one)."""
    values = {
        "key": key,
        "updated_at": updated_at,
        "boundary_ids": json.dumps(sorted(set(boundary_ids))),
        "saved_at": now if now is not None else datetime.now(UTC),
    }
    statement = insert(_cursors).values(**values)
    statement = statement.on_conflict_do_update(
        index_elements=[_cursors.c.key],
        set_={name: statement.excluded[name] for name in ("updated_at", "boundary_ids", "saved_at")},
    )
    executor.execute(statement)


def list_cursors(executor: Executor) -> list[Cursor]:
    """Every saved cursor, by key."""
    rows = executor.execute(select(_cursors).order_by(_cursors.c.key))
    return [_cursor(row._mapping) for row in rows]


def reset_cursors(executor: Executor, keys: Iterable[str] | None = None) -> None:
    """Forget cursors (all, or `keys`) so the next pull starts from the beginning."""
    statement = delete(_cursors)
    if keys is not None:
        statement = statement.where(_cursors.c.key.in_(list(keys)))
    executor.execute(statement)

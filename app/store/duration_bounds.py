"""The longest appointment (and unavailable block) the cache has ever held, for bounded overlap scans.

"Overlaps [start, end)" is `starts_at < end AND ends_at > start`; on its own that scans every earlier
row of a practitioner. With `longest` known it becomes the short index range
`start - longest < starts_at < end` (see `app.store.queries`). The bound lives in `store_meta`, only
ever grows (an over-estimate is merely slower), and every write path raises it: the bulk upserts and
local saves call `raise_bound`, and mapper events cover ORM writes. (Row triggers would do the same
but cost the sync's ingest about 15 %.)
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Integer, cast, event
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Mapper

from app.store.meta import MetaKey
from app.store.models import AppointmentRow, MetaRow, UnavailableBlockRow, table_of
from app.store.prepared import Executor, compiled_sql, driver_connection

_meta = table_of(MetaRow)


def _raise_sql() -> str:
    statement = insert(_meta)
    stored, incoming = cast(_meta.c.value, Integer), cast(statement.excluded.value, Integer)
    upsert = statement.on_conflict_do_update(
        index_elements=[_meta.c.key], set_={"value": statement.excluded.value}, where=stored < incoming
    )
    return compiled_sql(upsert)


_RAISE = _raise_sql()


def raise_bound(executor: Executor, key: MetaKey, longest_us: int) -> None:
    """Make sure the bound under `key` is at least `longest_us` microseconds."""
    if longest_us > 0:
        driver_connection(executor).exec_driver_sql(_RAISE, {"key": key.value, "value": str(longest_us)})


def longest_row_us(rows: list[dict[str, Any]]) -> int:
    """The longest duration among storage rows (epoch-microsecond starts_at / ends_at)."""
    return max((row["ends_at"] - row["starts_at"] for row in rows), default=0)


def _on_orm_write(key: MetaKey) -> Any:
    def listener(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
        starts, ends = target.starts_at, target.ends_at
        if isinstance(starts, datetime) and isinstance(ends, datetime):
            raise_bound(connection, key, (ends - starts) // timedelta(microseconds=1))

    return listener


for _model, _key in (
    (AppointmentRow, MetaKey.MAX_APPOINTMENT_DURATION_US),
    (UnavailableBlockRow, MetaKey.MAX_UNAVAILABLE_BLOCK_DURATION_US),
):
    event.listen(_model, "after_insert", _on_orm_write(_key))
    event.listen(_model, "after_update", _on_orm_write(_key))

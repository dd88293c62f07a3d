"""Prepared statements: built with SQLAlchemy Core, compiled once to SQL text, run through the driver.

The sync's ingest and the calendar's reads handle thousands of rows at a time. SQLAlchemy's per-row
parameter and result processing would cost more than SQLite's own work there, so those paths pass
values in storage form (epoch microseconds, 0/1, JSON text) and compile their Core statements once.
Every other statement in the store uses SQLAlchemy normally.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

Executor = Session | Connection
# The IN (...) look-ups take exactly this many ids (padded with NULLs, which match nothing), so each
# is one fixed SQL string. A sync page is 100 records.
ID_CHUNK = 100
_NAMED = sqlite.dialect(paramstyle="named")
_QMARK = sqlite.dialect(paramstyle="qmark")


def driver_connection(executor: Executor) -> Connection:
    """The Connection under `executor` (a Session's, inside its current transaction)."""
    return executor.connection() if isinstance(executor, Session) else executor


def compiled_sql(statement: Any) -> str:
    """The SQLite SQL text of a Core statement, with :named parameters (for dict rows)."""
    return str(statement.compile(dialect=_NAMED))


def execute_many(executor: Executor, sql: str, rows: list[dict[str, Any]]) -> None:
    """Run a `compiled_sql` statement once per row, with the driver's executemany."""
    if rows:
        driver_connection(executor).exec_driver_sql(sql, rows)  # type: ignore[arg-type]


def chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    """`ids` in slices of at most ID_CHUNK."""
    for start in range(0, len(ids), ID_CHUNK):
        yield ids[start : start + ID_CHUNK]


def id_in_chunk(column: ColumnElement[str]) -> ColumnElement[bool]:
    """`column IN (?, ?, ...)` with ID_CHUNK positional parameters, for `prepared_lookup`."""
    return column.in_([bindparam(f"id_{i}") for i in range(ID_CHUNK)])


def prepared_lookup(statement: Any) -> str:
    """The SQL text of a select filtered by `id_in_chunk`, with ? parameters (for `lookup`)."""
    return str(statement.compile(dialect=_QMARK))


def lookup(executor: Executor, sql: str, ids: Sequence[str]) -> list[Any]:
    """The rows a `prepared_lookup` statement finds for `ids`, in chunks of ID_CHUNK."""
    connection = driver_connection(executor)
    found: list[Any] = []
    for chunk in chunks(ids):
        padded = (*chunk, *([None] * (ID_CHUNK - len(chunk))))
        found.extend(connection.exec_driver_sql(sql, padded).all())
    return found


@dataclass(frozen=True, slots=True)
class PreparedSelect:
    """A Core select compiled once; run with storage-form values for its named bind parameters."""

    sql: str
    parameter_names: tuple[str, ...]

    @classmethod
    def of(cls, statement: Any) -> PreparedSelect:
        compiled = statement.compile(dialect=_QMARK)
        return cls(sql=str(compiled), parameter_names=tuple(compiled.positiontup or ()))

    def rows(self, executor: Executor, values: Mapping[str, Any]) -> Sequence[Any]:
        """The result rows, as plain tuples in storage form.

        Read straight from the sqlite3 cursor, inside the Connection's current transaction: wrapping
        each of a busy week's thousand rows in a SQLAlchemy Row cost as much as SQLite's own work.
        """
        parameters = tuple(values[name] for name in self.parameter_names)
        dbapi_connection = driver_connection(executor).connection.driver_connection
        assert dbapi_connection is not None
        cursor = dbapi_connection.execute(self.sql, parameters)
        try:
            return cursor.fetchall()
        finally:
            cursor.close()

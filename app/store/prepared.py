"""Prepared statements: built with SQLAlchemy Core, compiled once to SQL text, run through the driver.

The sync's ingest and the calendar's reads handle thousands of rows at a time. SQLAlchemy's per-row
parameter and result processing would cost more than SQLite's own work there, so those paths pass
values in storage form (epoch microseconds, 0/1, JSON text), compile their Core statements once, and
run them on the sqlite3 connection under the caller's SQLAlchemy transaction. Driver errors are
raised as SQLAlchemy's (`OperationalError`, `IntegrityError`, ...), without the parameters, which may
hold telehealth links. Every other statement in the store uses SQLAlchemy normally.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, bindparam
from sqlalchemy.dialects import sqlite
from sqlalchemy.exc import DBAPIError
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


def dbapi_connection(executor: Executor) -> sqlite3.Connection:
    """The sqlite3 connection under `executor`, inside its current transaction (begun if need be)."""
    connection = driver_connection(executor)
    if not connection.in_transaction():
        connection.begin()  # what executing a statement would do (autobegin); the caller commits
    raw = connection.connection.driver_connection
    assert isinstance(raw, sqlite3.Connection)
    return raw


def driver_error(sql: str, error: sqlite3.Error) -> DBAPIError:
    """The SQLAlchemy exception for a driver error (as `exec_driver_sql` would raise, minus the values)."""
    return cast(DBAPIError, DBAPIError.instance(sql, None, error, sqlite3.Error, hide_parameters=True))


def compiled_sql(statement: Any) -> str:
    """The SQLite SQL text of a Core statement, with :named parameters (for dict rows)."""
    return str(statement.compile(dialect=_NAMED))


def positional_sql(statement: Any, columns: Sequence[str]) -> str:
    """The SQLite SQL text of a Core statement with ? parameters, checked to bind `columns` in order."""
    compiled = statement.compile(dialect=_QMARK)
    if tuple(compiled.positiontup or ()) != tuple(columns):
        raise ValueError(f"the statement binds {compiled.positiontup}, not {tuple(columns)}")
    return str(compiled)


def execute_many(
    executor: Executor, sql: str, rows: Sequence[Mapping[str, Any]] | Sequence[Sequence[Any]]
) -> None:
    """Run a statement once per row with the driver's executemany: dict rows for `compiled_sql`,
    tuples for `positional_sql`."""
    if not rows:
        return
    connection = dbapi_connection(executor)
    try:
        connection.executemany(sql, rows)
    except sqlite3.Error as error:
        raise driver_error(sql, error) from None


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
    connection = dbapi_connection(executor)
    found: list[Any] = []
    for chunk in chunks(ids):
        padded = (*chunk, *([None] * (ID_CHUNK - len(chunk))))
        try:
            found.extend(connection.execute(sql, padded).fetchall())
        except sqlite3.Error as error:
            raise driver_error(sql, error) from None
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
        try:
            cursor = dbapi_connection(executor).execute(self.sql, parameters)
            try:
                return cursor.fetchall()
            finally:
                cursor.close()
        except sqlite3.Error as error:
            raise driver_error(self.sql, error) from None

"""Opening the cache: one SQLite file per data directory, migrated to the current schema on open.

Every connection runs in WAL mode (the UI reads while the sync writes), with foreign keys enforced,
`synchronous=NORMAL` (durable across application crashes; WAL keeps the file consistent across
power loss) and a busy timeout. Transactions are begun by SQLAlchemy rather than by the sqlite3
module, whose legacy mode does not begin one before a SELECT (see SQLAlchemy's "Transactions with
SQLite" notes): reads inside `session()` see one consistent snapshot, and `write_session()` begins
with `BEGIN IMMEDIATE` so a read-then-write transaction never fails half-way on a lock upgrade.
"""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from app.log import store_log
from app.store import duration_bounds  # noqa: F401  (registers the ORM write hooks it keeps)
from app.store.change_watch import ChangeToken, ChangeWatch
from app.store.errors import CacheBusyError, CacheTooNewError, CacheUnreadableError

if TYPE_CHECKING:
    from alembic.config import Config

CACHE_FILE_NAME = "cache.sqlite3"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000
_BEGIN_OPTION = "frontdesk_begin"


class CacheDatabase:
    """An open cache: the engine, sessions for reading and writing, and `close()`."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._write_engine = engine.execution_options(**{_BEGIN_OPTION: "BEGIN IMMEDIATE"})
        self._reader = sessionmaker(bind=engine, expire_on_commit=False)
        self._writer = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        self._changes = ChangeWatch(path) if path is not None else None

    def __enter__(self) -> CacheDatabase:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session in one transaction, committed on success and rolled back on error."""
        with self._reader.begin() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        """Like `session()`, but takes the write lock up front (for read-then-write transactions)."""
        with self._writer.begin() as session:
            yield session

    @contextmanager
    def write_connection(self) -> Iterator[Connection]:
        """A Core connection in one write transaction (the bulk upserts' fastest path)."""
        with self._write_engine.begin() as connection:
            yield connection

    def schema_revision(self) -> str | None:
        """The Alembic revision the file is at (None for a file never migrated)."""
        from alembic.runtime.migration import MigrationContext  # noqa: PLC0415 (see _upgrade_to_head)

        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()

    def change_token(self) -> ChangeToken | None:
        """A token that differs once anything has been committed to the cache since it was taken.

        None when that cannot be told (an in-memory cache has one connection, whose own commits
        SQLite does not count): callers then keep nothing between reads.
        """
        return self._changes.token() if self._changes is not None else None

    def close(self) -> None:
        """Close every pooled connection (the file can then be moved or deleted)."""
        if self._changes is not None:
            self._changes.close()
        self.engine.dispose()


def open_cache(data_dir: Path) -> CacheDatabase:
    """Open (creating if needed) `data_dir/cache.sqlite3` and migrate it to the current schema."""
    path = Path(data_dir) / CACHE_FILE_NAME
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(path)))
    _install_connection_setup(engine, wal=True)
    return _migrated(engine, path)


def open_in_memory() -> CacheDatabase:
    """A private in-memory cache with the current schema (for tests and throwaway use)."""
    engine = create_engine(
        "sqlite+pysqlite://",
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
    )
    _install_connection_setup(engine, wal=False)
    return _migrated(engine, None)


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the packaged migrations (no alembic.ini needed)."""
    from alembic.config import Config  # noqa: PLC0415 (see _upgrade_to_head)

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest schema revision this version of the app knows."""
    from alembic.script import ScriptDirectory  # noqa: PLC0415 (see _upgrade_to_head)

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations directory has no revisions"
    return head


def _install_connection_setup(engine: Engine, *, wal: bool) -> None:
    @event.listens_for(engine, "connect")
    def configure_connection(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Hand transaction control to SQLAlchemy (the "begin" hook below emits BEGIN).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if wal:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.execute("PRAGMA foreign_keys = ON")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def begin_transaction(connection: Connection) -> None:
        connection.exec_driver_sql(connection.get_execution_options().get(_BEGIN_OPTION, "BEGIN"))


def _migrated(engine: Engine, path: Path | None) -> CacheDatabase:
    try:
        _upgrade_to_head(engine)
    except CacheTooNewError:
        engine.dispose()
        raise
    except OperationalError as error:
        engine.dispose()
        if "locked" in str(error.orig):
            message = "Another program is using the local cache; close it and try again."
            raise CacheBusyError(message) from None
        raise CacheUnreadableError(f"The local cache could not be opened: {error.orig}") from None
    except DBAPIError as error:
        engine.dispose()
        raise CacheUnreadableError(f"The local cache could not be opened: {error.orig}") from None
    return CacheDatabase(engine, path)


def _upgrade_to_head(engine: Engine) -> None:
    with engine.execution_options(**{_BEGIN_OPTION: "BEGIN IMMEDIATE"}).begin() as connection:
        # Almost every start finds the file at the newest revision. Asking Alembic costs importing it
        # (with Mako and its DDL modules), a tenth of a second or more of every start: compare the
        # stored revision with the packaged head read from the migration files first, and bring Alembic
        # in only when they differ or either is in doubt.
        stored = _stored_revision(connection)
        if stored is not None and stored == packaged_head():
            return
        _migrate(connection)


def _stored_revision(connection: Connection) -> str | None:
    """The revision in `alembic_version` when the file has exactly one there, else None."""
    has_table = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return str(rows[0][0]) if len(rows) == 1 else None


@cache
def packaged_head() -> str | None:
    """The newest revision among the packaged migration files, read without importing Alembic.

    Each revision file assigns literal `revision` and `down_revision` strings at its top level (the
    shape Alembic generates); the head is the one revision no other names as its `down_revision`.
    None when any file does not read that way (a merge, a branch): Alembic then decides.
    """
    revisions: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        if path.name == "__init__.py":
            continue
        found = _revision_assignments(path)
        if found is None or found[0] in revisions:
            return None
        revisions[found[0]] = found[1]
    heads = set(revisions) - set(revisions.values())
    return heads.pop() if len(heads) == 1 else None


def _revision_assignments(path: Path) -> tuple[str, str | None] | None:
    """(revision, down_revision) assigned as plain literals at the top of a revision file, else None."""
    try:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    except (OSError, SyntaxError, ValueError):
        return None
    values: dict[str, object] = {}
    for node in tree.body:
        target, value = None, None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and target.id in ("revision", "down_revision") and value is not None:
            try:
                values[target.id] = ast.literal_eval(value)
            except (ValueError, TypeError, SyntaxError):
                return None  # not a plain literal
    revision, down = values.get("revision"), values.get("down_revision")
    if not isinstance(revision, str) or "down_revision" not in values or not isinstance(down, str | None):
        return None
    return revision, down


def _migrate(connection: Connection) -> None:
    """Bring the file to the head revision with Alembic (refusing one written by a newer version)."""
    # Imported here: only a first start or an upgrade gets this far (see `_upgrade_to_head`).
    from alembic import command  # noqa: PLC0415
    from alembic.runtime.migration import MigrationContext  # noqa: PLC0415
    from alembic.script import ScriptDirectory  # noqa: PLC0415

    config = alembic_config(connection)
    script = ScriptDirectory.from_config(config)
    current = MigrationContext.configure(connection).get_current_revision()
    head = script.get_current_head()
    if current == head:
        return
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        raise CacheTooNewError(
            "The local cache was written by a newer version of Frontdesk. Update Frontdesk, "
            "or choose another data folder."
        )
    store_log.info("upgrading the cache schema from %s to %s", current or "empty", head)
    command.upgrade(config, "head")

"""Where the sandbox keeps its data: in memory by default, a SQLite file, or any SQLAlchemy URL."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import StaticPool

from app.sandbox.schema import metadata

IN_MEMORY = "sqlite://"


def database_url(location: str | Path | None) -> str:
    """Turn `--db`'s value into a SQLAlchemy URL: None or ':memory:' is in memory, a path is a file."""
    if location is None or str(location) in ("", ":memory:"):
        return IN_MEMORY
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(location: str | Path | None) -> Engine:
    """An engine for `location` with the sandbox's tables created if missing."""
    url = database_url(location)
    if url in (IN_MEMORY, "sqlite:///:memory:"):
        # One shared connection: an in-memory database lives and dies with its connection.
        engine = create_engine(IN_MEMORY, poolclass=StaticPool, connect_args={"check_same_thread": False})
    elif url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False})
    else:
        engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    metadata.create_all(engine)
    return engine


def _tune_sqlite(dbapi_connection: object, _record: object) -> None:
    cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
    try:
        # Durability matters little for a sandbox; speed of the 100k-row bulk load matters more.
        cursor.execute("PRAGMA synchronous=OFF")
        cursor.execute("PRAGMA temp_store=MEMORY")
    finally:
        cursor.close()

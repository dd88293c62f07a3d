"""Opening the cache: migrations from empty and in place, the models matching them, connection settings."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, String, Table, create_engine, inspect, text
from sqlalchemy.exc import IntegrityError

from app.store import bulk, queries
from app.store.database import (
    CACHE_FILE_NAME,
    CacheDatabase,
    alembic_config,
    head_revision,
    open_cache,
    open_in_memory,
)
from app.store.errors import CacheTooNewError, CacheUnreadableError
from app.store.models import Base

from .builders import at, make_appointment

EXPECTED_TABLES = {
    "appointment_tombstones",
    "appointment_types",
    "appointments",
    "attendees",
    "businesses",
    "outbox",
    "patient_phones",
    "patients",
    "practitioners",
    "store_meta",
    "sync_conflicts",
    "sync_cursors",
    "unavailable_blocks",
}


def _revisions_oldest_first() -> list[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def _diff_against_models(database: CacheDatabase, metadata: MetaData = Base.metadata) -> list[object]:
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, metadata))


def test_an_empty_directory_gets_a_cache_at_the_newest_revision(tmp_path: Path) -> None:
    database = open_cache(tmp_path)
    try:
        assert (tmp_path / CACHE_FILE_NAME).is_file()
        assert database.schema_revision() == head_revision()
        tables = set(inspect(database.engine).get_table_names())
        assert tables - {"alembic_version"} == EXPECTED_TABLES
    finally:
        database.close()


def test_models_match_the_migrations(cache: CacheDatabase) -> None:
    assert _diff_against_models(cache) == []


def test_the_model_check_notices_a_drift(cache: CacheDatabase) -> None:
    """The comparison above can fail: a table the migrations never made is reported."""
    drifted = MetaData()
    for table in Base.metadata.tables.values():
        table.to_metadata(drifted)
    Table("not_migrated", drifted, Column("id", Integer, primary_key=True), Column("x", String))
    differences = _diff_against_models(cache, drifted)
    assert [d for d in differences if d[0] == "add_table"]  # type: ignore[index]


def test_every_connection_uses_wal_foreign_keys_and_a_busy_timeout(cache: CacheDatabase) -> None:
    for _ in range(2):  # a pooled connection and a fresh one
        with cache.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
        cache.engine.dispose()


def test_foreign_keys_are_enforced(cache: CacheDatabase) -> None:
    orphan = text(
        "INSERT INTO patient_phones (patient_id, position, digits, digits_reversed) "
        "VALUES ('no-such-patient', 0, '1', '1')"
    )
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), cache.session() as session:
        session.execute(orphan)


def test_reopening_keeps_the_data_and_runs_no_migration(tmp_path: Path) -> None:
    database = open_cache(tmp_path)
    with database.write_session() as session:
        bulk.upsert_appointments(session, [make_appointment(1)])
    database.close()

    reopened = open_cache(tmp_path)
    try:
        assert reopened.schema_revision() == head_revision()
        with reopened.session() as session:
            assert queries.get_appointment(session, make_appointment(1).id) == make_appointment(1)
    finally:
        reopened.close()


@pytest.mark.parametrize("older", [None, *_revisions_oldest_first()[:-1]])
def test_a_cache_made_by_an_older_version_upgrades_in_place(tmp_path: Path, older: str | None) -> None:
    """A file left at any earlier revision (None: the empty file of a first start) reaches head.

    With one revision this covers the empty file; every later revision adds its own case here.
    """
    path = tmp_path / CACHE_FILE_NAME
    engine = create_engine(f"sqlite:///{path}")
    if older is not None:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), older)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE keepsake (note TEXT)"))
        connection.execute(text("INSERT INTO keepsake VALUES ('made by an older version')"))
    engine.dispose()

    database = open_cache(tmp_path)
    try:
        assert database.schema_revision() == head_revision()
        with database.session() as session:
            kept = session.execute(text("SELECT note FROM keepsake")).scalar_one()
        assert kept == "made by an older version"
        # The only difference from the models is the table we left there ourselves.
        differences = _diff_against_models(database)
        assert [(d[0], d[1].name) for d in differences] == [("remove_table", "keepsake")]  # type: ignore[index]
    finally:
        database.close()


def test_downgrading_to_base_and_upgrading_again_round_trips(tmp_path: Path) -> None:
    database = open_cache(tmp_path)
    with database.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert set(inspect(database.engine).get_table_names()) == {"alembic_version"}
    database.close()

    reopened = open_cache(tmp_path)
    try:
        assert _diff_against_models(reopened) == []
        with reopened.write_session() as session:
            bulk.upsert_appointments(session, [make_appointment(1)])
    finally:
        reopened.close()


def test_a_cache_from_a_newer_version_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    open_cache(tmp_path).close()
    with sqlite3.connect(tmp_path / CACHE_FILE_NAME) as raw:
        raw.execute("UPDATE alembic_version SET version_num = 'from_the_future'")
    with pytest.raises(CacheTooNewError, match="newer version of Frontdesk"):
        open_cache(tmp_path)


def test_a_file_that_is_not_a_database_is_reported_as_unreadable(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE_NAME).write_bytes(b"this is not a database file, just text" * 100)
    with pytest.raises(CacheUnreadableError, match="could not be opened"):
        open_cache(tmp_path)


def test_an_in_memory_cache_has_the_same_schema() -> None:
    database = open_in_memory()
    try:
        assert _diff_against_models(database) == []
        with database.write_session() as session:
            bulk.upsert_appointments(session, [make_appointment(1)])
        with database.session() as session:
            found = queries.appointments_in_window(session, practitioner_ids=None, start=at(0), end=at(24))
        assert [a.id for a in found] == [make_appointment(1).id]
    finally:
        database.close()


def test_a_failed_session_rolls_back(cache: CacheDatabase) -> None:
    def write_then_fail() -> None:
        with cache.write_session() as session:
            bulk.upsert_appointments(session, [make_appointment(1)])
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError, match="boom"):
        write_then_fail()
    with cache.session() as session:
        assert queries.get_appointment(session, make_appointment(1).id) is None


def test_a_reader_sees_one_snapshot_while_a_writer_commits(cache: CacheDatabase) -> None:
    """Reads in a session are one transaction (SQLAlchemy emits BEGIN, unlike sqlite3's legacy mode)."""
    window = {"practitioner_ids": None, "start": at(0), "end": at(24)}
    with cache.session() as reader:
        assert queries.appointments_in_window(reader, **window) == []  # type: ignore[arg-type]
        with cache.write_session() as writer:
            bulk.upsert_appointments(writer, [make_appointment(1)])
        assert queries.appointments_in_window(reader, **window) == []  # type: ignore[arg-type]
    with cache.session() as later:
        assert len(queries.appointments_in_window(later, **window)) == 1  # type: ignore[arg-type]

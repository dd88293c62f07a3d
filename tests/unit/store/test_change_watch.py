"""The cache's change token: any commit to the file, from any connection or process, changes it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.store import bulk
from app.store.database import CACHE_FILE_NAME, open_cache, open_in_memory

from .builders import make_appointment


def test_a_commit_through_the_cache_changes_the_token(tmp_path: Path) -> None:
    with open_cache(tmp_path) as cache:
        before = cache.change_token()
        assert before is not None
        with cache.write_connection() as connection:
            bulk.upsert_appointments(connection, [make_appointment(1)])
        assert cache.change_token() != before


def test_reads_leave_the_token_alone(tmp_path: Path) -> None:
    with open_cache(tmp_path) as cache:
        before = cache.change_token()
        with cache.session() as session:
            session.connection().exec_driver_sql("SELECT count(*) FROM appointments").all()
        assert cache.change_token() == before


def test_another_programs_commit_changes_the_token(tmp_path: Path) -> None:
    with open_cache(tmp_path) as cache:
        before = cache.change_token()
        other = sqlite3.connect(tmp_path / CACHE_FILE_NAME, isolation_level=None)
        try:
            other.execute("INSERT INTO store_meta (key, value) VALUES ('someone-else', '1')")
        finally:
            other.close()
        assert cache.change_token() != before


def test_an_in_memory_cache_cannot_tell_so_it_gives_no_token() -> None:
    with open_in_memory() as cache:
        assert cache.change_token() is None


def test_a_closed_cache_gives_no_token_and_creates_no_file(tmp_path: Path) -> None:
    cache = open_cache(tmp_path)
    cache.close()
    (tmp_path / CACHE_FILE_NAME).unlink()
    assert cache.change_token() is None
    assert not (tmp_path / CACHE_FILE_NAME).exists()

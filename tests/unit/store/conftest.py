"""Fixtures for the store tests: a real cache file per test, and sessions on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.store.database import CacheDatabase, open_cache


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheDatabase]:
    database = open_cache(tmp_path)
    yield database
    database.close()


@pytest.fixture
def session(cache: CacheDatabase) -> Iterator[Session]:
    """A write session on the test's cache, committed when the test ends without error."""
    with cache.write_session() as opened:
        yield opened

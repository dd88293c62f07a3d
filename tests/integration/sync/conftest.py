"""Fixtures for the sync tests: real sandbox servers on loopback, real cache files in tmp_path.

Every test gets its own server and cache: sync tests change data on both sides.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# The shared helpers live beside this file (no package here, by the tests' layout rules).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sync_harness import Clinic, Desk, small_clinic

from app.sandbox.server import SandboxServer
from app.store.database import CacheDatabase, open_cache

MakeServer = Callable[..., SandboxServer]


@pytest.fixture
def make_server() -> Iterator[MakeServer]:
    """Start sandbox servers (rate limit off unless asked); all are closed after the test."""
    started: list[SandboxServer] = []

    def start(**options: Any) -> SandboxServer:
        server = SandboxServer(**{"rate_limit": 0, **options})
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()


@pytest.fixture
def demo_server(make_server: MakeServer) -> SandboxServer:
    """A sandbox with the demo clinic (about 1,500 appointments)."""
    return make_server(seed="demo")


@pytest.fixture
def empty_server(make_server: MakeServer) -> SandboxServer:
    """A sandbox with nothing but the account's user."""
    return make_server(seed="none")


@pytest.fixture
def clinic(empty_server: SandboxServer) -> Clinic:
    """A small clinic on `empty_server`."""
    return small_clinic(empty_server)


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[CacheDatabase]:
    """A cache file of the test's own."""
    database = open_cache(tmp_path)
    yield database
    database.close()


@pytest.fixture
def desk(cache: CacheDatabase) -> Desk:
    """Local changes on `cache`, written like the services write them."""
    return Desk(cache)

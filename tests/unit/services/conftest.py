"""Fixtures for the services tests: a workspace on a real cache file, with a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.workspace import ClinicWorkspace
from tests.support.clinic_builder import Clock

# The keyring fixtures and `fixture_clock` (the `clock` fixture) are imported to register them for
# this folder's tests.
from tests.support.memory_keyring import memory_keyring, no_keyring  # noqa: F401
from tests.support.workspace_fixtures import fixture_clock  # noqa: F401

from .clinic_data import seed_clinic


@pytest.fixture
def empty_workspace(tmp_path: Path, clock: Clock) -> Iterator[ClinicWorkspace]:
    """A workspace on a fresh cache file (nothing synced)."""
    with ClinicWorkspace.open(tmp_path / "data", clock=clock) as workspace:
        yield workspace


@pytest.fixture
def workspace(empty_workspace: ClinicWorkspace) -> ClinicWorkspace:
    """A workspace on a cache holding the seeded clinic, synced a minute ago."""
    seed_clinic(empty_workspace)
    return empty_workspace

"""Fixtures for the services tests: a workspace on a real cache file, with a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.workspace import ClinicWorkspace

from .clinic_data import MONDAY_7AM, Clock, seed_clinic


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_7AM)


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

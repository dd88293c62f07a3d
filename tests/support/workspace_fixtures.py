"""A test-controlled workspace clock, and a workspace opened on a freshly seeded cache file.

The `clock` fixture is registered where a conftest imports `fixture_clock` (named apart from the fixture
so that the conftest's own fixtures can ask for `clock` without shadowing the import).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from app.services.workspace import ClinicWorkspace
from tests.support.clinic_builder import MONDAY_7AM, Clock


@pytest.fixture(name="clock")
def fixture_clock() -> Clock:
    """The workspace's clock: Monday 3 March 2025 07:00 until the test moves it."""
    return Clock(MONDAY_7AM)


@contextmanager
def seeded_workspace(
    data_dir: Path, clock: Clock, seed: Callable[[ClinicWorkspace], None]
) -> Iterator[ClinicWorkspace]:
    """A workspace on a fresh cache file in `data_dir`, filled by `seed`; closed when the block ends."""
    with ClinicWorkspace.open(data_dir, clock=clock) as workspace:
        seed(workspace)
        yield workspace

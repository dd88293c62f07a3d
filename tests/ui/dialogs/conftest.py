"""Fixtures for the dialog tests: a workspace on a real cache file with a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services.workspace import ClinicWorkspace
from tests.support.clinic_builder import Clock

# `fixture_clock` is imported to register the shared `clock` fixture for this folder's tests.
from tests.support.workspace_fixtures import (
    fixture_clock,  # noqa: F401
    seeded_workspace,
)

from .dialog_clinic import seed_clinic


@pytest.fixture
def workspace(tmp_path: Path, clock: Clock) -> Iterator[ClinicWorkspace]:
    """A workspace on a fresh cache file holding the seeded clinic (administrator signed in)."""
    with seeded_workspace(tmp_path / "data", clock, seed_clinic) as opened:
        yield opened


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[object]:
    """The application's clipboard, emptied before and after the test."""
    board = QApplication.clipboard()
    board.clear()
    yield board
    board.clear()

"""Fixtures for the dialog tests: a workspace on a real cache file with a clock the test controls."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app.services.workspace import ClinicWorkspace

from .dialog_clinic import MONDAY_7AM, Clock, seed_clinic


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_7AM)


@pytest.fixture
def workspace(tmp_path: Path, clock: Clock) -> Iterator[ClinicWorkspace]:
    """A workspace on a fresh cache file holding the seeded clinic (administrator signed in)."""
    with ClinicWorkspace.open(tmp_path / "data", clock=clock) as opened:
        seed_clinic(opened)
        yield opened


@pytest.fixture
def clipboard(qapp: QApplication) -> Iterator[object]:
    """The application's clipboard, emptied before and after the test."""
    board = QApplication.clipboard()
    board.clear()
    yield board
    board.clear()

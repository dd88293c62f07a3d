"""Fixtures for running the real `frontdesk` command against the independent Cliniko emulator.

The emulator (`tests.emulator`) is written from the documentation alone; nothing here imports the
sandbox. Every test gets its own emulator and cache folder: these tests change the server's data.
The key reaches the command through FRONTDESK_API_KEY, as product.md documents for headless use.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The shared helpers live beside this file (no package here, by the tests' layout rules).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from emulator_cli import Frontdesk, StartEmulator

from tests.emulator import ClinikoEmulator, EmulatorOptions, EmulatorStore


@pytest.fixture
def start_emulator() -> Iterator[StartEmulator]:
    """Start emulators over given stores (options as keywords); all are stopped after the test."""
    started: list[ClinikoEmulator] = []

    def start(store: EmulatorStore, **options: object) -> ClinikoEmulator:
        emulator = ClinikoEmulator(store, EmulatorOptions(**options)).start()  # type: ignore[arg-type]
        started.append(emulator)
        return emulator

    yield start
    for emulator in started:
        emulator.stop()


@pytest.fixture
def frontdesk(tmp_path: Path) -> Frontdesk:
    """The real command, run as a subprocess on this test's own cache folder."""
    return Frontdesk(tmp_path / "data")

"""Running `frontdesk` (as `python -m app`) against an emulator, and reading what it printed.

Several agenda commands can run at once (`agendas`): each is a separate process reading the same
cache, which is how the desk's scripts use it too, and it keeps these tests within their time budget.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tests.emulator import ClinikoEmulator

ROOT = Path(__file__).resolve().parents[3]
COMMAND_TIMEOUT_S = 120

# Starts an emulator over a store, with EmulatorOptions given as keywords (the `start_emulator` fixture).
StartEmulator = Callable[..., ClinikoEmulator]


@dataclass(frozen=True, slots=True)
class Ran:
    """What one command did."""

    returncode: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        """The one JSON line the command printed on stdout."""
        lines = self.stdout.splitlines()
        assert len(lines) == 1, self.stdout + self.stderr
        return json.loads(lines[0])


def _environment(api_key: str | None) -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k != "FRONTDESK_API_KEY"}
    if api_key is not None:
        environment["FRONTDESK_API_KEY"] = api_key
    return environment


class Frontdesk:
    """The command on one cache folder."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir

    def _start(self, *args: str, api_key: str | None = None) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "app", *args],
            cwd=ROOT,
            env=_environment(api_key),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    @staticmethod
    def _finish(process: subprocess.Popen[str]) -> Ran:
        stdout, stderr = process.communicate(timeout=COMMAND_TIMEOUT_S)
        return Ran(process.returncode, stdout, stderr)

    def run(self, *args: str, api_key: str | None = None) -> Ran:
        """Run one command to its end."""
        return self._finish(self._start(*args, api_key=api_key))

    def sync(self, emulator: ClinikoEmulator, *, api_key: str | None = None) -> Ran:
        """`frontdesk sync` against the emulator (its own key unless another is given)."""
        key = api_key if api_key is not None else emulator.options.api_key
        return self.run(
            "sync", "--data-dir", str(self.data_dir), "--base-url", emulator.base_url, api_key=key
        )

    def synced(self, emulator: ClinikoEmulator) -> dict[str, Any]:
        """`frontdesk sync`, which must succeed; its summary."""
        result = self.sync(emulator)
        assert result.returncode == 0, result.stderr
        return dict(result.json())

    def run_all(self, *commands: tuple[str, ...]) -> list[Ran]:
        """Several commands (argument tuples) run side by side; each must succeed."""
        processes = [self._start(*command) for command in commands]
        results = [self._finish(process) for process in processes]
        for result in results:
            assert result.returncode == 0, result.stderr
        return results

    def agenda_command(self, day: date, *extra: str) -> tuple[str, ...]:
        """The arguments of `frontdesk agenda --json` for one day on this cache."""
        return ("agenda", "--data-dir", str(self.data_dir), "--date", day.isoformat(), *extra, "--json")

    def conflicts_command(self, practitioner_id: str, start: datetime, end: datetime) -> tuple[str, ...]:
        """The arguments of `frontdesk conflicts --json` for a booking on this cache."""
        return (
            "conflicts",
            "--data-dir",
            str(self.data_dir),
            "--practitioner",
            practitioner_id,
            "--start",
            start.isoformat(),
            "--end",
            end.isoformat(),
            "--json",
        )

    def agendas(self, *requests: tuple[date, tuple[str, ...]]) -> list[list[dict[str, Any]]]:
        """`frontdesk agenda --json` for each (day, extra flags), side by side."""
        results = self.run_all(*(self.agenda_command(day, *extra) for day, extra in requests))
        return [list(result.json()) for result in results]

    def agenda(self, day: date, *extra: str) -> list[dict[str, Any]]:
        """One day's agenda."""
        return self.agendas((day, extra))[0]

    def warning_categories(self, practitioner_id: str, start: datetime, end: datetime) -> set[str]:
        """The categories of the warnings `frontdesk conflicts` gives a booking."""
        (result,) = self.run_all(self.conflicts_command(practitioner_id, start, end))
        return {warning["category"] for warning in result.json()}

"""Fixtures for the `frontdesk` command tests: a demo sandbox on loopback, and the real command run as a
subprocess (`python -m app ...`) against it.

One sandbox and one synced cache serve the whole directory (a first sync of the demo clinic takes a few
seconds under the client's pacing); each test gets its own copy of that cache folder.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx
import pytest

from app.sandbox.demo_seed import clinic_today
from app.sandbox.server import SandboxServer
from tests.support.sandbox_clients import DEMO_API_KEY, sandbox_client

ROOT = Path(__file__).resolve().parents[3]
USER_AGENT = "Frontdesk CLI tests (dev@example.com)"
COMMAND_TIMEOUT_S = 120


RunFrontdesk = Callable[..., subprocess.CompletedProcess[str]]


def run_frontdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run `frontdesk ARGS...` (as `python -m app`) and return what it did."""
    environment = {k: v for k, v in os.environ.items() if k != "FRONTDESK_API_KEY"}
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_S,
        check=False,
    )


@pytest.fixture(scope="session")
def sandbox() -> Iterator[SandboxServer]:
    """The demo sandbox, seeded around the clinic's today, rate limit off."""
    with SandboxServer(seed="demo", today=clinic_today(), rate_limit=0) as server:
        yield server


@pytest.fixture(scope="session")
def _first_sync(
    sandbox: SandboxServer, tmp_path_factory: pytest.TempPathFactory
) -> tuple[subprocess.CompletedProcess[str], Path]:
    synced = tmp_path_factory.mktemp("synced") / "data"
    result = run_frontdesk(
        "sync", "--data-dir", str(synced), "--base-url", sandbox.base_url, "--api-key", DEMO_API_KEY
    )
    return result, synced


@pytest.fixture(scope="session")
def first_sync(
    _first_sync: tuple[subprocess.CompletedProcess[str], Path],
) -> subprocess.CompletedProcess[str]:
    """What `frontdesk sync` did on an empty cache folder."""
    return _first_sync[0]


@pytest.fixture(scope="session")
def synced_cache(_first_sync: tuple[subprocess.CompletedProcess[str], Path]) -> Path:
    """The cache folder that first sync filled (copy it before writing: see `data_dir`)."""
    result, synced = _first_sync
    assert result.returncode == 0, result.stderr
    return synced


@pytest.fixture(scope="session")
def demo_day(sandbox: SandboxServer) -> date:
    """A weekday after the demo's today: fully in the future, with a full calendar."""
    assert sandbox.demo is not None
    day = sandbox.demo.today + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


@pytest.fixture
def data_dir(synced_cache: Path, tmp_path: Path) -> Path:
    """This test's own copy of the synced cache folder."""
    target = tmp_path / "data"
    shutil.copytree(synced_cache, target)
    return target


@pytest.fixture(scope="session")
def frontdesk() -> RunFrontdesk:
    """Runs the real command as a subprocess."""
    return run_frontdesk


@pytest.fixture
def api(sandbox: SandboxServer) -> Iterator[httpx.Client]:
    """A plain HTTP client on the sandbox, to check what the server holds."""
    with sandbox_client(sandbox, user_agent=USER_AGENT) as client:
        yield client

"""Fixtures for the shell tests: a qasync loop over pytest-qt's QApplication, preferences in a temporary
INI file, a workspace on a small seeded clinic, and sandbox servers on loopback.

The loop is set as the thread's running loop without running `exec()` itself: pytest-qt's event
processing drives it (`qtbot.waitUntil` runs Qt events, and the loop's callbacks are Qt timers).
qasync's own "already running" mode is not used because its `stop()` calls `QApplication.exit()`,
after which every later `QEventLoop.exec()` (pytest-qt's `waitSignal`) returns at once. After each
test, tasks are cancelled and finished, the executor threads joined and the loop closed.
"""

from __future__ import annotations

import asyncio
import gc
import threading
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
import qasync
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.sandbox.server import SandboxServer
from app.services.workspace import ClinicWorkspace
from app.ui.ui_settings import UiSettings
from tests.support.clinic_builder import Clock

# The keyring fixtures and `fixture_clock` (the `clock` fixture) are imported to register them for
# this folder's tests.
from tests.support.memory_keyring import memory_keyring, no_keyring  # noqa: F401
from tests.support.workspace_fixtures import (
    fixture_clock,  # noqa: F401
    seeded_workspace,
)

from .shell_clinic import seed_shell_clinic

T = TypeVar("T")
RunAsync = Callable[..., Any]
MakeServer = Callable[..., SandboxServer]


@pytest.fixture
def loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """A qasync loop on the test's QApplication, marked running so tasks step as Qt processes events."""
    threads_before = set(threading.enumerate())
    event_loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(event_loop)
    asyncio.events._set_running_loop(event_loop)
    yield event_loop
    pending = [task for task in asyncio.all_tasks(event_loop) if not task.done()]
    for task in pending:
        task.cancel()
    deadline = 200
    while any(not task.done() for task in pending) and deadline:
        qapp.processEvents()
        deadline -= 1
    asyncio.events._set_running_loop(None)
    event_loop.close()
    asyncio.set_event_loop(None)
    # Collect the test's cycles here, on the Qt thread: a QObject collected on a server thread's
    # garbage-collection pass would be destroyed on the wrong thread.
    gc.collect()
    assert all(task.done() for task in pending), "tasks outlived the test"
    leaked = [t.name for t in threading.enumerate() if t not in threads_before and t.is_alive()]
    assert not leaked, f"threads outlived the test: {leaked}"


@pytest.fixture
def run_async(qtbot: QtBot, loop: qasync.QEventLoop) -> Callable[..., Any]:
    """Run a coroutine on the loop and wait (processing Qt events) for its result."""

    def run(work: Coroutine[Any, Any, T], timeout_ms: int = 20_000) -> T:
        task = loop.create_task(work)
        qtbot.waitUntil(task.done, timeout=timeout_ms)
        return task.result()

    return run


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """Preferences in a file of the test's own (never the user's real settings)."""
    return UiSettings(QSettings(str(tmp_path / "frontdesk-ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def workspace(tmp_path: Path, clock: Clock) -> Iterator[ClinicWorkspace]:
    """A workspace on the seeded shell clinic (clock: Monday 07:00, appointments on Tuesday)."""
    with seeded_workspace(tmp_path / "cache", clock, seed_shell_clinic) as opened:
        yield opened


@pytest.fixture
def make_server() -> Iterator[MakeServer]:
    """Start sandbox servers (no rate limit unless asked); all are closed after the test."""
    started: list[SandboxServer] = []

    def start(**options: Any) -> SandboxServer:
        server = SandboxServer(**{"rate_limit": 0, **options})
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.close()

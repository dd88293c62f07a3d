"""Sync status in the status bar, driven by real syncs against a sandbox server on loopback:
syncing -> online; server stopped -> offline since …; server back -> online; wrong key -> refused.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.sandbox.server import DEFAULT_API_KEY, SandboxServer
from app.services import sync_service
from app.services.sync_service import SyncPhase
from app.services.workspace import ClinicWorkspace
from app.ui.status_bar import SyncStatusPanel, describe_outbox, describe_state
from app.ui.sync_controller import SyncController, SyncOutcome

MakeServer = Callable[..., SandboxServer]


@pytest.fixture
def fresh_workspace(tmp_path: Path) -> Iterator[ClinicWorkspace]:
    with ClinicWorkspace.open(tmp_path / "cache") as workspace:
        yield workspace


def _controller(
    workspace: ClinicWorkspace, server: SandboxServer, qtbot: QtBot, api_key: str = DEFAULT_API_KEY
) -> tuple[SyncController, SyncStatusPanel]:
    # No retries: a stopped server is "offline" at once instead of after half a minute of backoff.
    adapter = sync_service.open_adapter(api_key, server.base_url, max_retries=0, requests_per_minute=100_000)
    controller = SyncController(workspace, adapter)
    panel = SyncStatusPanel()
    qtbot.addWidget(panel)
    panel.set_clock(workspace.now)
    panel.attach(controller)
    return controller, panel


def _sync(qtbot: QtBot, controller: SyncController) -> SyncOutcome:
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        controller.sync_now()
    outcome = blocker.args[0]
    assert isinstance(outcome, SyncOutcome)
    return outcome


def test_a_sync_shows_syncing_with_progress_then_online(
    qtbot: QtBot, loop: Any, run_async: Any, make_server: MakeServer, fresh_workspace: ClinicWorkspace
) -> None:
    server = make_server(seed="demo")
    controller, panel = _controller(fresh_workspace, server, qtbot)
    seen_states: list[str] = []
    progress: list[tuple[int, int]] = []
    phases: list[str] = []
    controller.runningChanged.connect(lambda _running: seen_states.append(panel.state_text()))
    controller.progress.connect(lambda done, total: progress.append((done, total)))
    controller.phaseChanged.connect(lambda phase, _detail: phases.append(phase))
    assert panel.state_text() == "Not synced yet"

    outcome = _sync(qtbot, controller)

    assert outcome.succeeded
    assert outcome.summary is not None
    assert outcome.summary.pulled > 1000
    assert seen_states[0] == "Syncing…"
    assert progress, "the first sync reports its progress"
    assert phases[0] == SyncPhase.PUSHING
    assert phases[-1] == SyncPhase.DONE
    assert SyncPhase.PULLING in phases
    assert panel.state_text() == "Online"
    assert not panel.progress_bar().isVisibleTo(panel)
    run_async(controller.aclose())


def test_a_stopped_server_shows_offline_since_and_its_return_shows_online(
    qtbot: QtBot, loop: Any, run_async: Any, make_server: MakeServer, fresh_workspace: ClinicWorkspace
) -> None:
    server = make_server(seed="none")
    controller, panel = _controller(fresh_workspace, server, qtbot)
    assert _sync(qtbot, controller).phase == SyncPhase.DONE
    assert panel.last_synced_text().startswith("Never synced") or panel.state_text() == "Online"

    server.stop()
    before = datetime.now(UTC)
    outcome = _sync(qtbot, controller)

    assert outcome.phase == SyncPhase.OFFLINE
    assert controller.offline_since is not None
    assert controller.offline_since >= before.replace(microsecond=0)
    assert panel.state_text().startswith("Offline since ")
    first_offline = controller.offline_since
    assert _sync(qtbot, controller).phase == SyncPhase.OFFLINE
    assert controller.offline_since == first_offline, "offline since the first failure, not the latest"

    server.start()  # back on the same port
    with qtbot.waitSignal(controller.finished, timeout=30_000) as blocker:
        assert controller.reconnected() is not None, "a reconnect while offline syncs at once"
    assert blocker.args[0].phase == SyncPhase.DONE
    assert panel.state_text() == "Online"
    assert controller.offline_since is None
    assert controller.reconnected() is None, "online already: nothing to do"
    run_async(controller.aclose())


def test_a_refused_key_says_so(
    qtbot: QtBot, loop: Any, run_async: Any, make_server: MakeServer, fresh_workspace: ClinicWorkspace
) -> None:
    server = make_server(seed="none")
    controller, panel = _controller(fresh_workspace, server, qtbot, api_key="not-the-key-au1")

    outcome = _sync(qtbot, controller)

    assert outcome.phase == SyncPhase.AUTH_FAILED
    assert panel.state_text() == "API key refused: check it in Settings"
    assert "not-the-key" not in panel.text()
    run_async(controller.aclose())


def test_sync_now_while_a_run_is_going_joins_it(
    qtbot: QtBot, loop: Any, run_async: Any, make_server: MakeServer, fresh_workspace: ClinicWorkspace
) -> None:
    server = make_server(seed="none")
    controller, _panel = _controller(fresh_workspace, server, qtbot)
    first = controller.sync_now()
    assert controller.sync_now() is first
    qtbot.waitUntil(lambda: first is not None and first.done(), timeout=20_000)
    run_async(controller.aclose())
    assert controller.sync_now() is None, "a closed controller starts nothing"


def test_outbox_and_state_sentences() -> None:
    now = datetime(2025, 3, 3, 10, 0, tzinfo=UTC)
    assert describe_outbox(0, 0, 0) == ""
    assert describe_outbox(1, 0, 0) == "1 change waiting"
    assert describe_outbox(3, 1, 2) == "3 changes waiting, 1 change failed, 2 sync conflicts"
    assert (
        describe_state(SyncPhase.DONE, running=True, offline_since=None, message=None, now=now) == "Syncing…"
    )
    assert describe_state(SyncPhase.ERROR, running=False, offline_since=None, message="Boom.", now=now) == (
        "Sync error: Boom."
    )
    assert (
        describe_state(SyncPhase.OFFLINE, running=False, offline_since=None, message=None, now=now)
        == "Offline"
    )

"""The first run: with no account the window offers 'Connect to Cliniko' and 'Try the demo clinic'.
A key is checked against the server's /user, stored in the OS keyring, and the clinic opens; a refused
key, a missing keyring or a demo that cannot start are explained in the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.reasons import Reason, ReasonCode
from app.sandbox.server import DEFAULT_API_KEY, SandboxServer
from app.services import credentials, sync_service, ui_support_account
from app.services.demo_service import DemoClinic, DemoUnavailable
from app.services.errors import SyncAuthRefused
from app.services.workspace import ClinicWorkspace
from app.ui.app_controller import AppController, LaunchOptions
from app.ui.domain_text import error_text
from app.ui.ui_settings import UiSettings
from tests.support.memory_keyring import MemoryKeyring

MakeServer = Callable[..., SandboxServer]


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(sync_service.API_KEY_ENVIRONMENT_VARIABLE, raising=False)


@pytest.fixture
def controller(qtbot: QtBot, loop: Any, tmp_path: Path, ui_settings: UiSettings) -> Iterator[AppController]:
    """The app on an empty data folder; its window is closed (and the app shut down) after the test."""
    app = AppController(LaunchOptions(data_dir=tmp_path / "data"), ui_settings=ui_settings, max_retries=0)
    run = loop.create_task(app.run())
    yield app
    app.window.close()
    qtbot.waitUntil(run.done, timeout=15_000)
    assert run.result() == 0


def _wait_first_run(qtbot: QtBot, app: AppController) -> None:
    qtbot.waitUntil(app.window.first_run_view.isVisible)


def _connect(qtbot: QtBot, app: AppController, key: str, server: str) -> None:
    view = app.window.first_run_view
    view.api_key.setText(key)
    view.server.setText(server)
    qtbot.mouseClick(view.connect_button, Qt.MouseButton.LeftButton)


def test_a_key_is_checked_stored_in_the_keyring_and_the_clinic_opens(
    qtbot: QtBot,
    controller: AppController,
    make_server: MakeServer,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    server = make_server(seed="none")
    _wait_first_run(qtbot, controller)
    view = controller.window.first_run_view
    assert not view.keyring_notice.isVisibleTo(view)
    settings = controller.window.window_actions.settings
    assert not settings.isEnabled(), "settings belong to a clinic: none is open yet"

    _connect(qtbot, controller, DEFAULT_API_KEY, server.base_url)

    qtbot.waitUntil(controller.window.showing_calendar, timeout=15_000)
    assert settings.isEnabled()
    assert memory_keyring.entries == {
        (credentials.KEYRING_SERVICE, ui_support_account.DEFAULT_PROFILE): DEFAULT_API_KEY
    }
    assert view.api_key.text() == "", "the key does not linger in the form"
    session = controller.window.session
    assert session is not None
    account = ui_support_account.configured_account(session.workspace)
    assert account is not None
    assert (account.api_key, account.base_url) == (DEFAULT_API_KEY, server.base_url)
    qtbot.waitUntil(lambda: controller.window.status_panel.state_text() == "Online", timeout=15_000)


def test_a_refused_key_is_explained_and_nothing_is_stored(
    qtbot: QtBot, controller: AppController, make_server: MakeServer, memory_keyring: MemoryKeyring
) -> None:
    server = make_server(seed="none")
    _wait_first_run(qtbot, controller)
    view = controller.window.first_run_view

    _connect(qtbot, controller, "wrong-key-au1", server.base_url)

    qtbot.waitUntil(lambda: view.connect_button.isEnabled() and bool(view.message.text()), timeout=15_000)
    assert "wrong-key" not in view.message.text()
    # The GUI's own (translatable) sentence for a refused key, not the service's English message.
    assert view.message.text() == error_text(
        SyncAuthRefused("", reason=Reason.of(ReasonCode.SERVER_REFUSED_KEY))
    )
    assert memory_keyring.entries == {}
    assert not controller.window.showing_calendar()


def test_without_a_keyring_the_window_says_so_before_and_after(
    qtbot: QtBot, controller: AppController, make_server: MakeServer, no_keyring: None
) -> None:
    server = make_server(seed="none")
    _wait_first_run(qtbot, controller)
    view = controller.window.first_run_view
    assert view.keyring_notice.isVisibleTo(view)
    assert "keyring" in view.keyring_notice.text()

    _connect(qtbot, controller, DEFAULT_API_KEY, server.base_url)

    qtbot.waitUntil(lambda: "keyring" in view.message.text(), timeout=15_000)
    assert view.connect_button.isEnabled()
    assert not controller.window.showing_calendar()


def test_a_demo_that_cannot_start_is_explained(
    qtbot: QtBot, loop: Any, tmp_path: Path, ui_settings: UiSettings
) -> None:
    def broken_demo() -> DemoClinic:
        raise DemoUnavailable("The demo clinic could not start on this computer.")

    app = AppController(
        LaunchOptions(data_dir=tmp_path / "data"), ui_settings=ui_settings, demo_starter=broken_demo
    )
    run = loop.create_task(app.run())
    _wait_first_run(qtbot, app)
    view = app.window.first_run_view

    qtbot.mouseClick(view.demo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: "could not start" in view.message.text())
    assert view.isVisible()
    app.window.close()
    qtbot.waitUntil(run.done)
    assert run.result() == 0
    assert run.result() == 0


@pytest.mark.usefixtures("memory_keyring")
def test_a_configured_account_opens_straight_on_the_calendar(
    qtbot: QtBot, loop: Any, tmp_path: Path, ui_settings: UiSettings, make_server: MakeServer
) -> None:
    server = make_server(seed="none")
    with ClinicWorkspace.open(tmp_path / "data") as workspace:
        ui_support_account.save_account(workspace, DEFAULT_API_KEY, server.base_url)

    app = AppController(LaunchOptions(data_dir=tmp_path / "data"), ui_settings=ui_settings, max_retries=0)
    run = loop.create_task(app.run())
    qtbot.waitUntil(app.window.showing_calendar)
    qtbot.waitUntil(lambda: app.window.status_panel.state_text() == "Online", timeout=15_000)
    app.window.close()
    qtbot.waitUntil(run.done)
    assert run.result() == 0

"""Settings > Account: a new API key is checked against the server's /user (a real sandbox on loopback)
before it replaces the stored one, without freezing the window; a refused key, an unreachable server or
a missing keyring are explained under the fields and the current key is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.sandbox.server import SandboxServer
from app.services import credentials, sync_service, ui_support_account
from app.services.workspace import ClinicWorkspace
from app.ui.settings_dialog import SettingsDialog
from app.ui.ui_settings import UiSettings
from tests.support.memory_keyring import MemoryKeyring

MakeServer = Callable[..., SandboxServer]
OLD_KEY = "old-key-au1"
NEW_KEY = "new-key-au1"
# The discard port: nothing listens there on loopback, so a connection is refused at once.
CLOSED_SERVER = "http://127.0.0.1:9/v1"
ENTRY = (credentials.KEYRING_SERVICE, ui_support_account.DEFAULT_PROFILE)


@pytest.fixture(autouse=True)
def no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(sync_service.API_KEY_ENVIRONMENT_VARIABLE, raising=False)


@pytest.fixture
def server(make_server: MakeServer) -> SandboxServer:
    """A sandbox that knows both the old key and the new one."""
    return make_server(seed="none", api_keys=(OLD_KEY, NEW_KEY))


@pytest.fixture
def connected(workspace: ClinicWorkspace, server: SandboxServer, memory_keyring: MemoryKeyring) -> None:
    """The workspace's account: the old key, in the keyring, on the sandbox."""
    ui_support_account.save_account(workspace, OLD_KEY, server.base_url)


@pytest.fixture
def make_dialog(
    qtbot: QtBot, loop: Any, workspace: ClinicWorkspace, ui_settings: UiSettings
) -> Callable[[], SettingsDialog]:
    """Open Settings on the workspace (on the qasync loop, as in the app)."""

    def make() -> SettingsDialog:
        dialog = SettingsDialog(workspace, ui_settings)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog

    return make


def _submit(qtbot: QtBot, dialog: SettingsDialog, key: str, server: str | None = None) -> None:
    dialog.api_key.setText(key)
    if server is not None:
        dialog.server.setText(server)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)


def _stored_key(workspace: ClinicWorkspace) -> tuple[str, str | None] | None:
    account = ui_support_account.configured_account(workspace)
    return None if account is None else (account.api_key, account.base_url)


@pytest.mark.usefixtures("connected")
def test_a_good_key_is_checked_then_stored_and_the_dialog_closes(
    qtbot: QtBot,
    make_dialog: Callable[[], SettingsDialog],
    workspace: ClinicWorkspace,
    server: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make_dialog()
    assert dialog.server.text() == server.base_url, "the current server is shown"
    changed: list[tuple[str, str]] = []
    dialog.accountChanged.connect(lambda key, address: changed.append((key, address)))
    dialog.buffer.setValue(10)

    _submit(qtbot, dialog, NEW_KEY)

    # The click returned before the server answered: the check runs on the loop, the window paints.
    assert dialog.checking_key
    assert dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    assert not dialog.api_key.isEnabled()
    assert "Checking" in dialog.account_message.text()
    assert memory_keyring.entries[ENTRY] == OLD_KEY, "nothing is stored before the server answers"

    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=15_000)
    assert memory_keyring.entries == {ENTRY: NEW_KEY}
    assert _stored_key(workspace) == (NEW_KEY, server.base_url)
    assert changed == [(NEW_KEY, server.base_url)]
    assert workspace.settings.buffer == timedelta(minutes=10), "the other settings are stored too"
    assert dialog.api_key.text() == "", "the key does not linger in the form"


@pytest.mark.usefixtures("connected")
def test_a_refused_key_is_explained_and_the_old_key_kept(
    qtbot: QtBot,
    make_dialog: Callable[[], SettingsDialog],
    workspace: ClinicWorkspace,
    server: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make_dialog()
    changed: list[object] = []
    dialog.accountChanged.connect(lambda *args: changed.append(args))
    buffer_before = workspace.settings.buffer
    dialog.buffer.setValue(25)

    _submit(qtbot, dialog, "wrong-key-au1")

    qtbot.waitUntil(lambda: not dialog.checking_key, timeout=15_000)
    message = dialog.account_message.text()
    assert "refused" in message
    assert "current key is kept" in message
    assert "wrong-key" not in message, "the key never appears in a message"
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ok_button.isEnabled(), "the user can correct the key"
    assert dialog.api_key.isEnabled()
    assert dialog.api_key.text() == "wrong-key-au1"
    assert memory_keyring.entries == {ENTRY: OLD_KEY}
    assert _stored_key(workspace) == (OLD_KEY, server.base_url)
    assert workspace.settings.buffer == buffer_before, "nothing is stored while the dialog stays open"
    assert changed == []


@pytest.mark.usefixtures("connected")
def test_an_unreachable_server_is_explained_and_the_old_key_kept(
    qtbot: QtBot,
    make_dialog: Callable[[], SettingsDialog],
    workspace: ClinicWorkspace,
    server: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make_dialog()

    _submit(qtbot, dialog, NEW_KEY, CLOSED_SERVER)

    qtbot.waitUntil(lambda: not dialog.checking_key, timeout=15_000)
    message = dialog.account_message.text()
    assert "could not be reached" in message
    assert "current key is kept" in message
    assert dialog.isVisible()
    assert dialog.server.isEnabled()
    assert memory_keyring.entries == {ENTRY: OLD_KEY}
    assert _stored_key(workspace) == (OLD_KEY, server.base_url)


@pytest.mark.usefixtures("no_keyring")
def test_without_a_keyring_the_dialog_says_so_before_asking_the_server(
    qtbot: QtBot, make_dialog: Callable[[], SettingsDialog], workspace: ClinicWorkspace
) -> None:
    dialog = make_dialog()
    assert "keyring" in dialog.account_message.text(), "said as soon as the dialog opens"

    # The server address is dead: a keyring message (not "could not be reached") shows that the
    # keyring is looked at before any request.
    _submit(qtbot, dialog, NEW_KEY, CLOSED_SERVER)

    qtbot.waitUntil(lambda: not dialog.checking_key, timeout=15_000)
    assert "keyring" in dialog.account_message.text()
    assert dialog.isVisible()
    assert ui_support_account.account_base_url(workspace) is None


@pytest.mark.usefixtures("connected")
def test_cancel_abandons_a_check_under_way(
    qtbot: QtBot,
    make_dialog: Callable[[], SettingsDialog],
    workspace: ClinicWorkspace,
    memory_keyring: MemoryKeyring,
) -> None:
    dialog = make_dialog()
    dialog.api_key.setText(NEW_KEY)
    dialog.accept()
    assert dialog.checking_key

    dialog.reject()

    qtbot.waitUntil(lambda: not dialog.checking_key, timeout=15_000)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert memory_keyring.entries == {ENTRY: OLD_KEY}


@pytest.mark.usefixtures("connected")
def test_a_new_server_address_needs_its_key(
    make_dialog: Callable[[], SettingsDialog], workspace: ClinicWorkspace, server: SandboxServer
) -> None:
    dialog = make_dialog()
    dialog.server.setText("http://127.0.0.1:8765/v1")

    dialog.accept()

    assert not dialog.checking_key
    assert "API key" in dialog.account_message.text()
    assert dialog.isVisible()
    assert ui_support_account.account_base_url(workspace) == server.base_url


def test_the_demo_needs_no_key(qtbot: QtBot, workspace: ClinicWorkspace, ui_settings: UiSettings) -> None:
    dialog = SettingsDialog(workspace, ui_settings, demo=True)
    qtbot.addWidget(dialog)
    assert not dialog.api_key.isEnabled()
    assert not dialog.server.isEnabled()
    dialog.join_window.setValue(5)

    dialog.accept()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.settings.join_window == timedelta(minutes=5)

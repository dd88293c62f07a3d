"""Settings: calendar slot size, Join window, buffer between appointments, language, and the API key.

Slot size and language are this user's display preferences (QSettings); the Join window and buffer
change what services decide, so they are stored in the cache where the command line reads them too.
The API key goes to the OS keyring only, and only once the server accepted it (GET /user, as on the
first run). The check runs as an asyncio task on the qasync loop, so the window keeps painting; while it
runs the account fields and OK are disabled, and Cancel abandons it. A refused key, an unreachable server
or a missing keyring is explained under the fields, the dialog stays open and the current key is kept.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.log import ui_log
from app.services import credentials, ui_support_account
from app.services.errors import (
    CredentialStoreUnavailable,
    ServerUnreachable,
    ServiceError,
    SyncAuthRefused,
)
from app.services.workspace import ClinicWorkspace
from app.ui.calendar.calendar_model import SLOT_MINUTES_CHOICES
from app.ui.feedback_colors import error_color, muted_text_color, tint
from app.ui.ui_settings import LANGUAGES, UiSettings

MAX_MINUTES = 240


class SettingsDialog(QDialog):
    """Edits the settings; `accountChanged(key, server)` after a new key was stored."""

    accountChanged = Signal(str, str)  # noqa: N815

    def __init__(
        self,
        workspace: ClinicWorkspace,
        ui_settings: UiSettings,
        *,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.setAccessibleName(self.tr("Settings"))
        self._workspace = workspace
        self._ui_settings = ui_settings
        self._key_check: asyncio.Task[None] | None = None
        current = workspace.settings

        self.slot_size = QComboBox(self)
        self.slot_size.setAccessibleName(self.tr("Slot size"))
        for minutes in SLOT_MINUTES_CHOICES:
            self.slot_size.addItem(self.tr("%1 minutes").replace("%1", str(minutes)), minutes)
        self.slot_size.setCurrentIndex(self.slot_size.findData(ui_settings.slot_minutes()))
        self.join_window = self._minutes_box(self.tr("Join window"), current.join_window)
        self.join_window.setToolTip(self.tr("How long before the start Join becomes available"))
        self.buffer = self._minutes_box(self.tr("Buffer between appointments"), current.buffer)
        self.buffer.setToolTip(
            self.tr("Warn when a practitioner's appointments are closer than this (0: off)")
        )
        self.language = QComboBox(self)
        self.language.setAccessibleName(self.tr("Language"))
        for choice in LANGUAGES:
            self.language.addItem(
                self.tr("System default") if not choice.code else choice.native_name, choice.code
            )
        self.language.setCurrentIndex(max(0, self.language.findData(ui_settings.language())))

        general = QGroupBox(self.tr("Calendar and bookings"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Slot size:"), self.slot_size)
        form.addRow(self.tr("&Join opens before the start:"), self.join_window)
        form.addRow(self.tr("&Buffer between appointments:"), self.buffer)
        form.addRow(self.tr("&Language:"), self.language)
        language_note = QLabel(self.tr("A new language applies the next time Frontdesk starts."), general)
        language_note.setWordWrap(True)
        form.addRow("", language_note)

        self.api_key = QLineEdit(self)
        self.api_key.setAccessibleName(self.tr("New API key"))
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("Leave empty to keep the current key"))
        self.server = QLineEdit(self)
        self.server.setAccessibleName(self.tr("Server address (optional)"))
        self.server.setPlaceholderText(self.tr("Optional: leave empty for Cliniko"))
        self._current_server = "" if demo else ui_support_account.account_base_url(workspace) or ""
        self.server.setText(self._current_server)
        self.account_message = QLabel(self)
        self.account_message.setObjectName("AccountMessage")
        self.account_message.setAccessibleName(self.tr("Account message"))
        self.account_message.setWordWrap(True)
        self.account_message.setTextFormat(Qt.TextFormat.PlainText)
        account = QGroupBox(self.tr("Account"), self)
        account_form = QFormLayout(account)
        account_form.addRow(self.tr("API &key:"), self.api_key)
        account_form.addRow(self.tr("Se&rver:"), self.server)
        account_form.addRow(self.account_message)
        if demo:
            self.api_key.setEnabled(False)
            self.server.setEnabled(False)
            self.account_message.setText(self.tr("The demo clinic needs no API key."))
        elif not credentials.keyring_available():
            self._say(self._no_keyring_text(), error=True)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(general)
        layout.addWidget(account)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def _minutes_box(self, name: str, value: timedelta) -> QSpinBox:
        box = QSpinBox(self)
        box.setAccessibleName(name)
        box.setRange(0, MAX_MINUTES)
        box.setSuffix(self.tr(" min"))
        box.setValue(int(value.total_seconds() // 60))
        return box

    def chosen_slot_minutes(self) -> int:
        """The slot size chosen."""
        return int(self.slot_size.currentData())

    @property
    def checking_key(self) -> bool:
        """Whether a new key is being checked with the server."""
        return self._key_check is not None and not self._key_check.done()

    def accept(self) -> None:
        """Store everything; a new key is checked with the server first and the dialog closes after."""
        if self.checking_key:
            return
        key = self.api_key.text().strip()
        server = self.server.text().strip()
        if self.api_key.isEnabled() and key:
            self._say(self.tr("Checking the key with the server\u2026"), error=False)
            self._set_account_editable(False)
            # Needs the running qasync loop (the app's): the window keeps painting during the check.
            self._key_check = asyncio.get_running_loop().create_task(self._check_and_store(key, server))
            self._key_check.add_done_callback(self._key_check_ended)
            return
        if self.server.isEnabled() and server != self._current_server:
            # A server address alone is not an account: its key must be checked against it.
            self._say(self.tr("Enter the API key to use with this server."), error=True)
            self.api_key.setFocus()
            return
        self._store_preferences()

    def reject(self) -> None:
        """Close without storing; a key check under way is abandoned (nothing is stored then)."""
        if self._key_check is not None:
            self._key_check.cancel()
        super().reject()

    async def _check_and_store(self, key: str, server: str) -> None:
        try:
            await ui_support_account.replace_account(self._workspace, key, server or None)
        except ServiceError as error:
            self._set_account_editable(True)
            self._say(self._account_problem(error), error=True)
            self.api_key.setFocus()
            return
        self._current_server = server
        self.api_key.clear()
        self._set_account_editable(True)
        self._say("", error=False)
        self.accountChanged.emit(key, server)
        self._store_preferences()

    def _key_check_ended(self, task: asyncio.Task[None]) -> None:
        if task.cancelled() or task.exception() is None:
            return
        # A bug, not a known failure: keep the dialog usable and the old key, and leave a trace.
        ui_log.error("checking a new API key failed", exc_info=task.exception())
        self._set_account_editable(True)
        self._say(self.tr("The key could not be checked. The current key is kept."), error=True)

    def _account_problem(self, error: ServiceError) -> str:
        """What went wrong, in the user's language where the failure is a known one."""
        if isinstance(error, SyncAuthRefused):
            return self.tr(
                "The server refused this API key. Check that it was copied whole "
                "(Cliniko: My Info > Manage API keys). The current key is kept."
            )
        if isinstance(error, ServerUnreachable):
            return self.tr(
                "The server could not be reached, so the key could not be checked. Check the internet "
                "connection and the server address, then try again. The current key is kept."
            )
        if isinstance(error, CredentialStoreUnavailable):
            return self._no_keyring_text()
        return self.tr("The key could not be checked: %1 The current key is kept.").replace(
            "%1", error.message
        )

    def _no_keyring_text(self) -> str:
        return self.tr(
            "No secure password store (keyring) was found on this computer, so a new key cannot "
            "be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk "
            "with FRONTDESK_API_KEY set."
        )

    def _set_account_editable(self, editable: bool) -> None:
        for widget in (self.api_key, self.server, self.ok_button):
            widget.setEnabled(editable)

    def _say(self, text: str, *, error: bool) -> None:
        palette = self.account_message.palette()
        tint(self.account_message, error_color(palette) if error else muted_text_color(palette))
        self.account_message.setText(text)

    def _store_preferences(self) -> None:
        """Store the settings other than the account and close; stay open with the reason on failure."""
        try:
            self._workspace.update_settings(
                replace(
                    self._workspace.settings,
                    join_window=timedelta(minutes=self.join_window.value()),
                    buffer=timedelta(minutes=self.buffer.value()),
                )
            )
        except ServiceError as error:
            self._say(error.message, error=True)
            return
        self._ui_settings.set_slot_minutes(self.chosen_slot_minutes())
        self._ui_settings.set_language(str(self.language.currentData()))
        super().accept()

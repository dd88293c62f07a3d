"""Settings: calendar slot size, Join window, buffer between appointments, language, and the API key.

Slot size and language are this user's display preferences (QSettings); the Join window and buffer
change what services decide, so they are stored in the cache where the command line reads them too.
The API key goes to the OS keyring only; with no keyring the dialog says so and stays open.
"""

from __future__ import annotations

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

from app.services import credentials, ui_support_account
from app.services.errors import ServiceError
from app.services.workspace import ClinicWorkspace
from app.ui.calendar.calendar_model import SLOT_MINUTES_CHOICES
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
        self.account_message = QLabel(self)
        self.account_message.setObjectName("AccountMessage")
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
            self.account_message.setText(
                self.tr(
                    "No secure password store (keyring) was found on this computer, so a new key cannot "
                    "be saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk "
                    "with FRONTDESK_API_KEY set."
                )
            )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
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

    def accept(self) -> None:
        """Store everything; stay open (with the reason) when the key cannot be stored."""
        key = self.api_key.text().strip()
        server = self.server.text().strip()
        if key and self.api_key.isEnabled():
            try:
                ui_support_account.save_account(self._workspace, key, server or None)
            except ServiceError as error:
                self.account_message.setText(error.message)
                self.api_key.setFocus()
                return
        try:
            self._workspace.update_settings(
                replace(
                    self._workspace.settings,
                    join_window=timedelta(minutes=self.join_window.value()),
                    buffer=timedelta(minutes=self.buffer.value()),
                )
            )
        except ServiceError as error:
            self.account_message.setText(error.message)
            return
        self._ui_settings.set_slot_minutes(self.chosen_slot_minutes())
        self._ui_settings.set_language(str(self.language.currentData()))
        if key and self.api_key.isEnabled():
            self.accountChanged.emit(key, server)
        super().accept()

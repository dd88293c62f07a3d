"""The first screen when no clinic is connected: connect with an API key, or try the demo clinic.

The view only collects input and shows progress and errors; the application controller checks the
key against the server (`/user`), stores it in the OS keyring and opens the clinic.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.ui.app_icon import eye_glyph


class FirstRunView(QWidget):
    """Two ways in: 'Connect to Cliniko' (API key) and 'Try the demo clinic'."""

    connectRequested = Signal(str, str)  # noqa: N815 (API key, server address or "")
    demoRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FirstRunView")
        self.setAccessibleName(self.tr("Welcome"))
        heading = QLabel(self.tr("Welcome to %1").replace("%1", APP_NAME), self)
        heading.setObjectName("FirstRunHeading")
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Frontdesk keeps a copy of your clinic's calendar on this computer, so it opens at once "
                "and keeps working when the internet drops."
            ),
            self,
        )
        intro.setWordWrap(True)

        self.api_key = QLineEdit(self)
        self.api_key.setObjectName("ApiKeyEdit")
        self.api_key.setAccessibleName(self.tr("API key"))
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("Paste the key from Cliniko: My Info > Manage API keys"))
        self.api_key.setClearButtonEnabled(True)
        reveal = QAction(eye_glyph(self.palette().text().color()), "", self)
        reveal.setCheckable(True)
        reveal.setToolTip(self.tr("Show the key"))
        reveal.toggled.connect(
            lambda on: self.api_key.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.api_key.addAction(reveal, QLineEdit.ActionPosition.TrailingPosition)
        self.server = QLineEdit(self)
        self.server.setObjectName("ServerAddressEdit")
        self.server.setAccessibleName(self.tr("Server address (optional)"))
        self.server.setPlaceholderText(self.tr("Optional: leave empty for Cliniko"))
        self.connect_button = QPushButton(self.tr("Connect to Cliniko"), self)
        self.connect_button.setObjectName("ConnectButton")
        self.connect_button.setAccessibleName(self.tr("Connect to Cliniko"))
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self._connect)
        self.api_key.returnPressed.connect(self._connect)
        self.message = QLabel(self)
        self.message.setObjectName("FirstRunMessage")
        self.message.setAccessibleName(self.tr("Connection message"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.keyring_notice = QLabel(self)
        self.keyring_notice.setObjectName("KeyringNotice")
        self.keyring_notice.setWordWrap(True)
        self.keyring_notice.setVisible(False)

        connect_box = QGroupBox(self.tr("Connect to Cliniko"), self)
        form = QFormLayout()
        form.addRow(self.tr("&API key:"), self.api_key)
        form.addRow(self.tr("&Server:"), self.server)
        connect_layout = QVBoxLayout(connect_box)
        connect_layout.addLayout(form)
        connect_layout.addWidget(self.keyring_notice)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        connect_layout.addLayout(buttons)
        connect_layout.addWidget(self.message)

        self.demo_button = QPushButton(self.tr("Try the demo clinic"), self)
        self.demo_button.setObjectName("DemoButton")
        self.demo_button.setAccessibleName(self.tr("Try the demo clinic"))
        self.demo_button.clicked.connect(self.demoRequested)
        demo_box = QGroupBox(self.tr("Try the demo clinic"), self)
        demo_text = QLabel(
            self.tr(
                "A made-up clinic that runs on this computer: book, move and cancel freely. "
                "Nothing is sent anywhere, and it starts fresh every time."
            ),
            demo_box,
        )
        demo_text.setWordWrap(True)
        demo_layout = QVBoxLayout(demo_box)
        demo_layout.addWidget(demo_text)
        demo_row = QHBoxLayout()
        demo_row.addStretch(1)
        demo_row.addWidget(self.demo_button)
        demo_layout.addLayout(demo_row)

        column = QWidget(self)
        column.setMaximumWidth(640)
        column.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        column_layout = QVBoxLayout(column)
        column_layout.setSpacing(16)
        column_layout.addWidget(heading)
        column_layout.addWidget(intro)
        column_layout.addWidget(connect_box)
        column_layout.addWidget(demo_box)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.setTabOrder(self.api_key, self.server)
        self.setTabOrder(self.server, self.connect_button)
        self.setTabOrder(self.connect_button, self.demo_button)

    def set_keyring_available(self, available: bool, explanation: str = "") -> None:
        """Warn before the user types a key that it cannot be saved on this computer."""
        self.keyring_notice.setVisible(not available)
        self.keyring_notice.setText(explanation)

    def set_busy(self, busy: bool, message: str = "") -> None:
        """Disable input while the key is being checked or the demo starts."""
        for widget in (self.api_key, self.server, self.connect_button, self.demo_button):
            widget.setEnabled(not busy)
        self.message.setText(message)

    def show_error(self, message: str) -> None:
        """Say what went wrong (the key is never part of the message) and let the user try again."""
        self.set_busy(False)
        self.message.setText(message)
        self.api_key.setFocus()

    def _connect(self) -> None:
        key = self.api_key.text().strip()
        if not key:
            self.show_error(self.tr("Paste your API key first."))
            return
        self.connectRequested.emit(key, self.server.text().strip())

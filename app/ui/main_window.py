"""The main window: the frame the calendar, toolbar and sync status live in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from app import APP_NAME


class MainWindow(QMainWindow):
    """Frontdesk's top-level window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("MainWindow")
        self.resize(1280, 800)
        welcome = QLabel(self.tr("No clinic connected yet."), self)
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        welcome.setAccessibleName(self.tr("Welcome"))
        self.setCentralWidget(welcome)
        self.statusBar().showMessage(self.tr("Offline: no account configured"))

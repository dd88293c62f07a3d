"""Starts the Qt application and shows the main window."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtWidgets import QApplication

from app import APP_NAME, __version__
from app.log import configure_logging
from app.ui.main_window import MainWindow


def create_application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, created once with Frontdesk's identity."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window and run the event loop until it closes."""
    configure_logging()
    app = create_application()
    window = MainWindow()
    window.show()
    return app.exec()

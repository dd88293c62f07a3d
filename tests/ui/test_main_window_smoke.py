"""The main window opens and closes."""

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from app.ui.ui_settings import UiSettings


def test_main_window_opens_and_closes(qtbot: QtBot, tmp_path: Path) -> None:
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(ui_settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith("Frontdesk")
    assert window.isVisible()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())

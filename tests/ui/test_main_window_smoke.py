"""The main window opens and closes."""

from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow


def test_main_window_opens_and_closes(qtbot: QtBot) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith("Frontdesk")
    assert window.isVisible()
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible())

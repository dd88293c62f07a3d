"""The main window the shell tests open on the seeded clinic, without syncing."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from app.services import sync_service
from app.services.workspace import ClinicWorkspace
from app.ui.clinic_session import ClinicSession
from app.ui.main_window import MainWindow
from app.ui.ui_settings import UiSettings
from tests.support.clinic_builder import TUESDAY


def offline_window(qtbot: QtBot, workspace: ClinicWorkspace, ui_settings: UiSettings) -> MainWindow:
    """The main window on the shell clinic's Tuesday, not syncing (its adapter points at a closed port).

    The caller shuts it down (`run_async(window.shutdown())`) when the test ends.
    """
    main = MainWindow(ui_settings)
    qtbot.addWidget(main)
    adapter = sync_service.open_adapter("test-au1", "http://127.0.0.1:9/v1", max_retries=0)
    main.open_session(ClinicSession(workspace=workspace, adapter=adapter), start_sync=False)
    assert main.calendar_controller is not None
    main.calendar_controller.go_to(TUESDAY)
    return main

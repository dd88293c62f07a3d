"""`frontdesk --demo`, end to end: the sandbox starts in-process on loopback, a fresh demo cache syncs
from it, the calendar shows appointments and the status bar says it is online and synced; closing the
window stops the server and deletes the demo cache.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.services.demo_service import DemoClinic
from app.ui.app_controller import AppController, LaunchOptions
from app.ui.main_window import MainWindow
from app.ui.ui_settings import UiSettings


def _populated(window: MainWindow) -> bool:
    return (
        window.showing_calendar()
        and bool(window.calendar_view.content().entries)
        and window.status_panel.state_text() == "Online"
    )


@pytest.mark.slow
def test_the_demo_starts_syncs_shows_appointments_and_cleans_up(
    qtbot: QtBot, loop: Any, tmp_path: Path, ui_settings: UiSettings
) -> None:
    started: list[DemoClinic] = []

    def start_demo() -> DemoClinic:
        demo = DemoClinic.start(temp_root=tmp_path)
        started.append(demo)
        return demo

    controller = AppController(LaunchOptions(demo=True), ui_settings=ui_settings, demo_starter=start_demo)
    window = controller.window
    run = loop.create_task(controller.run())

    qtbot.waitUntil(lambda: _populated(window), timeout=30_000)

    assert window.windowTitle().startswith("Frontdesk")
    assert "Demo" in window.windowTitle()
    assert "Synced at" in window.status_panel.text()
    columns = window.calendar_view.content().columns
    assert len(columns) >= 3, "one column per practitioner"
    shown_day = columns[0].day
    assert window.window_actions.date_label.text().endswith(str(shown_day.year))
    demo = started[0]
    assert demo.running
    assert demo.connection.data_dir.is_dir()
    assert demo.connection.data_dir.parent == tmp_path

    window.close()
    qtbot.waitUntil(run.done, timeout=15_000)

    assert run.result() == 0
    assert not demo.running
    assert not demo.connection.data_dir.exists(), "the demo cache is deleted on exit"

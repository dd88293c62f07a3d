"""The window's dialogs and commands: Find next free slot opens the booking dialog prefilled, Settings
stores what it should where it should, About names the version, Sync now reaches the status bar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from app import __version__
from app.domain.entities import Practitioner
from app.services.workspace import ClinicWorkspace
from app.ui.about_dialog import AboutDialog
from app.ui.appointment_dialog import AppointmentDialog
from app.ui.free_slot_dialog import FreeSlotDialog, offering
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from app.ui.ui_settings import UiSettings
from tests.support.clinic_builder import tuesday

from .shell_clinic import CLINIC
from .shell_window import offline_window

Answer = Callable[[QDialog], int]


@pytest.fixture
def window(
    qtbot: QtBot, run_async: Callable[..., Any], workspace: ClinicWorkspace, ui_settings: UiSettings
) -> Iterator[MainWindow]:
    """The window on the shell clinic's Tuesday; its adapter points at a closed loopback port."""
    main = offline_window(qtbot, workspace, ui_settings)
    yield main
    run_async(main.shutdown())


def _answer_with(window: MainWindow, answer: Answer) -> list[QDialog]:
    shown: list[QDialog] = []

    def run(dialog: QDialog) -> int:
        shown.append(dialog)
        return answer(dialog)

    assert window.dialogs is not None
    window.dialogs.run_dialog = run
    return shown


def test_offering_keeps_who_offers_the_type_or_may() -> None:
    grace = Practitioner("g", "Grace", "Hopper", appointment_type_ids=frozenset({"video"}))
    alan = Practitioner("a", "Alan", "Kay", appointment_type_ids=frozenset({"initial"}))
    unknown = Practitioner("u", "Una", "Known", appointment_type_ids=None)
    assert offering([grace, alan, unknown], "video") == ["g", "u"]


def test_find_next_free_slot_opens_the_booking_dialog_on_the_slot(window: MainWindow) -> None:
    drafts: list[tuple[object, ...]] = []

    def answer(dialog: QDialog) -> int:
        if isinstance(dialog, FreeSlotDialog):
            dialog.appointment_type.setCurrentIndex(dialog.appointment_type.findData(CLINIC.initial))
            dialog.after.setDateTime(QDateTime(QDate(2025, 3, 4), QTime(9, 0)))  # wall clock, London
            dialog.search()
            return dialog.result()
        assert isinstance(dialog, AppointmentDialog)
        draft = dialog.draft()
        drafts.append((draft.practitioner_id, draft.starts_at, draft.ends_at, draft.appointment_type_id))
        return QDialog.DialogCode.Rejected

    shown = _answer_with(window, answer)
    window.window_actions.find_free_slot.trigger()

    assert [type(d).__name__ for d in shown] == ["FreeSlotDialog", "AppointmentDialog"]
    # Grace is busy at 9:00 and has only half an hour at 9:30; Alan is free at 9:00 for 45 minutes.
    assert drafts == [(CLINIC.alan, tuesday(9), tuesday(9.75), CLINIC.initial)]


def test_settings_are_stored_in_the_cache_and_the_preferences(
    window: MainWindow, workspace: ClinicWorkspace, ui_settings: UiSettings
) -> None:
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, SettingsDialog)
        dialog.slot_size.setCurrentIndex(dialog.slot_size.findData(10))
        dialog.buffer.setValue(10)
        dialog.join_window.setValue(20)
        dialog.language.setCurrentIndex(dialog.language.findData("fr"))
        dialog.accept()
        return dialog.result()

    _answer_with(window, answer)
    window.window_actions.settings.trigger()

    assert workspace.settings.buffer == timedelta(minutes=10)
    assert workspace.settings.join_window == timedelta(minutes=20)
    assert ui_settings.language() == "fr"
    assert ui_settings.slot_minutes() == 10
    assert window.calendar_view.slot_minutes() == 10
    assert window.window_actions.slot_actions[10].isChecked()


def test_about_names_the_version(qtbot: QtBot) -> None:
    dialog = AboutDialog(data_dir=None, demo=True)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts
    assert "demo" in texts


def test_sync_now_reaches_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    sync = window.sync_controller
    assert sync is not None
    with qtbot.waitSignal(sync.finished, timeout=15_000):
        window.window_actions.sync_now.trigger()
    assert window.status_panel.state_text().startswith("Offline since ")

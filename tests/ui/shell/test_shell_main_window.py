"""The main window on an open clinic: keyboard routing (arrows, Enter, Delete, Ctrl+N, T), booking from a
free slot, the toolbar's view options, the status bar's counts, and layout restored between runs.

Dialogs are not shown: `WindowDialogs.run_dialog` is replaced by a recorder that answers "Cancel".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QToolBar, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from app.domain.entities import AppointmentStatus, CancellationReason
from app.services.appointment_views import describe_appointment
from app.services.workspace import ClinicWorkspace
from app.store import bulk
from app.ui.appointment_dialog import AppointmentDialog
from app.ui.main_window import MainWindow
from app.ui.ui_settings import CalendarMode, UiSettings
from tests.support.clinic_builder import TUESDAY, tuesday

from ..calendar.calendar_gestures import slot_point
from .shell_clinic import CLINIC
from .shell_window import offline_window


class DialogRecorder:
    """Stands in for `QDialog.exec()`: remembers each dialog and answers Rejected."""

    def __init__(self) -> None:
        self.dialogs: list[QDialog] = []
        self.seen: list[Any] = []
        self.inspect: Callable[[QDialog], Any] = lambda dialog: type(dialog).__name__

    def __call__(self, dialog: QDialog) -> int:
        self.dialogs.append(dialog)
        self.seen.append(self.inspect(dialog))
        return QDialog.DialogCode.Rejected


@pytest.fixture
def recorder() -> DialogRecorder:
    return DialogRecorder()


@pytest.fixture
def window(  # noqa: PLR0917 (pytest passes fixtures by name)
    qtbot: QtBot,
    loop: Any,
    run_async: Callable[..., Any],
    workspace: ClinicWorkspace,
    ui_settings: UiSettings,
    recorder: DialogRecorder,
) -> Iterator[MainWindow]:
    """The window on the shell clinic's Tuesday, not syncing (the server address leads nowhere)."""
    main = offline_window(qtbot, workspace, ui_settings)
    assert main.dialogs is not None
    main.dialogs.run_dialog = recorder
    main.show()
    qtbot.waitExposed(main)
    main.calendar_view.setFocus()
    yield main
    run_async(main.shutdown())


def _press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window.calendar_view, key, modifier)


def test_arrows_move_the_selection_and_the_actions_follow(qtbot: QtBot, window: MainWindow) -> None:
    view = window.calendar_view
    actions = window.appointment_actions
    assert actions is not None
    _press(qtbot, window, Qt.Key.Key_Down)
    first = view.selected_appointment_id()
    assert first == CLINIC.ada_video  # Grace's 09:00, the first from the top-left
    assert actions.appointment_id == first
    _press(qtbot, window, Qt.Key.Key_Down)
    assert view.selected_appointment_id() == CLINIC.bob_initial
    _press(qtbot, window, Qt.Key.Key_Right)
    assert view.selected_appointment_id() in (CLINIC.bob_video, CLINIC.ada_series_first)
    assert actions.appointment_id == view.selected_appointment_id()


def test_enter_opens_the_selected_appointment_for_editing(
    qtbot: QtBot, window: MainWindow, recorder: DialogRecorder
) -> None:
    recorder.inspect = lambda dialog: isinstance(dialog, AppointmentDialog) and dialog.is_editing
    window.calendar_view.select_appointment(CLINIC.bob_initial)
    _press(qtbot, window, Qt.Key.Key_Return)
    assert recorder.seen == [True]


def test_delete_asks_for_a_reason_and_cancels(
    qtbot: QtBot, window: MainWindow, workspace: ClinicWorkspace
) -> None:
    actions = window.appointment_actions
    assert actions is not None
    asked: list[str | None] = []

    def reason(_parent: object, summary: str | None) -> tuple[CancellationReason, str | None]:
        asked.append(summary)
        return CancellationReason.SICK, None

    actions.ask_cancellation = reason
    window.calendar_view.select_appointment(CLINIC.bob_initial)
    with qtbot.waitSignal(actions.appointmentsChanged):
        _press(qtbot, window, Qt.Key.Key_Delete)

    assert len(asked) == 1
    assert describe_appointment(workspace, CLINIC.bob_initial).status == AppointmentStatus.CANCELLED
    qtbot.waitUntil(lambda: "1 change waiting" in window.status_panel.text())


def test_ctrl_n_books_for_the_selected_practitioner(
    qtbot: QtBot, window: MainWindow, recorder: DialogRecorder
) -> None:
    recorder.inspect = lambda dialog: (
        dialog.draft().practitioner_id if isinstance(dialog, AppointmentDialog) else None
    )
    window.calendar_view.select_appointment(CLINIC.bob_video)
    _press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert recorder.seen == [CLINIC.alan]


def test_a_click_on_a_free_slot_opens_the_booking_dialog_there(
    qtbot: QtBot, window: MainWindow, recorder: DialogRecorder
) -> None:
    recorder.inspect = lambda dialog: (dialog.draft().practitioner_id, dialog.draft().starts_at)
    view = window.calendar_view
    view.scroll_to_time(tuesday(15).time())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=slot_point(view, 1, 15 * 60 + 20))
    assert recorder.seen == [(CLINIC.alan, tuesday(15.25))]


def test_t_goes_to_today_and_the_toolbar_follows(qtbot: QtBot, window: MainWindow) -> None:
    controller = window.calendar_controller
    assert controller is not None
    assert window.window_actions.date_label.text() == "Tuesday 4 March 2025"
    _press(qtbot, window, Qt.Key.Key_T)
    assert controller.day() == date(2025, 3, 3)  # the clock's Monday
    assert window.window_actions.date_label.text() == "Monday 3 March 2025"
    window.window_actions.next.trigger()
    assert controller.day() == TUESDAY


def test_view_options_from_the_toolbar_and_menus(
    qtbot: QtBot, window: MainWindow, ui_settings: UiSettings
) -> None:
    controller, view, wa = window.calendar_controller, window.calendar_view, window.window_actions
    assert controller is not None
    wa.week_view.trigger()
    assert controller.mode() == CalendarMode.WEEK
    assert next(c.day for c in view.content().columns) == date(2025, 3, 3)
    assert window.window_actions.date_label.text() == "3 \N{EN DASH} 9 March 2025"
    wa.slot_size.setCurrentIndex(wa.slot_size.findData(5))
    wa.slot_size.activated.emit(wa.slot_size.currentIndex())
    assert view.slot_minutes() == 5
    assert ui_settings.slot_minutes() == 5
    assert wa.slot_actions[5].isChecked()
    wa.show_cancelled.setChecked(False)
    assert not view.show_cancelled()
    assert not ui_settings.show_cancelled()
    wa.practitioner_filter.practitioner_action(CLINIC.alan).setChecked(False)
    shown = {e.appointment_id for e in view.content().entries}
    assert CLINIC.bob_video not in shown
    assert CLINIC.ada_video in shown
    assert ui_settings.hidden_practitioners() == {CLINIC.alan}


def test_every_toolbar_control_has_an_accessible_name(window: MainWindow) -> None:
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            if action.isSeparator():
                continue
            widget = toolbar.widgetForAction(action)
            assert widget is not None
            if type(widget) is QWidget:
                continue  # a spacer, not a control
            name = widget.accessibleName() or (widget.text() if isinstance(widget, QToolButton) else "")
            assert name.strip(), f"{widget.objectName() or type(widget).__name__} has no accessible name"


def test_window_layout_and_view_come_back_next_time(
    qtbot: QtBot, window: MainWindow, ui_settings: UiSettings
) -> None:
    window.window_actions.week_view.trigger()
    window.resize(QSize(710, 520))
    qtbot.waitUntil(lambda: window.size() == QSize(710, 520))
    window.close()

    again = MainWindow(ui_settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(710, 520)
    assert ui_settings.calendar_mode() == CalendarMode.WEEK


def test_a_background_refresh_keeps_the_selection_and_the_scroll_position(
    qtbot: QtBot, window: MainWindow, workspace: ClinicWorkspace
) -> None:
    controller, view = window.calendar_controller, window.calendar_view
    assert controller is not None
    view.select_appointment(CLINIC.bob_video)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    scrolled_to = bar.value()
    assert scrolled_to > 0
    # Another desk moved Ada's appointment; a sync brings it in (written as the sync writes it).
    moved = replace(describe_appointment(workspace, CLINIC.ada_video).appointment, starts_at=tuesday(11))
    with workspace.writing() as session:
        bulk.upsert_appointments(session, [replace(moved, ends_at=tuesday(11.5))])

    with qtbot.waitSignal(controller.contentRefreshed):
        controller.schedule_refresh()

    assert next(
        e.starts_at for e in view.content().entries if e.appointment_id == CLINIC.ada_video
    ) == tuesday(11)
    assert view.selected_appointment_id() == CLINIC.bob_video
    assert bar.value() == scrolled_to


def test_the_waiting_changes_in_the_status_bar_open_the_unsent_changes(
    qtbot: QtBot, window: MainWindow, recorder: DialogRecorder
) -> None:
    controller = window.calendar_controller
    assert controller is not None
    with qtbot.waitSignal(controller.appointmentsChanged):
        # What the calendar reports at the end of a drag into Grace's column at 15:00.
        window.calendar_view.moveRequested.emit(CLINIC.ada_video, CLINIC.grace, tuesday(15), tuesday(15.5))
    button = window.status_panel.findChild(QToolButton, "UnsentChangesButton")
    assert button is not None
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "1 change waiting"

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert recorder.seen == ["UnsentChangesDialog"]
    assert window.window_actions.unsent_changes.isEnabled()


def test_alt_arrows_page_through_days_and_keep_the_hours_in_view(qtbot: QtBot, window: MainWindow) -> None:
    controller, view = window.calendar_controller, window.calendar_view
    assert controller is not None
    window.activateWindow()
    qtbot.waitActive(window)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 3)
    scrolled_to = bar.value()

    _press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert controller.day() == date(2025, 3, 5)
    _press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    _press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert controller.day() == date(2025, 3, 3)
    assert bar.value() == scrolled_to

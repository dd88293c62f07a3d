"""The appointment dialog books through the services, checks live, blocks invalid input, edits series."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.booking_validation import FIELD_ENDS_AT, FIELD_PATIENT
from app.domain.conflicts import WarningCategory
from app.domain.entities import Business
from app.services import appointment_views, outbox_service
from app.services.change_recording import SeriesScope
from app.services.workspace import ClinicWorkspace
from app.store import bulk
from app.store.meta import set_last_successful_sync
from app.ui.appointment_dialog import AppointmentDialog, BookingPrefill
from tests.support.clinic_builder import Clock, at

from .dialog_clinic import CLINIC, make_appointment

Category = WarningCategory
# The completion popup asks the offscreen platform to raise it and grab the keyboard; it cannot.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)


def open_dialog(qtbot: QtBot, workspace: ClinicWorkspace, **arguments: object) -> AppointmentDialog:
    dialog = AppointmentDialog(workspace, **arguments)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def set_start(dialog: AppointmentDialog, day: int, hour: int, minute: int = 0) -> None:
    """Change the start as a user would (the end follows, keeping the length)."""
    dialog.form.start_edit.setDateTime(QDateTime(QDate(2025, 3, day), QTime(hour, minute), QTimeZone.utc()))


def wait_for_categories(qtbot: QtBot, dialog: AppointmentDialog, expected: list[Category]) -> None:
    qtbot.waitUntil(lambda: not dialog.check_pending and dialog.panel.categories() == expected, timeout=3000)


def choose_patient(qtbot: QtBot, dialog: AppointmentDialog, text: str, name: str) -> None:
    """Type into the patient field and pick `name` from the completion list."""
    dialog.form.patient_edit.setFocus()
    qtbot.keyClicks(dialog.form.patient_edit, text)
    completer = dialog.patient_completer
    qtbot.waitUntil(lambda: any(p.display_name == name for p in completer.model.patients()), timeout=3000)
    row = next(i for i, p in enumerate(completer.model.patients()) if p.display_name == name)
    completer.choose_row(row)


def test_booking_through_the_dialog_lands_in_the_cache_and_the_outbox(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    prefill = BookingPrefill(CLINIC.grace, at(4, 16), appointment_type_id=CLINIC.video)
    dialog = open_dialog(qtbot, workspace, prefill=prefill)
    choose_patient(qtbot, dialog, "bob", "Bob Builder")
    dialog.form.notes_edit.setPlainText("Bring the X-ray")
    wait_for_categories(qtbot, dialog, [])
    assert dialog.book_button.isVisible()
    assert not dialog.book_anyway_button.isVisible()

    with qtbot.waitSignal(dialog.booked, timeout=3000) as booked:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    (new_id,) = booked.args[0]
    item = appointment_views.describe_appointment(workspace, new_id)
    assert (item.starts_at, item.ends_at) == (at(4, 16), at(4, 16.5))
    assert (item.patient_id, item.practitioner_id, item.appointment_type_id) == (
        CLINIC.bob,
        CLINIC.grace,
        CLINIC.video,
    )
    assert item.appointment.notes == "Bring the X-ray"
    assert item.pending_sync
    unsent = outbox_service.unsent_changes(workspace)
    assert [(change.kind, change.appointment_id) for change in unsent] == [("create", new_id)]


def test_the_panel_follows_each_field_with_the_right_warnings(
    qtbot: QtBot, workspace: ClinicWorkspace, clock: Clock
) -> None:
    prefill = BookingPrefill(CLINIC.grace, at(4, 16), appointment_type_id=CLINIC.video, patient_id=CLINIC.bob)
    dialog = open_dialog(qtbot, workspace, prefill=prefill)
    wait_for_categories(qtbot, dialog, [])

    set_start(dialog, 4, 9, 15)  # over Ada's video call with Grace
    wait_for_categories(qtbot, dialog, [Category.PRACTITIONER_DOUBLE_BOOKED])
    assert dialog.book_anyway_button.isVisible()
    assert not dialog.book_button.isVisible()
    assert "09:00-09:30" in dialog.panel.warnings()[0].message

    set_start(dialog, 4, 10, 15)  # over Bob's own appointment with Grace
    wait_for_categories(qtbot, dialog, [Category.PRACTITIONER_DOUBLE_BOOKED, Category.PATIENT_DOUBLE_BOOKED])

    set_start(dialog, 4, 12, 15)  # Grace's lunch
    wait_for_categories(qtbot, dialog, [Category.PRACTITIONER_UNAVAILABLE])

    set_start(dialog, 4, 16)
    dialog.form.type_combo.setCurrentIndex(dialog.form.type_combo.findData(CLINIC.group))
    wait_for_categories(qtbot, dialog, [Category.TYPE_NOT_OFFERED])

    dialog.form.type_combo.setCurrentIndex(dialog.form.type_combo.findData(CLINIC.video))
    clock.now = at(4, 17)
    with workspace.writing() as session:
        set_last_successful_sync(session, clock.now)  # fresh: only the time is in the past
    set_start(dialog, 4, 16, 30)
    wait_for_categories(qtbot, dialog, [Category.START_IN_PAST])

    clock.now = at(4, 7)
    workspace.set_connectivity(online=False)
    set_start(dialog, 4, 16)
    wait_for_categories(qtbot, dialog, [Category.STALE_CACHE])
    assert not dialog.book_button.isVisible()
    assert dialog.book_anyway_button.isVisible()


def test_a_repeating_booking_names_the_dates_that_clash(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    prefill = BookingPrefill(CLINIC.alan, at(3, 14), appointment_type_id=CLINIC.video, patient_id=CLINIC.ada)
    dialog = open_dialog(qtbot, workspace, prefill=prefill)
    wait_for_categories(qtbot, dialog, [])
    dialog.form.repeat_combo.setCurrentIndex(dialog.form.repeat_combo.findData("daily"))
    dialog.form.count_spin.setValue(3)
    wait_for_categories(
        qtbot, dialog, [Category.REPEAT_INSTANCES_CONFLICT, Category.PRACTITIONER_DOUBLE_BOOKED]
    )
    assert "Tue 4 Mar" in dialog.panel.warnings()[0].message
    assert "3 appointments" in dialog.form.repeat_summary.text()

    with qtbot.waitSignal(dialog.booked, timeout=3000) as booked:
        qtbot.mouseClick(dialog.book_anyway_button, Qt.MouseButton.LeftButton)
    assert len(booked.args[0]) == 3
    assert len(outbox_service.unsent_changes(workspace)) == 3


def test_warnings_name_clashes_before_the_patient_is_chosen(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = open_dialog(qtbot, workspace, prefill=BookingPrefill(CLINIC.grace, at(4, 9)))
    wait_for_categories(qtbot, dialog, [Category.PRACTITIONER_DOUBLE_BOOKED])
    # Nothing was touched yet: no red messages before the user has done anything.
    assert dialog.form.error(FIELD_PATIENT) is None


def test_clicking_a_warning_asks_to_jump_to_the_clashing_appointment(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    prefill = BookingPrefill(
        CLINIC.grace, at(4, 9.25), appointment_type_id=CLINIC.video, patient_id=CLINIC.bob
    )
    dialog = open_dialog(qtbot, workspace, prefill=prefill)
    wait_for_categories(qtbot, dialog, [Category.PRACTITIONER_DOUBLE_BOOKED])
    (row,) = dialog.panel.warning_rows()
    with qtbot.waitSignal(dialog.jumpToAppointmentRequested, timeout=2000) as jump:
        qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert jump.args == [CLINIC.video_ada]
    assert dialog.isVisible()


def test_invalid_input_blocks_with_a_message_next_to_the_field(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    prefill = BookingPrefill(CLINIC.grace, at(4, 16), appointment_type_id=CLINIC.video)
    dialog = open_dialog(qtbot, workspace, prefill=prefill)
    end = dialog.form.end_edit
    end.setDateTime(end.dateTime().addSecs(-3600))  # 15:30, before the start
    qtbot.waitUntil(
        lambda: dialog.form.error(FIELD_ENDS_AT) == "The end must be after the start.", timeout=3000
    )

    with qtbot.assertNotEmitted(dialog.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error(FIELD_PATIENT) == "Choose a patient."
    assert outbox_service.unsent_changes(workspace) == []


def test_the_type_fills_the_end_until_the_user_sets_it(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = open_dialog(qtbot, workspace, prefill=BookingPrefill(CLINIC.alan, at(4, 16)))
    types = dialog.form.type_combo
    assert types.findData(CLINIC.archived) == -1, "archived types are not offered for new bookings"
    types.setCurrentIndex(types.findData(CLINIC.initial))
    assert dialog.draft().ends_at == at(4, 16.75)
    types.setCurrentIndex(types.findData(CLINIC.group))
    assert dialog.draft().ends_at == at(4, 17)

    dialog.form.end_edit.setDateTime(dialog.form.end_edit.dateTime().addSecs(-20 * 60))
    types.setCurrentIndex(types.findData(CLINIC.video))
    assert dialog.draft().ends_at == at(4, 16) + timedelta(minutes=40)
    set_start(dialog, 4, 17)
    assert dialog.draft().ends_at == at(4, 17) + timedelta(minutes=40), "the end keeps the length"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("lovel", "Ada Lovelace"),
        ("0412", "Ada Lovelace"),
        ("7/3/1985", "Ada Lovelace"),
        ("1979-11-02", "Bob Builder"),
    ],
)
def test_patient_search_finds_by_name_phone_and_birth_date(
    qtbot: QtBot, workspace: ClinicWorkspace, typed: str, expected: str
) -> None:
    dialog = open_dialog(qtbot, workspace, prefill=BookingPrefill(CLINIC.grace, at(4, 16)))
    choose_patient(qtbot, dialog, typed, expected)
    assert dialog.form.patient_edit.text() == expected
    assert dialog.patient_completer.patient_id in (CLINIC.ada, CLINIC.bob)
    qtbot.keyClicks(dialog.form.patient_edit, "x")
    assert dialog.patient_completer.patient_id is None, "editing the name drops the chosen patient"


def test_editing_moves_the_appointment_through_the_services(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = open_dialog(qtbot, workspace, appointment_id=CLINIC.initial_bob)
    assert dialog.form.patient_edit.isReadOnly()
    assert not dialog.book_button.isEnabled(), "nothing to save before a change"
    set_start(dialog, 4, 16)
    qtbot.waitUntil(lambda: dialog.book_button.isEnabled() and not dialog.check_pending, timeout=3000)
    with qtbot.waitSignal(dialog.booked, timeout=3000) as saved:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert saved.args[0] == [CLINIC.initial_bob]
    item = appointment_views.describe_appointment(workspace, CLINIC.initial_bob)
    assert (item.starts_at, item.ends_at) == (at(4, 16), at(4, 16.75))
    assert [change.kind for change in outbox_service.unsent_changes(workspace)] == ["move"]


def test_editing_a_series_asks_the_scope_and_applies_it(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = open_dialog(qtbot, workspace, appointment_id=CLINIC.series_second)
    asked: list[str] = []

    def answer(_parent: object, label: str) -> SeriesScope:
        asked.append(label)
        return SeriesScope.THIS_AND_FOLLOWING

    dialog.ask_scope = answer
    start = dialog.form.start_edit
    start.setDateTime(start.dateTime().addSecs(3600))  # 10:00 instead of 09:00
    with qtbot.waitSignal(dialog.booked, timeout=3000) as saved:
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert asked == ["Save"]
    assert sorted(saved.args[0]) == sorted([CLINIC.series_second, CLINIC.series_third])
    starts = {
        appointment_id: appointment_views.describe_appointment(workspace, appointment_id).starts_at
        for appointment_id in (CLINIC.series_first, CLINIC.series_second, CLINIC.series_third)
    }
    assert starts == {
        CLINIC.series_first: at(5, 9),
        CLINIC.series_second: at(12, 10),
        CLINIC.series_third: at(19, 10),
    }


def test_backing_out_of_the_series_question_saves_nothing(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = open_dialog(qtbot, workspace, appointment_id=CLINIC.series_first)
    dialog.ask_scope = lambda _parent, _label: None
    dialog.form.notes_edit.setPlainText("Ring first")
    qtbot.waitUntil(dialog.book_button.isEnabled, timeout=3000)
    with qtbot.assertNotEmitted(dialog.booked):
        qtbot.mouseClick(dialog.book_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert outbox_service.unsent_changes(workspace) == []


def test_a_cancelled_appointment_opens_read_only(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = open_dialog(qtbot, workspace, appointment_id=CLINIC.cancelled_ada)
    assert not dialog.form.isEnabled()
    assert not dialog.book_button.isVisible()
    assert not dialog.book_anyway_button.isVisible()
    assert dialog.cancel_button.text() == "Close"


def test_times_show_in_the_clinics_zone_not_the_computers(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    with workspace.writing() as session:
        sydney = Business(CLINIC.business, "Harbour Physio", "Australia/Sydney", (), at(1, 0))
        bulk.upsert_businesses(session, [sydney])
    dialog = open_dialog(qtbot, workspace, prefill=BookingPrefill(CLINIC.grace, at(4, 16)))
    shown: QDateTime = dialog.form.start_edit.dateTime()
    # 16:00 UTC on 4 March is 03:00 on 5 March in Sydney (daylight time, UTC+11).
    assert (shown.date().day(), shown.time().hour(), shown.time().minute()) == (5, 3, 0)
    assert dialog.draft().starts_at == at(4, 16)
    set_start(dialog, 5, 9)
    assert dialog.draft().starts_at == at(4, 22)


def test_the_completion_popup_is_chosen_from_with_the_keyboard(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    dialog = open_dialog(qtbot, workspace, prefill=BookingPrefill(CLINIC.grace, at(4, 16)))
    dialog.activateWindow()
    dialog.form.patient_edit.setFocus()
    qtbot.keyClicks(dialog.form.patient_edit, "ada")
    popup = dialog.patient_completer.completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    names = [p.display_name for p in dialog.patient_completer.model.patients()]
    assert names == ["Ada Byron", "Ada Lovelace"]
    with qtbot.waitSignal(dialog.patient_completer.patientChanged, timeout=2000) as chosen:
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert chosen.args == [CLINIC.ada]
    assert dialog.form.patient_edit.text() == "Ada Lovelace"
    assert "0412 345 678" in dialog.form.patient_hint.text()


def test_an_opened_appointment_shows_what_it_clashes_with_now(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    # Another desk booked over Bob's 10:00 with Grace since: opening Bob's shows it before any change.
    clash = make_appointment(
        CLINIC.big_id(77), starts_at=at(4, 10.5), ends_at=at(4, 11), patient_id=CLINIC.ada
    )
    with workspace.writing() as session:
        bulk.upsert_appointments(session, [clash])
    dialog = open_dialog(qtbot, workspace, appointment_id=CLINIC.initial_bob)
    wait_for_categories(qtbot, dialog, [Category.PRACTITIONER_DOUBLE_BOOKED])
    assert not dialog.book_button.isEnabled(), "nothing to save before a change"
    assert not dialog.book_anyway_button.isVisible(), "the warning describes it as it stands"

"""Appointment actions: the link rules with their reasons, Join by role and time, status writes."""

from __future__ import annotations

import logging
from collections.abc import Sequence

import pytest
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.domain.entities import AppointmentStatus, Attendee, CancellationReason, UserRole
from app.services import agenda_service, appointment_views, outbox_service
from app.services.change_recording import SeriesScope
from app.services.workspace import ClinicWorkspace
from app.ui.appointment_actions import AppointmentActions
from tests.support.clinic_builder import TUESDAY, Clock, at

from .dialog_clinic import CLINIC, FRESH_PATIENT_LINK, PATIENT_LINK, PRACTITIONER_LINK, big_id, sign_in


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    """The widget the actions belong to (pytest-qt closes it after the test, stopping their timers)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def make_actions(owner: QWidget, workspace: ClinicWorkspace, **arguments: object) -> AppointmentActions:
    return AppointmentActions(workspace, parent=owner, **arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("appointment_id", "reason"),
    [
        (CLINIC.video_ada, None),
        (CLINIC.initial_bob, "Telehealth is off for Initial Consultation."),
        (CLINIC.pilates, "Group appointments have no telehealth links."),
        (CLINIC.cancelled_ada, "This appointment is cancelled."),
        (CLINIC.ended_video, "This appointment has ended; its telehealth link has expired."),
        (
            CLINIC.video_bob_no_link,
            "The patient's telehealth link has not been synced yet. Sync and try again.",
        ),
    ],
)
def test_copy_patient_link_is_enabled_only_by_the_rules_and_says_why(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, appointment_id: str, reason: str | None
) -> None:
    actions = make_actions(owner, workspace)
    with qtbot.waitSignal(actions.statusMessage, timeout=2000) as status:
        actions.set_appointment(appointment_id)
    action = actions.copy_patient_link_action
    assert action.isEnabled() is (reason is None)
    assert action.isVisible()
    if reason is None:
        assert action.statusTip() == ""
        assert status.args == [""]
    else:
        assert action.statusTip() == reason
        assert reason in action.toolTip()
        assert status.args == [reason]


def test_a_type_switched_off_disables_the_link_without_touching_the_appointment(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    from app.domain.entities import AppointmentType
    from app.store import bulk

    actions = make_actions(owner, workspace)
    actions.set_appointment(CLINIC.video_ada)
    assert actions.copy_patient_link_action.isEnabled()
    with workspace.writing() as session:
        bulk.upsert_appointment_types(session, [AppointmentType(CLINIC.video, "Video consult", 30)])
    actions.refresh_state()
    assert not actions.copy_patient_link_action.isEnabled()
    assert actions.copy_patient_link_action.statusTip() == "Telehealth is off for Video consult."


def test_copying_puts_the_link_on_the_clipboard_and_clears_it_later(
    owner: QWidget,
    qtbot: QtBot,
    workspace: ClinicWorkspace,
    clipboard: QClipboard,
    caplog: pytest.LogCaptureFixture,
) -> None:
    actions = make_actions(owner, workspace, clear_after_ms=80)
    actions.set_appointment(CLINIC.video_ada)
    with (
        caplog.at_level(logging.INFO, logger="frontdesk"),
        qtbot.waitSignal(actions.statusMessage, timeout=2000) as status,
    ):
        actions.copy_patient_link_action.trigger()
    assert clipboard.text() == PATIENT_LINK
    assert "copied" in status.args[0].lower()
    assert "://" not in status.args[0]
    assert any(CLINIC.video_ada in record.getMessage() for record in caplog.records), "the copy is logged"
    assert all("patient-secret" not in record.getMessage() for record in caplog.records)
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_the_clipboard_is_left_alone_when_it_no_longer_holds_the_link(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, clipboard: QClipboard
) -> None:
    actions = make_actions(owner, workspace, clear_after_ms=50)
    actions.set_appointment(CLINIC.video_ada)
    actions.copy_patient_link_action.trigger()
    clipboard.setText("a note the receptionist copied since")
    with qtbot.waitSignal(actions.copier.clear_timer.timeout, timeout=2000):
        pass
    assert clipboard.text() == "a note the receptionist copied since"


def test_copy_reads_the_attendee_again_first_when_online(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, clipboard: QClipboard
) -> None:
    fetched: list[str] = []

    async def fetch_attendees(appointment_id: str) -> Sequence[Attendee]:
        fetched.append(appointment_id)
        return [Attendee(big_id(5001), appointment_id, CLINIC.ada, telehealth_url=FRESH_PATIENT_LINK)]

    actions = make_actions(owner, workspace, refresh_attendee=fetch_attendees)
    actions.set_appointment(CLINIC.video_ada)
    actions.copy_patient_link_action.trigger()
    qtbot.waitUntil(lambda: clipboard.text() == FRESH_PATIENT_LINK, timeout=3000)
    assert fetched == [CLINIC.video_ada]


def test_copy_falls_back_to_the_cached_link_when_the_refresh_fails(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, clipboard: QClipboard
) -> None:
    async def broken(_appointment_id: str) -> Sequence[Attendee]:
        raise OSError("network down")

    actions = make_actions(owner, workspace, refresh_attendee=broken)
    actions.set_appointment(CLINIC.video_ada)
    actions.copy_patient_link_action.trigger()
    qtbot.waitUntil(lambda: clipboard.text() == PATIENT_LINK, timeout=3000)


@pytest.mark.parametrize(
    ("role", "visible"),
    [(UserRole.RECEPTIONIST, False), (UserRole.PRACTITIONER, True), (UserRole.ADMINISTRATOR, True)],
)
def test_join_is_shown_to_practitioners_and_administrators_only(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, role: UserRole, visible: bool
) -> None:
    sign_in(workspace, role)
    actions = make_actions(owner, workspace)
    actions.set_appointment(CLINIC.video_ada)
    assert actions.join_action.isVisible() is visible
    assert actions.copy_patient_link_action.isVisible(), "everyone may copy the patient link"


def test_join_opens_the_practitioner_link_only_inside_its_window(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, clock: Clock
) -> None:
    sign_in(workspace, UserRole.PRACTITIONER)
    opened: list[str] = []
    actions = make_actions(owner, workspace, open_url=lambda url: opened.append(url) or True)
    clock.now = at(4, 8.5)  # 08:30, the session starts at 09:00
    actions.set_appointment(CLINIC.video_ada)
    assert not actions.join_action.isEnabled()
    assert actions.join_action.statusTip().startswith("Join opens at 08:45")

    clock.now = at(4, 8.75)  # 15 minutes before
    actions.refresh_state()
    assert actions.join_action.isEnabled()
    actions.join_action.trigger()
    assert opened == [PRACTITIONER_LINK]

    clock.now = at(4, 9.5)  # the end
    actions.refresh_state()
    assert not actions.join_action.isEnabled()
    assert actions.join_action.statusTip() == "This appointment has ended."


def test_join_is_disabled_with_its_reason_for_a_type_without_telehealth(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, clock: Clock
) -> None:
    clock.now = at(4, 10)
    actions = make_actions(owner, workspace)
    actions.set_appointment(CLINIC.initial_bob)
    assert actions.join_action.isVisible()
    assert not actions.join_action.isEnabled()
    assert actions.join_action.statusTip() == "Telehealth is off for Initial Consultation."


def test_nothing_selected_disables_everything_with_a_reason(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    actions = make_actions(owner, workspace)
    real = [action for action in actions.actions() if not action.isSeparator()]
    assert len(real) == 7
    assert all(not action.isEnabled() for action in real)
    assert {action.statusTip() for action in real} == {"Select an appointment first."}


def test_mark_arrived_writes_the_status_and_toggles_back(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    actions = make_actions(owner, workspace)
    actions.set_appointment(CLINIC.initial_bob)
    with qtbot.waitSignal(actions.appointmentsChanged, timeout=2000):
        actions.mark_arrived_action.trigger()
    assert (
        appointment_views.describe_appointment(workspace, CLINIC.initial_bob).status
        == AppointmentStatus.ARRIVED
    )
    assert actions.mark_arrived_action.isChecked()
    assert [change.kind for change in outbox_service.unsent_changes(workspace)] == ["arrived"]

    with qtbot.waitSignal(actions.appointmentsChanged, timeout=2000):
        actions.did_not_arrive_action.trigger()
    item = appointment_views.describe_appointment(workspace, CLINIC.initial_bob)
    assert item.status == AppointmentStatus.DID_NOT_ARRIVE
    assert actions.did_not_arrive_action.isChecked()
    assert not actions.mark_arrived_action.isChecked()

    actions.did_not_arrive_action.trigger()
    assert (
        appointment_views.describe_appointment(workspace, CLINIC.initial_bob).status
        == AppointmentStatus.BOOKED
    )


def test_arrival_actions_are_disabled_with_a_reason_on_a_cancelled_appointment(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    actions = make_actions(owner, workspace)
    actions.set_appointment(CLINIC.cancelled_ada)
    for action in (actions.mark_arrived_action, actions.did_not_arrive_action):
        assert not action.isEnabled()
        assert action.statusTip() == "This appointment is cancelled; its status cannot change."
    assert not actions.cancel_action.isEnabled()
    assert actions.cancel_action.statusTip() == "This appointment is already cancelled."


def test_cancel_asks_the_reason_and_the_series_scope(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    actions = make_actions(owner, workspace)
    questions: list[str] = []

    def answer(_parent: object, summary: str | None) -> tuple[CancellationReason, str]:
        questions.append(summary or "")
        return CancellationReason.SICK, "Flu"

    actions.ask_cancellation = answer
    actions.ask_scope = lambda _parent, _label: SeriesScope.WHOLE_SERIES
    actions.set_appointment(CLINIC.series_second)
    with qtbot.waitSignal(actions.appointmentsChanged, timeout=2000):
        actions.cancel_action.trigger()
    assert "Bob Builder" in questions[0]
    for appointment_id in (CLINIC.series_first, CLINIC.series_second, CLINIC.series_third):
        item = appointment_views.describe_appointment(workspace, appointment_id)
        assert item.status == AppointmentStatus.CANCELLED
        assert (item.appointment.cancellation_reason, item.appointment.cancellation_note) == ("30", "Flu")
    assert not actions.cancel_action.isEnabled()


def test_cancel_backed_out_writes_nothing(owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    actions = make_actions(owner, workspace)
    actions.ask_cancellation = lambda _parent, _summary: None
    actions.set_appointment(CLINIC.initial_bob)
    with qtbot.assertNotEmitted(actions.appointmentsChanged):
        actions.cancel_action.trigger()
    assert outbox_service.unsent_changes(workspace) == []


def test_delete_asks_for_confirmation(owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    actions = make_actions(owner, workspace)
    answers = [False, True]
    asked: list[str] = []

    def confirm(_title: str, text: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    actions.confirm = confirm
    actions.set_appointment(CLINIC.initial_bob)
    actions.delete_action.trigger()
    assert len(asked) == 1
    day_ids = [item.id for item in agenda_service.agenda_for_day(workspace, TUESDAY).items]
    assert CLINIC.initial_bob in day_ids

    with qtbot.waitSignal(actions.appointmentsChanged, timeout=2000):
        actions.delete_action.trigger()
    day_ids = [item.id for item in agenda_service.agenda_for_day(workspace, TUESDAY).items]
    assert CLINIC.initial_bob not in day_ids
    assert actions.appointment_id is None
    assert not actions.delete_action.isEnabled()


def test_edit_requests_the_dialog_for_the_selected_appointment(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    actions = make_actions(owner, workspace)
    actions.set_appointment(CLINIC.video_ada)
    with qtbot.waitSignal(actions.editRequested, timeout=2000) as edit:
        actions.edit_action.trigger()
    assert edit.args == [CLINIC.video_ada]


def test_offline_copy_uses_the_cached_link_without_asking_the_server(
    owner: QWidget, qtbot: QtBot, workspace: ClinicWorkspace, clipboard: QClipboard
) -> None:
    fetched: list[str] = []

    async def fetch_attendees(appointment_id: str) -> Sequence[Attendee]:
        fetched.append(appointment_id)
        return []

    workspace.set_connectivity(online=False)
    actions = make_actions(owner, workspace, refresh_attendee=fetch_attendees)
    actions.set_appointment(CLINIC.video_ada)
    actions.copy_patient_link_action.trigger()
    qtbot.waitUntil(lambda: clipboard.text() == PATIENT_LINK, timeout=3000)
    assert fetched == []

"""The unsent-changes view: failed and waiting changes, sync conflicts, and the four ways to settle them."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.entities import Appointment
from app.services import appointment_changes, appointment_views, booking_service, outbox_service
from app.services.booking_service import BookingRequest
from app.services.errors import AppointmentNotFound
from app.services.workspace import ClinicWorkspace
from app.store.outbox import get_entry, mark_failed, mark_in_flight
from app.store.prepared import driver_connection
from app.store.queries import get_appointment
from app.sync.conflict_records import record_remote_edit
from app.ui.unsent_changes_dialog import UnsentChangesDialog
from app.ui.unsent_changes_model import RowKind
from tests.support.clinic_builder import MONDAY_7AM, at

from .dialog_clinic import CLINIC


def fail_entry(workspace: ClinicWorkspace, entry_id: int, message: str) -> None:
    """What a push that the server refused leaves behind."""
    with workspace.writing() as session:
        mark_in_flight(session, entry_id)
        mark_failed(session, entry_id, message)


def book_one(workspace: ClinicWorkspace) -> str:
    request = BookingRequest(CLINIC.grace, CLINIC.bob, CLINIC.video, at(4, 16))
    return booking_service.book(workspace, request).appointments[0].id


def open_dialog(qtbot: QtBot, workspace: ClinicWorkspace, **arguments: object) -> UnsentChangesDialog:
    dialog = UnsentChangesDialog(workspace, **arguments)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def server_moved(workspace: ClinicWorkspace) -> Appointment:
    """Move Bob's 10:00 here, then record that the server moved it to 11:00 meanwhile."""
    appointment_changes.move(workspace, CLINIC.initial_bob, starts_at=at(4, 16))
    (change,) = outbox_service.unsent_changes(workspace)
    with workspace.reading() as session:
        cached = get_appointment(session, CLINIC.initial_bob)
    assert cached is not None
    server = replace(
        cached, starts_at=at(4, 11), ends_at=at(4, 11.75), updated_at=MONDAY_7AM, notes="Moved by phone"
    )
    with workspace.writing() as session:
        mark_in_flight(session, change.id)
        entry = get_entry(session, change.id)
        assert entry is not None
        record_remote_edit(driver_connection(session), entry, server)
    return server


def test_an_empty_outbox_says_everything_reached_the_server(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.model.rowCount() == 0
    assert dialog.empty_label.isVisible()
    assert not dialog.table.isVisible()
    assert not dialog.retry_button.isEnabled()
    assert not dialog.discard_button.isEnabled()


def test_a_failed_booking_can_be_retried(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    booked = book_one(workspace)
    (change,) = outbox_service.unsent_changes(workspace)
    fail_entry(workspace, change.id, "The server refused the booking: the practitioner is not available.")
    dialog = open_dialog(qtbot, workspace)
    (row,) = dialog.model.rows()
    assert (row.kind, row.what, row.patient, row.failed) == (
        RowKind.CHANGE,
        "New booking",
        "Bob Builder",
        True,
    )
    assert row.status == "Failed after 1 attempt(s)"
    assert "not available" in row.details
    assert dialog.selected_row() == row
    assert dialog.retry_button.isEnabled()
    assert dialog.discard_button.isEnabled()
    assert not dialog.keep_mine_button.isEnabled()

    with qtbot.waitSignal(dialog.appointmentsChanged, timeout=2000):
        dialog.retry_button.click()
    (after,) = dialog.model.rows()
    assert after.waiting
    assert not after.failed
    assert [c.state for c in outbox_service.unsent_changes(workspace)] == ["pending"]
    assert appointment_views.describe_appointment(workspace, booked).pending_sync


def test_discarding_an_unsent_booking_withdraws_it_after_confirmation(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    booked = book_one(workspace)
    dialog = open_dialog(qtbot, workspace)
    answers = [False, True]
    dialog.confirm = lambda _title, _text: answers.pop(0)
    dialog.discard_button.click()
    assert len(dialog.model.rows()) == 1, "declined: nothing discarded"

    with qtbot.waitSignal(dialog.appointmentsChanged, timeout=2000):
        dialog.discard_button.click()
    assert dialog.model.rows() == []
    assert outbox_service.unsent_changes(workspace) == []
    try:
        appointment_views.describe_appointment(workspace, booked)
    except AppointmentNotFound:
        pass
    else:
        raise AssertionError("the withdrawn booking is still in the calendar")


def test_a_conflict_shows_both_versions_and_keep_mine_queues_mine_again(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    server_moved(workspace)
    dialog = open_dialog(qtbot, workspace)
    (row,) = dialog.model.rows()  # the stopped change is shown once, as the conflict
    assert row.kind == RowKind.CONFLICT
    assert row.patient == "Bob Builder"
    assert "16:00" in row.details
    assert "11:00" in row.details
    assert "Moved by phone" in row.details
    assert dialog.keep_mine_button.isEnabled()
    assert not dialog.take_theirs_button.isEnabled(), "taking theirs needs the server"
    assert dialog.take_theirs_button.toolTip() == "Connect to the server to take its version."

    with qtbot.waitSignal(dialog.appointmentsChanged, timeout=2000):
        dialog.keep_mine_button.click()
    (after,) = dialog.model.rows()
    assert after.kind == RowKind.CHANGE
    assert after.waiting
    assert appointment_views.describe_appointment(workspace, CLINIC.initial_bob).starts_at == at(4, 16)


def test_take_theirs_fetches_the_server_version_and_drops_mine(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    server = server_moved(workspace)
    fetched: list[str] = []

    async def fetch(appointment_id: str) -> Appointment | None:
        fetched.append(appointment_id)
        return replace(
            server, updated_at=server.updated_at + timedelta(seconds=1) if server.updated_at else None
        )

    dialog = open_dialog(qtbot, workspace, fetch_appointment=fetch)
    assert dialog.take_theirs_button.isEnabled()
    with qtbot.waitSignal(dialog.appointmentsChanged, timeout=2000):
        dialog.take_theirs_button.click()
    assert fetched == [CLINIC.initial_bob]
    assert dialog.model.rows() == []
    item = appointment_views.describe_appointment(workspace, CLINIC.initial_bob)
    assert (item.starts_at, item.pending_sync) == (at(4, 11), False)
    assert outbox_service.unsent_changes(workspace) == []


def test_a_server_failure_while_taking_theirs_keeps_the_conflict(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    server_moved(workspace)

    async def unreachable(_appointment_id: str) -> Appointment | None:
        from app.remote.errors import ServerUnavailableError

        raise ServerUnavailableError()

    dialog = open_dialog(qtbot, workspace, fetch_appointment=unreachable)
    with qtbot.assertNotEmitted(dialog.appointmentsChanged):
        dialog.take_theirs_button.click()
    assert [row.kind for row in dialog.model.rows()] == [RowKind.CONFLICT]
    assert dialog.message_label.text()

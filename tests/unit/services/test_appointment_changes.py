"""Moving and editing: outbox kind and payload, the conflict check, series scopes, local bookings."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.domain.conflicts import WarningCategory
from app.domain.recurrence import RepeatFrequency, RepeatRule
from app.services import appointment_changes, booking_service
from app.services.appointment_changes import AppointmentEdit
from app.services.change_recording import SeriesScope, parse_scope
from app.services.errors import (
    AppointmentNotFound,
    BookingHasWarnings,
    BookingInvalid,
    ChangeRefused,
    InvalidRequest,
)
from app.services.workspace import ClinicWorkspace
from app.store import outbox, queries
from app.store.local_writes import appointment_sync_state
from app.store.outbox import OutboxKind, OutboxState
from app.store.outbox_payloads import ChangePayload, CreatePayload
from tests.support.clinic_builder import MONDAY_7AM, tuesday

from .clinic_data import CLINIC


def _entries(workspace: ClinicWorkspace) -> list[outbox.OutboxEntry]:
    with workspace.reading() as session:
        return outbox.unfinished_entries(session)


def _book_series(workspace: ClinicWorkspace, count: int = 4) -> list[str]:
    request = booking_service.BookingRequest(
        practitioner_id=CLINIC.alan,
        patient_id=CLINIC.ada,
        appointment_type_id=CLINIC.video,
        starts_at=tuesday(16),
        repeat=RepeatRule(RepeatFrequency.WEEKLY, count=count),
    )
    return [a.id for a in booking_service.book(workspace, request).appointments]


def test_moving_a_synced_appointment_enqueues_a_move_based_on_the_server_version(
    workspace: ClinicWorkspace,
) -> None:
    (moved,) = appointment_changes.move(workspace, CLINIC.initial_bob, starts_at=tuesday(15))
    assert (moved.starts_at, moved.ends_at) == (tuesday(15), tuesday(15.75))  # keeps its 45 minutes
    (entry,) = _entries(workspace)
    assert entry.kind == OutboxKind.MOVE
    assert entry.appointment_id == CLINIC.initial_bob
    assert entry.base_remote_updated_at == MONDAY_7AM - timedelta(days=1)
    assert ChangePayload.from_json(entry.payload) == ChangePayload(
        starts_at=tuesday(15), ends_at=tuesday(15.75)
    )
    with workspace.reading() as session:
        assert queries.get_appointment(session, CLINIC.initial_bob) == moved
        state = appointment_sync_state(session, CLINIC.initial_bob)
    assert state is not None
    assert state.pending_sync


def test_a_move_to_another_practitioner_sends_only_what_changed(workspace: ClinicWorkspace) -> None:
    appointment_changes.move(
        workspace, CLINIC.initial_bob, starts_at=tuesday(10), practitioner_id=CLINIC.alan
    )
    (entry,) = _entries(workspace)
    assert ChangePayload.from_json(entry.payload) == ChangePayload(practitioner_id=CLINIC.alan)


def test_a_move_is_checked_without_the_moved_appointment(workspace: ClinicWorkspace) -> None:
    # Sliding Ada's 09:00 by 15 minutes overlaps only its own old slot: no warning.
    appointment_changes.move(workspace, CLINIC.video_ada, starts_at=tuesday(9.25))
    # Onto Bob's 10:00 it clashes, and the warning names Bob's appointment.
    with pytest.raises(BookingHasWarnings) as raised:
        appointment_changes.move(workspace, CLINIC.video_ada, starts_at=tuesday(10))
    double = [w for w in raised.value.warnings if w.category == WarningCategory.PRACTITIONER_DOUBLE_BOOKED]
    assert double[0].appointment_ids == (CLINIC.initial_bob,)
    # With force it goes through.
    appointment_changes.move(workspace, CLINIC.video_ada, starts_at=tuesday(10), force=True)
    assert [e.kind for e in _entries(workspace)] == [OutboxKind.MOVE, OutboxKind.MOVE]


def test_an_edit_of_type_and_notes_is_a_change(workspace: ClinicWorkspace) -> None:
    edit = AppointmentEdit(CLINIC.initial_bob, appointment_type_id=CLINIC.video, notes=" bring scans ")
    (changed,) = appointment_changes.change_appointment(workspace, edit)
    assert (changed.appointment_type_id, changed.notes) == (CLINIC.video, "bring scans")
    (entry,) = _entries(workspace)
    assert entry.kind == OutboxKind.CHANGE
    assert ChangePayload.from_json(entry.payload) == ChangePayload(
        appointment_type_id=CLINIC.video, notes="bring scans"
    )
    appointment_changes.change_appointment(workspace, AppointmentEdit(CLINIC.initial_bob, notes=""))
    cleared = ChangePayload.from_json(_entries(workspace)[-1].payload)
    assert cleared == ChangePayload(clear_notes=True)


@pytest.mark.parametrize(
    ("edit", "field"),
    [
        (AppointmentEdit(CLINIC.initial_bob, ends_at=tuesday(9)), "ends_at"),
        (AppointmentEdit(CLINIC.initial_bob, practitioner_id=CLINIC.retired), "practitioner"),
        (AppointmentEdit(CLINIC.initial_bob, appointment_type_id=CLINIC.archived), "appointment_type"),
        (AppointmentEdit(CLINIC.initial_bob, starts_at=datetime(2025, 3, 4, 9)), "starts_at"),  # noqa: DTZ001
    ],
)
def test_invalid_edits_block_and_write_nothing(
    workspace: ClinicWorkspace, edit: AppointmentEdit, field: str
) -> None:
    with pytest.raises(BookingInvalid) as raised:
        appointment_changes.change_appointment(workspace, edit, force=True)
    assert [p.field for p in raised.value.problems] == [field]
    assert _entries(workspace) == []


def test_cancelled_and_unknown_appointments_cannot_be_moved(workspace: ClinicWorkspace) -> None:
    with pytest.raises(ChangeRefused, match="cancelled"):
        appointment_changes.move(workspace, CLINIC.cancelled_ada, starts_at=tuesday(16))
    with pytest.raises(AppointmentNotFound):
        appointment_changes.move(workspace, "12345", starts_at=tuesday(16))


def test_moving_a_booking_not_yet_pushed_rewrites_its_create(workspace: ClinicWorkspace) -> None:
    request = booking_service.BookingRequest(
        practitioner_id=CLINIC.alan,
        patient_id=CLINIC.bob,
        appointment_type_id=CLINIC.initial,
        starts_at=tuesday(15),
    )
    (booked,) = booking_service.book(workspace, request).appointments
    appointment_changes.move(workspace, booked.id, starts_at=tuesday(16))
    (entry,) = _entries(workspace)
    assert entry.kind == OutboxKind.CREATE
    payload = CreatePayload.from_json(entry.payload)
    assert (payload.starts_at, payload.ends_at) == (tuesday(16), tuesday(16.75))


def test_a_change_after_the_create_went_out_is_queued_behind_it(workspace: ClinicWorkspace) -> None:
    request = booking_service.BookingRequest(
        practitioner_id=CLINIC.alan,
        patient_id=CLINIC.bob,
        appointment_type_id=CLINIC.initial,
        starts_at=tuesday(15),
    )
    result = booking_service.book(workspace, request)
    with workspace.writing() as session:
        outbox.mark_in_flight(session, result.outbox_entry_ids[0])
    appointment_changes.move(workspace, result.appointments[0].id, starts_at=tuesday(16))
    create, move = _entries(workspace)
    assert (create.kind, create.state) == (OutboxKind.CREATE, OutboxState.IN_FLIGHT)
    assert CreatePayload.from_json(create.payload).starts_at == tuesday(15)
    assert (move.kind, move.base_remote_updated_at) == (OutboxKind.MOVE, None)
    assert ChangePayload.from_json(move.payload).starts_at == tuesday(16)


def test_this_and_following_moves_the_rest_of_the_series_by_the_same_shift(
    workspace: ClinicWorkspace,
) -> None:
    ids = _book_series(workspace, count=4)
    moved = appointment_changes.move(
        workspace, ids[1], starts_at=tuesday(17) + timedelta(weeks=1), scope=SeriesScope.THIS_AND_FOLLOWING
    )
    assert [a.id for a in moved] == ids[1:]
    assert [a.starts_at for a in moved] == [tuesday(17) + timedelta(weeks=n) for n in (1, 2, 3)]
    with workspace.reading() as session:
        first = queries.get_appointment(session, ids[0])
    assert first is not None
    assert first.starts_at == tuesday(16)


def test_moving_the_whole_series_does_not_clash_with_its_own_old_slots(workspace: ClinicWorkspace) -> None:
    ids = _book_series(workspace, count=3)
    # Half an hour later overlaps each old slot, which is being moved too: no warnings.
    check = appointment_changes.check_change(
        workspace, AppointmentEdit(ids[0], starts_at=tuesday(16.25), scope=SeriesScope.WHOLE_SERIES)
    )
    assert check.warnings == ()
    assert [after.starts_at for _, after in check.planned] == [
        tuesday(16.25) + timedelta(weeks=n) for n in range(3)
    ]


def test_scope_values_are_checked() -> None:
    assert parse_scope("whole_series") is SeriesScope.WHOLE_SERIES
    with pytest.raises(InvalidRequest, match="this_and_following"):
        parse_scope("everything")

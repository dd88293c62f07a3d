"""Cancel, arrived / did not arrive, delete: status rules, outbox kinds and payloads, local withdrawals."""

from __future__ import annotations

import pytest

from app.domain.entities import AppointmentStatus
from app.domain.recurrence import RepeatFrequency, RepeatRule
from app.services import agenda_service, appointment_status, booking_service
from app.services.change_recording import SeriesScope
from app.services.errors import AppointmentNotFound, ChangeRefused, InvalidRequest
from app.services.workspace import ClinicWorkspace
from app.store import outbox, queries
from app.store.outbox import OutboxKind, OutboxState
from app.store.outbox_payloads import ArrivalPayload, CancelPayload
from tests.support.clinic_builder import MONDAY_7AM, TUESDAY, tuesday

from .clinic_data import CLINIC


def _entries(workspace: ClinicWorkspace) -> list[outbox.OutboxEntry]:
    with workspace.reading() as session:
        return outbox.unfinished_entries(session)


def _book(workspace: ClinicWorkspace, repeat: RepeatRule | None = None) -> list[str]:
    request = booking_service.BookingRequest(
        practitioner_id=CLINIC.alan,
        patient_id=CLINIC.bob,
        appointment_type_id=CLINIC.initial,
        starts_at=tuesday(15),
        repeat=repeat,
    )
    return [a.id for a in booking_service.book(workspace, request).appointments]


def test_cancel_sets_the_status_and_enqueues_the_reason_and_note(workspace: ClinicWorkspace) -> None:
    (cancelled,) = appointment_status.cancel(workspace, CLINIC.initial_bob, reason="40", note="  on holiday ")
    assert cancelled.status == AppointmentStatus.CANCELLED
    assert (cancelled.cancelled_at, cancelled.cancellation_reason) == (MONDAY_7AM, "40")
    (entry,) = _entries(workspace)
    assert entry.kind == OutboxKind.CANCEL
    assert CancelPayload.from_json(entry.payload) == CancelPayload(reason="40", note="on holiday")
    assert entry.base_remote_updated_at is not None


@pytest.mark.parametrize("reason", ["11", "", "sick", "99"])
def test_unknown_reason_codes_are_refused(workspace: ClinicWorkspace, reason: str) -> None:
    with pytest.raises(InvalidRequest, match="10, 20, 30, 31, 40, 50, 60"):
        appointment_status.cancel(workspace, CLINIC.initial_bob, reason=reason)
    assert _entries(workspace) == []


def test_a_cancelled_appointment_cannot_be_cancelled_or_marked(workspace: ClinicWorkspace) -> None:
    with pytest.raises(ChangeRefused, match="already cancelled"):
        appointment_status.cancel(workspace, CLINIC.cancelled_ada, reason="50")
    with pytest.raises(ChangeRefused, match="cancelled"):
        appointment_status.mark_arrived(workspace, CLINIC.cancelled_ada)
    with pytest.raises(ChangeRefused, match="cancelled"):
        appointment_status.mark_did_not_arrive(workspace, CLINIC.cancelled_ada)
    assert _entries(workspace) == []


def test_arrival_flags_exclude_each_other_and_each_change_is_enqueued(workspace: ClinicWorkspace) -> None:
    arrived = appointment_status.mark_arrived(workspace, CLINIC.initial_bob)
    assert arrived.status == AppointmentStatus.ARRIVED
    no_show = appointment_status.mark_did_not_arrive(workspace, CLINIC.initial_bob)
    assert (no_show.patient_arrived, no_show.did_not_arrive) == (False, True)
    booked = appointment_status.mark_booked(workspace, CLINIC.initial_bob)
    assert booked.status == AppointmentStatus.BOOKED
    entries = _entries(workspace)
    assert [e.kind for e in entries] == [OutboxKind.ARRIVED, OutboxKind.DID_NOT_ARRIVE, OutboxKind.ARRIVED]
    assert [ArrivalPayload.from_json(e.payload) for e in entries] == [
        ArrivalPayload(patient_arrived=True, did_not_arrive=False),
        ArrivalPayload(patient_arrived=False, did_not_arrive=True),
        ArrivalPayload(patient_arrived=False, did_not_arrive=False),
    ]
    with pytest.raises(ChangeRefused, match="already marked booked"):
        appointment_status.mark_booked(workspace, CLINIC.initial_bob)


def test_deleting_a_synced_appointment_hides_it_and_enqueues_a_delete(workspace: ClinicWorkspace) -> None:
    assert appointment_status.delete(workspace, CLINIC.initial_bob) == (CLINIC.initial_bob,)
    (entry,) = _entries(workspace)
    assert (entry.kind, entry.appointment_id) == (OutboxKind.DELETE, CLINIC.initial_bob)
    listed = [item.id for item in agenda_service.agenda_for_day(workspace, TUESDAY).items]
    assert CLINIC.initial_bob not in listed
    with workspace.reading() as session:
        row = queries.get_appointment(session, CLINIC.initial_bob)
    assert row is not None
    assert row.deleted_at == MONDAY_7AM  # kept until the server confirms
    with pytest.raises(AppointmentNotFound):
        appointment_status.mark_arrived(workspace, CLINIC.initial_bob)


def test_deleting_a_booking_never_pushed_withdraws_it(workspace: ClinicWorkspace) -> None:
    (local_id,) = _book(workspace)
    appointment_status.mark_arrived(workspace, local_id)  # queued behind the create
    assert appointment_status.delete(workspace, local_id) == (local_id,)
    assert _entries(workspace) == []
    with workspace.reading() as session:
        assert queries.get_appointment(session, local_id) is None
        states = [e.state for e in outbox.entries_for_appointment(session, local_id)]
    assert states == []


def test_deleting_a_booking_whose_create_is_in_flight_sends_a_delete_after_it(
    workspace: ClinicWorkspace,
) -> None:
    (local_id,) = _book(workspace)
    with workspace.writing() as session:
        (create,) = outbox.pending_entries(session)
        outbox.mark_in_flight(session, create.id)
    appointment_status.delete(workspace, local_id)
    assert [(e.kind, e.state) for e in _entries(workspace)] == [
        (OutboxKind.CREATE, OutboxState.IN_FLIGHT),
        (OutboxKind.DELETE, OutboxState.PENDING),
    ]


def test_cancelling_this_and_following_skips_the_earlier_ones(workspace: ClinicWorkspace) -> None:
    ids = _book(workspace, RepeatRule(RepeatFrequency.WEEKLY, count=3))
    cancelled = appointment_status.cancel(
        workspace, ids[1], reason="20", scope=SeriesScope.THIS_AND_FOLLOWING
    )
    assert [a.id for a in cancelled] == ids[1:]
    kinds = [(e.kind, e.appointment_id) for e in _entries(workspace) if e.kind == OutboxKind.CANCEL]
    assert kinds == [(OutboxKind.CANCEL, ids[1]), (OutboxKind.CANCEL, ids[2])]
    with workspace.reading() as session:
        first = queries.get_appointment(session, ids[0])
    assert first is not None
    assert first.status == AppointmentStatus.BOOKED

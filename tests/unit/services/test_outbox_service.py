"""The failed-changes view: list, retry, discard (a booking withdrawn, or the server's copy allowed back)."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from app.domain.entities import Appointment
from app.services import appointment_changes, booking_service, outbox_service
from app.services.errors import ChangeRefused
from app.services.workspace import ClinicWorkspace
from app.store import outbox, queries
from app.store.local_writes import appointment_sync_state
from app.store.outbox import OutboxKind, OutboxState
from tests.support.clinic_builder import MONDAY_7AM, tuesday

from .clinic_data import CLINIC


def _fail_all(workspace: ClinicWorkspace, message: str = "Cliniko did not accept the change.") -> None:
    with workspace.writing() as session:
        for entry in outbox.pending_entries(session):
            outbox.mark_in_flight(session, entry.id)
            outbox.mark_failed(session, entry.id, message)


def _book(workspace: ClinicWorkspace) -> str:
    request = booking_service.BookingRequest(
        practitioner_id=CLINIC.alan,
        patient_id=CLINIC.bob,
        appointment_type_id=CLINIC.initial,
        starts_at=tuesday(15),
    )
    return booking_service.book(workspace, request).appointments[0].id


def test_failures_are_listed_with_their_error_and_can_be_retried(workspace: ClinicWorkspace) -> None:
    appointment_changes.move(workspace, CLINIC.initial_bob, starts_at=tuesday(15))
    _fail_all(workspace, "Cliniko did not accept the change: starts at: is in the past.")
    (failed,) = outbox_service.failed_changes(workspace)
    assert (failed.kind, failed.appointment_id, failed.attempts) == (OutboxKind.MOVE, CLINIC.initial_bob, 1)
    assert failed.last_error is not None
    assert "in the past" in failed.last_error
    assert outbox_service.outbox_counts(workspace) == outbox_service.OutboxCounts(waiting=0, failed=1)
    outbox_service.retry_change(workspace, failed.id)
    assert outbox_service.failed_changes(workspace) == []
    assert [c.state for c in outbox_service.unsent_changes(workspace)] == [OutboxState.PENDING]
    with pytest.raises(ChangeRefused):
        outbox_service.retry_change(workspace, failed.id)


def test_retry_all(workspace: ClinicWorkspace) -> None:
    appointment_changes.move(workspace, CLINIC.initial_bob, starts_at=tuesday(15))
    appointment_changes.move(workspace, CLINIC.video_ada, starts_at=tuesday(16))
    _fail_all(workspace)
    assert outbox_service.retry_all_failed(workspace) == 2
    assert outbox_service.outbox_counts(workspace).waiting == 2


def test_discarding_a_refused_booking_withdraws_it(workspace: ClinicWorkspace) -> None:
    local_id = _book(workspace)
    _fail_all(workspace)
    (failed,) = outbox_service.failed_changes(workspace)
    outcome = outbox_service.discard_change(workspace, failed.id)
    assert outcome == outbox_service.DiscardOutcome(withdrawn_appointment_id=local_id)
    with workspace.reading() as session:
        assert queries.get_appointment(session, local_id) is None
    assert outbox_service.unsent_changes(workspace) == []


def test_discarding_the_last_change_lets_the_server_copy_back(workspace: ClinicWorkspace) -> None:
    appointment_changes.move(workspace, CLINIC.initial_bob, starts_at=tuesday(15))
    _fail_all(workspace)
    (failed,) = outbox_service.failed_changes(workspace)
    outcome = outbox_service.discard_change(workspace, failed.id)
    assert outcome.refresh_appointment_id == CLINIC.initial_bob
    with workspace.reading() as session:
        state = appointment_sync_state(session, CLINIC.initial_bob)
    assert state is not None
    assert not state.pending_sync

    with workspace.reading() as session:
        server_copy = queries.get_appointment(session, CLINIC.initial_bob)
    assert server_copy is not None
    server_copy = replace(server_copy, starts_at=tuesday(10), ends_at=tuesday(10.75))

    async def fetch(appointment_id: str) -> Appointment | None:
        return server_copy

    asyncio.run(outbox_service.refresh_appointment(workspace, CLINIC.initial_bob, fetch))
    with workspace.reading() as session:
        restored = queries.get_appointment(session, CLINIC.initial_bob)
    assert restored is not None
    assert restored.starts_at == tuesday(10)


def test_refreshing_an_appointment_gone_from_the_server_removes_it(workspace: ClinicWorkspace) -> None:
    async def fetch(appointment_id: str) -> Appointment | None:
        return None

    assert asyncio.run(outbox_service.refresh_appointment(workspace, CLINIC.initial_bob, fetch)) is None
    with workspace.reading() as session:
        assert queries.get_appointment(session, CLINIC.initial_bob) is None


def test_in_flight_changes_cannot_be_discarded(workspace: ClinicWorkspace) -> None:
    _book(workspace)
    with workspace.writing() as session:
        (entry,) = outbox.pending_entries(session)
        outbox.mark_in_flight(session, entry.id, now=MONDAY_7AM)
    with pytest.raises(ChangeRefused):
        outbox_service.discard_change(workspace, entry.id)

"""Local bookings and edits: pending marks, sync bookkeeping, and renaming a local id to the server's."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy.orm import Session

from app.store import appointment_lookups, bulk, local_writes, outbox, queries, sync_conflicts
from app.store.outbox import OutboxKind

from .builders import at, big_id, make_appointment, make_attendee


def test_local_ids_are_recognisable_and_unique() -> None:
    made = {local_writes.new_local_id() for _ in range(100)}
    assert len(made) == 100
    assert all(local_writes.is_local_id(i) and len(i) == len("local-") + 32 for i in made)
    assert not local_writes.is_local_id(big_id(1))


def test_saving_locally_marks_pending_and_keeps_the_server_base(session: Session) -> None:
    appointment = make_appointment(1, updated_at=at(-5))
    bulk.upsert_appointments(session, [appointment])
    edited = replace(appointment, notes="edited here", updated_at=at(1))
    local_writes.save_local_appointment(session, edited)
    assert queries.get_appointment(session, appointment.id) == edited
    assert local_writes.appointment_sync_state(session, appointment.id) == local_writes.AppointmentSyncState(
        pending_sync=True, remote_updated_at=at(-5)
    )
    local_writes.mark_appointment_synced(session, appointment.id, at(2))
    assert local_writes.appointment_sync_state(session, appointment.id) == local_writes.AppointmentSyncState(
        pending_sync=False, remote_updated_at=at(2)
    )
    assert local_writes.appointment_sync_state(session, "missing") is None
    with pytest.raises(LookupError):
        local_writes.mark_appointment_synced(session, "missing", at(2))


def test_taking_the_server_copy_drops_local_changes(session: Session) -> None:
    appointment = make_appointment(1, updated_at=at(-5))
    bulk.upsert_appointments(session, [appointment])
    local_writes.save_local_appointment(session, replace(appointment, notes="mine"))
    theirs = replace(appointment, notes="theirs", updated_at=at(-1))
    local_writes.take_server_copy(session, theirs)
    assert queries.get_appointment(session, appointment.id) == theirs
    assert local_writes.appointment_sync_state(session, appointment.id) == local_writes.AppointmentSyncState(
        pending_sync=False, remote_updated_at=at(-1)
    )


def test_a_new_local_booking_has_no_server_base(session: Session) -> None:
    booking = make_appointment(1, id=local_writes.new_local_id(), updated_at=None, created_at=None)
    local_writes.save_local_appointment(session, booking)
    assert queries.get_appointment(session, booking.id) == booking
    state = local_writes.appointment_sync_state(session, booking.id)
    assert state == local_writes.AppointmentSyncState(pending_sync=True, remote_updated_at=None)


def test_rekey_renames_the_appointment_everywhere(session: Session) -> None:
    local_id, remote_id = local_writes.new_local_id(), big_id(77)
    booking = make_appointment(1, id=local_id, updated_at=None)
    local_writes.save_local_appointment(session, booking)
    bulk.upsert_attendees(session, [make_attendee(1, local_id)])
    create = outbox.enqueue(
        session, kind=OutboxKind.CREATE, appointment_id=local_id, payload={}, base_remote_updated_at=None
    )
    move = outbox.enqueue(
        session, kind=OutboxKind.MOVE, appointment_id=local_id, payload={}, base_remote_updated_at=None
    )
    conflict = sync_conflicts.record_conflict(
        session, appointment_id=local_id, mine={"a": 1}, theirs={"a": 2}
    )
    unrelated = outbox.enqueue(
        session, kind=OutboxKind.CANCEL, appointment_id="other", payload={}, base_remote_updated_at=None
    )

    local_writes.rekey_appointment(session, local_id, remote_id)

    assert queries.get_appointment(session, local_id) is None
    assert queries.get_appointment(session, remote_id) == replace(booking, id=remote_id)
    assert local_writes.appointment_sync_state(session, remote_id) == local_writes.AppointmentSyncState(
        True, None
    )
    attendee = queries.attendee_for_appointment(session, remote_id)
    assert attendee is not None
    assert attendee.id == make_attendee(1).id
    assert [e.id for e in outbox.entries_for_appointment(session, remote_id)] == [create, move]
    assert [c.id for c in sync_conflicts.conflicts_for_appointment(session, remote_id)] == [conflict]
    other = outbox.get_entry(session, unrelated)
    assert other is not None
    assert other.appointment_id == "other"


def test_rekey_replaces_a_server_copy_pulled_before_the_push_was_confirmed(session: Session) -> None:
    local_id, remote_id = local_writes.new_local_id(), big_id(77)
    local_writes.save_local_appointment(session, make_appointment(1, id=local_id, notes="mine"))
    bulk.upsert_appointments(session, [make_appointment(77, notes="server copy")])
    local_writes.rekey_appointment(session, local_id, remote_id)
    found = queries.appointments_in_window(session, practitioner_ids=None, start=at(0), end=at(24))
    assert [(a.id, a.notes) for a in found] == [(remote_id, "mine")]


def test_rekey_of_a_missing_appointment_fails_and_same_id_is_a_no_op(session: Session) -> None:
    with pytest.raises(LookupError):
        local_writes.rekey_appointment(session, "local-missing", big_id(1))
    local_writes.rekey_appointment(session, "same", "same")


def test_removing_a_local_appointment_takes_its_attendees(session: Session) -> None:
    booking = make_appointment(1, id=local_writes.new_local_id())
    local_writes.save_local_appointment(session, booking)
    bulk.upsert_attendees(session, [make_attendee(1, booking.id)])
    assert local_writes.remove_local_appointment(session, booking.id) is True
    assert queries.get_appointment(session, booking.id) is None
    assert queries.attendees_for_appointment(session, booking.id) == []
    assert local_writes.remove_local_appointment(session, booking.id) is False


def test_a_series_booked_here_stays_a_series_once_pushed(session: Session) -> None:
    """Pushed as separate creates, its server copies carry no series id; the cache keeps it."""
    series_id = "local-series-1"
    booked = [
        make_appointment(
            n,
            id=local_writes.new_local_id(),
            series_id=series_id,
            starts_at=at(9, day=7 * n),
            ends_at=at(10, day=7 * n),
            updated_at=None,
        )
        for n in range(3)
    ]
    for appointment in booked:
        local_writes.save_local_appointment(session, appointment)
    server_ids = [big_id(500 + n) for n in range(3)]
    for n, (appointment, server_id) in enumerate(zip(booked, server_ids, strict=True)):
        server_copy = replace(appointment, id=server_id, series_id=None, updated_at=at(-1))
        local_writes.rekey_appointment(session, appointment.id, server_id)
        if n == 0:  # the answer to a push taken whole
            local_writes.take_server_copy(session, server_copy)
        else:  # or the row marked synced and the copy upserted, as the sync engine does
            local_writes.mark_appointment_synced(session, server_id, at(-1))
            bulk.upsert_appointments(session, [server_copy])
    patient_id = booked[0].patient_id
    found = appointment_lookups.series_appointments(session, series_id=series_id, patient_id=patient_id)
    assert [a.id for a in found] == server_ids
    states = [local_writes.appointment_sync_state(session, i) for i in server_ids]
    assert states == [local_writes.AppointmentSyncState(False, at(-1))] * 3


def test_taking_a_server_copy_that_names_a_series_believes_it(session: Session) -> None:
    appointment = make_appointment(1, series_id="local-series", updated_at=at(-5))
    local_writes.save_local_appointment(session, appointment)
    theirs = replace(appointment, series_id="server-series", updated_at=at(-1))
    local_writes.take_server_copy(session, theirs)
    assert queries.get_appointment(session, appointment.id) == theirs

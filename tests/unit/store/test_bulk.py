"""Bulk upserts: pending local changes are never overwritten, stale copies are ignored, deletions stick."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.store import bulk, catalog, local_writes, queries
from app.store.database import CacheDatabase
from app.store.models import AppointmentTombstoneRow, PatientPhoneRow

from .builders import (
    at,
    make_appointment,
    make_attendee,
    make_business,
    make_patient,
    make_practitioner,
    make_type,
)


def test_new_rows_are_written_and_reported(session: Session) -> None:
    appointments = [make_appointment(n) for n in range(3)]
    result = bulk.upsert_appointments(session, appointments)
    assert result == bulk.UpsertResult(written=tuple(a.id for a in appointments))
    assert [queries.get_appointment(session, a.id) for a in appointments] == appointments


def test_a_newer_server_copy_replaces_the_cached_one(session: Session) -> None:
    bulk.upsert_appointments(session, [make_appointment(1)])
    moved = make_appointment(1, starts_at=at(11), ends_at=at(12), updated_at=at(-1))
    assert bulk.upsert_appointments(session, [moved]).written == (moved.id,)
    assert queries.get_appointment(session, moved.id) == moved


def test_the_same_version_again_is_written_idempotently(session: Session) -> None:
    appointment = make_appointment(1)
    bulk.upsert_appointments(session, [appointment])
    assert bulk.upsert_appointments(session, [appointment]).written == (appointment.id,)
    assert queries.get_appointment(session, appointment.id) == appointment


def test_an_older_server_copy_is_skipped_as_stale(session: Session) -> None:
    current = make_appointment(1, notes="current", updated_at=at(-1))
    bulk.upsert_appointments(session, [current])
    older = make_appointment(1, notes="older", updated_at=at(-5))
    result = bulk.upsert_appointments(session, [older])
    assert result == bulk.UpsertResult(skipped_stale=(current.id,))
    assert queries.get_appointment(session, current.id) == current


def test_rows_with_pending_local_changes_are_skipped_and_reported(session: Session) -> None:
    synced = make_appointment(1)
    edited_here = make_appointment(2)
    bulk.upsert_appointments(session, [synced, edited_here])
    local_edit = replace(edited_here, notes="changed at the desk")
    local_writes.save_local_appointment(session, local_edit)

    from_server = [replace(a, notes="changed elsewhere", updated_at=at(-1)) for a in (synced, edited_here)]
    result = bulk.upsert_appointments(session, from_server)

    assert result.written == (synced.id,)
    assert result.skipped_pending == (edited_here.id,)
    assert queries.get_appointment(session, edited_here.id) == local_edit
    assert queries.get_appointment(session, synced.id) == from_server[0]


def test_pages_larger_than_one_lookup_are_classified_correctly(session: Session) -> None:
    first = [make_appointment(n) for n in range(250)]
    bulk.upsert_appointments(session, first)
    local_writes.save_local_appointment(session, replace(first[180], notes="mine"))
    second = [replace(a, notes="theirs", updated_at=at(-1)) for a in first]
    second[30] = replace(first[30], updated_at=at(-30))  # older than cached
    result = bulk.upsert_appointments(session, second)
    assert result.skipped_pending == (first[180].id,)
    assert result.skipped_stale == (first[30].id,)
    assert len(result.written) == 248


def test_an_appointment_arriving_deleted_removes_the_row_and_its_attendees(session: Session) -> None:
    appointment = make_appointment(1)
    bulk.upsert_appointments(session, [appointment])
    bulk.upsert_attendees(session, [make_attendee(1, appointment.id)])
    deleted = replace(appointment, deleted_at=at(-1), updated_at=at(-1))
    result = bulk.upsert_appointments(session, [deleted])
    assert result == bulk.UpsertResult(deleted=(appointment.id,))
    assert queries.get_appointment(session, appointment.id) is None
    assert queries.attendees_for_appointment(session, appointment.id) == []


def test_a_stale_live_copy_after_a_deletion_does_not_bring_it_back(session: Session) -> None:
    appointment = make_appointment(1, updated_at=at(-5))
    bulk.upsert_appointments(session, [replace(appointment, deleted_at=at(-1), updated_at=at(-1))])
    result = bulk.upsert_appointments(session, [appointment])
    assert result.skipped_stale == (appointment.id,)
    assert queries.get_appointment(session, appointment.id) is None


def test_deletion_wins_over_a_live_copy_of_the_same_time(session: Session) -> None:
    live = make_appointment(1, updated_at=at(-1))
    bulk.upsert_appointments(session, [replace(live, deleted_at=at(-1))])
    assert bulk.upsert_appointments(session, [live]).skipped_stale == (live.id,)
    assert queries.get_appointment(session, live.id) is None


def test_a_newer_live_copy_lifts_the_tombstone(session: Session) -> None:
    appointment = make_appointment(1)
    bulk.upsert_appointments(session, [replace(appointment, deleted_at=at(-2), updated_at=at(-2))])
    revived = replace(appointment, updated_at=at(-1))
    assert bulk.upsert_appointments(session, [revived]).written == (appointment.id,)
    assert queries.get_appointment(session, appointment.id) == revived
    assert session.scalar(select(func.count()).select_from(AppointmentTombstoneRow)) == 0


def test_a_deletion_older_than_the_cached_copy_is_stale(session: Session) -> None:
    appointment = make_appointment(1, updated_at=at(-1))
    bulk.upsert_appointments(session, [appointment])
    old_deletion = replace(appointment, deleted_at=at(-3), updated_at=at(-3))
    assert bulk.upsert_appointments(session, [old_deletion]).skipped_stale == (appointment.id,)
    assert queries.get_appointment(session, appointment.id) == appointment


def test_delete_appointments_skips_pending_rows(session: Session) -> None:
    synced, edited = make_appointment(1), make_appointment(2)
    bulk.upsert_appointments(session, [synced, edited])
    local_writes.save_local_appointment(session, replace(edited, notes="mine"))
    result = bulk.delete_appointments(session, [synced.id, edited.id, "never-cached"], deleted_at=at(-1))
    assert result.deleted == (synced.id, "never-cached")
    assert result.skipped_pending == (edited.id,)
    assert queries.get_appointment(session, synced.id) is None
    assert queries.get_appointment(session, edited.id) is not None
    # The deletion is remembered: a late copy from another list stays deleted.
    assert bulk.upsert_appointments(session, [synced]).skipped_stale == (synced.id,)


def test_a_deletion_time_versions_the_tombstone(session: Session) -> None:
    bulk.delete_appointments(session, ["timed"], deleted_at=at(-2))
    bulk.delete_appointments(session, ["untimed"])
    newer = [make_appointment(1, id=i, updated_at=at(-1)) for i in ("timed", "untimed")]
    result = bulk.upsert_appointments(session, newer)
    assert (result.written, result.skipped_stale) == (("timed",), ("untimed",))


def test_pending_rows_are_not_deleted_by_a_deleted_copy_either(session: Session) -> None:
    appointment = make_appointment(1)
    bulk.upsert_appointments(session, [appointment])
    local_writes.save_local_appointment(session, replace(appointment, notes="mine"))
    result = bulk.upsert_appointments(session, [replace(appointment, deleted_at=at(-1), updated_at=at(-1))])
    assert result.skipped_pending == (appointment.id,)
    assert queries.get_appointment(session, appointment.id) is not None


def test_old_tombstones_can_be_pruned(session: Session) -> None:
    bulk.delete_appointments(session, ["gone-1", "gone-2"])
    later = at(0, day=10_000)
    assert bulk.prune_tombstones(session, recorded_before=later) == 2
    assert bulk.prune_tombstones(session, recorded_before=later) == 0


def test_unknown_offered_types_keep_the_known_set(session: Session) -> None:
    known = make_practitioner(1)
    bulk.upsert_practitioners(session, [known])
    renamed = replace(known, last_name="Renamed", appointment_type_ids=None, updated_at=at(-1))
    bulk.upsert_practitioners(session, [renamed])
    assert catalog.get_practitioner(session, known.id) == replace(
        renamed, appointment_type_ids=known.appointment_type_ids
    )
    bulk.set_practitioner_appointment_types(session, known.id, ["only-this"])
    found = catalog.get_practitioner(session, known.id)
    assert found is not None
    assert found.appointment_type_ids == frozenset({"only-this"})
    bulk.set_practitioner_appointment_types(session, known.id, None)
    found = catalog.get_practitioner(session, known.id)
    assert found is not None
    assert found.appointment_type_ids is None


def test_patient_phones_are_replaced_when_a_patient_is_written(session: Session) -> None:
    patient = make_patient(1)
    bulk.upsert_patients(session, [patient])
    bulk.upsert_patients(session, [replace(patient, phone_numbers=("0400 000 111",), updated_at=at(-1))])
    digits = session.scalars(
        select(PatientPhoneRow.digits).where(PatientPhoneRow.patient_id == patient.id)
    ).all()
    assert digits == ["0400000111"]
    stale = replace(patient, phone_numbers=("0499 999 999",), updated_at=at(-30))
    assert bulk.upsert_patients(session, [stale]).skipped_stale == (patient.id,)
    digits = session.scalars(
        select(PatientPhoneRow.digits).where(PatientPhoneRow.patient_id == patient.id)
    ).all()
    assert digits == ["0400000111"]


def test_reference_data_is_versioned_too(session: Session) -> None:
    current = make_type(1, name="Current", updated_at=at(-1))
    bulk.upsert_appointment_types(session, [current])
    result = bulk.upsert_appointment_types(session, [replace(current, name="Old", updated_at=at(-9))])
    assert result.skipped_stale == (current.id,)
    assert catalog.get_appointment_type(session, current.id) == current


def test_attendees_can_arrive_before_their_appointment_and_be_deleted(session: Session) -> None:
    attendee = make_attendee(1, "not-yet-cached")
    assert bulk.upsert_attendees(session, [attendee]).written == (attendee.id,)
    assert queries.attendee_for_appointment(session, "not-yet-cached") == attendee
    assert bulk.delete_attendees(session, [attendee.id]) == 1
    assert queries.attendee_for_appointment(session, "not-yet-cached") is None


def test_a_page_and_its_cursor_commit_together_through_a_core_connection(cache: CacheDatabase) -> None:
    from app.store import cursors

    with cache.write_connection() as connection:
        bulk.upsert_appointments(connection, [make_appointment(1)])
        cursors.set_cursor(connection, "individual_appointments", at(-24), [make_appointment(1).id])
    with cache.session() as session:
        assert queries.get_appointment(session, make_appointment(1).id) == make_appointment(1)
        cursor = cursors.get_cursor(session, "individual_appointments")
        assert cursor is not None
        assert cursor.boundary_ids == {make_appointment(1).id}


def test_an_empty_page_does_nothing(session: Session) -> None:
    assert bulk.upsert_appointments(session, []) == bulk.UpsertResult()
    assert bulk.upsert_patients(session, []) == bulk.UpsertResult()
    assert bulk.delete_appointments(session, []) == bulk.UpsertResult()


def test_the_duration_bound_grows_with_the_longest_appointment(session: Session) -> None:
    from app.store.meta import MetaKey, duration_bound_us

    before = duration_bound_us(session, MetaKey.MAX_APPOINTMENT_DURATION_US)
    bulk.upsert_appointments(
        session, [make_appointment(1, starts_at=at(0), ends_at=at(0) + timedelta(hours=5))]
    )
    assert duration_bound_us(session, MetaKey.MAX_APPOINTMENT_DURATION_US) == max(
        before or 0, 5 * 3600 * 10**6
    )
    bulk.upsert_appointments(session, [make_appointment(2, starts_at=at(0), ends_at=at(1))])
    assert duration_bound_us(session, MetaKey.MAX_APPOINTMENT_DURATION_US) == 5 * 3600 * 10**6


def test_a_page_mixing_new_and_cached_ids_and_repeats_keeps_the_newest(session: Session) -> None:
    bulk.upsert_appointments(session, [make_appointment(1, notes="cached")])
    edited = make_appointment(1, notes="edited", updated_at=at(-1))
    # An id listed twice in one page (edited while the walk ran), in either order.
    for n in (2, 3):
        older = make_appointment(n, notes="older", updated_at=at(-20))
        newer = make_appointment(n, notes="newer", updated_at=at(-10))
        page = [older, edited, newer] if n == 2 else [newer, older]
        assert bulk.upsert_appointments(session, page).written == tuple(a.id for a in page)
        assert queries.get_appointment(session, newer.id) == newer
    assert queries.get_appointment(session, edited.id) == edited


def test_a_server_copy_without_a_series_keeps_the_series_booked_here(session: Session) -> None:
    booked = [make_appointment(n, series_id="local-series", updated_at=None) for n in (1, 2)]
    for appointment in booked:
        local_writes.save_local_appointment(session, appointment)
        local_writes.mark_appointment_synced(session, appointment.id, at(-2))
    # The server's copies of the pushed appointments do not say they belong together.
    server_copies = [replace(a, series_id=None, notes="from the server", updated_at=at(-1)) for a in booked]
    assert bulk.upsert_appointments(session, server_copies).written == tuple(a.id for a in booked)
    series = queries.get_appointment(session, booked[0].id)
    assert series == replace(server_copies[0], series_id="local-series")
    # A server copy that names a series is believed.
    named = replace(server_copies[1], series_id="server-series", updated_at=at(0))
    bulk.upsert_appointments(session, [named])
    assert queries.get_appointment(session, named.id) == named


def test_a_driver_error_is_an_sqlalchemy_error_without_the_values(session: Session) -> None:
    secret = "https://clinic.cliniko.com/appointments/1/connect?token=secret"
    broken = make_appointment(1, practitioner_id=None, telehealth_url=secret)  # NOT NULL column
    with pytest.raises(IntegrityError) as raised:
        bulk.upsert_appointments(session, [broken])
    assert "NOT NULL" in str(raised.value)
    assert "secret" not in str(raised.value)


def test_the_catalog_version_counts_writes_of_practitioners_types_and_businesses(session: Session) -> None:
    versions = [bulk.catalog_version(session)]

    def changed() -> bool:
        versions.append(bulk.catalog_version(session))
        return versions[-1] != versions[-2]

    assert versions == [None]
    practitioner = make_practitioner(1)
    bulk.upsert_practitioners(session, [practitioner])
    assert changed()
    bulk.upsert_appointment_types(session, [make_type(1)])
    assert changed()
    bulk.upsert_businesses(session, [make_business(1)])
    assert changed()
    bulk.upsert_appointments(session, [make_appointment(1)])
    bulk.upsert_patients(session, [make_patient(1)])
    bulk.upsert_appointment_types(session, [])
    assert not changed()
    bulk.set_practitioner_appointment_types(session, practitioner.id, practitioner.appointment_type_ids)
    assert not changed()  # the same offered types: nothing written
    bulk.set_practitioner_appointment_types(session, practitioner.id, ["another"])
    assert changed()
    bulk.set_practitioner_appointment_types(session, practitioner.id, None)
    assert changed()
    bulk.set_practitioner_appointment_types(session, practitioner.id, None)
    assert not changed()

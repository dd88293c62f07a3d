"""Every entity goes into the cache and comes back equal: string ids, aware UTC times, None fields."""

from __future__ import annotations

from dataclasses import fields, replace
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.entities import Appointment, Patient, SignedInUser, UserRole
from app.store import bulk, catalog, meta, queries
from app.store.mapping import (
    APPOINTMENT_COLUMNS,
    APPOINTMENT_FIELDS,
    appointment_from_row,
    appointment_to_row,
    appointment_values,
    row_values,
)
from app.store.models import AppointmentRow, AttendeeRow
from app.store.timestamps import from_epoch_us, to_epoch_us

from .builders import (
    at,
    big_id,
    make_appointment,
    make_attendee,
    make_block,
    make_business,
    make_patient,
    make_practitioner,
    make_type,
)

EVERYTHING_SET = make_appointment(
    7,
    starts_at=datetime(2025, 3, 3, 9, 0, 0, 123456, tzinfo=UTC),
    ends_at=datetime(2025, 3, 3, 9, 45, tzinfo=UTC),
    notes="Bring scans\nsecond line, ünïcödé",
    patient_arrived=True,
    did_not_arrive=True,
    cancelled_at=at(1),
    cancellation_reason="50",
    cancellation_note="Moved interstate",
    repeat_rule="FREQ=WEEKLY;COUNT=4",
    series_id="series-1",
    is_group=True,
    attendee_count=3,
    telehealth_url="https://sub.cliniko.com/appointments/987654321/connect",
    created_at=datetime(2024, 1, 1, 0, 0, 0, 1, tzinfo=UTC),
    updated_at=datetime(2025, 3, 1, 23, 59, 59, 999999, tzinfo=UTC),
)
NOTHING_OPTIONAL = Appointment(
    id="9223372036854775807",
    starts_at=at(10),
    ends_at=at(11),
    practitioner_id=big_id(1000),
    appointment_type_id=big_id(2000),
    business_id=big_id(3000),
)


def test_the_stored_appointment_fields_are_the_entitys_in_order() -> None:
    """Reads build Appointments positionally from these columns: a new domain field needs a column."""
    assert tuple(f.name for f in fields(Appointment)) == APPOINTMENT_FIELDS


@pytest.mark.parametrize("appointment", [EVERYTHING_SET, NOTHING_OPTIONAL], ids=["everything", "minimal"])
def test_the_ingest_tuple_holds_the_storage_dicts_values_in_column_order(appointment: Appointment) -> None:
    as_dict = appointment_to_row(appointment)
    assert tuple(as_dict) == APPOINTMENT_COLUMNS
    for _ in range(2):  # the second time, start and end come from the conversion memo
        assert appointment_values(appointment) == tuple(as_dict.values())
    sydney = timezone(timedelta(hours=11))
    same_instants = replace(appointment, starts_at=appointment.starts_at.astimezone(sydney))
    assert appointment_values(same_instants) == appointment_values(appointment)


@pytest.mark.parametrize("appointment", [EVERYTHING_SET, NOTHING_OPTIONAL], ids=["everything", "minimal"])
def test_appointments_round_trip(session: Session, appointment: Appointment) -> None:
    bulk.upsert_appointments(session, [appointment])
    assert queries.get_appointment(session, appointment.id) == appointment
    window = queries.appointments_in_window(
        session, practitioner_ids=[appointment.practitioner_id], start=at(0), end=at(24)
    )
    assert window == [appointment]
    back = window[0]
    assert back.starts_at.tzinfo is UTC
    assert type(back.patient_arrived) is bool
    assert back.id == appointment.id  # 19 digits, still text, not rounded


def test_a_non_utc_aware_time_is_stored_as_the_same_instant(session: Session) -> None:
    sydney = timezone(timedelta(hours=11))
    appointment = make_appointment(1, starts_at=datetime(2025, 3, 3, 20, 0, tzinfo=sydney), ends_at=at(9.5))
    bulk.upsert_appointments(session, [appointment])
    back = queries.get_appointment(session, appointment.id)
    assert back is not None
    assert back.starts_at == at(9)
    assert back.starts_at.utcoffset() == timedelta(0)


def test_naive_datetimes_are_refused(session: Session) -> None:
    naive = make_appointment(1, starts_at=datetime(2025, 3, 3, 9, 0))  # noqa: DTZ001
    with pytest.raises(ValueError, match="timezone-aware"):
        bulk.upsert_appointments(session, [naive])
    with pytest.raises(ValueError, match="timezone-aware"):
        to_epoch_us(datetime(2025, 1, 1))  # noqa: DTZ001


def test_epoch_microseconds_are_exact_in_both_directions() -> None:
    for moment in (
        datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2025, 3, 3, 9, 0, 0, 1, tzinfo=UTC),
        datetime(2199, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ):
        assert from_epoch_us(to_epoch_us(moment)) == moment


def test_the_orm_models_read_and_write_aware_utc(session: Session) -> None:
    """ORM access (for code that wants it) converts the same way as the bulk paths."""
    session.add(
        AppointmentRow(
            id="orm-1",
            starts_at=at(9),
            ends_at=at(10),
            practitioner_id="p",
            appointment_type_id="t",
            business_id="b",
            patient_name="",
            telehealth_url="https://secret.example/link",
        )
    )
    session.flush()
    session.expire_all()
    row = session.get(AppointmentRow, "orm-1")
    assert row is not None
    assert row.starts_at == at(9)
    assert row.starts_at.tzinfo is not None
    assert row.pending_sync is False
    assert "secret" not in repr(row)
    assert repr(row) == "<AppointmentRow orm-1>"
    assert appointment_from_row(row_values(row)) == queries.get_appointment(session, "orm-1")


def test_attendees_round_trip_and_repr_hides_the_patient_link(session: Session) -> None:
    appointment = make_appointment(1)
    attendee = make_attendee(1, appointment.id, arrived=True, cancelled_at=at(2))
    bulk.upsert_appointments(session, [appointment])
    bulk.upsert_attendees(session, [attendee])
    assert queries.attendee_for_appointment(session, appointment.id) == attendee
    assert queries.attendees_for_appointment(session, appointment.id) == [attendee]
    assert "patient-secret" not in repr(attendee)
    row = session.scalars(select(AttendeeRow)).one()
    assert "patient-secret" not in repr(row)


def test_attendee_choice_prefers_live_then_not_cancelled(session: Session) -> None:
    appointment = make_appointment(1)
    deleted = make_attendee(1, appointment.id, deleted_at=at(1))
    cancelled = make_attendee(2, appointment.id, cancelled_at=at(1))
    live = make_attendee(3, appointment.id)
    bulk.upsert_attendees(session, [deleted, cancelled, live])
    assert queries.attendee_for_appointment(session, appointment.id) == live
    bulk.upsert_attendees(session, [make_attendee(3, appointment.id, deleted_at=at(2), updated_at=at(3))])
    assert queries.attendee_for_appointment(session, appointment.id) == cancelled
    assert queries.attendee_for_appointment(session, "no-such-appointment") is None


def test_unavailable_blocks_round_trip(session: Session) -> None:
    block = make_block(1)
    bare = make_block(2, business_id=None, notes=None, updated_at=None, starts_at=at(14), ends_at=at(15))
    bulk.upsert_unavailable_blocks(session, [block, bare])
    found = queries.unavailable_blocks_in_window(session, practitioner_ids=None, start=at(0), end=at(24))
    assert found == [block, bare]


def test_appointment_types_round_trip_and_archived_ones_are_listed_on_request(session: Session) -> None:
    active = make_type(1, category=None)
    archived = make_type(2, name="Archived", archived_at=at(-1), telehealth_enabled=False)
    bulk.upsert_appointment_types(session, [active, archived])
    assert catalog.get_appointment_type(session, archived.id) == archived
    assert catalog.list_appointment_types(session) == [active]
    assert catalog.list_appointment_types(session, include_archived=True) == [archived, active]


def test_practitioners_round_trip_with_known_empty_and_unknown_types(session: Session) -> None:
    known = make_practitioner(1)
    offers_nothing = make_practitioner(2, appointment_type_ids=frozenset(), title="")
    unknown = make_practitioner(3, appointment_type_ids=None, active=False)
    bulk.upsert_practitioners(session, [known, offers_nothing, unknown])
    assert catalog.list_practitioners(session) == [known, offers_nothing]
    assert catalog.list_practitioners(session, active_only=False) == [known, offers_nothing, unknown]
    assert catalog.get_practitioner(session, unknown.id) == unknown


def test_patients_round_trip(session: Session) -> None:
    full = make_patient(1, archived_at=at(-2))
    bare = Patient(id=big_id(4999), first_name="", last_name="Mononym")
    bulk.upsert_patients(session, [full, bare])
    assert catalog.get_patient(session, full.id) == full
    assert catalog.get_patient(session, bare.id) == bare
    assert catalog.get_patient(session, "missing") is None


def test_businesses_round_trip(session: Session) -> None:
    business = make_business(1)
    unknown_hours = make_business(2, name="Annex", opening_hours=(), updated_at=None)
    bulk.upsert_businesses(session, [business, unknown_hours])
    assert catalog.get_business(session, business.id) == business
    assert catalog.list_businesses(session) == [unknown_hours, business]
    assert catalog.first_business(session) == unknown_hours


def test_no_business_means_none(session: Session) -> None:
    assert catalog.first_business(session) is None
    assert catalog.get_business(session, "nope") is None


def test_meta_values_round_trip(session: Session) -> None:
    assert meta.get_meta(session, "ui.last_view") is None
    meta.set_meta(session, "ui.last_view", "week")
    meta.set_meta(session, "ui.last_view", "day")
    assert meta.get_meta(session, "ui.last_view") == "day"
    meta.set_meta(session, "ui.last_view", None)
    assert meta.get_meta(session, "ui.last_view") is None


def test_store_keys_cannot_be_written_from_outside(session: Session) -> None:
    with pytest.raises(ValueError, match="maintained by the store"):
        meta.set_meta(session, meta.MetaKey.MAX_APPOINTMENT_DURATION_US, "0")


def test_last_successful_sync_and_signed_in_user_round_trip(session: Session) -> None:
    assert meta.get_last_successful_sync(session) is None
    assert meta.get_signed_in_user(session) is None
    when = datetime(2025, 3, 3, 9, 0, 0, 5, tzinfo=UTC)
    meta.set_last_successful_sync(session, when)
    user = SignedInUser(
        id=big_id(9), first_name="Rae", last_name="Front", email=None, role=UserRole.RECEPTIONIST
    )
    meta.set_signed_in_user(session, user)
    assert meta.get_last_successful_sync(session) == when
    assert meta.get_signed_in_user(session) == user
    meta.set_signed_in_user(session, None)
    assert meta.get_signed_in_user(session) is None


def test_dates_of_birth_are_calendar_dates(session: Session) -> None:
    patient = make_patient(1, date_of_birth=date(2000, 2, 29))
    bulk.upsert_patients(session, [patient])
    back = catalog.get_patient(session, patient.id)
    assert back is not None
    assert back.date_of_birth == date(2000, 2, 29)
    assert type(back.date_of_birth) is date

"""Cliniko JSON -> domain entities: valid records round-trip, malformed ones are skipped and counted."""

from __future__ import annotations

import json
import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest

from app.domain.entities import Appointment, AppointmentStatus, Attendee, UserRole
from app.remote.base import ChangePage, ListVariant, ResourceKind
from app.remote.cliniko_fields import RecordError
from app.remote.cliniko_parsing import (
    DEFAULT_TYPE_COLOR,
    parse_appointment,
    parse_appointment_type,
    parse_attendee,
    parse_business,
    parse_page,
    parse_patient,
    parse_practitioner,
    parse_unavailable_block,
    parse_user,
)
from app.remote.errors import MalformedResponseError

from .cliniko_fakes import API, PATIENT_LINK, appointment_json, attendee_json, link


def _page(items: list[Any], variant: ListVariant = ListVariant.LIVE, size: int = 100) -> ChangePage:
    return parse_page(
        {"individual_appointments": items},
        "individual_appointments",
        ResourceKind.APPOINTMENTS,
        variant,
        size,
    )


def test_a_valid_appointment_maps_every_field() -> None:
    appointment = parse_appointment(appointment_json("1001"))
    assert appointment == Appointment(
        id="1001",
        starts_at=datetime(2024, 5, 2, 3, 45, tzinfo=UTC),
        ends_at=datetime(2024, 5, 2, 4, 30, tzinfo=UTC),
        practitioner_id="7",
        appointment_type_id="22",
        business_id="1",
        patient_id="82",
        patient_name="Joe Monahan",
        notes="Bring scans",
        telehealth_url="https://clinic.au1.cliniko.com/appointments/1001/connect",
        created_at=datetime(2024, 4, 30, 9, 0, tzinfo=UTC),
        updated_at=datetime(2024, 5, 1, 10, 0, tzinfo=UTC),
    )
    assert appointment.status is AppointmentStatus.BOOKED


def test_times_with_offsets_become_utc() -> None:
    appointment = parse_appointment(
        appointment_json(starts_at="2024-05-02T13:45:00+10:00", ends_at="2024-05-02T14:30:00.250+10:00")
    )
    assert appointment.starts_at == datetime(2024, 5, 2, 3, 45, tzinfo=UTC)
    assert appointment.starts_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert appointment.ends_at == datetime(2024, 5, 2, 4, 30, 0, 250000, tzinfo=UTC)


def test_nineteen_digit_ids_survive_exactly_as_text_and_as_json_integers() -> None:
    big = "1390726237298631770"
    as_text = appointment_json(big, practitioner=link(f"practitioners/{big}"))
    # A JSON integer this large is not exactly representable as a double; stdlib json keeps it an int.
    as_number = json.loads(json.dumps(appointment_json(big)).replace(f'"id": "{big}"', f'"id": {big}'))
    assert type(as_number["id"]) is int
    assert parse_appointment(as_text).id == big
    assert parse_appointment(as_text).practitioner_id == big
    assert parse_appointment(as_number).id == big
    assert float(big) != int(big)  # the trap this guards against


def test_relation_ids_come_from_the_last_segment_of_links() -> None:
    appointment = parse_appointment(
        appointment_json(
            practitioner={"links": {"self": "https://api.uk1.cliniko.com/v1/practitioners/12345/"}},
            appointment_type={"links": {"self": f"{API}/appointment_types/99?archived=true"}},
            patient=None,
        )
    )
    assert appointment.practitioner_id == "12345"
    assert appointment.appointment_type_id == "99"
    assert appointment.patient_id is None


def test_cancelled_and_deleted_lists_mark_their_records() -> None:
    cancelled = parse_appointment(
        appointment_json(
            cancelled_at="2024-05-01T11:00:00Z", cancellation_reason=50, cancellation_note="Away"
        ),
        ListVariant.CANCELLED,
    )
    assert cancelled.status is AppointmentStatus.CANCELLED
    assert cancelled.cancellation_reason == "50"
    # A deleted-list record without deleted_at is still deleted: the list says so.
    deleted = parse_appointment(appointment_json(), ListVariant.DELETED)
    assert deleted.is_deleted
    assert deleted.deleted_at == deleted.updated_at


def test_repeat_rule_and_series() -> None:
    first = parse_appointment(appointment_json("10", repeat_rule={"repeat_type": "weekly", "interval": 1}))
    later = parse_appointment(appointment_json("11", repeated_from=link("individual_appointments/10")))
    single = parse_appointment(appointment_json("12", repeat_rule={}))
    assert first.repeat_rule == '{"interval":1,"repeat_type":"weekly"}'
    assert (first.series_id, later.series_id, single.series_id) == ("10", "10", None)
    assert single.repeat_rule is None


def test_attendee_carries_the_patient_link_and_its_appointment() -> None:
    attendee = parse_attendee(attendee_json("5001", "1001", arrived=True))
    assert attendee == Attendee(
        id="5001",
        appointment_id="1001",
        patient_id="82",
        arrived=True,
        telehealth_url=PATIENT_LINK,
        updated_at=datetime(2024, 5, 1, 10, 0, tzinfo=UTC),
    )
    assert PATIENT_LINK not in repr(attendee)


def test_appointment_type_telehealth_null_is_off_and_archived_list_archives() -> None:
    raw = {
        "id": 22,
        "name": "Initial Consultation",
        "category": None,
        "color": "#00ff00",
        "duration_in_minutes": 45,
        "max_attendees": None,
        "telehealth_enabled": None,
        "updated_at": "2024-05-01T10:00:00Z",
    }
    live = parse_appointment_type(raw)
    assert (live.id, live.telehealth_enabled, live.max_attendees, live.color) == ("22", False, 1, "#00ff00")
    assert not live.is_archived
    assert parse_appointment_type(raw, ListVariant.ARCHIVED).is_archived
    assert parse_appointment_type({**raw, "telehealth_enabled": True}).telehealth_enabled is True
    assert parse_appointment_type({**raw, "color": "green"}).color == DEFAULT_TYPE_COLOR
    with pytest.raises(RecordError, match="telehealth_enabled"):
        parse_appointment_type({**raw, "telehealth_enabled": "yes"})
    with pytest.raises(RecordError, match="duration_in_minutes"):
        parse_appointment_type({**raw, "duration_in_minutes": 45.0})


def test_patient_phone_numbers_dates_and_blanks() -> None:
    patient = parse_patient(
        {
            "id": "82",
            "first_name": "Peter",
            "last_name": "Patientman",
            "date_of_birth": "2001-05-26",
            "email": "",
            "archived_at": "",
            "patient_phone_numbers": [
                {"phone_type": "Mobile", "number": "61444444444"},
                {"phone_type": "Home", "number": None},
            ],
            "updated_at": "2024-05-01T10:00:00Z",
        }
    )
    assert patient.phone_numbers == ("61444444444",)
    assert patient.date_of_birth == date(2001, 5, 26)
    assert patient.email is None
    assert patient.archived_at is None
    with pytest.raises(RecordError, match="date_of_birth"):
        parse_patient({"id": "1", "updated_at": "2024-05-01T10:00:00Z", "date_of_birth": "26/05/2001"})


def test_other_kinds() -> None:
    business = parse_business(
        {
            "id": "1",
            "business_name": "Clinic",
            "time_zone_identifier": "Australia/Melbourne",
            "updated_at": "2024-05-01T10:00:00Z",
        }
    )
    assert (business.name, business.time_zone_identifier) == ("Clinic", "Australia/Melbourne")
    practitioner = parse_practitioner(
        {
            "id": "7",
            "first_name": "Randy",
            "last_name": "Savage",
            "title": None,
            "updated_at": "2024-05-01T10:00:00Z",
        }
    )
    assert (practitioner.title, practitioner.active, practitioner.appointment_type_ids) == ("", True, None)
    block = parse_unavailable_block(
        {
            "id": "3",
            "starts_at": "2024-05-02T00:00:00Z",
            "ends_at": "2024-05-02T01:00:00Z",
            "practitioner": link("practitioners/7"),
            "business": None,
            "updated_at": "2024-05-01T10:00:00Z",
        }
    )
    assert (block.practitioner_id, block.business_id) == ("7", None)
    user = parse_user(
        {"id": 1, "first_name": "John", "last_name": "Smith", "email": "j@x.org", "role": "Administrator"}
    )
    assert (user.id, user.role) == ("1", UserRole.ADMINISTRATOR)
    assert parse_user({"id": "2", "role": "bookkeeper"}).role is UserRole.RECEPTIONIST


MALFORMED = {
    "not an object": ["1001"],
    "missing id": appointment_json(id=None),
    "id as a float": appointment_json(id=1001.0),
    "id as a bool": appointment_json(id=True),
    "id with letters": appointment_json(id="10O1"),
    "negative id": appointment_json(id=-5),
    "bad timestamp": appointment_json(starts_at="yesterday"),
    "naive timestamp": appointment_json(starts_at="2024-05-02T03:45:00"),
    "date for a time": appointment_json(ends_at="2024-05-02"),
    "missing updated_at": appointment_json(updated_at=None),
    "ends before it starts": appointment_json(ends_at="2024-05-02T03:00:00Z"),
    "practitioner link missing": appointment_json(practitioner=None),
    "link not ending in an id": appointment_json(business={"links": {"self": f"{API}/businesses/main"}}),
    "link without links": appointment_json(business={"self": f"{API}/businesses/1"}),
    "flag as text": appointment_json(patient_arrived="true"),
    "notes as a number": appointment_json(notes=12),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_each_kind_of_malformed_record_is_skipped_and_counted(case: str) -> None:
    bad = MALFORMED[case]
    page = _page([appointment_json("1"), bad, appointment_json("3")])
    assert [r.id for r in page.records] == ["1", "3"]
    assert page.skipped == 1
    assert page.raw_count == 3


def test_skipped_records_are_logged_by_id_only(caplog: pytest.LogCaptureFixture) -> None:
    secret = appointment_json("1002", starts_at="not a time")
    with caplog.at_level(logging.DEBUG, logger="frontdesk"):
        page = _page([appointment_json("1001"), secret])
    assert page.skipped_ids == ("1002",)
    assert "1002" in caplog.text
    assert "starts_at" in caplog.text
    for private in ("Joe Monahan", "Bring scans", "cliniko.com", "not a time"):
        assert private not in caplog.text


def test_the_page_key_moves_past_malformed_records() -> None:
    bad_but_keyed = appointment_json("9", updated_at="2024-05-01T12:00:00Z", starts_at=None)
    page = _page([appointment_json("1"), bad_but_keyed], size=2)
    assert page.is_full
    assert page.last_key == (datetime(2024, 5, 1, 12, tzinfo=UTC), "9")
    unreadable = _page([appointment_json("1"), {"id": None}])
    assert unreadable.last_key == (datetime(2024, 5, 1, 10, tzinfo=UTC), "1")


@pytest.mark.parametrize("body", [None, [], {"individual_appointments": None}, {"patients": []}])
def test_a_page_without_its_record_list_is_malformed(body: Any) -> None:
    with pytest.raises(MalformedResponseError):
        parse_page(body, "individual_appointments", ResourceKind.APPOINTMENTS, ListVariant.LIVE, 100)

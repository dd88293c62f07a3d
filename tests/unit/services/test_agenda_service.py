"""The agenda: appointments starting on a local date, with every field the agenda JSON needs."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.entities import AppointmentStatus
from app.services import agenda_service, appointment_status
from app.services.appointment_views import describe_appointment
from app.services.errors import AppointmentNotFound, InvalidRequest
from app.services.workspace import ClinicWorkspace
from app.store import bulk
from tests.support.clinic_builder import TUESDAY, tuesday

from .clinic_data import CLINIC, book_bob_with_alan_at_four, make_appointment


def test_items_carry_names_status_link_decision_and_pending(workspace: ClinicWorkspace) -> None:
    agenda = agenda_service.agenda_for_day(workspace, TUESDAY)
    assert agenda.zone.key == "Europe/London"  # the business's zone by default
    by_id = {item.id: item for item in agenda.items}
    assert [item.id for item in agenda.items] == [
        CLINIC.video_ada,
        CLINIC.initial_bob,
        CLINIC.cancelled_ada,
        CLINIC.video_bob_no_link,
    ]
    video = by_id[CLINIC.video_ada]
    assert (video.starts_at, video.ends_at) == (tuesday(9), tuesday(9.5))
    assert (video.practitioner_id, video.practitioner_name) == (CLINIC.grace, "Dr Grace Hopper")
    assert (video.patient_id, video.patient_name) == (CLINIC.ada, "Ada Lovelace")
    assert (video.appointment_type_id, video.appointment_type_name) == (CLINIC.video, "Video consult")
    assert video.telehealth_enabled
    assert video.status == AppointmentStatus.BOOKED
    assert not video.pending_sync
    assert (video.patient_link_allowed, video.patient_link_reason) == (True, None)

    initial = by_id[CLINIC.initial_bob]
    assert not initial.telehealth_enabled
    assert (initial.patient_link_allowed, initial.patient_link_reason) == (
        False,
        "Telehealth is off for Initial Consultation.",
    )
    cancelled = by_id[CLINIC.cancelled_ada]
    assert cancelled.status == AppointmentStatus.CANCELLED
    assert cancelled.patient_link_reason == "This appointment is cancelled."
    no_link = by_id[CLINIC.video_bob_no_link]
    assert no_link.patient_link_reason is not None
    assert "not been synced" in no_link.patient_link_reason


def test_local_changes_show_as_pending_and_deleted_ones_disappear(workspace: ClinicWorkspace) -> None:
    appointment_status.mark_arrived(workspace, CLINIC.video_ada)
    appointment_status.delete(workspace, CLINIC.initial_bob)
    booked = book_bob_with_alan_at_four(workspace)
    items = {item.id: item for item in agenda_service.agenda_for_day(workspace, TUESDAY).items}
    assert CLINIC.initial_bob not in items
    assert items[CLINIC.video_ada].pending_sync
    assert items[CLINIC.video_ada].status == AppointmentStatus.ARRIVED
    assert items[booked.id].pending_sync
    assert not items[CLINIC.video_bob_no_link].pending_sync


def test_practitioner_filter(workspace: ClinicWorkspace) -> None:
    agenda = agenda_service.agenda_for_day(workspace, TUESDAY, practitioner_ids=[CLINIC.alan])
    assert [item.id for item in agenda.items] == [CLINIC.cancelled_ada, CLINIC.video_bob_no_link]


def test_the_day_is_a_local_day_in_the_chosen_zone(workspace: ClinicWorkspace) -> None:
    # Sydney's Wednesday runs from Tuesday 13:00 to Wednesday 13:00 in London (UTC+11 then).
    late = make_appointment("9001", starts_at=tuesday(23.5), ends_at=tuesday(24), practitioner_id=CLINIC.alan)
    with workspace.writing() as session:
        bulk.upsert_appointments(session, [late])
    london = agenda_service.agenda_for_day(workspace, TUESDAY)
    assert "9001" in [item.id for item in london.items]
    sydney = agenda_service.parse_zone("Australia/Sydney")
    wednesday = agenda_service.agenda_for_day(workspace, TUESDAY + timedelta(days=1), zone=sydney)
    assert [item.id for item in wednesday.items] == [CLINIC.video_bob_no_link, "9001"]
    tuesday_sydney = agenda_service.agenda_for_day(workspace, TUESDAY, zone=sydney)
    assert [item.id for item in tuesday_sydney.items] == [
        CLINIC.video_ada,
        CLINIC.initial_bob,
        CLINIC.cancelled_ada,
    ]


def test_an_empty_cache_has_an_empty_agenda_in_utc(empty_workspace: ClinicWorkspace) -> None:
    agenda = agenda_service.agenda_for_day(empty_workspace, date(2025, 3, 4))
    assert (agenda.zone.key, agenda.items) == ("UTC", [])


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "America"])
def test_unknown_zones_are_refused_with_a_sentence(name: str) -> None:
    with pytest.raises(InvalidRequest, match="Unknown time zone"):
        agenda_service.parse_zone(name)


def test_describing_one_appointment(workspace: ClinicWorkspace) -> None:
    assert describe_appointment(workspace, CLINIC.video_ada).patient_link_allowed
    with pytest.raises(AppointmentNotFound):
        describe_appointment(workspace, "404")

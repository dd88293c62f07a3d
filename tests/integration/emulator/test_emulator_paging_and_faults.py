"""The harder parts of the documentation, against the emulator: many pages stamped in one instant, a 429
in the middle of a walk, and malformed records among good ones.
"""

from __future__ import annotations

import random
from datetime import time

from emulator_cli import Frontdesk, StartEmulator
from emulator_expectations import assert_agenda_matches, expected_agenda

from tests.emulator import EmulatorStore
from tests.emulator.clinic import local, seed_clinic

BULK_APPOINTMENTS = 450


def test_450_appointments_imported_in_one_instant_all_arrive(
    start_emulator: StartEmulator, frontdesk: Frontdesk
) -> None:
    store = EmulatorStore()
    clinic = seed_clinic(store, days=2)
    rng = random.Random(3)
    # A bulk import: every appointment (and attendee) gets the very same created_at and updated_at.
    with store.clock.frozen():
        for n in range(BULK_APPOINTMENTS - len(clinic.appointment_ids)):
            day = clinic.days[n % len(clinic.days)]
            store.add_appointment(
                practitioner_id=rng.choice(clinic.practitioner_ids),
                patient_id=rng.choice(clinic.patient_ids),
                appointment_type_id=clinic.type_ids[rng.choice(("initial", "video", "standard"))],
                business_id=clinic.business_id,
                starts_at=local(day, time(6 + n % 14, 5 * (n % 12))),
                legacy_id=n % 17 == 0,
            )
    assert len(store.rows("individual_appointments")) == BULK_APPOINTMENTS
    emulator = start_emulator(store, live_list_shows_cancelled=False)

    summary = frontdesk.synced(emulator)

    assert summary["skipped"] == 0
    agendas = frontdesk.agendas(*((day, ()) for day in clinic.days))
    for day, items in zip(clinic.days, agendas, strict=True):
        assert_agenda_matches(items, expected_agenda(store, day))
    listed = sum(len(items) for items in agendas)
    assert listed == len(store.live_appointments()) > 400
    pages = emulator.requests_to("/v1/individual_appointments")
    assert len(pages) >= BULK_APPOINTMENTS // 100
    assert all(int(request.param("per_page") or 50) <= 100 for request in emulator.requests)


def test_a_429_mid_walk_is_waited_out_and_malformed_records_are_skipped_and_counted(
    start_emulator: StartEmulator, frontdesk: Frontdesk
) -> None:
    store = EmulatorStore()
    clinic = seed_clinic(store, days=1)
    booked = [row for row in store.live_appointments() if row["cancelled_at"] is None]
    corrupted = {
        booked[0]["id"]: {"starts_at": "next Tuesday at ten"},
        booked[1]["id"]: {"practitioner": {"links": {}}},
        booked[2]["id"]: {"ends_at": "2001-01-01T00:00:00Z"},
    }
    for appointment_id, wire in corrupted.items():
        store.corrupt("individual_appointments", appointment_id, **wire)
    with_telehealth = {clinic.type_ids["initial"], clinic.type_ids["video"]}
    link_lost = next(row["id"] for row in booked[3:] if row["appointment_type_id"] in with_telehealth)
    store.corrupt("attendees", store.attendees_of(link_lost)[0]["id"], booking=None)
    store.corrupt("patients", clinic.patient_ids[4], patient_phone_numbers="0400 000 004")
    emulator = start_emulator(store, reset_after_seconds=0.5)
    # The attendees are walked after the appointments: a 429 there comes in the middle of the sync.
    emulator.plan_failure("/v1/attendees", occurrence=1, status=429)

    summary = frontdesk.synced(emulator)

    attendees = emulator.requests_to("/v1/attendees")
    assert [request.status for request in attendees] == [429, 200]
    # Asked again only once the X-RateLimit-Reset time it was given had come.
    assert attendees[1].wall_time >= emulator.planned_resets[0]
    assert summary["requests"] == len(emulator.requests)
    assert summary["skipped"] == len(corrupted) + 2
    day = clinic.days[0]
    items = frontdesk.agenda(day)
    assert_agenda_matches(items, expected_agenda(store, day))
    assert not set(corrupted) & {item["id"] for item in items}
    # Its attendee was malformed, so its patient link was never synced.
    assert {item["id"]: item for item in items}[link_lost]["patient_link_allowed"] is False

"""A second `frontdesk sync`, after the emulator's data changed and the desk booked and cancelled offline,
pushes the desk's changes, converges on the server's, and asks only for changes; a third pulls nothing."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from emulator_cli import Frontdesk, StartEmulator
from emulator_expectations import assert_agenda_matches, expected_agenda

from tests.emulator import EmulatorStore
from tests.emulator.clinic import ZONE, Clinic, local, seed_clinic

_INCREMENTAL_LISTS = (
    "/v1/individual_appointments",
    "/v1/individual_appointments/cancelled",
    "/v1/individual_appointments/deleted",
    "/v1/attendees",
    "/v1/patients",
    "/v1/unavailable_blocks",
)


def _booked(store: EmulatorStore, clinic: Clinic, *, telehealth: bool) -> list[str]:
    """Booked appointments (not cancelled, arrived or deleted) whose type has telehealth, or has not."""
    types = {row["id"]: row["telehealth_enabled"] is True for row in store.rows("appointment_types")}
    return [
        row["id"]
        for row in store.live_appointments()
        if row["cancelled_at"] is None
        and not row["patient_arrived"]
        and not row["did_not_arrive"]
        and types[row["appointment_type_id"]] == telehealth
        and row["appointment_type_id"] != clinic.type_ids["retired"]
    ]


def _book_and_cancel_at_the_desk(
    frontdesk: Frontdesk, clinic: Clinic, booking: tuple[str, str, datetime], *, cancel: str
) -> None:
    practitioner, patient, start = booking
    booked = frontdesk.run(
        "book",
        "--data-dir",
        str(frontdesk.data_dir),
        "--practitioner",
        practitioner,
        "--patient",
        patient,
        "--type",
        clinic.type_ids["follow_up"],
        "--start",
        start.isoformat(),
        "--force",
    )
    assert booked.returncode == 0, booked.stderr
    cancelled = frontdesk.run(
        "cancel", "--data-dir", str(frontdesk.data_dir), "--appointment", cancel, "--reason", "40"
    )
    assert cancelled.returncode == 0, cancelled.stderr


def test_an_incremental_sync_converges_on_edits_cancels_and_deletes(
    start_emulator: StartEmulator, frontdesk: Frontdesk
) -> None:
    store = EmulatorStore()
    clinic = seed_clinic(store, days=2)
    # Cancelled appointments are only on their own list here: the cancel must come from /cancelled.
    emulator = start_emulator(store, live_list_shows_cancelled=False)
    frontdesk.synced(emulator)
    first_sync_requests = len(emulator.requests)
    first, second = clinic.days

    store.clock.advance(timedelta(minutes=7))
    with_telehealth = _booked(store, clinic, telehealth=True)
    without = _booked(store, clinic, telehealth=False)
    moved, cancelled, deleted, arrived = with_telehealth[:4]
    no_show, attendee_gone = with_telehealth[4:6]
    moved_from = store.get("individual_appointments", moved)
    assert moved_from is not None
    # Moved from its day to the other one (a day earlier or later), keeping its length.
    target_day = second if moved_from["starts_at"].astimezone(ZONE).date() == first else first
    length = moved_from["ends_at"] - moved_from["starts_at"]
    new_start = local(target_day, time(19, 5))
    store.update("individual_appointments", moved, starts_at=new_start, ends_at=new_start + length)
    store.cancel_appointment(cancelled, 40, "Travelling")
    store.delete_appointment(deleted)
    store.update("individual_appointments", arrived, patient_arrived=True)
    store.update("individual_appointments", no_show, did_not_arrive=True)
    attendee = store.attendees_of(attendee_gone)[0]
    store.update("attendees", attendee["id"], deleted_at=store.clock.now)
    # Telehealth switched on for a type: no appointment of that type changes.
    standard = store.get("appointment_types", clinic.type_ids["standard"])
    assert standard is not None
    store.update("appointment_types", standard["id"], telehealth_enabled=True)
    added = store.add_appointment(
        practitioner_id=clinic.practitioner_ids[1],
        patient_id=clinic.patient_ids[3],
        appointment_type_id=clinic.type_ids["video"],
        business_id=clinic.business_id,
        starts_at=local(first, time(18, 0)),
    )
    assert without, "the clinic has appointments of a type without telehealth"
    # Meanwhile, at the desk: a booking and a cancel, waiting in the outbox.
    local_start = local(second, time(19, 30))
    booking = (clinic.practitioner_ids[2], clinic.patient_ids[5], local_start)
    _book_and_cancel_at_the_desk(frontdesk, clinic, booking, cancel=without[-1])
    before = len(emulator.requests)

    summary = frontdesk.synced(emulator)

    assert (summary["deleted"], summary["pushed"], summary["failed"]) == (1, 2, 0)
    writes = [(r.method, r.status) for r in emulator.requests[before:] if r.method != "GET"]
    assert writes == [("POST", 201), ("PATCH", 204)]
    created = [
        row
        for row in store.live_appointments()
        if (row["practitioner_id"], row["patient_id"], row["starts_at"]) == booking
    ]
    assert len(created) == 1
    desk_cancelled = store.get("individual_appointments", without[-1])
    assert desk_cancelled is not None
    assert desk_cancelled["cancellation_reason"] == 40
    day_one, day_two = frontdesk.agendas((first, ()), (second, ()))
    assert_agenda_matches(day_one, expected_agenda(store, first))
    assert_agenda_matches(day_two, expected_agenda(store, second))
    listed = {item["id"]: item for item in day_one + day_two}
    assert listed[created[0]["id"]]["pending_sync"] is False
    assert deleted not in listed
    assert listed[cancelled]["status"] == "cancelled"
    assert datetime.fromisoformat(listed[moved]["starts_at"]) == new_start
    assert listed[added]["patient_link_allowed"] is True
    assert listed[attendee_gone]["patient_link_allowed"] is False
    switched_on = [i for i in without if listed[i]["appointment_type_id"] == standard["id"]]
    assert switched_on
    assert all(listed[i]["telehealth_enabled"] for i in switched_on)
    # The second run asked for changes only: every appointment-side list was filtered by updated_at.
    for request in emulator.requests[first_sync_requests:]:
        if request.method == "GET" and request.path in _INCREMENTAL_LISTS:
            filters = request.filters()
            if request.path == "/v1/unavailable_blocks" and any(f.startswith("starts_at:") for f in filters):
                continue  # the re-read of recent blocks, for deletions this server cannot list
            assert any(f.startswith("updated_at:>") for f in filters), request
    # Nothing changed since: a third run pulls nothing.
    again = frontdesk.synced(emulator)
    assert (again["pulled"], again["deleted"], again["skipped"]) == (0, 0, 0)

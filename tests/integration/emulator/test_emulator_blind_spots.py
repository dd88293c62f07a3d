"""Where the documentation's latitude meets the engine's assumptions: times shown to the whole second, and
deletions of records whose deleted list the documentation does not name.
"""

from __future__ import annotations

from datetime import timedelta

from emulator_cli import Frontdesk, StartEmulator
from emulator_expectations import assert_agenda_matches, expected_agenda

from tests.emulator import EmulatorStore
from tests.emulator.clinic import seed_clinic


def test_an_edit_in_the_same_second_as_the_last_sync_is_not_lost(
    start_emulator: StartEmulator, frontdesk: Frontdesk
) -> None:
    # The documentation writes times as `2024-08-30T18:00:00Z`: a server may show whole seconds only,
    # while `updated_at` still moves on every edit (it just may not show, within one second).
    store = EmulatorStore()
    clinic = seed_clinic(store, days=1)
    emulator = start_emulator(store, time_style="seconds")
    booked = next(row for row in store.live_appointments() if row["cancelled_at"] is None)
    store.clock.advance(timedelta(seconds=1) - timedelta(microseconds=store.clock.now.microsecond))
    store.update("individual_appointments", booked["id"], notes="Confirmed by SMS")
    frontdesk.synced(emulator)

    # Marked arrived a moment later, within the same second as the version the desk already has.
    store.update("individual_appointments", booked["id"], patient_arrived=True)
    frontdesk.synced(emulator)

    day = clinic.days[0]
    items = frontdesk.agenda(day)
    assert {item["id"]: item["status"] for item in items}[booked["id"]] == "arrived"
    assert_agenda_matches(items, expected_agenda(store, day))


def test_a_block_deleted_on_the_server_stops_warning(
    start_emulator: StartEmulator, frontdesk: Frontdesk
) -> None:
    # The documentation names `GET /unavailable_blocks` only: a deleted block just stops being listed.
    store = EmulatorStore()
    seed_clinic(store, days=1)
    emulator = start_emulator(store)
    frontdesk.synced(emulator)
    block = store.rows("unavailable_blocks")[0]
    store.remove("unavailable_blocks", block["id"])

    frontdesk.synced(emulator)

    categories = frontdesk.warning_categories(block["practitioner_id"], block["starts_at"], block["ends_at"])
    assert "practitioner_unavailable" not in categories

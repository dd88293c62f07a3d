"""`frontdesk sync` and `frontdesk agenda` against the independent emulator: a first sync brings exactly
the emulator's data (appointments, statuses, types, links, unavailable blocks), and every request is the
kind the documentation asks for.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from emulator_cli import Frontdesk, StartEmulator
from emulator_expectations import assert_agenda_matches, expected_agenda

from tests.emulator import ClinikoEmulator, EmulatorStore
from tests.emulator.clinic import seed_clinic
from tests.emulator.store import CLINIC_HOST

PROPER_USER_AGENT = re.compile(r".+ \(\S+@\S+\)")
UNDOCUMENTED_LISTS = ("/v1/attendees/deleted", "/v1/unavailable_blocks/deleted")


def test_a_first_sync_brings_exactly_the_emulators_calendar(
    start_emulator: StartEmulator, frontdesk: Frontdesk
) -> None:
    store = EmulatorStore()
    clinic = seed_clinic(store, days=2)
    emulator = start_emulator(store)

    result = frontdesk.sync(emulator)

    assert result.returncode == 0, result.stderr
    summary = result.json()
    assert (summary["pushed"], summary["failed"], summary["skipped"]) == (0, 0, 0)
    assert summary["requests"] == len(emulator.requests)
    assert CLINIC_HOST not in result.stderr + result.stdout, "a telehealth link reached the output"
    first, second = clinic.days
    legacy_practitioner, other = clinic.practitioner_ids[0], clinic.practitioner_ids[2]
    block = store.rows("unavailable_blocks")[0]
    *agendas, warned = frontdesk.run_all(
        frontdesk.agenda_command(first),
        frontdesk.agenda_command(second),
        frontdesk.agenda_command(second, "--practitioner", legacy_practitioner, "--practitioner", other),
        frontdesk.agenda_command(first, "--tz", "UTC"),
        # A booking inside an unavailable block is warned about: the block reached the cache.
        frontdesk.conflicts_command(block["practitioner_id"], block["starts_at"], block["ends_at"]),
    )
    day_one, day_two, some, in_utc = (list(result.json()) for result in agendas)
    assert_agenda_matches(day_one, expected_agenda(store, first))
    assert_agenda_matches(day_two, expected_agenda(store, second))
    assert_agenda_matches(some, expected_agenda(store, second, practitioner_ids={legacy_practitioner, other}))
    assert_agenda_matches(in_utc, expected_agenda(store, first, zone=ZoneInfo("UTC")))
    assert "practitioner_unavailable" in {warning["category"] for warning in warned.json()}
    # The calendar has every status, an archived type's appointment, and links both allowed and not.
    statuses = {item["status"] for item in day_one + day_two}
    assert statuses == {"booked", "arrived", "did_not_arrive", "cancelled"}
    assert clinic.type_ids["retired"] in {item["appointment_type_id"] for item in day_one + day_two}
    assert {item["patient_link_allowed"] for item in day_one + day_two} == {True, False}
    _assert_requests_are_documented(emulator)


def _assert_requests_are_documented(emulator: ClinikoEmulator) -> None:
    """Every request authenticated, identified, asking for JSON, within the page size; every list read."""
    assert emulator.requests
    for request in emulator.requests:
        assert request.key_accepted, request.path
        assert request.user_agent is not None
        assert PROPER_USER_AGENT.fullmatch(request.user_agent)
        assert request.accept is not None
        assert "application/json" in request.accept
        assert request.method == "GET"
        per_page = request.param("per_page")
        assert per_page is None or 1 <= int(per_page) <= 100
        # Deleted lists the summary does not name may be tried (once), and are answered 404.
        expected = 404 if request.path in UNDOCUMENTED_LISTS else 200
        assert request.status == expected, (request.path, request.status)
    paths = [request.path for request in emulator.requests]
    assert all(paths.count(path) <= 1 for path in UNDOCUMENTED_LISTS)
    for path in (
        "/v1/individual_appointments",
        "/v1/individual_appointments/cancelled",
        "/v1/individual_appointments/deleted",
        "/v1/attendees",
        "/v1/unavailable_blocks",
        "/v1/appointment_types/archived",
    ):
        assert path in paths


def test_a_wrong_key_exits_2_and_names_the_region_without_echoing_the_key(
    start_emulator: StartEmulator, frontdesk: Frontdesk
) -> None:
    store = EmulatorStore()
    seed_clinic(store, days=1)
    emulator = start_emulator(store)
    wrong_key = "WRONGkeyTHATisNOTtheEMULATORSxyz-au2"

    result = frontdesk.sync(emulator, api_key=wrong_key)

    assert result.returncode == 2, result.stderr
    assert "region" in result.stderr
    assert wrong_key not in result.stderr + result.stdout
    assert [request.status for request in emulator.requests] == [401]

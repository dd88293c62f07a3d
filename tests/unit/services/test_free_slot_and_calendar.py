"""Find next free slot over cached data, and the calendar's one-call window read."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from app.services import appointment_status, calendar_service, free_slot_service
from app.services.errors import InvalidRequest
from app.services.free_slot_service import FreeSlot
from app.services.settings import WorkspaceSettings
from app.services.workspace import ClinicWorkspace
from app.store import bulk
from tests.support.clinic_builder import Clock, tuesday

from .clinic_data import CLINIC, book_bob_with_alan_at_four, make_appointment


def test_the_next_slot_skips_appointments_and_blocks(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(9)
    found = free_slot_service.next_free_slot(
        workspace, appointment_type_id=CLINIC.initial, practitioner_ids=[CLINIC.grace]
    )
    # 09:00-09:30 Ada, 10:00-10:45 Bob: 45 minutes first fit at 10:45; lunch is 12-13.
    assert found == FreeSlot(CLINIC.grace, tuesday(10.75), tuesday(11.5))


def test_any_practitioner_takes_the_earliest(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(9)
    found = free_slot_service.next_free_slot(workspace, duration=timedelta(minutes=30))
    assert found == FreeSlot(CLINIC.alan, tuesday(9), tuesday(9.5))


def test_buffer_setting_keeps_a_gap(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(9)
    workspace.update_settings(WorkspaceSettings(buffer=timedelta(minutes=15)))
    found = free_slot_service.next_free_slot(
        workspace, duration=timedelta(minutes=30), practitioner_ids=[CLINIC.grace]
    )
    assert found == FreeSlot(CLINIC.grace, tuesday(11), tuesday(11.5))


def test_a_fully_booked_week_moves_the_search_on(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(8)
    # Alan booked solid 08:00-18:00 on the ten weekdays from Tuesday.
    starts = [tuesday(8) + timedelta(days=n) for n in range(14)]
    busy = [
        make_appointment(
            str(9000 + n), starts_at=start, ends_at=start + timedelta(hours=10), practitioner_id=CLINIC.alan
        )
        for n, start in enumerate(starts)
        if start.weekday() < 5
    ]
    with workspace.writing() as session:
        bulk.upsert_appointments(session, busy)
    found = free_slot_service.next_free_slot(
        workspace, duration=timedelta(minutes=30), practitioner_ids=[CLINIC.alan]
    )
    assert len(busy) == 10
    assert found is not None
    assert found.starts_at == tuesday(8) + timedelta(days=14)  # the Tuesday two weeks on


def test_a_type_or_a_length_is_needed(workspace: ClinicWorkspace) -> None:
    with pytest.raises(InvalidRequest):
        free_slot_service.next_free_slot(workspace, practitioner_ids=[CLINIC.grace])


def test_calendar_window_gives_everything_the_view_draws(workspace: ClinicWorkspace) -> None:
    appointment_status.mark_arrived(workspace, CLINIC.initial_bob)
    booked = book_bob_with_alan_at_four(workspace)
    data = calendar_service.calendar_window(workspace, tuesday(0), tuesday(24))
    assert [p.id for p in data.practitioners] == [CLINIC.grace, CLINIC.alan]  # active only, by last name
    assert set(data.appointment_types) == {CLINIC.video, CLINIC.initial, CLINIC.group, CLINIC.archived}
    assert [a.id for a in data.appointments] == [
        CLINIC.video_ada,
        CLINIC.initial_bob,
        CLINIC.cancelled_ada,
        CLINIC.video_bob_no_link,
        booked.id,
    ]
    assert [b.id for b in data.blocks] == [CLINIC.lunch]
    assert data.pending_ids == frozenset({CLINIC.initial_bob, booked.id})
    assert data.zone.key == "Europe/London"
    only_grace = calendar_service.calendar_window(workspace, tuesday(0), tuesday(24), [CLINIC.grace])
    assert {a.practitioner_id for a in only_grace.appointments} == {CLINIC.grace}


def test_calendar_window_sees_practitioners_types_and_business_the_sync_writes(
    workspace: ClinicWorkspace,
) -> None:
    """The calendar keeps this reference data between calls, until the store says it changed."""
    first = calendar_service.calendar_window(workspace, tuesday(0), tuesday(24))
    again = calendar_service.calendar_window(workspace, tuesday(0), tuesday(24))
    assert again.practitioners == first.practitioners
    grace = next(p for p in first.practitioners if p.id == CLINIC.grace)
    initial = first.appointment_types[CLINIC.initial]
    assert first.business is not None
    later = (grace.updated_at or tuesday(0)) + timedelta(days=1)
    with workspace.writing() as session:
        bulk.upsert_practitioners(session, [replace(grace, last_name="Renamed", updated_at=later)])
    renamed = calendar_service.calendar_window(workspace, tuesday(0), tuesday(24))
    assert "Renamed" in [p.last_name for p in renamed.practitioners]
    with workspace.writing() as session:
        bulk.upsert_appointment_types(session, [replace(initial, name="First visit", updated_at=later)])
    assert (
        calendar_service.calendar_window(workspace, tuesday(0), tuesday(24))
        .appointment_types[CLINIC.initial]
        .name
        == "First visit"
    )
    with workspace.writing() as session:
        moved = replace(first.business, time_zone_identifier="Australia/Perth", updated_at=later)
        bulk.upsert_businesses(session, [moved])
    assert calendar_service.calendar_window(workspace, tuesday(0), tuesday(24)).zone.key == "Australia/Perth"

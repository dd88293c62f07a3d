"""Reading the next calendar window ahead: handed out only while the cache is exactly as it was read."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from app.services import calendar_service
from app.services.workspace import ClinicWorkspace
from tests.support.clinic_builder import tuesday

from .clinic_data import CLINIC, book_bob_with_alan_at_four


def _week_after() -> tuple[datetime, datetime]:
    return tuesday(0) + timedelta(days=7), tuesday(0) + timedelta(days=14)


def test_a_window_read_ahead_is_handed_out_without_reading_again(workspace: ClinicWorkspace) -> None:
    start, end = tuesday(0), tuesday(24)
    first, second = (calendar_service.calendar_window(workspace, start, end) for _ in range(2))
    assert first is not second, "without a read-ahead every call reads"
    assert calendar_service.prefetch_calendar_window(workspace, start, end, [CLINIC.grace])
    held = calendar_service.calendar_window(workspace, start, end, [CLINIC.grace])
    assert calendar_service.calendar_window(workspace, start, end, [CLINIC.grace]) is held
    assert [a.practitioner_id for a in held.appointments] == [CLINIC.grace] * len(held.appointments)
    # Another window, or other practitioners, is a read of its own.
    everyone = calendar_service.calendar_window(workspace, start, end)
    assert everyone is not held
    assert {a.practitioner_id for a in everyone.appointments} == {CLINIC.grace, CLINIC.alan}


def test_a_booking_made_after_the_read_ahead_is_shown(workspace: ClinicWorkspace) -> None:
    start, end = tuesday(0), tuesday(24)
    calendar_service.prefetch_calendar_window(workspace, start, end)
    booked = book_bob_with_alan_at_four(workspace)
    data = calendar_service.calendar_window(workspace, start, end)
    assert booked.id in [a.id for a in data.appointments]
    assert booked.id in data.pending_ids


def test_another_programs_write_after_the_read_ahead_is_shown(workspace: ClinicWorkspace) -> None:
    start, end = tuesday(0), tuesday(24)
    calendar_service.prefetch_calendar_window(workspace, start, end)
    held = calendar_service.calendar_window(workspace, start, end)
    path = workspace.database.path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None)
    try:  # e.g. `frontdesk sync` run from a terminal while the app is open
        other.execute(
            "UPDATE appointments SET patient_name = 'Renamed elsewhere' WHERE id = ?", (CLINIC.video_ada,)
        )
    finally:
        other.close()
    fresh = calendar_service.calendar_window(workspace, start, end)
    assert fresh is not held
    assert "Renamed elsewhere" in [a.patient_name for a in fresh.appointments]


def test_reading_ahead_a_window_already_held_reads_nothing_more(workspace: ClinicWorkspace) -> None:
    start, end = _week_after()
    assert calendar_service.prefetch_calendar_window(workspace, start, end)
    held = calendar_service.calendar_window(workspace, start, end)
    assert calendar_service.prefetch_calendar_window(workspace, start, end)
    assert calendar_service.calendar_window(workspace, start, end) is held

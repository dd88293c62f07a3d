"""Which hours the calendar shows (`display_hours`) and where entries sharing a moment land (layout)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

from app.domain.entities import Appointment, Business, OpeningHours
from app.ui.calendar.calendar_layout import layout_content
from app.ui.calendar.calendar_model import CalendarContent
from app.ui.calendar_navigation import display_hours

from .calendar_builders import DAY, SYDNEY, at, day_columns, entry

NEXT_DAY = DAY + timedelta(days=1)
CLINIC = Business(
    id="b1",
    name="Clinic",
    time_zone_identifier="Australia/Sydney",
    opening_hours=(OpeningHours(1, time(9), time(17)),),
)


def _appointment(appointment_id: str, hour: int, minutes: int, day: date = DAY) -> Appointment:
    start = at(day, hour)
    return Appointment(
        id=appointment_id,
        starts_at=start,
        ends_at=start + timedelta(minutes=minutes),
        practitioner_id="p1",
        appointment_type_id="t1",
        business_id="b1",
    )


def test_opening_hours_with_an_hour_either_side_when_nothing_falls_outside() -> None:
    shown = [_appointment("a", 10, 30), _appointment("b", 10, 30)]
    assert display_hours(CLINIC, shown, SYDNEY, [DAY]) == (time(8), time(18))


def test_hours_widen_to_every_appointment_shown_and_ignore_other_days() -> None:
    shown = [
        _appointment("early", 6, 30),
        _appointment("late", 19, 45),  # ends 19:45: the last row is 20:00
        _appointment("same-times-again", 19, 45),
        _appointment("other-day", 3, 30, NEXT_DAY),
    ]
    assert display_hours(CLINIC, shown, SYDNEY, [DAY]) == (time(6), time(20))
    assert display_hours(CLINIC, shown, SYDNEY, [DAY, NEXT_DAY]) == (time(3), time(20))


def test_an_appointment_running_past_midnight_shows_the_whole_evening() -> None:
    assert display_hours(None, [_appointment("night", 23, 90)], SYDNEY, [DAY]) == (time(7), time(0))


def test_a_moment_shared_by_two_days_is_measured_from_each_column_s_own_midnight() -> None:
    """One object for midnight ends Tuesday's last entry and starts Wednesday's first."""
    midnight = at(NEXT_DAY, 0)
    ending = replace(entry("ending", DAY.isoformat(), midnight - timedelta(hours=1), 60), ends_at=midnight)
    starting = entry("starting", NEXT_DAY.isoformat(), midnight, 60)
    assert ending.ends_at is starting.starts_at
    week = CalendarContent(
        columns=day_columns(DAY, NEXT_DAY),
        entries=(ending, starting),
        zone=SYDNEY,
        day_start=time(0),
        day_end=time(0),
    )
    layout = layout_content(week)
    assert (layout.by_id["ending"].start_minute, layout.by_id["ending"].end_minute) == (23 * 60, 24 * 60)
    assert (layout.by_id["starting"].start_minute, layout.by_id["starting"].end_minute) == (0, 60)

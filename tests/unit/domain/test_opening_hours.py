"""Opening hours as UTC windows in the business's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from app.domain.entities import OpeningHours
from app.domain.opening_hours import DEFAULT_CLINIC_HOURS, opening_windows, periods_on, within_opening_hours

from .builders import NEW_YORK, SYDNEY, sydney


def test_default_clinic_day_is_eight_to_six_monday_to_friday() -> None:
    assert {p.weekday for p in DEFAULT_CLINIC_HOURS} == {0, 1, 2, 3, 4}
    assert {(p.opens, p.closes) for p in DEFAULT_CLINIC_HOURS} == {(time(8), time(18))}


def test_malformed_periods_are_ignored_and_midnight_closes_the_day() -> None:
    hours = (
        OpeningHours(0, time(18), time(9)),
        OpeningHours(0, time(20), time(0)),
        OpeningHours(0, time(9), time(12)),
    )
    assert [(p.opens, p.closes) for p in periods_on(hours, 0)] == [(time(9), time(12)), (time(20), time(0))]
    windows = opening_windows(hours, SYDNEY, date(2026, 1, 5), date(2026, 1, 5))
    assert windows == [
        (sydney(2026, 1, 5, 9), sydney(2026, 1, 5, 12)),
        (sydney(2026, 1, 5, 20), sydney(2026, 1, 6, 0)),
    ]


def test_adjoining_periods_merge_across_midnight() -> None:
    always = tuple(OpeningHours(d, time(0), time(0)) for d in range(7))
    windows = opening_windows(always, SYDNEY, date(2026, 1, 5), date(2026, 1, 7))
    assert windows == [(sydney(2026, 1, 5, 0), sydney(2026, 1, 8, 0))]
    assert within_opening_hours(sydney(2026, 1, 5, 23), sydney(2026, 1, 6, 1), always, SYDNEY)


def test_within_opening_hours() -> None:
    hours = DEFAULT_CLINIC_HOURS
    assert within_opening_hours(sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 18), hours, SYDNEY)
    assert not within_opening_hours(sydney(2026, 1, 5, 7, 59), sydney(2026, 1, 5, 9), hours, SYDNEY)
    assert not within_opening_hours(sydney(2026, 1, 5, 17, 30), sydney(2026, 1, 5, 18, 1), hours, SYDNEY)
    assert not within_opening_hours(sydney(2026, 1, 4, 10), sydney(2026, 1, 4, 11), hours, SYDNEY)
    assert within_opening_hours(sydney(2026, 1, 4, 10), sydney(2026, 1, 4, 11), (), SYDNEY)


def test_opening_hours_follow_the_local_clock_across_dst() -> None:
    """08:00 New York is 13:00 UTC in winter and 12:00 UTC in summer."""
    winter = opening_windows(DEFAULT_CLINIC_HOURS, NEW_YORK, date(2024, 3, 8), date(2024, 3, 8))
    summer = opening_windows(DEFAULT_CLINIC_HOURS, NEW_YORK, date(2024, 3, 11), date(2024, 3, 11))
    assert winter[0][0] == datetime(2024, 3, 8, 13, tzinfo=UTC)
    assert summer[0][0] == datetime(2024, 3, 11, 12, tzinfo=UTC)

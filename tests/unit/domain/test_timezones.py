"""Time zones: UTC storage, business-zone display, DST gaps and overlaps, ISO text."""

from __future__ import annotations

from datetime import UTC as STDLIB_UTC
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from app.domain.errors import InvalidTimestampError, LocalTimeError, NaiveDatetimeError
from app.domain.timezones import (
    UTC,
    business_zone,
    format_iso_utc,
    local_day_bounds,
    local_to_utc,
    parse_iso_utc,
    utc_to_local,
    week_bounds,
    week_start,
)

from .builders import NEW_YORK, SYDNEY, wall


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_business_zone_reads_iana_identifiers() -> None:
    assert business_zone("Australia/Sydney") == SYDNEY
    assert business_zone(" America/New_York ") == NEW_YORK


@pytest.mark.parametrize("identifier", [None, "", "Mars/Olympus", "America", "../etc/passwd", "x" * 300])
def test_business_zone_falls_back_to_utc(identifier: str | None) -> None:
    assert business_zone(identifier) is UTC


def test_local_to_utc_plain_time() -> None:
    assert local_to_utc(wall(2026, 1, 5, 9), SYDNEY) == _utc(2026, 1, 4, 22)


def test_local_to_utc_moves_a_time_in_the_spring_gap_forward() -> None:
    """02:30 on 10 Mar 2024 does not exist in New York; it becomes 03:30 EDT (07:30 UTC)."""
    moved = local_to_utc(wall(2024, 3, 10, 2, 30), NEW_YORK)
    assert moved == _utc(2024, 3, 10, 7, 30)
    assert f"{moved.astimezone(NEW_YORK):%H:%M %Z}" == "03:30 EDT"


def test_local_to_utc_moves_a_time_in_the_sydney_gap_forward() -> None:
    moved = local_to_utc(wall(2024, 10, 6, 2, 15), SYDNEY)
    assert f"{moved.astimezone(SYDNEY):%H:%M}" == "03:15"


def test_local_to_utc_takes_the_first_of_two_ambiguous_times() -> None:
    assert local_to_utc(wall(2024, 11, 3, 1, 30), NEW_YORK) == _utc(2024, 11, 3, 5, 30)
    assert local_to_utc(wall(2024, 11, 3, 1, 30, fold=1), NEW_YORK) == _utc(2024, 11, 3, 5, 30)


def test_local_to_utc_refuses_aware_input() -> None:
    with pytest.raises(LocalTimeError):
        local_to_utc(_utc(2026, 1, 1), SYDNEY)


def test_utc_to_local() -> None:
    local = utc_to_local(_utc(2026, 1, 4, 22), SYDNEY)
    assert (local.hour, local.tzinfo) == (9, SYDNEY)
    with pytest.raises(NaiveDatetimeError):
        utc_to_local(datetime(2026, 1, 4, 22), SYDNEY)  # noqa: DTZ001


@pytest.mark.parametrize(
    ("zone", "day", "hours"),
    [
        (SYDNEY, date(2024, 10, 6), 23),
        (SYDNEY, date(2024, 4, 7), 25),
        (NEW_YORK, date(2024, 3, 10), 23),
        (NEW_YORK, date(2024, 11, 3), 25),
        (NEW_YORK, date(2024, 7, 1), 24),
    ],
)
def test_local_day_bounds_have_23_and_25_hour_days(zone: ZoneInfo, day: date, hours: int) -> None:
    start, end = local_day_bounds(day, zone)
    assert end - start == timedelta(hours=hours)
    assert start.astimezone(zone).replace(tzinfo=None) == datetime.combine(day, datetime.min.time())
    assert end == local_day_bounds(day + timedelta(days=1), zone)[0]


def test_week_bounds_monday_first_and_sunday_first() -> None:
    wednesday = date(2026, 1, 7)
    assert week_start(wednesday) == date(2026, 1, 5)
    assert week_start(wednesday, first_weekday=6) == date(2026, 1, 4)
    start, end = week_bounds(wednesday, SYDNEY)
    assert (start, end) == (_utc(2026, 1, 4, 13), _utc(2026, 1, 11, 13))
    with pytest.raises(LocalTimeError):
        week_start(wednesday, first_weekday=7)


def test_week_bounds_across_a_dst_change_are_167_hours() -> None:
    start, end = week_bounds(date(2024, 10, 6), SYDNEY)
    assert end - start == timedelta(hours=167)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-08-30T18:00:00Z", _utc(2024, 8, 30, 18)),
        ("2024-08-30T18:00:00+00:00", _utc(2024, 8, 30, 18)),
        ("2024-08-31T04:00:00+10:00", _utc(2024, 8, 30, 18)),
        ("2024-08-30T18:00:00.250Z", _utc(2024, 8, 30, 18, 0, 0, 250000)),
    ],
)
def test_parse_iso_utc_accepts_z_and_offsets(text: str, expected: datetime) -> None:
    parsed = parse_iso_utc(text)
    assert parsed == expected
    assert parsed.utcoffset() == timedelta(0)


@pytest.mark.parametrize("text", ["2024-08-30T18:00:00", "yesterday", "", "2024-13-01T00:00:00Z"])
def test_parse_iso_utc_rejects_naive_and_malformed_text(text: str) -> None:
    with pytest.raises(InvalidTimestampError) as raised:
        parse_iso_utc(text)
    assert isinstance(raised.value, ValueError)


def test_format_iso_utc() -> None:
    assert format_iso_utc(_utc(2024, 8, 30, 18)) == "2024-08-30T18:00:00Z"
    assert format_iso_utc(datetime(2024, 8, 31, 4, tzinfo=timezone(timedelta(hours=10)))) == (
        "2024-08-30T18:00:00Z"
    )
    assert (
        format_iso_utc(datetime(2024, 8, 30, 18, 0, 0, 5, tzinfo=STDLIB_UTC)) == "2024-08-30T18:00:00.000005Z"
    )
    with pytest.raises(NaiveDatetimeError):
        format_iso_utc(datetime(2024, 8, 30, 18))  # noqa: DTZ001


def test_iso_round_trip() -> None:
    moment = _utc(2031, 2, 3, 4, 5, 6)
    assert parse_iso_utc(format_iso_utc(moment)) == moment

"""Repeating appointments: daily/weekly expansion on the local wall clock, DST-safe, and Cliniko's shape."""

from __future__ import annotations

from datetime import UTC as STDLIB_UTC
from datetime import datetime, timedelta

import pytest

from app.domain.errors import DomainError, InvalidRepeatRuleError, NaiveDatetimeError
from app.domain.recurrence import (
    RepeatFrequency,
    RepeatRule,
    expand_occurrences,
    from_cliniko_repeat_rule,
    to_cliniko_repeat_rule,
)
from app.domain.timezones import UTC, local_to_utc

from .builders import NEW_YORK, SYDNEY, wall


def _utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def _local_clock(occurrences: list[tuple[datetime, datetime]], zone: object) -> list[str]:
    return [f"{start.astimezone(zone):%Y-%m-%d %H:%M}" for start, _ in occurrences]  # type: ignore[arg-type]


def test_first_occurrence_is_the_given_one() -> None:
    start = _utc(2026, 1, 5, 22)
    occurrences = expand_occurrences(start, start + timedelta(minutes=45), RepeatRule("weekly", 1, 3), SYDNEY)
    assert occurrences[0] == (start, start + timedelta(minutes=45))
    assert len(occurrences) == 3


def test_single_occurrence_when_count_is_one() -> None:
    start = _utc(2026, 1, 5, 22)
    end = start + timedelta(hours=1)
    assert expand_occurrences(start, end, RepeatRule(RepeatFrequency.DAILY), SYDNEY) == [(start, end)]


def test_weekly_with_interval_skips_weeks() -> None:
    start = local_to_utc(wall(2026, 2, 3, 11), SYDNEY)  # a Tuesday, away from DST changes
    occurrences = expand_occurrences(start, start + timedelta(minutes=30), RepeatRule("weekly", 2, 3), SYDNEY)
    assert _local_clock(occurrences, SYDNEY) == ["2026-02-03 11:00", "2026-02-17 11:00", "2026-03-03 11:00"]


def test_daily_with_interval() -> None:
    start = _utc(2026, 6, 1, 14)
    occurrences = expand_occurrences(start, start + timedelta(minutes=30), RepeatRule("daily", 3, 4), UTC)
    assert [s for s, _ in occurrences] == [start + timedelta(days=3 * i) for i in range(4)]


def test_results_are_utc_and_keep_the_duration() -> None:
    start = datetime(2026, 3, 2, 9, tzinfo=NEW_YORK)
    occurrences = expand_occurrences(
        start, start + timedelta(minutes=50), RepeatRule("weekly", 1, 4), NEW_YORK
    )
    for s, e in occurrences:
        assert s.utcoffset() == timedelta(0)
        assert e - s == timedelta(minutes=50)


def test_weekly_stays_at_local_time_across_sydney_dst_start() -> None:
    """Sydney moves from +10 to +11 on Sunday 6 Oct 2024: 09:00 stays 09:00, UTC moves an hour earlier."""
    start = local_to_utc(wall(2024, 9, 30, 9), SYDNEY)
    occurrences = expand_occurrences(start, start + timedelta(hours=1), RepeatRule("weekly", 1, 3), SYDNEY)
    assert _local_clock(occurrences, SYDNEY) == ["2024-09-30 09:00", "2024-10-07 09:00", "2024-10-14 09:00"]
    assert [s for s, _ in occurrences] == [
        _utc(2024, 9, 29, 23),
        _utc(2024, 10, 6, 22),
        _utc(2024, 10, 13, 22),
    ]


def test_weekly_stays_at_local_time_across_sydney_dst_end() -> None:
    start = local_to_utc(wall(2024, 4, 1, 9), SYDNEY)
    occurrences = expand_occurrences(start, start + timedelta(hours=1), RepeatRule("weekly", 1, 2), SYDNEY)
    assert [s for s, _ in occurrences] == [_utc(2024, 3, 31, 22), _utc(2024, 4, 7, 23)]


def test_weekly_stays_at_local_time_across_new_york_dst_changes() -> None:
    spring = local_to_utc(wall(2024, 3, 8, 9), NEW_YORK)
    occurrences = expand_occurrences(
        spring, spring + timedelta(hours=1), RepeatRule("weekly", 1, 2), NEW_YORK
    )
    assert [s for s, _ in occurrences] == [_utc(2024, 3, 8, 14), _utc(2024, 3, 15, 13)]
    autumn = local_to_utc(wall(2024, 11, 1, 9), NEW_YORK)
    occurrences = expand_occurrences(
        autumn, autumn + timedelta(hours=1), RepeatRule("weekly", 1, 2), NEW_YORK
    )
    assert [s for s, _ in occurrences] == [_utc(2024, 11, 1, 13), _utc(2024, 11, 8, 14)]


def test_daily_start_inside_the_spring_forward_gap_moves_forward() -> None:
    """02:30 does not exist on 10 Mar 2024 in New York: that day's instance is at 03:30 EDT."""
    start = local_to_utc(wall(2024, 3, 9, 2, 30), NEW_YORK)
    occurrences = expand_occurrences(
        start, start + timedelta(minutes=30), RepeatRule("daily", 1, 3), NEW_YORK
    )
    assert _local_clock(occurrences, NEW_YORK) == ["2024-03-09 02:30", "2024-03-10 03:30", "2024-03-11 02:30"]


def test_daily_start_inside_the_fall_back_overlap_takes_the_first() -> None:
    """01:30 happens twice on 3 Nov 2024 in New York: the instance takes the first (EDT, 05:30 UTC)."""
    start = local_to_utc(wall(2024, 11, 2, 1, 30), NEW_YORK)
    occurrences = expand_occurrences(
        start, start + timedelta(minutes=30), RepeatRule("daily", 1, 2), NEW_YORK
    )
    assert occurrences[1][0] == _utc(2024, 11, 3, 5, 30)


def test_expansion_accepts_any_aware_zone_and_rejects_naive() -> None:
    aware = datetime(2026, 1, 5, 9, tzinfo=STDLIB_UTC)
    assert expand_occurrences(aware, aware + timedelta(hours=1), RepeatRule("daily", 1, 2), UTC)[1][0] == (
        aware + timedelta(days=1)
    )
    naive = datetime(2026, 1, 5, 9)  # noqa: DTZ001
    with pytest.raises(NaiveDatetimeError):
        expand_occurrences(naive, naive + timedelta(hours=1), RepeatRule("daily", 1, 2), UTC)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"frequency": "monthly"}, "'daily' or 'weekly'"),
        ({"frequency": "weekly", "interval": 0}, "interval must be between 1 and 52"),
        ({"frequency": "weekly", "interval": 53}, "interval must be between 1 and 52"),
        ({"frequency": "weekly", "count": 0}, "count must be between 1 and 260"),
        ({"frequency": "weekly", "count": 261}, "count must be between 1 and 260"),
        ({"frequency": "weekly", "count": True}, "whole number"),
        ({"frequency": "weekly", "interval": 1.5}, "whole number"),
    ],
)
def test_repeat_rule_rejects_values_outside_the_limits(kwargs: dict[str, object], words: str) -> None:
    with pytest.raises(InvalidRepeatRuleError, match=words) as raised:
        RepeatRule(**kwargs)  # type: ignore[arg-type]
    assert isinstance(raised.value, ValueError)
    assert isinstance(raised.value, DomainError)


def test_repeat_rule_limits_are_inclusive_and_text_frequency_is_accepted() -> None:
    rule = RepeatRule("daily", interval=52, count=260)  # type: ignore[arg-type]
    assert rule.frequency is RepeatFrequency.DAILY
    assert RepeatRule(RepeatFrequency.WEEKLY, 1, 1).repeats is False


def test_cliniko_repeat_rule_round_trip() -> None:
    rule = RepeatRule(RepeatFrequency.WEEKLY, interval=2, count=5)
    wire = to_cliniko_repeat_rule(rule)
    assert wire == {"repeat_type": "weekly", "repeating_interval": 2, "number_of_repeats": 5}
    assert from_cliniko_repeat_rule(wire) == rule


def test_cliniko_repeat_rule_none_when_not_repeating() -> None:
    assert to_cliniko_repeat_rule(None) is None
    assert to_cliniko_repeat_rule(RepeatRule(RepeatFrequency.DAILY, 1, 1)) is None
    for wire in (
        None,
        {},
        "",
        "{}",
        {"repeat_type": None},
        {"repeat_type": "weekly", "number_of_repeats": 0},
    ):
        assert from_cliniko_repeat_rule(wire) is None  # type: ignore[arg-type]


def test_cliniko_repeat_rule_accepts_json_text_and_capitalised_types() -> None:
    text = '{"repeat_type": "Daily", "repeating_interval": 1, "number_of_repeats": 5}'
    assert from_cliniko_repeat_rule(text) == RepeatRule(RepeatFrequency.DAILY, 1, 5)


@pytest.mark.parametrize("wire", ["not json", "[1, 2]", {"repeat_type": "yearly", "number_of_repeats": 3}])
def test_cliniko_repeat_rule_rejects_malformed_input(wire: object) -> None:
    with pytest.raises(InvalidRepeatRuleError):
        from_cliniko_repeat_rule(wire)  # type: ignore[arg-type]

"""Wording helpers used in warnings and reasons."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from app.domain.formatting import format_day, format_duration, format_range, join_words

from .builders import SYDNEY, sydney


@pytest.mark.parametrize(
    ("span", "text"),
    [
        (timedelta(0), "0 min"),
        (timedelta(minutes=5, seconds=59), "5 min"),
        (timedelta(hours=1), "1 h"),
        (timedelta(hours=2, minutes=5), "2 h 5 min"),
        (timedelta(minutes=-3), "0 min"),
    ],
)
def test_format_duration(span: timedelta, text: str) -> None:
    assert format_duration(span) == text


def test_format_day_is_english_whatever_the_locale() -> None:
    assert format_day(date(2026, 1, 5)) == "Mon 5 Jan"
    assert format_day(date(2027, 12, 26), with_year=True) == "Sun 26 Dec 2027"


def test_format_range_in_zone() -> None:
    start = sydney(2026, 1, 5, 9)
    assert format_range(start, start + timedelta(minutes=30), SYDNEY) == "09:00-09:30"
    assert (
        format_range(start, start + timedelta(minutes=30), SYDNEY, with_day=True) == "Mon 5 Jan 09:00-09:30"
    )


@pytest.mark.parametrize(
    ("items", "text"),
    [
        ([], ""),
        (["a"], "a"),
        (["a", "b"], "a and b"),
        (["a", "b", "c"], "a, b and c"),
        (["a", "b", "c", "d", "e"], "a, b, c and 2 more"),
    ],
)
def test_join_words(items: list[str], text: str) -> None:
    assert join_words(items) == text

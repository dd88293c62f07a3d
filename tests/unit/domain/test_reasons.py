"""Reasons as data: every code has its English wording, and the wording of lists, times and names."""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.reason_english import FIXED, english
from app.domain.reasons import Reason, ReasonCode

from .reason_samples import SAMPLES


@pytest.mark.parametrize("code", list(ReasonCode))
def test_every_code_has_an_english_sentence(code: ReasonCode) -> None:
    text = english(SAMPLES[code])
    assert text.strip() == text
    assert text[:1].isupper() or text[:1].isdigit()
    assert text.endswith(".")
    assert "None" not in text


def test_codes_with_parameters_are_not_fixed_sentences() -> None:
    with_params = {code for code, sample in SAMPLES.items() if sample.params}
    assert not with_params & FIXED.keys()


def test_parameters_are_named_not_ordered_and_reasons_compare_by_value() -> None:
    first = Reason.of(ReasonCode.GROUP_OVER_CAPACITY, type_name="Yoga", max_attendees=6, attendees=7)
    second = Reason.of(ReasonCode.GROUP_OVER_CAPACITY, attendees=7, type_name="Yoga", max_attendees=6)
    assert first == second
    assert len({first, second}) == 1
    assert first.get("missing") is None
    assert first.number("attendees") == 7


def test_lists_name_three_then_count_the_rest() -> None:
    assert english(SAMPLES[ReasonCode.PRACTITIONER_DOUBLE_BOOKED]) == (
        "Dr Grace Hopper is already booked 09:00-09:30 (Ada Lovelace), Tue 6 Jan 10:00-10:45, "
        "09:00-09:30 (Ada Lovelace) and 1 more."
    )


def test_unknown_names_get_a_neutral_phrase() -> None:
    assert english(SAMPLES[ReasonCode.PRACTITIONER_UNAVAILABLE]) == (
        "The practitioner is unavailable 09:00-09:30 and Tue 6 Jan 10:00-10:45."
    )
    assert english(Reason.of(ReasonCode.TELEHEALTH_OFF, type_name=None)) == (
        "Telehealth is off for this appointment type."
    )


def test_opening_hours_to_midnight_read_24_00() -> None:
    assert english(SAMPLES[ReasonCode.OUTSIDE_OPENING_HOURS]) == (
        "This booking (19:00-19:30) is outside City Clinic's opening hours "
        "(08:00-12:00 and 13:00-24:00 on Mondays)."
    )


def test_gaps_say_which_side_and_how_long() -> None:
    assert english(SAMPLES[ReasonCode.BUFFER_TOO_SHORT]) == (
        "Dr Grace Hopper needs 15 min between appointments; this booking leaves "
        "5 min after 09:00-09:30 (Ada Lovelace) and 0 min before Tue 6 Jan 10:00-10:45."
    )


def test_days_carry_the_year_only_when_it_is_another() -> None:
    assert (
        english(SAMPLES[ReasonCode.REPEATS_CLASH]) == "2 of 10 repeats clash: Mon 5 Jan and Mon 4 Jan 2027."
    )


def test_nested_reasons_and_counts() -> None:
    assert (
        english(SAMPLES[ReasonCode.BOOKING_INVALID]) == "Choose a patient. The end must be after the start."
    )
    assert english(Reason.of(ReasonCode.BOOKING_INVALID)) == "The booking is invalid."
    assert english(Reason.of(ReasonCode.BOOKING_HAS_WARNINGS, count=1)) == (
        "The booking has 1 warning; book anyway to save it regardless."
    )
    assert english(Reason.of(ReasonCode.JOIN_OPENS_BEFORE_START, lead=timedelta(hours=1))) == (
        "Join opens 1 h before the start."
    )

"""Conflict warnings about the schedule (categories 1-4 of product.md), one test per rule.

Categories 5, 6, 7 and 9 are in test_conflict_context_rules.py; 8 in test_series_conflicts.py.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from app.domain.conflicts import WarningCategory, detect_conflicts
from app.domain.entities import OpeningHours

from .builders import make_appointment, make_block, make_business, sydney
from .conflict_helpers import HALF_NINE, NINE, NOW, make_context, make_proposal, of, one


def test_clean_booking_has_no_warnings() -> None:
    assert detect_conflicts(make_proposal(), make_context()) == []


# --- 1. practitioner already booked -----------------------------------------------------------------


def test_practitioner_double_booked_when_slots_overlap() -> None:
    other = make_appointment("a7", sydney(2026, 1, 5, 9, 15), sydney(2026, 1, 5, 9, 45), patient_id="pt1")
    warning = one(
        detect_conflicts(make_proposal(), make_context(appointments=[other])),
        WarningCategory.PRACTITIONER_DOUBLE_BOOKED,
    )
    assert warning.message == "Dr Anna Smith is already booked 09:15-09:45 (Jane Doe)."
    assert warning.appointment_ids == ("a7",)


def test_practitioner_double_booked_lists_every_clash_sorted_and_unique() -> None:
    clashes = [
        make_appointment("a9", sydney(2026, 1, 5, 9, 20), patient_name="Bo Li"),
        make_appointment("a10", sydney(2026, 1, 5, 8, 45), patient_name=""),
    ]
    context = make_context(appointments=[*clashes, clashes[0]])
    warning = one(detect_conflicts(make_proposal(), context), WarningCategory.PRACTITIONER_DOUBLE_BOOKED)
    assert warning.appointment_ids == ("a10", "a9")
    assert warning.message == "Dr Anna Smith is already booked 08:45-09:15 and 09:20-09:50 (Bo Li)."


def test_practitioner_double_booked_names_only_three_then_counts() -> None:
    clashes = [make_appointment(f"a{i}", NINE + timedelta(minutes=5 * i), patient_name="") for i in range(5)]
    warning = one(
        detect_conflicts(make_proposal(), make_context(appointments=clashes)),
        WarningCategory.PRACTITIONER_DOUBLE_BOOKED,
    )
    assert warning.message.endswith("and 2 more.")
    assert len(warning.appointment_ids) == 5


@pytest.mark.parametrize(
    ("start", "end"),
    [(sydney(2026, 1, 5, 8, 30), NINE), (HALF_NINE, sydney(2026, 1, 5, 10))],
    ids=["ends as we start", "starts as we end"],
)
def test_touching_appointments_do_not_conflict(start: datetime, end: datetime) -> None:
    neighbour = make_appointment("a2", start, end, patient_id="pt9")
    assert detect_conflicts(make_proposal(), make_context(appointments=[neighbour])) == []


def test_cancelled_appointments_do_not_conflict() -> None:
    cancelled = make_appointment("a2", NINE, patient_id="pt9", cancelled_at=NOW)
    assert (
        detect_conflicts(
            make_proposal(), make_context(appointments=[cancelled], buffer=timedelta(minutes=10))
        )
        == []
    )


def test_deleted_appointments_do_not_conflict() -> None:
    deleted = make_appointment("a2", NINE, patient_id="pt9", deleted_at=NOW)
    assert (
        detect_conflicts(make_proposal(), make_context(appointments=[deleted], buffer=timedelta(minutes=10)))
        == []
    )


def test_did_not_arrive_and_arrived_appointments_still_occupy_the_slot() -> None:
    for flags in ({"did_not_arrive": True}, {"patient_arrived": True}):
        taken = make_appointment("a2", NINE, **flags)
        warnings = detect_conflicts(make_proposal(), make_context(appointments=[taken]))
        assert of(warnings, WarningCategory.PRACTITIONER_DOUBLE_BOOKED)


def test_edited_appointment_is_excluded() -> None:
    """Moving an appointment by ten minutes must not clash with its own old slot."""
    itself = make_appointment("a1", NINE, patient_id="pt9")
    moved = make_proposal(
        NINE + timedelta(minutes=10), HALF_NINE + timedelta(minutes=10), exclude_appointment_id="a1"
    )
    assert detect_conflicts(moved, make_context(appointments=[itself], buffer=timedelta(minutes=15))) == []


def test_series_siblings_marked_for_exclusion_are_ignored() -> None:
    sibling = make_appointment("a5", NINE, patient_id="pt9")
    other = make_appointment("a6", NINE, patient_id="pt1")
    proposal = make_proposal(exclude_appointment_id="a1", exclude_sibling_ids=frozenset({"a5"}))
    warnings = detect_conflicts(proposal, make_context(appointments=[sibling, other]))
    assert [w.appointment_ids for w in warnings] == [("a6",)]


def test_other_practitioners_appointments_do_not_double_book() -> None:
    elsewhere = make_appointment("a2", NINE, practitioner_id="p2", patient_id="pt1")
    assert detect_conflicts(make_proposal(), make_context(appointments=[elsewhere])) == []


# --- 2. practitioner unavailable -------------------------------------------------------------------


def test_practitioner_unavailable_during_unavailable_block() -> None:
    block = make_block("u1", sydney(2026, 1, 5, 9, 15), sydney(2026, 1, 5, 11))
    warning = one(
        detect_conflicts(make_proposal(), make_context(unavailable_blocks=[block])),
        WarningCategory.PRACTITIONER_UNAVAILABLE,
    )
    assert warning.message == "Dr Anna Smith is unavailable 09:15-11:00."
    assert warning.block_ids == ("u1",)
    assert warning.appointment_ids == ()


def test_unavailable_block_touching_or_of_another_practitioner_is_fine() -> None:
    blocks = [
        make_block("u1", sydney(2026, 1, 5, 8), NINE),
        make_block("u2", HALF_NINE, sydney(2026, 1, 5, 12)),
        make_block("u3", NINE, HALF_NINE, practitioner_id="p2"),
    ]
    assert detect_conflicts(make_proposal(), make_context(unavailable_blocks=blocks)) == []


def test_practitioner_unavailable_outside_business_hours() -> None:
    late = make_proposal(sydney(2026, 1, 5, 17, 45), sydney(2026, 1, 5, 18, 15))
    warning = one(detect_conflicts(late, make_context()), WarningCategory.PRACTITIONER_UNAVAILABLE)
    assert warning.message == (
        "This booking (17:45-18:15) is outside Northside Clinic's opening hours (08:00-18:00 on Mondays)."
    )


def test_practitioner_unavailable_on_a_closed_day() -> None:
    sunday = make_proposal(sydney(2026, 1, 4, 10), sydney(2026, 1, 4, 10, 30))
    warning = one(detect_conflicts(sunday, make_context()), WarningCategory.PRACTITIONER_UNAVAILABLE)
    assert warning.message == "Northside Clinic is closed on Sundays."


def test_business_hours_with_a_lunch_break_and_adjoining_periods() -> None:
    hours = (
        OpeningHours(0, time(8), time(12)),
        OpeningHours(0, time(13), time(15)),
        OpeningHours(0, time(15), time(17)),
    )
    context = make_context(business=make_business(opening_hours=hours))
    over_lunch = make_proposal(sydney(2026, 1, 5, 11, 45), sydney(2026, 1, 5, 12, 15))
    across_adjoining = make_proposal(sydney(2026, 1, 5, 14, 45), sydney(2026, 1, 5, 15, 15))
    last_slot = make_proposal(sydney(2026, 1, 5, 16, 30), sydney(2026, 1, 5, 17))
    assert of(detect_conflicts(over_lunch, context), WarningCategory.PRACTITIONER_UNAVAILABLE)
    assert detect_conflicts(across_adjoining, context) == []
    assert detect_conflicts(last_slot, context) == []


def test_business_hours_unknown_say_nothing() -> None:
    sunday_night = make_proposal(sydney(2026, 1, 11, 22), sydney(2026, 1, 11, 23))
    assert detect_conflicts(sunday_night, make_context(business=make_business(opening_hours=()))) == []


def test_business_hours_are_read_in_the_business_zone() -> None:
    """09:00 Monday in Sydney is 22:00 Sunday UTC: inside Sydney's hours, though Sunday in UTC."""
    assert NINE.weekday() == 6  # Sunday, in UTC
    assert (
        of(detect_conflicts(make_proposal(), make_context()), WarningCategory.PRACTITIONER_UNAVAILABLE) == []
    )


# --- 3. patient already booked -----------------------------------------------------------------------


def test_patient_double_booked_elsewhere() -> None:
    elsewhere = make_appointment("a3", sydney(2026, 1, 5, 9, 10), practitioner_id="p2", patient_id="pt9")
    warning = one(
        detect_conflicts(make_proposal(), make_context(appointments=[elsewhere])),
        WarningCategory.PATIENT_DOUBLE_BOOKED,
    )
    assert warning.message == "Jane Doe is already booked 09:10-09:40 with another practitioner."
    assert warning.appointment_ids == ("a3",)


def test_patient_double_booked_with_the_same_practitioner_names_them() -> None:
    same = make_appointment("a3", NINE, patient_id="pt9")
    warnings = detect_conflicts(make_proposal(), make_context(appointments=[same]))
    assert one(warnings, WarningCategory.PATIENT_DOUBLE_BOOKED).message == (
        "Jane Doe is already booked 09:00-09:30 with Dr Anna Smith."
    )
    assert one(warnings, WarningCategory.PRACTITIONER_DOUBLE_BOOKED).appointment_ids == ("a3",)


def test_patient_without_id_is_not_checked() -> None:
    elsewhere = make_appointment("a3", NINE, practitioner_id="p2", patient_id=None)
    assert detect_conflicts(make_proposal(patient_id=None), make_context(appointments=[elsewhere])) == []


# --- 4. buffer too short ------------------------------------------------------------------------------


def test_buffer_too_short_between_appointments() -> None:
    before = make_appointment("a2", sydney(2026, 1, 5, 8, 25), sydney(2026, 1, 5, 8, 55), patient_name="Al")
    after = make_appointment("a3", sydney(2026, 1, 5, 9, 38), patient_name="")
    context = make_context(appointments=[before, after], buffer=timedelta(minutes=10))
    warning = one(detect_conflicts(make_proposal(), context), WarningCategory.BUFFER_TOO_SHORT)
    assert warning.message == (
        "Dr Anna Smith needs 10 min between appointments; "
        "this booking leaves 5 min after 08:25-08:55 (Al) and 8 min before 09:38-10:08."
    )
    assert warning.appointment_ids == ("a2", "a3")


def test_buffer_counts_back_to_back_appointments() -> None:
    touching = make_appointment("a2", HALF_NINE)
    warnings = detect_conflicts(
        make_proposal(), make_context(appointments=[touching], buffer=timedelta(minutes=5))
    )
    assert one(warnings, WarningCategory.BUFFER_TOO_SHORT).appointment_ids == ("a2",)
    assert of(warnings, WarningCategory.PRACTITIONER_DOUBLE_BOOKED) == []


def test_buffer_met_exactly_is_fine() -> None:
    after = make_appointment("a2", HALF_NINE + timedelta(minutes=10))
    assert (
        detect_conflicts(make_proposal(), make_context(appointments=[after], buffer=timedelta(minutes=10)))
        == []
    )


def test_buffer_zero_never_warns() -> None:
    touching = make_appointment("a2", HALF_NINE)
    assert detect_conflicts(make_proposal(), make_context(appointments=[touching], buffer=timedelta(0))) == []


def test_buffer_leaves_overlaps_to_the_double_booking_rule() -> None:
    overlapping = make_appointment("a2", sydney(2026, 1, 5, 9, 10))
    warnings = detect_conflicts(
        make_proposal(), make_context(appointments=[overlapping], buffer=timedelta(minutes=30))
    )
    assert [w.category for w in warnings] == [WarningCategory.PRACTITIONER_DOUBLE_BOOKED]


def test_buffer_ignores_other_practitioners() -> None:
    touching = make_appointment("a2", HALF_NINE, practitioner_id="p2")
    assert (
        detect_conflicts(make_proposal(), make_context(appointments=[touching], buffer=timedelta(minutes=10)))
        == []
    )


def test_business_hours_closing_at_midnight_read_as_24_00() -> None:
    late_opening = (OpeningHours(0, time(8), time(0)),)
    early = make_proposal(sydney(2026, 1, 5, 7), sydney(2026, 1, 5, 7, 30))
    context = make_context(business=make_business(opening_hours=late_opening))
    warning = one(detect_conflicts(early, context), WarningCategory.PRACTITIONER_UNAVAILABLE)
    assert "(08:00-24:00 on Mondays)" in warning.message

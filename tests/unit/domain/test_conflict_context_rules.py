"""Conflict warnings about the booking itself (categories 5, 6, 7, 9); wording, order, input checks."""

from __future__ import annotations

import time as clock
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from app.domain.conflicts import WarningCategory, detect_conflicts
from app.domain.errors import DomainError, NaiveDatetimeError

from .builders import make_appointment, make_block, make_business, make_practitioner, make_type, sydney
from .conflict_helpers import HALF_NINE, NINE, make_context, make_proposal, of, one


def test_group_over_capacity() -> None:
    pilates = make_type(name="Group Pilates", max_attendees=8)
    warnings = detect_conflicts(make_proposal(attendee_count=10), make_context(appointment_type=pilates))
    assert one(warnings, WarningCategory.GROUP_OVER_CAPACITY).message == (
        "Group Pilates takes at most 8 attendees; this booking has 10."
    )


def test_group_at_capacity_is_fine() -> None:
    pilates = make_type(name="Group Pilates", max_attendees=8)
    assert detect_conflicts(make_proposal(attendee_count=8), make_context(appointment_type=pilates)) == []


def test_individual_type_ignores_attendee_count() -> None:
    assert detect_conflicts(make_proposal(attendee_count=3), make_context(appointment_type=make_type())) == []


# --- 6. type not offered ------------------------------------------------------------------------------


def test_type_not_offered_by_practitioner() -> None:
    practitioner = make_practitioner(appointment_type_ids=frozenset({"t2", "t3"}))
    warnings = detect_conflicts(make_proposal(), make_context(practitioner=practitioner))
    assert one(warnings, WarningCategory.TYPE_NOT_OFFERED).message == (
        "Dr Anna Smith does not offer Initial Consultation."
    )


def test_type_offered_by_practitioner_is_fine() -> None:
    practitioner = make_practitioner(appointment_type_ids=frozenset({"t1"}))
    assert detect_conflicts(make_proposal(), make_context(practitioner=practitioner)) == []


def test_type_offering_unknown_says_nothing() -> None:
    assert (
        detect_conflicts(
            make_proposal(), make_context(practitioner=make_practitioner(appointment_type_ids=None))
        )
        == []
    )


def test_context_for_another_practitioner_or_type_is_not_trusted() -> None:
    stranger = make_practitioner(id="p2", appointment_type_ids=frozenset())
    other_type = make_type(id="t2", name="Group Pilates", max_attendees=2)
    context = make_context(practitioner=stranger, appointment_type=other_type)
    assert detect_conflicts(make_proposal(attendee_count=5), context) == []


def test_unknown_names_read_as_neutral_phrases() -> None:
    practitioner = make_practitioner(appointment_type_ids=frozenset())
    context = make_context(practitioner=practitioner, appointment_type=None)
    assert one(detect_conflicts(make_proposal(), context), WarningCategory.TYPE_NOT_OFFERED).message == (
        "Dr Anna Smith does not offer this appointment type."
    )
    clash = make_appointment("a2", NINE)
    warnings = detect_conflicts(make_proposal(), make_context(practitioner=None, appointments=[clash]))
    assert one(warnings, WarningCategory.PRACTITIONER_DOUBLE_BOOKED).message.startswith("The practitioner is")


# --- 7. start in the past -----------------------------------------------------------------------------


def test_start_in_past() -> None:
    warnings = detect_conflicts(make_proposal(), make_context(now=sydney(2026, 1, 5, 9, 1)))
    assert one(warnings, WarningCategory.START_IN_PAST).message == (
        "This booking starts in the past (Mon 5 Jan 09:00)."
    )


def test_start_exactly_now_is_not_in_the_past() -> None:
    assert detect_conflicts(make_proposal(), make_context(now=NINE)) == []


# --- 9. stale cache --------------------------------------------------------------------------------


def test_stale_cache_warns_naming_last_sync() -> None:
    context = make_context(cache_is_stale=True, stale_since=sydney(2026, 1, 5, 6, 42))
    assert one(detect_conflicts(make_proposal(), context), WarningCategory.STALE_CACHE).message == (
        "Working offline, last synced at 06:42 on Mon 5 Jan: "
        "bookings made at other desks since then are unknown."
    )


def test_stale_cache_never_synced() -> None:
    warning = one(
        detect_conflicts(make_proposal(), make_context(cache_is_stale=True)), WarningCategory.STALE_CACHE
    )
    assert "not yet synced" in warning.message


def test_stale_since_alone_marks_the_cache_stale() -> None:
    context = make_context(stale_since=sydney(2026, 1, 5, 6, 42))
    assert of(detect_conflicts(make_proposal(), context), WarningCategory.STALE_CACHE)


def test_fresh_cache_has_no_stale_warning() -> None:
    assert detect_conflicts(make_proposal(), make_context(cache_is_stale=False, stale_since=None)) == []


# --- wording, order and input checks ---------------------------------------------------------------


def test_messages_use_utc_when_business_unknown() -> None:
    clash = make_appointment("a2", NINE)
    warning = one(
        detect_conflicts(make_proposal(), make_context(business=None, appointments=[clash])),
        WarningCategory.PRACTITIONER_DOUBLE_BOOKED,
    )
    assert "22:00-22:30" in warning.message  # 09:00 Sydney (AEDT, +11) is 22:00 UTC


def test_messages_name_the_day_when_a_clash_is_on_another_local_day() -> None:
    overnight = make_proposal(sydney(2026, 1, 5, 23, 30), sydney(2026, 1, 6, 0, 30), business_id=None)
    clash = make_appointment("a2", sydney(2026, 1, 6, 0))
    context = make_context(appointments=[clash], business=make_business(opening_hours=()))
    warning = one(detect_conflicts(overnight, context), WarningCategory.PRACTITIONER_DOUBLE_BOOKED)
    assert warning.message == "Dr Anna Smith is already booked Tue 6 Jan 00:00-00:30 (Jane Doe)."


def test_warnings_come_in_category_order() -> None:
    clash = make_appointment("a2", NINE, patient_id="pt9")
    block = make_block("u1", NINE, HALF_NINE)
    context = make_context(
        now=sydney(2026, 1, 6, 9),
        appointments=[clash],
        unavailable_blocks=[block],
        practitioner=make_practitioner(appointment_type_ids=frozenset()),
        appointment_type=make_type(max_attendees=2),
        cache_is_stale=True,
    )
    categories = [w.category for w in detect_conflicts(make_proposal(attendee_count=3), context)]
    assert categories == [
        WarningCategory.PRACTITIONER_DOUBLE_BOOKED,
        WarningCategory.PRACTITIONER_UNAVAILABLE,
        WarningCategory.PATIENT_DOUBLE_BOOKED,
        WarningCategory.GROUP_OVER_CAPACITY,
        WarningCategory.TYPE_NOT_OFFERED,
        WarningCategory.START_IN_PAST,
        WarningCategory.STALE_CACHE,
    ]


def test_naive_times_are_rejected() -> None:
    naive = datetime(2026, 1, 5, 9)  # noqa: DTZ001
    with pytest.raises(NaiveDatetimeError):
        detect_conflicts(make_proposal(start=naive, end=naive + timedelta(minutes=30)), make_context())
    with pytest.raises(NaiveDatetimeError):
        detect_conflicts(make_proposal(), make_context(now=naive))


def test_end_before_start_is_a_domain_error() -> None:
    with pytest.raises(DomainError):
        detect_conflicts(make_proposal(HALF_NINE, NINE), make_context())


def test_detector_handles_thousands_of_appointments() -> None:
    """Index once, query by bisect: thousands of rows cost milliseconds, not a quadratic scan."""
    rows = [
        make_appointment(
            f"x{i}", sydney(2026, 1, 5, 8) + timedelta(minutes=10 * i), practitioner_id=f"p{i % 7}"
        )
        for i in range(5000)
    ]
    context = make_context(appointments=rows, buffer=timedelta(minutes=5))
    warnings = detect_conflicts(make_proposal(), context)
    expected = sorted(
        a.id for a in rows if a.practitioner_id == "p1" and a.starts_at < HALF_NINE and a.ends_at > NINE
    )
    assert one(warnings, WarningCategory.PRACTITIONER_DOUBLE_BOOKED).appointment_ids == tuple(expected)
    best = min(_timed(lambda: detect_conflicts(make_proposal(), context)) for _ in range(3))
    assert best < 0.05, f"took {best * 1000:.1f} ms"


def _timed(work: Callable[[], object]) -> float:
    started = clock.perf_counter()
    work()
    return clock.perf_counter() - started

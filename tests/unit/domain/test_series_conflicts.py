"""Category 8: every instance of a repeating booking is checked and the clashing dates are named."""

from __future__ import annotations

import time
from datetime import timedelta

from app.domain.conflicts import (
    BookingProposal,
    ScheduleContext,
    WarningCategory,
    detect_conflicts,
    detect_series_conflicts,
)
from app.domain.recurrence import RepeatFrequency, RepeatRule, expand_occurrences

from .builders import SYDNEY, make_appointment, make_block, make_business, make_practitioner, sydney

FIRST_START = sydney(2026, 1, 5, 9)  # Monday
FIRST_END = sydney(2026, 1, 5, 9, 30)
NOW = sydney(2026, 1, 2, 12)


def _series(count: int = 10, **overrides: object) -> list[BookingProposal]:
    rule = RepeatRule(RepeatFrequency.WEEKLY, interval=1, count=count)
    return [
        BookingProposal(practitioner_id="p1", starts_at=start, ends_at=end, patient_id="pt9", **overrides)  # type: ignore[arg-type]
        for start, end in expand_occurrences(FIRST_START, FIRST_END, rule, SYDNEY)
    ]


def _context(**overrides: object) -> ScheduleContext:
    values: dict[str, object] = {"now": NOW, "practitioner": make_practitioner(), "business": make_business()}
    values.update(overrides)
    return ScheduleContext(**values)  # type: ignore[arg-type]


def test_repeat_instances_conflict_names_clashing_dates() -> None:
    series = _series(10)
    taken = [make_appointment(f"x{i}", series[i].starts_at) for i in (0, 3)]
    block = make_block("u1", series[6].starts_at - timedelta(hours=1), series[6].ends_at)
    warnings = detect_series_conflicts(series, _context(appointments=taken, unavailable_blocks=[block]))
    summary = warnings[0]
    assert summary.category == WarningCategory.REPEAT_INSTANCES_CONFLICT
    assert summary.message == "3 of 10 repeats clash: Mon 5 Jan, Mon 26 Jan and Mon 16 Feb."
    assert summary.appointment_ids == ("x0", "x3")
    assert summary.block_ids == ("u1",)


def test_each_instance_warning_names_its_day() -> None:
    series = _series(4)
    taken = [make_appointment(f"x{i}", series[i].starts_at, patient_name="") for i in (1, 2)]
    warnings = detect_series_conflicts(series, _context(appointments=taken))
    messages = [w.message for w in warnings if w.category == WarningCategory.PRACTITIONER_DOUBLE_BOOKED]
    assert messages == [
        "Dr Anna Smith is already booked Mon 12 Jan 09:00-09:30.",
        "Dr Anna Smith is already booked Mon 19 Jan 09:00-09:30.",
    ]


def test_series_without_clash_has_no_summary() -> None:
    assert detect_series_conflicts(_series(10), _context()) == []


def test_series_warnings_shared_by_every_instance_appear_once() -> None:
    practitioner = make_practitioner(appointment_type_ids=frozenset({"t2"}))
    series = _series(5, appointment_type_id="t1")
    warnings = detect_series_conflicts(series, _context(practitioner=practitioner, cache_is_stale=True))
    assert [w.category for w in warnings] == [WarningCategory.TYPE_NOT_OFFERED, WarningCategory.STALE_CACHE]


def test_series_summary_counts_one_clash_in_the_singular() -> None:
    series = _series(3)
    warnings = detect_series_conflicts(
        series, _context(appointments=[make_appointment("x", series[2].starts_at)])
    )
    assert warnings[0].message == "1 of 3 repeats clashes: Mon 19 Jan."


def test_series_summary_shows_the_year_of_dates_in_another_year() -> None:
    rule = RepeatRule(RepeatFrequency.DAILY, interval=1, count=3)
    starts = expand_occurrences(sydney(2026, 12, 30, 9), sydney(2026, 12, 30, 9, 30), rule, SYDNEY)
    series = [BookingProposal("p1", s, e) for s, e in starts]
    taken = [make_appointment("x", series[2].starts_at)]
    context = _context(
        now=sydney(2026, 12, 1, 9), appointments=taken, business=make_business(opening_hours=())
    )
    assert detect_series_conflicts(series, context)[0].message == "1 of 3 repeats clashes: Fri 1 Jan 2027."


def test_series_start_in_past_is_not_a_clash() -> None:
    series = _series(2)
    warnings = detect_series_conflicts(series, _context(now=series[0].starts_at + timedelta(minutes=1)))
    assert [w.category for w in warnings] == [WarningCategory.START_IN_PAST]


def test_series_agrees_with_checking_each_instance() -> None:
    series = _series(8)
    rows = [make_appointment(f"x{i}", series[i].starts_at + timedelta(minutes=15)) for i in range(0, 8, 3)]
    context = _context(appointments=rows)
    series_ids = {i for w in detect_series_conflicts(series, context) for i in w.appointment_ids}
    one_by_one = {i for p in series for w in detect_conflicts(p, context) for i in w.appointment_ids}
    assert series_ids == one_by_one == {"x0", "x3", "x6"}


def test_empty_series_has_no_warnings() -> None:
    assert detect_series_conflicts([], _context()) == []


def test_series_of_52_against_hundreds_of_appointments_is_fast() -> None:
    series = _series(52)
    rows = [
        make_appointment(f"r{i}", FIRST_START + timedelta(hours=7 * i), practitioner_id=("p1", "p2")[i % 2])
        for i in range(400)
    ]
    context = _context(appointments=rows, buffer=timedelta(minutes=10))
    best = min(_timed(lambda: detect_series_conflicts(series, context)) for _ in range(3))
    assert best < 0.05, f"took {best * 1000:.1f} ms"


def _timed(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started

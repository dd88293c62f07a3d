"""Find next free slot: inside opening hours, outside blocks and bookings, earliest first."""

from __future__ import annotations

import time as clock
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.entities import Appointment, OpeningHours, UnavailableBlock
from app.domain.errors import DomainError, NaiveDatetimeError
from app.domain.free_slots import ceil_to_step, find_next_free_slot

from .builders import NEW_YORK, SYDNEY, make_appointment, make_block, make_business, sydney

MONDAY_SEVEN = sydney(2026, 1, 5, 7)
HALF_HOUR = timedelta(minutes=30)


def _find(**overrides: Any) -> tuple[str, datetime, datetime] | None:
    values: dict[str, Any] = {
        "after": MONDAY_SEVEN,
        "duration": HALF_HOUR,
        "practitioner_ids": ["p1"],
        "appointments": [],
        "blocks": [],
        "business": make_business(),
        "zone": SYDNEY,
    }
    values.update(overrides)
    return find_next_free_slot(**values)


def test_empty_calendar_gives_the_opening_time() -> None:
    assert _find() == ("p1", sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 8, 30))


def test_start_is_rounded_up_to_the_step() -> None:
    found = _find(after=sydney(2026, 1, 5, 10, 3))
    assert found is not None
    assert found[1] == sydney(2026, 1, 5, 10, 5)
    found = _find(after=sydney(2026, 1, 5, 10, 3), step=timedelta(minutes=15))
    assert found is not None
    assert found[1] == sydney(2026, 1, 5, 10, 15)


def test_busy_appointments_are_skipped() -> None:
    rows = [
        make_appointment("a1", sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 9)),
        make_appointment("a2", sydney(2026, 1, 5, 9), sydney(2026, 1, 5, 9, 30)),
    ]
    assert _find(appointments=rows) == ("p1", sydney(2026, 1, 5, 9, 30), sydney(2026, 1, 5, 10))


def test_gaps_too_short_for_the_duration_are_skipped() -> None:
    rows = [
        make_appointment("a1", sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 9)),
        make_appointment("a2", sydney(2026, 1, 5, 9, 20), sydney(2026, 1, 5, 10)),
    ]
    found = _find(appointments=rows)
    assert found is not None
    assert found[1] == sydney(2026, 1, 5, 10)


def test_cancelled_and_deleted_appointments_leave_the_slot_free() -> None:
    rows = [
        make_appointment("a1", sydney(2026, 1, 5, 8), cancelled_at=MONDAY_SEVEN),
        make_appointment("a2", sydney(2026, 1, 5, 8), deleted_at=MONDAY_SEVEN),
    ]
    found = _find(appointments=rows)
    assert found is not None
    assert found[1] == sydney(2026, 1, 5, 8)


def test_unavailable_blocks_are_avoided() -> None:
    blocks = [make_block("u1", sydney(2026, 1, 5, 7), sydney(2026, 1, 5, 12, 2))]
    found = _find(blocks=blocks)
    assert found is not None
    assert found[1] == sydney(2026, 1, 5, 12, 5)


def test_buffer_keeps_clear_of_neighbours() -> None:
    rows = [
        make_appointment("a1", sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 9)),
        make_appointment("a2", sydney(2026, 1, 5, 9, 45), sydney(2026, 1, 5, 10, 30)),
    ]
    found = _find(appointments=rows, buffer=timedelta(minutes=10))
    assert found is not None
    assert found[1] == sydney(2026, 1, 5, 10, 40)  # 09:10-09:40 would leave only 5 min before a2


def test_slot_never_runs_past_closing_time() -> None:
    found = _find(after=sydney(2026, 1, 5, 17, 45))
    assert found is not None
    assert found[1] == sydney(2026, 1, 6, 8)


def test_default_clinic_day_when_business_hours_unknown() -> None:
    saturday = sydney(2026, 1, 10, 9)
    for business in (None, make_business(opening_hours=())):
        found = _find(after=saturday, business=business)
        assert found is not None
        assert found[1] == sydney(2026, 1, 12, 8)  # Monday 08:00


def test_business_opening_hours_are_followed() -> None:
    saturday_morning = (OpeningHours(weekday=5, opens=time(9), closes=time(12)),)
    found = _find(business=make_business(opening_hours=saturday_morning))
    assert found is not None
    assert found[1] == sydney(2026, 1, 10, 9)


def test_any_practitioner_gives_the_earliest() -> None:
    rows = [make_appointment("a1", sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 11))]
    found = _find(practitioner_ids=["p1", "p2"], appointments=rows)
    assert found == ("p2", sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 8, 30))


def test_ties_go_to_the_practitioner_listed_first() -> None:
    assert _find(practitioner_ids=["p3", "p2", "p3"])[0] == "p3"  # type: ignore[index]
    assert _find(practitioner_ids=["p2", "p3"])[0] == "p2"  # type: ignore[index]


def test_nothing_free_within_the_horizon() -> None:
    blocks = [make_block("u1", MONDAY_SEVEN, MONDAY_SEVEN + timedelta(days=30))]
    assert _find(blocks=blocks, horizon=timedelta(days=14)) is None
    assert _find(practitioner_ids=[]) is None


def test_horizon_bounds_the_start() -> None:
    """Starts lie in [after, after + horizon): 08:00 is found from 07:00 within 61 minutes, not 60."""
    assert _find(horizon=timedelta(minutes=61)) == ("p1", sydney(2026, 1, 5, 8), sydney(2026, 1, 5, 8, 30))
    assert _find(horizon=timedelta(minutes=60)) is None


def test_invalid_search_input() -> None:
    with pytest.raises(DomainError):
        _find(duration=timedelta(0))
    with pytest.raises(DomainError):
        _find(step=timedelta(0))
    with pytest.raises(NaiveDatetimeError):
        _find(after=datetime(2026, 1, 5, 7))  # noqa: DTZ001


def test_steps_follow_the_local_clock_on_a_dst_day() -> None:
    """New York skips 02:00-03:00 on 10 Mar 2024: after a block to 01:59 EST the next slot is 03:00 EDT."""
    open_all_night = (OpeningHours(weekday=6, opens=time(1), closes=time(5)),)
    business = make_business(time_zone_identifier="America/New_York", opening_hours=open_all_night)
    after = datetime(2024, 3, 10, 6, tzinfo=UTC)  # 01:00 EST
    blocks = [make_block("u1", after, datetime(2024, 3, 10, 6, 59, tzinfo=UTC))]
    found = _find(after=after, business=business, zone=NEW_YORK, blocks=blocks, step=timedelta(minutes=30))
    assert found is not None
    assert f"{found[1].astimezone(NEW_YORK):%H:%M %Z}" == "03:00 EDT"


def test_ceil_to_step_keeps_aligned_times() -> None:
    aligned = sydney(2026, 1, 5, 9, 15)
    assert ceil_to_step(aligned, SYDNEY, timedelta(minutes=15)) == aligned
    assert ceil_to_step(aligned + timedelta(seconds=1), SYDNEY, timedelta(minutes=15)) == (
        aligned + timedelta(minutes=15)
    )


def test_full_calendar_search_jumps_over_bookings() -> None:
    """Ten practitioners booked solid for four weeks: the answer comes without scanning every step."""
    start = sydney(2026, 1, 5, 8)
    rows = [
        make_appointment(f"a{p}-{i}", start + timedelta(minutes=30 * i), practitioner_id=f"p{p}")
        for p in range(10)
        for i in range(28 * 48)
    ]
    ids = [f"p{p}" for p in range(10)]
    started = clock.perf_counter()
    found = _find(appointments=rows, practitioner_ids=ids, after=start)
    elapsed = clock.perf_counter() - started
    assert found == ("p0", start + timedelta(days=28), start + timedelta(days=28, minutes=30))
    assert elapsed < 1.0, f"took {elapsed:.2f} s"


# --- property: the search agrees with a brute-force scan of every step ------------------------------

BASE = datetime(2026, 3, 2, tzinfo=UTC)  # a Monday; the zone is UTC so the clock is easy to check
STEP = timedelta(minutes=15)
EVERY_DAY = tuple(OpeningHours(weekday=d, opens=time(8), closes=time(12)) for d in range(7))


@st.composite
def _schedules(draw: st.DrawFn) -> tuple[list[Appointment], list[UnavailableBlock], datetime, timedelta]:
    quarter = st.integers(min_value=0, max_value=3 * 96)
    appointments = []
    for i in range(draw(st.integers(0, 12))):
        start = BASE + STEP * draw(quarter)
        appointments.append(
            make_appointment(
                f"a{i}",
                start,
                start + STEP * draw(st.integers(1, 8)),
                practitioner_id=draw(st.sampled_from(["p1", "p2"])),
                cancelled_at=draw(st.sampled_from([None, None, None, BASE])),
            )
        )
    blocks = []
    for i in range(draw(st.integers(0, 4))):
        start = BASE + STEP * draw(quarter)
        blocks.append(
            make_block(
                f"u{i}", start, start + STEP * draw(st.integers(1, 16)), draw(st.sampled_from(["p1", "p2"]))
            )
        )
    after = BASE + timedelta(minutes=draw(st.integers(0, 2 * 24 * 60)))
    buffer = STEP * draw(st.integers(0, 2))
    return appointments, blocks, after, buffer


def _free_by_brute_force(
    appointments: list[Appointment], blocks: list[UnavailableBlock], after: datetime, buffer: timedelta
) -> tuple[str, datetime, datetime] | None:
    duration = 2 * STEP
    first = BASE + STEP * -(-(after - BASE) // STEP)
    candidate = first
    while candidate < after + timedelta(days=3):
        end = candidate + duration
        inside = time(8) <= candidate.time() and end <= candidate.replace(hour=12, minute=0)
        for pid in ("p1", "p2"):
            busy = any(
                a.practitioner_id == pid
                and a.occupies_time
                and a.starts_at < end + buffer
                and candidate - buffer < a.ends_at
                for a in appointments
            ) or any(b.practitioner_id == pid and b.starts_at < end and candidate < b.ends_at for b in blocks)
            if inside and not busy:
                return pid, candidate, end
        candidate += STEP
    return None


@settings(max_examples=200, deadline=None)
@given(_schedules())
def test_free_slot_agrees_with_brute_force(
    schedule: tuple[list[Appointment], list[UnavailableBlock], datetime, timedelta],
) -> None:
    appointments, blocks, after, buffer = schedule
    business = make_business(time_zone_identifier="UTC", opening_hours=EVERY_DAY)
    found = find_next_free_slot(
        after=after,
        duration=2 * STEP,
        practitioner_ids=["p1", "p2"],
        appointments=appointments,
        blocks=blocks,
        business=business,
        zone=UTC,  # type: ignore[arg-type]
        step=STEP,
        horizon=timedelta(days=3),
        buffer=buffer,
    )
    assert found == _free_by_brute_force(appointments, blocks, after, buffer)

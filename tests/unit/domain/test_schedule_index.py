"""The overlap index behind the conflict detector and the free-slot search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.schedule_index import IntervalIndex, ScheduleIndex, overlaps

from .builders import make_appointment, make_block

BASE = datetime(2026, 1, 5, tzinfo=UTC)


def _at(minutes: int) -> datetime:
    return BASE + timedelta(minutes=minutes)


def test_overlaps_is_half_open() -> None:
    assert overlaps(_at(0), _at(30), _at(29), _at(60))
    assert not overlaps(_at(0), _at(30), _at(30), _at(60))
    assert not overlaps(_at(30), _at(60), _at(0), _at(30))
    assert overlaps(_at(0), _at(60), _at(10), _at(20))


def test_long_items_are_found_from_far_inside() -> None:
    spans = [(_at(0), _at(24 * 60)), (_at(600), _at(630))]
    index = IntervalIndex(spans, lambda s: s[0], lambda s: s[1])
    assert list(index.overlapping(_at(1000), _at(1010))) == [spans[0]]
    assert index.latest_end_overlapping(_at(590), _at(620)) == _at(24 * 60)
    assert index.first_overlapping(_at(24 * 60), _at(25 * 60)) is None
    assert len(index) == 2


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 500), st.integers(0, 120)), max_size=40),
    st.integers(0, 600),
    st.integers(0, 120),
)
def test_index_agrees_with_a_scan(spans: list[tuple[int, int]], start: int, length: int) -> None:
    items = [(_at(s), _at(s + n)) for s, n in spans]
    index = IntervalIndex(items, lambda s: s[0], lambda s: s[1])
    expected = sorted(i for i in items if overlaps(i[0], i[1], _at(start), _at(start + length)))
    assert sorted(index.overlapping(_at(start), _at(start + length))) == expected


def test_schedule_index_leaves_out_cancelled_and_deleted() -> None:
    rows = [
        make_appointment("a1", _at(0)),
        make_appointment("a2", _at(0), cancelled_at=BASE),
        make_appointment("a3", _at(0), deleted_at=BASE),
    ]
    index = ScheduleIndex(rows)
    assert [a.id for a in index.practitioner_appointments("p1", _at(0), _at(30))] == ["a1"]
    assert [a.id for a in index.patient_appointments("pt1", _at(0), _at(30))] == ["a1"]


def test_schedule_index_restricts_to_the_wanted_people() -> None:
    rows = [
        make_appointment("a1", _at(0)),
        make_appointment("a2", _at(0), practitioner_id="p2", patient_id="pt2"),
    ]
    blocks = [make_block("u1", _at(0), _at(60)), make_block("u2", _at(0), _at(60), practitioner_id="p2")]
    index = ScheduleIndex(rows, blocks, practitioner_ids=["p1"], patient_ids=["pt2"])
    assert [a.id for a in index.practitioner_appointments("p1", _at(0), _at(30))] == ["a1"]
    assert index.practitioner_appointments("p2", _at(0), _at(30)) == []
    assert [a.id for a in index.patient_appointments("pt2", _at(0), _at(30))] == ["a2"]
    assert index.patient_appointments("pt1", _at(0), _at(30)) == []
    assert [b.id for b in index.practitioner_blocks("p1", _at(0), _at(30))] == ["u1"]
    assert index.block_index("p2") is None

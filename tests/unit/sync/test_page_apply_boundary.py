"""The walk's boundary: repeats of versions already applied are dropped, newer versions kept."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.domain.entities import Appointment
from app.store.cursors import Cursor
from app.sync.page_apply import Boundary

T0 = datetime(2025, 3, 3, 9, tzinfo=UTC)


def version(record_id: str, seconds: float) -> Appointment:
    at = T0 + timedelta(seconds=seconds)
    return Appointment(record_id, T0, T0, "p", "t", "b", updated_at=at)


def test_repeats_at_the_boundary_are_dropped_and_edits_kept() -> None:
    boundary = Boundary()
    page = [version("1", 0.5), version("2", 1.25), version("3", 1.75)]
    assert boundary.fresh(page) == page  # nothing applied yet
    boundary.advance(T0 + timedelta(seconds=1), page)
    assert boundary.versions == {("2", 1_250_000 + _t0()), ("3", 1_750_000 + _t0())}
    again = [version("2", 1.25), version("3", 1.75), version("3", 2.0), version("4", 1.5)]
    assert [(r.id, r.updated_at) for r in boundary.fresh(again)] == [
        ("3", T0 + timedelta(seconds=2)),  # edited since: a new version
        ("4", T0 + timedelta(seconds=1.5)),  # never seen, though older than the newest applied
    ]


def test_moving_the_resume_point_forgets_versions_before_it() -> None:
    boundary = Boundary()
    boundary.advance(T0, [version("1", 0), version("2", 3)])
    boundary.advance(T0 + timedelta(seconds=2), [version("3", 2), version("4", 1)])
    assert boundary.versions == {("2", 3_000_000 + _t0()), ("3", 2_000_000 + _t0())}
    assert boundary.since == T0 + timedelta(seconds=2)


def test_a_saved_cursor_restores_the_boundary() -> None:
    boundary = Boundary()
    boundary.advance(T0, [version("1", 0), version("2", 0.000001)])
    cursor = Cursor(key="appointments", updated_at=T0, boundary_ids=frozenset(boundary.encoded()))
    restored = Boundary.from_cursor(cursor)
    assert restored.versions == boundary.versions
    assert restored.fresh([version("2", 0.000001), version("5", 0)]) == [version("5", 0)]


def _t0() -> int:
    return (T0 - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)

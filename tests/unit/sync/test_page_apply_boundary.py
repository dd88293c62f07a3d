"""The walk's boundary: repeats of versions already applied are dropped, newer versions kept."""

from __future__ import annotations

from dataclasses import replace
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
    assert held(boundary) == {("2", 1_250_000 + _t0()), ("3", 1_750_000 + _t0())}
    again = [version("2", 1.25), version("3", 1.75), version("3", 2.0), version("4", 1.5)]
    assert [(r.id, r.updated_at) for r in boundary.fresh(again)] == [
        ("3", T0 + timedelta(seconds=2)),  # edited since: a new version
        ("4", T0 + timedelta(seconds=1.5)),  # never seen, though older than the newest applied
    ]


def test_moving_the_resume_point_forgets_versions_before_it() -> None:
    boundary = Boundary()
    boundary.advance(T0, [version("1", 0), version("2", 3)])
    boundary.advance(T0 + timedelta(seconds=2), [version("3", 2), version("4", 1)])
    assert held(boundary) == {("2", 3_000_000 + _t0()), ("3", 2_000_000 + _t0())}
    assert boundary.since == T0 + timedelta(seconds=2)


def test_a_saved_cursor_restores_the_boundary() -> None:
    boundary = Boundary()
    boundary.advance(T0, [version("1", 0), version("2", 0.000001)])
    cursor = Cursor(key="appointments", updated_at=T0, boundary_ids=frozenset(boundary.encoded()))
    restored = Boundary.from_cursor(cursor)
    assert restored.versions == boundary.versions
    assert restored.fresh([version("2", 0.000001), version("5", 0)]) == [version("5", 0)]


def test_an_edit_within_the_same_second_is_kept() -> None:
    # A server showing whole seconds: the edit comes back with the same updated_at, new content.
    boundary = Boundary()
    booked = version("1", 1)
    boundary.advance(T0 + timedelta(seconds=1), [booked])
    arrived = replace(booked, patient_arrived=True)
    assert boundary.fresh([booked, arrived]) == [arrived]


def test_a_changed_secret_alone_makes_a_new_version() -> None:
    # Telehealth links are left out of the record's repr; the fingerprint still covers them.
    boundary = Boundary()
    linked = replace(version("1", 1), telehealth_url="https://example.test/a")
    boundary.advance(T0, [linked])
    relinked = replace(linked, telehealth_url="https://example.test/b")
    assert boundary.fresh([relinked]) == [relinked]
    assert "example.test" not in "".join(boundary.encoded())


def test_entries_saved_before_fingerprints_are_applied_once_more() -> None:
    micros = _t0() + 1_000_000
    cursor = Cursor(key="appointments", updated_at=T0, boundary_ids=frozenset({f"1@{micros}"}))
    restored = Boundary.from_cursor(cursor)
    assert restored.fresh([version("1", 1)]) == [version("1", 1)]


def held(boundary: Boundary) -> set[tuple[str, int]]:
    """The (id, micros) of the versions a boundary holds, without their fingerprints."""
    return set(boundary.versions)


def _t0() -> int:
    return (T0 - datetime(1970, 1, 1, tzinfo=UTC)) // timedelta(microseconds=1)

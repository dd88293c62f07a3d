"""Sync cursors round-trip exactly, boundary ids included."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy.orm import Session

from app.store import cursors

from .builders import at, big_id


def test_a_cursor_round_trips_with_fractional_seconds_and_big_ids(session: Session) -> None:
    key = cursors.cursor_key("individual_appointments", "cancelled")
    assert key == "individual_appointments:cancelled"
    assert cursors.get_cursor(session, key) is None
    moment = datetime(2025, 3, 3, 9, 0, 0, 123456, tzinfo=UTC)
    cursors.set_cursor(session, key, moment, [big_id(2), big_id(1), big_id(2)])
    assert cursors.get_cursor(session, key) == cursors.Cursor(key, moment, frozenset({big_id(1), big_id(2)}))


def test_setting_a_cursor_replaces_it(session: Session) -> None:
    cursors.set_cursor(session, "patients", at(1), ["a"])
    cursors.set_cursor(session, "patients", at(2), [])
    assert cursors.get_cursor(session, "patients") == cursors.Cursor("patients", at(2), frozenset())


def test_cursors_are_listed_and_reset(session: Session) -> None:
    cursors.set_cursor(session, cursors.cursor_key("patients"), at(1), [])
    cursors.set_cursor(session, cursors.cursor_key("attendees"), at(2), ["x"])
    assert [c.key for c in cursors.list_cursors(session)] == ["attendees", "patients"]
    cursors.reset_cursors(session, ["patients"])
    assert [c.key for c in cursors.list_cursors(session)] == ["attendees"]
    cursors.reset_cursors(session)
    assert cursors.list_cursors(session) == []

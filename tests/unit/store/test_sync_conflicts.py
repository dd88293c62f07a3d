"""Sync conflicts are kept until the user settles them."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.store import sync_conflicts
from app.store.sync_conflicts import ConflictResolution

from .builders import at, big_id


def test_conflicts_are_recorded_listed_and_resolved(session: Session) -> None:
    first = sync_conflicts.record_conflict(
        session,
        appointment_id=big_id(1),
        mine={"starts_at": "09:00"},
        theirs={"starts_at": "10:00"},
        now=at(1),
    )
    second = sync_conflicts.record_conflict(session, appointment_id=big_id(2), mine={}, theirs={}, now=at(2))
    assert [c.id for c in sync_conflicts.open_conflicts(session)] == [first, second]
    opened = sync_conflicts.open_conflicts(session)[0]
    assert (opened.mine, opened.theirs, opened.created_at) == (
        {"starts_at": "09:00"},
        {"starts_at": "10:00"},
        at(1),
    )
    assert opened.resolution is None

    sync_conflicts.resolve_conflict(session, first, ConflictResolution.TAKE_THEIRS, now=at(3))
    assert [c.id for c in sync_conflicts.open_conflicts(session)] == [second]
    settled = sync_conflicts.conflicts_for_appointment(session, big_id(1), include_resolved=True)
    assert [(c.resolution, c.resolved_at) for c in settled] == [(ConflictResolution.TAKE_THEIRS, at(3))]
    assert sync_conflicts.conflicts_for_appointment(session, big_id(1)) == []
    with pytest.raises(LookupError):
        sync_conflicts.resolve_conflict(session, first, ConflictResolution.KEEP_MINE)

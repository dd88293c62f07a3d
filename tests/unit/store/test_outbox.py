"""The outbox keeps local changes in order, and failures with their errors, across restarts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from app.store import outbox
from app.store.database import open_cache
from app.store.outbox import OutboxKind, OutboxState, OutboxTransitionError

from .builders import at, big_id


def _enqueue(session: Session, kind: OutboxKind, n: int, **payload: object) -> int:
    return outbox.enqueue(
        session,
        kind=kind,
        appointment_id=big_id(n),
        payload={"n": n, **payload},
        base_remote_updated_at=at(-24),
        now=at(n),
    )


def test_entries_come_back_in_the_order_they_were_made(session: Session) -> None:
    kinds = [OutboxKind.CREATE, OutboxKind.MOVE, OutboxKind.CANCEL, OutboxKind.ARRIVED, OutboxKind.DELETE]
    made = [_enqueue(session, kind, n) for n, kind in enumerate(kinds)]
    assert made == sorted(made)
    pending = outbox.pending_entries(session)
    assert [e.id for e in pending] == made
    assert [e.kind for e in pending] == kinds
    assert pending[0].payload == {"n": 0}
    assert pending[0].base_remote_updated_at == at(-24)
    assert pending[0].state is OutboxState.PENDING
    assert pending[0].attempts == 0
    assert outbox.pending_entries(session, limit=2) == pending[:2]
    assert outbox.count_pending(session) == 5


def test_failure_state_attempts_and_last_error_survive_reopening_the_file(tmp_path: Path) -> None:
    cache = open_cache(tmp_path)
    with cache.write_session() as session:
        first = _enqueue(session, OutboxKind.CREATE, 1, starts_at="2025-03-03T09:00:00Z")
        second = _enqueue(session, OutboxKind.CHANGE, 2)
        third = _enqueue(session, OutboxKind.CANCEL, 3)
        outbox.mark_in_flight(session, first, now=at(10))
        outbox.mark_failed(session, first, "422: Starts at is in the past", now=at(11))
        outbox.mark_in_flight(session, second, now=at(12))
    cache.close()

    reopened = open_cache(tmp_path)
    try:
        with reopened.session() as session:
            failed = outbox.failed_entries(session)
            assert [(e.id, e.state, e.attempts, e.last_error) for e in failed] == [
                (first, OutboxState.FAILED, 1, "422: Starts at is in the past")
            ]
            assert failed[0].payload == {"n": 1, "starts_at": "2025-03-03T09:00:00Z"}
            assert failed[0].created_at == at(1)
            assert failed[0].updated_at == at(11)
            # Sent before the restart and never confirmed: reconcile before retrying.
            assert [e.id for e in outbox.in_flight_entries(session)] == [second]
            assert [e.id for e in outbox.pending_entries(session)] == [third]
            assert [e.id for e in outbox.unfinished_entries(session)] == [first, second, third]
            assert outbox.count_pending(session) == 2
            assert outbox.count_failed(session) == 1
    finally:
        reopened.close()


def test_a_failed_entry_is_retried_then_done(session: Session) -> None:
    entry = _enqueue(session, OutboxKind.MOVE, 1)
    outbox.mark_in_flight(session, entry)
    outbox.mark_failed(session, entry, "server unreachable")
    outbox.retry(session, entry)
    again = outbox.get_entry(session, entry)
    assert again is not None
    assert (again.state, again.last_error) == (OutboxState.PENDING, "server unreachable")
    outbox.mark_in_flight(session, entry)
    outbox.mark_done(session, entry)
    done = outbox.get_entry(session, entry)
    assert done is not None
    assert (done.state, done.attempts, done.last_error) == (OutboxState.DONE, 2, None)
    assert outbox.pending_entries(session) == []


def test_an_in_flight_entry_can_go_back_to_the_queue(session: Session) -> None:
    entry = _enqueue(session, OutboxKind.CREATE, 1)
    outbox.mark_in_flight(session, entry)
    outbox.mark_pending(session, entry)
    assert [e.id for e in outbox.pending_entries(session)] == [entry]


def test_discarded_entries_are_kept_until_purged(session: Session) -> None:
    entry = _enqueue(session, OutboxKind.CANCEL, 1)
    outbox.mark_in_flight(session, entry)
    outbox.mark_failed(session, entry, "404")
    outbox.discard(session, entry, now=at(5))
    discarded = outbox.get_entry(session, entry)
    assert discarded is not None
    assert discarded.state is OutboxState.DISCARDED
    assert outbox.unfinished_entries(session) == []
    assert outbox.purge_finished(session, updated_before=at(5)) == 0
    assert outbox.purge_finished(session, updated_before=at(6)) == 1
    assert outbox.get_entry(session, entry) is None


def test_impossible_transitions_are_refused(session: Session) -> None:
    entry = _enqueue(session, OutboxKind.CREATE, 1)
    with pytest.raises(OutboxTransitionError, match="cannot become pending: it is pending"):
        outbox.retry(session, entry)
    outbox.mark_in_flight(session, entry)
    with pytest.raises(OutboxTransitionError, match="cannot become in_flight: it is in_flight"):
        outbox.mark_in_flight(session, entry)
    outbox.mark_done(session, entry)
    with pytest.raises(OutboxTransitionError, match="it is done"):
        outbox.mark_failed(session, entry, "late")
    with pytest.raises(OutboxTransitionError, match="it is missing"):
        outbox.mark_done(session, 999_999)


def test_links_in_error_messages_are_redacted(session: Session) -> None:
    entry = _enqueue(session, OutboxKind.CREATE, 1)
    outbox.mark_failed(session, entry, "failed posting https://x.cliniko.com/c/yxt65-xdR864MNvao: 500")
    stored = outbox.get_entry(session, entry)
    assert stored is not None
    assert stored.last_error is not None
    assert "yxt65" not in stored.last_error
    assert "https://x.cliniko.com/[redacted]" in stored.last_error


def test_entries_of_one_appointment(session: Session) -> None:
    first = _enqueue(session, OutboxKind.CREATE, 1)
    _enqueue(session, OutboxKind.CREATE, 2)
    third = outbox.enqueue(
        session, kind=OutboxKind.MOVE, appointment_id=big_id(1), payload={}, base_remote_updated_at=None
    )
    assert [e.id for e in outbox.entries_for_appointment(session, big_id(1))] == [first, third]


def test_sequence_numbers_are_never_reused(session: Session) -> None:
    entry = _enqueue(session, OutboxKind.CREATE, 1)
    outbox.mark_done(session, entry)
    outbox.purge_finished(session, updated_before=at(0, day=100_000))
    assert _enqueue(session, OutboxKind.CREATE, 2) > entry


def test_payloads_must_be_json(session: Session) -> None:
    with pytest.raises(TypeError):
        outbox.enqueue(
            session,
            kind=OutboxKind.CHANGE,
            appointment_id="a",
            payload={"when": at(0)},
            base_remote_updated_at=None,
        )

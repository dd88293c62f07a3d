"""Pushing the outbox to the sandbox over real HTTP: changes, refusals, lost answers, conflicts."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from sync_harness import (
    Clinic,
    Desk,
    RecordingObserver,
    RecordingTransport,
    assert_in_step,
    differences,
    live_appointments_at,
    run_engine,
    server_book,
    sync,
)

from app.domain.timezones import format_iso_utc
from app.remote.errors import AuthenticationError, ServerUnavailableError
from app.sandbox.server import SandboxServer
from app.store.cursors import get_cursor
from app.store.database import CacheDatabase, open_cache
from app.store.local_writes import appointment_sync_state, is_local_id
from app.store.meta import get_last_successful_sync
from app.store.outbox import (
    OutboxEntry,
    OutboxKind,
    OutboxState,
    entries_for_appointment,
    mark_in_flight,
    pending_entries,
    unfinished_entries,
)
from app.store.queries import get_appointment
from app.store.sync_conflicts import SyncConflict, open_conflicts
from app.sync.pull import EVERY_PAGE
from app.sync.status import SyncPhase


def _unfinished(cache: CacheDatabase) -> list[OutboxEntry]:
    with cache.session() as session:
        return unfinished_entries(session)


def _server_row(server: SandboxServer, appointment_id: str) -> dict[str, object]:
    row = server.store.row("individual_appointments", appointment_id)
    assert row is not None
    return row


@pytest.fixture
def booked(empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase) -> list[str]:
    """Six appointments booked on the server and synced into the cache."""
    ids = [server_book(empty_server, clinic, n, patient=n) for n in range(6)]
    sync(empty_server, cache)
    return ids


def test_every_kind_of_local_change_reaches_the_server(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, booked: list[str]
) -> None:
    local_id = desk.book_in(clinic, 20, patient=1)
    moved_to = clinic.slot(30)
    desk.move(booked[0], *moved_to)
    desk.set_notes(booked[1], "Bring the referral letter")
    desk.cancel(booked[2], reason="40", note="Away")
    desk.delete(booked[3])
    desk.arrived(booked[4])
    desk.did_not_arrive(booked[5])

    summary = sync(empty_server, cache)

    assert (summary.pushed, summary.failed, summary.conflicts) == (7, 0, 0)
    assert _unfinished(cache) == []
    store = empty_server.store
    assert (
        _server_row(empty_server, booked[0])["starts_at"],
        _server_row(empty_server, booked[0])["ends_at"],
    ) == moved_to
    assert _server_row(empty_server, booked[1])["notes"] == "Bring the referral letter"
    cancelled = _server_row(empty_server, booked[2])
    assert cancelled["cancelled_at"] is not None
    assert (cancelled["cancellation_reason"], cancelled["cancellation_note"]) == (40, "Away")
    assert _server_row(empty_server, booked[3])["deleted_at"] is not None
    assert _server_row(empty_server, booked[4])["patient_arrived"] is True
    assert _server_row(empty_server, booked[5])["did_not_arrive"] is True
    created = live_appointments_at(empty_server, clinic.practitioner_ids[0], clinic.slot(20)[0])
    assert len(created) == 1
    with cache.session() as session:
        assert get_appointment(session, local_id) is None
        state = appointment_sync_state(session, created[0])
    assert state is not None
    assert state.pending_sync is False
    assert store.count("individual_appointments") == 6
    assert_in_step(empty_server, cache)


def test_changes_to_a_new_booking_follow_it_to_its_server_id(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk
) -> None:
    sync(empty_server, cache)
    local_id = desk.book_in(clinic, 3)
    desk.move(local_id, *clinic.slot(4))
    desk.set_notes(local_id, "Wheelchair access")
    desk.cancel(local_id)

    summary = sync(empty_server, cache)

    assert (summary.pushed, summary.conflicts, summary.failed) == (4, 0, 0)
    assert live_appointments_at(empty_server, clinic.practitioner_ids[0], clinic.slot(3)[0]) == []
    [server_id] = live_appointments_at(empty_server, clinic.practitioner_ids[0], clinic.slot(4)[0])
    row = _server_row(empty_server, server_id)
    assert row["notes"] == "Wheelchair access"
    assert row["cancelled_at"] is not None
    assert_in_step(empty_server, cache)


def test_a_refused_change_is_kept_with_the_servers_message_and_the_rest_still_go(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk
) -> None:
    sync(empty_server, cache)
    refused = desk.book_in(clinic, 5, type_index=2)  # an archived type: the server answers 422
    desk.set_notes(refused, "held behind the refused booking")
    accepted = desk.book_in(clinic, 6)

    summary = sync(empty_server, cache)

    assert (summary.pushed, summary.failed) == (1, 1)
    with cache.session() as session:
        create, change = entries_for_appointment(session, refused)
        assert get_appointment(session, accepted) is None  # renamed to its server id
    assert (create.kind, create.state) == (OutboxKind.CREATE, OutboxState.FAILED)
    assert create.last_error is not None
    assert "archived" in create.last_error
    assert (change.kind, change.state) == (OutboxKind.CHANGE, OutboxState.PENDING)
    assert len(live_appointments_at(empty_server, clinic.practitioner_ids[0], clinic.slot(6)[0])) == 1
    assert is_local_id(refused)
    assert differences(empty_server, cache) == {"appointments": [refused]}
    # A later sync does not send it again on its own: the user retries or discards it.
    again = sync(empty_server, cache)
    assert (again.pushed, again.failed) == (0, 0)
    assert [entry.state for entry in _unfinished(cache)] == [OutboxState.FAILED, OutboxState.PENDING]


def test_a_create_whose_answer_was_lost_is_found_on_the_server_not_booked_twice(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk
) -> None:
    sync(empty_server, cache)
    local_id = desk.book_in(clinic, 7)
    dropped: list[str] = []

    def drop_first_post(request: httpx.Request) -> bool:
        if request.method == "POST" and not dropped:
            dropped.append(request.url.path)
            return True
        return False

    transport = RecordingTransport(drop=drop_first_post)
    summary = sync(empty_server, cache, transport=transport)

    assert dropped
    assert transport.count("POST") == 1
    assert summary.pushed == 1
    [server_id] = live_appointments_at(empty_server, clinic.practitioner_ids[0], clinic.slot(7)[0])
    with cache.session() as session:
        assert get_appointment(session, local_id) is None
        assert get_appointment(session, server_id) is not None
    assert_in_step(empty_server, cache)


@pytest.mark.parametrize("reached_server", [True, False])
def test_a_create_left_in_flight_by_a_crash_is_reconciled_before_any_retry(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, reached_server: bool
) -> None:
    sync(empty_server, cache)
    desk.book_in(clinic, 8)
    with cache.write_session() as session:
        [entry] = pending_entries(session)
        mark_in_flight(session, entry.id)  # committed before the POST; then the app died
    if reached_server:
        start, end = clinic.slot(8)
        empty_server.store.create_appointment(
            {
                "starts_at": start.isoformat(),
                "ends_at": end.isoformat(),
                "practitioner_id": clinic.practitioner_ids[0],
                "patient_id": clinic.patient_ids[0],
                "appointment_type_id": clinic.type_ids[0],
                "business_id": clinic.business_id,
            }
        )
    transport = RecordingTransport()

    summary = sync(empty_server, cache, transport=transport)

    assert summary.pushed == 1
    assert transport.count("POST") == (0 if reached_server else 1)
    assert len(live_appointments_at(empty_server, clinic.practitioner_ids[0], clinic.slot(8)[0])) == 1
    assert _unfinished(cache) == []
    assert_in_step(empty_server, cache)


def _edit_on_both_sides(server: SandboxServer, clinic: Clinic, desk: Desk, appointment_id: str) -> None:
    desk.move(appointment_id, *clinic.slot(12))  # based on the version the cache read
    server.store.update_appointment(appointment_id, {"notes": "Changed at the other desk"})


def test_a_local_change_to_a_record_edited_on_the_server_becomes_a_conflict(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, booked: list[str]
) -> None:
    target = booked[0]
    original = _server_row(empty_server, target)
    _edit_on_both_sides(empty_server, clinic, desk, target)

    summary = sync(empty_server, cache)

    assert (summary.conflicts, summary.pushed) == (1, 0)
    [conflict] = _open_conflicts(cache)
    assert conflict.appointment_id == target
    assert conflict.mine["kind"] == "move"
    assert conflict.mine["change"]["starts_at"] == format_iso_utc(clinic.slot(12)[0])
    assert conflict.mine["local"]["starts_at"] == format_iso_utc(clinic.slot(12)[0])
    assert conflict.theirs["notes"] == "Changed at the other desk"
    assert conflict.theirs["starts_at"] == format_iso_utc(original["starts_at"])  # type: ignore[arg-type]
    assert "telehealth_url" not in conflict.mine["local"]
    assert "telehealth_url" not in conflict.theirs
    now = _server_row(empty_server, target)
    assert now["starts_at"] == original["starts_at"]  # nothing overwritten
    [entry] = _unfinished(cache)
    assert entry.state is OutboxState.FAILED
    assert entry.last_error is not None
    assert "changed on the server" in entry.last_error


def _open_conflicts(cache: CacheDatabase) -> list[SyncConflict]:
    with cache.session() as session:
        return open_conflicts(session)


def test_keeping_mine_pushes_the_change_over_the_version_the_user_saw(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, booked: list[str]
) -> None:
    target = booked[0]
    _edit_on_both_sides(empty_server, clinic, desk, target)
    sync(empty_server, cache)
    [conflict] = _open_conflicts(cache)

    run_engine(empty_server, cache, lambda engine: engine.resolve_conflict(conflict.id, "mine"))
    summary = sync(empty_server, cache)

    assert (summary.pushed, summary.conflicts) == (1, 0)
    row = _server_row(empty_server, target)
    assert (row["starts_at"], row["ends_at"]) == clinic.slot(12)
    assert row["notes"] == "Changed at the other desk"  # the move changed times only
    assert _open_conflicts(cache) == []
    assert_in_step(empty_server, cache)


def test_taking_theirs_drops_the_local_change_and_caches_the_server_version(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, booked: list[str]
) -> None:
    target = booked[0]
    original = _server_row(empty_server, target)
    _edit_on_both_sides(empty_server, clinic, desk, target)
    sync(empty_server, cache)
    [conflict] = _open_conflicts(cache)

    run_engine(empty_server, cache, lambda engine: engine.resolve_conflict(conflict.id, "theirs"))

    assert _unfinished(cache) == []
    assert _open_conflicts(cache) == []
    assert_in_step(empty_server, cache)
    assert _server_row(empty_server, target)["starts_at"] == original["starts_at"]
    summary = sync(empty_server, cache)
    assert (summary.pushed, summary.pulled) == (0, 0)


def test_a_wrong_key_raises_authentication_error_and_leaves_the_outbox_as_it_was(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk
) -> None:
    desk.book_in(clinic, 9)
    before = _unfinished(cache)
    observer = RecordingObserver()

    with pytest.raises(AuthenticationError):
        sync(empty_server, cache, api_key="not-this-clinics-key", observer=observer)

    assert observer.phases[-1][0] is SyncPhase.AUTH_FAILED
    assert _unfinished(cache) == before
    assert before[0].state is OutboxState.PENDING
    assert before[0].attempts == 0
    assert empty_server.store.count("individual_appointments") == 0


def test_an_unreachable_server_raises_offline_and_keeps_the_outbox_for_later(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk
) -> None:
    sync(empty_server, cache)
    desk.book_in(clinic, 10)
    before = _unfinished(cache)
    empty_server.stop()
    observer = RecordingObserver()

    with pytest.raises(ServerUnavailableError):
        sync(empty_server, cache, observer=observer, max_retries=1)

    assert observer.phases[-1][0] is SyncPhase.OFFLINE
    assert _unfinished(cache) == before
    empty_server.start()  # back on the same port
    assert sync(empty_server, cache).pushed == 1
    assert_in_step(empty_server, cache)


def test_the_server_going_away_mid_pull_keeps_the_pages_already_committed(
    demo_server: SandboxServer, cache: CacheDatabase
) -> None:
    pages = 0

    def stop_after_two_pages(progress: object) -> None:
        nonlocal pages
        if getattr(progress, "label", None) == "appointments":
            pages += 1
            if pages == 2:
                demo_server.stop()

    with pytest.raises(ServerUnavailableError):
        sync(
            demo_server,
            cache,
            observer=RecordingObserver(on_progress=stop_after_two_pages),
            commit_policy=EVERY_PAGE,
            max_retries=1,
        )

    with cache.session() as session:
        assert get_cursor(session, "appointments") is not None
        assert get_last_successful_sync(session) is None
    committed = len(differences(demo_server, cache).get("appointments", []))
    assert committed > 0
    demo_server.start()
    sync(demo_server, cache)
    assert_in_step(demo_server, cache)


def test_the_outbox_survives_closing_and_reopening_the_cache(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, tmp_path: Path
) -> None:
    sync(empty_server, cache)
    local_id = desk.book_in(clinic, 11)
    desk.set_notes(local_id, "Written before the restart")
    before = _unfinished(cache)
    cache.close()

    reopened = open_cache(tmp_path)
    try:
        with reopened.session() as session:
            assert unfinished_entries(session) == before
        summary = sync(empty_server, reopened)
        assert summary.pushed == 2
        [server_id] = live_appointments_at(empty_server, clinic.practitioner_ids[0], clinic.slot(11)[0])
        assert _server_row(empty_server, server_id)["notes"] == "Written before the restart"
        assert_in_step(empty_server, reopened)
    finally:
        reopened.close()

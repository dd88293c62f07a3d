"""Conflicts behind an entry the server already shows, over real HTTP.

An entry is done without a request when the server already shows its change. The version it is
found in is our own write only when this run just sent it; otherwise (another desk made the same
change, or an earlier run's request arrived) that version may carry other people's edits, and the
appointment's later entries must still meet them as a conflict, never write over them.
"""

from __future__ import annotations

import httpx
import pytest
from sync_harness import (
    Clinic,
    Desk,
    RecordingTransport,
    assert_in_step,
    run_engine,
    server_book,
    sync,
)

from app.sandbox.server import SandboxServer
from app.store.database import CacheDatabase
from app.store.outbox import OutboxKind, OutboxState, get_entry, mark_in_flight, unfinished_entries
from app.store.sync_conflicts import SyncConflict, open_conflicts

OTHER_DESK_NOTE = "Changed at the other desk"


@pytest.fixture
def target(empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase) -> str:
    """One appointment booked on the server and synced into the cache."""
    appointment_id = server_book(empty_server, clinic, 1)
    sync(empty_server, cache)
    return appointment_id


def _notes_on_server(server: SandboxServer, appointment_id: str) -> object:
    row = server.store.row("individual_appointments", appointment_id)
    assert row is not None
    return row["notes"]


def _open_conflicts(cache: CacheDatabase) -> list[SyncConflict]:
    with cache.session() as session:
        return open_conflicts(session)


def test_a_change_behind_a_cancel_the_server_already_shows_still_meets_the_other_desks_edit(
    empty_server: SandboxServer, cache: CacheDatabase, desk: Desk, target: str
) -> None:
    # The state machine's failing case, reduced: both desks cancel, the other also edits the notes.
    desk.cancel(target)
    desk.set_notes(target, "Edited here")
    empty_server.store.update_appointment(target, {"notes": OTHER_DESK_NOTE})
    empty_server.store.cancel_appointment(target, 20)
    transport = RecordingTransport()

    summary = sync(empty_server, cache, transport=transport)

    assert (summary.pushed, summary.conflicts, summary.failed) == (1, 1, 0)
    assert transport.count("PUT") + transport.count("PATCH") == 0  # nothing written over
    assert _notes_on_server(empty_server, target) == OTHER_DESK_NOTE
    [conflict] = _open_conflicts(cache)
    assert conflict.appointment_id == target
    assert (conflict.mine["kind"], conflict.mine["change"]["notes"]) == ("change", "Edited here")
    assert conflict.theirs["notes"] == OTHER_DESK_NOTE
    with cache.session() as session:
        [stopped] = unfinished_entries(session)
        cancel = get_entry(session, stopped.id - 1)
    assert (stopped.kind, stopped.state) == (OutboxKind.CHANGE, OutboxState.FAILED)
    assert cancel is not None
    assert (cancel.kind, cancel.state) == (OutboxKind.CANCEL, OutboxState.DONE)

    # Keeping mine sends the change over the version the user has now seen.
    run_engine(empty_server, cache, lambda engine: engine.resolve_conflict(conflict.id, "mine"))
    again = sync(empty_server, cache)
    assert (again.pushed, again.conflicts) == (1, 0)
    assert _notes_on_server(empty_server, target) == "Edited here"
    assert_in_step(empty_server, cache)


def test_a_change_behind_one_an_earlier_run_left_in_flight_meets_a_later_remote_edit(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, target: str
) -> None:
    moved_to = clinic.slot(5)
    desk.move(target, *moved_to)
    desk.set_notes(target, "Edited here")
    with cache.write_session() as session:
        move, _notes = unfinished_entries(session)
        mark_in_flight(session, move.id)  # committed before the PUT; the run then went offline
    start, end = moved_to
    empty_server.store.update_appointment(
        target, {"starts_at": start.isoformat(), "ends_at": end.isoformat()}
    )
    empty_server.store.update_appointment(target, {"notes": OTHER_DESK_NOTE})  # after ours arrived
    transport = RecordingTransport()

    summary = sync(empty_server, cache, transport=transport)

    assert (summary.pushed, summary.conflicts) == (1, 1)
    assert transport.count("PUT") + transport.count("PATCH") == 0
    assert _notes_on_server(empty_server, target) == OTHER_DESK_NOTE
    [conflict] = _open_conflicts(cache)
    assert conflict.mine["kind"] == "change"
    assert conflict.theirs["notes"] == OTHER_DESK_NOTE


class _GarbleFirstUpdateAnswer(RecordingTransport):
    """Real HTTP; the first PUT/PATCH of an appointment is done by the server, its answer unreadable."""

    def __init__(self) -> None:
        super().__init__()
        self.garbled = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        if request.method in ("PUT", "PATCH") and not self.garbled:
            self.garbled += 1
            await response.aread()
            return httpx.Response(200, content=b"<html>proxy error</html>", request=request)
        return response


def test_a_change_confirmed_by_reading_back_our_own_unreadable_answer_is_no_conflict(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase, desk: Desk, target: str
) -> None:
    # The server moved on, but by our own write (sent in this run): the next entry goes through.
    moved_to = clinic.slot(6)
    desk.move(target, *moved_to)
    desk.set_notes(target, "Edited here")
    transport = _GarbleFirstUpdateAnswer()

    summary = sync(empty_server, cache, transport=transport)

    assert transport.garbled == 1
    assert (summary.pushed, summary.conflicts, summary.failed) == (2, 0, 0)
    assert transport.count("PUT") + transport.count("PATCH") == 2  # the move was not sent twice
    row = empty_server.store.row("individual_appointments", target)
    assert row is not None
    assert ((row["starts_at"], row["ends_at"]), row["notes"]) == (moved_to, "Edited here")
    assert _open_conflicts(cache) == []
    assert_in_step(empty_server, cache)

"""A hypothesis state machine: random edits at the desk (cache + outbox) and on the sandbox, lost
answers, syncs and settled conflicts; after every successful sync both sides must agree.

The sandbox runs on loopback and the cache is a real file, as in the integration tests, whose helpers
(`tests/integration/sync/sync_harness.py`) this test shares.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, Literal

import httpx
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "integration" / "sync"))

from sync_harness import (
    Desk,
    RecordingTransport,
    cache_state,
    differences,
    live_appointments_at,
    run_engine,
    server_book,
    server_state,
    small_clinic,
    sync,
)

from app.remote.errors import ServerUnavailableError
from app.sandbox.server import SandboxServer
from app.store.database import open_cache
from app.store.local_writes import is_local_id
from app.store.models import AppointmentRow
from app.store.outbox import OutboxState, unfinished_entries
from app.store.sync_conflicts import conflicts_for_appointment, open_conflicts
from app.sync.conflict_records import REMOTE_DELETE_MESSAGE, REMOTE_EDIT_MESSAGE
from app.sync.engine import SyncEngine
from app.sync.errors import ConflictCannotBeKept

PICK = st.integers(min_value=0, max_value=10_000)


def _every_nth(n: int, offset: int) -> Callable[[httpx.Request], bool]:
    """A drop rule losing the answer of every n-th request (after the server did the work)."""
    counter = iter(range(1_000_000))
    return lambda _request: next(counter) % n == offset


class CacheAndSandbox(RuleBasedStateMachine):
    """Both sides of a sync, edited at random."""

    def __init__(self) -> None:
        super().__init__()
        self.server = SandboxServer(seed="none", rate_limit=0)
        self.server.start()
        self.directory = tempfile.TemporaryDirectory(prefix="frontdesk-sync-machine-")
        self.cache = open_cache(Path(self.directory.name))
        self.clinic = small_clinic(self.server, patients=4)
        self.desk = Desk(self.cache)
        self.next_slot = 0
        # (practitioner id, start) of every desk booking: the server must never hold two there.
        self.desk_bookings: list[tuple[str, datetime]] = []
        # Appointments edited on both sides since the last sync -> their conflict count before.
        self.expect_conflict: dict[str, int] = {}
        for n in range(4):  # something on both sides to edit from the first step
            server_book(self.server, self.clinic, self._slot(), practitioner=n % 2, patient=n)
        sync(self.server, self.cache)
        self.in_step_expected = True

    def _slot(self) -> int:
        self.next_slot += 1
        return self.next_slot

    # --- the other desk, straight on the server ---------------------------------------------------

    @rule(practitioner=st.integers(0, 1), patient=st.integers(0, 3))
    def server_books(self, practitioner: int, patient: int) -> None:
        start, end = self.clinic.slot(self._slot())
        self.server.store.create_appointment(
            {
                "starts_at": start.isoformat(),
                "ends_at": end.isoformat(),
                "practitioner_id": self.clinic.practitioner_ids[practitioner],
                "patient_id": self.clinic.patient_ids[patient],
                "appointment_type_id": self.clinic.type_ids[1],
                "business_id": self.clinic.business_id,
            }
        )
        self.in_step_expected = False

    @precondition(lambda self: bool(self._server_live()))
    @rule(pick=PICK, action=st.sampled_from(["notes", "move", "cancel", "delete"]))
    def server_edits(self, pick: int, action: str) -> None:
        live = self._server_live()
        target = live[pick % len(live)]
        store = self.server.store
        if action == "notes":
            store.update_appointment(target, {"notes": f"server note {pick}"})
        elif action == "move":
            start, end = self.clinic.slot(self._slot())
            store.update_appointment(target, {"starts_at": start.isoformat(), "ends_at": end.isoformat()})
        elif action == "cancel":
            store.cancel_appointment(target, 20)
        else:
            store.delete_appointment(target)
        self.in_step_expected = False

    # --- this desk: cache and outbox --------------------------------------------------------------

    @rule(practitioner=st.integers(0, 1), patient=st.integers(0, 3))
    def desk_books(self, practitioner: int, patient: int) -> None:
        slot = self._slot()
        self.desk.book_in(self.clinic, slot, practitioner=practitioner, patient=patient, type_index=1)
        self.desk_bookings.append((self.clinic.practitioner_ids[practitioner], self.clinic.slot(slot)[0]))
        self.in_step_expected = False

    # Ids are random (the server's and local ones alike), so rules pick appointments in start order:
    # every booking and move takes a fresh slot, which makes that order the same on every replay.

    def _editable(self) -> list[str]:
        """Cached appointments not deleted here, in start order."""
        with self.cache.session() as session:
            query = (
                select(AppointmentRow.id)
                .where(AppointmentRow.deleted_at.is_(None))
                .order_by(AppointmentRow.starts_at, AppointmentRow.practitioner_id)
            )
            return list(session.scalars(query))

    def _server_live(self) -> list[str]:
        """The server's live appointments, in start order."""
        rows = server_state(self.server)["appointments"]
        return sorted(rows, key=lambda i: (rows[i][0], rows[i][2]))

    @precondition(lambda self: bool(self._editable()))
    @rule(
        pick=PICK,
        action=st.sampled_from(["notes", "move", "cancel", "delete", "arrived", "did_not_arrive"]),
    )
    def desk_edits(self, pick: int, action: str) -> None:
        editable = self._editable()
        target = editable[pick % len(editable)]
        if action == "notes":
            self.desk.set_notes(target, f"desk note {pick}")
        elif action == "move":
            self.desk.move(target, *self.clinic.slot(self._slot()))
        elif action == "cancel":
            self.desk.cancel(target)
        elif action == "delete":
            self.desk.delete(target)
        elif action == "arrived":
            self.desk.arrived(target)
        else:
            self.desk.did_not_arrive(target)
        self.in_step_expected = False

    @precondition(lambda self: bool(self._editable()))
    @rule(
        pick=PICK,
        server_first=st.booleans(),
        fields=st.sampled_from([("notes", "notes"), ("move", "move"), ("notes", "move")]),
        agreed_first=st.sampled_from([None, "cancel", "notes"]),
    )
    def both_sides_edit_one_appointment(
        self, pick: int, server_first: bool, fields: tuple[str, str], agreed_first: str | None
    ) -> None:
        """The case conflicts are made of: the same appointment changed here and on the server.

        With `agreed_first`, both sides first make the same change, which the push then finds the
        server already showing: the clash after it must still become a conflict.
        """
        target = self._on_both_sides(pick)
        if target is None:
            return
        server_field, desk_field = fields

        def server_edit() -> None:
            if server_field == "notes":
                self.server.store.update_appointment(target, {"notes": f"server note {pick}"})
            else:
                start, end = self.clinic.slot(self._slot())
                self.server.store.update_appointment(
                    target, {"starts_at": start.isoformat(), "ends_at": end.isoformat()}
                )

        def desk_edit() -> None:
            if desk_field == "notes":
                self.desk.set_notes(target, f"desk note {pick}")
            else:
                self.desk.move(target, *self.clinic.slot(self._slot()))

        known = self._conflicts_of(target)
        if agreed_first is not None:
            self._same_change_on_both_sides(target, agreed_first, pick)
        for edit in (server_edit, desk_edit) if server_first else (desk_edit, server_edit):
            edit()
        if all(c.resolved_at is not None for c in known):
            # Not held behind an open conflict: the next push must stop this change with a new one.
            self.expect_conflict[target] = len(known)
        self.in_step_expected = False

    @precondition(lambda self: bool(self._editable()))
    @rule(pick=PICK, change=st.sampled_from(["cancel", "notes"]))
    def both_sides_make_the_same_change(self, pick: int, change: str) -> None:
        """The same change here and on the server: the push finds the server already showing it."""
        target = self._on_both_sides(pick)
        if target is None:
            return
        self._same_change_on_both_sides(target, change, pick)
        self.in_step_expected = False

    def _same_change_on_both_sides(self, target: str, change: str, pick: int) -> None:
        if change == "cancel":
            self.desk.cancel(target)
            self.server.store.cancel_appointment(target, 20, "Cancelled at the other desk")
        else:
            self.desk.set_notes(target, f"same note {pick}")
            self.server.store.update_appointment(target, {"notes": f"same note {pick}"})

    def _on_both_sides(self, pick: int) -> str | None:
        """A pushed appointment live on the server and not deleted here (None when there is none)."""
        live = set(self._server_live())
        candidates = [i for i in self._editable() if not is_local_id(i) and i in live]
        return candidates[pick % len(candidates)] if candidates else None

    def _conflicts_of(self, appointment_id: str) -> list[Any]:
        with self.cache.session() as session:
            return conflicts_for_appointment(session, appointment_id, include_resolved=True)

    # --- syncing and settling ---------------------------------------------------------------------

    @rule(flaky=st.booleans(), every=st.integers(3, 7), offset=st.integers(0, 6))
    def syncs(self, flaky: bool, every: int, offset: int) -> None:
        transport = RecordingTransport(drop=_every_nth(every, offset % every) if flaky else None)
        try:
            sync(self.server, self.cache, transport=transport, max_retries=2)
        except ServerUnavailableError:
            self.in_step_expected = False  # a run cut short by the network: checked after the next
            return
        self.in_step_expected = True
        # Nothing overwritten silently: a change made over someone else's edit became a conflict.
        for appointment_id, before in self.expect_conflict.items():
            assert len(self._conflicts_of(appointment_id)) > before, appointment_id
        self.expect_conflict.clear()

    @precondition(lambda self: bool(self._open_conflicts()))
    @rule(keep=st.sampled_from(["mine", "theirs"]))
    def settles_conflicts(self, keep: Literal["mine", "theirs"]) -> None:
        self._settle_open_conflicts(keep)
        self.in_step_expected = False

    def _open_conflicts(self) -> list[Any]:
        with self.cache.session() as session:
            return open_conflicts(session)

    def _settle_open_conflicts(self, keep: Literal["mine", "theirs"]) -> None:
        """Settle every open conflict in one engine run ("theirs" where mine cannot be kept)."""
        if not self._open_conflicts():
            return

        async def settle(engine: SyncEngine) -> None:
            for conflict in self._open_conflicts():
                try:
                    await engine.resolve_conflict(conflict.id, keep)
                except ConflictCannotBeKept:
                    await engine.resolve_conflict(conflict.id, "theirs")

        run_engine(self.server, self.cache, settle)

    # --- what must hold ---------------------------------------------------------------------------

    @invariant()
    def never_two_bookings_for_one_desk_booking(self) -> None:
        for practitioner_id, start in self.desk_bookings:
            assert len(live_appointments_at(self.server, practitioner_id, start)) <= 1

    @invariant()
    def after_a_sync_both_sides_agree_except_where_the_user_must_decide(self) -> None:
        if not self.in_step_expected:
            return
        with self.cache.session() as session:
            unfinished = unfinished_entries(session)
            conflicts = open_conflicts(session)
        undecided = {entry.appointment_id for entry in unfinished} | {c.appointment_id for c in conflicts}
        # Whatever is still waiting waits for the user: every stopped entry has a conflict to settle.
        stopped = {entry.appointment_id for entry in unfinished if entry.state is OutboxState.FAILED}
        assert stopped <= {c.appointment_id for c in conflicts}
        assert all(
            entry.last_error in (REMOTE_EDIT_MESSAGE, REMOTE_DELETE_MESSAGE)
            for entry in unfinished
            if entry.state is OutboxState.FAILED
        )
        assert all(entry.state is not OutboxState.IN_FLIGHT for entry in unfinished)
        server_rows = server_state(self.server)["appointments"]
        cached_rows = cache_state(self.cache)["appointments"]
        for appointment_id in server_rows.keys() | cached_rows.keys():
            if appointment_id in undecided:
                continue
            assert not is_local_id(appointment_id)
            assert server_rows.get(appointment_id) == cached_rows.get(appointment_id), appointment_id

    def teardown(self) -> None:
        try:
            # Settle everything the user would, sync until nothing is left, then demand full agreement.
            for _ in range(3):
                self._settle_open_conflicts("theirs")
                sync(self.server, self.cache)
                with self.cache.session() as session:
                    if not unfinished_entries(session) and not open_conflicts(session):
                        break
            assert differences(self.server, self.cache) == {}
        finally:
            self.cache.close()
            self.server.close()
            self.directory.cleanup()


# SYNC_MACHINE_EXAMPLES=200 runs a longer hunt locally; CI keeps the default.
CacheAndSandbox.TestCase.settings = settings(
    max_examples=int(os.environ.get("SYNC_MACHINE_EXAMPLES", "12")),
    stateful_step_count=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestCacheAndSandbox = CacheAndSandbox.TestCase

"""Syncing through trouble: a tight rate limit, a server failing a fifth of its requests, a killed process."""

from __future__ import annotations

import asyncio
import os
import select as select_module
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sync_harness import (
    DROPPED,
    Clinic,
    Desk,
    RecordingTransport,
    assert_in_step,
    cache_state,
    live_appointments_at,
    server_book,
    small_clinic,
    sync,
)

from app.remote.errors import ServerUnavailableError
from app.sandbox.auth_and_limits import FixedWindowRateLimiter
from app.sandbox.server import SandboxServer
from app.store.cursors import get_cursor
from app.store.database import CacheDatabase, open_cache
from app.store.meta import get_last_successful_sync
from app.store.models import OutboxRow
from app.store.outbox import OutboxState, failed_entries, unfinished_entries
from app.store.sync_conflicts import open_conflicts

ROOT = Path(__file__).resolve().parents[3]
MakeServer = Callable[..., SandboxServer]


def test_a_tight_rate_limit_is_waited_out_and_the_sync_still_converges(
    make_server: MakeServer, cache: CacheDatabase
) -> None:
    server = make_server(seed="none")
    clinic = small_clinic(server)
    for n in range(30):
        server_book(server, clinic, n, patient=n % 6)
    # Eight requests a second rather than 200 a minute, so the test waits seconds, not minutes.
    server.app.app.limiter = FixedWindowRateLimiter(8, window_seconds=1.0)  # type: ignore[attr-defined]
    transport = RecordingTransport()

    # The adapter waits until the server's X-RateLimit-Reset, with real sleeps.
    sync(server, cache, transport=transport, sleep=asyncio.sleep)

    assert transport.count(status=429) >= 1
    assert_in_step(server, cache)


def _sync_until_settled(
    server: SandboxServer, cache: CacheDatabase, faults: list[int], runs: int = 8
) -> None:
    """Sync until a run succeeds with nothing left to push (a flaky server may interrupt a run).

    `faults` gets the number of failed exchanges (500s and dropped connections) of each run.
    """
    for _ in range(runs):
        transport = RecordingTransport()
        try:
            sync(server, cache, transport=transport)
        except ServerUnavailableError:
            continue
        finally:
            faults.append(transport.count(status=500) + transport.count(status=DROPPED))
        with cache.session() as session:
            if not unfinished_entries(session):
                return
    raise AssertionError(f"still not settled after {runs} runs")


@pytest.mark.parametrize("fault_seed", [11, 12, 13])
def test_a_server_failing_a_fifth_of_requests_loses_nothing_and_duplicates_nothing(
    make_server: MakeServer, cache: CacheDatabase, desk: Desk, fault_seed: int
) -> None:
    server = make_server(seed="none", fail_rate=0.2, seed_number=fault_seed)
    clinic: Clinic = small_clinic(server)
    booked = [server_book(server, clinic, n, patient=n % 6) for n in range(25)]
    faults: list[int] = []
    _sync_until_settled(server, cache, faults)
    local_slots = [40, 41, 42, 43, 44]
    for slot in local_slots:
        desk.book_in(clinic, slot, practitioner=1, patient=slot % 6)
    desk.move(booked[0], *clinic.slot(60))
    desk.move(booked[1], *clinic.slot(61))
    desk.set_notes(booked[2], "Needs an interpreter")
    desk.cancel(booked[3])
    desk.delete(booked[4])
    desk.arrived(booked[5])

    _sync_until_settled(server, cache, faults)

    assert sum(faults) >= 5  # the server really did fail along the way
    with cache.session() as session:
        states = Counter(session.scalars(select(OutboxRow.state)))
    assert states == {OutboxState.DONE.value: 11}
    for slot in local_slots:
        assert len(live_appointments_at(server, clinic.practitioner_ids[1], clinic.slot(slot)[0])) == 1
    rows = [server.store.row("individual_appointments", i) or {} for i in booked[:6]]
    assert (rows[0]["starts_at"], rows[1]["starts_at"]) == (clinic.slot(60)[0], clinic.slot(61)[0])
    assert rows[2]["notes"] == "Needs an interpreter"
    assert rows[3]["cancelled_at"] is not None
    assert rows[4]["deleted_at"] is not None
    assert rows[5]["patient_arrived"] is True
    assert server.store.count("individual_appointments") == 25 - 1 + len(local_slots)
    with cache.session() as session:
        assert failed_entries(session) == []
        assert open_conflicts(session) == []
    assert_in_step(server, cache)


_KILLABLE_SYNC = """
import asyncio, sys
from pathlib import Path
from app.remote.cliniko_adapter import ClinikoAdapter
from app.store.database import open_cache
from app.sync.engine import SyncEngine

class Announce:
    def sync_phase_changed(self, phase, detail):
        pass
    def sync_progress(self, progress):
        print("committed", progress.label, progress.done, file=sys.stderr, flush=True)

async def main():
    database = open_cache(Path(sys.argv[2]))
    async with ClinikoAdapter("demo-au1", base_url=sys.argv[1], requests_per_minute=1000000) as adapter:
        engine = SyncEngine(database, adapter, observer=Announce())
        try:
            await engine.run_once()
        finally:
            engine.close()

asyncio.run(main())
print("finished", file=sys.stderr, flush=True)
"""


def _run_until_line(process: subprocess.Popen[bytes], wanted: str, timeout_s: float = 60.0) -> list[str]:
    """Read the child's stderr lines until one starts with `wanted` (bounded wait)."""
    assert process.stderr is not None
    lines: list[str] = []
    buffer = b""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        ready, _, _ = select_module.select([process.stderr], [], [], deadline - time.monotonic())
        if not ready:
            break
        chunk = os.read(process.stderr.fileno(), 4096)
        if not chunk:
            break
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        for line in complete:
            lines.append(line.decode(errors="replace"))
            if lines[-1].startswith(wanted):
                return lines
    raise AssertionError(f"the sync process never reported {wanted!r}; it said: {lines[-5:]}")


def test_a_sync_killed_mid_run_resumes_from_its_committed_pages(
    make_server: MakeServer, cache: CacheDatabase, tmp_path: Path
) -> None:
    # Latency keeps the child busy long enough to be killed in the middle of the appointments walk.
    server = make_server(seed="demo", latency_ms=20)
    process = subprocess.Popen(
        [sys.executable, "-c", _KILLABLE_SYNC, server.base_url, str(tmp_path)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        _run_until_line(process, "committed appointments")
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=30)
        assert process.stderr is not None
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL

    # The killed run's cache (the `cache` fixture opened this same file before the child ran).
    with cache.session() as session:
        resume = get_cursor(session, "appointments")
        assert get_last_successful_sync(session) is None
    assert resume is not None
    killed_with = len(cache_state(cache)["appointments"])
    assert 0 < killed_with < server.store.count("individual_appointments")
    server.app.latency_seconds = 0.0  # type: ignore[attr-defined]
    fresh_dir = tmp_path / "fresh"
    fresh_dir.mkdir()
    fresh = open_cache(fresh_dir)
    try:
        from_scratch = sync(server, fresh).pulled
    finally:
        fresh.close()

    resumed = sync(server, cache)

    assert_in_step(server, cache)
    # It went on from the committed pages instead of starting over.
    assert resumed.pulled <= from_scratch - killed_with

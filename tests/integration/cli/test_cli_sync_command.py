"""`frontdesk sync` against a real sandbox: the summary line, progress on stderr, and exit codes 0, 2, 3.

Changes made while the server cannot be used (key refused, server unreachable) stay in the outbox:
the agenda still shows them as not synced afterwards.
"""

from __future__ import annotations

import json
import socket
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.sandbox.server import SandboxServer

RunFrontdesk = Callable[..., subprocess.CompletedProcess[str]]
API_KEY = "demo-au1"


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    return json.loads(lines[0])


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _book_anyway(frontdesk: RunFrontdesk, data_dir: Path, day: date) -> dict[str, Any]:
    """Book (with --force) beside the first appointment of `day`; returns the printed appointment."""
    agenda = _json(frontdesk("agenda", "--data-dir", str(data_dir), "--date", day.isoformat(), "--json"))
    model = agenda[0]
    booked = frontdesk(
        "book",
        "--data-dir",
        str(data_dir),
        "--practitioner",
        model["practitioner_id"],
        "--patient",
        model["patient_id"],
        "--type",
        model["appointment_type_id"],
        "--start",
        model["starts_at"],
        "--force",
    )
    assert booked.returncode == 0, booked.stderr
    return dict(_json(booked))


def _pending_ids(frontdesk: RunFrontdesk, data_dir: Path, day: date) -> set[str]:
    agenda = _json(frontdesk("agenda", "--data-dir", str(data_dir), "--date", day.isoformat(), "--json"))
    return {item["id"] for item in agenda if item["pending_sync"]}


def test_a_first_sync_fills_the_cache_and_prints_one_summary_line(
    first_sync: subprocess.CompletedProcess[str], sandbox: SandboxServer
) -> None:
    assert first_sync.returncode == 0, first_sync.stderr
    summary = _json(first_sync)
    assert {"pulled", "pushed", "failed", "requests"} <= set(summary)
    appointments = sandbox.store.count("individual_appointments")
    patients = sandbox.store.count("patients")
    assert summary["pulled"] >= appointments + patients
    assert (summary["pushed"], summary["failed"]) == (0, 0)
    assert summary["requests"] > 0
    # Progress went to stderr, and no link reached it.
    assert "sync: done" in first_sync.stderr
    assert "/c/" not in first_sync.stderr


def test_a_second_sync_is_incremental(
    frontdesk: RunFrontdesk, data_dir: Path, sandbox: SandboxServer
) -> None:
    result = frontdesk(
        "sync", "--data-dir", str(data_dir), "--base-url", sandbox.base_url, "--api-key", API_KEY
    )
    assert result.returncode == 0, result.stderr
    summary = _json(result)
    assert summary["pulled"] < sandbox.store.count("individual_appointments")


def test_the_key_may_come_from_the_environment(
    frontdesk: RunFrontdesk, data_dir: Path, sandbox: SandboxServer
) -> None:
    result = frontdesk(
        "sync",
        "--data-dir",
        str(data_dir),
        "--base-url",
        sandbox.base_url,
        env={"FRONTDESK_API_KEY": API_KEY},
    )
    assert result.returncode == 0, result.stderr
    assert _json(result)["failed"] == 0


def test_a_refused_key_exits_2_and_keeps_the_outbox(
    frontdesk: RunFrontdesk, data_dir: Path, sandbox: SandboxServer, demo_day: date
) -> None:
    day = demo_day + timedelta(days=14)
    booked = _book_anyway(frontdesk, data_dir, day)
    result = frontdesk(
        "sync", "--data-dir", str(data_dir), "--base-url", sandbox.base_url, "--api-key", "wrong-key-au1"
    )
    assert result.returncode == 2
    assert result.stdout == ""
    last_line = result.stderr.strip().splitlines()[-1]
    assert "API key" in last_line
    assert "Traceback" not in result.stderr
    assert "wrong-key" not in result.stderr
    assert booked["id"] in _pending_ids(frontdesk, data_dir, day)


def test_no_key_at_all_exits_2(frontdesk: RunFrontdesk, data_dir: Path, sandbox: SandboxServer) -> None:
    result = frontdesk("sync", "--data-dir", str(data_dir), "--base-url", sandbox.base_url)
    assert result.returncode == 2
    assert "FRONTDESK_API_KEY" in result.stderr


def test_an_unreachable_server_exits_3_and_keeps_the_outbox(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date
) -> None:
    day = demo_day + timedelta(days=14)
    booked = _book_anyway(frontdesk, data_dir, day)
    dead = f"http://127.0.0.1:{_closed_port()}/v1"
    result = frontdesk("sync", "--data-dir", str(data_dir), "--base-url", dead, "--api-key", API_KEY)
    assert result.returncode == 3
    assert result.stdout == ""
    assert "Cannot reach" in result.stderr
    assert "Traceback" not in result.stderr
    assert booked["id"] in _pending_ids(frontdesk, data_dir, day)
    # The conflict check now knows it is working offline.
    wider = frontdesk(
        "conflicts",
        "--data-dir",
        str(data_dir),
        "--practitioner",
        booked["practitioner_id"],
        "--start",
        "2030-01-07T00:00:00Z",
        "--end",
        "2030-01-07T00:30:00Z",
        "--json",
    )
    assert "stale_cache" in [w["category"] for w in _json(wider)]


def test_a_usage_error_exits_1_not_2(frontdesk: RunFrontdesk, data_dir: Path) -> None:
    result = frontdesk("sync", "--data-dir", str(data_dir), "--no-such-flag")
    assert result.returncode == 1
    assert "usage:" in result.stderr

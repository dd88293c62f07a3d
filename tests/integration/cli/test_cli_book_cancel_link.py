"""`frontdesk book`, `cancel` and `patient-link`: warnings exit 4, a forced booking waits in the outbox
until `sync` pushes it (its id then becomes the server's), cancellations reach the server, and the
patient link is printed only when the rules allow it (exit 5 with the reason otherwise).

These tests write to the shared sandbox, so they work a week after the day the agenda tests read.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from app.sandbox.server import SandboxServer

RunFrontdesk = Callable[..., subprocess.CompletedProcess[str]]
API_KEY = "demo-au1"


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    return json.loads(lines[0])


def _agenda(frontdesk: RunFrontdesk, data_dir: Path, day: date) -> list[dict[str, Any]]:
    result = frontdesk("agenda", "--data-dir", str(data_dir), "--date", day.isoformat(), "--json")
    assert result.returncode == 0, result.stderr
    return list(_json(result))


def _book(
    frontdesk: RunFrontdesk, data_dir: Path, like: dict[str, Any], *extra: str
) -> subprocess.CompletedProcess[str]:
    """Book the same practitioner, patient, type and start as `like` (so it clashes with it)."""
    return frontdesk(
        "book",
        "--data-dir",
        str(data_dir),
        "--practitioner",
        like["practitioner_id"],
        "--patient",
        like["patient_id"],
        "--type",
        like["appointment_type_id"],
        "--start",
        like["starts_at"],
        *extra,
    )


def _sync(frontdesk: RunFrontdesk, data_dir: Path, sandbox: SandboxServer) -> dict[str, Any]:
    result = frontdesk(
        "sync", "--data-dir", str(data_dir), "--base-url", sandbox.base_url, "--api-key", API_KEY
    )
    assert result.returncode == 0, result.stderr
    return dict(_json(result))


def _first_booked(items: list[dict[str, Any]]) -> dict[str, Any]:
    return next(i for i in items if i["status"] == "booked" and i["patient_id"])


def test_a_clash_exits_4_with_the_warnings_and_books_nothing(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date
) -> None:
    day = demo_day + timedelta(days=7)
    before = _agenda(frontdesk, data_dir, day)
    target = _first_booked(before)
    result = _book(frontdesk, data_dir, target)
    assert result.returncode == 4
    warnings = _json(result)
    double = [w for w in warnings if w["category"] == "practitioner_double_booked"]
    assert target["id"] in double[0]["appointment_ids"]
    assert "--force" in result.stderr
    assert _agenda(frontdesk, data_dir, day) == before


def test_invalid_input_exits_1_with_the_problem(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date
) -> None:
    target = _first_booked(_agenda(frontdesk, data_dir, demo_day + timedelta(days=7)))
    result = _book(frontdesk, data_dir, target, "--end", target["starts_at"], "--force")
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr.strip() == "The end must be after the start."


def test_a_forced_booking_waits_in_the_outbox_until_sync_pushes_it(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date, sandbox: SandboxServer, api: httpx.Client
) -> None:
    day = demo_day + timedelta(days=7)
    target = _first_booked(_agenda(frontdesk, data_dir, day))
    result = _book(frontdesk, data_dir, target, "--force", "--notes", "booked from a script")
    assert result.returncode == 0, result.stderr
    booked = _json(result)
    assert booked["id"].startswith("local-")
    assert booked["pending_sync"] is True
    for field in ("practitioner_id", "patient_id", "appointment_type_id", "starts_at", "ends_at"):
        assert booked[field] == target[field]
    listed = {i["id"]: i for i in _agenda(frontdesk, data_dir, day)}
    assert listed[booked["id"]] == booked

    summary = _sync(frontdesk, data_dir, sandbox)
    assert (summary["pushed"], summary["failed"]) == (1, 0)
    after = _agenda(frontdesk, data_dir, day)
    assert booked["id"] not in {i["id"] for i in after}
    (pushed,) = [
        i
        for i in after
        if i["starts_at"] == target["starts_at"]
        and i["patient_id"] == target["patient_id"]
        and i["id"] != target["id"]
    ]
    assert pushed["id"].isdigit()
    assert pushed["pending_sync"] is False
    on_server = api.get(f"/individual_appointments/{pushed['id']}").raise_for_status().json()
    assert on_server["notes"] == "booked from a script"


def test_cancel_goes_through_the_outbox_to_the_server(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date, sandbox: SandboxServer, api: httpx.Client
) -> None:
    day = demo_day + timedelta(days=7)
    target = [i for i in _agenda(frontdesk, data_dir, day) if i["status"] == "booked"][-1]
    result = frontdesk(
        "cancel",
        "--data-dir",
        str(data_dir),
        "--appointment",
        target["id"],
        "--reason",
        "40",
        "--note",
        "away",
    )
    assert result.returncode == 0, result.stderr
    cancelled = _json(result)
    assert (cancelled["id"], cancelled["status"], cancelled["pending_sync"]) == (
        target["id"],
        "cancelled",
        True,
    )
    again = frontdesk("cancel", "--data-dir", str(data_dir), "--appointment", target["id"], "--reason", "40")
    assert (again.returncode, again.stderr.strip()) == (1, "This appointment is already cancelled.")
    bad = frontdesk("cancel", "--data-dir", str(data_dir), "--appointment", target["id"], "--reason", "41")
    assert bad.returncode == 1

    assert _sync(frontdesk, data_dir, sandbox)["pushed"] == 1
    record = api.get(f"/individual_appointments/{target['id']}").raise_for_status().json()
    assert record["cancelled_at"] is not None
    assert str(record["cancellation_reason"]) == "40"
    assert {i["id"]: i for i in _agenda(frontdesk, data_dir, day)}[target["id"]]["pending_sync"] is False


def test_patient_link_is_printed_only_when_allowed(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date, api: httpx.Client
) -> None:
    items = _agenda(frontdesk, data_dir, demo_day)
    allowed = next(i for i in items if i["patient_link_allowed"])
    result = frontdesk("patient-link", "--data-dir", str(data_dir), "--appointment", allowed["id"])
    assert result.returncode == 0, result.stderr
    attendees = api.get(f"/individual_appointments/{allowed['id']}/attendees").raise_for_status().json()
    assert result.stdout.strip() == attendees["attendees"][0]["telehealth_url"]
    assert result.stdout.strip() not in result.stderr

    refused = next(i for i in items if not i["patient_link_allowed"])
    denied = frontdesk("patient-link", "--data-dir", str(data_dir), "--appointment", refused["id"])
    assert denied.returncode == 5
    assert denied.stdout.strip() == refused["patient_link_reason"]

    unknown = frontdesk("patient-link", "--data-dir", str(data_dir), "--appointment", "12345")
    assert unknown.returncode == 1
    assert "not in the local copy" in unknown.stderr

"""`frontdesk agenda --json` and `frontdesk conflicts --json` on a cache synced from the demo sandbox.

The agenda is checked against what the server itself lists for that day, so nothing here depends on
the demo's particular appointments.
"""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import httpx

RunFrontdesk = Callable[..., subprocess.CompletedProcess[str]]
ZONE = ZoneInfo("Australia/Sydney")  # the demo business's zone
REQUIRED_FIELDS = {
    "id": str,
    "starts_at": str,
    "ends_at": str,
    "practitioner_id": str,
    "patient_id": (str, type(None)),
    "patient_name": str,
    "appointment_type_id": str,
    "appointment_type_name": (str, type(None)),
    "telehealth_enabled": bool,
    "status": str,
    "pending_sync": bool,
    "patient_link_allowed": bool,
    "patient_link_reason": (str, type(None)),
}
UTC_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$")


def _json(result: subprocess.CompletedProcess[str]) -> Any:
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout + result.stderr
    return json.loads(lines[0])


def _agenda(frontdesk: RunFrontdesk, data_dir: Path, day: date, *extra: str) -> list[dict[str, Any]]:
    result = frontdesk("agenda", "--data-dir", str(data_dir), "--date", day.isoformat(), *extra, "--json")
    assert result.returncode == 0, result.stderr
    return list(_json(result))


def _stamp(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y-%m-%dT%H:%M:%SZ")


def _server_appointments(api: httpx.Client, start: datetime, end: datetime) -> dict[str, dict[str, Any]]:
    """Every appointment (live or cancelled) the server lists as starting in [start, end)."""
    found: dict[str, dict[str, Any]] = {}
    for path in ("/individual_appointments", "/individual_appointments/cancelled"):
        page = 1
        while True:
            params = [
                ("q[]", f"starts_at:>={_stamp(start)}"),
                ("q[]", f"starts_at:<{_stamp(end)}"),
                ("per_page", "100"),
                ("page", str(page)),
            ]
            body = api.get(path, params=params).raise_for_status().json()
            for record in body["individual_appointments"]:
                found[str(record["id"])] = record
            if "next" not in body.get("links", {}):
                break
            page += 1
    return found


def _day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(), zone)
    return start, datetime.combine(day + timedelta(days=1), time(), zone)


def test_agenda_lists_the_days_appointments_with_every_field(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date, api: httpx.Client
) -> None:
    items = _agenda(frontdesk, data_dir, demo_day)
    server = _server_appointments(api, *_day_bounds(demo_day, ZONE))
    assert items, "the demo has appointments on weekdays"
    assert {item["id"] for item in items} == set(server)
    types = {
        str(t["id"]): t
        for t in api.get("/appointment_types", params={"per_page": 100}).json()["appointment_types"]
    }
    for item in items:
        for field, kind in REQUIRED_FIELDS.items():
            assert isinstance(item[field], kind), (field, item[field])
        assert item["id"].isdigit()
        assert UTC_STAMP.match(item["starts_at"])
        assert UTC_STAMP.match(item["ends_at"])
        assert item["status"] in {"booked", "arrived", "did_not_arrive", "cancelled"}
        assert item["pending_sync"] is False
        assert (item["patient_link_reason"] is None) == item["patient_link_allowed"]
        record = server[item["id"]]
        assert item["starts_at"] == _stamp(datetime.fromisoformat(record["starts_at"]))
        assert (item["status"] == "cancelled") == (record.get("cancelled_at") is not None)
        kind_record = types.get(item["appointment_type_id"])
        if kind_record is not None:
            assert item["telehealth_enabled"] == bool(kind_record["telehealth_enabled"])
            assert item["appointment_type_name"] == kind_record["name"]
    starts = [item["starts_at"] for item in items]
    assert starts == sorted(starts)
    assert any(item["patient_link_allowed"] for item in items)
    assert any(not item["patient_link_allowed"] for item in items)


def test_agenda_in_another_zone_and_for_some_practitioners(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date, api: httpx.Client
) -> None:
    utc_items = _agenda(frontdesk, data_dir, demo_day, "--tz", "UTC")
    assert {item["id"] for item in utc_items} == set(
        _server_appointments(api, *_day_bounds(demo_day, ZoneInfo("UTC")))
    )
    everyone = _agenda(frontdesk, data_dir, demo_day)
    chosen = sorted({item["practitioner_id"] for item in everyone})[:2]
    some = _agenda(frontdesk, data_dir, demo_day, "--practitioner", chosen[0], "--practitioner", chosen[1])
    assert {item["id"] for item in some} == {i["id"] for i in everyone if i["practitioner_id"] in chosen}


def test_the_top_level_data_dir_works_too(frontdesk: RunFrontdesk, data_dir: Path, demo_day: date) -> None:
    result = frontdesk("--data-dir", str(data_dir), "agenda", "--date", demo_day.isoformat(), "--json")
    assert result.returncode == 0, result.stderr
    assert _json(result) == _agenda(frontdesk, data_dir, demo_day)


def test_bad_dates_and_zones_exit_1_with_a_sentence(frontdesk: RunFrontdesk, data_dir: Path) -> None:
    bad_date = frontdesk("agenda", "--data-dir", str(data_dir), "--date", "2025-02-30", "--json")
    assert bad_date.returncode == 1
    assert "YYYY-MM-DD" in bad_date.stderr
    bad_zone = frontdesk(
        "agenda", "--data-dir", str(data_dir), "--date", "2025-03-03", "--tz", "Mars/Base", "--json"
    )
    assert bad_zone.returncode == 1
    assert (
        bad_zone.stderr.strip() == "Unknown time zone 'Mars/Base'; use an IANA name such as Australia/Sydney."
    )
    for result in (bad_date, bad_zone):
        assert result.stdout == ""
        assert "Traceback" not in result.stderr


def test_conflicts_name_the_appointment_in_the_way(
    frontdesk: RunFrontdesk, data_dir: Path, demo_day: date
) -> None:
    items = [i for i in _agenda(frontdesk, data_dir, demo_day) if i["status"] != "cancelled"]
    target = items[0]
    result = frontdesk(
        "conflicts",
        "--data-dir",
        str(data_dir),
        "--practitioner",
        target["practitioner_id"],
        "--start",
        target["starts_at"],
        "--end",
        target["ends_at"],
        "--json",
    )
    assert result.returncode == 0, result.stderr
    warnings = _json(result)
    assert all(set(w) == {"category", "message", "appointment_ids"} for w in warnings)
    double = [w for w in warnings if w["category"] == "practitioner_double_booked"]
    assert len(double) == 1
    assert target["id"] in double[0]["appointment_ids"]
    # Excluding that appointment (as when editing it) removes it from the warning.
    edited = frontdesk(
        "conflicts",
        "--data-dir",
        str(data_dir),
        "--practitioner",
        target["practitioner_id"],
        "--start",
        target["starts_at"],
        "--end",
        target["ends_at"],
        "--exclude",
        target["id"],
        "--json",
    )
    for warning in _json(edited):
        assert target["id"] not in warning["appointment_ids"]


def test_conflicts_with_an_end_before_the_start_exit_1(frontdesk: RunFrontdesk, data_dir: Path) -> None:
    result = frontdesk(
        "conflicts",
        "--data-dir",
        str(data_dir),
        "--practitioner",
        "1",
        "--start",
        "2030-01-07T10:00:00Z",
        "--end",
        "2030-01-07T09:00:00Z",
        "--json",
    )
    assert (result.returncode, result.stderr.strip()) == (1, "The end must be after the start.")

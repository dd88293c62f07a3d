"""What `frontdesk agenda --json` must show, computed from the emulator's own records (not from the app).

The rules are product.md's: deleted appointments are left out, cancelled ones listed with their
status; `telehealth_enabled` is the type's flag now (null is off); the patient link may be copied when
the type has telehealth, the appointment is not cancelled and has not ended, and its attendee's link
was synced (a malformed attendee never is). Records the emulator sends malformed are never cached.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from tests.emulator import EmulatorStore, Row
from tests.emulator.clinic import ZONE

UTC_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
_COMPARED = (
    "practitioner_id",
    "patient_id",
    "patient_name",
    "appointment_type_id",
    "appointment_type_name",
    "telehealth_enabled",
    "status",
    "pending_sync",
    "patient_link_allowed",
)


def _status(row: Row) -> str:
    if row["cancelled_at"] is not None:
        return "cancelled"
    if row["did_not_arrive"]:
        return "did_not_arrive"
    if row["patient_arrived"]:
        return "arrived"
    return "booked"


def _link_synced(store: EmulatorStore, appointment_id: str) -> bool:
    return any(
        attendee["deleted_at"] is None and attendee["cancelled_at"] is None and "_wire" not in attendee
        for attendee in store.attendees_of(appointment_id)
    )


def expected_agenda(
    store: EmulatorStore,
    day: date,
    *,
    zone: ZoneInfo = ZONE,
    practitioner_ids: Collection[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """The agenda items of `day` in `zone`, by id (the fields product.md lists)."""
    types = {row["id"]: row for row in store.rows("appointment_types")}
    now = datetime.now(UTC)
    expected = {}
    for row in store.live_appointments():
        if "_wire" in row or row["starts_at"].astimezone(zone).date() != day:
            continue
        if practitioner_ids is not None and row["practitioner_id"] not in practitioner_ids:
            continue
        kind = types[row["appointment_type_id"]]
        telehealth = kind["telehealth_enabled"] is True
        cancelled = row["cancelled_at"] is not None
        expected[row["id"]] = {
            "id": row["id"],
            "starts_at": row["starts_at"],
            "ends_at": row["ends_at"],
            "practitioner_id": row["practitioner_id"],
            "patient_id": row["patient_id"],
            "patient_name": row["patient_name"],
            "appointment_type_id": row["appointment_type_id"],
            "appointment_type_name": kind["name"],
            "telehealth_enabled": telehealth,
            "status": _status(row),
            "pending_sync": False,
            "patient_link_allowed": (
                telehealth and not cancelled and now < row["ends_at"] and _link_synced(store, row["id"])
            ),
        }
    return expected


def assert_agenda_matches(items: list[dict[str, Any]], expected: dict[str, dict[str, Any]]) -> None:
    """The agenda lists exactly the expected appointments, each as expected, in start order."""
    assert sorted(item["id"] for item in items) == sorted(expected), "the agenda lists other appointments"
    for item in items:
        want = expected[item["id"]]
        for name in ("starts_at", "ends_at"):
            assert UTC_STAMP.fullmatch(item[name]), (name, item[name])
            assert datetime.fromisoformat(item[name]) == want[name], (item["id"], name)
        differing = {name: (item[name], want[name]) for name in _COMPARED if item[name] != want[name]}
        assert not differing, (item["id"], differing)
        assert (item["patient_link_reason"] is None) == item["patient_link_allowed"], item["id"]
    starts = [datetime.fromisoformat(item["starts_at"]) for item in items]
    assert starts == sorted(starts)

"""The demo clinic: believable, deterministic for a seed number and a date, relative to today."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from app.sandbox.server import SandboxServer

FetchAll = Callable[..., list[dict[str, Any]]]
SYDNEY = ZoneInfo("Australia/Sydney")
LISTS = (
    "businesses",
    "users",
    "practitioners",
    "appointment_types",
    "appointment_types/archived",
    "patients",
    "patients/archived",
    "individual_appointments",
    "individual_appointments/deleted",
    "attendees",
    "attendees/deleted",
    "unavailable_blocks",
    "unavailable_blocks/deleted",
)


def _related(record: dict[str, Any], relation: str) -> str:
    return record[relation]["links"]["self"].rsplit("/", 1)[1]


def _local(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(SYDNEY)


@pytest.fixture(scope="module")
def today(demo_server: SandboxServer) -> date:
    """The date the demo calendar was built around."""
    assert demo_server.demo is not None
    return demo_server.demo.today


@pytest.fixture(scope="module")
def everything(fetch_all: FetchAll) -> dict[str, list[dict[str, Any]]]:
    return {path: fetch_all(f"/{path}") for path in LISTS}


def test_one_business_with_six_practitioners_and_400_patients(everything: dict[str, Any]) -> None:
    assert len(everything["businesses"]) == 1
    assert everything["businesses"][0]["time_zone_identifier"] == "Australia/Sydney"
    practitioners = everything["practitioners"]
    assert len(practitioners) == 6
    assert len({p["designation"] for p in practitioners}) >= 4
    patients = everything["patients"] + everything["patients/archived"]
    assert len(patients) == 400
    assert 0 < len(everything["patients/archived"]) < 40
    assert len({p["first_name"] for p in patients}) >= 80
    assert len({p["last_name"] for p in patients}) >= 80
    assert any(not p["last_name"].isascii() or "'" in p["last_name"] for p in patients)


def test_appointment_types_cover_telehealth_groups_and_archiving(everything: dict[str, Any]) -> None:
    live = everything["appointment_types"]
    archived = everything["appointment_types/archived"]
    assert 7 <= len(live) + len(archived) <= 11
    assert sum(1 for t in live if t["telehealth_enabled"] is True) >= 3
    assert any(t["max_attendees"] > 1 for t in live)
    assert len(archived) == 1
    assert archived[0]["archived_at"]
    assert all(re.fullmatch(r"#[0-9A-F]{6}", t["color"]) for t in live + archived)
    assert len({t["color"] for t in live + archived}) == len(live) + len(archived)


def test_past_appointments_of_the_archived_type_link_to_a_404(
    everything: dict[str, Any], client: httpx.Client
) -> None:
    """The integrators' pitfall, reproduced: a linked type that only `/archived` knows."""
    archived = everything["appointment_types/archived"][0]
    archived_on = datetime.fromisoformat(archived["archived_at"])
    using = [
        a for a in everything["individual_appointments"] if _related(a, "appointment_type") == archived["id"]
    ]
    assert using
    assert all(datetime.fromisoformat(a["starts_at"]) < archived_on for a in using)
    assert client.get(using[0]["appointment_type"]["links"]["self"]).status_code == 404


def test_six_weeks_of_appointments_in_business_hours(everything: dict[str, Any], today: date) -> None:
    appointments = everything["individual_appointments"] + everything["individual_appointments/deleted"]
    assert 1000 <= len(appointments) <= 4000
    days = set()
    for appointment in appointments:
        starts, ends = _local(appointment["starts_at"]), _local(appointment["ends_at"])
        days.add(starts.date())
        assert starts.weekday() < 5
        assert starts.minute % 15 == 0
        assert starts.second == 0
        assert starts.hour >= 8
        assert (ends.hour, ends.minute) <= (18, 0)
        assert today - timedelta(days=21) <= starts.date() < today + timedelta(days=21)
    assert min(days) < today < max(days)


def test_realistic_density(everything: dict[str, Any]) -> None:
    booked_minutes: dict[tuple[str, date], float] = defaultdict(float)
    for appointment in everything["individual_appointments"] + everything["individual_appointments/deleted"]:
        starts, ends = _local(appointment["starts_at"]), _local(appointment["ends_at"])
        booked_minutes[(_related(appointment, "practitioner"), starts.date())] += (ends - starts).seconds / 60
    open_minutes = (18 - 8) * 60 - 60  # less the lunch break
    utilisation = sum(booked_minutes.values()) / (open_minutes * len(booked_minutes))
    assert 0.6 <= utilisation <= 0.9


def test_no_practitioner_is_double_booked(everything: dict[str, Any]) -> None:
    by_practitioner: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for appointment in everything["individual_appointments"]:
        if appointment["cancelled_at"] is None:
            by_practitioner[_related(appointment, "practitioner")].append(
                (appointment["starts_at"], appointment["ends_at"])
            )
    for slots in by_practitioner.values():
        slots.sort()
        assert all(slots[i][1] <= slots[i + 1][0] for i in range(len(slots) - 1))


def test_a_realistic_mix_of_outcomes(everything: dict[str, Any], today: date) -> None:
    live = everything["individual_appointments"]
    deleted = everything["individual_appointments/deleted"]
    total = len(live) + len(deleted)
    cancelled = [a for a in live if a["cancelled_at"]]
    assert 0.03 <= len(cancelled) / total <= 0.12
    assert 0.005 <= len(deleted) / total <= 0.04
    assert len({a["cancellation_reason"] for a in cancelled}) >= 4
    assert all(a["cancellation_note"] for a in cancelled)
    past = [a for a in live if not a["cancelled_at"] and _local(a["starts_at"]).date() < today]
    upcoming = [a for a in live if _local(a["starts_at"]).date() >= today]
    outcomes = Counter(
        "arrived" if a["patient_arrived"] else "dna" if a["did_not_arrive"] else "none" for a in past
    )
    assert outcomes["none"] == 0
    assert 0.02 <= outcomes["dna"] / len(past) <= 0.1
    assert not any(a["patient_arrived"] or a["did_not_arrive"] for a in upcoming)


def test_every_seeded_change_happened_before_today(everything: dict[str, Any], today: date) -> None:
    midnight = datetime.combine(today, datetime.min.time(), SYDNEY)
    for records in everything.values():
        for record in records:
            assert datetime.fromisoformat(record["updated_at"]) < midnight
            assert datetime.fromisoformat(record["created_at"]) <= datetime.fromisoformat(
                record["updated_at"]
            )


def test_breaks_and_leave_are_unavailable_blocks(everything: dict[str, Any]) -> None:
    blocks = everything["unavailable_blocks"]
    notes = Counter(block["notes"] for block in blocks)
    assert notes["Lunch"] > 100
    full_days = [b for b in blocks if _local(b["ends_at"]) - _local(b["starts_at"]) >= timedelta(hours=10)]
    assert len(full_days) >= 3
    assert len(everything["unavailable_blocks/deleted"]) >= 1


def _snapshot(server: SandboxServer) -> dict[str, Any]:
    with httpx.Client(
        base_url=server.base_url,
        auth=("demo-au1", ""),
        headers={"User-Agent": "Seed check (dev@example.com)"},
    ) as http:
        snapshot = {}
        for path in (
            "practitioners",
            "patients",
            "appointment_types",
            "individual_appointments",
            "attendees",
        ):
            body = http.get(f"/{path}", params={"per_page": 100, "sort": "id"}).json()
            snapshot[path] = (body["total_entries"], body[path])
    text = repr(snapshot).replace(server.base_url, "BASE")
    return {"text": text}


def test_the_same_seed_and_date_give_identical_data() -> None:
    day = date(2025, 3, 12)
    with SandboxServer(seed="demo", seed_number=7, today=day) as first:
        one = _snapshot(first)
    with SandboxServer(seed="demo", seed_number=7, today=day) as second:
        two = _snapshot(second)
    with SandboxServer(seed="demo", seed_number=8, today=day) as other:
        three = _snapshot(other)
    assert one == two
    assert one != three


def test_the_calendar_follows_the_given_date() -> None:
    day = date(2025, 3, 12)
    with SandboxServer(seed="demo", today=day) as server:
        rows = [
            server.store.row("individual_appointments", i)
            for i in server.store.ids_of("individual_appointments")
        ]
    starts = [row["starts_at"].astimezone(SYDNEY).date() for row in rows if row is not None]
    assert len(starts) > 1000
    assert day - timedelta(days=21) <= min(starts) <= day - timedelta(days=19)
    assert day + timedelta(days=18) <= max(starts) < day + timedelta(days=21)


def test_seed_none_starts_empty_but_signed_in() -> None:
    with (
        SandboxServer(seed="none") as server,
        httpx.Client(
            base_url=server.base_url, auth=("demo-au1", ""), headers={"User-Agent": "Empty (dev@example.com)"}
        ) as http,
    ):
        assert http.get("/practitioners").json()["total_entries"] == 0
        assert http.get("/individual_appointments").json() == {
            "individual_appointments": [],
            "total_entries": 0,
            "links": {"self": f"{server.base_url}/individual_appointments?page=1&per_page=50"},
        }
        assert http.get("/user").json()["role"] == "administrator"

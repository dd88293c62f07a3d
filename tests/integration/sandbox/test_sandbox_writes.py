"""Writes over HTTP and their effects: lists, `/cancelled`, `/deleted`, `updated_at`, 422s, conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from itertools import count
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer

FetchAll = Callable[..., list[dict[str, Any]]]
_slot_numbers = count()


def _id_of(record: dict[str, Any], relation: str) -> str:
    return record[relation]["links"]["self"].rsplit("/", 1)[1]


@pytest.fixture(scope="module")
def refs(client: httpx.Client) -> dict[str, Any]:
    """Ids of real records to book with, read from the API like a client would."""
    types = client.get("/appointment_types").json()["appointment_types"]
    individual = next(t for t in types if t["max_attendees"] == 1 and t["duration_in_minutes"] == 45)
    practitioner = client.get("/practitioners").json()["practitioners"][0]
    return {
        "business_id": client.get("/businesses").json()["businesses"][0]["id"],
        "practitioner_id": practitioner["id"],
        "other_practitioner_id": client.get("/practitioners").json()["practitioners"][1]["id"],
        "patient_id": client.get("/patients").json()["patients"][0]["id"],
        "type": individual,
        "archived_type_id": client.get("/appointment_types/archived").json()["appointment_types"][0]["id"],
    }


@pytest.fixture
def free_slot() -> datetime:
    """A start far from the seeded calendar, different for each test, so bookings never collide."""
    base = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=90)
    return base + timedelta(days=next(_slot_numbers))


def _stamp(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _book(client: httpx.Client, refs: dict[str, Any], starts: datetime, **extra: Any) -> dict[str, Any]:
    body = {
        "starts_at": _stamp(starts),
        "patient_id": refs["patient_id"],
        "practitioner_id": refs["practitioner_id"],
        "appointment_type_id": refs["type"]["id"],
        "business_id": refs["business_id"],
        **extra,
    }
    response = client.post("/individual_appointments", json=body)
    assert response.status_code == 201, response.text
    return response.json()


@pytest.fixture
def booked(client: httpx.Client, refs: dict[str, Any], free_slot: datetime) -> dict[str, Any]:
    return _book(client, refs, free_slot.replace(hour=1), notes="Booked by a test")


def test_booking_answers_201_with_the_appointment(
    client: httpx.Client, refs: dict[str, Any], free_slot: datetime, demo_server: SandboxServer
) -> None:
    before = datetime.now(UTC) - timedelta(seconds=1)
    starts = free_slot.replace(hour=2)
    response = client.post(
        "/individual_appointments",
        json={
            "starts_at": _stamp(starts),
            "patient_id": refs["patient_id"],
            "practitioner_id": refs["practitioner_id"],
            "appointment_type_id": refs["type"]["id"],
            "business_id": refs["business_id"],
            "notes": "Bring scans",
        },
    )
    assert response.status_code == 201
    appointment = response.json()
    assert response.headers["location"] == appointment["links"]["self"]
    assert appointment["starts_at"] == _stamp(starts)
    assert appointment["ends_at"] == _stamp(starts + timedelta(minutes=45)), (
        "end defaults to start + duration"
    )
    assert appointment["notes"] == "Bring scans"
    assert _id_of(appointment, "patient") == refs["patient_id"]
    assert appointment["patient_name"]
    assert appointment["telehealth_url"].endswith(f"/appointments/{appointment['id']}/connect")
    assert appointment["created_at"] == appointment["updated_at"]
    assert datetime.fromisoformat(appointment["updated_at"]) >= before
    assert appointment["cancelled_at"] is None
    assert appointment["patient_arrived"] is False
    attendees = client.get(appointment["attendees"]["links"]["self"]).json()["attendees"]
    assert len(attendees) == 1
    assert _id_of(attendees[0], "patient") == refs["patient_id"]
    assert "/c/" in attendees[0]["telehealth_url"]
    assert client.get(f"/individual_appointments/{appointment['id']}").json() == appointment


def test_a_booking_shows_up_in_an_incremental_pull(
    client: httpx.Client, refs: dict[str, Any], free_slot: datetime
) -> None:
    newest = client.get("/individual_appointments", params={"sort": "updated_at:desc", "per_page": 1}).json()
    cursor = newest["individual_appointments"][0]["updated_at"]
    appointment = _book(client, refs, free_slot.replace(hour=3))
    page = client.get(
        "/individual_appointments", params={"q[]": f"updated_at:>{cursor}", "sort": "updated_at,id"}
    ).json()
    assert [a["id"] for a in page["individual_appointments"]] == [appointment["id"]]


def test_an_explicit_end_is_kept(client: httpx.Client, refs: dict[str, Any], free_slot: datetime) -> None:
    starts = free_slot.replace(hour=4)
    appointment = _book(client, refs, starts, ends_at=_stamp(starts + timedelta(minutes=20)))
    assert appointment["ends_at"] == _stamp(starts + timedelta(minutes=20))


def test_a_wrapped_body_and_integer_ids_are_accepted(
    client: httpx.Client, refs: dict[str, Any], free_slot: datetime
) -> None:
    body = {
        "individual_appointment": {
            "starts_at": _stamp(free_slot.replace(hour=5)),
            "patient_id": int(refs["patient_id"]),
            "practitioner_id": int(refs["practitioner_id"]),
            "appointment_type_id": int(refs["type"]["id"]),
            "business_id": int(refs["business_id"]),
        }
    }
    assert client.post("/individual_appointments", json=body).status_code == 201


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"starts_at": None}, "starts_at"),
        ({"starts_at": "next tuesday"}, "starts_at"),
        ({"patient_id": None}, "patient_id"),
        ({"practitioner_id": "1234567890123456789"}, "practitioner"),
        ({"appointment_type_id": "abc"}, "appointment_type_id"),
        ({"business_id": "999"}, "business"),
        ({"ends_at": "2020-01-01T00:00:00Z"}, "ends_at"),
        ({"notes": 12}, "notes"),
    ],
)
def test_invalid_bookings_answer_422_with_errors(
    client: httpx.Client, refs: dict[str, Any], free_slot: datetime, change: dict[str, Any], field: str
) -> None:
    before = client.get("/individual_appointments").json()["total_entries"]
    body = {
        "starts_at": _stamp(free_slot.replace(hour=6)),
        "patient_id": refs["patient_id"],
        "practitioner_id": refs["practitioner_id"],
        "appointment_type_id": refs["type"]["id"],
        "business_id": refs["business_id"],
        **change,
    }
    response = client.post("/individual_appointments", json=body)
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert errors[field]
    assert all(isinstance(message, str) for message in errors[field])
    assert client.get("/individual_appointments").json()["total_entries"] == before


def test_an_empty_booking_lists_every_missing_field(client: httpx.Client) -> None:
    response = client.post("/individual_appointments", json={})
    assert response.status_code == 422
    errors = response.json()["errors"]
    for field in ("starts_at", "patient_id", "practitioner_id", "appointment_type_id", "business_id"):
        assert errors[field] == ["can't be blank"]


def test_an_archived_type_cannot_be_booked(
    client: httpx.Client, refs: dict[str, Any], free_slot: datetime
) -> None:
    body = {
        "starts_at": _stamp(free_slot.replace(hour=7)),
        "patient_id": refs["patient_id"],
        "practitioner_id": refs["practitioner_id"],
        "appointment_type_id": refs["archived_type_id"],
        "business_id": refs["business_id"],
    }
    response = client.post("/individual_appointments", json=body)
    assert response.status_code == 422
    assert response.json()["errors"]["appointment_type"] == ["is archived"]


@pytest.mark.parametrize("content", [b"{not json", b"[1, 2]"])
def test_a_body_that_is_not_a_json_object_is_a_400(client: httpx.Client, content: bytes) -> None:
    response = client.post(
        "/individual_appointments", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["errors"]["base"]


@pytest.mark.parametrize("method", ["PUT", "PATCH"])
def test_changing_an_appointment_bumps_updated_at(
    client: httpx.Client, booked: dict[str, Any], method: str
) -> None:
    response = client.request(method, booked["links"]["self"], json={"notes": f"Changed by {method}"})
    assert response.status_code == 200
    changed = response.json()
    assert changed["notes"] == f"Changed by {method}"
    assert datetime.fromisoformat(changed["updated_at"]) > datetime.fromisoformat(booked["updated_at"])
    assert changed["created_at"] == booked["created_at"]
    assert changed["starts_at"] == booked["starts_at"]


def test_every_write_gets_a_later_updated_at(client: httpx.Client, booked: dict[str, Any]) -> None:
    stamps = [booked["updated_at"]]
    for attempt in range(5):
        changed = client.patch(booked["links"]["self"], json={"notes": str(attempt)}).json()
        stamps.append(changed["updated_at"])
    moments = [datetime.fromisoformat(stamp) for stamp in stamps]
    assert moments == sorted(moments)
    assert len(set(moments)) == len(moments)


def test_moving_keeps_the_length_and_renews_the_patient_link(
    client: httpx.Client, booked: dict[str, Any]
) -> None:
    link_before = client.get(booked["attendees"]["links"]["self"]).json()["attendees"][0]["telehealth_url"]
    new_start = datetime.fromisoformat(booked["starts_at"]) + timedelta(hours=2)
    moved = client.put(booked["links"]["self"], json={"starts_at": _stamp(new_start)}).json()
    assert moved["starts_at"] == _stamp(new_start)
    assert moved["ends_at"] == _stamp(new_start + timedelta(minutes=45))
    attendee = client.get(booked["attendees"]["links"]["self"]).json()["attendees"][0]
    assert attendee["telehealth_url"] != link_before
    assert moved["telehealth_url"] == booked["telehealth_url"]
    assert attendee["updated_at"] == moved["updated_at"]


def test_a_null_end_is_recomputed_from_the_type(client: httpx.Client, booked: dict[str, Any]) -> None:
    starts = datetime.fromisoformat(booked["starts_at"])
    stretched = client.patch(
        booked["links"]["self"], json={"ends_at": _stamp(starts + timedelta(hours=2))}
    ).json()
    assert stretched["ends_at"] == _stamp(starts + timedelta(hours=2))
    reset = client.patch(booked["links"]["self"], json={"ends_at": None}).json()
    assert reset["ends_at"] == _stamp(starts + timedelta(minutes=45))


def test_arrival_and_no_show_are_set_by_update(client: httpx.Client, booked: dict[str, Any]) -> None:
    arrived = client.patch(booked["links"]["self"], json={"patient_arrived": True}).json()
    assert arrived["patient_arrived"] is True
    assert arrived["did_not_arrive"] is False
    assert client.get(booked["attendees"]["links"]["self"]).json()["attendees"][0]["arrived"] is True
    no_show = client.patch(booked["links"]["self"], json={"did_not_arrive": True}).json()
    assert no_show["did_not_arrive"] is True
    assert no_show["patient_arrived"] is False
    both = client.patch(booked["links"]["self"], json={"did_not_arrive": True, "patient_arrived": True})
    assert both.status_code == 422
    assert client.patch(booked["links"]["self"], json={"patient_arrived": "yes"}).status_code == 422


def test_an_update_that_ends_before_it_starts_is_a_422(client: httpx.Client, booked: dict[str, Any]) -> None:
    response = client.patch(booked["links"]["self"], json={"ends_at": booked["starts_at"]})
    assert response.status_code == 422
    assert "ends_at" in response.json()["errors"]
    assert client.get(booked["links"]["self"]).json()["ends_at"] == booked["ends_at"]


def test_cancelling_moves_it_to_cancelled_and_keeps_it_listed(
    client: httpx.Client, booked: dict[str, Any], fetch_all: FetchAll
) -> None:
    response = client.patch(
        f"{booked['links']['self']}/cancel", json={"cancellation_reason": 40, "cancellation_note": "Away"}
    )
    assert response.status_code == 204
    assert response.content == b""
    cancelled = client.get(booked["links"]["self"]).json()
    assert cancelled["cancelled_at"] is not None
    assert cancelled["cancellation_reason"] == 40
    assert cancelled["cancellation_reason_description"] == "Away"
    assert cancelled["cancellation_note"] == "Away"
    assert cancelled["updated_at"] > booked["updated_at"]
    query = [("q[]", f"id:={booked['id']}")]
    assert [a["id"] for a in fetch_all("/individual_appointments/cancelled", query)] == [booked["id"]]
    assert [a["id"] for a in fetch_all("/individual_appointments", query)] == [booked["id"]]
    attendee = client.get(booked["attendees"]["links"]["self"]).json()["attendees"][0]
    assert attendee["cancelled_at"] == cancelled["cancelled_at"]
    assert attendee["id"] in {
        a["id"] for a in fetch_all("/attendees/cancelled", [("q[]", f"booking_id:={booked['id']}")])
    }


@pytest.mark.parametrize("reason", [None, 11, "abc", 70])
def test_a_cancel_needs_a_known_reason(client: httpx.Client, booked: dict[str, Any], reason: object) -> None:
    response = client.patch(f"{booked['links']['self']}/cancel", json={"cancellation_reason": reason})
    assert response.status_code == 422
    assert response.json()["errors"]["cancellation_reason"]
    assert client.get(booked["links"]["self"]).json()["cancelled_at"] is None


def test_every_documented_reason_code_is_accepted(
    client: httpx.Client, refs: dict[str, Any], free_slot: datetime
) -> None:
    for hour, reason in enumerate((10, 20, 30, 31, 40, 50, 60)):
        appointment = _book(client, refs, free_slot.replace(hour=hour + 1))
        response = client.patch(
            f"{appointment['links']['self']}/cancel", json={"cancellation_reason": str(reason)}
        )
        assert response.status_code == 204
        assert client.get(appointment["links"]["self"]).json()["cancellation_reason"] == reason


def test_deleting_moves_it_to_deleted(
    client: httpx.Client, booked: dict[str, Any], fetch_all: FetchAll
) -> None:
    response = client.delete(booked["links"]["self"])
    assert response.status_code == 204
    assert client.get(booked["links"]["self"]).status_code == 404
    query = [("q[]", f"id:={booked['id']}")]
    assert fetch_all("/individual_appointments", query) == []
    assert fetch_all("/individual_appointments/cancelled", query) == []
    deleted = fetch_all("/individual_appointments/deleted", query)
    assert [a["id"] for a in deleted] == [booked["id"]]
    assert deleted[0]["deleted_at"] == deleted[0]["updated_at"]
    assert deleted[0]["updated_at"] > booked["updated_at"]
    assert fetch_all("/attendees", [("q[]", f"booking_id:={booked['id']}")]) == []
    assert len(fetch_all("/attendees/deleted", [("q[]", f"booking_id:={booked['id']}")])) == 1


def test_a_deleted_appointment_cannot_be_changed_again(client: httpx.Client, booked: dict[str, Any]) -> None:
    assert client.delete(booked["links"]["self"]).status_code == 204
    assert client.delete(booked["links"]["self"]).status_code == 404
    assert client.patch(booked["links"]["self"], json={"notes": "x"}).status_code == 404
    assert (
        client.patch(f"{booked['links']['self']}/cancel", json={"cancellation_reason": 50}).status_code == 404
    )


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE"])
def test_writes_to_missing_appointments_are_404(client: httpx.Client, method: str) -> None:
    response = client.request(method, "/individual_appointments/1234567890123456789", json={"notes": "x"})
    assert response.status_code == 404


def test_conflicts_follow_overlaps_half_open(
    client: httpx.Client, refs: dict[str, Any], free_slot: datetime
) -> None:
    first = _book(client, refs, free_slot.replace(hour=1))
    touching = _book(client, refs, free_slot.replace(hour=1, minute=45))

    def exists(appointment: dict[str, Any]) -> bool:
        body = client.get(appointment["conflicts"]["links"]["self"]).json()
        assert set(body) == {"conflicts"}
        assert set(body["conflicts"]) == {"exist"}
        return bool(body["conflicts"]["exist"])

    assert not exists(first)
    assert not exists(touching)
    overlapping = _book(client, refs, free_slot.replace(hour=1, minute=30))
    assert exists(first)
    assert exists(overlapping)
    assert exists(touching)
    client.patch(f"{overlapping['links']['self']}/cancel", json={"cancellation_reason": 50})
    assert not exists(first)
    assert not exists(touching)
    assert not exists(overlapping), "a cancelled appointment occupies no time"
    other = _book(client, refs, free_slot.replace(hour=1), practitioner_id=refs["other_practitioner_id"])
    assert not exists(other), "another practitioner's diary is not a conflict"


def test_unavailable_blocks_are_conflicts(
    client: httpx.Client, refs: dict[str, Any], fetch_all: FetchAll
) -> None:
    # Seeded appointments never overlap a lunch break, so only the block can make this a conflict.
    lunch = next(block for block in fetch_all("/unavailable_blocks") if block["notes"] == "Lunch")
    practitioner = {**refs, "practitioner_id": _id_of(lunch, "practitioner")}
    starts = datetime.fromisoformat(lunch["starts_at"])
    during = _book(client, practitioner, starts + timedelta(minutes=15))
    assert client.get(during["conflicts"]["links"]["self"]).json() == {"conflicts": {"exist": True}}


def test_store_hooks_change_data_behind_the_api(client: httpx.Client, demo_server: SandboxServer) -> None:
    telehealth_type = next(
        t for t in client.get("/appointment_types").json()["appointment_types"] if t["telehealth_enabled"]
    )
    appointment = client.get(
        "/individual_appointments",
        params={"q[]": f"appointment_type_id:={telehealth_type['id']}", "per_page": 1},
    ).json()["individual_appointments"][0]
    demo_server.store.set_appointment_type_telehealth(telehealth_type["id"], False)
    switched = client.get(telehealth_type["links"]["self"]).json()
    assert switched["telehealth_enabled"] is False
    assert switched["updated_at"] > telehealth_type["updated_at"]
    unchanged = client.get(appointment["links"]["self"]).json()
    assert unchanged == appointment, "switching a type off touches no appointment"
    demo_server.store.set_appointment_type_telehealth(telehealth_type["id"], True)

    demo_server.store.update_appointment(appointment["id"], {"notes": "changed behind the API"})
    assert client.get(appointment["links"]["self"]).json()["notes"] == "changed behind the API"
    new_id = demo_server.store.create_appointment(
        {
            "starts_at": "2031-01-06T00:00:00Z",
            "patient_id": _id_of(appointment, "patient"),
            "practitioner_id": _id_of(appointment, "practitioner"),
            "appointment_type_id": telehealth_type["id"],
            "business_id": _id_of(appointment, "business"),
        }
    )
    assert client.get(f"/individual_appointments/{new_id}").status_code == 200
    demo_server.store.delete_appointment(new_id)
    assert new_id in demo_server.store.ids_of("individual_appointments", "deleted")

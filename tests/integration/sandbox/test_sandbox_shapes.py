"""JSON shapes a client written from the Cliniko docs relies on: ids, links, times, telehealth URLs."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer

FetchAll = Callable[..., list[dict[str, Any]]]
ID = re.compile(r"^[1-9]\d{17,18}$")
UTC_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$")
LISTS = [
    "businesses",
    "users",
    "practitioners",
    "appointment_types",
    "appointment_types/archived",
    "patients",
    "patients/archived",
    "individual_appointments",
    "individual_appointments/cancelled",
    "individual_appointments/deleted",
    "attendees",
    "attendees/cancelled",
    "attendees/deleted",
    "unavailable_blocks",
    "unavailable_blocks/deleted",
]
TIME_FIELDS = (
    "created_at",
    "updated_at",
    "starts_at",
    "ends_at",
    "cancelled_at",
    "deleted_at",
    "archived_at",
)


def _check_record(record: dict[str, Any], base_url: str) -> None:
    assert isinstance(record["id"], str)
    assert ID.match(record["id"]), record["id"]
    assert record["links"]["self"].startswith(base_url)
    assert record["links"]["self"].endswith("/" + record["id"])
    for name in TIME_FIELDS:
        value = record.get(name)
        if value is not None:
            assert UTC_STAMP.match(value), (name, value)
    for value in record.values():
        if isinstance(value, dict) and "links" in value:
            assert set(value) == {"links"}
            assert value["links"]["self"].startswith(base_url)
    assert not any(key.endswith("_id") for key in record), "relations are links, not ids"


@pytest.mark.parametrize("path", LISTS)
def test_every_list_has_the_cliniko_envelope_and_record_shape(
    client: httpx.Client, demo_server: SandboxServer, path: str
) -> None:
    response = client.get(f"/{path}")
    assert response.status_code == 200
    body = response.json()
    key = path.split("/", maxsplit=1)[0]
    assert set(body) == {key, "total_entries", "links"}
    assert isinstance(body["total_entries"], int)
    assert body["total_entries"] >= 1
    assert body["links"]["self"].startswith(f"{demo_server.base_url}/{path}?")
    assert "previous" not in body["links"]
    assert len(body[key]) == min(body["total_entries"], 50)
    for record in body[key]:
        _check_record(record, demo_server.base_url)


def test_every_appointment_and_attendee_has_a_telehealth_url(fetch_all: FetchAll) -> None:
    appointments = fetch_all("/individual_appointments") + fetch_all("/individual_appointments/deleted")
    attendees = fetch_all("/attendees") + fetch_all("/attendees/deleted")
    assert len(appointments) == len(attendees) > 1000
    for appointment in appointments:
        assert appointment["telehealth_url"].endswith(f"/appointments/{appointment['id']}/connect")
    patient_links = [attendee["telehealth_url"] for attendee in attendees]
    assert all(
        re.fullmatch(r"https://[\w.-]+/c/[A-Za-z0-9]{5}-[A-Za-z0-9]{12}", link) for link in patient_links
    )
    assert len(set(patient_links)) == len(patient_links), "patient links are unique"


def test_telehealth_urls_do_not_depend_on_the_type(client: httpx.Client, fetch_all: FetchAll) -> None:
    types = {t["id"]: t for t in fetch_all("/appointment_types")}
    enabled = {key: value["telehealth_enabled"] for key, value in types.items()}
    assert {True, False, None} <= set(enabled.values())
    seen_flags = set()
    for appointment in fetch_all("/individual_appointments")[:600]:
        type_id = appointment["appointment_type"]["links"]["self"].rsplit("/", 1)[1]
        if type_id in enabled:
            seen_flags.add(enabled[type_id])
            assert appointment["telehealth_url"]
    assert {True, False, None} <= seen_flags


def test_relation_links_resolve(client: httpx.Client, demo_server: SandboxServer) -> None:
    appointment = client.get(
        "/individual_appointments", params={"per_page": 1, "sort": "starts_at:desc"}
    ).json()["individual_appointments"][0]
    for relation in (
        "appointment_type",
        "business",
        "practitioner",
        "patient",
        "attendees",
        "conflicts",
        "links",
    ):
        url = appointment[relation]["links"]["self"] if relation != "links" else appointment["links"]["self"]
        response = client.get(url)
        assert response.status_code == 200, relation
    attendee = client.get(appointment["attendees"]["links"]["self"]).json()["attendees"][0]
    assert client.get(attendee["booking"]["links"]["self"]).json()["id"] == appointment["id"]
    assert client.get(attendee["patient"]["links"]["self"]).status_code == 200
    practitioner = client.get(appointment["practitioner"]["links"]["self"]).json()
    assert client.get(practitioner["user"]["links"]["self"]).status_code == 200
    offered = client.get(practitioner["appointment_types"]["links"]["self"]).json()["appointment_types"]
    assert offered
    type_record = offered[0]
    staff = client.get(type_record["practitioners"]["links"]["self"]).json()["practitioners"]
    assert practitioner["id"] in {p["id"] for p in staff}
    block = client.get("/unavailable_blocks", params={"per_page": 1}).json()["unavailable_blocks"][0]
    assert client.get(block["practitioner"]["links"]["self"]).status_code == 200
    assert client.get(block["business"]["links"]["self"]).status_code == 200


def test_links_use_the_host_the_client_addressed(client: httpx.Client, demo_server: SandboxServer) -> None:
    response = client.get("/businesses", headers={"Host": f"localhost:{demo_server.port}"})
    business = response.json()["businesses"][0]
    assert business["links"]["self"] == f"http://localhost:{demo_server.port}/v1/businesses/{business['id']}"


def test_the_business_names_an_iana_zone(client: httpx.Client) -> None:
    business = client.get("/businesses").json()["businesses"][0]
    assert business["time_zone_identifier"] == "Australia/Sydney"
    assert business["business_name"]


def test_user_is_the_signed_in_administrator(client: httpx.Client) -> None:
    user = client.get("/user").json()
    assert user["role"] == "administrator"
    assert user["user_active"] is True
    assert ID.match(user["id"])
    assert {"first_name", "last_name", "email"} <= set(user)


def test_id_order_is_not_time_order(fetch_all: FetchAll) -> None:
    appointments = fetch_all("/individual_appointments", [("sort", "created_at")])
    ids_in_time_order = [int(a["id"]) for a in appointments]
    assert ids_in_time_order != sorted(ids_in_time_order)


def test_ids_exceed_a_doubles_exact_range(fetch_all: FetchAll) -> None:
    ids = [int(a["id"]) for a in fetch_all("/patients")]
    assert sum(1 for value in ids if value > 2**53) > len(ids) // 2


def test_appointment_times_are_utc_and_parse(client: httpx.Client) -> None:
    for appointment in client.get("/individual_appointments").json()["individual_appointments"]:
        starts = datetime.fromisoformat(appointment["starts_at"])
        ends = datetime.fromisoformat(appointment["ends_at"])
        assert starts.utcoffset() is not None
        assert starts.utcoffset().total_seconds() == 0
        assert ends > starts


@pytest.mark.parametrize(
    "path",
    [
        "/individual_appointments/1234567890123456789",
        "/patients/1",
        "/practitioners/99999999999999999999999",
        "/individual_appointments/1234567890123456789/attendees",
        "/individual_appointments/1234567890123456789/conflicts",
        "/attendees/1234567890123456789",
        "/no_such_resource",
        "/patients/not-a-number",
    ],
)
def test_missing_records_answer_404_with_json(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "message" in response.json()


def test_deleted_appointments_and_archived_types_answer_404_singly(client: httpx.Client) -> None:
    deleted = client.get("/individual_appointments/deleted").json()["individual_appointments"][0]
    assert client.get(f"/individual_appointments/{deleted['id']}").status_code == 404
    archived = client.get("/appointment_types/archived").json()["appointment_types"][0]
    assert archived["archived_at"] is not None
    assert client.get(f"/appointment_types/{archived['id']}").status_code == 404


def test_archived_patients_are_still_readable_singly(client: httpx.Client) -> None:
    archived = client.get("/patients/archived").json()["patients"][0]
    response = client.get(archived["links"]["self"])
    assert response.status_code == 200
    assert response.json()["archived_at"] == archived["archived_at"]


def test_a_wrong_method_is_405(client: httpx.Client) -> None:
    assert client.post("/patients", json={}).status_code == 405

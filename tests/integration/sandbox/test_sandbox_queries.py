"""Every `q[]` operator for each field kind, and `sort` with several fields and `:desc`.

The expected answers are computed here, in Python, from the complete unfiltered lists.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

FetchAll = Callable[..., list[dict[str, Any]]]
Records = list[dict[str, Any]]


@pytest.fixture(scope="module")
def appointments(fetch_all: FetchAll) -> Records:
    return fetch_all("/individual_appointments")


@pytest.fixture(scope="module")
def patients(fetch_all: FetchAll) -> Records:
    return fetch_all("/patients")


def _ids(records: Records) -> set[str]:
    return {record["id"] for record in records}


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _related(record: dict[str, Any], relation: str) -> str:
    return record[relation]["links"]["self"].rsplit("/", 1)[1]


DATETIME_OPS: dict[str, Callable[[datetime, datetime], bool]] = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
}


@pytest.mark.parametrize("op", list(DATETIME_OPS))
@pytest.mark.parametrize("field", ["updated_at", "starts_at", "created_at"])
def test_datetime_operators(fetch_all: FetchAll, appointments: Records, op: str, field: str) -> None:
    ordered = sorted(appointments, key=lambda a: a[field])
    pivot_text = ordered[len(ordered) // 2][field]  # an existing value, so the boundary matters
    pivot = _when(pivot_text)
    assert pivot is not None
    expected = {a["id"] for a in appointments if DATETIME_OPS[op](_when(a[field]), pivot)}
    got = fetch_all("/individual_appointments", [("q[]", f"{field}:{op}{pivot_text}")])
    assert _ids(got) == expected
    assert 0 < len(expected) < len(appointments)


def test_datetime_values_may_carry_an_offset(fetch_all: FetchAll, appointments: Records) -> None:
    pivot = _when(sorted(a["starts_at"] for a in appointments)[len(appointments) // 3])
    assert pivot is not None
    sydney_style = pivot.astimezone(timezone(timedelta(hours=10))).isoformat()
    as_z = fetch_all(
        "/individual_appointments", [("q[]", f"starts_at:>={pivot.isoformat().replace('+00:00', 'Z')}")]
    )
    as_offset = fetch_all("/individual_appointments", [("q[]", f"starts_at:>={sydney_style}")])
    assert _ids(as_z) == _ids(as_offset)
    assert len(as_z) == sum(1 for a in appointments if _when(a["starts_at"]) >= pivot)


def test_cancelled_at_filter_finds_only_cancelled(fetch_all: FetchAll, appointments: Records) -> None:
    got = fetch_all("/individual_appointments", [("q[]", "cancelled_at:>2000-01-01T00:00:00Z")])
    assert _ids(got) == {a["id"] for a in appointments if a["cancelled_at"]}
    assert got


@pytest.mark.parametrize("op", ["=", "!="])
def test_integer_equality_on_relations(fetch_all: FetchAll, appointments: Records, op: str) -> None:
    practitioner = _related(appointments[0], "practitioner")
    got = fetch_all("/individual_appointments", [("q[]", f"practitioner_id:{op}{practitioner}")])
    expected = {a["id"] for a in appointments if (_related(a, "practitioner") == practitioner) == (op == "=")}
    assert _ids(got) == expected
    assert expected


@pytest.mark.parametrize("op", ["=", "!="])
def test_integer_lists(fetch_all: FetchAll, appointments: Records, op: str) -> None:
    chosen = sorted({_related(a, "practitioner") for a in appointments})[:2]
    got = fetch_all("/individual_appointments", [("q[]", f"practitioner_id:{op}{','.join(chosen)}")])
    expected = {a["id"] for a in appointments if (_related(a, "practitioner") in chosen) == (op == "=")}
    assert _ids(got) == expected
    assert expected


@pytest.mark.parametrize("op", [">", ">=", "<", "<="])
def test_integer_ordering_on_ids(fetch_all: FetchAll, patients: Records, op: str) -> None:
    pivot = sorted(int(p["id"]) for p in patients)[len(patients) // 2]
    compare = {">": int.__gt__, ">=": int.__ge__, "<": int.__lt__, "<=": int.__le__}[op]
    got = fetch_all("/patients", [("q[]", f"id:{op}{pivot}")])
    assert _ids(got) == {p["id"] for p in patients if compare(int(p["id"]), pivot)}


def test_id_list_fetches_exact_records(client: httpx.Client, patients: Records) -> None:
    wanted = [patients[3]["id"], patients[100]["id"], patients[250]["id"]]
    body = client.get("/patients", params={"q[]": f"id:={','.join(wanted)}"}).json()
    assert {p["id"] for p in body["patients"]} == set(wanted)
    assert body["total_entries"] == 3


def test_string_equals_and_not_equals(fetch_all: FetchAll, patients: Records) -> None:
    name = patients[0]["last_name"]
    equal = fetch_all("/patients", [("q[]", f"last_name:={name}")])
    assert _ids(equal) == {p["id"] for p in patients if p["last_name"] == name}
    different = fetch_all("/patients", [("q[]", f"last_name:!={name}")])
    assert _ids(different) == {p["id"] for p in patients if p["last_name"] != name}


def test_string_contains_is_case_insensitive(fetch_all: FetchAll, patients: Records) -> None:
    got = fetch_all("/patients", [("q[]", "last_name:~SON")])
    assert _ids(got) == {p["id"] for p in patients if "son" in p["last_name"].lower()}
    assert got


def test_string_contains_treats_percent_and_underscore_literally(fetch_all: FetchAll) -> None:
    assert fetch_all("/patients", [("q[]", "last_name:~%")]) == []
    assert fetch_all("/patients", [("q[]", "last_name:~_")]) == []


def test_string_wildcard(fetch_all: FetchAll, patients: Records) -> None:
    pattern = "%a%e%"
    got = fetch_all("/patients", [("q[]", f"first_name:~~{pattern}")])
    glob = pattern.replace("%", "*")
    assert _ids(got) == {p["id"] for p in patients if fnmatch.fnmatchcase(p["first_name"].lower(), glob)}
    assert got
    anchored = fetch_all("/patients", [("q[]", "last_name:~~O'%")])
    assert anchored
    assert all(p["last_name"].startswith("O'") for p in anchored)


def test_string_filter_on_appointment_patient_name(fetch_all: FetchAll, appointments: Records) -> None:
    got = fetch_all("/individual_appointments", [("q[]", "patient_name:~ng")])
    assert _ids(got) == {a["id"] for a in appointments if "ng" in a["patient_name"].lower()}


def test_boolean_and_date_fields(fetch_all: FetchAll, appointments: Records, patients: Records) -> None:
    arrived = fetch_all("/individual_appointments", [("q[]", "patient_arrived:=true")])
    assert _ids(arrived) == {a["id"] for a in appointments if a["patient_arrived"]}
    older = fetch_all("/patients", [("q[]", "date_of_birth:<1960-01-01")])
    assert _ids(older) == {p["id"] for p in patients if p["date_of_birth"] < "1960-01-01"}
    assert older


def test_filters_combine_with_and(fetch_all: FetchAll, appointments: Records) -> None:
    practitioner = _related(appointments[-1], "practitioner")
    starts = sorted(a["starts_at"] for a in appointments)
    low, high = starts[len(starts) // 4], starts[3 * len(starts) // 4]
    params = [
        ("q[]", f"practitioner_id:={practitioner}"),
        ("q[]", f"starts_at:>={low}"),
        ("q[]", f"starts_at:<{high}"),
    ]
    expected = {
        a["id"]
        for a in appointments
        if _related(a, "practitioner") == practitioner and low <= a["starts_at"] < high
    }
    assert _ids(fetch_all("/individual_appointments", params)) == expected
    assert expected


def test_plain_q_without_brackets_is_accepted(client: httpx.Client) -> None:
    with_brackets = client.get("/patients", params={"q[]": "last_name:~an"}).json()["total_entries"]
    without = client.get("/patients", params={"q": "last_name:~an"}).json()["total_entries"]
    assert with_brackets == without > 0


@pytest.mark.parametrize(
    "bad",
    [
        "no_such_field:=1",
        "updated_at:=2024-01-01T00:00:00Z",  # date-times take > >= < <= only
        "updated_at:>yesterday",
        "updated_at:>2024-01-01T00:00:00",  # no zone
        "practitioner_id:~12",
        "practitioner_id:=twelve",
        "last_name:>Smith",
        "last_name",
        "patient_arrived:=maybe",
    ],
)
def test_bad_filters_are_a_400_with_errors(client: httpx.Client, bad: str) -> None:
    path = "/patients" if bad.startswith("last_name") else "/individual_appointments"
    response = client.get(path, params={"q[]": bad})
    assert response.status_code == 400
    assert response.json()["errors"]["q"]


# ----- sorting -------------------------------------------------------------------------------------


def test_default_order_is_created_at_then_id(appointments: Records) -> None:
    keys = [(_when(a["created_at"]), int(a["id"])) for a in appointments]
    assert keys == sorted(keys)


def test_sort_descending(client: httpx.Client, fetch_all: FetchAll) -> None:
    got = fetch_all("/individual_appointments", [("sort", "updated_at:desc")])
    keys = [_when(a["updated_at"]) for a in got]
    assert keys == sorted(keys, reverse=True)


def test_sort_by_several_fields_mixing_directions(fetch_all: FetchAll) -> None:
    got = fetch_all("/individual_appointments", [("sort", "practitioner_id,starts_at:desc")])
    practitioners = [int(_related(a, "practitioner")) for a in got]
    assert practitioners == sorted(practitioners)
    for index in range(1, len(got)):
        if practitioners[index] == practitioners[index - 1]:
            assert got[index]["starts_at"] <= got[index - 1]["starts_at"]


def test_ties_are_broken_by_id_so_pages_never_shuffle(fetch_all: FetchAll) -> None:
    got = fetch_all("/individual_appointments", [("sort", "updated_at,id")], per_page=30)
    keys = [(_when(a["updated_at"]), int(a["id"])) for a in got]
    assert keys == sorted(keys)
    by_practitioner = fetch_all("/individual_appointments", [("sort", "practitioner_id")], per_page=30)
    pairs = [(int(_related(a, "practitioner")), int(a["id"])) for a in by_practitioner]
    assert pairs == sorted(pairs)


def test_order_parameter_sets_the_default_direction(fetch_all: FetchAll) -> None:
    got = fetch_all("/patients", [("sort", "last_name"), ("order", "desc")])
    names = [p["last_name"] for p in got]
    assert names == sorted(names, reverse=True)


@pytest.mark.parametrize("sort", ["password", "starts_at:sideways", "telehealth_url"])
def test_bad_sorts_are_a_400(client: httpx.Client, sort: str) -> None:
    response = client.get("/individual_appointments", params={"sort": sort})
    assert response.status_code == 400
    assert response.json()["errors"]["sort"]

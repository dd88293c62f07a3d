"""Page-number pagination as Cliniko serves it: per_page (default 50, capped at 100) and links."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import httpx
import pytest


def test_following_next_links_collects_exactly_total_entries(client: httpx.Client) -> None:
    response = client.get("/individual_appointments", params={"per_page": 37})
    body = response.json()
    total = body["total_entries"]
    ids = [a["id"] for a in body["individual_appointments"]]
    pages = 1
    while "next" in body["links"]:
        body = client.get(body["links"]["next"]).json()
        assert body["total_entries"] == total
        ids.extend(a["id"] for a in body["individual_appointments"])
        pages += 1
    assert len(ids) == total == len(set(ids))
    assert pages == -(-total // 37)
    assert total > 1000


def test_previous_links_walk_back_to_the_first_page(client: httpx.Client) -> None:
    first = client.get("/patients", params={"per_page": 100}).json()
    assert "previous" not in first["links"]
    third = client.get(client.get(first["links"]["next"]).json()["links"]["next"]).json()
    back = client.get(client.get(third["links"]["previous"]).json()["links"]["previous"]).json()
    assert [p["id"] for p in back["patients"]] == [p["id"] for p in first["patients"]]
    assert "previous" not in back["links"]


def test_the_last_page_has_no_next_link(client: httpx.Client) -> None:
    total = client.get("/patients").json()["total_entries"]
    last_page = -(-total // 100)
    body = client.get("/patients", params={"per_page": 100, "page": last_page}).json()
    assert "next" not in body["links"]
    assert "previous" in body["links"]
    assert len(body["patients"]) == total - 100 * (last_page - 1)


def test_a_page_past_the_end_is_empty(client: httpx.Client) -> None:
    body = client.get("/practitioners", params={"page": 5}).json()
    assert body["practitioners"] == []
    assert body["total_entries"] == 6
    assert "next" not in body["links"]


def test_per_page_defaults_to_50_and_is_capped_at_100(client: httpx.Client) -> None:
    assert len(client.get("/patients").json()["patients"]) == 50
    capped = client.get("/patients", params={"per_page": 1000}).json()
    assert len(capped["patients"]) == 100
    assert parse_qs(urlsplit(capped["links"]["self"]).query)["per_page"] == ["100"]


def test_links_keep_the_filters_and_sort(client: httpx.Client) -> None:
    params = [
        ("q[]", "last_name:~a"),
        ("q[]", "first_name:~e"),
        ("sort", "last_name:desc"),
        ("per_page", "5"),
    ]
    body = client.get("/patients", params=params).json()
    next_query = parse_qs(urlsplit(body["links"]["next"]).query)
    assert next_query["q[]"] == ["last_name:~a", "first_name:~e"]
    assert next_query["sort"] == ["last_name:desc"]
    assert next_query["page"] == ["2"]
    second = client.get(body["links"]["next"]).json()
    assert second["total_entries"] == body["total_entries"]
    names = [p["last_name"].lower() for p in second["patients"]]
    assert all("a" in name for name in names)


@pytest.mark.parametrize("params", [{"page": "0"}, {"page": "abc"}, {"per_page": "0"}, {"per_page": "-5"}])
def test_nonsense_paging_is_a_400(client: httpx.Client, params: dict[str, str]) -> None:
    response = client.get("/patients", params=params)
    assert response.status_code == 400
    assert set(response.json()["errors"]) <= {"page", "per_page"}

"""What the documentation promises about lists, and nothing more: a list ends when `links.next` is absent,
`next` is followed as given, a page shorter than asked can still have a next one, lists Cliniko's own
reference names but our summary does not may be missing (404), and within one shown second an edited
record looks like a repeat except for its content.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urlencode

import httpx
import pytest

from app.domain.entities import Attendee, UnavailableBlock
from app.remote.base import ListVariant, ResourceKind
from app.remote.cliniko_endpoints import OPTIONAL_LISTS, next_page_request
from app.remote.errors import NotFoundError

from .cliniko_fakes import (
    API,
    FakeClock,
    FakeListServer,
    at,
    attendee_json,
    json_response,
    link,
    make_adapter,
)

pytestmark = pytest.mark.anyio

BLOCK = {
    "id": "9001",
    "updated_at": "2024-05-01T10:00:00Z",
    "starts_at": "2024-05-02T02:00:00Z",
    "ends_at": "2024-05-02T03:00:00Z",
    "practitioner": link("practitioners/7"),
    "business": link("businesses/1"),
}


def _types(first: int, count: int) -> list[dict[str, str]]:
    return [{"id": str(first + n)} for n in range(count)]


async def test_next_links_are_followed_exactly_as_given(clock: FakeClock) -> None:
    # Short pages, and a next link whose parameters are in another order, with one never sent.
    second_query = [("page", "2"), ("token", "a b/c"), ("per_page", "100")]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            following = f"{API}/practitioners/7/appointment_types?{urlencode(second_query)}"
            return json_response({"appointment_types": _types(1, 2), "links": {"next": following}})
        return json_response({"appointment_types": _types(10, 1), "links": {"self": str(request.url)}})

    async with make_adapter(answer, clock) as adapter:
        offered = await adapter.list_practitioner_appointment_types("7")

    assert offered == {"1", "2", "10"}
    assert len(seen) == 2
    assert seen[1].url.path == "/v1/practitioners/7/appointment_types"
    assert list(seen[1].url.params.multi_items()) == second_query


async def test_a_full_page_without_a_next_link_is_the_last(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        records = _types(100, 100) if len(seen) == 1 else []
        return json_response({"appointment_types": records, "links": {"self": str(request.url)}})

    async with make_adapter(answer, clock) as adapter:
        assert len(await adapter.list_practitioner_appointment_types("7")) == 100
    assert len(seen) == 1


async def test_without_links_short_lists_are_paged_by_number(clock: FakeClock) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return json_response({"appointment_types": _types(page * 1000, 100 if page < 3 else 4)})

    async with make_adapter(answer, clock) as adapter:
        assert len(await adapter.list_practitioner_appointment_types("7")) == 204


async def test_a_next_link_to_another_host_is_not_sent_the_key(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) == 1:
            following = "https://elsewhere.example.com/v1/practitioners/7/appointment_types?page=2"
            return json_response({"appointment_types": _types(1, 1), "links": {"next": following}})
        return json_response({"appointment_types": _types(5, 1), "links": {}})

    async with make_adapter(answer, clock) as adapter:
        assert await adapter.list_practitioner_appointment_types("7") == {"1", "5"}
    assert {request.url.host for request in seen} == {"api.au1.cliniko.com"}
    assert seen[1].url.params["page"] == "2"


@pytest.mark.parametrize(
    "url",
    [
        "https://api.au1.cliniko.com:8443/v1/patients?page=2",
        "http://api.au1.cliniko.com/v1/patients?page=2",
        "https://api.au1.cliniko.com/v2/patients?page=2",
        "https://api.au1.cliniko.com/v1/../admin?page=2",
    ],
)
def test_next_links_leaving_the_api_root_are_refused(url: str) -> None:
    assert next_page_request(url, API) is None


def test_a_next_link_under_the_api_root_keeps_its_parameters_in_order() -> None:
    url = f"{API}/attendees?sort=updated_at%2Cid&page=3&q%5B%5D=updated_at%3A%3E%3D2024-05-01T10%3A00%3A00Z"
    assert next_page_request(url, API) == (
        "attendees",
        [("sort", "updated_at,id"), ("page", "3"), ("q[]", "updated_at:>=2024-05-01T10:00:00Z")],
    )


async def test_a_change_walk_goes_on_when_the_server_pages_smaller_than_asked(clock: FakeClock) -> None:
    server = FakeListServer()
    for n in range(11):
        server.add(str(500 + n), at(n))

    def capped(request: httpx.Request) -> httpx.Response:
        # The server serves 3 a page whatever was asked, and says so with a next link.
        params = [(k, "3" if k == "per_page" else v) for k, v in request.url.params.multi_items()]
        body = server(httpx.Request(request.method, request.url.copy_with(params=params))).json()
        if body["total_entries"] > 3:
            body["links"] = {"next": f"{API}/individual_appointments?page=2"}
        return json_response(body)

    async with make_adapter(capped, clock) as adapter:
        pages = [
            page
            async for page in adapter.list_changes(
                ResourceKind.APPOINTMENTS, ListVariant.LIVE, None, page_size=5
            )
        ]
    assert [record.id for page in pages for record in page.records] == list(server.ids_in_order())


async def test_optional_deleted_lists_are_read_when_the_server_has_them(clock: FakeClock) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/attendees/deleted":
            return json_response({"attendees": [attendee_json("5001")], "links": {}})
        return json_response({"unavailable_blocks": [BLOCK], "links": {}})

    async with make_adapter(answer, clock) as adapter:
        attendees = await adapter.fetch_changes_page(ResourceKind.ATTENDEES, ListVariant.DELETED, None)
        blocks = await adapter.fetch_changes_page(ResourceKind.UNAVAILABLE_BLOCKS, ListVariant.DELETED, None)

    (attendee,) = attendees.records
    assert isinstance(attendee, Attendee)
    assert attendee.deleted_at == datetime.fromisoformat("2024-05-01T10:00:00Z")
    (block,) = blocks.records
    assert isinstance(block, UnavailableBlock)
    assert block.id == "9001"


async def test_a_missing_optional_list_reads_as_empty_and_is_not_asked_again(clock: FakeClock) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return json_response({"errors": {"base": ["Not found."]}}, status=404)

    async with make_adapter(answer, clock) as adapter:
        for endpoint in sorted(OPTIONAL_LISTS, key=str):
            for _ in range(2):
                pages = [page async for page in adapter.list_changes(endpoint.kind, endpoint.variant, at(0))]
                assert [page.records for page in pages] == [[]]
        assert len(seen) == len(OPTIONAL_LISTS)
        # A list every server must have is not excused.
        with pytest.raises(NotFoundError):
            await adapter.fetch_changes_page(ResourceKind.ATTENDEES, ListVariant.LIVE, None)


async def test_a_record_edited_within_the_shown_second_during_a_walk_comes_again(clock: FakeClock) -> None:
    server = FakeListServer()
    for n in range(5):
        server.add(str(700 + n), at(n + 0.2))
    requests = 0

    def edit_the_newest_after_the_first_page(fake: FakeListServer) -> None:
        nonlocal requests
        requests += 1
        if requests == 2:
            # Edited 0.5 s later: the server still shows the same second.
            fake.records["704"]["notes"] = "Moved to the big room"
            fake.touch("704", at(4.7))

    server.before_request = edit_the_newest_after_the_first_page
    async with make_adapter(server, clock) as adapter:
        pages = [
            page
            async for page in adapter.list_changes(
                ResourceKind.APPOINTMENTS, ListVariant.LIVE, None, page_size=5
            )
        ]

    yielded = [record for page in pages for record in page.records]
    assert [record.id for record in yielded] == ["700", "701", "702", "703", "704", "704"]
    assert [getattr(record, "notes", None) for record in yielded][-2:] == [
        "Bring scans",
        "Moved to the big room",
    ]


async def test_an_unchanged_repeat_within_the_shown_second_is_still_dropped(clock: FakeClock) -> None:
    server = FakeListServer()
    for n in range(5):
        server.add(str(700 + n), at(n + 0.2))
    async with make_adapter(server, clock) as adapter:
        pages = [
            page
            async for page in adapter.list_changes(
                ResourceKind.APPOINTMENTS, ListVariant.LIVE, None, page_size=5
            )
        ]
    assert [record.id for page in pages for record in page.records] == ["700", "701", "702", "703", "704"]
    assert len(server.requests) == 2

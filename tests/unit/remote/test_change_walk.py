"""The key walk: every changed record exactly once, robust to edits and to crowds in one second."""

from __future__ import annotations

from datetime import datetime

import pytest

from app.remote.base import ChangePage, ListVariant, ResourceKind
from app.remote.cliniko_adapter import ClinikoAdapter
from app.remote.errors import MalformedResponseError

from .cliniko_fakes import (
    BASE_TIME,
    FakeClock,
    FakeListServer,
    appointment_json,
    at,
    json_response,
    make_adapter,
)

pytestmark = pytest.mark.anyio


async def _walk(
    adapter: ClinikoAdapter, since: datetime | None = None, page_size: int = 5, **options: object
) -> list[ChangePage]:
    pages = []
    async for page in adapter.list_changes(
        ResourceKind.APPOINTMENTS,
        ListVariant.LIVE,
        since,
        page_size=page_size,
        **options,  # type: ignore[arg-type]
    ):
        pages.append(page)
    return pages


def _ids(pages: list[ChangePage]) -> list[str]:
    return [record.id for page in pages for record in page.records]


async def test_the_walk_returns_each_record_once_in_key_order(clock: FakeClock) -> None:
    server = FakeListServer()
    for n in range(23):
        server.add(str(100 + n), at(n * 7.3))
    async with make_adapter(server, clock) as adapter:
        pages = await _walk(adapter)
    assert _ids(pages) == list(server.ids_in_order())
    assert not pages[-1].is_full
    # Storing the last page's cursor and walking again re-reads only the last second.
    async with make_adapter(server, clock) as adapter:
        again = await _walk(adapter, since=pages[-1].resume_from)
    assert _ids(again) == ["122"]


async def test_cursors_only_move_forward_and_never_past_an_unseen_record(clock: FakeClock) -> None:
    server = FakeListServer()
    for n in range(40):
        server.add(str(n + 1), at(n // 3))  # three records a second
    async with make_adapter(server, clock) as adapter:
        pages = await _walk(adapter, page_size=4)
    cursors = [page.resume_from for page in pages]
    assert cursors == sorted(cursors)  # type: ignore[type-var]
    seen: set[str] = set()
    for page in pages:
        seen.update(r.id for r in page.records)
        unseen = [r for r in server.records.values() if r["id"] not in seen]
        assert page.resume_from is not None
        assert all(r["_updated_at"] >= page.resume_from for r in unseen)
    assert len(seen) == 40


async def test_more_than_a_page_in_one_second_is_walked_by_id(clock: FakeClock) -> None:
    server = FakeListServer()
    server.add("1", at(0))
    # A bulk import: 12 records within one second, stored with different fractions, ids out of order.
    for n, fraction in enumerate([0.9, 0.1, 0.5, 0.3, 0.7, 0.2, 0.8, 0.4, 0.6, 0.05, 0.95, 0.15]):
        server.add(str(500 - n * 17), at(5 + fraction))
    server.add("2", at(9))
    async with make_adapter(server, clock) as adapter:
        pages = await _walk(adapter, page_size=5)
    assert sorted(_ids(pages)) == sorted(server.records)
    assert len(_ids(pages)) == len(server.records)
    by_id = [r for r in server.requests if r.url.params.get("sort") == "id"]
    assert by_id, "the crowded second should have been walked by id"
    assert _ids(pages)[-1] == "2"


async def test_records_edited_during_the_walk_are_not_skipped(clock: FakeClock) -> None:
    server = FakeListServer()
    for n in range(20):
        server.add(str(n + 1), at(n))
    edits = iter(
        [
            lambda s: None,
            # After the first page: an already-read record and a not-yet-read one are edited.
            lambda s: (s.touch("2", at(100)), s.touch("15", at(101))),
            lambda s: s.records.pop("12"),  # deleted on the server: it leaves the live list
        ]
    )

    def edit_between_pages(s: FakeListServer) -> None:
        next(edits, lambda _: None)(s)

    server.before_request = edit_between_pages
    async with make_adapter(server, clock) as adapter:
        pages = await _walk(adapter, page_size=5)
    ids = _ids(pages)
    assert set(ids) == set(server.records) | {"2"}
    assert ids[-2:] == ["2", "15"]  # the edited versions come at the end, newest last
    assert ids.count("15") == 1  # not read at its old place: it had moved on before the walk got there
    assert ids.count("2") == 2  # read before the edit, and again after it
    assert len(ids) == len(set(ids)) + 1  # nothing else twice


async def test_the_window_limits_by_start_time(clock: FakeClock) -> None:
    server = FakeListServer()
    server.add("1", at(0), starts_at="2024-05-02T03:00:00Z", ends_at="2024-05-02T04:00:00Z")
    server.add("2", at(1), starts_at="2024-05-03T03:00:00Z", ends_at="2024-05-03T04:00:00Z")
    server.add("3", at(2), starts_at="2024-05-04T03:00:00Z", ends_at="2024-05-04T04:00:00Z")
    window = (datetime.fromisoformat("2024-05-03T00:00:00Z"), datetime.fromisoformat("2024-05-04T00:00:00Z"))
    async with make_adapter(server, clock) as adapter:
        pages = await _walk(adapter, window=window)
    assert _ids(pages) == ["2"]
    filters = server.requests[0].url.params.get_list("q[]")
    assert "starts_at:>=2024-05-03T00:00:00Z" in filters
    assert "starts_at:<2024-05-04T00:00:00Z" in filters


async def test_an_incremental_walk_filters_and_sorts_by_key(clock: FakeClock) -> None:
    server = FakeListServer()
    server.add("1", at(0))
    server.add("2", at(10.5))
    async with make_adapter(server, clock) as adapter:
        pages = await _walk(adapter, since=at(10.7))
    assert _ids(pages) == ["2"]  # the cursor is taken to its whole second
    params = server.requests[0].url.params
    assert params.get_list("q[]") == [f"updated_at:>={BASE_TIME.strftime('%Y-%m-%dT%H:%M')}:10Z"]
    assert params["sort"] == "updated_at,id"
    assert params["per_page"] == "5"


async def test_a_full_page_of_unreadable_records_stops_the_walk(clock: FakeClock) -> None:
    def handler(request: object) -> object:
        return json_response({"individual_appointments": [{"id": None}] * 5})

    async with make_adapter(handler, clock) as adapter:  # type: ignore[arg-type]
        with pytest.raises(MalformedResponseError):
            await _walk(adapter)


async def test_malformed_records_are_counted_once_across_re_reads(clock: FakeClock) -> None:
    records = [appointment_json(str(n), updated_at="2024-05-01T10:00:00Z") for n in range(1, 5)]
    records.append(appointment_json("5", updated_at="2024-05-01T10:00:03Z", starts_at="bad"))
    records.append(appointment_json("6", updated_at="2024-05-01T10:00:03Z"))

    def handler(request: object) -> object:
        filters = request.url.params.get_list("q[]")  # type: ignore[attr-defined]
        rows = records if not filters else [r for r in records if r["updated_at"] >= filters[0][-20:]]
        return json_response({"individual_appointments": rows[:5]})

    async with make_adapter(handler, clock) as adapter:  # type: ignore[arg-type]
        pages = await _walk(adapter)
    assert _ids(pages) == ["1", "2", "3", "4", "6"]
    assert sum(page.skipped for page in pages) == 1

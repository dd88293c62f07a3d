"""The adapter's operations: the requests they make and what they return."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

import httpx
import pytest

from app.domain.entities import CancellationReason, UserRole
from app.remote.base import (
    AppointmentChanges,
    Cancellation,
    ListVariant,
    NewAppointment,
    RemoteAdapter,
    ResourceKind,
)
from app.remote.errors import MalformedResponseError, NotFoundError, UnreadableBookingError

from .cliniko_fakes import (
    API,
    PATIENT_LINK,
    FakeClock,
    Handler,
    appointment_json,
    attendee_json,
    json_response,
    link,
    make_adapter,
)

pytestmark = pytest.mark.anyio

START = datetime(2024, 5, 2, 3, 45, tzinfo=UTC)


def _recording(answer: Handler) -> tuple[list[httpx.Request], Handler]:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    return seen, handler


def _body(request: httpx.Request) -> object:
    return json.loads(request.content)


async def test_the_adapter_fulfils_the_interface_and_states_its_capabilities(clock: FakeClock) -> None:
    async with make_adapter(lambda r: httpx.Response(204), clock) as adapter:
        assert isinstance(adapter, RemoteAdapter)
        caps = adapter.capabilities()
    assert caps.server_conflict_check
    assert caps.patient_links_per_attendee
    assert caps.max_page_size == 100
    assert caps.supports(ResourceKind.APPOINTMENTS, ListVariant.DELETED)
    assert not caps.supports(ResourceKind.BUSINESSES, ListVariant.DELETED)
    assert ResourceKind.APPOINTMENTS in caps.window_filter_kinds


async def test_create_posts_the_booking_and_returns_the_servers_appointment(clock: FakeClock) -> None:
    seen, handler = _recording(lambda r: json_response(appointment_json("1390726237298631770"), 201))
    new = NewAppointment(
        starts_at=START,
        ends_at=datetime(2024, 5, 2, 14, 30, tzinfo=UTC),
        practitioner_id="7",
        patient_id="82",
        appointment_type_id="22",
        business_id="1",
        notes="First visit",
    )
    async with make_adapter(handler, clock) as adapter:
        created = await adapter.create_appointment(new)
    assert created.id == "1390726237298631770"
    assert seen[0].method == "POST"
    assert seen[0].url.path == "/v1/individual_appointments"
    assert seen[0].headers["Content-Type"] == "application/json"
    assert _body(seen[0]) == {
        "starts_at": "2024-05-02T03:45:00Z",
        "ends_at": "2024-05-02T14:30:00Z",
        "practitioner_id": "7",
        "patient_id": "82",
        "appointment_type_id": "22",
        "business_id": "1",
        "notes": "First visit",
    }


async def test_a_create_answered_unreadably_says_not_to_book_again(clock: FakeClock) -> None:
    _, handler = _recording(lambda r: json_response(appointment_json(starts_at=None), 201))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(UnreadableBookingError, match="do not book it again"):
            await adapter.create_appointment(
                NewAppointment(
                    START, practitioner_id="7", patient_id="8", appointment_type_id="2", business_id="1"
                )
            )


async def test_update_sends_only_the_changed_fields(clock: FakeClock) -> None:
    seen, handler = _recording(lambda r: json_response(appointment_json("1001")))
    async with make_adapter(handler, clock) as adapter:
        await adapter.update_appointment(
            "1001", AppointmentChanges(starts_at=START, practitioner_id="8", notes="")
        )
    assert (seen[0].method, seen[0].url.path) == ("PATCH", "/v1/individual_appointments/1001")
    assert _body(seen[0]) == {"starts_at": "2024-05-02T03:45:00Z", "practitioner_id": "8", "notes": ""}


async def test_update_reads_the_appointment_back_when_the_server_answers_204(clock: FakeClock) -> None:
    seen, handler = _recording(
        lambda r: httpx.Response(204) if r.method == "PUT" else json_response(appointment_json("1001"))
    )
    async with make_adapter(handler, clock, update_method="PUT") as adapter:
        moved = await adapter.update_appointment("1001", AppointmentChanges(ends_at=START))
    assert moved.id == "1001"
    assert [r.method for r in seen] == ["PUT", "GET"]


async def test_arrival_flags(clock: FakeClock) -> None:
    seen, handler = _recording(lambda r: json_response(appointment_json("1001", patient_arrived=True)))
    async with make_adapter(handler, clock) as adapter:
        appointment = await adapter.set_arrival("1001", arrived=True)
        await adapter.set_arrival("1001", arrived=False, did_not_arrive=True)
        with pytest.raises(ValueError, match="arrived"):
            await adapter.set_arrival("1001")
    assert appointment.patient_arrived
    assert [_body(r) for r in seen] == [
        {"patient_arrived": True},
        {"patient_arrived": False, "did_not_arrive": True},
    ]


async def test_cancel_sends_the_reason_code_as_a_number(clock: FakeClock) -> None:
    seen, handler = _recording(lambda r: httpx.Response(204))
    async with make_adapter(handler, clock) as adapter:
        await adapter.cancel_appointment("1001", Cancellation(CancellationReason.COVID_19, "Isolating"))
    assert (seen[0].method, seen[0].url.path) == ("PATCH", "/v1/individual_appointments/1001/cancel")
    assert _body(seen[0]) == {"cancellation_reason": 31, "cancellation_note": "Isolating"}


async def test_delete_of_an_appointment_already_gone_succeeds(clock: FakeClock) -> None:
    seen, handler = _recording(lambda r: httpx.Response(404))
    async with make_adapter(handler, clock) as adapter:
        await adapter.delete_appointment("1001")
    assert seen[0].method == "DELETE"


async def test_fetch_appointment_of_a_missing_one_is_none(clock: FakeClock) -> None:
    _, handler = _recording(lambda r: httpx.Response(404))
    async with make_adapter(handler, clock) as adapter:
        assert await adapter.fetch_appointment("1001") is None


async def test_local_ids_never_reach_a_url(clock: FakeClock) -> None:
    seen, handler = _recording(lambda r: httpx.Response(204))
    async with make_adapter(handler, clock) as adapter:
        for bad in ("local-3", "../users", "12/34", ""):
            with pytest.raises(ValueError, match="not a Cliniko id"):
                await adapter.fetch_appointment(bad)
    assert seen == []


async def test_find_appointments_filters_by_practitioner_patient_and_start(clock: FakeClock) -> None:
    seen, handler = _recording(
        lambda r: json_response({"individual_appointments": [appointment_json("1001"), {"id": "x"}]})
    )
    async with make_adapter(handler, clock) as adapter:
        found = await adapter.find_appointments("7", "82", START)
    assert [a.id for a in found] == ["1001"]
    assert seen[0].url.params.get_list("q[]") == [
        "practitioner_id:=7",
        "patient_id:=82",
        "starts_at:>=2024-05-02T03:45:00Z",
        "starts_at:<2024-05-02T03:45:01Z",
    ]


async def test_attendees_of_an_appointment_are_read_in_pages_without_logging_links(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    full = [attendee_json(str(5000 + n)) for n in range(100)]
    last = [attendee_json("6000"), attendee_json("6001", booking=None)]

    def answer(request: httpx.Request) -> httpx.Response:
        page = request.url.params["page"]
        return json_response({"attendees": full if page == "1" else last})

    seen, handler = _recording(answer)
    with caplog.at_level(logging.DEBUG, logger="frontdesk"):
        async with make_adapter(handler, clock) as adapter:
            attendees = await adapter.fetch_attendees("1001")
    assert len(attendees) == 101
    assert attendees[0].telehealth_url == PATIENT_LINK
    assert {r.url.path for r in seen} == {"/v1/individual_appointments/1001/attendees"}
    assert "6001" in caplog.text  # the skipped one is named by id...
    assert PATIENT_LINK not in caplog.text  # ...and its link is not
    assert "yxt65" not in caplog.text


async def test_server_conflicts(clock: FakeClock) -> None:
    answers = iter([{"conflicts": {"exist": True}}, {"conflicts": {"exist": False}}, {"conflicts": []}])
    _, handler = _recording(lambda r: json_response(next(answers)))
    async with make_adapter(handler, clock) as adapter:
        assert await adapter.server_conflicts_exist("1001") is True
        assert await adapter.server_conflicts_exist("1001") is False
        with pytest.raises(MalformedResponseError):
            await adapter.server_conflicts_exist("1001")


async def test_signed_in_user_finds_their_practitioner(clock: FakeClock) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/user":
            return json_response({"id": 77, "first_name": "Ann", "last_name": "Lee", "role": "practitioner"})
        return json_response(
            {
                "practitioners": [
                    {"id": "7", "user": link("users/70")},
                    {"id": "8", "user": {"links": {"self": f"{API}/users/77"}}},
                ]
            }
        )

    _, handler = _recording(answer)
    async with make_adapter(handler, clock) as adapter:
        user = await adapter.signed_in_user()
    assert (user.id, user.role, user.practitioner_id) == ("77", UserRole.PRACTITIONER, "8")


async def test_practitioner_appointment_types(clock: FakeClock) -> None:
    seen, handler = _recording(
        lambda r: json_response({"appointment_types": [{"id": "22"}, {"id": 23}, {"id": 2.5}]})
    )
    async with make_adapter(handler, clock) as adapter:
        assert await adapter.list_practitioner_appointment_types("7") == {"22", "23"}
    assert seen[0].url.path == "/v1/practitioners/7/appointment_types"


async def test_a_change_page_from_a_missing_list_is_refused_before_any_request(clock: FakeClock) -> None:
    seen, handler = _recording(lambda r: httpx.Response(204))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(ValueError, match="no deleted list"):
            await adapter.fetch_changes_page(ResourceKind.PATIENTS, ListVariant.DELETED, None)
        with pytest.raises(ValueError, match="time window"):
            await adapter.fetch_changes_page(
                ResourceKind.PATIENTS, ListVariant.LIVE, None, window=(START, START.replace(hour=5))
            )
        with pytest.raises(ValueError, match="page_size"):
            await adapter.fetch_changes_page(ResourceKind.PATIENTS, ListVariant.LIVE, None, page_size=500)
    assert seen == []


async def test_requests_made_counts_every_attempt(clock: FakeClock) -> None:
    answers = iter([httpx.Response(503), httpx.Response(404), json_response(appointment_json())])
    _, handler = _recording(lambda r: next(answers))
    async with make_adapter(handler, clock) as adapter:
        assert await adapter.fetch_appointment("1001") is None  # a retry, then "not found"
        assert adapter.requests_made == 2
        assert await adapter.fetch_appointment("1001") is not None
        assert adapter.requests_made == 3


async def test_attendees_of_a_missing_appointment_raise_not_found(clock: FakeClock) -> None:
    _, handler = _recording(lambda r: httpx.Response(404))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(NotFoundError):
            await adapter.fetch_attendees("1001")

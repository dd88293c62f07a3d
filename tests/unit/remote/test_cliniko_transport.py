"""The one request(): identity headers, 429 waits, retries with backoff, typed errors, no secrets."""

from __future__ import annotations

import base64
import logging
from datetime import UTC, datetime

import httpx
import pytest

from app.domain.entities import CancellationReason
from app.remote.base import Cancellation, NewAppointment
from app.remote.errors import (
    AnswerLostError,
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RemoteError,
    ServerUnavailableError,
    UnreadableBookingError,
    ValidationRefused,
)

from .cliniko_fakes import API_KEY, FakeClock, Handler, appointment_json, json_response, make_adapter

pytestmark = pytest.mark.anyio

NEW = NewAppointment(
    starts_at=datetime(2024, 5, 2, 3, 45, tzinfo=UTC),
    practitioner_id="7",
    patient_id="82",
    appointment_type_id="22",
    business_id="1",
)


def _script(*answers: httpx.Response | Exception) -> tuple[list[httpx.Request], Handler]:
    """A handler that gives `answers` in turn (an exception is raised as a network failure)."""
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return seen, handler


async def test_every_request_identifies_the_app_and_authenticates(clock: FakeClock) -> None:
    seen, handler = _script(json_response(appointment_json("1001")))
    async with make_adapter(handler, clock) as adapter:
        await adapter.fetch_appointment("1001")
    request = seen[0]
    assert request.url == "https://api.au1.cliniko.com/v1/individual_appointments/1001"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["User-Agent"].startswith("Frontdesk/")
    assert request.headers["User-Agent"].endswith("(support@frontdesk.app)")
    expected = base64.b64encode(f"{API_KEY}:".encode()).decode()
    assert request.headers["Authorization"] == f"Basic {expected}"


async def test_an_explicit_base_url_is_used(clock: FakeClock) -> None:
    seen, handler = _script(json_response(appointment_json("1001")))
    async with make_adapter(handler, clock, base_url="http://127.0.0.1:8765/v1/") as adapter:
        await adapter.fetch_appointment("1001")
    assert seen[0].url == "http://127.0.0.1:8765/v1/individual_appointments/1001"


async def test_429_waits_until_the_reset_time_then_succeeds(clock: FakeClock) -> None:
    reset = int(clock.wall()) + 42
    seen, handler = _script(
        httpx.Response(429, headers={"X-RateLimit-Reset": str(reset)}),
        json_response(appointment_json("1001")),
    )
    async with make_adapter(handler, clock) as adapter:
        start = clock.wall()
        appointment = await adapter.fetch_appointment("1001")
        assert appointment is not None
        assert clock.wall() - start == pytest.approx(reset - start)
        assert adapter.requests_made == 2
    assert len(seen) == 2


async def test_429_is_repeated_even_for_a_post_and_falls_back_to_retry_after(clock: FakeClock) -> None:
    seen, handler = _script(
        httpx.Response(429, headers={"Retry-After": "7"}),
        json_response(appointment_json("1001"), status=201),
    )
    async with make_adapter(handler, clock) as adapter:
        start = clock.now
        created = await adapter.create_appointment(NEW)
    assert created.id == "1001"
    assert clock.now - start == pytest.approx(7.0)
    assert [r.method for r in seen] == ["POST", "POST"]


async def test_a_reset_given_as_seconds_to_go_is_understood(clock: FakeClock) -> None:
    _, handler = _script(
        httpx.Response(429, headers={"X-RateLimit-Reset": "12"}), json_response(appointment_json("1001"))
    )
    async with make_adapter(handler, clock) as adapter:
        start = clock.now
        await adapter.fetch_appointment("1001")
    assert clock.now - start == pytest.approx(12.0)


async def test_requests_go_through_the_pacer(clock: FakeClock) -> None:
    _, handler = _script(*[json_response(appointment_json("1001")) for _ in range(3)])
    async with make_adapter(handler, clock, requests_per_minute=60, burst=1) as adapter:
        start = clock.now
        for _ in range(3):
            await adapter.fetch_appointment("1001")
    assert clock.now - start == pytest.approx(2.0)  # one a second after the first


async def test_429_that_keeps_coming_raises_rate_limited(clock: FakeClock) -> None:
    seen, handler = _script(*[httpx.Response(429) for _ in range(4)])
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(RateLimitedError):
            await adapter.fetch_appointment("1001")
    assert len(seen) == 4
    assert max(clock.sleeps) == pytest.approx(60.0)  # no header: a minute


async def test_5xx_is_retried_with_growing_jittered_backoff_then_succeeds(clock: FakeClock) -> None:
    seen, handler = _script(
        httpx.Response(503),
        httpx.Response(502),
        httpx.Response(500),
        json_response(appointment_json("1001")),
    )
    async with make_adapter(handler, clock) as adapter:
        assert await adapter.fetch_appointment("1001") is not None
        assert adapter.requests_made == 4
    assert len(seen) == 4
    backoffs = [s for s in clock.sleeps if s > 0]
    assert len(backoffs) == 3
    for attempt, delay in enumerate(backoffs):
        assert 0 <= delay <= 0.5 * 2**attempt  # full jitter under base * 2^n


async def test_timeouts_and_dropped_connections_are_retried_for_reads(clock: FakeClock) -> None:
    seen, handler = _script(
        httpx.ReadTimeout("timed out"),
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        httpx.ConnectError("[Errno 111] Connection refused"),
        json_response(appointment_json("1001")),
    )
    async with make_adapter(handler, clock) as adapter:
        assert await adapter.fetch_appointment("1001") is not None
    assert len(seen) == 4


async def test_exhausted_retries_raise_server_unavailable(clock: FakeClock) -> None:
    seen, handler = _script(*[httpx.Response(503) for _ in range(4)])
    async with make_adapter(handler, clock, max_retries=3) as adapter:
        with pytest.raises(ServerUnavailableError, match="Cannot reach Cliniko") as caught:
            await adapter.fetch_appointment("1001")
    assert not isinstance(caught.value, AnswerLostError)
    assert len(seen) == 4


async def test_backoff_is_capped(clock: FakeClock) -> None:
    seen, handler = _script(*[httpx.ConnectError("refused") for _ in range(11)])
    async with make_adapter(handler, clock, max_retries=10) as adapter:
        with pytest.raises(ServerUnavailableError):
            await adapter.fetch_appointment("1001")
    assert len(seen) == 11
    assert max(clock.sleeps) <= 30.0


async def test_a_post_whose_answer_is_lost_is_not_repeated(clock: FakeClock) -> None:
    seen, handler = _script(httpx.ReadError("connection reset by peer"), json_response(appointment_json()))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(AnswerLostError, match="may have been made; the app will check") as caught:
            await adapter.create_appointment(NEW)
        assert adapter.requests_made == 1
    assert isinstance(caught.value, ServerUnavailableError)  # "offline" handling applies too
    assert len(seen) == 1


async def test_a_post_answered_with_5xx_is_not_repeated(clock: FakeClock) -> None:
    seen, handler = _script(httpx.Response(504), json_response(appointment_json()))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(AnswerLostError):
            await adapter.create_appointment(NEW)
    assert len(seen) == 1


async def test_a_post_that_never_connected_is_safe_to_repeat(clock: FakeClock) -> None:
    seen, handler = _script(httpx.ConnectError("refused"), json_response(appointment_json("1001"), 201))
    async with make_adapter(handler, clock) as adapter:
        assert (await adapter.create_appointment(NEW)).id == "1001"
    assert len(seen) == 2


async def test_idempotent_writes_are_retried(clock: FakeClock) -> None:
    seen, handler = _script(httpx.ReadTimeout("slow"), httpx.Response(204))
    async with make_adapter(handler, clock) as adapter:
        await adapter.cancel_appointment("1001", Cancellation(CancellationReason.AWAY))
    assert [r.method for r in seen] == ["PATCH", "PATCH"]


async def test_401_says_to_check_the_key_and_its_region(clock: FakeClock) -> None:
    _, handler = _script(httpx.Response(401, text="HTTP Basic: Access denied."))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(AuthenticationError) as caught:
            await adapter.signed_in_user()
    assert str(caught.value) == (
        "The server refused the API key. Check the key, and its region suffix (e.g. -au1)."
    )


@pytest.mark.parametrize(
    ("status", "error"),
    [(403, PermissionDeniedError), (404, NotFoundError), (400, RemoteError), (301, MalformedResponseError)],
)
async def test_statuses_map_to_typed_errors(clock: FakeClock, status: int, error: type[Exception]) -> None:
    _, handler = _script(httpx.Response(status, headers={"Location": "https://elsewhere.example/"}))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(error):
            await adapter.server_conflicts_exist("1001")


async def test_422_carries_the_servers_reasons_in_a_sentence(clock: FakeClock) -> None:
    body = {
        "errors": {"starts_at": ["can't be blank"], "base": ["Practitioner is not available"]},
        "message": "Validation failed",
    }
    _, handler = _script(json_response(body, status=422))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(ValidationRefused) as caught:
            await adapter.create_appointment(NEW)
    assert caught.value.errors == {"starts_at": ["can't be blank"], "base": ["Practitioner is not available"]}
    assert str(caught.value) == (
        "Cliniko did not accept the change: starts at: can't be blank; Practitioner is not available."
    )


async def test_an_answer_that_is_not_json_is_malformed(clock: FakeClock) -> None:
    _, handler = _script(httpx.Response(200, text="<html>maintenance</html>"))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(MalformedResponseError):
            await adapter.fetch_appointment("1001")


async def test_a_booking_accepted_with_an_unreadable_answer_is_not_to_be_repeated(clock: FakeClock) -> None:
    seen, handler = _script(httpx.Response(201, text="<html>ok</html>"), json_response(appointment_json()))
    async with make_adapter(handler, clock) as adapter:
        with pytest.raises(UnreadableBookingError):
            await adapter.create_appointment(NEW)
    assert len(seen) == 1


async def test_no_secret_reaches_an_error_message_or_the_log(
    clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    encoded_key = base64.b64encode(f"{API_KEY}:".encode()).decode()
    failures: list[httpx.Response | Exception] = [
        httpx.Response(401),
        httpx.Response(403),
        httpx.ConnectError(f"could not reach https://{API_KEY}@api.au1.cliniko.com"),
        httpx.ReadError("reset"),
        json_response({"errors": {"starts_at": ["can't be blank"]}}, status=422),
        httpx.Response(200, text="garbage"),
    ]
    messages: list[str] = []
    with caplog.at_level(logging.DEBUG):
        for failure in failures:
            _, handler = _script(failure, failure, failure, failure)
            async with make_adapter(handler, clock, max_retries=1) as adapter:
                with pytest.raises(RemoteError) as caught:
                    await adapter.create_appointment(NEW)
                messages.append(str(caught.value))
    text = "\n".join(messages) + caplog.text
    assert len(messages) == len(failures)
    for secret in (API_KEY, API_KEY.rsplit("-", 1)[0], encoded_key, "Authorization"):
        assert secret not in text

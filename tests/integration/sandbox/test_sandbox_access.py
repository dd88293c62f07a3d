"""The gate: Basic auth with the API key, the User-Agent rule, the rate limit, faults and latency."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

import httpx
import pytest

from app.sandbox.server import SandboxServer

API_KEY = "demo-au1"
MakeClient = Callable[..., httpx.Client]


def test_the_configured_key_is_accepted(client: httpx.Client) -> None:
    response = client.get("/practitioners")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")


@pytest.mark.parametrize("auth", [("wrong-key-au1", ""), ("", ""), ("demo-au2", "")])
def test_a_wrong_key_is_refused_with_401(
    demo_server: SandboxServer, make_client: MakeClient, auth: object
) -> None:
    response = make_client(demo_server, auth=auth).get("/practitioners")
    assert response.status_code == 401
    assert "message" in response.json()
    assert response.headers["www-authenticate"].lower().startswith("basic")


def test_no_auth_at_all_is_refused_with_401(demo_server: SandboxServer, make_client: MakeClient) -> None:
    assert make_client(demo_server, auth=None).get("/practitioners").status_code == 401


def test_a_bearer_token_is_not_basic_auth(demo_server: SandboxServer, make_client: MakeClient) -> None:
    http = make_client(demo_server, auth=None)
    response = http.get("/practitioners", headers={"Authorization": f"Bearer {API_KEY}"})
    assert response.status_code == 401


def test_the_password_is_ignored_only_the_key_counts(
    demo_server: SandboxServer, make_client: MakeClient
) -> None:
    assert make_client(demo_server, auth=(API_KEY, "anything")).get("/user").status_code == 200


@pytest.mark.parametrize(
    "user_agent",
    [
        None,
        "python-httpx/0.28",
        "Frontdesk",
        "Frontdesk dev@example.com",
        "Frontdesk (no email here)",
        "(a@b.c)",
    ],
)
def test_an_improper_user_agent_is_forbidden(
    demo_server: SandboxServer, make_client: MakeClient, user_agent: str | None
) -> None:
    response = make_client(demo_server, user_agent=user_agent).get("/practitioners")
    assert response.status_code == 403
    assert "User-Agent" in response.json()["message"]


def test_the_user_agent_is_checked_before_the_key(
    demo_server: SandboxServer, make_client: MakeClient
) -> None:
    response = make_client(demo_server, auth=("wrong", ""), user_agent="curl/8.5").get("/practitioners")
    assert response.status_code == 403


def test_several_keys_can_be_configured() -> None:
    with (
        SandboxServer(api_keys=("first-au1", "second-uk1")) as server,
        httpx.Client(base_url=server.base_url, headers={"User-Agent": "T (t@example.com)"}) as http,
    ):
        assert http.get("/user", auth=("first-au1", "")).status_code == 200
        assert http.get("/user", auth=("second-uk1", "")).status_code == 200
        assert http.get("/user", auth=("demo-au1", "")).status_code == 401


@pytest.fixture(scope="module")
def limited_server() -> Iterator[SandboxServer]:
    with SandboxServer(rate_limit=5, api_keys=("key-one", "key-two")) as server:
        yield server


def test_the_rate_limit_answers_429_with_the_reset_time(
    limited_server: SandboxServer, make_client: MakeClient
) -> None:
    http = make_client(limited_server, auth=("key-one", ""))
    before = time.time()
    admitted = [http.get("/user") for _ in range(5)]
    assert [response.status_code for response in admitted] == [200] * 5
    assert [int(r.headers["x-ratelimit-remaining"]) for r in admitted] == [4, 3, 2, 1, 0]
    refused = http.get("/user")
    assert refused.status_code == 429
    reset = int(refused.headers["x-ratelimit-reset"])
    assert before + 59 <= reset <= time.time() + 61
    assert 1 <= int(refused.headers["retry-after"]) <= 61
    assert refused.headers["x-ratelimit-remaining"] == "0"
    assert "message" in refused.json()


def test_the_rate_limit_counts_each_key_separately(
    limited_server: SandboxServer, make_client: MakeClient
) -> None:
    http = make_client(limited_server, auth=("key-two", ""))
    statuses = [http.get("/user").status_code for _ in range(6)]
    assert statuses == [200] * 5 + [429]


def test_the_limit_header_reports_the_configured_limit(make_client: MakeClient) -> None:
    with SandboxServer(rate_limit=200) as server:
        response = make_client(server).get("/user")
    assert response.headers["x-ratelimit-limit"] == "200"
    assert int(response.headers["x-ratelimit-reset"]) > time.time()


def _outcomes(server: SandboxServer, make_client: MakeClient, count: int) -> list[str]:
    http = make_client(server)
    outcomes = []
    for _ in range(count):
        try:
            outcomes.append(str(http.get("/practitioners").status_code))
        except httpx.TransportError:
            outcomes.append("dropped")
    return outcomes


def test_a_fail_rate_gives_both_500s_and_dropped_connections(make_client: MakeClient) -> None:
    with SandboxServer(fail_rate=0.5, seed_number=3) as server:
        outcomes = _outcomes(server, make_client, 40)
    assert outcomes.count("500") >= 3
    assert outcomes.count("dropped") >= 3
    assert outcomes.count("200") >= 8
    assert set(outcomes) == {"200", "500", "dropped"}


def test_the_fault_sequence_is_reproducible_for_a_seed(make_client: MakeClient) -> None:
    runs = []
    for _ in range(2):
        with SandboxServer(fail_rate=0.3, seed_number=11) as server:
            runs.append(_outcomes(server, make_client, 20))
    assert runs[0] == runs[1]
    assert set(runs[0]) != {"200"}


def test_without_a_fail_rate_nothing_fails(demo_server: SandboxServer, make_client: MakeClient) -> None:
    assert set(_outcomes(demo_server, make_client, 30)) == {"200"}


def test_a_dropped_write_was_still_applied(make_client: MakeClient) -> None:
    """The lost-answer case the app reconciles: the server did the work, the client saw an error."""
    with SandboxServer(seed="demo", fail_rate=1.0, rate_limit=0) as server:
        appointment_id = server.store.ids_of("individual_appointments")[0]
        http = make_client(server)
        outcomes = {"dropped": 0, "500": 0}
        for attempt in range(20):
            try:
                response = http.patch(
                    f"/individual_appointments/{appointment_id}", json={"notes": f"try {attempt}"}
                )
                outcomes[str(response.status_code)] += 1
            except httpx.TransportError:
                outcomes["dropped"] += 1
        stored = server.store.row("individual_appointments", appointment_id)
    assert outcomes["dropped"] >= 1
    assert outcomes["500"] >= 1
    assert stored is not None
    assert stored["notes"] is not None
    assert stored["notes"].startswith("try ")


def test_latency_delays_every_answer(make_client: MakeClient) -> None:
    with SandboxServer(latency_ms=200) as server:
        http = make_client(server)
        started = time.perf_counter()
        response = http.get("/user")
        elapsed = time.perf_counter() - started
    assert response.status_code == 200
    assert elapsed >= 0.2

"""Fixtures for the sandbox tests: real servers on free loopback ports, real HTTP clients.

Each test module gets its own demo server, so a module's writes never leak into another's reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from app.sandbox.server import SandboxServer
from tests.support.sandbox_clients import DEMO_API_KEY, sandbox_client

USER_AGENT = "Frontdesk tests (dev@example.com)"

MakeClient = Callable[..., httpx.Client]
FetchAll = Callable[..., list[dict[str, Any]]]


@pytest.fixture(scope="module")
def demo_server() -> Iterator[SandboxServer]:
    """A sandbox with the demo clinic, rate limit off so tests never wait on it."""
    with SandboxServer(seed="demo", rate_limit=0) as server:
        yield server


@pytest.fixture(scope="module")
def client(demo_server: SandboxServer) -> Iterator[httpx.Client]:
    """A client for `demo_server` sending the key and a proper User-Agent, as the docs say."""
    with sandbox_client(demo_server, user_agent=USER_AGENT) as http:
        yield http


@pytest.fixture
def make_client() -> Iterator[MakeClient]:
    """Build extra clients (other keys, headers, servers); all are closed after the test."""
    made: list[httpx.Client] = []

    def build(
        server: SandboxServer, *, auth: Any = (DEMO_API_KEY, ""), user_agent: str | None = USER_AGENT
    ) -> httpx.Client:
        http = sandbox_client(server, user_agent=user_agent, auth=auth)
        made.append(http)
        return http

    yield build
    for http in made:
        http.close()


@pytest.fixture(scope="module")
def fetch_all(client: httpx.Client) -> FetchAll:
    """Every record of a list, following `links.next` from the first page until it is absent."""

    def fetch(path: str, params: Any = None, per_page: int = 100) -> list[dict[str, Any]]:
        key = path.strip("/").split("/")[-1]
        if key in ("cancelled", "deleted", "archived", "inactive"):
            key = path.strip("/").split("/")[-2]
        response = client.get(path, params=[*(params or []), ("per_page", str(per_page))])
        response.raise_for_status()
        body = response.json()
        records = list(body[key])
        while "next" in body["links"]:
            response = client.get(body["links"]["next"])
            response.raise_for_status()
            body = response.json()
            records.extend(body[key])
        return records

    return fetch

"""Plain HTTP clients on a sandbox server, for tests that check what the server holds or answers."""

from __future__ import annotations

from typing import Any

import httpx

from app.sandbox.server import SandboxServer

DEMO_API_KEY = "demo-au1"


def sandbox_client(
    server: SandboxServer, *, user_agent: str | None, auth: Any = (DEMO_API_KEY, "")
) -> httpx.Client:
    """A client on `server` asking for JSON, sending `user_agent` (None: no User-Agent header at all)."""
    headers = {"Accept": "application/json"}
    if user_agent is not None:
        headers["User-Agent"] = user_agent
    http = httpx.Client(base_url=server.base_url, auth=auth, headers=headers, timeout=10.0)
    if user_agent is None:
        # httpx adds its own "python-httpx/x.y" agent, which is not a proper one either.
        http.headers.pop("User-Agent", None)
    return http

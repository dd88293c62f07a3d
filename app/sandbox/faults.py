"""Simulated network trouble: added latency, and a seeded share of requests that fail.

A failing request fails in one of two ways, chosen by the same seeded generator, so a test run is
reproducible request by request:
- "error": a 500 before the request is handled (nothing happened on the server);
- "drop": the request *is* handled (a POST books the appointment) and then the connection is cut
  in the middle of the answer, so the client sees a transport error. This is the case the app's
  "reconcile a create whose answer was lost" logic exists for.
"""

from __future__ import annotations

import asyncio
import logging
import random
import threading
from enum import StrEnum

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sandbox.responses import error_response

_UVICORN_ERRORS = logging.getLogger("uvicorn.error")


class FaultKind(StrEnum):
    ERROR = "error"
    DROP = "drop"


class InjectedConnectionDrop(ConnectionAbortedError):
    """Raised mid-response on purpose; the server closes the connection."""


class _HideInjectedDrops(logging.Filter):
    """Keeps the server's "Exception in ASGI application" report quiet for drops we caused."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        return not isinstance(error, InjectedConnectionDrop)


def _install_log_filter() -> None:
    if not any(isinstance(existing, _HideInjectedDrops) for existing in _UVICORN_ERRORS.filters):
        _UVICORN_ERRORS.addFilter(_HideInjectedDrops())


class FaultPlan:
    """Which requests fail and how: a deterministic sequence for a given seed."""

    def __init__(self, fail_rate: float, seed: int) -> None:
        if not 0.0 <= fail_rate <= 1.0:
            raise ValueError("fail_rate must be between 0 and 1")
        self.fail_rate = fail_rate
        self._rng = random.Random(f"sandbox-faults-{seed}")
        self._lock = threading.Lock()

    def next_fault(self) -> FaultKind | None:
        """The fate of the next request: None (served normally), ERROR or DROP."""
        if self.fail_rate <= 0.0:
            return None
        with self._lock:
            failing = self._rng.random() < self.fail_rate
            kind = FaultKind.ERROR if self._rng.random() < 0.5 else FaultKind.DROP
        return kind if failing else None


class FaultMiddleware:
    """ASGI middleware adding `latency_ms` to every request and failing the share the plan picks."""

    def __init__(self, app: ASGIApp, *, plan: FaultPlan, latency_ms: int) -> None:
        self.app = app
        self.plan = plan
        self.latency_seconds = max(latency_ms, 0) / 1000.0
        if plan.fail_rate > 0:
            _install_log_filter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.latency_seconds:
            await asyncio.sleep(self.latency_seconds)
        fault = self.plan.next_fault()
        if fault is FaultKind.ERROR:
            await error_response(500, "Internal server error (simulated by the sandbox).")(
                scope, receive, send
            )
            return
        if fault is FaultKind.DROP:
            await self._answer_then_drop(scope, receive, send)
            return
        await self.app(scope, receive, send)

    async def _answer_then_drop(self, scope: Scope, receive: Receive, send: Send) -> None:
        messages: list[Message] = []

        async def keep(message: Message) -> None:
            messages.append(message)

        await self.app(scope, receive, keep)
        start = next((m for m in messages if m["type"] == "http.response.start"), None)
        body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
        status = start["status"] if start is not None else 200
        # Promise more bytes than will come, so the client cannot mistake the cut for a whole answer
        # (a 204 has no body to cut, hence 200).
        await send(
            {
                "type": "http.response.start",
                "status": 200 if status in (204, 304) else status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body) + 1).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body[: len(body) // 2], "more_body": True})
        raise InjectedConnectionDrop("connection dropped by the sandbox's fault injection")

"""The gate every API request passes: User-Agent, Basic auth with the API key, the rate limit.

Order matters and is Cliniko's as documented: a request without a proper `User-Agent`
(`APP_NAME (CONTACT_EMAIL)`) is refused with 403 whatever its key; then the key (Basic auth user
name, password ignored) must be one the sandbox was started with, else 401; then each key may make
`rate_limit` requests per fixed 60-second window, else 429 with `X-RateLimit-Reset` (Unix seconds)
and `Retry-After`. Every admitted response carries `X-RateLimit-Limit`/`-Remaining`/`-Reset` so a
client can pace itself and never see a 429.
"""

from __future__ import annotations

import base64
import binascii
import math
import re
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.sandbox.responses import error_response

USER_AGENT_PATTERN = re.compile(r"^\S.* \([^\s()@]+@[^\s()@]+\)$")
WINDOW_SECONDS = 60.0


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset_at: float  # Unix time the current window ends


class FixedWindowRateLimiter:
    """`limit` requests per key per fixed window starting at the key's first request in it."""

    def __init__(
        self, limit: int, window_seconds: float = WINDOW_SECONDS, clock: Callable[[], float] = time.time
    ):
        self.limit = limit
        self.window_seconds = window_seconds
        self._clock = clock
        self._windows: dict[str, tuple[float, int]] = {}
        self._lock = threading.Lock()

    def hit(self, key: str) -> RateDecision:
        """Count one request for `key` and say whether it is within the limit."""
        now = self._clock()
        with self._lock:
            started, used = self._windows.get(key, (now, 0))
            if now >= started + self.window_seconds:
                started, used = now, 0
            used += 1
            self._windows[key] = (started, used)
        reset_at = started + self.window_seconds
        return RateDecision(used <= self.limit, self.limit, max(self.limit - used, 0), reset_at)


def api_key_from(authorization: str | None) -> str | None:
    """The Basic-auth user name (Cliniko's API key), or None when absent or malformed."""
    if not authorization:
        return None
    scheme, _, encoded = authorization.partition(" ")
    if scheme.lower() != "basic" or not encoded:
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    user, _, _password = decoded.partition(":")
    return user or None


class AccessMiddleware:
    """ASGI middleware applying the User-Agent rule, API-key auth and the per-key rate limit."""

    def __init__(self, app: ASGIApp, *, api_keys: Iterable[str], rate_limit: int) -> None:
        self.app = app
        self.api_keys = frozenset(api_keys)
        # A limit of 0 or less switches limiting off (load tests, benchmarks).
        self.limiter = FixedWindowRateLimiter(rate_limit) if rate_limit > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        if not USER_AGENT_PATTERN.match(headers.get("user-agent", "")):
            message = "A User-Agent of the form 'APP_NAME (CONTACT_EMAIL)' is required."
            await error_response(403, message)(scope, receive, send)
            return
        api_key = api_key_from(headers.get("authorization"))
        if api_key is None or api_key not in self.api_keys:
            response = error_response(
                401,
                "Unauthorized: the API key was not recognised.",
                {"WWW-Authenticate": 'Basic realm="Cliniko"'},
            )
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})["api_key"] = api_key
        if self.limiter is None:
            await self.app(scope, receive, send)
            return
        decision = self.limiter.hit(api_key)
        reset_header = str(math.ceil(decision.reset_at))
        if not decision.allowed:
            wait = max(1, math.ceil(decision.reset_at - time.time()))
            response = error_response(
                429,
                "Too many requests: the rate limit for this API key is exceeded.",
                {
                    "X-RateLimit-Limit": str(decision.limit),
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": reset_header,
                    "Retry-After": str(wait),
                },
            )
            await response(scope, receive, send)
            return

        async def send_with_rate_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                response_headers["X-RateLimit-Limit"] = str(decision.limit)
                response_headers["X-RateLimit-Remaining"] = str(decision.remaining)
                response_headers["X-RateLimit-Reset"] = reset_header
            await send(message)

        await self.app(scope, receive, send_with_rate_headers)

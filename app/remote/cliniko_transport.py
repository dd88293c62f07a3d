"""The one place that talks HTTP to Cliniko: pacing, retries and the mapping of failures to types.

Retry rules:
- 429: the request was not processed, so it is repeated for any method, after waiting until
  `X-RateLimit-Reset` (Unix seconds; a small number is read as seconds to go; else `Retry-After`;
  else 60 s). Every request waits with it, through the pacer.
- 5xx, timeouts, refused or dropped connections: retried with exponential backoff and full jitter
  (delay drawn from [0, min(cap, base * 2^n)]) for GET, PUT, PATCH and DELETE, whose repeat does no
  harm (our PUT/PATCH bodies carry absolute values). A POST is retried only when the connection was
  never made (nothing was sent); otherwise it raises `AnswerLostError`: the create may have happened.
Logs name the method and path (ids only), never the query, the key, a body or a link.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

from app.log import remote_log
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
from app.remote.json_body import decode_json
from app.remote.pacing import RequestPacer

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
_REPEATABLE_METHODS = frozenset({"GET", "HEAD", "PUT", "PATCH", "DELETE"})
# Failures after which the server may or may not have acted on the request.
_TRANSIENT = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError, httpx.ProxyError)
# Failures that prove the request never reached the server (safe to repeat even for POST).
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_MAX_ERROR_TEXT = 300
# 2001-09-09: an X-RateLimit-Reset below this is a number of seconds, not a Unix time.
_PLAUSIBLE_UNIX_TIME = 1_000_000_000

Params = Sequence[tuple[str, str]]


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try before reporting the server as unavailable."""

    max_retries: int = 5
    backoff_base: float = 0.5
    backoff_cap: float = 30.0
    # Consecutive 429s waited out before giving up with RateLimitedError.
    max_rate_limit_waits: int = 3
    rate_limit_fallback_wait: float = 60.0
    max_rate_limit_wait: float = 300.0


class ClinikoTransport:
    """An httpx.AsyncClient with Cliniko's auth and headers behind one paced, retrying `request()`."""

    def __init__(
        self,
        api_key: str,
        base_url: str,
        user_agent: str,
        *,
        pacer: RequestPacer,
        retry: RetryPolicy,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]],
        wall_clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self._client = httpx.AsyncClient(
            base_url=base_url,
            auth=httpx.BasicAuth(api_key, ""),
            headers={"Accept": "application/json", "User-Agent": user_agent},
            timeout=timeout,
            transport=transport,
            follow_redirects=False,
        )
        self._pacer = pacer
        self._retry = retry
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._rng = rng or random.Random()
        self.requests_made = 0

    async def close(self) -> None:
        """Close the connection pool."""
        await self._client.aclose()

    async def request_json(
        self, method: str, path: str, *, params: Params | None = None, body: Mapping[str, Any] | None = None
    ) -> Any:
        """`request()`, then the decoded JSON body (None for an empty body, e.g. 204)."""
        response = await self.request(method, path, params=params, body=body)
        if not response.content:
            return None
        try:
            return decode_json(response.content)
        except ValueError:
            remote_log.warning("%s %s: the answer is not JSON", method, path)
            if method == "POST":
                raise UnreadableBookingError() from None
            raise MalformedResponseError() from None

    async def request(
        self, method: str, path: str, *, params: Params | None = None, body: Mapping[str, Any] | None = None
    ) -> httpx.Response:
        """Send one request (paced, retried as the rules allow); a 2xx response or a typed error."""
        method = method.upper()
        repeatable = method in _REPEATABLE_METHODS
        query = tuple(params) if params is not None else None  # httpx takes a tuple of pairs
        content = json.dumps(body).encode() if body is not None else None
        headers = {"Content-Type": "application/json"} if content is not None else None
        failures = 0
        rate_limit_waits = 0
        while True:
            await self._pacer.acquire()
            self.requests_made += 1
            try:
                response = await self._client.request(
                    method, path, params=query, content=content, headers=headers
                )
            except _TRANSIENT as exc:
                reason = _describe_failure(exc)
                if not repeatable and not isinstance(exc, _NOT_SENT):
                    remote_log.warning(
                        "%s %s: %s; not repeated (it may have been done)", method, path, reason
                    )
                    raise AnswerLostError(reason) from exc
                failures += 1
                if failures > self._retry.max_retries:
                    remote_log.warning("%s %s: %s; giving up after %d tries", method, path, reason, failures)
                    raise ServerUnavailableError(reason) from exc
                await self._back_off(method, path, reason, failures)
                continue
            except httpx.RequestError as exc:  # e.g. an undecodable body: not worth repeating
                reason = _describe_failure(exc)
                remote_log.warning("%s %s: %s", method, path, reason)
                if not repeatable:
                    raise AnswerLostError(reason) from exc
                raise ServerUnavailableError(reason) from exc

            status = response.status_code
            if status == 429:
                rate_limit_waits += 1
                if rate_limit_waits > self._retry.max_rate_limit_waits:
                    remote_log.warning("%s %s: still rate limited after waiting; giving up", method, path)
                    raise RateLimitedError()
                wait = self._rate_limit_wait(response)
                remote_log.warning("Cliniko asked the app to slow down; waiting %.0f s", wait)
                self._pacer.pause_for(wait)
                continue
            if status >= 500:
                reason = f"the server answered with an error, HTTP {status}"
                if not repeatable:
                    remote_log.warning(
                        "%s %s: HTTP %d; not repeated (it may have been done)", method, path, status
                    )
                    raise AnswerLostError(reason)
                failures += 1
                if failures > self._retry.max_retries:
                    remote_log.warning(
                        "%s %s: HTTP %d; giving up after %d tries", method, path, status, failures
                    )
                    raise ServerUnavailableError(reason)
                await self._back_off(method, path, f"HTTP {status}", failures)
                continue
            if status >= 300:
                remote_log.info("%s %s: HTTP %d", method, path, status)
                raise _error_for_status(status, response)
            return response

    async def _back_off(self, method: str, path: str, reason: str, failures: int) -> None:
        ceiling = min(self._retry.backoff_cap, self._retry.backoff_base * 2 ** (failures - 1))
        delay = self._rng.uniform(0.0, ceiling)
        remote_log.info(
            "%s %s: %s; retry %d of %d in %.1f s",
            method,
            path,
            reason,
            failures,
            self._retry.max_retries,
            delay,
        )
        await self._sleep(delay)

    def _rate_limit_wait(self, response: httpx.Response) -> float:
        """Seconds until the rate-limit window resets, from the headers, within sane bounds."""
        reset = _header_number(response, "X-RateLimit-Reset")
        if reset is None:
            wait = _header_number(response, "Retry-After")
        elif reset < _PLAUSIBLE_UNIX_TIME:
            wait = reset  # some servers send seconds-to-go rather than the moment
        else:
            wait = reset - self._wall_clock()
        if wait is None:
            wait = self._retry.rate_limit_fallback_wait
        # A reset already past (clock skew) still deserves a short pause before asking again.
        return min(max(wait, 1.0), self._retry.max_rate_limit_wait)


def _header_number(response: httpx.Response, name: str) -> float | None:
    value = response.headers.get(name)
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _describe_failure(exc: httpx.RequestError) -> str:
    """A short reason for a network failure; never httpx's text, which may hold the address."""
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return "connecting timed out"
    if isinstance(exc, httpx.TimeoutException):
        return "the server took too long to answer"
    if isinstance(exc, httpx.ConnectError):
        return "the connection could not be made"
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError | httpx.CloseError):
        return "the connection dropped"
    if isinstance(exc, httpx.ProxyError):
        return "the proxy refused the connection"
    return "the network failed"


def _error_for_status(status: int, response: httpx.Response) -> RemoteError:
    if status == 401:
        return AuthenticationError()
    if status == 403:
        return PermissionDeniedError()
    if status == 404:
        return NotFoundError()
    if status == 422:
        return ValidationRefused(validation_errors(response.content))
    if status < 400:
        return MalformedResponseError("Cliniko answered with a redirect the app does not follow.")
    return RemoteError(f"Cliniko refused the request (HTTP {status}).")


def validation_errors(content: bytes) -> dict[str, list[str]]:
    """A 422 body's errors as field -> messages, flattened from whatever nesting the server used."""
    try:
        body = decode_json(content) if content else None
    except ValueError:
        return {}
    flat: dict[str, list[str]] = {}
    if isinstance(body, dict):
        errors = body.get("errors")
        if errors is None and isinstance(body.get("message"), str):
            errors = body["message"]
        _flatten(errors, "base", flat)
    else:
        _flatten(body, "base", flat)
    return flat


def _flatten(node: object, field: str, into: dict[str, list[str]]) -> None:
    if isinstance(node, str):
        into.setdefault(field, []).append(node[:_MAX_ERROR_TEXT])
    elif isinstance(node, list):
        for item in node:
            _flatten(item, field, into)
    elif isinstance(node, dict):
        for key, value in node.items():
            name = str(key) if field == "base" else f"{field}.{key}"
            _flatten(value, name, into)

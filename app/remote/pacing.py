"""A client-side pacer that keeps requests under a per-minute budget, so a 429 stays the exception.

Two rules, both enforced:
- a token bucket: up to `burst` requests go out at once (opening a day, fetching a few attendees),
  then a sustained stream flows at `per_minute / 60` requests a second;
- a sliding window: never more than `per_minute` requests in any 60-second span, whatever the
  bucket allows. A bucket alone would let `burst + per_minute` through in the first minute; the
  server counts per minute, so the window is what keeps the promise.

With the defaults (190 a minute, burst 31) a first sync runs at about 3.2 requests a second, and
an interactive request made during it waits at most one token's interval, not a minute.
The clock and sleep are injectable so tests run on a fake clock, instantly.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

WINDOW_SECONDS = 60.0
# Float refills land a hair under a whole token; treat that as whole rather than sleep for nothing.
_EPSILON = 1e-9


class RequestPacer:
    """Waits before each request as long as needed to stay within the budget."""

    def __init__(
        self,
        per_minute: int = 190,
        *,
        burst: int | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if per_minute < 1:
            raise ValueError("The request budget must allow at least one request a minute.")
        self.per_minute = per_minute
        self.burst = max(1, min(burst if burst is not None else per_minute // 6, per_minute))
        self._rate = per_minute / WINDOW_SECONDS
        self._clock = clock
        self._sleep = sleep
        self._tokens = float(self.burst)
        self._refilled_at = clock()
        self._sent: deque[float] = deque()  # send times within the last window
        self._paused_until = float("-inf")
        self._lock = asyncio.Lock()

    async def acquire(self) -> None:
        """Return when one more request may be sent (callers are served in order)."""
        async with self._lock:
            while True:
                now = self._clock()
                wait = self._wait_needed(now)
                if wait <= 0:
                    break
                await self._sleep(wait)
            self._tokens -= 1.0
            self._sent.append(now)

    def pause_for(self, seconds: float) -> None:
        """Hold every request for `seconds` from now (the server said so, e.g. with a 429)."""
        self._paused_until = max(self._paused_until, self._clock() + max(0.0, seconds))

    def _wait_needed(self, now: float) -> float:
        self._tokens = min(float(self.burst), self._tokens + (now - self._refilled_at) * self._rate)
        self._refilled_at = now
        while self._sent and self._sent[0] <= now - WINDOW_SECONDS:
            self._sent.popleft()
        waits = [self._paused_until - now]
        if self._tokens < 1.0 - _EPSILON:
            waits.append((1.0 - self._tokens) / self._rate)
        else:
            self._tokens = max(self._tokens, 1.0)
        if len(self._sent) >= self.per_minute:
            waits.append(self._sent[0] + WINDOW_SECONDS - now)
        return max(waits)

"""The pacer lets a short burst through at once and keeps a sustained stream under the budget."""

from __future__ import annotations

import pytest

from app.remote.pacing import RequestPacer

from .cliniko_fakes import FakeClock

pytestmark = pytest.mark.anyio


async def _send(pacer: RequestPacer, clock: FakeClock, count: int) -> list[float]:
    times = []
    for _ in range(count):
        await pacer.acquire()
        times.append(clock.now)
    return times


async def test_a_short_burst_is_not_slowed(clock: FakeClock) -> None:
    pacer = RequestPacer(190, clock=clock.monotonic, sleep=clock.sleep)
    times = await _send(pacer, clock, pacer.burst)
    assert pacer.burst >= 20
    assert times[-1] == times[0]
    assert clock.sleeps == []


async def test_a_sustained_stream_never_exceeds_the_budget_in_any_minute(clock: FakeClock) -> None:
    pacer = RequestPacer(190, clock=clock.monotonic, sleep=clock.sleep)
    times = await _send(pacer, clock, 3000)
    # Request i and request i+190 are at least a minute apart: no 60-second span holds 191.
    gaps = [times[i + 190] - times[i] for i in range(len(times) - 190)]
    assert min(gaps) >= 60.0 - 1e-6
    # ...and the budget is used, not wasted: over a long run the rate is about 190 a minute.
    rate_per_minute = (len(times) - 1) / (times[-1] - times[0]) * 60
    assert 188 <= rate_per_minute <= 193


async def test_the_window_holds_even_with_a_burst_as_large_as_the_budget(clock: FakeClock) -> None:
    pacer = RequestPacer(10, burst=10, clock=clock.monotonic, sleep=clock.sleep)
    times = await _send(pacer, clock, 35)
    assert times[9] == times[0]  # the burst went at once
    for i in range(len(times) - 10):
        assert times[i + 10] - times[i] >= 60.0 - 1e-6


async def test_pause_holds_every_request_until_it_ends(clock: FakeClock) -> None:
    pacer = RequestPacer(190, clock=clock.monotonic, sleep=clock.sleep)
    start = clock.now
    pacer.pause_for(42.0)
    await pacer.acquire()
    assert clock.now - start == pytest.approx(42.0)


def test_a_budget_below_one_a_minute_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        RequestPacer(0)

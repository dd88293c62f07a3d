"""Fixtures for the remote adapter tests (async tests run on asyncio through anyio's plugin)."""

from __future__ import annotations

import pytest

from .cliniko_fakes import FakeClock


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()

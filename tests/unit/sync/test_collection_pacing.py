"""The pull's raised collector threshold: in force while pulls run, undone by the last to leave."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from app.sync.collection_pacing import fewer_collections


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[tuple[int, int, int]]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*before)


def test_raised_inside_and_restored_after(default_thresholds: tuple[int, int, int]) -> None:
    with fewer_collections(50_000):
        assert gc.get_threshold() == (50_000, 10, 10)
    assert gc.get_threshold() == default_thresholds


def test_restored_when_the_pull_fails(default_thresholds: tuple[int, int, int]) -> None:
    with pytest.raises(RuntimeError), fewer_collections(50_000):
        raise RuntimeError("server went away")
    assert gc.get_threshold() == default_thresholds


def test_overlapping_pulls_restore_once_the_last_leaves(default_thresholds: tuple[int, int, int]) -> None:
    first, second = fewer_collections(50_000), fewer_collections(50_000)
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)  # the first pull ends while the second still runs
    assert gc.get_threshold() == (50_000, 10, 10)
    second.__exit__(None, None, None)
    assert gc.get_threshold() == default_thresholds


def test_never_lowers_a_higher_threshold() -> None:
    gc.set_threshold(100_000, 10, 10)
    with fewer_collections(50_000):
        assert gc.get_threshold()[0] == 100_000

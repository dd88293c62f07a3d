"""Fewer garbage collections while a pull ingests records.

A first sync allocates millions of short-lived objects (decoded JSON, records, row tuples), none of
them in reference cycles: reference counting frees them all. CPython's cyclic collector still runs a
young collection every 700 allocations and, as survivors of a buffered page pile up, full collections
that traverse every object in the process (in the app: all of Qt's wrappers too). Measured on a
100k-appointment ingest that was 4.5 to 6 µs a record, a fifth of the whole. While a pull runs the
young threshold is raised; the older generations keep their ratios, so they run as much less often.
Thresholds are process-wide, so nested or overlapping pulls share one raise, undone by the last.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations between young collections during a pull (CPython's default is 700).
INGEST_YOUNG_THRESHOLD = 50_000


class _SharedRaise:
    """The one raise in force, however many pulls are inside it."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.depth = 0
        self.saved: tuple[int, int, int] | None = None

    def enter(self, young_threshold: int) -> None:
        with self.lock:
            if self.depth == 0:
                self.saved = gc.get_threshold()
                young, middle, old = self.saved
                gc.set_threshold(max(young, young_threshold), middle, old)
            self.depth += 1

    def leave(self) -> None:
        with self.lock:
            self.depth -= 1
            if self.depth == 0 and self.saved is not None:
                gc.set_threshold(*self.saved)
                self.saved = None


_shared = _SharedRaise()


@contextmanager
def fewer_collections(young_threshold: int = INGEST_YOUNG_THRESHOLD) -> Iterator[None]:
    """Raise the collector's young threshold for the duration (restored when the last one leaves)."""
    _shared.enter(young_threshold)
    try:
        yield
    finally:
        _shared.leave()

"""Fast "what overlaps this interval" queries over a schedule: sorted starts plus bisect.

All intervals are half-open, [start, end). Two intervals overlap when each starts before the other
ends, so touching ones (one ends exactly when the other starts) never do.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, timedelta
from typing import Generic, TypeVar

from app.domain.entities import Appointment, UnavailableBlock

T = TypeVar("T")


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Whether [a_start, a_end) and [b_start, b_end) overlap (touching does not)."""
    return a_start < b_end and b_start < a_end


class IntervalIndex(Generic[T]):
    """Items with a start and an end, sorted by start, answering overlap queries in O(log n + k).

    The search window is widened by the longest item, so one very long item (an all-day block) only
    makes queries scan a little more; results stay exact.
    """

    def __init__(
        self,
        items: Iterable[T],
        start_of: Callable[[T], datetime],
        end_of: Callable[[T], datetime],
    ) -> None:
        ordered = sorted(items, key=start_of)
        self._items = ordered
        self._starts = [start_of(item) for item in ordered]
        self._ends = [end_of(item) for item in ordered]
        lengths = [end - start for start, end in zip(self._starts, self._ends, strict=True)]
        self._longest = max(lengths, default=timedelta(0))
        self._longest = max(self._longest, timedelta(0))

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: datetime, end: datetime) -> Iterator[T]:
        """Items overlapping [start, end), in start order."""
        low = bisect_right(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        for position in range(low, high):
            if self._ends[position] > start:
                yield self._items[position]

    def first_overlapping(self, start: datetime, end: datetime) -> T | None:
        """The earliest-starting item overlapping [start, end), or None."""
        return next(self.overlapping(start, end), None)

    def latest_end_overlapping(self, start: datetime, end: datetime) -> datetime | None:
        """The latest end among items overlapping [start, end), or None when nothing overlaps."""
        low = bisect_right(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        latest: datetime | None = None
        for position in range(low, high):
            item_end = self._ends[position]
            if item_end > start and (latest is None or item_end > latest):
                latest = item_end
        return latest


def _appointment_start(appointment: Appointment) -> datetime:
    return appointment.starts_at


def _appointment_end(appointment: Appointment) -> datetime:
    return appointment.ends_at


def _block_start(block: UnavailableBlock) -> datetime:
    return block.starts_at


def _block_end(block: UnavailableBlock) -> datetime:
    return block.ends_at


class ScheduleIndex:
    """Occupying appointments by practitioner and by patient, unavailable blocks by practitioner.

    Cancelled and deleted appointments are left out at build time: they never take up a slot.
    `practitioner_ids` / `patient_ids` restrict what is indexed (None keeps everything), so one build
    serves many queries (e.g. every instance of a repeating booking) without indexing the whole cache.
    """

    def __init__(
        self,
        appointments: Iterable[Appointment],
        blocks: Iterable[UnavailableBlock] = (),
        *,
        practitioner_ids: Iterable[str] | None = None,
        patient_ids: Iterable[str] | None = None,
    ) -> None:
        wanted_practitioners = None if practitioner_ids is None else frozenset(practitioner_ids)
        wanted_patients = None if patient_ids is None else frozenset(patient_ids)
        by_practitioner: defaultdict[str, list[Appointment]] = defaultdict(list)
        by_patient: defaultdict[str, list[Appointment]] = defaultdict(list)
        for appointment in appointments:
            if not appointment.occupies_time:
                continue
            if wanted_practitioners is None or appointment.practitioner_id in wanted_practitioners:
                by_practitioner[appointment.practitioner_id].append(appointment)
            patient_id = appointment.patient_id
            if patient_id is not None and (wanted_patients is None or patient_id in wanted_patients):
                by_patient[patient_id].append(appointment)
        blocks_by_practitioner: defaultdict[str, list[UnavailableBlock]] = defaultdict(list)
        for block in blocks:
            if wanted_practitioners is None or block.practitioner_id in wanted_practitioners:
                blocks_by_practitioner[block.practitioner_id].append(block)
        self._by_practitioner = {
            key: IntervalIndex(rows, _appointment_start, _appointment_end)
            for key, rows in by_practitioner.items()
        }
        self._by_patient = {
            key: IntervalIndex(rows, _appointment_start, _appointment_end) for key, rows in by_patient.items()
        }
        self._blocks = {
            key: IntervalIndex(rows, _block_start, _block_end) for key, rows in blocks_by_practitioner.items()
        }

    def practitioner_appointments(
        self, practitioner_id: str, start: datetime, end: datetime
    ) -> list[Appointment]:
        """The practitioner's occupying appointments overlapping [start, end)."""
        index = self._by_practitioner.get(practitioner_id)
        return [] if index is None else list(index.overlapping(start, end))

    def patient_appointments(self, patient_id: str, start: datetime, end: datetime) -> list[Appointment]:
        """The patient's occupying appointments overlapping [start, end)."""
        index = self._by_patient.get(patient_id)
        return [] if index is None else list(index.overlapping(start, end))

    def practitioner_blocks(
        self, practitioner_id: str, start: datetime, end: datetime
    ) -> list[UnavailableBlock]:
        """The practitioner's unavailable blocks overlapping [start, end)."""
        index = self._blocks.get(practitioner_id)
        return [] if index is None else list(index.overlapping(start, end))

    def appointment_index(self, practitioner_id: str) -> IntervalIndex[Appointment] | None:
        """The practitioner's appointment index (None when they have none)."""
        return self._by_practitioner.get(practitioner_id)

    def block_index(self, practitioner_id: str) -> IntervalIndex[UnavailableBlock] | None:
        """The practitioner's block index (None when they have none)."""
        return self._blocks.get(practitioner_id)

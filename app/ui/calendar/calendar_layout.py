"""Where each entry goes: columns, wall-clock rows and side-by-side lanes (Qt-free, pure).

The layout is computed once per content change, in minutes and lane fractions; the geometry module
scales it to pixels. Navigation between entries (the arrow keys) is pure too and lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter

from app.domain.entities import positional_constructor
from app.ui.calendar.calendar_model import (
    CalendarBlock,
    CalendarContent,
    CalendarEntry,
    EntryStatus,
    wall_minutes,
)

# A zero-length or very short appointment still needs room to be seen and clicked.
MIN_LAYOUT_MINUTES = 5.0


def assign_lanes(intervals: Sequence[tuple[float, float]]) -> list[tuple[int, int]]:
    """(lane, lanes) for each (start, end) interval, in input order.

    Intervals that overlap, directly or through others, form a cluster; each interval takes the lowest
    lane free at its start, and every member of a cluster shares its lane count so the cluster's
    entries split the column width evenly. Touching intervals (one ends when the next starts) do not
    overlap.
    """
    # By (start, end): the tuples' own order, with no key function to call per interval.
    order = sorted(range(len(intervals)), key=intervals.__getitem__)
    result: list[tuple[int, int]] = [(0, 1)] * len(intervals)
    cluster: list[tuple[int, int]] = []  # (input index, lane)
    lane_ends: list[float] = []
    cluster_end = float("-inf")

    def close_cluster() -> None:
        lanes = len(lane_ends)
        for index, lane in cluster:
            result[index] = (lane, lanes)

    for index in order:
        start, end = intervals[index]
        end = max(end, start)
        if start >= cluster_end and cluster:
            close_cluster()
            cluster.clear()
            lane_ends.clear()
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                break
        else:
            lane = len(lane_ends)
            lane_ends.append(end)
        cluster.append((index, lane))
        cluster_end = max(cluster_end, end)
    close_cluster()
    return result


@dataclass(frozen=True, slots=True)
class EntryPlacement:
    """An entry's place: column index, visible minutes (clipped to the day window) and lane."""

    entry: CalendarEntry
    column: int
    start_minute: float
    end_minute: float
    top: float
    bottom: float
    lane: int
    lanes: int

    @property
    def clipped_top(self) -> bool:
        return self.start_minute < self.top

    @property
    def clipped_bottom(self) -> bool:
        return self.end_minute > self.bottom


# Thousands per week shown: built positionally, without the frozen dataclass's per-field setattr.
_new_placement = positional_constructor(EntryPlacement)


@dataclass(frozen=True, slots=True)
class BlockPlacement:
    """An unavailable block's place: column index and visible minutes."""

    block: CalendarBlock
    column: int
    top: float
    bottom: float


@dataclass(frozen=True, slots=True)
class CalendarLayout:
    """The placed content: per-column entry lists sorted by start, and lookups by id."""

    content: CalendarContent
    by_column: tuple[tuple[EntryPlacement, ...], ...]
    blocks: tuple[BlockPlacement, ...]
    by_id: dict[str, EntryPlacement] = field(default_factory=dict)

    @property
    def placements(self) -> list[EntryPlacement]:
        """Every placed entry, column by column."""
        return [placement for column in self.by_column for placement in column]


def layout_content(content: CalendarContent, show_cancelled: bool = True) -> CalendarLayout:
    """Place every entry and block of `content` (cancelled entries left out unless `show_cancelled`)."""
    column_index = {column.key: n for n, column in enumerate(content.columns)}
    first, last, zone = content.first_minute, content.last_minute, content.zone
    days = [column.day for column in content.columns]
    grouped: list[list[tuple[CalendarEntry, float, float]]] = [[] for _ in content.columns]
    # Per column, wall minutes by moment: a week's thousand entries share a few hundred start and end
    # times, and converting each to the zone's wall clock was most of what a layout cost.
    minutes_of: list[dict[datetime, float]] = [{} for _ in content.columns]
    cancelled = EntryStatus.CANCELLED
    for entry in content.entries:
        column = column_index.get(entry.column_key)
        if column is None or (not show_cancelled and entry.status == cancelled):
            continue
        known = minutes_of[column]
        start = known.get(entry.starts_at)
        if start is None:
            start = known[entry.starts_at] = wall_minutes(entry.starts_at, days[column], zone)
        end = known.get(entry.ends_at)
        if end is None:
            end = known[entry.ends_at] = wall_minutes(entry.ends_at, days[column], zone)
        end = max(end, start + MIN_LAYOUT_MINUTES)
        if end <= first or start >= last:
            continue
        grouped[column].append((entry, start, end))

    by_column: list[tuple[EntryPlacement, ...]] = []
    for column, items in enumerate(grouped):
        lanes = assign_lanes([(start, end) for _, start, end in items])
        keyed: list[tuple[tuple[float, int, str], EntryPlacement]] = []
        for (entry, start, end), (lane, count) in zip(items, lanes, strict=True):
            top = max(start, first)
            placement = _new_placement(entry, column, start, end, top, min(end, last), lane, count)
            keyed.append(((top, lane, entry.appointment_id), placement))
        keyed.sort(key=itemgetter(0))
        by_column.append(tuple(placement for _, placement in keyed))

    blocks: list[BlockPlacement] = []
    for block in content.blocks:
        column = column_index.get(block.column_key)
        if column is None:
            continue
        day = content.columns[column].day
        start = wall_minutes(block.starts_at, day, content.zone)
        end = wall_minutes(block.ends_at, day, content.zone)
        if end > first and start < last and end > start:
            blocks.append(BlockPlacement(block, column, max(start, first), min(end, last)))

    by_id = {p.entry.appointment_id: p for column in by_column for p in column}
    return CalendarLayout(content, tuple(by_column), tuple(blocks), by_id)


def step_in_column(layout: CalendarLayout, current_id: str, step: int) -> str | None:
    """The entry before (`step` -1) or after (+1) `current_id` in time within its column."""
    current = layout.by_id.get(current_id)
    if current is None:
        return None
    column = layout.by_column[current.column]
    position = next(n for n, placement in enumerate(column) if placement is current) + step
    if 0 <= position < len(column):
        return column[position].entry.appointment_id
    return None


def step_across_columns(layout: CalendarLayout, current_id: str, step: int) -> str | None:
    """The entry nearest in time to `current_id` in the next non-empty column left (-1) or right (+1)."""
    current = layout.by_id.get(current_id)
    if current is None:
        return None
    column = current.column + step
    while 0 <= column < len(layout.by_column):
        candidates = layout.by_column[column]
        if candidates:
            nearest = min(candidates, key=lambda p: (abs(p.top - current.top), p.top, p.lane))
            return nearest.entry.appointment_id
        column += step
    return None


def first_entry_from(layout: CalendarLayout, minute: float) -> str | None:
    """The earliest entry still running at or after `minute`, leftmost first (else the last one)."""
    every = layout.placements
    if not every:
        return None
    running = [p for p in every if p.bottom > minute]
    chosen = min(running, key=lambda p: (p.top, p.column, p.lane)) if running else every[-1]
    return chosen.entry.appointment_id

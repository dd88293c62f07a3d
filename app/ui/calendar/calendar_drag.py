"""Where a drag would put an entry: snapping to slots, clamping to the day window (Qt-free, pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from app.ui.calendar.calendar_geometry import CalendarGeometry
from app.ui.calendar.calendar_layout import CalendarLayout, EntryPlacement
from app.ui.calendar.calendar_model import round_to_slot, snap_minutes, utc_at


class DragKind(Enum):
    MOVE = "move"
    RESIZE = "resize"


@dataclass(frozen=True, slots=True)
class DragStart:
    """What was grabbed: the entry, how, and the wall-clock minute under the pointer at the press."""

    kind: DragKind
    placement: EntryPlacement
    grab_minute: float


@dataclass(frozen=True, slots=True)
class DragTarget:
    """Where the entry would land: column, wall-clock minutes (for the preview) and UTC times."""

    column: int
    top: float
    bottom: float
    starts_at: datetime
    ends_at: datetime

    def changes(self, placement: EntryPlacement) -> bool:
        """Whether dropping here changes anything."""
        entry = placement.entry
        return (
            self.column != placement.column
            or self.starts_at != entry.starts_at
            or self.ends_at != entry.ends_at
        )


def drag_target(
    start: DragStart,
    layout: CalendarLayout,
    geometry: CalendarGeometry,
    *,
    body_x: float,
    body_y: float,
    slot_minutes: int,
) -> DragTarget:
    """The snapped target for the pointer at body (`body_x`, `body_y`).

    A move keeps the appointment's real duration (so a drag across a DST change does not stretch it);
    a resize keeps the start and never makes the appointment shorter than one slot.
    """
    placement = start.placement
    entry = placement.entry
    content = layout.content
    first, last = geometry.first_minute, geometry.last_minute
    pointer_minute = geometry.minute_at(body_y)
    if start.kind is DragKind.RESIZE:
        column = placement.column
        day = content.columns[column].day
        shortest = placement.start_minute + slot_minutes
        end_minute = min(max(round_to_slot(pointer_minute, slot_minutes), shortest), max(last, shortest))
        ends_at = utc_at(day, end_minute, content.zone)
        return DragTarget(column, placement.top, end_minute, entry.starts_at, ends_at)

    column = geometry.column_at(body_x)
    if column is None:
        column = 0 if body_x < 0 else geometry.column_count - 1
    day = content.columns[column].day
    wall_duration = placement.end_minute - placement.start_minute
    wanted = placement.start_minute + (pointer_minute - start.grab_minute)
    start_minute = round_to_slot(wanted, slot_minutes)
    latest = max(first, snap_minutes(last - wall_duration, slot_minutes))
    start_minute = min(max(start_minute, first), latest)
    starts_at = utc_at(day, start_minute, content.zone)
    ends_at = starts_at + (entry.ends_at - entry.starts_at)
    return DragTarget(column, start_minute, min(start_minute + wall_duration, last), starts_at, ends_at)

"""Pixels of the calendar's body: column edges, minute rows, entry rectangles and hit tests (Qt-free).

Body coordinates start at the top-left of the first column at the first visible minute; the time
gutter and the header sit outside them. Rectangles are (x, y, width, height) tuples in logical pixels.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.ui.calendar.calendar_layout import BlockPlacement, CalendarLayout, EntryPlacement

Rect = tuple[float, float, float, float]

# Row height per hour, in text lines, for each slot size: small slots get taller rows so a 5-minute
# slot can still be clicked, large slots keep the whole day on screen.
_HOUR_HEIGHT_IN_LINES = {5: 9.6, 10: 6.4, 15: 5.2, 30: 4.0}
MIN_COLUMN_WIDTH = 140.0
RESIZE_HANDLE_HEIGHT = 6.0


def minute_height_for(slot_minutes: int, line_height: float) -> float:
    """Pixels per minute for a slot size, scaled with the font's line height (so 200 % stays readable)."""
    lines = _HOUR_HEIGHT_IN_LINES.get(slot_minutes, _HOUR_HEIGHT_IN_LINES[15])
    return max(1.0, line_height * lines / 60.0)


@dataclass(frozen=True, slots=True)
class CalendarGeometry:
    """Scale of the body: how wide a column is and how tall a minute is."""

    column_count: int
    column_width: float
    minute_height: float
    first_minute: int
    last_minute: int

    @property
    def body_width(self) -> int:
        return self.column_left(self.column_count)

    @property
    def body_height(self) -> int:
        return math.ceil((self.last_minute - self.first_minute) * self.minute_height)

    @property
    def lane_gap(self) -> float:
        return 2.0

    @property
    def column_margin(self) -> float:
        """A free strip on each column's right so a slot beside a busy cluster can still be clicked."""
        return max(4.0, min(12.0, self.column_width * 0.06))

    def column_left(self, column: int) -> int:
        """The x of a column's left edge (whole pixels, so grid lines are crisp)."""
        return math.floor(column * self.column_width + 0.5)

    def column_at(self, x: float) -> int | None:
        """The column under body x, or None outside every column."""
        if x < 0 or self.column_count == 0:
            return None
        column = int(x // self.column_width)
        if column >= self.column_count:
            return None
        # Correct for the rounding of column edges.
        if x < self.column_left(column):
            column -= 1
        elif x >= self.column_left(column + 1):
            column += 1
        return column if 0 <= column < self.column_count else None

    def minute_at(self, y: float) -> float:
        """Wall-clock minutes after local midnight at body y."""
        return self.first_minute + y / self.minute_height

    def y_of(self, minute: float) -> float:
        """Body y of a wall-clock minute."""
        return (minute - self.first_minute) * self.minute_height

    def span_rect(self, column: int, top: float, bottom: float, lane: int = 0, lanes: int = 1) -> Rect:
        """The rectangle of `lane` of `lanes` in `column` from minute `top` to `bottom`."""
        left = self.column_left(column)
        usable = self.column_left(column + 1) - left - self.column_margin
        lane_width = usable / max(lanes, 1)
        x = left + 1 + lane * lane_width
        y = math.floor(self.y_of(top)) + 1
        bottom_y = math.floor(self.y_of(bottom))
        return (x, y, max(lane_width - self.lane_gap, 2.0), max(bottom_y - y, 4.0))

    def entry_rect(self, placement: EntryPlacement) -> Rect:
        """Where an entry is drawn."""
        return self.span_rect(
            placement.column, placement.top, placement.bottom, placement.lane, placement.lanes
        )

    def block_rect(self, placement: BlockPlacement) -> Rect:
        """Where an unavailable block is shaded: the full column width."""
        left = self.column_left(placement.column)
        top = math.floor(self.y_of(placement.top))
        bottom = math.floor(self.y_of(placement.bottom))
        return (left, top, self.column_left(placement.column + 1) - left, max(bottom - top, 1))

    def entry_at(self, layout: CalendarLayout, x: float, y: float) -> EntryPlacement | None:
        """The entry under body (x, y), if any."""
        column = self.column_at(x)
        if column is None or column >= len(layout.by_column):
            return None
        for placement in reversed(layout.by_column[column]):
            rx, ry, rw, rh = self.entry_rect(placement)
            if rx <= x < rx + rw and ry <= y < ry + rh:
                return placement
        return None

    def on_resize_handle(self, placement: EntryPlacement, y: float) -> bool:
        """Whether body y is on the entry's bottom edge (drag there resizes instead of moving)."""
        _, ry, _, rh = self.entry_rect(placement)
        handle = min(RESIZE_HANDLE_HEIGHT, rh / 3)
        return not placement.clipped_bottom and ry + rh - handle <= y < ry + rh + 1


def make_geometry(
    viewport_width: float,
    column_count: int,
    minute_height: float,
    *,
    first_minute: int,
    last_minute: int,
    min_column_width: float = MIN_COLUMN_WIDTH,
) -> CalendarGeometry:
    """Columns share the viewport's width but never get narrower than `min_column_width`."""
    count = max(column_count, 0)
    width = max(min_column_width, viewport_width / count) if count else viewport_width
    return CalendarGeometry(count, width, minute_height, first_minute, last_minute)

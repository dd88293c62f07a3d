"""Painting of the calendar body: grid, blocks, entries, selection, drag preview and current time.

Speed comes from doing per-entry work once, and only for entries that are seen: an entry's art
(rectangles, brushes, and its text and glyphs rendered into a small transparent image, a sprite) is
prepared the first time a paint exposes it, and kept until the layout, the geometry or the style
changes. Entries are sorted by start within each column, so the ones a paint can touch are found by
bisection in their start minutes; a week of a thousand appointments with half of them scrolled out of
sight prepares half of them. A paint then issues two C-level loops: fill rectangles, then blit
sprites. Fills are whole-pixel rectangles (see `calendar_entry_art`), not antialiased paths, which
would dominate a dense week.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import starmap
from typing import cast

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from app.ui.calendar.calendar_entry_art import (
    EntryArt,
    EntryText,
    entry_box,
    entry_boxes,
    layout_entry_text,
    make_entry_art,
    render_text_sprite,
)
from app.ui.calendar.calendar_geometry import CalendarGeometry
from app.ui.calendar.calendar_glyphs import GlyphAtlas
from app.ui.calendar.calendar_layout import CalendarLayout
from app.ui.calendar.calendar_style import CalendarStyle

_RADIUS = 3.0
# Pixels an entry's box may reach beyond its minutes: the one-pixel inset, rounding, and the least
# height a very short entry is given (4 px, see `CalendarGeometry.span_rect`).
_BOX_SLACK_PX = 6.0

Fill = tuple[QRectF, QColor | QBrush]
Slices = tuple[tuple[int, int, int], ...]


@dataclass(frozen=True, slots=True)
class DragPreview:
    """Where a dragged entry would land (drawn as a ghost)."""

    appointment_id: str
    column: int
    top: float
    bottom: float
    color: str


@dataclass(frozen=True, slots=True)
class BodyState:
    """What the body shows besides the content: selection, drag preview and the current time."""

    selected_id: str | None = None
    slot_minutes: int = 15
    preview: DragPreview | None = None
    now_column_minutes: tuple[tuple[int, float], ...] = ()
    today_columns: tuple[int, ...] = ()


def _reuse_key(art: EntryArt) -> tuple[object, ...]:
    """What an entry's laid-out text depends on: the entry, its times as shown and its box."""
    placement, rect = art.placement, art.rect
    return (
        placement.entry,
        placement.start_minute,
        placement.end_minute,
        rect.x(),
        rect.y(),
        rect.width(),
        rect.height(),
    )


class BodyPainter:
    """Paints the body of a `CalendarLayout` at a `CalendarGeometry` with one `CalendarStyle`."""

    def __init__(self, style: CalendarStyle) -> None:
        self.style = style
        self._atlas = GlyphAtlas()
        self._indexed_for: tuple[CalendarLayout, CalendarGeometry] | None = None
        # Per column, in the layout's order (by start): each entry's first shown minute, and the
        # longest entry's minutes (how far above the exposed top an entry reaching into it can start).
        self._tops: list[list[float]] = []
        self._longest: list[float] = []
        # Per column, each entry's art once a paint has exposed it (None until then).
        self._arts: list[list[EntryArt | None]] = []
        # Arts with laid-out text from the previous layout or geometry: an entry that comes back the
        # same, in the same box, keeps its text and sprite (a background refresh renders no text).
        self._earlier: dict[tuple[object, ...], EntryArt] = {}
        # The fills and sprites of the last paint's entries, replayed while the same entries are exposed.
        self._ops_key: tuple[Slices, float] | None = None
        self._fill_ops: list[Fill] = []
        self._sprite_ops: list[tuple[QPointF, QImage]] = []

    def set_style(self, style: CalendarStyle) -> None:
        """Switch palette/font; every cached colour and text is rebuilt on the next paint."""
        self.style = style
        self._atlas = GlyphAtlas()
        self._arts = []
        self._earlier = {}
        self.invalidate()

    def invalidate(self) -> None:
        """The content changed: index the layout again on the next paint.

        Text already rendered for an entry that comes back unchanged, at the same size, is kept: a
        background refresh that changes nothing then repaints without rendering any text.
        """
        self._indexed_for = None
        self._ops_key = None

    def prepared_entry_ids(self) -> frozenset[str]:
        """The appointments whose art is prepared for the current layout (those paints have exposed)."""
        return frozenset(art.placement.entry.appointment_id for art in self._prepared())

    def prepared_art(self, appointment_id: str) -> EntryArt | None:
        """The prepared art of an appointment, if a paint has exposed it (for tests and diagnostics)."""
        return next((a for a in self._prepared() if a.placement.entry.appointment_id == appointment_id), None)

    def _prepared(self) -> Iterator[EntryArt]:
        return (art for column in self._arts for art in column if art is not None)

    def _index(self, layout: CalendarLayout, geometry: CalendarGeometry) -> None:
        indexed = self._indexed_for
        if indexed is not None and indexed[0] is layout and indexed[1] == geometry:
            return
        with_text = {_reuse_key(art): art for art in self._prepared() if art.text is not None}
        if with_text:  # else nothing with text was painted since: the older ones are still the latest
            self._earlier = with_text
        self._tops = [[p.top for p in column] for column in layout.by_column]
        self._longest = [max((p.bottom - p.top for p in column), default=0.0) for column in layout.by_column]
        self._arts = [[None] * len(column) for column in layout.by_column]
        self._ops_key = None
        self._indexed_for = (layout, geometry)

    def _exposed_slice(self, column: int, geometry: CalendarGeometry, exposed: QRectF) -> tuple[int, int]:
        """The range of the column's entries (by start) whose boxes can intersect `exposed`.

        A few just outside may be included (the painter clips them); none that intersect are left out.
        """
        slack = _BOX_SLACK_PX / geometry.minute_height
        tops = self._tops[column]
        reach_from = geometry.minute_at(exposed.top()) - self._longest[column] - slack
        start = bisect_right(tops, reach_from)
        end = bisect_left(tops, geometry.minute_at(exposed.bottom()) + slack, start)
        return start, end

    def _arts_of(
        self, layout: CalendarLayout, geometry: CalendarGeometry, column: int, start: int, end: int
    ) -> list[EntryArt]:
        """The arts of the column's entries `start:end`, preparing those not prepared yet."""
        arts = self._arts[column]
        missing = [index for index in range(start, end) if arts[index] is None]
        if missing:
            placements = layout.by_column[column]
            wanted = [placements[index] for index in missing]
            colors, earlier = self.style.entry_colors, self._earlier
            for index, placement, box in zip(
                missing, wanted, entry_boxes(column, wanted, geometry), strict=True
            ):
                entry = placement.entry
                art = make_entry_art(placement, box, colors(entry.color, entry.status))
                if earlier and art.shows_text:
                    kept = earlier.get(_reuse_key(art))
                    if kept is not None:
                        art.text, art.sprite, art.sprite_ratio = kept.text, kept.sprite, kept.sprite_ratio
                arts[index] = art
        return cast("list[EntryArt]", arts[start:end])  # all prepared now

    def paint(
        self,
        painter: QPainter,
        layout: CalendarLayout,
        geometry: CalendarGeometry,
        exposed: QRectF,
        state: BodyState,
    ) -> None:
        """Paint the part of the body inside `exposed` (body coordinates)."""
        self._index(layout, geometry)
        style = self.style
        painter.fillRect(exposed, style.base_brush)
        first_column = geometry.column_at(max(exposed.left(), 0.0))
        last_column = geometry.column_at(min(exposed.right(), geometry.body_width - 1.0))
        columns = range(
            0 if first_column is None else first_column,
            geometry.column_count if last_column is None else last_column + 1,
        )
        if len(state.today_columns) < geometry.column_count:
            for column in state.today_columns:
                if column in columns:
                    left = geometry.column_left(column)
                    width = geometry.column_left(column + 1) - left
                    painter.fillRect(QRectF(left, 0, width, geometry.body_height), style.today_brush)
        self._paint_blocks(painter, layout, geometry, exposed)
        self._paint_grid(painter, geometry, exposed, state.slot_minutes)

        slices = tuple((column, *self._exposed_slice(column, geometry, exposed)) for column in columns)
        ratio = painter.device().devicePixelRatioF()
        if self._ops_key != (slices, ratio):
            self._prepare_ops(layout, geometry, slices, ratio)
        # starmap runs the loops in C: with thousands of rectangles a Python loop would dominate.
        deque(starmap(painter.fillRect, self._fill_ops), maxlen=0)
        deque(starmap(painter.drawImage, self._sprite_ops), maxlen=0)
        if state.preview is not None:
            # The entry being dragged fades, text and all, to show it is leaving its place.
            dragged = layout.by_id.get(state.preview.appointment_id)
            if dragged is not None:
                painter.fillRect(QRectF(*entry_box(dragged, geometry)), style.veil_brush)
        selected = layout.by_id.get(state.selected_id or "")
        if selected is not None:
            self._paint_selection(painter, QRectF(*entry_box(selected, geometry)), exposed)
        if state.preview is not None:
            self._paint_preview(painter, geometry, state.preview)
        self._paint_now(painter, geometry, state)

    def _prepare_ops(
        self, layout: CalendarLayout, geometry: CalendarGeometry, slices: Slices, ratio: float
    ) -> None:
        """The fills and text sprites of the entries in `slices`, preparing those not prepared yet.

        Kept for the next paint of the same entries (selection, current time, drag).
        """
        fills: list[Fill] = []
        sprites: list[tuple[QPointF, QImage]] = []
        for column, start, end in slices:
            for art in self._arts_of(layout, geometry, column, start, end):
                fills.extend(art.fills)
                if not art.shows_text:
                    continue
                if art.sprite_ratio != ratio:
                    text = art.text if art.text is not None else self._text_for(art)
                    art.sprite = render_text_sprite(art, text, self.style, self._atlas, ratio)
                    art.sprite_ratio = ratio
                if art.sprite is not None:
                    # On whole device pixels: the blit copies pixels at 125 % or 150 % instead of resampling.
                    x, y = art.rect.x(), art.rect.y()
                    sprites.append((QPointF(round(x * ratio) / ratio, round(y * ratio) / ratio), art.sprite))
        self._fill_ops, self._sprite_ops, self._ops_key = fills, sprites, (slices, ratio)

    def _paint_selection(self, painter: QPainter, rect: QRectF, exposed: QRectF) -> None:
        """A ring in the highlight colour, parted from the fill by a hairline of background."""
        if not rect.adjusted(-3, -3, 3, 3).intersects(exposed):
            return
        style = self.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(style.selection_gap_pen)
        painter.drawRoundedRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5), _RADIUS, _RADIUS)
        painter.setPen(style.selection_pen)
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), _RADIUS + 1.5, _RADIUS + 1.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

    def _paint_blocks(
        self, painter: QPainter, layout: CalendarLayout, geometry: CalendarGeometry, exposed: QRectF
    ) -> None:
        style = self.style
        painter.setPen(style.muted_pen)
        painter.setFont(style.small_font)
        pad = style.line_height * 0.3
        for block in layout.blocks:
            rect = QRectF(*geometry.block_rect(block))
            if not rect.intersects(exposed):
                continue
            painter.fillRect(rect, style.block_fill)
            painter.fillRect(rect, style.block_stripes)
            if block.block.label and rect.height() >= style.small_metrics.height() + pad:
                text_rect = rect.adjusted(pad, pad * 0.5, -pad, 0)
                label = style.elided(style.small_metrics, block.block.label, text_rect.width())
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)

    def _paint_grid(
        self, painter: QPainter, geometry: CalendarGeometry, exposed: QRectF, slot_minutes: int
    ) -> None:
        # One-pixel rectangles rather than lines: filled rectangles are the raster engine's fastest path.
        style = self.style
        left, width = exposed.left(), exposed.width() + 1
        first_slot = int(geometry.minute_at(max(exposed.top(), 0)) // slot_minutes) * slot_minutes
        last_minute = min(geometry.minute_at(exposed.bottom()) + 1, geometry.last_minute)
        rules: list[tuple[QRectF, QColor | QBrush]] = []
        minute = max(first_slot, geometry.first_minute)
        while minute <= last_minute:
            brush = style.hour_rule if minute % 60 == 0 else style.slot_rule
            rules.append((QRectF(left, int(geometry.y_of(minute)), width, 1), brush))
            minute += slot_minutes
        height = geometry.body_height
        rules.extend(
            (QRectF(geometry.column_left(c) - 1, 0, 1, height), style.column_rule)
            for c in range(1, geometry.column_count + 1)
            if left - 1 <= geometry.column_left(c) <= left + width + 1
        )
        deque(starmap(painter.fillRect, rules), maxlen=0)

    def _text_for(self, art: EntryArt) -> EntryText:
        if art.text is None:
            art.text = layout_entry_text(art, self.style)
        return art.text

    def _paint_preview(self, painter: QPainter, geometry: CalendarGeometry, preview: DragPreview) -> None:
        style = self.style
        rect = QRectF(*geometry.span_rect(preview.column, preview.top, preview.bottom))
        fill = QColor(preview.color)
        fill.setAlphaF(0.35)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(fill)
        painter.setPen(style.ghost_pen)
        painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), _RADIUS, _RADIUS)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        label = f"{style.format_time(preview.top)} \N{EN DASH} {style.format_time(preview.bottom)}"
        painter.setPen(style.text_pen)
        painter.setFont(style.title_font)
        painter.drawText(
            rect.adjusted(6, 2, -4, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            style.title_metrics.elidedText(label, Qt.TextElideMode.ElideRight, rect.width() - 10),
        )

    def _paint_now(self, painter: QPainter, geometry: CalendarGeometry, state: BodyState) -> None:
        style = self.style
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        for column, minute in state.now_column_minutes:
            if not geometry.first_minute <= minute <= geometry.last_minute:
                continue
            y = round(geometry.y_of(minute))  # whole pixel: the 2 px line covers two full rows
            left = geometry.column_left(column)
            right = geometry.column_left(column + 1)
            painter.setPen(style.now_pen)
            painter.drawLine(QLineF(left, y, right, y))
            if column == state.now_column_minutes[0][0]:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(style.now_brush)
                painter.drawEllipse(QPointF(left + 1, y), 4.5, 4.5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)

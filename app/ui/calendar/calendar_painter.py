"""Painting of the calendar body: grid, blocks, entries, selection, drag preview and current time.

Speed comes from doing per-entry work once: rectangles and brushes are prepared per (layout,
geometry), and each entry's text and glyphs are rendered once into a small transparent image (a
sprite) the first time the entry is shown. A paint then visits only entries intersecting the exposed
rectangle and issues two C-level loops: fill rectangles, then blit sprites. Fills are whole-pixel
rectangles (see `calendar_entry_art`), not antialiased paths, which would dominate a dense week.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import deque
from dataclasses import dataclass
from itertools import starmap

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter

from app.ui.calendar.calendar_entry_art import (
    EntryArt,
    EntryText,
    layout_entry_text,
    make_entry_art,
    render_text_sprite,
)
from app.ui.calendar.calendar_geometry import CalendarGeometry
from app.ui.calendar.calendar_glyphs import GlyphAtlas
from app.ui.calendar.calendar_layout import CalendarLayout
from app.ui.calendar.calendar_style import CalendarStyle

_RADIUS = 3.0


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
        self._prepared_for: tuple[CalendarLayout, CalendarGeometry] | None = None
        self._columns: list[list[EntryArt]] = []
        self._tops: list[list[float]] = []
        # Per column, the tallest entry: how far above the exposed top an intersecting entry can start.
        self._tallest: list[float] = []
        # Per column, every fill of every entry in order, and where each entry's fills begin.
        self._fills: list[list[tuple[QRectF, QColor | QBrush]]] = []
        self._fill_starts: list[list[int]] = []
        self._by_id: dict[str, EntryArt] = {}
        self._sprite_ops: list[tuple[QPointF, QImage]] | None = None
        self._sprite_ops_key: tuple[tuple[tuple[int, int, int], ...], float] | None = None

    def set_style(self, style: CalendarStyle) -> None:
        """Switch palette/font; every cached colour and text is rebuilt on the next paint."""
        self.style = style
        self._atlas = GlyphAtlas()
        self.invalidate()
        self._columns = []

    def invalidate(self) -> None:
        """The content changed: prepare again on the next paint.

        Text already rendered for an entry that comes back unchanged, at the same size, is kept: a
        background refresh that changes nothing then repaints without rendering any text.
        """
        self._prepared_for = None
        self._sprite_ops = None

    def _prepare(self, layout: CalendarLayout, geometry: CalendarGeometry) -> None:
        prepared = self._prepared_for
        if prepared is not None and prepared[0] is layout and prepared[1] == geometry:
            return
        colors = self.style.entry_colors
        rendered = {
            _reuse_key(art): art for column in self._columns for art in column if art.text is not None
        }
        self._columns = [
            [make_entry_art(p, geometry, colors(p.entry.color, p.entry.status)) for p in column]
            for column in layout.by_column
        ]
        if rendered:
            for column in self._columns:
                for art in column:
                    earlier = rendered.get(_reuse_key(art))
                    if earlier is not None:
                        art.text, art.sprite, art.sprite_ratio = (
                            earlier.text,
                            earlier.sprite,
                            earlier.sprite_ratio,
                        )
        self._tops = [[art.rect.y() for art in column] for column in self._columns]
        self._tallest = [max((art.rect.height() for art in column), default=0.0) for column in self._columns]
        self._fills, self._fill_starts = [], []
        for column in self._columns:
            fills: list[tuple[QRectF, QColor | QBrush]] = []
            starts = [0]
            for art in column:
                fills.extend(art.fills)
                starts.append(len(fills))
            self._fills.append(fills)
            self._fill_starts.append(starts)
        self._by_id = {art.placement.entry.appointment_id: art for column in self._columns for art in column}
        self._sprite_ops = None
        self._prepared_for = (layout, geometry)

    def paint(
        self,
        painter: QPainter,
        layout: CalendarLayout,
        geometry: CalendarGeometry,
        exposed: QRectF,
        state: BodyState,
    ) -> None:
        """Paint the part of the body inside `exposed` (body coordinates)."""
        self._prepare(layout, geometry)
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

        # Entries are sorted by top, so the ones that can intersect the exposed rows are a slice
        # (a few just above it may be included; the painter clips them).
        visible: list[EntryArt] = []
        slices: list[tuple[int, int, int]] = []
        fills: list[tuple[QRectF, QColor | QBrush]] = []
        top, bottom = exposed.top(), exposed.bottom()
        for column in columns:
            tops = self._tops[column]
            start = bisect_right(tops, top - self._tallest[column] - 1)
            end = bisect_right(tops, bottom)
            visible.extend(self._columns[column][start:end])
            slices.append((column, start, end))
            starts = self._fill_starts[column]
            fills.extend(self._fills[column][starts[start] : starts[end]])
        # starmap runs the fill loop in C: with thousands of rectangles the Python loop would dominate.
        deque(starmap(painter.fillRect, fills), maxlen=0)
        dragged = state.preview.appointment_id if state.preview else None
        self._paint_entries(painter, visible, tuple(slices), dragged)
        selected = self._by_id.get(state.selected_id or "")
        if selected is not None and selected.rect.intersects(exposed):
            # A ring in the highlight colour, parted from the fill by a hairline of background.
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(style.selection_gap_pen)
            painter.drawRoundedRect(selected.rect.adjusted(-0.5, -0.5, 0.5, 0.5), _RADIUS, _RADIUS)
            painter.setPen(style.selection_pen)
            painter.drawRoundedRect(selected.rect.adjusted(-2, -2, 2, 2), _RADIUS + 1.5, _RADIUS + 1.5)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        if state.preview is not None:
            self._paint_preview(painter, geometry, state.preview)
        self._paint_now(painter, geometry, state)

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

    def _paint_entries(
        self,
        painter: QPainter,
        visible: list[EntryArt],
        slices: tuple[tuple[int, int, int], ...],
        dragged: str | None,
    ) -> None:
        style = self.style
        dragged_art = self._by_id.get(dragged) if dragged is not None else None

        sprites = self._sprites(visible, slices, painter.device().devicePixelRatioF())
        deque(starmap(painter.drawImage, sprites), maxlen=0)
        if dragged_art is not None:
            # The entry being dragged fades, text and all, to show it is leaving its place.
            painter.fillRect(dragged_art.rect, style.veil_brush)

    def _sprites(
        self, visible: list[EntryArt], slices: tuple[tuple[int, int, int], ...], ratio: float
    ) -> list[tuple[QPointF, QImage]]:
        """The text images of the visible entries, rendering those not yet rendered at `ratio`.

        The list is kept for the next paint of the same entries (selection, current time, drag).
        """
        key = (slices, ratio)
        if self._sprite_ops is not None and self._sprite_ops_key == key:
            return self._sprite_ops
        ops: list[tuple[QPointF, QImage]] = []
        for art in visible:
            if not art.shows_text:
                continue
            if art.sprite_ratio != ratio:
                text = art.text if art.text is not None else self._text_for(art)
                art.sprite = render_text_sprite(art, text, self.style, self._atlas, ratio)
                art.sprite_ratio = ratio
            if art.sprite is not None:
                # On whole device pixels, so the blit copies pixels at 125 % or 150 % instead of resampling.
                origin = QPointF(round(art.rect.x() * ratio) / ratio, round(art.rect.y() * ratio) / ratio)
                ops.append((origin, art.sprite))
        self._sprite_ops, self._sprite_ops_key = ops, key
        return ops

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

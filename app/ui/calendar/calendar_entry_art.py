"""Everything needed to draw one entry at one size: fill rectangles, elided text, glyphs.

Preparing is the slow part (eliding, shaping text); painting then only replays these objects. The
body painter prepares an entry when it first comes into view, so an entry scrolled out of sight
costs nothing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QStaticText

from app.ui.calendar.calendar_geometry import CalendarGeometry
from app.ui.calendar.calendar_glyphs import Glyph, GlyphAtlas
from app.ui.calendar.calendar_layout import EntryPlacement
from app.ui.calendar.calendar_model import EntryStatus
from app.ui.calendar.calendar_style import CalendarStyle, EntryColors

MIN_TEXT_WIDTH = 22.0
_ACCENT_WIDTH = 3


@dataclass(slots=True)
class EntryText:
    """The entry's text, elided to its size, and where its status glyphs go."""

    title: QStaticText | None = None
    title_position: QPointF = field(default_factory=QPointF)
    strike: QLineF | None = None
    lines: list[tuple[QPointF, QStaticText]] = field(default_factory=list)
    glyphs: list[tuple[QPointF, Glyph]] = field(default_factory=list)
    glyph_size: int = 0
    bottom: float = 0.0  # lowest y any of it reaches


@dataclass(slots=True)
class EntryArt:
    """An entry at one geometry: its box, the rectangles to fill (with brushes) and, once drawn, its text."""

    placement: EntryPlacement
    rect: QRectF
    colors: EntryColors
    fills: tuple[tuple[QRectF, QColor | QBrush], ...]
    shows_text: bool
    text: EntryText | None = None
    # The text and glyphs pre-rendered at one device pixel ratio (see `render_text_sprite`).
    sprite: QImage | None = None
    sprite_ratio: float = 0.0


def _chamfered(x: int, y: int, width: int, height: int) -> tuple[QRectF, ...]:
    """Rectangles whose union is the box with its corners cut in two steps (reads as rounded).

    Three filled rectangles cost a fraction of one antialiased rounded rectangle, which is what keeps a
    week of two thousand appointments inside the frame budget. Chips too small to carry text stay square.
    """
    if width < MIN_TEXT_WIDTH or height < 10:
        return (QRectF(x, y, width, height),)
    return (
        QRectF(x + 2, y, width - 4, height),
        QRectF(x + 1, y + 1, width - 2, height - 2),
        QRectF(x, y + 2, width, height - 4),
    )


Box = tuple[int, int, int, int]


def entry_boxes(column: int, placements: Sequence[EntryPlacement], geometry: CalendarGeometry) -> list[Box]:
    """The boxes of entries of one column at `geometry`, snapped to whole pixels: (x, y, width, height).

    `CalendarGeometry.entry_rect` rounded, worked out for a run of entries at once (the column's
    edges once, no method call per entry): a week of a thousand entries is prepared in every paint
    that shows new content, and this arithmetic is most of what that costs.
    """
    left = geometry.column_left(column)
    usable = geometry.column_left(column + 1) - left - geometry.column_margin
    first, minute_height, gap = geometry.first_minute, geometry.minute_height, geometry.lane_gap
    floor = math.floor
    boxes: list[Box] = []
    for placement in placements:
        lane_width = usable / (placement.lanes if placement.lanes > 1 else 1)
        x = left + 1 + placement.lane * lane_width
        y = floor((placement.top - first) * minute_height) + 1
        height = floor((placement.bottom - first) * minute_height) - y
        snapped_x = round(x)
        width = round(x + max(lane_width - gap, 2.0)) - snapped_x
        boxes.append((snapped_x, y, width if width > 2 else 2, height if height > 4 else 4))
    return boxes


def entry_box(placement: EntryPlacement, geometry: CalendarGeometry) -> Box:
    """One entry's box at `geometry`, snapped to whole pixels (see `entry_boxes`)."""
    return entry_boxes(placement.column, (placement,), geometry)[0]


def make_entry_art(placement: EntryPlacement, box: Box, colors: EntryColors) -> EntryArt:
    """The fill rectangles of an entry whose box is `box` (see `entry_boxes`)."""
    x, y, width, height = box
    if colors.stripes is None and colors.accent is None and (width < MIN_TEXT_WIDTH or height < 10):
        # The common case of a busy week: a small chip, one rectangle of one colour.
        rect = QRectF(x, y, width, height)
        return EntryArt(placement, rect, colors, ((rect, colors.fill),), width >= MIN_TEXT_WIDTH)
    shape = _chamfered(x, y, width, height)
    rect = shape[0] if len(shape) == 1 else QRectF(x, y, width, height)
    fills: list[tuple[QRectF, QColor | QBrush]] = [(part, colors.fill) for part in shape]
    if colors.stripes is not None:
        fills.extend((part, colors.stripes) for part in shape)
    if colors.accent is not None:
        bar_right = x + min(_ACCENT_WIDTH, width)
        fills.extend(
            (QRectF(part.x(), part.y(), bar_right - part.x(), part.height()), colors.accent)
            for part in shape
            if part.x() < bar_right
        )
    return EntryArt(placement, rect, colors, tuple(fills), width >= MIN_TEXT_WIDTH)


def _static(text: str) -> QStaticText:
    static = QStaticText(text)
    static.setTextFormat(Qt.TextFormat.PlainText)
    return static


def _glyphs_for(art: EntryArt) -> list[Glyph]:
    entry = art.placement.entry
    wanted = (
        (Glyph.PENDING_SYNC, entry.pending_sync),
        (Glyph.DID_NOT_ARRIVE, entry.status == EntryStatus.DID_NOT_ARRIVE),
        (Glyph.ARRIVED, entry.status == EntryStatus.ARRIVED),
        (Glyph.TELEHEALTH, entry.telehealth),
    )
    return [glyph for glyph, shown in wanted if shown]


def layout_entry_text(art: EntryArt, style: CalendarStyle) -> EntryText:
    """Lay out as much of name, time, type and status as fits the entry's box.

    One line: the name and, if there is room, the start time. Two: the name, then "time · type". More:
    name, time range, type, and the status in words (so status never rests on colour alone).
    """
    entry = art.placement.entry
    rect = art.rect
    text = EntryText()
    title_height = style.title_metrics.height()
    small_height = style.small_metrics.height()
    pad_x = min(6.0, max(3.0, rect.width() * 0.05))
    pad_y = 2.0 if rect.height() < style.line_height * 1.6 else 3.0
    usable_height = rect.height() - 2 * pad_y
    if usable_height < title_height * 0.9:
        return text
    width = rect.width() - 2 * pad_x
    x, y = rect.x() + pad_x, rect.y() + pad_y

    glyphs = _glyphs_for(art)
    text.glyph_size = round(style.title_metrics.ascent() * 0.9)
    step = text.glyph_size + 3
    while glyphs and width - len(glyphs) * step < 28:
        glyphs.pop(0)
    glyph_x = rect.right() - pad_x - text.glyph_size
    glyph_y = round(y + (title_height - text.glyph_size) / 2)
    for glyph in reversed(glyphs):
        text.glyphs.append((QPointF(round(glyph_x), glyph_y), glyph))
        glyph_x -= step

    start, end = art.placement.start_minute, art.placement.end_minute
    extra_lines = max(0, int((usable_height - title_height) // small_height))
    title_width = width - len(glyphs) * step
    title = entry.title
    if extra_lines == 0:
        start_text = style.format_time(start)
        start_width = style.small_metrics.horizontalAdvance(start_text) + pad_x
        full_width = style.title_metrics.horizontalAdvance(title)
        # The time only joins the name when the name keeps enough room to be recognised.
        if full_width + start_width <= title_width or title_width - start_width >= 110:
            title_width -= start_width
            title = style.title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, title_width)
            after = x + style.title_metrics.horizontalAdvance(title) + pad_x
            baseline_shift = style.title_metrics.ascent() - style.small_metrics.ascent()
            text.lines.append((QPointF(after, y + baseline_shift), _static(start_text)))
    elided_title = style.title_metrics.elidedText(title, Qt.TextElideMode.ElideRight, max(title_width, 0))
    if elided_title:
        text.title = _static(elided_title)
        text.title_position = QPointF(x, y)
        if entry.status == EntryStatus.CANCELLED:
            strike_y = round(y + style.title_metrics.ascent() * 0.62) + 0.5
            advance = style.title_metrics.horizontalAdvance(elided_title)
            text.strike = QLineF(x, strike_y, x + advance, strike_y)

    time_range = f"{style.format_time(start)} \N{EN DASH} {style.format_time(end)}"
    details: list[str] = []
    if extra_lines == 1:
        details.append(f"{time_range} · {entry.subtitle}" if entry.subtitle else time_range)
    elif extra_lines >= 2:
        details.append(time_range)
        if entry.subtitle:
            details.append(entry.subtitle)
        status_label = style.status_labels.get(entry.status)
        if status_label:
            details.append(status_label)
    line_y = y + title_height
    for detail in details[:extra_lines]:
        elided = style.small_metrics.elidedText(detail, Qt.TextElideMode.ElideRight, width)
        if elided:
            text.lines.append((QPointF(x, line_y), _static(elided)))
        line_y += small_height
    text.bottom = max(
        y + title_height,
        max((position.y() + small_height for position, _ in text.lines), default=0.0),
        max((origin.y() + text.glyph_size for origin, _ in text.glyphs), default=0.0),
    )
    return text


def render_text_sprite(
    art: EntryArt, text: EntryText, style: CalendarStyle, atlas: GlyphAtlas, ratio: float
) -> QImage | None:
    """The entry's text and glyphs on a transparent image covering the top of its box.

    Blitting one such image is about ten times cheaper than drawing the same text line by line, and
    text is most of what a busy day costs to paint. None when the entry shows no text.
    """
    if text.title is None and not text.lines and not text.glyphs:
        return None
    rect = art.rect
    height = min(rect.height(), math.ceil(text.bottom - rect.y()) + 1)
    image = QImage(
        max(1, round(rect.width() * ratio)),
        max(1, round(height * ratio)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.translate(-rect.x(), -rect.y())
    if text.title is not None:
        painter.setFont(style.title_font)
        painter.setPen(art.colors.text)
        painter.drawStaticText(text.title_position, text.title)
        if text.strike is not None:
            painter.drawLine(text.strike)
    if text.lines:
        painter.setFont(style.small_font)
        painter.setPen(art.colors.muted_text)
        for position, line in text.lines:
            painter.drawStaticText(position, line)
    for origin, glyph in text.glyphs:
        painter.drawImage(origin, atlas.image(glyph, text.glyph_size, art.colors.glyph, ratio))
    painter.end()
    return image

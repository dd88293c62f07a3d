"""Colours, brushes and fonts of the calendar, derived from the widget's palette and font.

Chrome (background, grid, header, gutter) takes the palette's colours so light and dark themes both
work; appointment fills take the type's colour with a text colour chosen by luminance. Everything is
built once per palette/font change and per type colour, never per paint.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, Qt, QTime
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPalette,
    QPen,
    QStaticText,
)

from app.ui.calendar.calendar_model import EntryStatus

NOW_LINE_COLOR = QColor("#e5383b")
_DARK_TEXT = QColor("#1d2330")
_LIGHT_TEXT = QColor("#ffffff")


def relative_luminance(color: QColor) -> float:
    """WCAG relative luminance of a colour (0 black .. 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 .. 21)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def readable_text_on(fill: QColor) -> QColor:
    """Dark or white text, whichever contrasts more with `fill`."""
    if contrast_ratio(fill, _DARK_TEXT) >= contrast_ratio(fill, _LIGHT_TEXT):
        return QColor(_DARK_TEXT)
    return QColor(_LIGHT_TEXT)


def blend(top: QColor, bottom: QColor, amount: float) -> QColor:
    """`amount` of `top` over `bottom` (0 gives bottom, 1 gives top), opaque."""
    keep = 1.0 - amount
    return QColor.fromRgbF(
        top.redF() * amount + bottom.redF() * keep,
        top.greenF() * amount + bottom.greenF() * keep,
        top.blueF() * amount + bottom.blueF() * keep,
    )


def hatch_brush(color: QColor, spacing: int = 8, width: float = 1.5) -> QBrush:
    """A brush of diagonal stripes in `color` on transparent (crisp at any spacing, unlike Qt patterns)."""
    image = QImage(spacing * 2, spacing * 2, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, width))
    size = spacing * 2
    for offset in (-size, 0, size):
        painter.drawLine(QPointF(offset, size), QPointF(offset + size, 0))
    painter.drawLine(QPointF(-spacing, spacing), QPointF(spacing, -spacing))
    painter.drawLine(QPointF(spacing, size + spacing), QPointF(size + spacing, spacing))
    painter.end()
    return QBrush(image)


@dataclass(frozen=True, slots=True)
class EntryColors:
    """How one (type colour, status) pair is painted.

    Solid fills are QColors, not QBrushes: QPainter.fillRect(rect, QColor) costs half as much through
    the binding, which matters with thousands of rectangles per paint.
    """

    fill: QColor
    text: QPen
    muted_text: QPen
    accent: QColor | None
    stripes: QBrush | None
    glyph: QColor


class CalendarStyle:
    """The calendar's fonts, metrics and colours for one palette and font."""

    def __init__(self, palette: QPalette, font: QFont) -> None:
        self.font = QFont(font)
        self.title_font = QFont(font)
        self.title_font.setWeight(QFont.Weight.DemiBold)
        self.small_font = QFont(font)
        self.small_font.setPointSizeF(max(font.pointSizeF() * 0.88, 6.0))
        self.header_font = QFont(font)
        self.header_font.setPointSizeF(font.pointSizeF() * 1.08)
        self.header_font.setWeight(QFont.Weight.DemiBold)
        self.metrics = QFontMetricsF(self.font)
        self.title_metrics = QFontMetricsF(self.title_font)
        self.small_metrics = QFontMetricsF(self.small_font)
        self.header_metrics = QFontMetricsF(self.header_font)
        self.line_height = self.title_metrics.height()

        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        self.dark = relative_luminance(base) < 0.3
        self.base = base
        self.text = text
        self.muted = blend(text, base, 0.62)
        self.highlight = palette.color(QPalette.ColorRole.Highlight)
        self.base_brush = QBrush(base)
        self.header_brush = QBrush(base)
        self.hour_line = QPen(blend(text, base, 0.17 if self.dark else 0.14), 1)
        self.slot_line = QPen(blend(text, base, 0.08 if self.dark else 0.055), 1)
        self.column_line = QPen(blend(text, base, 0.15 if self.dark else 0.11), 1)
        self.header_line = QPen(blend(text, base, 0.22 if self.dark else 0.16), 1)
        self.hour_rule = self.hour_line.color()
        self.slot_rule = self.slot_line.color()
        self.column_rule = self.column_line.color()
        self.text_pen = QPen(text)
        self.muted_pen = QPen(self.muted)
        self.today_pen = QPen(self.highlight)
        self.today_brush = QBrush(blend(self.highlight, base, 0.05))
        veil = QColor(base)
        veil.setAlphaF(0.6)
        self.veil_brush = QBrush(veil)
        self.block_fill = QBrush(blend(text, base, 0.06 if self.dark else 0.045))
        self.block_stripes = hatch_brush(blend(text, base, 0.2 if self.dark else 0.13))
        self.now_pen = QPen(NOW_LINE_COLOR, 2)
        self.now_brush = QBrush(NOW_LINE_COLOR)
        self.selection_pen = QPen(self.highlight, 2.5)
        self.selection_gap_pen = QPen(base, 1.5)
        self.ghost_pen = QPen(self.highlight, 2, Qt.PenStyle.DashLine)
        self.status_labels = {
            EntryStatus.ARRIVED: QCoreApplication.translate("CalendarView", "Arrived"),
            EntryStatus.DID_NOT_ARRIVE: QCoreApplication.translate("CalendarView", "Did not arrive"),
            EntryStatus.CANCELLED: QCoreApplication.translate("CalendarView", "Cancelled"),
        }
        self._locale = QLocale()
        self._time_format = self._locale.timeFormat(QLocale.FormatType.ShortFormat)
        self._entry_colors: dict[tuple[str, str], EntryColors] = {}
        self._hour_labels: dict[int, str] = {}
        self._static_texts: dict[str, QStaticText] = {}
        self._elided: dict[tuple[int, str, int], str] = {}

    def format_time(self, minutes: float) -> str:
        """A wall-clock time in the user's locale short format, e.g. '9:30 AM' or '09:30'."""
        whole = int(minutes) % (24 * 60)
        return self._locale.toString(QTime(whole // 60, whole % 60), self._time_format)

    def format_hour(self, hour: int) -> str:
        """An hour label for the gutter (cached: the gutter repaints on every vertical scroll)."""
        label = self._hour_labels.get(hour)
        if label is None:
            label = self._hour_labels[hour] = self.format_time(hour * 60)
        return label

    def static_text(self, text: str) -> QStaticText:
        """A QStaticText for chrome labels (headers, hours), kept: they repaint on every scroll."""
        static = self._static_texts.get(text)
        if static is None:
            if len(self._static_texts) > 1024:
                self._static_texts.clear()
            static = self._static_texts[text] = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
        return static

    def elided(self, metrics: QFontMetricsF, text: str, width: float) -> str:
        """`text` elided to `width` with `metrics` (cached per text and width)."""
        key = (id(metrics), text, round(width))
        elided = self._elided.get(key)
        if elided is None:
            if len(self._elided) > 4096:
                self._elided.clear()
            elided = self._elided[key] = metrics.elidedText(text, Qt.TextElideMode.ElideRight, round(width))
        return elided

    def entry_colors(self, color: str, status: str) -> EntryColors:
        """Brushes and pens for an entry of type colour `color` in `status` (cached)."""
        key = (color, status)
        cached = self._entry_colors.get(key)
        if cached is None:
            cached = self._entry_colors[key] = self._make_entry_colors(color, status)
        return cached

    def _make_entry_colors(self, color: str, status: str) -> EntryColors:
        type_color = QColor(color)
        if not type_color.isValid():
            type_color = QColor("#7f8c8d")
        if status == EntryStatus.CANCELLED:
            # Faded tint with stripes: present but clearly not taking the slot.
            fill = blend(type_color, self.base, 0.14)
            stripes = hatch_brush(blend(type_color, self.base, 0.45), spacing=7, width=1.2)
            accent = blend(type_color, self.base, 0.8)
            return EntryColors(fill, QPen(self.text), QPen(self.muted), accent, stripes, QColor(self.muted))
        if status == EntryStatus.DID_NOT_ARRIVE:
            hue, saturation, lightness, _ = type_color.getHslF()
            grey = QColor.fromHslF(max(hue, 0.0), saturation * 0.18, lightness)
            fill = blend(grey, self.base, 0.55)
            text = readable_text_on(fill)
            accent = blend(grey, self.base, 0.95)
            return EntryColors(fill, QPen(text), QPen(blend(text, fill, 0.72)), accent, None, QColor(text))
        text = readable_text_on(type_color)
        return EntryColors(
            type_color, QPen(text), QPen(blend(text, type_color, 0.8)), None, None, QColor(text)
        )

"""Painting of the calendar's fixed chrome: the column header, the time gutter and their corner."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLineF, QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolTip, QWidget

from app.ui.calendar.calendar_geometry import CalendarGeometry
from app.ui.calendar.calendar_model import CalendarColumn
from app.ui.calendar.calendar_style import NOW_LINE_COLOR, CalendarStyle

_ALIGN_RIGHT_VCENTER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_ALIGN_CENTER = Qt.AlignmentFlag.AlignCenter


class ChromePainter:
    """Paints header, gutter and corner in the style of the body."""

    def __init__(self, style: CalendarStyle) -> None:
        self.style = style

    @property
    def padding(self) -> float:
        return round(self.style.line_height * 0.45)

    def header_height(self) -> int:
        """Room for a column title and a subtitle line."""
        style = self.style
        return math.ceil(2 * self.padding + style.header_metrics.height() + style.small_metrics.height())

    def gutter_width(self, first_minute: int, last_minute: int) -> int:
        """Wide enough for the widest hour label of the day window."""
        style = self.style
        hours = range(first_minute // 60, math.ceil(last_minute / 60) + 1)
        widest = max(
            (style.small_metrics.horizontalAdvance(style.format_hour(h % 24)) for h in hours), default=0
        )
        return math.ceil(widest + 2 * self.padding + 4)

    def paint_header(
        self,
        painter: QPainter,
        *,
        columns: tuple[CalendarColumn, ...],
        geometry: CalendarGeometry,
        x_offset: float,
        size: tuple[float, float],
        today_columns: tuple[int, ...],
    ) -> None:
        """Paint column titles for a header strip `size` wide/high, scrolled by `x_offset`."""
        style = self.style
        width, height = size
        painter.fillRect(QRectF(0, 0, width, height), style.header_brush)
        pad = self.padding
        highlight_today = 0 < len(today_columns) < len(columns)
        first = geometry.column_at(max(x_offset, 0)) or 0
        for column in range(first, len(columns)):
            left = geometry.column_left(column) - x_offset
            if left > width:
                break
            right = geometry.column_left(column + 1) - x_offset
            info = columns[column]
            text_width = right - left - 2 * pad
            is_today = highlight_today and column in today_columns
            painter.setFont(style.header_font)
            painter.setPen(style.today_pen if is_today else style.text_pen)
            title = style.elided(style.header_metrics, info.title, text_width)
            painter.drawStaticText(QPointF(left + pad, pad), style.static_text(title))
            if info.subtitle:
                painter.setFont(style.small_font)
                painter.setPen(style.today_pen if is_today else style.muted_pen)
                subtitle = style.elided(style.small_metrics, info.subtitle, text_width)
                top = pad + style.header_metrics.height()
                painter.drawStaticText(QPointF(left + pad, top), style.static_text(subtitle))
            if is_today:
                painter.fillRect(QRectF(left, height - 3, right - left, 3), style.highlight)
            painter.setPen(style.column_line)
            painter.drawLine(QLineF(right - 0.5, height * 0.35, right - 0.5, height))
        painter.setPen(style.header_line)
        painter.drawLine(QLineF(0, height - 0.5, width, height - 0.5))

    def paint_gutter(
        self,
        painter: QPainter,
        *,
        geometry: CalendarGeometry,
        y_offset: float,
        size: tuple[float, float],
        now_minute: float | None,
    ) -> None:
        """Paint hour labels for a gutter strip `size` wide/high, scrolled by `y_offset`."""
        style = self.style
        width, height = size
        painter.fillRect(QRectF(0, 0, width, height), style.header_brush)
        pad = self.padding
        label_height = style.small_metrics.height()
        painter.setFont(style.small_font)
        painter.setPen(style.muted_pen)
        first_hour = math.ceil(geometry.first_minute / 60)
        showing_now = now_minute is not None and geometry.first_minute <= now_minute <= geometry.last_minute
        now_y = geometry.y_of(now_minute) - y_offset if now_minute is not None else 0.0
        for hour in range(first_hour, geometry.last_minute // 60 + 1):
            y = geometry.y_of(hour * 60) - y_offset
            if y < -label_height or y > height + label_height:
                continue
            if showing_now and abs(y - now_y) < label_height:
                continue  # the current-time badge takes this label's place
            # Labels sit centred on their hour line, except the first, which would be cut in half.
            top = max(y - label_height / 2, y if hour * 60 == geometry.first_minute else -label_height)
            label = style.format_hour(hour % 24)
            right = width - pad - 4
            painter.drawStaticText(
                QPointF(right - style.small_metrics.horizontalAdvance(label), top), style.static_text(label)
            )
        painter.setPen(style.hour_line)
        ticks = [
            QLineF(
                width - 5,
                int(geometry.y_of(h * 60) - y_offset) + 0.5,
                width,
                int(geometry.y_of(h * 60) - y_offset) + 0.5,
            )
            for h in range(first_hour, geometry.last_minute // 60 + 1)
        ]
        painter.drawLines(ticks)
        painter.setPen(style.column_line)
        painter.drawLine(QLineF(width - 0.5, 0, width - 0.5, height))
        if showing_now and now_minute is not None:
            self._paint_now_badge(painter, now_y, width, now_minute)

    def _paint_now_badge(self, painter: QPainter, y: float, width: float, minute: float) -> None:
        style = self.style
        label = style.format_time(minute)
        badge_height = style.small_metrics.height() + 2
        badge_width = min(style.small_metrics.horizontalAdvance(label) + 10, width - 4)
        rect = QRectF(width - badge_width - 3, y - badge_height / 2, badge_width, badge_height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(NOW_LINE_COLOR)
        painter.drawRoundedRect(rect, badge_height / 2, badge_height / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(rect, _ALIGN_CENTER, label)

    def paint_corner(self, painter: QPainter, size: tuple[float, float], zone_label: str) -> None:
        """Paint the top-left corner above the gutter: the time zone's abbreviation."""
        style = self.style
        width, height = size
        painter.fillRect(QRectF(0, 0, width, height), style.header_brush)
        painter.setFont(style.small_font)
        painter.setPen(style.muted_pen)
        pad = self.padding
        painter.drawText(
            QRectF(
                0, height - pad - style.small_metrics.height(), width - pad - 4, style.small_metrics.height()
            ),
            _ALIGN_RIGHT_VCENTER,
            style.small_metrics.elidedText(zone_label, Qt.TextElideMode.ElideRight, width - pad - 4),
        )
        painter.setPen(style.header_line)
        painter.drawLine(QLineF(0, height - 0.5, width, height - 0.5))
        painter.setPen(style.column_line)
        painter.drawLine(QLineF(width - 0.5, height * 0.35, width - 0.5, height))


class ChromeStrip(QWidget):
    """A fixed strip (header or gutter) that the view paints; it scrolls only along one axis."""

    def __init__(
        self, parent: QWidget, paint: Callable[[QPainter, QSize], None], tooltip: Callable[[QPoint], str]
    ) -> None:
        super().__init__(parent)
        self._paint = paint
        self._tooltip = tooltip
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        self._paint(painter, self.size())
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self._tooltip(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

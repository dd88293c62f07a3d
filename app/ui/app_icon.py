"""The application icon, drawn with QPainter (a calendar page with a tick), so no image file is needed."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap

_SIZES = (16, 24, 32, 48, 64, 128, 256)
_BRAND = QColor("#1a73e8")
_PAGE = QColor("#ffffff")
_TICK = QColor("#0b8043")


def _draw(size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 16
    body = QRectF(unit, unit * 1.5, size - 2 * unit, size - 2.5 * unit)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(_BRAND)
    painter.drawRoundedRect(body, 2.5 * unit, 2.5 * unit)
    page = body.adjusted(unit * 1.5, unit * 3.5, -unit * 1.5, -unit * 1.5)
    painter.setBrush(_PAGE)
    painter.drawRoundedRect(page, unit, unit)
    # Two binding rings above the page.
    painter.setBrush(_PAGE)
    for x in (size * 0.33, size * 0.67):
        painter.drawRoundedRect(
            QRectF(x - unit * 0.6, unit * 0.5, unit * 1.2, unit * 3), unit * 0.6, unit * 0.6
        )
    tick = QPainterPath(QPointF(page.left() + page.width() * 0.22, page.top() + page.height() * 0.55))
    tick.lineTo(QPointF(page.left() + page.width() * 0.42, page.top() + page.height() * 0.75))
    tick.lineTo(QPointF(page.left() + page.width() * 0.78, page.top() + page.height() * 0.28))
    pen = QPen(_TICK, max(1.5, unit * 1.4))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(tick)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    """Frontdesk's icon at the usual sizes."""
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_draw(size))
    return icon


def calendar_glyph(color: QColor, size: int = 16) -> QIcon:
    """A plain calendar-page outline in `color` (the palette's text colour), for "Go to date"."""
    icon = QIcon()
    for scale in (1, 2):
        pixels = size * scale
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = pixels / 16
        pen = QPen(color, 1.3 * unit)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        page = QRectF(2 * unit, 3 * unit, 12 * unit, 11 * unit)
        painter.drawRoundedRect(page, 1.5 * unit, 1.5 * unit)
        painter.drawLine(QPointF(page.left(), 6.5 * unit), QPointF(page.right(), 6.5 * unit))
        for x in (5.5 * unit, 10.5 * unit):
            painter.drawLine(QPointF(x, 1.5 * unit), QPointF(x, 4.5 * unit))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for row in (8.8, 11.3):
            for column in (4.5, 7.5, 10.5):
                painter.drawRect(QRectF(column * unit, row * unit, 1.6 * unit, 1.4 * unit))
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def arrow_glyph(color: QColor, direction: int, size: int = 16) -> QIcon:
    """A chevron pointing left (direction -1) or right (+1) in `color`, for Previous / Next."""
    icon = QIcon()
    for scale in (1, 2):
        pixels = size * scale
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = pixels / 16
        pen = QPen(color, 2 * unit)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        tip, tail = (5 * unit, 10.5 * unit) if direction < 0 else (11 * unit, 5.5 * unit)
        chevron = QPainterPath(QPointF(tail, 3 * unit))
        chevron.lineTo(QPointF(tip, 8 * unit))
        chevron.lineTo(QPointF(tail, 13 * unit))
        painter.drawPath(chevron)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon


def eye_glyph(color: QColor, size: int = 16) -> QIcon:
    """An eye outline in `color`, for "show the key"."""
    icon = QIcon()
    for scale in (1, 2):
        pixels = size * scale
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        unit = pixels / 16
        painter.setPen(QPen(color, 1.3 * unit))
        lid = QPainterPath(QPointF(1.5 * unit, 8 * unit))
        lid.quadTo(QPointF(8 * unit, 1 * unit), QPointF(14.5 * unit, 8 * unit))
        lid.quadTo(QPointF(8 * unit, 15 * unit), QPointF(1.5 * unit, 8 * unit))
        painter.drawPath(lid)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(8 * unit, 8 * unit), 2.2 * unit, 2.2 * unit)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        icon.addPixmap(pixmap)
    return icon

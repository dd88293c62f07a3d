"""One small icon per conflict-warning category, drawn with painter paths (no image files).

Each is a white symbol on a round badge: amber for clashes with the schedule, slate for notices about
the booking itself or the cache (so the eye finds the clashes first).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap

from app.domain.conflicts import SCHEDULE_CLASH_CATEGORIES, WarningCategory

_CLASH_BADGE = QColor("#e08600")
_NOTICE_BADGE = QColor("#5f6b7a")
_SYMBOL = QColor("#ffffff")


def _overlap(s: float) -> QPainterPath:
    path = QPainterPath()
    path.addRoundedRect(QRectF(s * 0.22, s * 0.26, s * 0.36, s * 0.3), s * 0.04, s * 0.04)
    path.addRoundedRect(QRectF(s * 0.42, s * 0.44, s * 0.36, s * 0.3), s * 0.04, s * 0.04)
    return path


def _no_entry(s: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(s * 0.25, s * 0.25, s * 0.5, s * 0.5))
    path.moveTo(s * 0.33, s * 0.67)
    path.lineTo(s * 0.67, s * 0.33)
    return path


def _person(s: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(s * 0.4, s * 0.22, s * 0.2, s * 0.2))
    path.moveTo(s * 0.28, s * 0.76)
    path.cubicTo(s * 0.28, s * 0.5, s * 0.72, s * 0.5, s * 0.72, s * 0.76)
    return path


def _gap(s: float) -> QPainterPath:
    path = QPainterPath()
    for x in (0.26, 0.74):
        path.moveTo(s * x, s * 0.28)
        path.lineTo(s * x, s * 0.72)
    path.moveTo(s * 0.36, s * 0.5)
    path.lineTo(s * 0.64, s * 0.5)
    return path


def _people(s: float) -> QPainterPath:
    path = QPainterPath()
    for centre in (0.3, 0.5, 0.7):
        path.addEllipse(QRectF(s * (centre - 0.07), s * 0.3, s * 0.14, s * 0.14))
    path.moveTo(s * 0.22, s * 0.7)
    path.lineTo(s * 0.78, s * 0.7)
    return path


def _cross(s: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(s * 0.34, s * 0.34)
    path.lineTo(s * 0.66, s * 0.66)
    path.moveTo(s * 0.66, s * 0.34)
    path.lineTo(s * 0.34, s * 0.66)
    return path


def _clock(s: float) -> QPainterPath:
    path = QPainterPath()
    path.addEllipse(QRectF(s * 0.24, s * 0.24, s * 0.52, s * 0.52))
    path.moveTo(s * 0.5, s * 0.34)
    path.lineTo(s * 0.5, s * 0.5)
    path.lineTo(s * 0.62, s * 0.58)
    return path


def _repeat(s: float) -> QPainterPath:
    path = QPainterPath()
    rect = QRectF(s * 0.27, s * 0.27, s * 0.46, s * 0.46)
    path.arcMoveTo(rect, 100)
    path.arcTo(rect, 100, 250)
    tip = QPointF(s * 0.44, s * 0.27)
    path.moveTo(tip + QPointF(s * 0.1, -s * 0.09))
    path.lineTo(tip)
    path.lineTo(tip + QPointF(s * 0.1, s * 0.09))
    return path


def _cloud_alert(s: float) -> QPainterPath:
    path = QPainterPath()
    path.moveTo(s * 0.5, s * 0.26)
    path.lineTo(s * 0.5, s * 0.56)
    path.addEllipse(QRectF(s * 0.46, s * 0.66, s * 0.08, s * 0.08))
    return path


_SYMBOLS: dict[WarningCategory, Callable[[float], QPainterPath]] = {
    WarningCategory.PRACTITIONER_DOUBLE_BOOKED: _overlap,
    WarningCategory.PRACTITIONER_UNAVAILABLE: _no_entry,
    WarningCategory.PATIENT_DOUBLE_BOOKED: _person,
    WarningCategory.BUFFER_TOO_SHORT: _gap,
    WarningCategory.GROUP_OVER_CAPACITY: _people,
    WarningCategory.TYPE_NOT_OFFERED: _cross,
    WarningCategory.START_IN_PAST: _clock,
    WarningCategory.REPEAT_INSTANCES_CONFLICT: _repeat,
    WarningCategory.STALE_CACHE: _cloud_alert,
}


def badge_color(category: WarningCategory) -> QColor:
    """Amber for clashes with the schedule, slate for the rest."""
    clash = category in SCHEDULE_CLASH_CATEGORIES or category == WarningCategory.REPEAT_INSTANCES_CONFLICT
    return QColor(_CLASH_BADGE if clash else _NOTICE_BADGE)


def warning_pixmap(category: WarningCategory, size: int, pixel_ratio: float = 1.0) -> QPixmap:
    """The category's badge, `size` logical pixels square, sharp at `pixel_ratio`."""
    side = max(1, round(size * pixel_ratio))
    pixmap = QPixmap(side, side)
    pixmap.setDevicePixelRatio(pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(badge_color(category))
    painter.drawEllipse(QRectF(0, 0, size, size))
    pen = QPen(_SYMBOL, max(1.3, size * 0.08))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(_SYMBOLS[category](float(size)))
    painter.end()
    return pixmap

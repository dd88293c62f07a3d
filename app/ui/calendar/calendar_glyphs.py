"""Small status glyphs drawn with painter paths (no image files): telehealth, arrived, no-show, unsynced."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen


class Glyph(Enum):
    TELEHEALTH = "telehealth"
    ARRIVED = "arrived"
    DID_NOT_ARRIVE = "did_not_arrive"
    PENDING_SYNC = "pending_sync"


def _camera(size: float) -> QPainterPath:
    path = QPainterPath()
    body_width = size * 0.64
    body = QRectF(0, size * 0.22, body_width, size * 0.56)
    path.addRoundedRect(body, size * 0.1, size * 0.1)
    lens = QPainterPath()
    lens.moveTo(body_width + size * 0.04, size * 0.5)
    lens.lineTo(size, size * 0.26)
    lens.lineTo(size, size * 0.74)
    lens.closeSubpath()
    return path.united(lens)


def _check(size: float) -> QPainterPath:
    path = QPainterPath(QPointF(size * 0.12, size * 0.52))
    path.lineTo(size * 0.4, size * 0.8)
    path.lineTo(size * 0.9, size * 0.2)
    return path


def _no_show(size: float) -> QPainterPath:
    path = QPainterPath()
    inset = size * 0.1
    path.addEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset))
    path.moveTo(size * 0.24, size * 0.76)
    path.lineTo(size * 0.76, size * 0.24)
    return path


def _pending(size: float) -> QPainterPath:
    # An open circle with an arrow head: "waiting to be sent".
    path = QPainterPath()
    rect = QRectF(size * 0.14, size * 0.14, size * 0.72, size * 0.72)
    path.arcMoveTo(rect, 70)
    path.arcTo(rect, 70, 290)
    tip = QPointF(size * 0.62, size * 0.16)
    path.moveTo(tip + QPointF(-size * 0.2, -size * 0.1))
    path.lineTo(tip)
    path.lineTo(tip + QPointF(-size * 0.12, size * 0.2))
    return path


_BUILDERS = {
    Glyph.TELEHEALTH: (_camera, True),
    Glyph.ARRIVED: (_check, False),
    Glyph.DID_NOT_ARRIVE: (_no_show, False),
    Glyph.PENDING_SYNC: (_pending, False),
}


class GlyphAtlas:
    """Glyph images rendered once per (glyph, size, colour, pixel ratio) and then only blitted."""

    def __init__(self) -> None:
        self._images: dict[tuple[Glyph, int, int, float], QImage] = {}

    def image(self, glyph: Glyph, size: int, color: QColor, pixel_ratio: float) -> QImage:
        """`glyph` drawn in a `size` (logical pixels) square in `color`, sharp at `pixel_ratio`."""
        key = (glyph, size, color.rgba(), pixel_ratio)
        image = self._images.get(key)
        if image is None:
            image = self._images[key] = _render(glyph, size, color, pixel_ratio)
        return image


def _render(glyph: Glyph, size: int, color: QColor, pixel_ratio: float) -> QImage:
    side = max(1, round(size * pixel_ratio))
    image = QImage(side, side, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(pixel_ratio)
    image.fill(Qt.GlobalColor.transparent)
    builder, filled = _BUILDERS[glyph]
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if filled:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
    else:
        pen = QPen(color, max(1.2, size * 0.14))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(builder(float(size)))
    painter.end()
    return image

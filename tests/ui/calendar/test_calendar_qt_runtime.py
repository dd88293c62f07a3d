"""The Qt binding must not corrupt Python's reference counts while the calendar paints.

PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a method returning void
(QPainter.fillRect, setPen, drawStaticText, QWidget.update, ...). None is not immortal before Python
3.12, so after a few thousand calls the interpreter aborts with "deallocating None": one paint of a
busy day is enough. PySide6 6.11.x is clean; so is any PySide6 on Python 3.12+.
"""

from __future__ import annotations

import gc
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter


def _references_to_none_lost(painter: QPainter, calls: int) -> int:
    rect, color = QRectF(0, 0, 4, 4), QColor("#1a73e8")
    before = sys.getrefcount(None)
    for _ in range(calls):
        painter.fillRect(rect, color)
    return before - sys.getrefcount(None)


def test_painting_keeps_the_reference_count_of_none() -> None:
    image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    calls = 300
    gc.disable()  # a collection during the loop may legitimately release references to None
    try:
        # The least of two tries: other threads can release references meanwhile; the bug loses one per call.
        lost = min(_references_to_none_lost(painter, calls) for _ in range(2))
    finally:
        gc.enable()
        painter.end()
    assert lost < calls // 2, (
        f"PySide6 {pyside_version} on Python {sys.version.split()[0]} loses a reference to None per call "
        "and will crash the app while painting; use PySide6-Essentials<6.12 on Python 3.11"
    )

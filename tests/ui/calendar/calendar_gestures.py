"""Gesture helpers for the calendar widget tests: map body points to the viewport, send mouse events."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from app.ui.calendar.calendar_view import CalendarView


def body_to_viewport(view: CalendarView, x: float, y: float) -> QPoint:
    """Viewport coordinates of a body point (body coordinates scroll with the content)."""
    offset = view.body_offset()
    return QPoint(round(x) - offset.x(), round(y) - offset.y())


def slot_point(view: CalendarView, column: int, minute: float) -> QPoint:
    """Viewport point a little inside `column` at wall-clock `minute` (clear of entries' lanes)."""
    geometry = view.calendar_geometry
    right = geometry.column_left(column + 1)
    return body_to_viewport(view, right - 3, geometry.y_of(minute) + 1)


def entry_point(view: CalendarView, appointment_id: str, *, bottom_edge: bool = False) -> QPoint:
    """Viewport point inside an entry: its upper middle, or on its bottom (resize) edge."""
    placement = view.calendar_layout.by_id[appointment_id]
    x, y, width, height = view.calendar_geometry.entry_rect(placement)
    if bottom_edge:
        return body_to_viewport(view, x + width / 2, y + height - 2)
    return body_to_viewport(view, x + width / 2, y + min(8, height / 2))


def send_mouse(
    view: CalendarView,
    kind: QEvent.Type,
    position: QPoint,
    button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    buttons: Qt.MouseButton = Qt.MouseButton.LeftButton,
) -> None:
    """Deliver a mouse event to the viewport directly.

    QTest.mouseMove does not carry the pressed button reliably on every platform plugin, so drags
    are sent as explicit QMouseEvents.
    """
    viewport = view.viewport()
    local = QPointF(position)
    event = QMouseEvent(
        kind, local, QPointF(viewport.mapToGlobal(position)), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, event)


def drag(view: CalendarView, start: QPoint, end: QPoint, *, release: bool = True) -> None:
    """Press at `start`, move to `end` in a few steps, and (optionally) release there."""
    left = Qt.MouseButton.LeftButton
    send_mouse(view, QEvent.Type.MouseButtonPress, start)
    steps = 4
    for step in range(1, steps + 1):
        point = start + (end - start) * step / steps
        send_mouse(view, QEvent.Type.MouseMove, point, Qt.MouseButton.NoButton, left)
    if release:
        send_mouse(view, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)

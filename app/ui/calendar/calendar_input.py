"""Mouse and keyboard handling of the calendar: clicks, drags, navigation keys and tooltips.

It turns user gestures into the view's signals; it never decides whether a move is allowed (the main
window runs the conflict check when it receives `moveRequested`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QContextMenuEvent, QHelpEvent, QKeyEvent, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QApplication, QToolTip

from app.ui.calendar.calendar_drag import DragKind, DragStart, DragTarget, drag_target
from app.ui.calendar.calendar_layout import (
    EntryPlacement,
    first_entry_from,
    step_across_columns,
    step_in_column,
)
from app.ui.calendar.calendar_model import snap_minutes, utc_at
from app.ui.calendar.calendar_painter import DragPreview

if TYPE_CHECKING:
    from app.ui.calendar.calendar_view import CalendarView

_AUTOSCROLL_MARGIN = 24
_NAVIGATION_KEYS = {
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
}


@dataclass(frozen=True, slots=True)
class _Press:
    position: QPoint
    placement: EntryPlacement | None
    kind: DragKind
    grab_minute: float


class CalendarInput:
    """The gesture state of one `CalendarView` (a press, a drag in progress)."""

    def __init__(self, view: CalendarView) -> None:
        self._view = view
        self._press: _Press | None = None
        self._drag: DragStart | None = None
        self._target: DragTarget | None = None
        self._last_position: QPoint | None = None

    def _body_point(self, position: QPoint | QPointF) -> tuple[float, float]:
        offset = self._view.body_offset()
        return position.x() + offset.x(), position.y() + offset.y()

    def _entry_at(self, position: QPoint | QPointF) -> EntryPlacement | None:
        x, y = self._body_point(position)
        return self._view.calendar_geometry.entry_at(self._view.calendar_layout, x, y)

    # --- mouse -------------------------------------------------------------------------------------

    def mouse_press(self, event: QMouseEvent) -> None:
        view = self._view
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        view.setFocus(Qt.FocusReason.MouseFocusReason)
        geometry = view.calendar_geometry
        position = event.position()
        x, y = self._body_point(position)
        placement = geometry.entry_at(view.calendar_layout, x, y)
        kind = DragKind.MOVE
        if placement is not None:
            if placement.entry.movable and geometry.on_resize_handle(placement, y):
                kind = DragKind.RESIZE
            view.set_selected_from_user(placement.entry.appointment_id)
        else:
            view.set_selected_from_user(None)
        self._press = _Press(position.toPoint(), placement, kind, geometry.minute_at(y))
        event.accept()

    def mouse_move(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        press = self._press
        left_held = bool(event.buttons() & Qt.MouseButton.LeftButton)
        if (
            self._drag is None
            and press is not None
            and press.placement is not None
            and press.placement.entry.movable
            and left_held
            and (position - press.position).manhattanLength() >= QApplication.startDragDistance()
        ):
            self._drag = DragStart(press.kind, press.placement, press.grab_minute)
            cursor = (
                Qt.CursorShape.SizeVerCursor
                if press.kind is DragKind.RESIZE
                else Qt.CursorShape.ClosedHandCursor
            )
            self._view.viewport().setCursor(cursor)
        if self._drag is not None:
            self._last_position = position
            self._autoscroll(position)
            self._update_target()
        elif not left_held:
            self._update_hover_cursor(position)
        event.accept()

    def mouse_release(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        press, drag, target = self._press, self._drag, self._target
        self._reset()
        self._update_hover_cursor(event.position().toPoint())
        view = self._view
        if drag is not None and target is not None:
            if target.changes(drag.placement):
                entry_id = drag.placement.entry.appointment_id
                if drag.kind is DragKind.RESIZE:
                    view.resizeRequested.emit(entry_id, target.ends_at)
                else:
                    column_key = view.calendar_layout.content.columns[target.column].key
                    view.moveRequested.emit(entry_id, column_key, target.starts_at, target.ends_at)
        elif press is not None and press.placement is None:
            self._click_empty(event.position())
        event.accept()

    def mouse_double_click(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        placement = self._entry_at(event.position())
        if placement is not None:
            self._view.set_selected_from_user(placement.entry.appointment_id)
            self._view.appointmentActivated.emit(placement.entry.appointment_id)
        event.accept()

    def context_menu(self, event: QContextMenuEvent) -> None:
        view = self._view
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            placement = self._entry_at(event.pos())
            global_position = event.globalPos()
        else:
            placement = view.calendar_layout.by_id.get(view.selected_appointment_id() or "")
            global_position = QPoint()
            if placement is not None:
                x, y, width, height = view.calendar_geometry.entry_rect(placement)
                offset = view.body_offset()
                local = QPoint(round(x + width / 2) - offset.x(), round(y + min(height / 2, 12)) - offset.y())
                global_position = view.viewport().mapToGlobal(local)
        if placement is None:
            event.ignore()
            return
        view.set_selected_from_user(placement.entry.appointment_id)
        view.contextMenuRequested.emit(placement.entry.appointment_id, global_position)
        event.accept()

    def _click_empty(self, position: QPointF) -> None:
        view = self._view
        geometry = view.calendar_geometry
        x, y = self._body_point(position)
        column = geometry.column_at(x)
        minute = geometry.minute_at(y)
        if column is None or not geometry.first_minute <= minute < geometry.last_minute:
            return
        content = view.calendar_layout.content
        slot_start = snap_minutes(minute, view.slot_minutes())
        view.emptySlotClicked.emit(
            content.columns[column].key, utc_at(content.columns[column].day, slot_start, content.zone)
        )

    # --- drag --------------------------------------------------------------------------------------

    def _update_target(self) -> None:
        if self._drag is None or self._last_position is None:
            return
        view = self._view
        x, y = self._body_point(self._last_position)
        self._target = drag_target(
            self._drag,
            view.calendar_layout,
            view.calendar_geometry,
            body_x=x,
            body_y=y,
            slot_minutes=view.slot_minutes(),
        )
        entry = self._drag.placement.entry
        view.set_preview(
            DragPreview(
                entry.appointment_id, self._target.column, self._target.top, self._target.bottom, entry.color
            )
        )

    def _autoscroll(self, position: QPoint) -> None:
        # Scrolls while the pointer moves near an edge, so a drag can reach hours or columns off screen.
        viewport = self._view.viewport()
        for bar, coordinate, extent in (
            (self._view.verticalScrollBar(), position.y(), viewport.height()),
            (self._view.horizontalScrollBar(), position.x(), viewport.width()),
        ):
            if coordinate < _AUTOSCROLL_MARGIN:
                bar.setValue(bar.value() - bar.singleStep())
            elif coordinate > extent - _AUTOSCROLL_MARGIN:
                bar.setValue(bar.value() + bar.singleStep())

    def cancel_drag(self) -> bool:
        """Abandon a drag in progress (Escape); True if there was one."""
        had_drag = self._drag is not None
        self._reset()
        return had_drag

    def _reset(self) -> None:
        self._press = None
        self._drag = None
        self._target = None
        self._last_position = None
        self._view.set_preview(None)
        self._view.viewport().unsetCursor()

    def content_changed(self) -> None:
        """New content arrived mid-gesture: follow the dragged entry, or drop the drag if it is gone."""
        if self._drag is None:
            self._press = None
            return
        placement = self._view.calendar_layout.by_id.get(self._drag.placement.entry.appointment_id)
        if placement is None or not placement.entry.movable:
            self._reset()
            return
        self._drag = DragStart(self._drag.kind, placement, self._drag.grab_minute)
        self._update_target()

    def scrolled(self) -> None:
        """The body scrolled under a still pointer: the drag target moved."""
        self._update_target()

    def _update_hover_cursor(self, position: QPoint) -> None:
        placement = self._entry_at(position)
        viewport = self._view.viewport()
        _, y = self._body_point(position)
        if (
            placement is not None
            and placement.entry.movable
            and self._view.calendar_geometry.on_resize_handle(placement, y)
        ):
            viewport.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            viewport.unsetCursor()

    # --- keyboard and tooltips ---------------------------------------------------------------------

    def key_press(self, event: QKeyEvent) -> bool:
        """Handle a key; False lets the scroll area use it (Page Up/Down, Home, End)."""
        view = self._view
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        selected = view.selected_appointment_id()
        if key == Qt.Key.Key_Escape and self.cancel_drag():
            return True
        if event.matches(QKeySequence.StandardKey.New):
            view.newRequested.emit()
            return True
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False
        if key == Qt.Key.Key_T:
            view.todayRequested.emit()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and selected is not None:
            view.appointmentActivated.emit(selected)
            return True
        if key == Qt.Key.Key_Delete and selected is not None:
            view.cancelRequested.emit(selected)
            return True
        if key in _NAVIGATION_KEYS and self._drag is None:
            return self._navigate(*_NAVIGATION_KEYS[Qt.Key(key)])
        return False

    def _navigate(self, column_step: int, time_step: int) -> bool:
        view = self._view
        layout = view.calendar_layout
        selected = view.selected_appointment_id()
        if selected is None:
            top_minute = view.calendar_geometry.minute_at(view.body_offset().y())
            target = first_entry_from(layout, top_minute)
        elif column_step:
            target = step_across_columns(layout, selected, column_step)
        else:
            target = step_in_column(layout, selected, time_step)
        if target is None:
            return selected is not None  # at an edge: stay put rather than scroll away
        view.set_selected_from_user(target, reveal=True)
        return True

    def tooltip(self, event: QHelpEvent) -> bool:
        """Show the tooltip of the entry (or unavailable block) under the pointer."""
        view = self._view
        placement = self._entry_at(event.pos())
        text = ""
        rect = QRect()
        offset = view.body_offset()
        if placement is not None:
            text = placement.entry.tooltip
            x, y, width, height = view.calendar_geometry.entry_rect(placement)
            rect = QRect(round(x) - offset.x(), round(y) - offset.y(), round(width), round(height))
        else:
            x, y = self._body_point(event.pos())
            for block in view.calendar_layout.blocks:
                bx, by, bw, bh = view.calendar_geometry.block_rect(block)
                if bx <= x < bx + bw and by <= y < by + bh:
                    text = block.block.label
                    break
        if text:
            QToolTip.showText(event.globalPos(), text, view.viewport(), rect)
        else:
            QToolTip.hideText()
            event.ignore()
        return True

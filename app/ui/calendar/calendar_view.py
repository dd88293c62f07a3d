"""The calendar widget: columns of appointments under a fixed header and time gutter.

It displays a `CalendarContent` and reports what the user asks for through signals; it applies no
business rules and calls no services. The main window answers the signals (conflict check, booking
dialog, move) and hands back new content with `set_content`, which keeps selection and scroll position.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from app.ui.calendar.calendar_chrome import ChromePainter, ChromeStrip
from app.ui.calendar.calendar_geometry import CalendarGeometry, make_geometry, minute_height_for
from app.ui.calendar.calendar_input import CalendarInput
from app.ui.calendar.calendar_layout import CalendarLayout, EntryPlacement, layout_content
from app.ui.calendar.calendar_model import SLOT_MINUTES_CHOICES, CalendarContent, wall_minutes
from app.ui.calendar.calendar_painter import BodyPainter, BodyState, DragPreview
from app.ui.calendar.calendar_style import CalendarStyle


class CalendarView(QAbstractScrollArea):
    """Day or Week calendar: one column per practitioner or per day, as the content says."""

    # Qt names signals in camelCase; times are aware UTC datetimes, ids are appointment ids.
    emptySlotClicked = Signal(str, object)  # noqa: N815 (column key, slot start)
    appointmentActivated = Signal(str)  # noqa: N815 (double-click or Enter)
    selectionChanged = Signal(object)  # noqa: N815 (id or None)
    moveRequested = Signal(str, str, object, object)  # noqa: N815 (id, column key, start, end)
    resizeRequested = Signal(str, object)  # noqa: N815 (id, new end)
    cancelRequested = Signal(str)  # noqa: N815 (Delete key)
    newRequested = Signal()  # noqa: N815 (Ctrl+N)
    todayRequested = Signal()  # noqa: N815 (T)
    contextMenuRequested = Signal(str, QPoint)  # noqa: N815 (id, global position)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarView")
        self.setAccessibleName(self.tr("Calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QAbstractScrollArea.Shape.NoFrame)
        self.viewport().setMouseTracking(True)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._content = CalendarContent()
        self._show_cancelled = True
        self._slot_minutes = 15
        self._now: datetime | None = None
        self._selected: str | None = None
        self._preview: DragPreview | None = None
        self._layout: CalendarLayout = layout_content(self._content)
        self._style = CalendarStyle(self.palette(), self.font())
        self._body = BodyPainter(self._style)
        self._chrome = ChromePainter(self._style)
        self._gutter_width = 0
        self._header_height = 0
        self._geometry = make_geometry(
            0, 0, 1.0, first_minute=self._content.first_minute, last_minute=self._content.last_minute
        )
        self._header = ChromeStrip(self, self._paint_header, self._header_tooltip)
        self._header.setObjectName("CalendarHeader")
        self._header.setAccessibleName(self.tr("Calendar columns"))
        self._gutter = ChromeStrip(self, self._paint_gutter, lambda _pos: "")
        self._gutter.setObjectName("CalendarTimeGutter")
        self._gutter.setAccessibleName(self.tr("Times of day"))
        self._input = CalendarInput(self)
        self._update_geometry()

    # --- public API -------------------------------------------------------------------------------

    def set_content(self, content: CalendarContent) -> None:
        """Show `content`; the selection survives if its appointment is still shown, and so does scroll."""
        if content == self._content:
            return  # a background refresh that changed nothing
        self._content = content
        self._relayout()

    def content(self) -> CalendarContent:
        """What is shown."""
        return self._content

    def set_slot_minutes(self, minutes: int) -> None:
        """Slot size (5/10/15/30): grid lines, row height and the snapping of clicks and drags."""
        if minutes not in SLOT_MINUTES_CHOICES:
            raise ValueError(f"slot size must be one of {SLOT_MINUTES_CHOICES}")
        if minutes == self._slot_minutes:
            return
        top_minute = self._geometry.minute_at(self.verticalScrollBar().value())
        self._slot_minutes = minutes
        self._update_geometry()
        self.verticalScrollBar().setValue(round(self._geometry.y_of(top_minute)))
        self._repaint_all()

    def slot_minutes(self) -> int:
        """The slot size in minutes."""
        return self._slot_minutes

    def set_show_cancelled(self, show: bool) -> None:
        """Show or hide cancelled appointments."""
        if show != self._show_cancelled:
            self._show_cancelled = show
            self._relayout()

    def show_cancelled(self) -> bool:
        """Whether cancelled appointments are shown."""
        return self._show_cancelled

    def set_now(self, moment: datetime | None) -> None:
        """Where the current-time line is (the main window drives this from its own timer)."""
        if moment is not None and moment.tzinfo is None:
            raise ValueError("now must be timezone-aware")
        self._now = moment
        self._repaint_all()

    def select_appointment(self, appointment_id: str | None) -> None:
        """Select an appointment (scrolling it into view) or clear the selection."""
        if appointment_id is not None and appointment_id not in self._layout.by_id:
            appointment_id = None
        self._set_selected(appointment_id)
        if appointment_id is not None:
            self._ensure_visible(self._layout.by_id[appointment_id])

    def selected_appointment_id(self) -> str | None:
        """The selected appointment's id, if any."""
        return self._selected

    def scroll_to_time(self, moment: time) -> None:
        """Scroll so that wall-clock `moment` is near the top (half an hour of context above it)."""
        minute = moment.hour * 60 + moment.minute - 30
        self.verticalScrollBar().setValue(round(self._geometry.y_of(minute)))

    def render_to_image(
        self, size: QSize, device_pixel_ratio: float = 1.0, target: QImage | None = None
    ) -> QImage:
        """The whole calendar (corner, header, gutter, body) painted offscreen at `size` logical pixels.

        Uses the current scroll position (clamped to what fits) and no scroll bars; for benchmarks,
        tests and snapshots. A `target` image of the right size is painted over and returned, the way
        a window's backing store is reused from one paint to the next.
        """
        pixels = QSize(round(size.width() * device_pixel_ratio), round(size.height() * device_pixel_ratio))
        image = target
        if (
            image is None
            or image.size() != pixels
            or image.format() != QImage.Format.Format_ARGB32_Premultiplied
        ):
            image = QImage(pixels, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(device_pixel_ratio)
        gutter, header = self._gutter_width, self._header_height
        body_width, body_height = size.width() - gutter, size.height() - header
        geometry = self._make_geometry(body_width)
        x = min(self.horizontalScrollBar().value(), max(0, geometry.body_width - body_width))
        y = min(self.verticalScrollBar().value(), max(0, geometry.body_height - body_height))
        painter = QPainter(image)
        self._chrome.paint_corner(painter, (gutter, header), self._zone_label())
        painter.translate(gutter, 0)
        self._chrome.paint_header(
            painter,
            columns=self._content.columns,
            geometry=geometry,
            x_offset=x,
            size=(body_width, header),
            today_columns=self._today_columns(),
        )
        painter.translate(-gutter, header)
        self._chrome.paint_gutter(
            painter, geometry=geometry, y_offset=y, size=(gutter, body_height), now_minute=self._now_minute()
        )
        painter.translate(gutter - x, -y)
        exposed = QRectF(x, y, body_width, body_height)
        painter.setClipRect(exposed)
        self._body.paint(painter, self._layout, geometry, exposed, self._body_state(geometry))
        painter.end()
        return image

    # --- what the input handler and the strips ask of the view -----------------------------------

    @property
    def calendar_layout(self) -> CalendarLayout:
        return self._layout

    @property
    def calendar_geometry(self) -> CalendarGeometry:
        return self._geometry

    def body_offset(self) -> QPoint:
        """Scroll position: body coordinates of the viewport's top-left corner."""
        return QPoint(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def set_preview(self, preview: DragPreview | None) -> None:
        """Show (or remove) the ghost of a drag in progress."""
        if preview != self._preview:
            self._preview = preview
            self.viewport().update()

    def set_selected_from_user(self, appointment_id: str | None, reveal: bool = False) -> None:
        """Select after a click or key press."""
        self._set_selected(appointment_id)
        if reveal and appointment_id is not None:
            self._ensure_visible(self._layout.by_id[appointment_id])

    def _set_selected(self, appointment_id: str | None) -> None:
        if appointment_id == self._selected:
            return
        self._selected = appointment_id
        placement = self._layout.by_id.get(appointment_id or "")
        self.setAccessibleDescription(placement.entry.tooltip or placement.entry.title if placement else "")
        self.viewport().update()
        self.selectionChanged.emit(appointment_id)

    def _ensure_visible(self, placement: EntryPlacement) -> None:
        x, y, width, height = self._geometry.entry_rect(placement)
        margin = self._style.line_height
        for bar, start, extent, page in (
            (self.horizontalScrollBar(), x, width, self.viewport().width()),
            (self.verticalScrollBar(), y, height, self.viewport().height()),
        ):
            if start - margin < bar.value():
                bar.setValue(round(start - margin))
            elif start + min(extent, page - 2 * margin) + margin > bar.value() + page:
                bar.setValue(round(start + min(extent, page - 2 * margin) + margin - page))

    # --- layout and geometry ---------------------------------------------------------------------

    def _relayout(self) -> None:
        self._layout = layout_content(self._content, self._show_cancelled)
        self._body.invalidate()
        self._update_geometry()
        self._input.content_changed()
        if self._selected is not None and self._selected not in self._layout.by_id:
            self._set_selected(None)
        self._repaint_all()

    def _make_geometry(self, body_width: float) -> CalendarGeometry:
        content = self._content
        return make_geometry(
            body_width,
            len(content.columns),
            minute_height_for(self._slot_minutes, self._style.line_height),
            first_minute=content.first_minute,
            last_minute=content.last_minute,
        )

    def _update_geometry(self) -> None:
        content = self._content
        self._gutter_width = self._chrome.gutter_width(content.first_minute, content.last_minute)
        self._header_height = self._chrome.header_height()
        self.setViewportMargins(self._gutter_width, self._header_height, 0, 0)
        viewport = self.viewport()
        self._geometry = self._make_geometry(viewport.width())
        horizontal, vertical = self.horizontalScrollBar(), self.verticalScrollBar()
        horizontal.setRange(0, max(0, self._geometry.body_width - viewport.width()))
        horizontal.setPageStep(viewport.width())
        horizontal.setSingleStep(max(20, round(self._geometry.column_width / 4)))
        vertical.setRange(0, max(0, self._geometry.body_height - viewport.height()))
        vertical.setPageStep(viewport.height())
        vertical.setSingleStep(max(8, round(self._geometry.minute_height * self._slot_minutes)))
        frame = self.contentsRect()
        self._header.setGeometry(
            frame.left(), frame.top(), self._gutter_width + viewport.width(), self._header_height
        )
        self._gutter.setGeometry(
            frame.left(), frame.top() + self._header_height, self._gutter_width, viewport.height()
        )

    def _repaint_all(self) -> None:
        self.viewport().update()
        self._header.update()
        self._gutter.update()

    # --- painting ----------------------------------------------------------------------------------

    def _zone_label(self) -> str:
        columns = self._content.columns
        if not columns:
            return ""
        noon = datetime.combine(columns[0].day, time(12), tzinfo=self._content.zone)
        return noon.tzname() or ""

    def _today_columns(self) -> tuple[int, ...]:
        if self._now is None:
            return ()
        today = self._now.astimezone(self._content.zone).date()
        return tuple(n for n, column in enumerate(self._content.columns) if column.day == today)

    def _now_minute(self) -> float | None:
        if self._now is None or not self._today_columns():
            return None
        today = self._now.astimezone(self._content.zone).date()
        return wall_minutes(self._now, today, self._content.zone)

    def _body_state(self, geometry: CalendarGeometry) -> BodyState:
        now_minute = self._now_minute()
        today = self._today_columns()
        now_columns = tuple((column, now_minute) for column in today) if now_minute is not None else ()
        return BodyState(self._selected, self._slot_minutes, self._preview, now_columns, today)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        offset = self.body_offset()
        painter = QPainter(self.viewport())
        painter.translate(-offset.x(), -offset.y())
        exposed = QRectF(event.rect()).translated(offset.x(), offset.y())
        self._body.paint(painter, self._layout, self._geometry, exposed, self._body_state(self._geometry))
        painter.end()

    def _paint_header(self, painter: QPainter, size: QSize) -> None:
        gutter = self._gutter_width
        self._chrome.paint_corner(painter, (gutter, size.height()), self._zone_label())
        painter.translate(gutter, 0)
        self._chrome.paint_header(
            painter,
            columns=self._content.columns,
            geometry=self._geometry,
            x_offset=self.horizontalScrollBar().value(),
            size=(size.width() - gutter, size.height()),
            today_columns=self._today_columns(),
        )

    def _paint_gutter(self, painter: QPainter, size: QSize) -> None:
        self._chrome.paint_gutter(
            painter,
            geometry=self._geometry,
            y_offset=self.verticalScrollBar().value(),
            size=(size.width(), size.height()),
            now_minute=self._now_minute(),
        )

    def _header_tooltip(self, pos: QPoint) -> str:
        column = self._geometry.column_at(pos.x() - self._gutter_width + self.horizontalScrollBar().value())
        if pos.x() < self._gutter_width or column is None:
            return ""
        info = self._content.columns[column]
        return f"{info.title}\n{info.subtitle}".strip()

    # --- Qt events ---------------------------------------------------------------------------------

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802
        self.viewport().scroll(dx, dy)
        if dx:
            self._header.update()
        if dy:
            self._gutter.update()
        self._input.scrolled()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._update_geometry()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.LocaleChange):
            self._style = CalendarStyle(self.palette(), self.font())
            self._body.set_style(self._style)
            self._chrome = ChromePainter(self._style)
            self._update_geometry()
            self._repaint_all()
        super().changeEvent(event)

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._input.tooltip(event)
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._input.mouse_press(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._input.mouse_move(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._input.mouse_release(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._input.mouse_double_click(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        self._input.context_menu(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._input.key_press(event):
            super().keyPressEvent(event)

"""The conflict-warning panel beside the booking form: one row per warning, each a way to the clash.

A row shows the category's icon and title and the warning's sentence, worded in the user's language
from the warning's `Reason` (`app.ui.domain_text`). A row that names appointments
is clickable (mouse, Enter or Space): the panel emits `jumpToAppointmentRequested` with the first one,
so the calendar can show it. When the form is not complete yet the panel says what it waits for.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.conflicts import ConflictWarning, WarningCategory
from app.ui.domain_text import warning_text
from app.ui.feedback_colors import muted_text_color, success_color, tint, warning_color, warning_fill
from app.ui.warning_glyphs import warning_pixmap

ICON_SIZE = 22
PANEL_WIDTH = 300


def category_title(category: WarningCategory) -> str:
    """The short, translated heading of a warning category."""
    translate = QCoreApplication.translate
    titles = {
        WarningCategory.PRACTITIONER_DOUBLE_BOOKED: translate(
            "ConflictWarningsPanel", "Practitioner already booked"
        ),
        WarningCategory.PRACTITIONER_UNAVAILABLE: translate(
            "ConflictWarningsPanel", "Practitioner unavailable"
        ),
        WarningCategory.PATIENT_DOUBLE_BOOKED: translate("ConflictWarningsPanel", "Patient already booked"),
        WarningCategory.BUFFER_TOO_SHORT: translate("ConflictWarningsPanel", "Too little time between"),
        WarningCategory.GROUP_OVER_CAPACITY: translate("ConflictWarningsPanel", "Group is full"),
        WarningCategory.TYPE_NOT_OFFERED: translate("ConflictWarningsPanel", "Type not offered"),
        WarningCategory.START_IN_PAST: translate("ConflictWarningsPanel", "Starts in the past"),
        WarningCategory.REPEAT_INSTANCES_CONFLICT: translate("ConflictWarningsPanel", "Repeats clash"),
        WarningCategory.STALE_CACHE: translate("ConflictWarningsPanel", "Schedule may be out of date"),
    }
    return titles[category]


class WarningItemView(QFrame):
    """One warning; clickable (and focusable) when it names an appointment to jump to."""

    activated = Signal(object)

    def __init__(self, warning: ConflictWarning, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = warning
        self._hovered = False
        self.setObjectName("WarningItemView")
        title = category_title(warning.category)
        icon = QLabel(self)
        icon.setPixmap(warning_pixmap(warning.category, ICON_SIZE, self.devicePixelRatioF()))
        icon.setFixedSize(ICON_SIZE, ICON_SIZE)
        icon.setAccessibleName(title)
        heading = QLabel(title, self)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        text = warning_text(warning)
        message = QLabel(text, self)
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.message_label = message
        text_column = QVBoxLayout()
        text_column.setSpacing(2)
        text_column.addWidget(heading)
        text_column.addWidget(message)
        if self.is_clickable:
            hint = QLabel(self.tr("Show in calendar \u203a"), self)
            hint.setForegroundRole(QPalette.ColorRole.Link)
            hint_font = hint.font()
            hint_font.setPointSizeF(hint_font.pointSizeF() * 0.92)
            hint.setFont(hint_font)
            text_column.addWidget(hint)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Show the clashing appointment in the calendar"))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 8, 10, 8)
        row.setSpacing(10)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text_column, 1)
        self.setAccessibleName(self.tr("%1: %2").replace("%1", title).replace("%2", text))
        self.setAccessibleDescription(
            self.tr("Press Enter to show the appointment in the calendar") if self.is_clickable else ""
        )

    @property
    def is_clickable(self) -> bool:
        """Whether the warning names an appointment to jump to."""
        return bool(self.warning.appointment_ids)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self._activate()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.is_clickable:
            self._activate()
            return
        super().keyPressEvent(event)

    def enterEvent(self, event: object) -> None:  # noqa: N802
        self._hovered = True
        self.update()

    def leaveEvent(self, event: object) -> None:  # noqa: N802
        self._hovered = False
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill = warning_fill(palette)
        if self.is_clickable and self._hovered:
            fill.setAlpha(min(255, fill.alpha() * 2))
        painter.setBrush(fill)
        edge = QColor(warning_color(palette))
        edge.setAlpha(110 if self.hasFocus() else 60)
        painter.setPen(QPen(edge, 2 if self.hasFocus() else 1))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        painter.end()

    def _activate(self) -> None:
        if self.is_clickable:
            self.activated.emit(self.warning)


class ConflictWarningsPanel(QWidget):
    """Lists live conflict warnings; `set_warnings` replaces them, `set_waiting` explains an empty list."""

    jumpToAppointmentRequested = Signal(str)  # noqa: N815 (Qt signal naming)
    warningActivated = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictWarningsPanel")
        self.setAccessibleName(self.tr("Conflict warnings"))
        self._warnings: tuple[ConflictWarning, ...] = ()
        self._rows: list[WarningItemView] = []
        self.title_label = QLabel(self.tr("Warnings"), self)
        font = self.title_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title_label.setFont(font)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Warning status"))
        self._list = QWidget(self)
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(0, 0, 4, 0)
        self._list_layout.setSpacing(8)
        self._list_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        scroll.viewport().setAutoFillBackground(False)
        self._list.setAutoFillBackground(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(scroll, 1)
        self.setMinimumWidth(PANEL_WIDTH)
        self.set_waiting(self.tr("Choose a practitioner and a time to check for clashes."))

    def warnings(self) -> tuple[ConflictWarning, ...]:
        """The warnings shown now."""
        return self._warnings

    def categories(self) -> list[WarningCategory]:
        """The categories shown now, in order."""
        return [warning.category for warning in self._warnings]

    def warning_rows(self) -> list[WarningItemView]:
        """The row widgets, in order."""
        return list(self._rows)

    def set_warnings(self, warnings: Sequence[ConflictWarning]) -> None:
        """Show these warnings (an empty list says the booking is clear)."""
        new = tuple(warnings)
        if new == self._warnings and self._rows:
            return
        self._replace_rows(new)
        if new:
            count = len(new)
            self.title_label.setText(self.tr("Warnings (%n)", "", count))
            self._set_status(self.tr("You can still book: choose Book anyway to save regardless."))
        else:
            self.title_label.setText(self.tr("Warnings"))
            self._set_status(self.tr("\u2713 No clashes found."), color=success_color(self.palette()))

    def set_waiting(self, message: str) -> None:
        """Show no warnings and say why (e.g. the form is incomplete)."""
        self._replace_rows(())
        self.title_label.setText(self.tr("Warnings"))
        self._set_status(message)

    def _set_status(self, text: str, *, color: QColor | None = None) -> None:
        shade = color if color is not None else muted_text_color(self.palette())
        tint(self.status_label, shade)
        self.status_label.setText(text)

    def _replace_rows(self, warnings: tuple[ConflictWarning, ...]) -> None:
        for row in self._rows:
            self._list_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self._rows = []
        self._warnings = warnings
        for position, warning in enumerate(warnings):
            row = WarningItemView(warning, self._list)
            row.activated.connect(self._on_activated)
            self._list_layout.insertWidget(position, row)
            self._rows.append(row)

    def _on_activated(self, warning: ConflictWarning) -> None:
        self.warningActivated.emit(warning)
        if warning.appointment_ids:
            self.jumpToAppointmentRequested.emit(warning.appointment_ids[0])

"""The booking form's widgets: patient, practitioner, type, start, end, notes, repeat, and field errors.

The form only holds and shows values; `AppointmentDialog` decides what they mean. Each field has a
red message line under it (hidden while empty) for the problem that blocks saving it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.domain.booking_validation import (
    FIELD_APPOINTMENT_TYPE,
    FIELD_ENDS_AT,
    FIELD_PATIENT,
    FIELD_PRACTITIONER,
    FIELD_STARTS_AT,
)
from app.domain.entities import AppointmentType, Practitioner
from app.domain.recurrence import MAX_COUNT, MAX_INTERVAL, RepeatFrequency, RepeatRule
from app.ui.domain_words import duration_text
from app.ui.feedback_colors import error_color, muted_text_color, tint
from app.ui.local_time import wall_clock_naive, wall_clock_qdatetime

FIELD_REPEAT = "repeat"
FIELD_NOTES = "notes"
NOTES_MAX_LENGTH = 2000
FIELD_GAP = 8


def _swatch(color: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color) if QColor.isValidColorName(color) else QColor("#7f8c8d"))
    return QIcon(pixmap)


class AppointmentFormPanel(QWidget):
    """The form's fields in a grid, each with its message line."""

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AppointmentFormPanel")
        self.zone = zone
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(12)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(1, 1)
        self._row = 0
        self._errors: dict[str, QLabel] = {}
        self._repeat_available = True
        self._gaps: dict[str, int] = {}

        self.patient_edit = QLineEdit(self)
        self.patient_edit.setAccessibleName(self.tr("Patient"))
        self.patient_edit.setPlaceholderText(self.tr("Search by name, phone or date of birth"))
        self.patient_edit.setClearButtonEnabled(True)
        self.patient_hint = self._muted_label()
        self._add_field(self.tr("&Patient:"), self.patient_edit, FIELD_PATIENT, hint=self.patient_hint)

        self.practitioner_combo = QComboBox(self)
        self.practitioner_combo.setAccessibleName(self.tr("Practitioner"))
        self.practitioner_combo.setPlaceholderText(self.tr("Choose a practitioner"))
        self._add_field(self.tr("P&ractitioner:"), self.practitioner_combo, FIELD_PRACTITIONER)

        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Appointment type"))
        self.type_combo.setPlaceholderText(self.tr("Choose an appointment type"))
        self._add_field(self.tr("&Type:"), self.type_combo, FIELD_APPOINTMENT_TYPE)

        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setAccessibleName(self.tr("Start"))
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat(self.tr("ddd d MMM yyyy   HH:mm"))
        self._add_field(self.tr("&Start:"), self.start_edit, FIELD_STARTS_AT)

        self.end_edit = QDateTimeEdit(self)
        self.end_edit.setAccessibleName(self.tr("End"))
        self.end_edit.setDisplayFormat(self.tr("HH:mm"))
        self.duration_label = self._muted_label()
        self.duration_label.setAccessibleName(self.tr("Length"))
        end_row = QHBoxLayout()
        end_row.setSpacing(10)
        end_row.addWidget(self.end_edit)
        end_row.addWidget(self.duration_label, 1)
        self._add_field(self.tr("&End:"), end_row, FIELD_ENDS_AT, buddy=self.end_edit)
        for edit in (self.start_edit, self.end_edit):
            edit.setTimeZone(QTimeZone.utc())

        self.repeat_combo = QComboBox(self)
        self.repeat_combo.setAccessibleName(self.tr("Repeat"))
        self.repeat_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.repeat_combo.addItem(self.tr("Does not repeat"), None)
        self.repeat_combo.addItem(self.tr("Daily"), RepeatFrequency.DAILY.value)
        self.repeat_combo.addItem(self.tr("Weekly"), RepeatFrequency.WEEKLY.value)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setAccessibleName(self.tr("Repeat every"))
        self.interval_spin.setRange(1, MAX_INTERVAL)
        self.interval_unit = QLabel(self)
        self.count_spin = QSpinBox(self)
        self.count_spin.setAccessibleName(self.tr("Number of appointments"))
        self.count_spin.setRange(2, MAX_COUNT)
        self.count_spin.setValue(6)
        self._every_label = QLabel(self.tr("every"), self)
        self._count_label = QLabel(self.tr("times"), self)
        repeat_row = QHBoxLayout()
        repeat_row.setSpacing(6)
        repeat_row.addWidget(self.repeat_combo)
        repeat_row.addSpacing(8)
        for widget in (self._every_label, self.interval_spin, self.interval_unit):
            repeat_row.addWidget(widget)
        repeat_row.addSpacing(8)
        repeat_row.addWidget(self.count_spin)
        repeat_row.addWidget(self._count_label)
        repeat_row.addStretch(1)
        self.repeat_summary = self._muted_label()
        self.repeat_label = self._add_field(
            self.tr("Re&peat:"), repeat_row, FIELD_REPEAT, buddy=self.repeat_combo, hint=self.repeat_summary
        )
        self._details: list[QWidget] = [self._every_label, self.interval_spin, self.interval_unit]
        self._details += [self.count_spin, self._count_label]
        self.repeat_combo.currentIndexChanged.connect(self._update_repeat_controls)
        self.interval_spin.valueChanged.connect(self._update_repeat_controls)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Optional"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self._add_field(self.tr("&Notes:"), self.notes_edit, FIELD_NOTES, align_top=True)
        self._grid.setRowStretch(self._row, 1)
        self._update_repeat_controls()

    # Fields -----------------------------------------------------------------------------------

    def set_practitioners(self, practitioners: list[Practitioner], chosen: str | None) -> None:
        """Fill the practitioner list and choose one (None: none chosen)."""
        self.practitioner_combo.blockSignals(True)
        self.practitioner_combo.clear()
        for practitioner in practitioners:
            text = practitioner.display_name
            if not practitioner.active:
                text = self.tr("%1 (inactive)").replace("%1", text)
            self.practitioner_combo.addItem(text, practitioner.id)
        self.practitioner_combo.setCurrentIndex(self.practitioner_combo.findData(chosen) if chosen else -1)
        self.practitioner_combo.blockSignals(False)

    def set_types(self, types: list[AppointmentType], chosen: str | None) -> None:
        """Fill the type list (name, length, colour) and choose one."""
        self.type_combo.blockSignals(True)
        self.type_combo.clear()
        for kind in types:
            text = f"{kind.name} \u2014 {duration_text(timedelta(minutes=kind.duration_in_minutes))}"
            if kind.is_archived:
                text = self.tr("%1 (archived)").replace("%1", text)
            self.type_combo.addItem(_swatch(kind.color), text, kind.id)
        self.type_combo.setCurrentIndex(self.type_combo.findData(chosen) if chosen else -1)
        self.type_combo.blockSignals(False)

    def practitioner_id(self) -> str | None:
        """The chosen practitioner's id."""
        value = self.practitioner_combo.currentData()
        return str(value) if value else None

    def appointment_type_id(self) -> str | None:
        """The chosen type's id."""
        value = self.type_combo.currentData()
        return str(value) if value else None

    def starts_at(self) -> datetime:
        """The start as the clinic's naive wall clock."""
        return wall_clock_naive(self.start_edit.dateTime())

    def ends_at(self) -> datetime:
        """The end as the clinic's naive wall clock."""
        return wall_clock_naive(self.end_edit.dateTime())

    def set_start(self, moment: datetime) -> None:
        """Show an aware instant in the start field."""
        self.start_edit.setDateTime(wall_clock_qdatetime(moment, self.zone))

    def set_end(self, moment: datetime) -> None:
        """Show an aware instant in the end field."""
        self.end_edit.setDateTime(wall_clock_qdatetime(moment, self.zone))

    def notes(self) -> str:
        """The notes as typed (trimmed)."""
        return self.notes_edit.toPlainText().strip()

    def repeat_rule(self) -> RepeatRule | None:
        """The repeat chosen, or None for a single appointment."""
        frequency = self.repeat_combo.currentData()
        if not frequency or not self._repeat_available:
            return None
        return RepeatRule(RepeatFrequency(frequency), self.interval_spin.value(), self.count_spin.value())

    def set_repeat_available(self, available: bool) -> None:
        """Show the repeat row (new bookings) or hide it (editing one appointment)."""
        self._repeat_available = available
        for widget in (self.repeat_label, self.repeat_combo):
            widget.setVisible(available)
        self._grid.setRowMinimumHeight(self._gaps[FIELD_REPEAT], FIELD_GAP if available else 0)
        self.repeat_summary.setVisible(available and bool(self.repeat_summary.text()))
        if not available:
            self.repeat_combo.setCurrentIndex(0)
        self._update_repeat_controls()

    # Messages ----------------------------------------------------------------------------------

    def set_error(self, field: str, message: str | None) -> None:
        """Show (or clear, with None) the blocking message under `field`."""
        label = self._errors.get(field)
        if label is None:
            return
        label.setText(message or "")
        label.setVisible(bool(message))

    def error(self, field: str) -> str | None:
        """The message under `field`, or None."""
        label = self._errors.get(field)
        return label.text() if label is not None and label.isVisibleTo(self) and label.text() else None

    def clear_errors(self) -> None:
        """Hide every field message."""
        for field in self._errors:
            self.set_error(field, None)

    def field_widget(self, field: str) -> QWidget | None:
        """The input widget of a field (to give it focus)."""
        return {
            FIELD_PATIENT: self.patient_edit,
            FIELD_PRACTITIONER: self.practitioner_combo,
            FIELD_APPOINTMENT_TYPE: self.type_combo,
            FIELD_STARTS_AT: self.start_edit,
            FIELD_ENDS_AT: self.end_edit,
            FIELD_REPEAT: self.repeat_combo,
            FIELD_NOTES: self.notes_edit,
        }.get(field)

    def set_hint(self, label: QLabel, text: str) -> None:
        """Set a muted hint line, hiding it when empty."""
        label.setText(text)
        label.setVisible(bool(text))

    # Layout ------------------------------------------------------------------------------------

    def _muted_label(self) -> QLabel:
        label = QLabel(self)
        tint(label, muted_text_color(self.palette()))
        label.setWordWrap(True)
        label.hide()
        return label

    def _add_field(
        self,
        caption: str,
        field: QWidget | QHBoxLayout,
        key: str,
        *,
        buddy: QWidget | None = None,
        hint: QLabel | None = None,
        align_top: bool = False,
    ) -> QLabel:
        label = QLabel(caption, self)
        label.setBuddy(buddy if buddy is not None else field if isinstance(field, QWidget) else None)
        vertical = Qt.AlignmentFlag.AlignTop if align_top else Qt.AlignmentFlag.AlignVCenter
        label.setAlignment(Qt.AlignmentFlag.AlignRight | vertical)
        if self._row:
            self._grid.setRowMinimumHeight(self._row, FIELD_GAP)
            self._gaps[key] = self._row
            self._row += 1
        self._grid.addWidget(label, self._row, 0)
        if isinstance(field, QWidget):
            self._grid.addWidget(field, self._row, 1)
        else:
            self._grid.addLayout(field, self._row, 1)
        self._row += 1
        if hint is not None:
            self._grid.addWidget(hint, self._row, 1)
            self._row += 1
        error = QLabel(self)
        error.setObjectName(f"error_{key}")
        error.setWordWrap(True)
        error.setAccessibleName(self.tr("Problem"))
        tint(error, error_color(self.palette()))
        error.hide()
        self._errors[key] = error
        self._grid.addWidget(error, self._row, 1)
        self._row += 1
        return label

    def _update_repeat_controls(self) -> None:
        frequency = self.repeat_combo.currentData()
        repeating = bool(frequency) and self._repeat_available
        for widget in self._details:
            widget.setVisible(repeating)
        weeks = frequency == RepeatFrequency.WEEKLY.value
        count = self.interval_spin.value()
        self.interval_unit.setText(self.tr("week(s),", "", count) if weeks else self.tr("day(s),", "", count))
        if not repeating:
            self.set_hint(self.repeat_summary, "")

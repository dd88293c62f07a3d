"""Patient search with completion for the booking dialog: name, phone digits or date of birth.

`PatientCompleter` attaches to a plain QLineEdit. Typing (debounced) asks the services' patient search
for matches; the popup lists name, date of birth and phone; choosing one sets the patient id. Editing
the text afterwards clears the choice, so the id and the visible name never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QCompleter, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.entities import Patient
from app.ui.feedback_colors import muted_text_color

PatientSearch = Callable[[str], Sequence[Patient]]
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
DETAILS_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_DELAY_MS = 120
_Index = QModelIndex | QPersistentModelIndex


def patient_details(patient: Patient) -> str:
    """Date of birth and first phone number, for telling namesakes apart."""
    parts = []
    if patient.date_of_birth is not None:
        born = patient.date_of_birth
        #: Qt date format of a patient's date of birth in search results (MMM: short month name).
        pattern = QCoreApplication.translate("PatientCompleter", "d MMM yyyy")
        parts.append(QLocale().toString(QDate(born.year, born.month, born.day), pattern))
    if patient.phone_numbers:
        parts.append(patient.phone_numbers[0])
    return " \u00b7 ".join(parts)


class PatientSearchModel(QAbstractListModel):
    """The patients found for the text typed so far."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._patients: list[Patient] = []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._patients)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._patients):
            return None
        patient = self._patients[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            details = patient_details(patient)
            return f"{patient.display_name} \u2014 {details}" if details else patient.display_name
        if role == Qt.ItemDataRole.EditRole:
            return patient.display_name
        if role == PATIENT_ID_ROLE:
            return patient.id
        if role == DETAILS_ROLE:
            return patient_details(patient)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{patient.display_name}, {patient_details(patient)}"
        return None

    def patients(self) -> list[Patient]:
        """The patients listed now."""
        return list(self._patients)

    def set_patients(self, patients: Sequence[Patient]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self._patients = list(patients)
        self.endResetModel()


class PatientItemDelegate(QStyledItemDelegate):
    """Name in the text colour, date of birth and phone muted after it."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        name = str(index.data(Qt.ItemDataRole.EditRole) or "")
        details = str(index.data(DETAILS_ROLE) or "")
        option.text = ""
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        rect = option.rect.adjusted(8, 0, -8, 0)
        painter.save()
        name_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(palette.color(name_role))
        bold = option.font
        bold.setBold(True)
        painter.setFont(bold)
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        name_width = painter.fontMetrics().horizontalAdvance(name)
        painter.drawText(rect, flags, name)
        if details:
            painter.setFont(option.font)
            detail_rect = QRect(rect.left() + name_width + 12, rect.top(), rect.width(), rect.height())
            painter.setPen(palette.color(name_role) if selected else muted_text_color(palette))
            painter.drawText(detail_rect, flags, details)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 40, max(hint.height(), option.fontMetrics.height() + 12))


class PatientCompleter(QObject):
    """Completion over the cache's patients for `line_edit`; `patientChanged` carries the id or None."""

    patientChanged = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(
        self, line_edit: QLineEdit, search: PatientSearch, *, delay_ms: int = SEARCH_DELAY_MS
    ) -> None:
        super().__init__(line_edit)
        self._line_edit = line_edit
        self._search = search
        self._patient_id: str | None = None
        self._chosen_text = ""
        self.model = PatientSearchModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setMaxVisibleItems(8)
        popup = self.completer.popup()
        popup.setItemDelegate(PatientItemDelegate(popup))
        popup.setAccessibleName(self.tr("Matching patients"))
        line_edit.setCompleter(self.completer)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.search_now)
        line_edit.textEdited.connect(self._on_text_edited)
        self.completer.activated[QModelIndex].connect(self._on_activated)

    @property
    def patient_id(self) -> str | None:
        """The chosen patient's id, or None."""
        return self._patient_id

    def set_patient(self, patient: Patient | None) -> None:
        """Show and choose `patient` (None clears)."""
        self._timer.stop()
        text = patient.display_name if patient is not None else ""
        self._line_edit.setText(text)
        self._chosen_text = text
        self._set_id(patient.id if patient is not None else None)

    def search_now(self) -> None:
        """Run the search for the current text and open the popup when something matches."""
        self._timer.stop()
        text = self._line_edit.text().strip()
        patients = list(self._search(text)) if text else []
        self.model.set_patients(patients)
        exact = [p for p in patients if p.display_name.casefold() == text.casefold()]
        if len(exact) == 1 and self._patient_id is None:
            self._chosen_text = self._line_edit.text()
            self._set_id(exact[0].id)
        if patients and self._line_edit.hasFocus():
            popup = self.completer.popup()
            popup.setMinimumWidth(max(self._line_edit.width(), popup.sizeHintForColumn(0) + 24))
            self.completer.complete()
        elif not patients:
            self.completer.popup().hide()

    def choose_row(self, row: int) -> None:
        """Choose the patient on `row` of the list (as clicking it in the popup does)."""
        self._on_activated(self.model.index(row, 0))

    def _on_text_edited(self, text: str) -> None:
        if self._patient_id is not None and text != self._chosen_text:
            self._set_id(None)
        self._timer.start()

    def _on_activated(self, index: QModelIndex) -> None:
        patient_id = index.data(PATIENT_ID_ROLE)
        name = index.data(Qt.ItemDataRole.EditRole)
        if not patient_id:
            return
        self._timer.stop()
        # QCompleter writes the EditRole text itself when it activates; do it too for `choose_row`.
        self._line_edit.setText(str(name))
        self._chosen_text = str(name)
        self._set_id(str(patient_id))
        self.completer.popup().hide()

    def _set_id(self, patient_id: str | None) -> None:
        if patient_id != self._patient_id:
            self._patient_id = patient_id
            self.patientChanged.emit(patient_id)

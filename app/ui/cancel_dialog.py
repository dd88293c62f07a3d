"""Cancelling an appointment: one of Cliniko's reasons (a code the server understands) and a note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.entities import CancellationReason

NOTE_MAX_LENGTH = 500


def cancellation_reason_label(reason: CancellationReason) -> str:
    """The translated label of a Cliniko cancellation reason."""
    translate = QCoreApplication.translate
    labels = {
        CancellationReason.FEELING_BETTER: translate("CancelAppointmentDialog", "Feeling better"),
        CancellationReason.CONDITION_WORSE: translate("CancelAppointmentDialog", "Condition worse"),
        CancellationReason.SICK: translate("CancelAppointmentDialog", "Sick"),
        CancellationReason.COVID_19: translate("CancelAppointmentDialog", "COVID-19 related"),
        CancellationReason.AWAY: translate("CancelAppointmentDialog", "Away"),
        CancellationReason.OTHER: translate("CancelAppointmentDialog", "Other"),
        CancellationReason.WORK: translate("CancelAppointmentDialog", "Work"),
    }
    return labels[reason]


class CancelAppointmentDialog(QDialog):
    """Reason (required) and note (optional); `reason()` and `note()` hold the answer after accept."""

    def __init__(self, parent: QWidget | None = None, *, summary: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CancelAppointmentDialog")
        self.setWindowTitle(self.tr("Cancel appointment"))
        self.setAccessibleName(self.tr("Cancel appointment"))
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        question = QLabel(self.tr("Cancel this appointment?"), self)
        font = question.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        question.setFont(font)
        layout.addWidget(question)
        if summary:
            details = QLabel(summary, self)
            details.setTextFormat(Qt.TextFormat.PlainText)
            details.setWordWrap(True)
            details.setAccessibleName(self.tr("Appointment"))
            layout.addWidget(details)
        layout.addSpacing(4)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.reason_combo = QComboBox(self)
        self.reason_combo.setAccessibleName(self.tr("Cancellation reason"))
        for reason in CancellationReason:
            self.reason_combo.addItem(cancellation_reason_label(reason), reason.value)
        self.reason_combo.setCurrentIndex(-1)
        self.reason_combo.setPlaceholderText(self.tr("Choose a reason"))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setAccessibleName(self.tr("Cancellation note"))
        self.note_edit.setPlaceholderText(self.tr("Optional: anything the clinic should know"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form.addRow(self.tr("&Reason:"), self.reason_combo)
        form.addRow(self.tr("&Note:"), self.note_edit)
        for field in (self.reason_combo, self.note_edit):
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)
        layout.addLayout(form)
        buttons = QDialogButtonBox(self)
        self.confirm_button = buttons.addButton(
            self.tr("Cancel appointment"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.confirm_button.setAccessibleName(self.tr("Cancel appointment"))
        keep = buttons.addButton(self.tr("Keep appointment"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.setAccessibleName(self.tr("Keep appointment"))
        keep.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reason_combo.currentIndexChanged.connect(self._update_confirm)
        self.note_edit.textChanged.connect(self._limit_note)
        self._update_confirm()
        self.setMinimumWidth(480)

    def reason(self) -> CancellationReason | None:
        """The chosen reason, or None before one is chosen."""
        code = self.reason_combo.currentData()
        return None if code is None else CancellationReason(code)

    def set_reason(self, reason: CancellationReason) -> None:
        """Choose a reason."""
        self.reason_combo.setCurrentIndex(self.reason_combo.findData(reason.value))

    def note(self) -> str | None:
        """The note, trimmed; None when empty."""
        text = self.note_edit.toPlainText().strip()
        return text or None

    def _update_confirm(self) -> None:
        chosen = self.reason() is not None
        self.confirm_button.setEnabled(chosen)
        self.confirm_button.setToolTip("" if chosen else self.tr("Choose a reason first."))

    def _limit_note(self) -> None:
        text = self.note_edit.toPlainText()
        if len(text) > NOTE_MAX_LENGTH:
            self.note_edit.setPlainText(text[:NOTE_MAX_LENGTH])
            self.note_edit.moveCursor(self.note_edit.textCursor().MoveOperation.End)


def ask_cancellation(
    parent: QWidget | None, summary: str | None = None
) -> tuple[CancellationReason, str | None] | None:
    """Show the dialog; the chosen reason and note, or None when the user kept the appointment."""
    dialog = CancelAppointmentDialog(parent, summary=summary)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        reason = dialog.reason()
        return None if reason is None else (reason, dialog.note())
    finally:
        dialog.deleteLater()

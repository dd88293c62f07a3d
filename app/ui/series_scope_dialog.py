"""The question a change to a repeating appointment asks: this one, this and following, or all of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.change_recording import SeriesScope


class SeriesScopeDialog(QDialog):
    """Three radio choices and OK / Back; `scope()` is the choice (this one by default)."""

    def __init__(self, action_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SeriesScopeDialog")
        self.setWindowTitle(self.tr("Repeating appointment"))
        self.setAccessibleName(self.tr("Choose which appointments of the series to change"))
        question = QLabel(
            self.tr("This appointment is part of a series. Which appointments should this change apply to?"),
            self,
        )
        question.setWordWrap(True)
        question.setTextFormat(Qt.TextFormat.PlainText)
        self._group = QButtonGroup(self)
        self._buttons: dict[SeriesScope, QRadioButton] = {}
        labels = {
            SeriesScope.THIS: self.tr("Only this appointment"),
            SeriesScope.THIS_AND_FOLLOWING: self.tr("This and the following appointments"),
            SeriesScope.WHOLE_SERIES: self.tr("Every appointment in the series"),
        }
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(question)
        for scope, text in labels.items():
            button = QRadioButton(text, self)
            button.setAccessibleName(text)
            self._group.addButton(button)
            self._buttons[scope] = button
            layout.addWidget(button)
        self._buttons[SeriesScope.THIS].setChecked(True)
        buttons = QDialogButtonBox(self)
        self.apply_button = buttons.addButton(action_label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setAccessibleName(action_label)
        self.apply_button.setDefault(True)
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.RejectRole)
        back.setAccessibleName(self.tr("Back"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addSpacing(6)
        layout.addWidget(buttons)
        self.setMinimumWidth(400)

    def scope(self) -> SeriesScope:
        """The chosen scope."""
        return next(scope for scope, button in self._buttons.items() if button.isChecked())

    def set_scope(self, scope: SeriesScope) -> None:
        """Select a scope (for keyboard-free use and tests)."""
        self._buttons[scope].setChecked(True)


def ask_series_scope(parent: QWidget | None, action_label: str) -> SeriesScope | None:
    """Ask which appointments of the series `action_label` (e.g. "Move", "Cancel") applies to; None = back."""
    dialog = SeriesScopeDialog(action_label, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.scope()
    finally:
        dialog.deleteLater()

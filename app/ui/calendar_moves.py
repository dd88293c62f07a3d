"""Committing a drag in the calendar: series scope, the conflict check, the user's consent, the write.

Every drag runs the conflict check; a move with warnings is committed only when the user agrees
(product.md: warnings do not block, staff may "move anyway"). Invalid moves are refused with the
service's sentence. The questions are injectable callables so tests answer them without a modal.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.log import ui_log
from app.services import appointment_changes
from app.services.appointment_changes import AppointmentEdit
from app.services.appointment_views import describe_appointment
from app.services.change_recording import SeriesScope
from app.services.errors import ServiceError
from app.services.workspace import ClinicWorkspace
from app.ui.domain_text import error_text, problem_text, warning_text

# (parent, question, warning sentences) -> True to commit anyway.
ConfirmConflicts = Callable[[QWidget | None, str, Sequence[str]], bool]
# (parent, action label) -> the scope, or None when the user backs out.
AskSeriesScope = Callable[[QWidget | None, str], SeriesScope | None]
# (parent, sentence): tell the user why nothing was changed.
Inform = Callable[[QWidget | None, str], None]


def confirm_with_message_box(parent: QWidget | None, question: str, warnings: Sequence[str]) -> bool:
    """Ask with a QMessageBox listing the warnings; "Move anyway" commits."""
    translate = QCoreApplication.translate
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("CalendarMoves", "Conflicts"))
    box.setText(question)
    box.setInformativeText("\n".join(f"\N{BULLET} {warning}" for warning in warnings))
    move = box.addButton(translate("CalendarMoves", "Move anyway"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(
        translate("CalendarMoves", "Leave it where it was"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is move


def inform_with_message_box(parent: QWidget | None, sentence: str) -> None:
    """Say why the change was not made."""
    translate = QCoreApplication.translate
    QMessageBox.information(parent, translate("CalendarMoves", "Not changed"), sentence)


def ask_scope_with_dialog(parent: QWidget | None, action_label: str) -> SeriesScope | None:
    """GUI-B's "this one / this and following / the whole series" question."""
    from app.ui.series_scope_dialog import ask_series_scope  # noqa: PLC0415 (only for series)

    return ask_series_scope(parent, action_label)


class CalendarMoveCommitter:
    """Turns the calendar's move and resize requests into checked, consented changes."""

    def __init__(
        self,
        workspace: ClinicWorkspace,
        *,
        parent: QWidget | None = None,
        confirm: ConfirmConflicts = confirm_with_message_box,
        ask_scope: AskSeriesScope = ask_scope_with_dialog,
        inform: Inform = inform_with_message_box,
    ) -> None:
        self._workspace = workspace
        self._parent = parent
        self.confirm = confirm
        self.ask_scope = ask_scope
        self.inform = inform

    def move(
        self, appointment_id: str, practitioner_id: str | None, starts_at: datetime, ends_at: datetime
    ) -> bool:
        """Move to a new time (and practitioner); True when something was written."""
        translate = QCoreApplication.translate
        return self._commit(
            appointment_id,
            translate("CalendarMoves", "Move"),
            lambda scope: AppointmentEdit(
                appointment_id,
                starts_at=starts_at,
                ends_at=ends_at,
                practitioner_id=practitioner_id,
                scope=scope,
            ),
        )

    def resize(self, appointment_id: str, ends_at: datetime) -> bool:
        """Change the end time; True when something was written."""
        translate = QCoreApplication.translate
        return self._commit(
            appointment_id,
            translate("CalendarMoves", "Change length"),
            lambda scope: AppointmentEdit(appointment_id, ends_at=ends_at, scope=scope),
        )

    def _commit(
        self, appointment_id: str, action: str, make_edit: Callable[[SeriesScope], AppointmentEdit]
    ) -> bool:
        translate = QCoreApplication.translate
        try:
            item = describe_appointment(self._workspace, appointment_id)
            scope = SeriesScope.THIS
            if item.appointment.series_id is not None:
                chosen = self.ask_scope(self._parent, action)
                if chosen is None:
                    return False
                scope = chosen
            edit = make_edit(scope)
            check = appointment_changes.check_change(self._workspace, edit)
            if check.problems:
                self.inform(self._parent, " ".join(problem_text(problem) for problem in check.problems))
                return False
            if check.warnings:
                question = translate("CalendarMoves", "This change has conflicts. Make it anyway?")
                if not self.confirm(self._parent, question, [warning_text(w) for w in check.warnings]):
                    return False
            appointment_changes.change_appointment(self._workspace, edit, force=True)
        except ServiceError as error:
            self.inform(self._parent, error_text(error))
            return False
        ui_log.info("appointment %s changed from the calendar (%s)", appointment_id, edit.scope.value)
        return True

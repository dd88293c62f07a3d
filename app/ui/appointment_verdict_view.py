"""How the appointment dialog shows a check of its form (a `DraftVerdict`), and its save buttons.

Problems go in red under their field, or in the banner when they belong to no field (the business);
only for fields the user has touched, until a save attempt asks for all of them. Warnings go in the
conflict panel, with "Book anyway" offered instead of "Book". A repeating booking gets a summary of
its appointments under the repeat field. Every sentence of the domain and the services is worded
in the user's language (`app.ui.domain_text`). The dialog decides when to check and what a button
does; this builds the dialog's footer (message banner, Book / Book anyway / Cancel) and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton

from app.ui.appointment_draft import DraftVerdict
from app.ui.appointment_form import AppointmentFormPanel
from app.ui.conflict_panel import ConflictWarningsPanel
from app.ui.domain_text import problem_text
from app.ui.feedback_colors import error_color, muted_text_color, tint
from app.ui.local_time import format_day


class AppointmentVerdictView:
    """Puts verdicts, and messages about saving, on the appointment dialog's form, panel and footer.

    Its words keep the dialog's translation context ("AppointmentDialog"), spelled out in each call
    so that lupdate can read it.
    """

    def __init__(
        self,
        dialog: QDialog,
        form: AppointmentFormPanel,
        panel: ConflictWarningsPanel,
        zone: ZoneInfo,
        *,
        editing: bool,
    ) -> None:
        self._form = form
        self._panel = panel
        self._zone = zone
        translate = QCoreApplication.translate
        self.banner = QLabel(dialog)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(translate("AppointmentDialog", "Message"))
        self.banner.hide()
        self.buttons = QDialogButtonBox(dialog)
        save, save_anyway = (
            (translate("AppointmentDialog", "Save"), translate("AppointmentDialog", "Save anyway"))
            if editing
            else (translate("AppointmentDialog", "Book"), translate("AppointmentDialog", "Book anyway"))
        )
        self.book_button = QPushButton(save, dialog)
        self.book_anyway_button = QPushButton(save_anyway, dialog)
        self.cancel_button = QPushButton(translate("AppointmentDialog", "Cancel"), dialog)
        for button, role in (
            (self.book_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.book_anyway_button, QDialogButtonBox.ButtonRole.AcceptRole),
            (self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole),
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            self.buttons.addButton(button, role)
        self.book_button.setDefault(True)
        self.book_anyway_button.setAutoDefault(False)
        self.book_anyway_button.hide()

    def show(
        self,
        verdict: DraftVerdict,
        *,
        problem_shown: Callable[[str], bool],
        summarise_repeats: bool,
        read_only: bool,
    ) -> None:
        """Show `verdict`: problems of the fields `problem_shown` accepts, warnings, summary, buttons."""
        form = self._form
        form.clear_errors()
        for problem in verdict.problems:
            if not problem_shown(problem.field):
                continue
            if form.field_widget(problem.field) is None:
                self.show_banner(problem_text(problem), error=True)
            elif not form.error(problem.field):
                form.set_error(problem.field, problem_text(problem))
        translate = QCoreApplication.translate
        if verdict.checked:
            self._panel.set_warnings(verdict.warnings)
        else:
            self._panel.set_waiting(
                translate("AppointmentDialog", "Choose a practitioner and a time to check for clashes.")
            )
        self._show_repeat_summary(verdict if summarise_repeats else None)
        if not read_only:
            self._show_buttons(verdict)

    def focus_first_problem(self, verdict: DraftVerdict) -> None:
        """Put the focus on the first field with a problem (if any problem has a field)."""
        for problem in verdict.problems:
            widget = self._form.field_widget(problem.field)
            if widget is not None:
                widget.setFocus()
                return

    def show_banner(self, text: str, *, error: bool) -> None:
        """A message under the form, in red for an error (hidden when `text` is empty)."""
        palette = self.banner.palette()
        tint(self.banner, error_color(palette) if error else muted_text_color(palette))
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _show_repeat_summary(self, verdict: DraftVerdict | None) -> None:
        form = self._form
        if verdict is None or len(verdict.occurrences) < 2:
            form.set_hint(form.repeat_summary, "")
            return
        last = verdict.occurrences[-1][0]
        text = QCoreApplication.translate("AppointmentDialog", "%1 appointments, the last on %2")
        text = text.replace("%1", str(len(verdict.occurrences)))
        form.set_hint(form.repeat_summary, text.replace("%2", format_day(last, self._zone)))

    def _show_buttons(self, verdict: DraftVerdict) -> None:
        # Unchanged, the warnings describe the appointment as it stands: nothing to save "anyway".
        has_warnings = bool(verdict.warnings) and not verdict.unchanged
        self.book_button.setVisible(not has_warnings)
        self.book_anyway_button.setVisible(has_warnings)
        self.book_button.setDefault(not has_warnings)
        unchanged = verdict.unchanged
        self.book_button.setEnabled(not unchanged)
        translate = QCoreApplication.translate
        nothing_changed = translate("AppointmentDialog", "Nothing has changed yet.")
        self.book_button.setToolTip(nothing_changed if unchanged else "")
        self.book_anyway_button.setToolTip(
            translate("AppointmentDialog", "Save even though the warnings on the right apply.")
        )

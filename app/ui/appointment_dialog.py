"""The appointment dialog: book a new appointment, or change an existing one, with live conflict warnings.

The form sits on the left, the warnings panel on the right. Every change to a field restarts a short
single-shot timer; when it fires the services check the booking and the panel and the field messages
follow (shown by `AppointmentVerdictView`). Problems (red, under their field) block saving; warnings
do not, but saving past them takes "Book anyway". A save writes the cache and the outbox in one
transaction (through the services) before the dialog closes, and `exec()` returns Accepted only when
something was written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.entities import Appointment, AppointmentStatus, AppointmentType
from app.domain.timezones import local_to_utc
from app.services import agenda_service, appointment_views, directory_service
from app.services.change_recording import SeriesScope
from app.services.errors import BookingHasWarnings, BookingInvalid, ServiceError
from app.services.workspace import ClinicWorkspace
from app.ui.appointment_draft import (
    AppointmentDraft,
    DraftVerdict,
    check_existing,
    check_new_booking,
    edit_of,
    form_choices,
    next_slot,
    save_existing,
    save_new,
)
from app.ui.appointment_form import FIELD_REPEAT, AppointmentFormPanel
from app.ui.appointment_times import AppointmentTimes
from app.ui.appointment_verdict_view import AppointmentVerdictView
from app.ui.conflict_panel import ConflictWarningsPanel
from app.ui.domain_text import error_text
from app.ui.feedback_colors import muted_text_color, tint
from app.ui.patient_completer import PatientCompleter, patient_details
from app.ui.series_scope_dialog import ask_series_scope

CHECK_DELAY_MS = 150
ScopeQuestion = Callable[[QWidget | None, str], SeriesScope | None]


@dataclass(frozen=True, slots=True)
class BookingPrefill:
    """What the calendar (a clicked slot, a free slot found) already knows about a new booking."""

    practitioner_id: str | None
    starts_at: datetime | None
    ends_at: datetime | None = None
    appointment_type_id: str | None = None
    patient_id: str | None = None


class AppointmentDialog(QDialog):
    """Book (or edit) an appointment; `booked` carries the ids written."""

    booked = Signal(object)
    jumpToAppointmentRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        workspace: ClinicWorkspace,
        *,
        parent: QWidget | None = None,
        appointment_id: str | None = None,
        prefill: BookingPrefill | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AppointmentDialog")
        self._workspace = workspace
        self._now = now or workspace.now
        self._zone = agenda_service.clinic_zone(workspace)
        self._original: Appointment | None = None
        if appointment_id is not None:
            self._original = appointment_views.describe_appointment(workspace, appointment_id).appointment
        # Asked before a change to a repeating appointment is saved (tests replace it).
        self.ask_scope: ScopeQuestion = ask_series_scope
        self.written_ids: list[str] = []
        self._verdict = DraftVerdict(checked=False)
        self._types: dict[str, AppointmentType] = {}
        self._touched: set[str] = set()
        self._show_all_problems = False
        self._loading = True
        self._scope_for_warnings: SeriesScope | None = None
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._build()
        self._load(prefill)
        self._loading = False
        self.check_now()
        self._initial_focus().setFocus()

    # Public -------------------------------------------------------------------------------------

    @property
    def is_editing(self) -> bool:
        """Whether the dialog changes an existing appointment (rather than booking a new one)."""
        return self._original is not None

    @property
    def verdict(self) -> DraftVerdict:
        """The latest check of the form."""
        return self._verdict

    @property
    def check_pending(self) -> bool:
        """Whether a field changed since the last check (the timer is running)."""
        return self._check_timer.isActive()

    def draft(self) -> AppointmentDraft:
        """The form's values as a draft."""
        return AppointmentDraft(
            patient_id=self._original.patient_id if self._original else self.patient_completer.patient_id,
            practitioner_id=self.form.practitioner_id(),
            appointment_type_id=self.form.appointment_type_id(),
            starts_at=local_to_utc(self.form.starts_at(), self._zone),
            ends_at=local_to_utc(self.form.ends_at(), self._zone),
            notes=self.form.notes(),
            repeat=None if self._original else self.form.repeat_rule(),
        )

    def check_now(self) -> None:
        """Check the form now (the timer does this ~150 ms after the last change)."""
        self._check_timer.stop()
        if self._is_cancelled:
            return
        try:
            draft = self.draft()
            if self._original is not None:
                scope = self._scope_for_warnings or SeriesScope.THIS
                verdict = check_existing(self._workspace, self._original, draft, scope)
            else:
                verdict = check_new_booking(self._workspace, draft, self._zone)
        except ServiceError as error:
            self.verdict_view.show_banner(error_text(error), error=True)
            return
        self._apply_verdict(verdict)

    # Building -----------------------------------------------------------------------------------

    def _build(self) -> None:
        editing = self._original is not None
        if not editing:
            self.setWindowTitle(self.tr("New appointment"))
        elif self._original is not None and self._original.status == AppointmentStatus.CANCELLED:
            self.setWindowTitle(self.tr("Cancelled appointment"))
        else:
            self.setWindowTitle(self.tr("Edit appointment"))
        self.setAccessibleName(self.windowTitle())
        heading = QLabel(self.windowTitle(), self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        zone_note = QLabel(
            self.tr("Times are in the clinic's time zone (%1).").replace("%1", str(self._zone))
        )
        self._mute(zone_note)
        self.form = AppointmentFormPanel(self._zone, self)
        self.patient_completer = PatientCompleter(
            self.form.patient_edit, lambda text: directory_service.search_patients(self._workspace, text)
        )
        self.panel = ConflictWarningsPanel(self)
        self.panel.jumpToAppointmentRequested.connect(self.jumpToAppointmentRequested)
        self.verdict_view = AppointmentVerdictView(self, self.form, self.panel, self._zone, editing=editing)
        self.banner = self.verdict_view.banner
        self.book_button = self.verdict_view.book_button
        self.book_anyway_button = self.verdict_view.book_anyway_button
        self.cancel_button = self.verdict_view.cancel_button
        self.book_button.clicked.connect(lambda: self._submit(force=False))
        self.book_anyway_button.clicked.connect(lambda: self._submit(force=True))
        self.cancel_button.clicked.connect(self.reject)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(heading)
        left.addWidget(zone_note)
        left.addSpacing(14)
        left.addWidget(self.form, 1)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        body = QHBoxLayout()
        body.setSpacing(18)
        body.addLayout(left, 3)
        body.addWidget(separator)
        body.addWidget(self.panel, 2)
        footer = QHBoxLayout()
        footer.addWidget(self.banner, 1)
        footer.addWidget(self.verdict_view.buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(16)
        outer.addLayout(body, 1)
        outer.addLayout(footer)
        self.setMinimumSize(860, 560)
        self._connect_fields()

    def _connect_fields(self) -> None:
        f = self.form
        self.times = AppointmentTimes(f, self._type_length)
        self.times.changed.connect(self._field_changed)
        f.practitioner_combo.currentIndexChanged.connect(lambda: self._field_changed("practitioner"))
        f.notes_edit.textChanged.connect(lambda: self._field_changed("notes"))
        for signal in (
            f.repeat_combo.currentIndexChanged,
            f.interval_spin.valueChanged,
            f.count_spin.valueChanged,
        ):
            signal.connect(lambda *_: self._field_changed(FIELD_REPEAT))
        self.patient_completer.patientChanged.connect(self._on_patient_changed)
        f.patient_edit.editingFinished.connect(lambda: self._touched.add("patient"))

    # Loading ------------------------------------------------------------------------------------

    def _load(self, prefill: BookingPrefill | None) -> None:
        original = self._original
        if original is not None:
            prefill = BookingPrefill(
                original.practitioner_id,
                original.starts_at,
                original.ends_at,
                original.appointment_type_id,
                original.patient_id,
            )
        practitioner_id = prefill.practitioner_id if prefill else None
        type_id = prefill.appointment_type_id if prefill else None
        practitioners, types = form_choices(self._workspace, original)
        self._types = {t.id: t for t in types}
        self.form.set_practitioners(practitioners, practitioner_id)
        self.form.set_types(types, type_id)
        start = prefill.starts_at if prefill and prefill.starts_at else next_slot(self._now(), self._zone)
        self.times.load(start, prefill.ends_at if prefill else None)
        patient = (
            directory_service.patient(self._workspace, prefill.patient_id)
            if prefill and prefill.patient_id
            else None
        )
        if patient is not None:
            self.patient_completer.set_patient(patient)
            self._show_patient_hint()
        elif original is not None:
            self.form.patient_edit.setText(original.patient_name)
        if original is not None:
            self.form.notes_edit.setPlainText(original.notes or "")
            self._load_existing(original)
        else:
            self.form.set_repeat_available(True)

    def _load_existing(self, original: Appointment) -> None:
        self.form.set_repeat_available(False)
        self.form.patient_edit.setReadOnly(True)
        self.form.patient_edit.setClearButtonEnabled(False)
        self.form.patient_edit.setToolTip(self.tr("The patient of a booked appointment cannot be changed."))
        if original.status == AppointmentStatus.CANCELLED:
            for widget in (self.form, self.book_button, self.book_anyway_button):
                widget.setEnabled(False)
            self.book_button.hide()
            self.cancel_button.setText(self.tr("Close"))
            self.panel.set_waiting(self.tr("Cancelled appointments are not checked for clashes."))
            self.verdict_view.show_banner(
                self.tr("This appointment is cancelled; it cannot be changed."), error=False
            )
        elif original.series_id is not None:
            self.verdict_view.show_banner(
                self.tr("This appointment is part of a repeating series."), error=False
            )

    def _initial_focus(self) -> QWidget:
        if self._original is None and self.patient_completer.patient_id is None:
            return self.form.patient_edit
        if self.form.practitioner_id() is None:
            return self.form.practitioner_combo
        return self.form.type_combo if self.form.appointment_type_id() is None else self.form.start_edit

    def _type_length(self) -> timedelta | None:
        kind = self._types.get(self.form.appointment_type_id() or "")
        return timedelta(minutes=kind.duration_in_minutes) if kind is not None else None

    # Field changes ------------------------------------------------------------------------------

    def _field_changed(self, field: str) -> None:
        if self._loading:
            return
        self._touched.add(field)
        self._scope_for_warnings = None
        # Clicking Save right after a change must not meet a button still disabled from "unchanged".
        self.book_button.setEnabled(True)
        self._check_timer.start()

    def _on_patient_changed(self, _patient_id: object) -> None:
        self._show_patient_hint()
        if self.patient_completer.patient_id is not None:
            self._touched.add("patient")
        self._field_changed("patient")

    def _show_patient_hint(self) -> None:
        patient_id = self.patient_completer.patient_id
        patient = directory_service.patient(self._workspace, patient_id) if patient_id else None
        self.form.set_hint(self.form.patient_hint, patient_details(patient) if patient else "")

    # Verdicts -----------------------------------------------------------------------------------

    def _apply_verdict(self, verdict: DraftVerdict) -> None:
        self._verdict = verdict
        self.verdict_view.show(
            verdict,
            problem_shown=self._problem_shown,
            summarise_repeats=self._original is None and self.form.repeat_rule() is not None,
            read_only=self._is_cancelled,
        )

    def _problem_shown(self, field: str) -> bool:
        """Problems show once their field was touched (the business's always), or all after a save try."""
        return self._show_all_problems or field in self._touched or field == "business"

    @property
    def _is_cancelled(self) -> bool:
        return self._original is not None and self._original.status == AppointmentStatus.CANCELLED

    # Saving -------------------------------------------------------------------------------------

    def _submit(self, *, force: bool) -> None:
        self.check_now()
        self._show_all_problems = True
        self._apply_verdict(self._verdict)
        if self._verdict.problems:
            self.verdict_view.focus_first_problem(self._verdict)
            return
        if self._verdict.warnings and not force:
            return
        try:
            ids = self._save(force=force)
        except BookingInvalid as invalid:
            self._apply_verdict(DraftVerdict(invalid.problems, self._verdict.warnings, checked=True))
            self.verdict_view.focus_first_problem(self._verdict)
            return
        except BookingHasWarnings as warned:
            self._apply_verdict(DraftVerdict((), warned.warnings, self._verdict.occurrences))
            self.verdict_view.show_banner(
                self.tr("The change gives these warnings; choose Save anyway to save it."), error=False
            )
            return
        except ServiceError as error:
            self.verdict_view.show_banner(error_text(error), error=True)
            return
        if ids is None:
            return
        self.written_ids = ids
        if ids:
            self.booked.emit(list(ids))
            self.accept()
        else:
            self.reject()

    def _save(self, *, force: bool) -> list[str] | None:
        """Write through the services; None when the user backed out of the series question."""
        draft = self.draft()
        if self._original is None:
            return save_new(self._workspace, draft, force=force)
        scope = SeriesScope.THIS
        if self._original.series_id is not None and edit_of(self._original, draft) is not None:
            if force and self._scope_for_warnings is not None:
                scope = self._scope_for_warnings
            else:
                chosen = self.ask_scope(self, self.tr("Save"))
                if chosen is None:
                    return None
                scope = chosen
            self._scope_for_warnings = scope
        return save_existing(self._workspace, self._original, draft, scope=scope, force=force)

    def _mute(self, label: QLabel) -> None:
        tint(label, muted_text_color(self.palette()))
        label.setTextFormat(Qt.TextFormat.PlainText)

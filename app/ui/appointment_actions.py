"""The actions on the selected appointment, for the toolbar, the context menu and the dialog.

Join, Copy patient link, Mark arrived, Did not arrive, Cancel appointment, Delete, Edit. Each QAction
is enabled only when the rules allow it; when disabled its tooltip and status tip say why, and
`statusMessage` repeats the patient-link reason whenever the selection changes. Every write goes
through the services (cache + outbox in one transaction) and is followed by `appointmentsChanged`.

Copy patient link re-reads the attendee first when a `refresh_attendee` fetcher is given (online),
and falls back to the cached link if that fails. The link goes to the clipboard marked as secret
for clipboard managers and is cleared after 60 s if it is still there. It is never logged or shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.domain.entities import AppointmentStatus, CancellationReason
from app.log import ui_log
from app.services import agenda_service, appointment_status, telehealth_service
from app.services.change_recording import SeriesScope
from app.services.errors import ServiceError
from app.services.workspace import ClinicWorkspace
from app.ui.appointment_action_state import ActionState, AppointmentActionStates, action_states
from app.ui.cancel_dialog import ask_cancellation
from app.ui.domain_text import error_text, reason_text
from app.ui.local_time import format_span
from app.ui.patient_link_copier import CLIPBOARD_CLEAR_MS, AttendeeRefresh, ClipboardLike, PatientLinkCopier
from app.ui.series_scope_dialog import ask_series_scope

CLOCK_REFRESH_MS = 30_000
ScopeQuestion = Callable[[QWidget | None, str], SeriesScope | None]
CancellationQuestion = Callable[[QWidget | None, str | None], tuple[CancellationReason, str | None] | None]


class AppointmentActions(QObject):
    """The QActions on one selected appointment, kept enabled or disabled (with a reason) by the rules."""

    appointmentsChanged = Signal()  # noqa: N815 (Qt signal naming)
    statusMessage = Signal(str)  # noqa: N815 (Qt signal naming)
    editRequested = Signal(str)  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        workspace: ClinicWorkspace,
        *,
        parent: QObject | None = None,
        clipboard: ClipboardLike | None = None,
        open_url: Callable[[str], bool] | None = None,
        refresh_attendee: AttendeeRefresh | None = None,
        now: Callable[[], datetime] | None = None,
        clear_after_ms: int = CLIPBOARD_CLEAR_MS,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._open_url = open_url or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self._now = now or workspace.now
        self._appointment_id: str | None = None
        self._states: AppointmentActionStates | None = None
        # Questions the actions ask (tests replace them so nothing modal blocks).
        self.confirm: Callable[[str, str], bool] = self._ask_confirmation
        self.ask_scope: ScopeQuestion = ask_series_scope
        self.ask_cancellation: CancellationQuestion = ask_cancellation
        self.show_error: Callable[[str], None] = self._show_error_box
        self.copier = PatientLinkCopier(
            workspace,
            parent=self,
            clipboard=clipboard,
            refresh_attendee=refresh_attendee,
            clear_after_ms=clear_after_ms,
        )
        self.copier.message.connect(self.statusMessage)
        self.copier.finished.connect(self.refresh_state)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_REFRESH_MS)
        self._clock_timer.timeout.connect(self.refresh_state)
        self.edit_action = self._action(self.tr("&Edit appointment\u2026"), self._edit)
        self.join_action = self._action(self.tr("&Join"), self._join, QKeySequence("Ctrl+J"))
        self.copy_patient_link_action = self._action(
            self.tr("Copy &patient link"), self._copy_patient_link, QKeySequence("Ctrl+Shift+C")
        )
        self.mark_arrived_action = self._action(self.tr("Mark &arrived"), self._mark_arrived)
        self.did_not_arrive_action = self._action(self.tr("&Did not arrive"), self._did_not_arrive)
        self.cancel_action = self._action(self.tr("&Cancel appointment\u2026"), self._cancel)
        self.delete_action = self._action(self.tr("De&lete\u2026"), self._delete)
        for action in (self.mark_arrived_action, self.did_not_arrive_action):
            action.setCheckable(True)
        self._separators = [self._separator(), self._separator()]
        self.refresh_state()

    # Public -------------------------------------------------------------------------------------

    @property
    def appointment_id(self) -> str | None:
        """The selected appointment."""
        return self._appointment_id

    @property
    def states(self) -> AppointmentActionStates | None:
        """The states computed by the last refresh."""
        return self._states

    def actions(self) -> list[QAction]:
        """The actions in menu order, with separator actions between the groups."""
        first, second = self._separators
        return [
            self.edit_action,
            self.join_action,
            self.copy_patient_link_action,
            first,
            self.mark_arrived_action,
            self.did_not_arrive_action,
            second,
            self.cancel_action,
            self.delete_action,
        ]

    def set_appointment(self, appointment_id: str | None) -> None:
        """Select an appointment (None: nothing selected) and say why Copy patient link is off, if it is."""
        self._appointment_id = appointment_id
        self.refresh_state()
        if appointment_id is None:
            self._clock_timer.stop()
        elif not self._clock_timer.isActive():
            self._clock_timer.start()
        link_state = self.copy_patient_link_action
        reason = "" if appointment_id is None or link_state.isEnabled() else link_state.statusTip()
        self.statusMessage.emit(reason)

    def refresh_state(self) -> None:
        """Recompute every action's state (after a sync, a setting change, or as time passes)."""
        try:
            role = telehealth_service.current_role(self._workspace)
            self._states = action_states(self._workspace, self._appointment_id, role=role, now=self._now())
        except ServiceError as error:
            ui_log.warning("could not read the appointment's actions: %s", type(error).__name__)
            self._states = None
            for action in self._real_actions():
                self._apply(action, ActionState(enabled=False, reason=error_text(error)))
            return
        states = self._states
        self._apply(self.edit_action, states.edit)
        self._apply(self.join_action, states.join)
        self._apply(self.copy_patient_link_action, states.copy_patient_link)
        self._apply(self.mark_arrived_action, states.mark_arrived)
        self._apply(self.did_not_arrive_action, states.did_not_arrive)
        self._apply(self.cancel_action, states.cancel)
        self._apply(self.delete_action, states.delete)

    # Building -----------------------------------------------------------------------------------

    def _action(self, text: str, slot: Callable[[], None], shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        action.setData(text)
        action.setObjectName(text.replace("&", "").replace("\u2026", "").strip())
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _separator(self) -> QAction:
        separator = QAction(self)
        separator.setSeparator(True)
        return separator

    def _real_actions(self) -> list[QAction]:
        return [action for action in self.actions() if not action.isSeparator()]

    def _apply(self, action: QAction, state: ActionState) -> None:
        action.setVisible(state.visible)
        action.setEnabled(state.enabled)
        if action.isCheckable():
            action.setChecked(state.checked)
        label = str(action.data()).replace("&", "").replace("\u2026", "")
        reason = state.reason or ""
        action.setToolTip(
            self.tr("%1 \u2014 %2").replace("%1", label).replace("%2", reason) if reason else label
        )
        action.setStatusTip(reason)

    def _dialog_parent(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else QApplication.activeWindow()

    def _summary(self) -> str | None:
        states = self._states
        if states is None or states.item is None:
            return None
        item = states.item
        zone = agenda_service.clinic_zone(self._workspace, item.business_id)
        parts = [item.patient_name, format_span(item.starts_at, item.ends_at, zone)]
        if item.appointment_type_name:
            parts.append(item.appointment_type_name)
        return " \u00b7 ".join(part for part in parts if part)

    # Handlers -----------------------------------------------------------------------------------

    def _edit(self) -> None:
        if self._appointment_id is not None and self.edit_action.isEnabled():
            self.editRequested.emit(self._appointment_id)

    def _join(self) -> None:
        appointment_id = self._appointment_id
        if appointment_id is None:
            return
        try:
            link = telehealth_service.join_link(self._workspace, appointment_id)
        except ServiceError as error:
            self._report(error_text(error))
            return
        if not link.allowed or not link.url:
            self.refresh_state()
            refusal = link.refusal
            self.statusMessage.emit(
                reason_text(refusal) if refusal else self.tr("Join is not available for this appointment.")
            )
            return
        opened = self._open_url(link.url)
        self.statusMessage.emit(
            self.tr("Opening the telehealth session in your browser.")
            if opened
            else self.tr("The browser could not be opened. Check the computer's default browser.")
        )

    def _copy_patient_link(self) -> None:
        if self._appointment_id is not None:
            self.copier.copy(self._appointment_id)

    def _mark_arrived(self) -> None:
        self._set_arrival(AppointmentStatus.ARRIVED, self.tr("Marked arrived."))

    def _did_not_arrive(self) -> None:
        self._set_arrival(AppointmentStatus.DID_NOT_ARRIVE, self.tr("Marked as did not arrive."))

    def _set_arrival(self, target: AppointmentStatus, done: str) -> None:
        states, appointment_id = self._states, self._appointment_id
        if states is None or states.appointment is None or appointment_id is None:
            return
        undo = states.appointment.status == target
        try:
            if undo:
                appointment_status.mark_booked(self._workspace, appointment_id)
            elif target == AppointmentStatus.ARRIVED:
                appointment_status.mark_arrived(self._workspace, appointment_id)
            else:
                appointment_status.mark_did_not_arrive(self._workspace, appointment_id)
        except ServiceError as error:
            self._report(error_text(error))
            self.refresh_state()
            return
        self._written(self.tr("Marked as booked again.") if undo else done)

    def _cancel(self) -> None:
        appointment_id = self._appointment_id
        if appointment_id is None or not self.cancel_action.isEnabled():
            return
        answer = self.ask_cancellation(self._dialog_parent(), self._summary())
        if answer is None:
            return
        scope = self._scope(self.tr("Cancel appointments"))
        if scope is None:
            return
        reason, note = answer
        try:
            cancelled = appointment_status.cancel(
                self._workspace, appointment_id, reason=reason, note=note, scope=scope
            )
        except ServiceError as error:
            self._report(error_text(error))
            return
        self._written(self.tr("%n appointment(s) cancelled.", "", len(cancelled)))

    def _delete(self) -> None:
        appointment_id = self._appointment_id
        if appointment_id is None or not self.delete_action.isEnabled():
            return
        scope = self._scope(self.tr("Delete"))
        if scope is None:
            return
        summary = self._summary() or ""
        question = (
            self.tr("Delete this appointment? This cannot be undone.")
            if scope == SeriesScope.THIS
            else self.tr("Delete these appointments of the series? This cannot be undone.")
        )
        if not self.confirm(self.tr("Delete appointment"), f"{question}\n\n{summary}".strip()):
            return
        try:
            removed = appointment_status.delete(self._workspace, appointment_id, scope=scope)
        except ServiceError as error:
            self._report(error_text(error))
            return
        self._appointment_id = None
        self._written(self.tr("%n appointment(s) deleted.", "", len(removed)))

    def _scope(self, action_label: str) -> SeriesScope | None:
        if self._states is None or not self._states.in_series:
            return SeriesScope.THIS
        return self.ask_scope(self._dialog_parent(), action_label)

    def _written(self, message: str) -> None:
        self.refresh_state()
        self.appointmentsChanged.emit()
        self.statusMessage.emit(message)

    def _report(self, message: str) -> None:
        self.statusMessage.emit(message)
        self.show_error(message)

    def _ask_confirmation(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self._dialog_parent(),
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_error_box(self, message: str) -> None:
        QMessageBox.warning(self._dialog_parent(), self.tr("Appointment"), message)

"""The dialogs the main window opens for an open clinic: booking and editing (GUI-B's
AppointmentDialog), Find next free slot, Settings, About and Unsent changes.

`run_dialog` shows a dialog modally and returns its result; tests replace it to look at the dialog
(and answer it) without a modal loop. Dialogs are opened from Qt event handlers (clicks, keys,
menu items), never from inside an asyncio task.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, QPoint, Signal
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from app.ui.appointment_actions import AppointmentActions
from app.ui.appointment_dialog import AppointmentDialog, BookingPrefill
from app.ui.calendar_controller import CalendarController
from app.ui.clinic_session import ClinicSession
from app.ui.free_slot_dialog import FreeSlotDialog
from app.ui.settings_dialog import SettingsDialog
from app.ui.ui_settings import UiSettings
from app.ui.unsent_changes_dialog import UnsentChangesDialog

RunDialog = Callable[[QDialog], int]


def run_modal(dialog: QDialog) -> int:
    """Show `dialog` modally and return its result."""
    return dialog.exec()


class WindowDialogs(QObject):
    """Opens the session's dialogs for the main window and reports what they changed."""

    # Something was written (booked, edited, settings changed): refresh calendar and status.
    changed = Signal()
    # A new API key was stored: (key, server address or "").
    accountChanged = Signal(str, str)  # noqa: N815
    slotMinutesChanged = Signal(int)  # noqa: N815

    def __init__(
        self,
        window: QWidget,
        session: ClinicSession,
        calendar: CalendarController,
        actions: AppointmentActions,
        ui_settings: UiSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._calendar = calendar
        self._actions = actions
        self._ui_settings = ui_settings
        self.run_dialog: RunDialog = run_modal
        self.last_dialog: QDialog | None = None

    def _run(self, dialog: QDialog) -> int:
        self.last_dialog = dialog
        try:
            return self.run_dialog(dialog)
        finally:
            dialog.deleteLater()

    # --- booking -----------------------------------------------------------------------------------

    def book(self, practitioner_id: str, starts_at: datetime | None, **more: str | datetime | None) -> bool:
        """Open the booking dialog prefilled; True when something was booked."""
        prefill = BookingPrefill(practitioner_id=practitioner_id or None, starts_at=starts_at, **more)
        return self._appointment_dialog(prefill=prefill)

    def edit(self, appointment_id: str) -> bool:
        """Open the appointment for editing; True when something was written."""
        return self._appointment_dialog(appointment_id=appointment_id)

    def _appointment_dialog(
        self, *, prefill: BookingPrefill | None = None, appointment_id: str | None = None
    ) -> bool:
        workspace = self._session.workspace
        dialog = AppointmentDialog(
            workspace, parent=self._window, appointment_id=appointment_id, prefill=prefill
        )
        jump: list[str] = []
        dialog.jumpToAppointmentRequested.connect(jump.append)
        written = self._run(dialog) == QDialog.DialogCode.Accepted
        if written:
            self._calendar.refresh()
            ids = list(dialog.written_ids) or ([appointment_id] if appointment_id else [])
            if ids:
                self._show_appointment(ids[0])
            self.changed.emit()
        elif jump:
            self._show_appointment(jump[-1])
        return written

    def _show_appointment(self, appointment_id: str) -> None:
        """Go to the appointment's day and select it."""
        from app.services.appointment_views import describe_appointment  # noqa: PLC0415

        try:
            item = describe_appointment(self._session.workspace, appointment_id)
        except Exception:  # gone in the meantime: nothing to show
            return
        self._calendar.go_to(item.starts_at.astimezone(self._calendar.zone()).date())
        self._calendar.view.select_appointment(appointment_id)

    def find_free_slot(self) -> bool:
        """Ask what to look for, search, and open the booking dialog on the slot found."""
        preferred = None
        shown = self._calendar.shown_practitioners()
        if len(shown) == 1:
            preferred = shown[0].id
        workspace = self._session.workspace
        dialog = FreeSlotDialog(
            workspace,
            practitioners=shown or self._calendar.practitioners(),
            zone=self._calendar.zone(),
            after=max(workspace.now(), self._calendar.visible_window()[0]),
            preferred_practitioner_id=preferred,
            parent=self._window,
        )
        if self._run(dialog) != QDialog.DialogCode.Accepted or dialog.found() is None:
            return False
        slot = dialog.found()
        assert slot is not None
        self._calendar.go_to(slot.starts_at.astimezone(self._calendar.zone()).date())
        return self.book(
            slot.practitioner_id,
            slot.starts_at,
            ends_at=slot.ends_at,
            appointment_type_id=dialog.appointment_type_id(),
        )

    # --- the rest ----------------------------------------------------------------------------------

    def settings(self) -> bool:
        """Open Settings; apply what changed."""
        dialog = SettingsDialog(
            self._session.workspace, self._ui_settings, demo=self._session.is_demo, parent=self._window
        )
        dialog.accountChanged.connect(self.accountChanged)
        if self._run(dialog) != QDialog.DialogCode.Accepted:
            return False
        self.slotMinutesChanged.emit(dialog.chosen_slot_minutes())
        self._actions.refresh_state()
        self.changed.emit()
        return True

    def unsent_changes(self) -> None:
        """The failed outbox entries and sync conflicts (GUI-B's dialog)."""
        session = self._session
        dialog = UnsentChangesDialog(
            session.workspace,
            parent=self._window,
            fetch_appointment=session.fetch_appointment,
        )
        self._run(dialog)
        self._calendar.refresh()
        self.changed.emit()

    def context_menu(self, appointment_id: str, position: QPoint) -> None:
        """The selected appointment's actions as a pop-up menu."""
        self._actions.set_appointment(appointment_id)
        menu = QMenu(self._window)
        menu.setAccessibleName(self.tr("Appointment actions"))
        menu.addActions(self._actions.actions())
        menu.exec(position)
        menu.deleteLater()

"""Find next free slot: an appointment type, one practitioner or any, and from when.

The search itself is `free_slot_service.next_free_slot` (business hours, unavailable blocks and
bookings avoided, the type's duration, only practitioners who offer the type). When a slot is found
the dialog accepts and `found()` holds it; the main window then opens the booking dialog prefilled
with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.domain.entities import Practitioner
from app.domain.timezones import local_to_utc
from app.services import directory_service, free_slot_service
from app.services.errors import ServiceError
from app.services.free_slot_service import FreeSlot, TypeNotOffered
from app.services.workspace import ClinicWorkspace

# The rule lives in the service (which applies it to every search); this name is kept for existing
# importers (tests/ui/shell/test_shell_window_dialogs.py) until they use the service's.
offering = free_slot_service.practitioners_offering


class FreeSlotDialog(QDialog):
    """Asks what to look for, searches the cache, and accepts with the slot found."""

    def __init__(
        self,
        workspace: ClinicWorkspace,
        *,
        practitioners: Sequence[Practitioner],
        zone: ZoneInfo,
        after: datetime,
        preferred_practitioner_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("FreeSlotDialog")
        self.setWindowTitle(self.tr("Find next free slot"))
        self.setAccessibleName(self.tr("Find next free slot"))
        self._workspace = workspace
        self._zone = zone
        self._practitioners = tuple(practitioners)
        self._found: FreeSlot | None = None

        self.appointment_type = QComboBox(self)
        self.appointment_type.setAccessibleName(self.tr("Appointment type"))
        for kind in directory_service.appointment_types(workspace):
            label = (
                self.tr("%1 (%2 min)").replace("%1", kind.name).replace("%2", str(kind.duration_in_minutes))
            )
            self.appointment_type.addItem(label, kind.id)
        self.practitioner = QComboBox(self)
        self.practitioner.setAccessibleName(self.tr("Practitioner"))
        self.practitioner.addItem(self.tr("Any practitioner"), "")
        for practitioner in practitioners:
            self.practitioner.addItem(practitioner.display_name, practitioner.id)
        if preferred_practitioner_id:
            self.practitioner.setCurrentIndex(max(0, self.practitioner.findData(preferred_practitioner_id)))
        local = after.astimezone(zone)
        self.after = QDateTimeEdit(self)
        self.after.setAccessibleName(self.tr("Search from"))
        self.after.setCalendarPopup(True)
        self.after.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.after.setDateTime(QDateTime(local.date(), local.time().replace(second=0, microsecond=0)))
        self.message = QLabel(self)
        self.message.setObjectName("FreeSlotMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)

        form = QFormLayout()
        form.addRow(self.tr("Appointment &type:"), self.appointment_type)
        form.addRow(self.tr("&Practitioner:"), self.practitioner)
        form.addRow(self.tr("&From:"), self.after)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.find_button = buttons.addButton(self.tr("Find"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.find_button.setAccessibleName(self.tr("Find"))
        self.find_button.setDefault(True)
        self.find_button.setEnabled(self.appointment_type.count() > 0)
        buttons.accepted.connect(self.search)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def appointment_type_id(self) -> str | None:
        """The chosen type's id."""
        value = self.appointment_type.currentData()
        return str(value) if value else None

    def found(self) -> FreeSlot | None:
        """The slot found (after the dialog accepted)."""
        return self._found

    def search(self) -> None:
        """Search; accept with the slot, or say that nothing is free and stay open."""
        type_id = self.appointment_type_id()
        if type_id is None:
            self.message.setText(self.tr("Choose an appointment type first."))
            return
        chosen = self.practitioner.currentData()
        candidates = [str(chosen)] if chosen else [p.id for p in self._practitioners]
        wall: datetime = self.after.dateTime().toPython().replace(second=0, microsecond=0)
        try:
            slot = free_slot_service.next_free_slot(
                self._workspace,
                appointment_type_id=type_id,
                practitioner_ids=candidates,
                after=local_to_utc(wall, self._zone),
            )
        except TypeNotOffered:
            if chosen:
                name = self.practitioner.currentText()
                self.message.setText(self.tr("%1 does not offer this appointment type.").replace("%1", name))
            else:
                self.message.setText(self.tr("None of these practitioners offers this appointment type."))
            return
        except ServiceError as error:
            self.message.setText(error.message)
            return
        if slot is None:
            self.message.setText(self.tr("Nothing is free in the next 60 days for this choice."))
            return
        self._found = slot
        self.accept()

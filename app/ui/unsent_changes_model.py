"""The rows of the unsent-changes view: outbox entries not yet on the server, and open sync conflicts.

`load_unsent_rows` reads both through the services and words them for the table; the table model
only shows the rows. A failed entry that belongs to an open conflict is shown once, as the conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from app.services import appointment_views, directory_service, outbox_service, ui_support_sync_conflicts
from app.services.errors import AppointmentNotFound
from app.services.outbox_service import UnsentChange
from app.services.ui_support_sync_conflicts import AppointmentVersion, SyncConflictItem
from app.services.workspace import ClinicWorkspace
from app.ui.local_time import format_clock, format_local, format_span
from app.ui.translation_context import TrContext

_Index = QModelIndex | QPersistentModelIndex


class UnsentChanges(TrContext):
    """The translation context of the unsent-changes rows."""


class RowKind(Enum):
    CHANGE = "change"
    CONFLICT = "conflict"


@dataclass(frozen=True, slots=True)
class UnsentRow:
    """One line of the table and what may be done with it."""

    kind: RowKind
    id: int
    appointment_id: str
    what: str
    appointment: str
    patient: str
    status: str
    details: str
    failed: bool = False
    waiting: bool = False
    can_keep_mine: bool = False


def change_label(kind: str) -> str:
    """What an outbox entry does, in words."""
    labels = {
        "create": UnsentChanges.tr("New booking"),
        "change": UnsentChanges.tr("Change"),
        "move": UnsentChanges.tr("Move"),
        "cancel": UnsentChanges.tr("Cancellation"),
        "delete": UnsentChanges.tr("Deletion"),
        "arrived": UnsentChanges.tr("Arrival status"),
        "did_not_arrive": UnsentChanges.tr("Did not arrive"),
    }
    return labels.get(kind, kind)


def load_unsent_rows(workspace: ClinicWorkspace, zone: ZoneInfo) -> list[UnsentRow]:
    """Conflicts first (they need a decision), then unsent changes in push order."""
    conflicts = ui_support_sync_conflicts.open_sync_conflicts(workspace)
    names = _Names(workspace)
    rows = [_conflict_row(conflict, names, zone) for conflict in conflicts]
    conflicted = {conflict.appointment_id for conflict in conflicts}
    for change in outbox_service.unsent_changes(workspace):
        if change.state == "failed" and change.appointment_id in conflicted:
            continue
        rows.append(_change_row(workspace, change, zone))
    return rows


def _change_row(workspace: ClinicWorkspace, change: UnsentChange, zone: ZoneInfo) -> UnsentRow:
    try:
        item = appointment_views.describe_appointment(workspace, change.appointment_id)
        when, patient = format_span(item.starts_at, item.ends_at, zone), item.patient_name
    except AppointmentNotFound:
        when, patient = UnsentChanges.tr("(no longer in the calendar)"), ""
    failed = change.state == "failed"
    if failed:
        status = (
            UnsentChanges.tr("Failed after %n attempt(s)", "", change.attempts)
            if change.attempts
            else UnsentChanges.tr("Failed")
        )
    elif change.state == "in_flight":
        status = UnsentChanges.tr("Sending")
    else:
        status = UnsentChanges.tr("Waiting to be sent")
    #: Qt date format for when a change was made (the time follows in the locale's format).
    made_on = format_local(change.created_at, zone, UnsentChanges.tr("ddd d MMM"))
    made_at = f"{made_on} {format_clock(change.created_at, zone)}"
    queued = UnsentChanges.tr("Made %1").replace("%1", made_at)
    return UnsentRow(
        kind=RowKind.CHANGE,
        id=change.id,
        appointment_id=change.appointment_id,
        what=change_label(str(change.kind)),
        appointment=when,
        patient=patient,
        status=status,
        details=(change.last_error or queued) if failed else queued,
        failed=failed,
        waiting=change.state == "pending",
    )


class _Names:
    """Practitioner and type names for describing versions."""

    def __init__(self, workspace: ClinicWorkspace) -> None:
        self.practitioners = {
            p.id: p.display_name for p in directory_service.practitioners(workspace, active_only=False)
        }
        self.types = {
            t.id: t.name for t in directory_service.appointment_types(workspace, include_archived=True)
        }


def _conflict_row(conflict: SyncConflictItem, names: _Names, zone: ZoneInfo) -> UnsentRow:
    mine, theirs = conflict.mine, conflict.theirs
    shown = mine or theirs
    when = ""
    if shown is not None and shown.starts_at is not None and shown.ends_at is not None:
        when = format_span(shown.starts_at, shown.ends_at, zone)
    if theirs is None:
        details = UnsentChanges.tr("Deleted on the server after it was changed here.")
    else:
        details = _differences(mine, theirs, names, zone)
    return UnsentRow(
        kind=RowKind.CONFLICT,
        id=conflict.id,
        appointment_id=conflict.appointment_id,
        what=change_label(conflict.change_kind),
        appointment=when,
        patient=conflict.patient_name,
        status=UnsentChanges.tr("Changed on the server too"),
        details=details,
        can_keep_mine=conflict.can_keep_mine,
    )


def _describe(version: AppointmentVersion, field: str, names: _Names, zone: ZoneInfo) -> str:
    if field == "time":
        if version.starts_at is None or version.ends_at is None:
            return "\u2014"
        return format_span(version.starts_at, version.ends_at, zone)
    if field == "practitioner":
        return names.practitioners.get(version.practitioner_id or "", "\u2014")
    if field == "type":
        return names.types.get(version.appointment_type_id or "", "\u2014")
    if field == "notes":
        return version.notes or UnsentChanges.tr("no notes")
    if version.cancelled:
        return UnsentChanges.tr("cancelled")
    if version.patient_arrived:
        return UnsentChanges.tr("arrived")
    return UnsentChanges.tr("did not arrive") if version.did_not_arrive else UnsentChanges.tr("booked")


def _field_title(field: str) -> str:
    titles = {
        "time": UnsentChanges.tr("Time"),
        "practitioner": UnsentChanges.tr("Practitioner"),
        "type": UnsentChanges.tr("Type"),
        "status": UnsentChanges.tr("Status"),
        "notes": UnsentChanges.tr("Notes"),
    }
    return titles[field]


def _differences(
    mine: AppointmentVersion | None, theirs: AppointmentVersion, names: _Names, zone: ZoneInfo
) -> str:
    """One line per field that differs: "Time: here 16:00 - 16:45; on the server 11:00 - 11:45"."""
    if mine is None:
        return UnsentChanges.tr("Changed on the server after it was changed here.")
    lines = []
    for field in ("time", "practitioner", "type", "status", "notes"):
        here, there = (_describe(version, field, names, zone) for version in (mine, theirs))
        if here != there:
            line = UnsentChanges.tr("%1: here %2; on the server %3")
            lines.append(line.replace("%1", _field_title(field)).replace("%2", here).replace("%3", there))
    return "\n".join(lines) or UnsentChanges.tr("Changed on the server after it was changed here.")


COLUMNS = ("what", "appointment", "patient", "status", "details")


class UnsentChangesModel(QAbstractTableModel):
    """The rows as a table: what, appointment, patient, status, details."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UnsentRow] = []

    def rows(self) -> list[UnsentRow]:
        """The rows shown."""
        return list(self._rows)

    def row_at(self, row: int) -> UnsentRow | None:
        """The row at a position, or None."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def set_rows(self, rows: list[UnsentRow]) -> None:
        """Replace the rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            UnsentChanges.tr("Change"),
            UnsentChanges.tr("Appointment"),
            UnsentChanges.tr("Patient"),
            UnsentChanges.tr("Status"),
            UnsentChanges.tr("Details"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return str(getattr(row, COLUMNS[index.column()]))
        return None


class PaddedItemDelegate(QStyledItemDelegate):
    """Cells with breathing room: text inset from the grid and rows a little taller than the text."""

    HORIZONTAL = 8
    VERTICAL = 6

    def initStyleOption(self, option: QStyleOptionViewItem, index: _Index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        inset = QStyleOptionViewItem(option)
        self.initStyleOption(inset, index)
        style = inset.widget.style() if inset.widget is not None else None
        if style is not None:
            # Background and selection across the whole cell; the text inset within it.
            text, inset.text = inset.text, ""
            style.drawControl(style.ControlElement.CE_ItemViewItem, inset, painter, inset.widget)
            inset.text = text
            inset.rect = option.rect.adjusted(self.HORIZONTAL, 0, -self.HORIZONTAL, 0)
            inset.backgroundBrush = Qt.BrushStyle.NoBrush
            inset.state &= ~style.StateFlag.State_HasFocus
            style.drawControl(style.ControlElement.CE_ItemViewItem, inset, painter, inset.widget)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        narrower = QStyleOptionViewItem(option)
        narrower.rect = option.rect.adjusted(0, 0, -2 * self.HORIZONTAL, 0)
        hint = super().sizeHint(narrower, index)
        return QSize(hint.width() + 2 * self.HORIZONTAL, hint.height() + 2 * self.VERTICAL)

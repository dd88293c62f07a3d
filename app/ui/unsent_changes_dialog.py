"""Changes that have not reached the server, and sync conflicts: retry, discard, keep mine, take theirs.

Nothing the desk did is ever dropped silently (product.md, "Nothing is lost"): a failed change stays
here until the user retries or discards it; a conflict (the appointment also changed on the server)
until the user keeps their version or takes the server's. Taking the server's version, and refreshing
an appointment after its last change is discarded, need the server: pass `fetch_appointment` (the
adapter's) when connected. Keeping mine works offline; the next sync sends it.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.entities import Appointment
from app.log import ui_log
from app.services import agenda_service, outbox_service, ui_support_sync_conflicts
from app.services.errors import ServiceError
from app.services.workspace import ClinicWorkspace
from app.ui.domain_text import error_text
from app.ui.feedback_colors import error_color, muted_text_color, tint
from app.ui.unsent_changes_model import (
    PaddedItemDelegate,
    RowKind,
    UnsentChangesModel,
    UnsentRow,
    load_unsent_rows,
)

AppointmentFetcher = Callable[[str], Awaitable[Appointment | None]]


class UnsentChangesDialog(QDialog):
    """The table of unsent changes and conflicts, with the four ways to settle them."""

    appointmentsChanged = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(
        self,
        workspace: ClinicWorkspace,
        *,
        parent: QWidget | None = None,
        fetch_appointment: AppointmentFetcher | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("UnsentChangesDialog")
        self._workspace = workspace
        self._fetch = fetch_appointment
        self._zone = agenda_service.clinic_zone(workspace)
        # Asked before a change is thrown away (tests replace it so nothing modal blocks).
        self.confirm: Callable[[str, str], bool] = self._ask_confirmation
        self.setWindowTitle(self.tr("Unsent changes"))
        self.setAccessibleName(self.windowTitle())
        heading = QLabel(self.tr("Changes not yet on the server"), self)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        heading.setFont(font)
        intro = QLabel(
            self.tr(
                "Waiting changes are sent at the next sync. Failed changes and conflicts stay here until "
                "you decide: nothing is thrown away without you."
            ),
            self,
        )
        intro.setWordWrap(True)
        self._paint(intro, muted=True)
        self.model = UnsentChangesModel(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Unsent changes and conflicts"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(PaddedItemDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        # Line the column titles up with the cells' inset text.
        header.setStyleSheet(
            f"QHeaderView::section {{ padding-left: {PaddedItemDelegate.HORIZONTAL + 2}px; }}"
        )
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Wrapped details need the row heights measured again whenever the columns change width.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        self.empty_label = QLabel(self.tr("Everything made here has reached the server."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._paint(self.empty_label, muted=True)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setAccessibleName(self.tr("Message"))
        self.retry_button = self._button(self.tr("&Retry"), self._retry)
        self.discard_button = self._button(self.tr("&Discard\u2026"), self._discard)
        self.keep_mine_button = self._button(self.tr("&Keep mine"), self._keep_mine)
        self.take_theirs_button = self._button(self.tr("&Take theirs"), self._take_theirs)
        self.close_button = self._button(self.tr("Close"), self.accept)
        buttons = QHBoxLayout()
        for button in (
            self.retry_button,
            self.discard_button,
            self.keep_mine_button,
            self.take_theirs_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(980, 460)
        self.reload()

    # Public -------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the outbox and the conflicts again, keeping the selection where possible."""
        selected = self.selected_row()
        try:
            rows = load_unsent_rows(self._workspace, self._zone)
        except ServiceError as error:
            self._say(error_text(error), error=True)
            rows = []
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        if selected is not None:
            keys = [(row.kind, row.id) for row in rows]
            if (selected.kind, selected.id) in keys:
                self.select_row(keys.index((selected.kind, selected.id)))
        if self.selected_row() is None and rows:
            self.select_row(0)
        self._update_buttons()

    def selected_row(self) -> UnsentRow | None:
        """The row selected, or None."""
        indexes = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(indexes[0].row()) if indexes else None

    def select_row(self, row: int) -> None:
        """Select a row of the table."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(self.model.index(row, 0), flags)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # The table's columns settle only after the layout: measure the wrapped rows afterwards.
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    # Actions ------------------------------------------------------------------------------------

    def _retry(self) -> None:
        row = self.selected_row()
        if row is None or not row.failed:
            return
        self._run(
            lambda: outbox_service.retry_change(self._workspace, row.id), self.tr("Queued to send again.")
        )

    def _discard(self) -> None:
        row = self.selected_row()
        if row is None or not (row.failed or row.waiting):
            return
        question = self.tr("Discard this change (%1)? It will not be sent to the server.").replace(
            "%1", row.what
        )
        if not self.confirm(self.tr("Discard change"), question):
            return
        try:
            outcome = outbox_service.discard_change(self._workspace, row.id)
        except ServiceError as error:
            self._say(error_text(error), error=True)
            return
        self._changed(self.tr("The change was discarded."))
        if outcome.refresh_appointment_id is not None and self._fetch is not None:
            refresh = outbox_service.refresh_appointment(
                self._workspace, outcome.refresh_appointment_id, self._fetch
            )
            self._await(refresh, self.tr("The server's version was loaded."))

    def _keep_mine(self) -> None:
        row = self.selected_row()
        if row is None or row.kind != RowKind.CONFLICT:
            return
        self._run(
            lambda: ui_support_sync_conflicts.keep_mine(self._workspace, row.id),
            self.tr("Your version will be sent at the next sync."),
        )

    def _take_theirs(self) -> None:
        row = self.selected_row()
        if row is None or row.kind != RowKind.CONFLICT or self._fetch is None:
            return
        taking = ui_support_sync_conflicts.take_theirs(self._workspace, row.id, self._fetch)
        self._await(taking, self.tr("The server's version was kept."))

    # Helpers ------------------------------------------------------------------------------------

    def _run(self, work: Callable[[], object], done: str) -> None:
        try:
            work()
        except ServiceError as error:
            self._say(error_text(error), error=True)
            return
        self._changed(done)

    def _await(self, work: Coroutine[Any, Any, object], done: str) -> None:
        """Run a server round trip: as a task on the running loop (qasync), else to completion here."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            try:
                asyncio.run(work)
            except ServiceError as error:
                self._say(error_text(error), error=True)
                return
            except Exception as error:  # a network failure must not close the dialog
                ui_log.warning("server round trip failed: %s", type(error).__name__)
                self._say(self.tr("The server could not be reached. Try again later."), error=True)
                return
            self._changed(done)
            return
        self._set_busy(True)
        task = loop.create_task(work)
        task.add_done_callback(lambda finished: self._task_done(finished, done))

    def _task_done(self, task: asyncio.Task[object], done: str) -> None:
        self._set_busy(False)
        if task.cancelled():
            return
        error = task.exception()
        if isinstance(error, ServiceError):
            self._say(error_text(error), error=True)
        elif error is not None:
            ui_log.warning("server round trip failed: %s", type(error).__name__)
            self._say(self.tr("The server could not be reached. Try again later."), error=True)
        else:
            self._changed(done)

    def _changed(self, message: str) -> None:
        self.reload()
        self._say(message)
        self.appointmentsChanged.emit()

    def _set_busy(self, busy: bool) -> None:
        for button in (
            self.retry_button,
            self.discard_button,
            self.keep_mine_button,
            self.take_theirs_button,
        ):
            button.setEnabled(not busy and button.isEnabled())
        if busy:
            self._say(self.tr("Asking the server\u2026"))
        else:
            self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        conflict = row is not None and row.kind == RowKind.CONFLICT
        self._enable(
            self.retry_button, row is not None and row.failed, self.tr("Only a failed change can be retried.")
        )
        self._enable(
            self.discard_button,
            row is not None and (row.failed or row.waiting),
            self.tr("Only a failed or waiting change can be discarded."),
        )
        keep_reason = self.tr("Select a conflict first.")
        if conflict and row is not None and not row.can_keep_mine:
            keep_reason = self.tr("The appointment was deleted on the server, so this change cannot be kept.")
        self._enable(self.keep_mine_button, conflict and row is not None and row.can_keep_mine, keep_reason)
        theirs_reason = self.tr("Select a conflict first.")
        if conflict and self._fetch is None:
            theirs_reason = self.tr("Connect to the server to take its version.")
        self._enable(self.take_theirs_button, conflict and self._fetch is not None, theirs_reason)

    def _enable(self, button: QPushButton, enabled: bool, reason: str) -> None:
        button.setEnabled(enabled)
        button.setToolTip("" if enabled else reason)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").replace("\u2026", ""))
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    def _say(self, text: str, *, error: bool = False) -> None:
        self._paint(self.message_label, muted=not error, error=error)
        self.message_label.setText(text)

    def _paint(self, label: QLabel, *, muted: bool = False, error: bool = False) -> None:
        if error:
            tint(label, error_color(self.palette()))
        elif muted:
            tint(label, muted_text_color(self.palette()))

    def _ask_confirmation(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

"""The main window: toolbars and menus, the calendar (or the first-run screen), and the sync status.

Without a clinic it shows `FirstRunView`; `open_session` turns it into the clinic's calendar with
its sync controller, calendar controller and GUI-B's appointment actions, all wired here. Geometry,
toolbar state and the calendar's view options are restored from QSettings between runs.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import APP_NAME
from app.log import ui_log
from app.services import outbox_service, ui_support_account
from app.services.conflict_service import cache_freshness
from app.services.errors import ServiceError
from app.ui.about_dialog import AboutDialog
from app.ui.appointment_actions import AppointmentActions
from app.ui.calendar.calendar_view import CalendarView
from app.ui.calendar_controller import CalendarController
from app.ui.clinic_session import ClinicSession, open_account_session
from app.ui.first_run_view import FirstRunView
from app.ui.status_bar import SyncStatusPanel
from app.ui.sync_controller import BACKGROUND_INTERVAL_MS, SyncController, SyncOutcome
from app.ui.ui_settings import CalendarMode, UiSettings
from app.ui.window_actions import WindowActions
from app.ui.window_dialogs import WindowDialogs

# After a local change, push it this soon (a burst of changes makes one sync).
PUSH_DELAY_MS = 1_500
# The first sync waits for the calendar's first paint (see `_sync_once_painted`), but no longer than this.
FIRST_SYNC_LATEST_MS = 1_000
_FIRST_RUN, _STARTING, _CALENDAR = range(3)


class MainWindow(QMainWindow):
    """Frontdesk's top-level window."""

    closing = Signal()  # the user closed the window: the application shuts the session down
    calendarFirstPainted = Signal(int)  # noqa: N815 (appointments shown at the first populated paint)

    def __init__(self, ui_settings: UiSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        self.ui_settings = ui_settings or UiSettings()
        self.session: ClinicSession | None = None
        self.sync_controller: SyncController | None = None
        self.calendar_controller: CalendarController | None = None
        self.appointment_actions: AppointmentActions | None = None
        self.dialogs: WindowDialogs | None = None
        self._first_sync: SyncController | None = None
        self._first_paint_reported = False
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.setInterval(PUSH_DELAY_MS)

        self.window_actions = WindowActions(self)
        self.first_run_view = FirstRunView(self)
        self.calendar_view = CalendarView(self)
        self._starting_label = QLabel(self)
        self._pages = QStackedWidget(self)
        self._pages.addWidget(self.first_run_view)
        self._pages.addWidget(self._starting_page())
        self._pages.addWidget(self.calendar_view)
        self.setCentralWidget(self._pages)
        self.status_panel = SyncStatusPanel(self)
        self.statusBar().addPermanentWidget(self.status_panel)
        self.statusBar().setSizeGripEnabled(True)
        self._connect_window_actions()
        self.window_actions.set_session_enabled(False)
        self.status_panel.setVisible(False)
        self.resize(1280, 800)
        self._restore_layout()
        for toolbar in self._toolbars:
            toolbar.setVisible(False)  # nothing to act on until a clinic is open

    def _starting_page(self) -> QWidget:
        page = QWidget(self)
        self._starting_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._starting_label.setAccessibleName(self.tr("Starting"))
        busy = QProgressBar(page)
        busy.setRange(0, 0)
        busy.setMaximumWidth(320)
        busy.setAccessibleName(self.tr("Starting"))
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._starting_label)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _connect_window_actions(self) -> None:
        actions = self.window_actions
        actions.quit.triggered.connect(self.close)
        actions.about.triggered.connect(self._about)
        self._appointment_menu = actions.build_menus(self, [])
        self._toolbars = actions.build_toolbars(self, [])

    # --- pages -------------------------------------------------------------------------------------

    def show_first_run(self) -> None:
        """No clinic connected: offer to connect or to try the demo."""
        self._pages.setCurrentIndex(_FIRST_RUN)
        self.first_run_view.api_key.setFocus()

    def show_starting(self, text: str) -> None:
        """A clinic is being opened (e.g. the demo server starting)."""
        self._starting_label.setText(text)
        self._pages.setCurrentIndex(_STARTING)

    def showing_calendar(self) -> bool:
        """Whether the calendar page is shown."""
        return self._pages.currentIndex() == _CALENDAR

    # --- opening a clinic --------------------------------------------------------------------------

    def open_session(
        self,
        session: ClinicSession,
        *,
        sync_interval_ms: int = BACKGROUND_INTERVAL_MS,
        start_sync: bool = True,
    ) -> None:
        """Show the clinic's calendar, wire its controllers and (unless told not to) start syncing."""
        if self.session is not None:
            raise RuntimeError("this window already shows a clinic")
        self.session = session
        workspace = session.workspace
        demo = self.tr("Demo clinic")  # outside the f-string, where lupdate can see it
        self.setWindowTitle(f"{APP_NAME} \N{EM DASH} {demo}" if session.is_demo else APP_NAME)
        calendar = CalendarController(workspace, self.calendar_view, self.ui_settings, parent=self)
        self.calendar_controller = calendar
        sync = SyncController(
            workspace,
            session.adapter,
            visible_window=calendar.visible_window,
            parent=self,
            interval_ms=sync_interval_ms,
        )
        self.sync_controller = sync
        actions = AppointmentActions(
            workspace,
            parent=self,
            refresh_attendee=session.fetch_attendees,
        )
        # The calendar answers Delete (cancel); a window-wide Delete shortcut would take the key from it.
        actions.delete_action.setShortcut(QKeySequence())
        self.appointment_actions = actions
        dialogs = WindowDialogs(self, session, calendar, actions, self.ui_settings)
        self.dialogs = dialogs
        self._appointment_menu.addSeparator()
        self._appointment_menu.addActions(actions.actions())
        appointment_bar = self._toolbars[1]
        anchor = appointment_bar.actions()[2]  # after New and Find next free slot
        appointment_bar.insertSeparator(anchor)
        appointment_bar.insertActions(anchor, [a for a in actions.actions() if a is not actions.edit_action])
        self._wire_session(calendar, sync, actions, dialogs)
        self.window_actions.set_session_enabled(True)
        for toolbar in self._toolbars:
            toolbar.setVisible(True)
        self.window_actions.set_mode(calendar.mode())
        self.window_actions.set_slot_minutes(self.calendar_view.slot_minutes())
        self.window_actions.show_cancelled.setChecked(self.calendar_view.show_cancelled())
        self.status_panel.setVisible(True)
        self.status_panel.set_clock(workspace.now)
        self.status_panel.attach(sync)
        self._pages.setCurrentIndex(_CALENDAR)
        self.calendar_view.viewport().installEventFilter(self)
        calendar.refresh()
        self._title_changed(calendar.title())
        self._update_status()
        self.calendar_view.setFocus()
        if start_sync:
            self._sync_once_painted(sync)

    def _wire_session(
        self,
        calendar: CalendarController,
        sync: SyncController,
        actions: AppointmentActions,
        dialogs: WindowDialogs,
    ) -> None:
        wa = self.window_actions
        wa.sync_now.triggered.connect(sync.sync_now)
        wa.unsent_changes.triggered.connect(dialogs.unsent_changes)
        wa.settings.triggered.connect(dialogs.settings)
        wa.today.triggered.connect(calendar.go_today)
        wa.previous.triggered.connect(calendar.go_previous)
        wa.next.triggered.connect(calendar.go_next)
        wa.day_view.triggered.connect(lambda: calendar.set_mode(CalendarMode.DAY))
        wa.week_view.triggered.connect(lambda: calendar.set_mode(CalendarMode.WEEK))
        wa.show_cancelled.toggled.connect(calendar.set_show_cancelled)
        for minutes, action in wa.slot_actions.items():
            action.triggered.connect(lambda _checked=False, m=minutes: self._set_slot_minutes(m))
        wa.slot_size.activated.connect(
            lambda index: self._set_slot_minutes(int(wa.slot_size.itemData(index)))
        )
        wa.new_appointment.triggered.connect(calendar.request_new_booking)
        wa.find_free_slot.triggered.connect(dialogs.find_free_slot)
        wa.date_picker.datePicked.connect(calendar.go_to)
        wa.practitioner_filter.hiddenChanged.connect(calendar.set_hidden_practitioners)

        calendar.titleChanged.connect(self._title_changed)
        calendar.dateChanged.connect(wa.date_picker.set_date)
        calendar.modeChanged.connect(lambda mode: wa.set_mode(CalendarMode(mode)))
        calendar.practitionersChanged.connect(
            lambda practitioners: wa.practitioner_filter.set_practitioners(
                practitioners, calendar.hidden_practitioners()
            )
        )
        calendar.selectionChanged.connect(actions.set_appointment)
        calendar.bookingRequested.connect(dialogs.book)
        calendar.editRequested.connect(dialogs.edit)
        calendar.cancelRequested.connect(self._cancel_requested)
        calendar.contextMenuRequested.connect(dialogs.context_menu)
        calendar.appointmentsChanged.connect(self._local_change)
        calendar.statusMessage.connect(self._show_message)

        actions.appointmentsChanged.connect(calendar.refresh)
        actions.appointmentsChanged.connect(self._local_change)
        actions.statusMessage.connect(self._show_message)
        actions.editRequested.connect(dialogs.edit)
        dialogs.changed.connect(self._local_change)
        dialogs.slotMinutesChanged.connect(self._set_slot_minutes)
        dialogs.accountChanged.connect(self._account_changed)
        self.status_panel.unsentChangesRequested.connect(dialogs.unsent_changes)

        sync.progress.connect(lambda _done, _total: calendar.schedule_refresh())
        sync.phaseChanged.connect(lambda _phase, _detail: calendar.schedule_refresh())
        sync.finished.connect(self._sync_finished)
        self._push_timer.timeout.connect(sync.sync_now)

    # --- reacting ----------------------------------------------------------------------------------

    def _title_changed(self, title: str) -> None:
        self.window_actions.date_label.setText(title)
        if self.calendar_controller is not None:
            self.window_actions.date_picker.set_date(self.calendar_controller.day())

    def _set_slot_minutes(self, minutes: int) -> None:
        if self.calendar_controller is not None:
            self.calendar_controller.set_slot_minutes(minutes)
            self.window_actions.set_slot_minutes(minutes)

    def _cancel_requested(self, appointment_id: str) -> None:
        actions = self.appointment_actions
        if actions is None:
            return
        actions.set_appointment(appointment_id)
        if actions.cancel_action.isEnabled():
            actions.cancel_action.trigger()
        else:
            self._show_message(actions.cancel_action.statusTip())

    def _local_change(self) -> None:
        """Something was written here: show the new counts and push it soon."""
        self._update_status()
        self._push_timer.start()

    def _sync_finished(self, outcome: SyncOutcome) -> None:
        if self.calendar_controller is not None:
            if outcome.succeeded and self.session is not None and self.session.is_demo:
                self.calendar_controller.go_to_working_day()
            self.calendar_controller.refresh()
        if self.appointment_actions is not None:
            self.appointment_actions.refresh_state()
        self._update_status()

    def _update_status(self) -> None:
        session = self.session
        if session is None or session.closed:
            return
        try:
            counts = outbox_service.outbox_counts(session.workspace)
            conflicts = ui_support_account.open_sync_conflict_count(session.workspace)
            freshness = cache_freshness(session.workspace)
        except ServiceError as error:
            self._show_message(error.message)
            return
        self.status_panel.set_outbox(counts.waiting, counts.failed, conflicts)
        self.status_panel.set_last_synced(freshness.last_synced_at)

    def _account_changed(self, api_key: str, server: str) -> None:
        if self.session is None or self.sync_controller is None:
            return
        try:
            fresh = open_account_session(self.session.workspace, api_key, server or None)
        except ServiceError as error:
            self._show_message(error.message)
            return
        self.session.adapter = fresh.adapter
        self.sync_controller.replace_adapter(fresh.adapter)
        self.sync_controller.sync_now()

    def _show_message(self, text: str) -> None:
        if text:
            self.statusBar().showMessage(text, 10_000)
        else:
            self.statusBar().clearMessage()

    def _about(self) -> None:
        session = self.session
        dialog = AboutDialog(
            data_dir=session.workspace.data_dir if session else None,
            demo=bool(session and session.is_demo),
            parent=self,
        )
        dialog.exec()
        dialog.deleteLater()

    def _sync_once_painted(self, sync: SyncController) -> None:
        """Start syncing right after the calendar's first paint (at once when the window is not shown).

        The first run makes the connection to the server (httpx, TLS): work the calendar, already
        read from the cache, need not wait for. A window that is shown but never paints (minimised)
        starts after FIRST_SYNC_LATEST_MS.
        """
        self._first_sync = sync
        if self.calendar_view.isVisible():
            QTimer.singleShot(FIRST_SYNC_LATEST_MS, self._start_first_sync)
        else:
            self._start_first_sync()

    def _start_first_sync(self) -> None:
        sync, self._first_sync = self._first_sync, None
        if sync is not None and sync is self.sync_controller:
            sync.start_background()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """The calendar's first paint starts the first sync; its first paint of appointments is logged.

        That log line is the start-up figure support asks for (and the cold-start benchmark reads).
        """
        if event.type() == QEvent.Type.Paint:
            if self._first_sync is not None:
                QTimer.singleShot(0, self._start_first_sync)  # once this paint has finished
            if not self._first_paint_reported and self.calendar_view.content().entries:
                self._first_paint_reported = True
                shown = len(self.calendar_view.content().entries)
                ui_log.info("calendar painted with %d appointments", shown)
                self.calendarFirstPainted.emit(shown)
            if self._first_paint_reported:
                self.calendar_view.viewport().removeEventFilter(self)
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            # The system switched between light and dark: redraw the glyphs in the new text colour.
            self.window_actions.refresh_icons(self.palette().windowText().color())
        super().changeEvent(event)

    # --- layout and closing ------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        geometry = self.ui_settings.window_geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.ui_settings.window_state()
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.ui_settings.set_window_layout(self.saveGeometry(), self.saveState())
        self._push_timer.stop()
        event.accept()
        self.closing.emit()

    async def shutdown(self) -> None:
        """Stop syncing, close the connection, the cache and (for the demo) the sandbox."""
        self._push_timer.stop()
        if self.sync_controller is not None:
            await self.sync_controller.aclose()
        if self.session is not None:
            self.session.close()

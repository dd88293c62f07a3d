"""Drives the `CalendarView` from the cache: which day, which practitioners, refreshes, drags.

It reads through `calendar_service` and hands `CalendarContent` to the view (which keeps selection
and scroll position across refreshes), keeps the current-time line moving, and commits drags with
`CalendarMoveCommitter`. Booking, editing and cancelling open GUI-B's dialogs and actions, so those
requests are passed on as signals for the main window.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject, QPoint, QTimer, Signal

from app.domain.entities import Practitioner
from app.domain.timezones import business_zone
from app.log import ui_log
from app.services import calendar_service, directory_service
from app.services.errors import ServiceError
from app.services.workspace import ClinicWorkspace
from app.ui.calendar.calendar_builder import build_day_content, build_week_content
from app.ui.calendar.calendar_model import CalendarContent
from app.ui.calendar.calendar_view import CalendarView
from app.ui.calendar_moves import CalendarMoveCommitter
from app.ui.calendar_navigation import (
    WEEK_DAYS,
    default_scroll_time,
    display_hours,
    first_shown_day,
    stepped,
    title_for,
    visible_range,
)
from app.ui.domain_text import error_text
from app.ui.ui_settings import CalendarMode, UiSettings

NOW_LINE_INTERVAL_MS = 30_000
REFRESH_DELAY_MS = 250


class CalendarController(QObject):
    """The calendar's state (day, mode, filter, slot size) and its link to the cache."""

    titleChanged = Signal(str)  # noqa: N815
    dateChanged = Signal(object)  # noqa: N815 (the shown date)
    modeChanged = Signal(str)  # noqa: N815
    practitionersChanged = Signal(object)  # noqa: N815 (tuple of active Practitioners)
    contentRefreshed = Signal()  # noqa: N815
    appointmentsChanged = Signal()  # noqa: N815 (a drag wrote something)
    statusMessage = Signal(str)  # noqa: N815
    # What GUI-B's dialogs and actions answer (the main window connects them).
    bookingRequested = Signal(str, object)  # noqa: N815 (practitioner id or "", start)
    editRequested = Signal(str)  # noqa: N815
    cancelRequested = Signal(str)  # noqa: N815
    selectionChanged = Signal(object)  # noqa: N815 (id or None)
    contextMenuRequested = Signal(str, QPoint)  # noqa: N815

    def __init__(
        self,
        workspace: ClinicWorkspace,
        view: CalendarView,
        settings: UiSettings,
        *,
        committer: CalendarMoveCommitter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._view = view
        self._settings = settings
        self.committer = committer or CalendarMoveCommitter(workspace, parent=view)
        self._mode = settings.calendar_mode()
        self._hidden = settings.hidden_practitioners()
        self._practitioners: tuple[Practitioner, ...] = ()
        self._zone: ZoneInfo = business_zone(None)
        self._day = self._today()
        self._business_known = False
        self._navigated = False
        self._scroll_pending = True
        # The way the user last moved (1 forward, -1 back): the window read ahead lies that way.
        self._step = 1
        #: Read the next window while idle (see `calendar_service.prefetch_calendar_window`).
        self.read_ahead = True
        view.set_slot_minutes(settings.slot_minutes())
        view.set_show_cancelled(settings.show_cancelled())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._now_timer = QTimer(self)
        self._now_timer.setInterval(NOW_LINE_INTERVAL_MS)
        self._now_timer.timeout.connect(self._tick)
        self._now_timer.start()
        # Zero delay: it runs as soon as the event loop is idle, after the new week has painted.
        self._read_ahead_timer = QTimer(self)
        self._read_ahead_timer.setSingleShot(True)
        self._read_ahead_timer.setInterval(0)
        self._read_ahead_timer.timeout.connect(self._read_next_window)
        self._connect_view()

    def _connect_view(self) -> None:
        view = self._view
        view.moveRequested.connect(self._on_move)
        view.resizeRequested.connect(self._on_resize)
        view.emptySlotClicked.connect(self._on_empty_slot)
        view.appointmentActivated.connect(self.editRequested)
        view.cancelRequested.connect(self.cancelRequested)
        view.newRequested.connect(self.request_new_booking)
        view.todayRequested.connect(self.go_today)
        view.selectionChanged.connect(self.selectionChanged)
        view.contextMenuRequested.connect(self.contextMenuRequested)

    # --- state -------------------------------------------------------------------------------------

    @property
    def view(self) -> CalendarView:
        return self._view

    def day(self) -> date:
        """The date the calendar is on (in Week view, any day of the shown week)."""
        return self._day

    def mode(self) -> CalendarMode:
        """Day or Week."""
        return self._mode

    def zone(self) -> ZoneInfo:
        """The business's time zone (the calendar's rows are its wall-clock times)."""
        return self._zone

    def practitioners(self) -> tuple[Practitioner, ...]:
        """Every active practitioner (the filter's choices)."""
        return self._practitioners

    def hidden_practitioners(self) -> frozenset[str]:
        """Practitioner ids the filter hides."""
        return self._hidden

    def shown_practitioners(self) -> tuple[Practitioner, ...]:
        """The practitioners whose appointments are shown."""
        return tuple(p for p in self._practitioners if p.id not in self._hidden)

    def title(self) -> str:
        """The date line, e.g. "Monday 23 November 2026"."""
        return title_for(self._mode, self._day)

    def visible_window(self) -> tuple[datetime, datetime]:
        """UTC bounds of what is shown (the sync pulls this window first)."""
        return visible_range(self._mode, self._day, self._zone)

    # --- navigation and display options ------------------------------------------------------------

    def go_to(self, day: date) -> None:
        """Show `day` (in Week view: its week)."""
        self._navigated = True
        if day == self._day:
            return
        self._day = day  # the scroll position stays: the same hours of another day
        self.dateChanged.emit(day)
        self.titleChanged.emit(self.title())
        self.refresh()

    def go_today(self) -> None:
        """Show today (in the business's zone), scrolled to the current time."""
        self._scroll_pending = True
        self.go_to(self._today())
        self._scroll_if_pending()

    def go_previous(self) -> None:
        """One day (or week) back."""
        self._step = -1
        self.go_to(stepped(self._mode, self._day, -1))

    def go_next(self) -> None:
        """One day (or week) forward."""
        self._step = 1
        self.go_to(stepped(self._mode, self._day, 1))

    def set_mode(self, mode: CalendarMode) -> None:
        """Day or Week."""
        if mode == self._mode:
            return
        self._mode = mode
        self._settings.set_calendar_mode(mode)
        self.modeChanged.emit(mode.value)
        self.titleChanged.emit(self.title())
        self.refresh()

    def set_hidden_practitioners(self, ids: frozenset[str]) -> None:
        """Hide these practitioners' columns (Day) or appointments (Week)."""
        ids = frozenset(ids)
        if ids == self._hidden:
            return
        self._hidden = ids
        self._settings.set_hidden_practitioners(ids)
        self.refresh()

    def set_show_cancelled(self, show: bool) -> None:
        """Show or hide cancelled appointments."""
        self._settings.set_show_cancelled(show)
        self._view.set_show_cancelled(show)

    def set_slot_minutes(self, minutes: int) -> None:
        """Calendar slot size (5/10/15/30 min)."""
        self._settings.set_slot_minutes(minutes)
        self._view.set_slot_minutes(minutes)

    # --- reading the cache -------------------------------------------------------------------------

    def schedule_refresh(self) -> None:
        """Refresh soon (many reports in a burst, e.g. sync pages, make one read)."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Read the shown range from the cache and show it (selection and scroll are kept)."""
        self._refresh_timer.stop()
        try:
            content = self._read_content()
        except ServiceError as error:
            ui_log.warning("calendar refresh failed: %s", error.message)
            self.statusMessage.emit(error_text(error))
            return
        self._view.set_content(content)
        self._view.set_now(self._workspace.now())
        self._scroll_if_pending()
        self.contentRefreshed.emit()
        if self.read_ahead:
            self._read_ahead_timer.start()

    def _read_content(self) -> CalendarContent:
        start, end = self.visible_window()
        hidden = self._hidden
        known: Sequence[Practitioner] = self._practitioners
        if hidden and not known:
            # At start-up the filter (kept as hidden ids) is known before the practitioners are: ask
            # who they are rather than read every practitioner's week (10x the rows for 12 of 120).
            known = directory_service.practitioners(self._workspace)
        chosen = _chosen_ids(known, hidden)
        data = calendar_service.calendar_window(self._workspace, start, end, chosen)
        first_business = not self._business_known and data.business is not None
        if first_business or data.zone != self._zone:
            # The first sync brought the business: its zone decides what "today" is and the range.
            self._business_known = data.business is not None
            self._zone = data.zone
            if not self._navigated:
                self._day = self._today()
                self._scroll_pending = True
                self.dateChanged.emit(self._day)
                self.titleChanged.emit(self.title())
            if self.visible_window() != (start, end):  # the zone or "today" moved the range
                start, end = self.visible_window()
                data = calendar_service.calendar_window(self._workspace, start, end, chosen)
        if data.practitioners != self._practitioners:
            self._practitioners = data.practitioners
            self.practitionersChanged.emit(data.practitioners)
        shown = [p for p in data.practitioners if p.id not in hidden]
        first = first_shown_day(self._mode, self._day)
        days = [first] if self._mode == CalendarMode.DAY else [first + timedelta(d) for d in range(WEEK_DAYS)]
        day_start, day_end = display_hours(data.business, data.appointments, data.zone, days)
        common = {
            "zone": data.zone,
            "practitioners": shown,
            "appointments": data.appointments,
            "types": data.appointment_types,
            "blocks": data.blocks,
            "pending_ids": data.pending_ids,
            "day_start": day_start,
            "day_end": day_end,
        }
        if self._mode == CalendarMode.DAY:
            return build_day_content(day=first, **common)
        return build_week_content(first_day=first, **common)

    def _read_next_window(self) -> None:
        """Read the window one step on, the way the user last moved, so that the step costs no query."""
        start, end = visible_range(self._mode, stepped(self._mode, self._day, self._step), self._zone)
        try:
            calendar_service.prefetch_calendar_window(
                self._workspace, start, end, _chosen_ids(self._practitioners, self._hidden)
            )
        except ServiceError as error:  # only a convenience: the step reads it again, and says why
            ui_log.info("calendar read-ahead skipped: %s", error.message)

    def _scroll_if_pending(self) -> None:
        if not self._scroll_pending or not self._view.content().columns:
            return
        self._scroll_pending = False
        self._view.scroll_to_time(
            default_scroll_time(self._mode, self._day, self._workspace.now(), self._zone)
        )

    def go_to_working_day(self) -> bool:
        """If the user has not moved yet and today has no appointments, show the next day within a week
        that has some (the demo does this after its first sync, so it never opens on an empty Sunday).
        """
        if self._navigated:
            return False
        today = self._today()
        start = visible_range(CalendarMode.DAY, today, self._zone)[0]
        data = calendar_service.calendar_window(
            self._workspace, start, start + timedelta(days=WEEK_DAYS), include_cancelled=False
        )
        days = sorted({a.starts_at.astimezone(self._zone).date() for a in data.appointments})
        if not days or days[0] == today:
            return False
        self._scroll_pending = True  # to the start of that day, not to today's current time
        self.go_to(days[0])
        self.statusMessage.emit(self.tr("Nothing is booked today; showing the next day with appointments."))
        return True

    def _today(self) -> date:
        return self._workspace.now().astimezone(self._zone).date()

    def _tick(self) -> None:
        self._view.set_now(self._workspace.now())

    # --- answering the view ------------------------------------------------------------------------

    def _column_practitioner(self, column_key: str) -> str | None:
        for column in self._view.content().columns:
            if column.key == column_key:
                return column.practitioner_id
        return None

    def _on_move(self, appointment_id: str, column_key: str, starts_at: datetime, ends_at: datetime) -> None:
        practitioner_id = self._column_practitioner(column_key)
        if self.committer.move(appointment_id, practitioner_id, starts_at, ends_at):
            self._after_write(appointment_id)

    def _on_resize(self, appointment_id: str, ends_at: datetime) -> None:
        if self.committer.resize(appointment_id, ends_at):
            self._after_write(appointment_id)

    def _after_write(self, appointment_id: str) -> None:
        self.refresh()
        self._view.select_appointment(appointment_id)
        self.appointmentsChanged.emit()

    def _on_empty_slot(self, column_key: str, starts_at: datetime) -> None:
        practitioner_id = self._column_practitioner(column_key) or self._only_practitioner()
        self.bookingRequested.emit(practitioner_id or "", starts_at)

    def _only_practitioner(self) -> str | None:
        shown = self.shown_practitioners()
        return shown[0].id if len(shown) == 1 else None

    def request_new_booking(self) -> None:
        """Ctrl+N: a booking at the next slot (today) or at 9:00 on the shown day, for the selected
        appointment's practitioner (or the only one shown)."""
        practitioner_id = self._only_practitioner() or ""
        selected = self._view.selected_appointment_id()
        if selected is not None:
            placement = self._view.calendar_layout.by_id.get(selected)
            column = self._column_practitioner(placement.entry.column_key) if placement else None
            practitioner_id = column or practitioner_id
        now = self._workspace.now()
        local_now = now.astimezone(self._zone)
        slot = timedelta(minutes=self._view.slot_minutes())
        if local_now.date() == self._day:
            midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
            steps = -(-(local_now - midnight) // slot)  # the next slot boundary, rounding up
            starts_at = (midnight + steps * slot).astimezone(now.tzinfo)
        else:
            starts_at = datetime.combine(self._day, time(9), self._zone)
            starts_at = starts_at.astimezone(now.tzinfo)
        self.bookingRequested.emit(practitioner_id, starts_at)


def _chosen_ids(known: Sequence[Practitioner], hidden: frozenset[str]) -> list[str] | None:
    """The practitioner ids a window read asks for: None (everyone) when none is hidden or none known."""
    return None if not hidden or not known else [p.id for p in known if p.id not in hidden]

"""The main window's own actions (navigation, view, sync, settings) and its menus and toolbars.

Ctrl+N and T belong to the calendar (it emits `newRequested` / `todayRequested` when it has focus),
so the New and Today actions show those keys in the menu without registering window shortcuts that
would steal them. The other shortcuts use modifiers the calendar ignores.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStyle,
    QToolBar,
    QToolButton,
    QWidget,
)

from app.ui.app_icon import arrow_glyph
from app.ui.calendar.calendar_model import SLOT_MINUTES_CHOICES
from app.ui.calendar_navigation import title_for
from app.ui.calendar_toolbar_widgets import DatePickerButton, PractitionerFilterButton
from app.ui.ui_settings import CalendarMode


def _action(parent: QObject, text: str, accessible: str | None = None, tip: str | None = None) -> QAction:
    action = QAction(text, parent)
    # Accessible names of toolbar buttons come from the action's text; strip the "…" and hints.
    action.setIconText(accessible or text.split("\t", 1)[0].replace("…", "").replace("&", ""))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    return action


class WindowActions(QObject):
    """Every action of the main window that is not about one appointment (GUI-B provides those)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()
        self.sync_now = _action(
            self, self.tr("&Sync now"), tip=self.tr("Send local changes and fetch the latest")
        )
        self.sync_now.setShortcut(QKeySequence.StandardKey.Refresh)
        self.sync_now.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_BrowserReload))
        self.unsent_changes = _action(
            self,
            self.tr("&Unsent changes…"),
            tip=self.tr("Changes not yet on the server, and sync conflicts"),
        )
        self.settings = _action(self, self.tr("S&ettings…"))
        self.settings.setShortcut(QKeySequence.StandardKey.Preferences)
        self.settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.quit = _action(self, self.tr("&Quit"))
        self.quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.today = _action(self, self.tr("&Today") + "\tT", tip=self.tr("Show today (T)"))
        self.previous = _action(self, self.tr("&Previous"), tip=self.tr("Previous day or week (Alt+Left)"))
        self.previous.setShortcut(QKeySequence.StandardKey.Back)

        self.next = _action(self, self.tr("&Next"), tip=self.tr("Next day or week (Alt+Right)"))
        self.next.setShortcut(QKeySequence.StandardKey.Forward)

        self.refresh_icons(window.palette().windowText().color())
        self.day_view = _action(self, self.tr("&Day"), tip=self.tr("One column per practitioner (Ctrl+1)"))
        self.day_view.setShortcut(QKeySequence("Ctrl+1"))
        self.week_view = _action(self, self.tr("&Week"), tip=self.tr("One column per day (Ctrl+2)"))
        self.week_view.setShortcut(QKeySequence("Ctrl+2"))
        self.mode_group = QActionGroup(self)
        for action in (self.day_view, self.week_view):
            action.setCheckable(True)
            self.mode_group.addAction(action)
        self.show_cancelled = _action(
            self, self.tr("Show &cancelled"), tip=self.tr("Show cancelled appointments")
        )
        self.show_cancelled.setCheckable(True)
        self.slot_group = QActionGroup(self)
        self.slot_actions: dict[int, QAction] = {}
        for minutes in SLOT_MINUTES_CHOICES:
            action = _action(self, self.tr("%1 minutes").replace("%1", str(minutes)))
            action.setCheckable(True)
            action.setData(minutes)
            self.slot_group.addAction(action)
            self.slot_actions[minutes] = action

        self.new_appointment = _action(self, self.tr("&New appointment…") + "\tCtrl+N")
        self.find_free_slot = _action(
            self, self.tr("&Find next free slot…"), tip=self.tr("The earliest time an appointment type fits")
        )
        self.about = _action(self, self.tr("&About Frontdesk"))
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

        # Toolbar widgets.
        self.date_picker = DatePickerButton(window)
        self.date_label = QLabel(window)
        self.date_label.setObjectName("CalendarDateLabel")
        self.date_label.setAccessibleName(self.tr("Date shown"))
        font = self.date_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.date_label.setFont(font)
        # Wide enough for the longest date line, so the toolbar does not jump from day to day.
        longest = title_for(CalendarMode.DAY, date(2026, 9, 30))
        self.date_label.setMinimumWidth(self.date_label.fontMetrics().horizontalAdvance(longest) + 16)
        self.practitioner_filter = PractitionerFilterButton(window)
        self.slot_size = QComboBox(window)
        self.slot_size.setObjectName("SlotSizeBox")
        self.slot_size.setAccessibleName(self.tr("Slot size"))
        self.slot_size.setToolTip(self.tr("Calendar slot size"))
        for minutes in SLOT_MINUTES_CHOICES:
            self.slot_size.addItem(self.tr("%1 min").replace("%1", str(minutes)), minutes)

    def refresh_icons(self, text_color: QColor) -> None:
        """Draw the arrows in the palette's text colour (again when light/dark mode changes)."""
        self.previous.setIcon(arrow_glyph(text_color, -1))
        self.next.setIcon(arrow_glyph(text_color, 1))

    def session_actions(self) -> list[QAction]:
        """The actions that need an open clinic (disabled on the first-run screen)."""
        # Settings too: they belong to a clinic (its key, server, buffer); before one is open the
        # first-run screen is where a key goes, and the language follows the system's.
        return [
            self.settings,
            self.sync_now,
            self.unsent_changes,
            self.today,
            self.previous,
            self.next,
            self.day_view,
            self.week_view,
            self.show_cancelled,
            self.new_appointment,
            self.find_free_slot,
            *self.slot_actions.values(),
        ]

    def set_session_enabled(self, enabled: bool) -> None:
        """Enable what needs an open clinic."""
        for action in self.session_actions():
            action.setEnabled(enabled)
        for widget in (self.date_picker, self.practitioner_filter, self.slot_size):
            widget.setEnabled(enabled)

    def set_mode(self, mode: CalendarMode) -> None:
        """Check Day or Week."""
        (self.day_view if mode == CalendarMode.DAY else self.week_view).setChecked(True)

    def set_slot_minutes(self, minutes: int) -> None:
        """Show the slot size in the menu and the combo box."""
        self.slot_actions[minutes].setChecked(True)
        index = self.slot_size.findData(minutes)
        if index >= 0 and index != self.slot_size.currentIndex():
            self.slot_size.setCurrentIndex(index)

    def build_menus(self, window: QMainWindow, appointment_actions: Sequence[QAction]) -> QMenu:
        """File, View, Appointment and Help; returns the Appointment menu."""
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.sync_now, self.unsent_changes])
        file_menu.addSeparator()
        file_menu.addAction(self.settings)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.day_view, self.week_view])
        view_menu.addSeparator()
        view_menu.addActions([self.today, self.previous, self.next])
        view_menu.addSeparator()
        slot_menu = view_menu.addMenu(self.tr("S&lot size"))
        slot_menu.addActions(list(self.slot_actions.values()))
        view_menu.addAction(self.show_cancelled)
        appointment_menu = bar.addMenu(self.tr("&Appointment"))
        appointment_menu.addActions([self.new_appointment, self.find_free_slot])
        if appointment_actions:
            appointment_menu.addSeparator()
            appointment_menu.addActions(list(appointment_actions))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)
        return appointment_menu

    def build_toolbars(
        self, window: QMainWindow, appointment_actions: Sequence[QAction]
    ) -> tuple[QToolBar, QToolBar]:
        """The calendar toolbar (navigation and view) and the appointment toolbar (actions, sync)."""
        calendar_bar = QToolBar(self.tr("Calendar"), window)
        calendar_bar.setObjectName("CalendarToolBar")
        calendar_bar.setAccessibleName(self.tr("Calendar toolbar"))
        calendar_bar.setMovable(False)
        calendar_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        calendar_bar.addAction(self.today)
        calendar_bar.addAction(self.previous)
        calendar_bar.addAction(self.next)
        calendar_bar.addWidget(self.date_picker)
        calendar_bar.addSeparator()
        calendar_bar.addWidget(self.date_label)
        calendar_bar.addSeparator()
        calendar_bar.addAction(self.day_view)
        calendar_bar.addAction(self.week_view)
        calendar_bar.addWidget(self.practitioner_filter)
        calendar_bar.addWidget(self.slot_size)
        calendar_bar.addAction(self.show_cancelled)
        for action in (self.previous, self.next):
            # Arrows alone in the toolbar; the menu keeps their words.
            button = calendar_bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, calendar_bar)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        appointment_bar = QToolBar(self.tr("Appointment"), window)
        appointment_bar.setObjectName("AppointmentToolBar")
        appointment_bar.setAccessibleName(self.tr("Appointment toolbar"))
        appointment_bar.setMovable(False)
        appointment_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        appointment_bar.addAction(self.new_appointment)
        appointment_bar.addAction(self.find_free_slot)
        if appointment_actions:
            appointment_bar.addSeparator()
            appointment_bar.addActions(list(appointment_actions))
        spacer = QWidget(appointment_bar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        appointment_bar.addWidget(spacer)
        appointment_bar.addAction(self.sync_now)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, appointment_bar)
        return calendar_bar, appointment_bar

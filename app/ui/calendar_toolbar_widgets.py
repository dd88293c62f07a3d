"""Two toolbar buttons with pop-ups: a date picker (QCalendarWidget) and the practitioner filter."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QMenu, QToolButton, QWidget, QWidgetAction

from app.domain.entities import Practitioner
from app.ui.app_icon import calendar_glyph


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _hide_menu_arrow(button: QToolButton) -> None:
    # Some styles tuck a tiny arrow under the text of a pop-up button; the filter's text ends in its
    # own arrow instead. Only the indicator is styled, so the button keeps the palette's colours.
    button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0px; }")


class DatePickerButton(QToolButton):
    """A toolbar button that pops up a month calendar; picking a day emits `datePicked`."""

    datePicked = Signal(object)  # noqa: N815 (a datetime.date)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DatePickerButton")
        self.setText(self.tr("Go to date…"))
        self.setAccessibleName(self.tr("Go to date"))
        self.setToolTip(self.tr("Pick a date to show"))
        self.setIcon(calendar_glyph(self.palette().windowText().color()))
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        _hide_menu_arrow(self)
        self._menu = QMenu(self)
        self.calendar = QCalendarWidget(self._menu)
        self.calendar.setObjectName("DatePickerCalendar")
        self.calendar.setAccessibleName(self.tr("Month calendar"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        holder = QWidgetAction(self._menu)
        holder.setDefaultWidget(self.calendar)
        self._menu.addAction(holder)
        self.setMenu(self._menu)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.PaletteChange:
            # Light or dark: redraw the glyph in the new text colour.
            self.setIcon(calendar_glyph(self.palette().windowText().color()))
        super().changeEvent(event)

    def set_date(self, day: date) -> None:
        """Show `day` as the selected date when the pop-up opens."""
        self.calendar.setSelectedDate(_qdate(day))

    def _picked(self, picked: QDate) -> None:
        self._menu.hide()
        self.datePicked.emit(date(picked.year(), picked.month(), picked.day()))


class PractitionerFilterButton(QToolButton):
    """A toolbar button with a checkable menu of practitioners; emits the ids to hide."""

    hiddenChanged = Signal(object)  # noqa: N815 (frozenset of hidden practitioner ids)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PractitionerFilterButton")
        self.setAccessibleName(self.tr("Practitioner filter"))
        self.setToolTip(self.tr("Choose whose appointments are shown"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        _hide_menu_arrow(self)
        self._menu = QMenu(self)
        self.setMenu(self._menu)
        self._practitioners: tuple[Practitioner, ...] = ()
        self._hidden: frozenset[str] = frozenset()
        self._actions: dict[str, QAction] = {}
        self._rebuild()

    def set_practitioners(self, practitioners: Sequence[Practitioner], hidden: frozenset[str]) -> None:
        """The choices and which are hidden."""
        self._practitioners = tuple(practitioners)
        self._hidden = frozenset(hidden)
        self._rebuild()

    def hidden(self) -> frozenset[str]:
        """The ids the filter hides."""
        return self._hidden

    def practitioner_action(self, practitioner_id: str) -> QAction:
        """The menu item of one practitioner (for tests and keyboard use)."""
        return self._actions[practitioner_id]

    def _rebuild(self) -> None:
        self._menu.clear()
        self._actions.clear()
        show_all = self._menu.addAction(self.tr("Show everyone"))
        show_all.triggered.connect(lambda: self._set_hidden(frozenset()))
        self._menu.addSeparator()
        for practitioner in self._practitioners:
            action = self._menu.addAction(practitioner.display_name)
            action.setCheckable(True)
            action.setChecked(practitioner.id not in self._hidden)
            action.toggled.connect(lambda on, pid=practitioner.id: self._toggle(pid, on))
            self._actions[practitioner.id] = action
        self._update_text()

    def _toggle(self, practitioner_id: str, shown: bool) -> None:
        hidden = self._hidden - {practitioner_id} if shown else self._hidden | {practitioner_id}
        if self._practitioners and not {p.id for p in self._practitioners} - hidden:
            # Hiding everyone leaves an empty page nobody wants: keep the last one shown.
            self._actions[practitioner_id].setChecked(True)
            return
        self._set_hidden(hidden)

    def _set_hidden(self, hidden: frozenset[str]) -> None:
        if hidden == self._hidden:
            return
        self._hidden = hidden
        for pid, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(pid not in hidden)
            action.blockSignals(False)
        self._update_text()
        self.hiddenChanged.emit(hidden)

    def _update_text(self) -> None:
        known = {p.id for p in self._practitioners}
        shown = len(known - self._hidden)
        if not self._practitioners or shown == len(known):
            text = self.tr("All practitioners")
        elif shown == 1:
            only = next(p for p in self._practitioners if p.id not in self._hidden)
            text = only.display_name
        else:
            text = self.tr("%1 of %2 practitioners").replace("%1", str(shown)).replace("%2", str(len(known)))
        self.setText(f"{text} \N{BLACK DOWN-POINTING SMALL TRIANGLE}")
        self.setAccessibleDescription(text)

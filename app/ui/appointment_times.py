"""How the start, end and type fields of the booking form move together.

Changing the start moves the end with it (the appointment keeps its length). Choosing a type sets
the length to the type's duration, until the user sets the end by hand: from then on the length is
theirs. The length is shown beside the end ("45 min", "1 h 30 min").
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Signal

from app.ui.appointment_form import AppointmentFormPanel

DEFAULT_LENGTH = timedelta(minutes=30)


class AppointmentTimes(QObject):
    """Keeps the end in step with the start and the type; `changed` names the field the user changed."""

    changed = Signal(str)

    def __init__(self, form: AppointmentFormPanel, type_length: Callable[[], timedelta | None]) -> None:
        super().__init__(form)
        self._form = form
        self._type_length = type_length
        self._length = DEFAULT_LENGTH
        self._end_edited = False
        form.start_edit.dateTimeChanged.connect(self._on_start_changed)
        form.end_edit.dateTimeChanged.connect(self._on_end_changed)
        form.type_combo.currentIndexChanged.connect(self._on_type_changed)

    @property
    def end_edited(self) -> bool:
        """Whether the user set the end by hand (the type no longer decides the length)."""
        return self._end_edited

    def load(self, start: datetime, end: datetime | None) -> None:
        """Show `start` and `end` (None: start plus the type's duration) without counting as user edits."""
        type_length = self._type_length()
        end = end if end is not None else start + (type_length or DEFAULT_LENGTH)
        for edit in (self._form.start_edit, self._form.end_edit):
            edit.blockSignals(True)
        self._form.set_start(start)
        self._form.set_end(end)
        for edit in (self._form.start_edit, self._form.end_edit):
            edit.blockSignals(False)
        self._length = self._form.ends_at() - self._form.starts_at()
        self._end_edited = type_length is not None and type_length != end - start
        self._update_length_label()

    def _on_start_changed(self) -> None:
        self._set_end_from_length()
        self.changed.emit("starts_at")

    def _on_end_changed(self) -> None:
        self._end_edited = True
        self._length = self._form.ends_at() - self._form.starts_at()
        self._update_length_label()
        self.changed.emit("ends_at")

    def _on_type_changed(self) -> None:
        length = self._type_length()
        if length is not None and not self._end_edited:
            self._length = length
            self._set_end_from_length()
        self.changed.emit("appointment_type")

    def _set_end_from_length(self) -> None:
        end_edit = self._form.end_edit
        end_edit.blockSignals(True)
        end_edit.setDateTime(self._form.start_edit.dateTime().addSecs(int(self._length.total_seconds())))
        end_edit.blockSignals(False)
        self._update_length_label()

    def _update_length_label(self) -> None:
        minutes = int(self._length.total_seconds() // 60)
        if minutes <= 0:
            text = ""
        elif minutes < 60:
            text = self.tr("%n min", "", minutes)
        else:
            hours, rest = divmod(minutes, 60)
            text = self.tr("%n h", "", hours) + (" " + self.tr("%n min", "", rest) if rest else "")
        self._form.set_hint(self._form.duration_label, text)

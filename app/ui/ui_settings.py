"""Per-user display preferences kept in QSettings: slot size, view, filter, language, window geometry.

Settings that change what services decide (buffer, join window) live in the cache instead
(`app.services.settings`), so the command line agrees with the GUI. Tests pass their own QSettings
(an INI file in a temporary folder) so they never touch the user's real preferences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QByteArray, QSettings

from app import APP_NAME
from app.ui.calendar.calendar_model import SLOT_MINUTES_CHOICES

DEFAULT_SLOT_MINUTES = 15


class CalendarMode(StrEnum):
    """The calendar's two views."""

    DAY = "day"
    WEEK = "week"


@dataclass(frozen=True, slots=True)
class LanguageChoice:
    """A language the user may pick; `code` "" follows the system."""

    code: str
    # The language's own name, so a user lost in a foreign UI can still find theirs.
    native_name: str


# `translations_loader.install_translations` applies the choice when the application starts.
LANGUAGES: tuple[LanguageChoice, ...] = (
    LanguageChoice("", "System default"),
    LanguageChoice("en", "English"),
    LanguageChoice("de", "Deutsch"),
    LanguageChoice("fr", "Français"),
    LanguageChoice("es", "Español"),
)

_SLOT = "calendar/slot_minutes"
_MODE = "calendar/mode"
_SHOW_CANCELLED = "calendar/show_cancelled"
_HIDDEN = "calendar/hidden_practitioners"
_LANGUAGE = "ui/language"
_GEOMETRY = "window/geometry"
_STATE = "window/state"


class UiSettings:
    """Typed access to the QSettings store; unreadable values fall back to defaults."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings(APP_NAME, APP_NAME)

    @property
    def store(self) -> QSettings:
        """The underlying QSettings (for `sync()` in tests)."""
        return self._store

    def slot_minutes(self) -> int:
        """Calendar slot size: 5, 10, 15 or 30 minutes."""
        value = _as_int(self._store.value(_SLOT), DEFAULT_SLOT_MINUTES)
        return value if value in SLOT_MINUTES_CHOICES else DEFAULT_SLOT_MINUTES

    def set_slot_minutes(self, minutes: int) -> None:
        """Store the slot size (one of SLOT_MINUTES_CHOICES)."""
        if minutes not in SLOT_MINUTES_CHOICES:
            raise ValueError(f"slot size must be one of {SLOT_MINUTES_CHOICES}")
        self._store.setValue(_SLOT, minutes)

    def calendar_mode(self) -> CalendarMode:
        """Day or Week."""
        try:
            return CalendarMode(str(self._store.value(_MODE, CalendarMode.DAY.value)))
        except ValueError:
            return CalendarMode.DAY

    def set_calendar_mode(self, mode: CalendarMode) -> None:
        """Store the view mode."""
        self._store.setValue(_MODE, mode.value)

    def show_cancelled(self) -> bool:
        """Whether cancelled appointments are drawn."""
        return _as_bool(self._store.value(_SHOW_CANCELLED), default=True)

    def set_show_cancelled(self, show: bool) -> None:
        """Store the show-cancelled toggle."""
        self._store.setValue(_SHOW_CANCELLED, bool(show))

    def hidden_practitioners(self) -> frozenset[str]:
        """Practitioner ids the filter hides (stored as hidden, so new practitioners show up)."""
        value = self._store.value(_HIDDEN)
        if isinstance(value, str):
            return frozenset(item for item in value.split(",") if item)
        if isinstance(value, list):
            return frozenset(str(item) for item in value if item)
        return frozenset()

    def set_hidden_practitioners(self, ids: Sequence[str] | frozenset[str]) -> None:
        """Store the practitioner filter."""
        self._store.setValue(_HIDDEN, ",".join(sorted(ids)))

    def language(self) -> str:
        """The chosen language code ("" = follow the system)."""
        value = str(self._store.value(_LANGUAGE, "") or "")
        return value if value in {choice.code for choice in LANGUAGES} else ""

    def set_language(self, code: str) -> None:
        """Store the language choice (applied at the next start)."""
        if code not in {choice.code for choice in LANGUAGES}:
            raise ValueError(f"unknown language {code!r}")
        self._store.setValue(_LANGUAGE, code)

    def window_geometry(self) -> QByteArray | None:
        """The saved window geometry, if any."""
        value = self._store.value(_GEOMETRY)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_state(self) -> QByteArray | None:
        """The saved toolbar/dock state, if any."""
        value = self._store.value(_STATE)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_window_layout(self, geometry: QByteArray, state: QByteArray) -> None:
        """Store the window geometry and toolbar state."""
        self._store.setValue(_GEOMETRY, geometry)
        self._store.setValue(_STATE, state)


def _as_int(value: object, default: int) -> int:
    try:
        return int(str(value)) if value is not None else default
    except ValueError:
        return default


def _as_bool(value: object, *, default: bool) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        return value.lower() in ("true", "1", "yes")
    return default

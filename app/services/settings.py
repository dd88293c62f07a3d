"""The clinic's working settings that change what services decide, kept in the cache's meta table.

Stored in the cache (not a per-user settings file) so the GUI and the `frontdesk` commands working on
the same data folder agree: a buffer set in the GUI also applies to `frontdesk book`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.domain.telehealth_link_policy import DEFAULT_JOIN_WINDOW
from app.store.meta import get_meta, set_meta
from app.store.prepared import Executor

BUFFER_KEY = "settings.buffer_minutes"
JOIN_WINDOW_KEY = "settings.join_window_minutes"
STALE_AFTER_KEY = "settings.stale_after_minutes"
SLOT_STEP_KEY = "settings.free_slot_step_minutes"

DEFAULT_STALE_AFTER = timedelta(minutes=5)
DEFAULT_SLOT_STEP = timedelta(minutes=5)
_MAX_MINUTES = 24 * 60


@dataclass(frozen=True, slots=True)
class WorkspaceSettings:
    """Settings with product.md's defaults."""

    # Conflict rule 4: the minimum gap between a practitioner's appointments (0 = off).
    buffer: timedelta = timedelta(0)
    # Join opens this long before the start and stays open until the end.
    join_window: timedelta = DEFAULT_JOIN_WINDOW
    # The cache counts as stale (conflict rule 9) once the last successful sync is older than this.
    stale_after: timedelta = DEFAULT_STALE_AFTER
    # Free-slot starts are aligned to this step on the local clock.
    free_slot_step: timedelta = DEFAULT_SLOT_STEP

    def __post_init__(self) -> None:
        for name in ("buffer", "join_window", "stale_after"):
            if getattr(self, name) < timedelta(0):
                raise ValueError(f"The {name.replace('_', ' ')} cannot be negative.")
        if self.free_slot_step <= timedelta(0):
            raise ValueError("The free-slot step must be more than zero.")


def _minutes(executor: Executor, key: str, default: timedelta) -> timedelta:
    text = get_meta(executor, key)
    if text is None:
        return default
    try:
        minutes = int(text)
    except ValueError:
        return default
    return timedelta(minutes=minutes) if 0 <= minutes <= _MAX_MINUTES else default


def load_settings(executor: Executor) -> WorkspaceSettings:
    """The stored settings, with defaults for any not stored (or stored unreadably)."""
    defaults = WorkspaceSettings()
    step = _minutes(executor, SLOT_STEP_KEY, defaults.free_slot_step)
    return WorkspaceSettings(
        buffer=_minutes(executor, BUFFER_KEY, defaults.buffer),
        join_window=_minutes(executor, JOIN_WINDOW_KEY, defaults.join_window),
        stale_after=_minutes(executor, STALE_AFTER_KEY, defaults.stale_after),
        free_slot_step=step if step > timedelta(0) else defaults.free_slot_step,
    )


def save_settings(executor: Executor, settings: WorkspaceSettings) -> None:
    """Store every setting (whole minutes)."""
    for key, value in (
        (BUFFER_KEY, settings.buffer),
        (JOIN_WINDOW_KEY, settings.join_window),
        (STALE_AFTER_KEY, settings.stale_after),
        (SLOT_STEP_KEY, settings.free_slot_step),
    ):
        set_meta(executor, key, str(int(value.total_seconds() // 60)))

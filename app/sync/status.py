"""What a sync run reports: its phase, its progress, and what it did.

The engine reports through a `SyncObserver` (plain Python; the UI adapts it to Qt signals) and
returns a `SyncSummary` from each run. Nothing here carries a patient's name, a link or a key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from app.log import sync_log


class SyncPhase(StrEnum):
    """Where a sync run is (or how the last one ended)."""

    IDLE = "idle"
    PUSHING = "pushing"
    PULLING = "pulling"
    BACKFILLING = "backfilling"
    OFFLINE = "offline"
    AUTH_FAILED = "auth_failed"
    ERROR = "error"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """Progress within a phase: `done` of `total` (None when the total is not known) `label`s."""

    phase: SyncPhase
    done: int
    total: int | None
    label: str


class SyncObserver(Protocol):
    """Receives the engine's reports, on the event loop's thread."""

    def sync_phase_changed(self, phase: SyncPhase, detail: str | None) -> None:
        """The run entered `phase`; `detail` is a sentence for the status bar (or None)."""
        ...

    def sync_progress(self, progress: SyncProgress) -> None:
        """A page was committed or an outbox entry settled."""
        ...


class ObserverRelay:
    """Calls the observer (if any) and remembers the phase; an observer's bug never stops a sync."""

    def __init__(self, observer: SyncObserver | None) -> None:
        self.observer = observer
        self.phase = SyncPhase.IDLE

    def phase_changed(self, phase: SyncPhase, detail: str | None = None) -> None:
        """Enter `phase` and tell the observer."""
        self.phase = phase
        if self.observer is not None:
            try:
                self.observer.sync_phase_changed(phase, detail)
            except Exception:
                sync_log.exception("The sync observer failed on a phase change")

    def progress(self, done: int, total: int | None, label: str) -> None:
        """Report progress within the current phase."""
        if self.observer is not None:
            try:
                self.observer.sync_progress(SyncProgress(self.phase, done, total, label))
            except Exception:
                sync_log.exception("The sync observer failed on a progress report")


@dataclass(frozen=True, slots=True)
class PushResult:
    """What draining the outbox did."""

    pushed: int = 0
    # Entries refused by the server (kept as failed, with the server's message).
    failed: int = 0
    # Entries stopped because the appointment changed on the server since it was read here.
    conflicts: int = 0
    # Entries left waiting behind an earlier failed or unsettled entry of the same appointment.
    held: int = 0
    # Appointments pushed in this run that the server's own conflict check reports as clashing.
    server_conflicts: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PullResult:
    """What pulling the server's changes did."""

    pulled: int = 0
    skipped_malformed: int = 0
    deleted: int = 0
    # Server changes not applied because the cached row holds local changes not yet pushed.
    skipped_pending: int = 0
    # Records pulled per list, e.g. {"appointments": 120, "appointments:deleted": 2}.
    by_list: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SyncSummary:
    """One run's counts, for the CLI's JSON line and the UI's status bar."""

    pulled: int
    pushed: int
    failed: int
    skipped_malformed: int
    conflicts: int
    deleted: int
    requests: int
    duration_seconds: float

    def to_json(self) -> dict[str, int | float]:
        """The summary as the CLI prints it."""
        return {
            "pulled": self.pulled,
            "pushed": self.pushed,
            "failed": self.failed,
            "skipped": self.skipped_malformed,
            "conflicts": self.conflicts,
            "deleted": self.deleted,
            "requests": self.requests,
            "duration_s": round(self.duration_seconds, 3),
        }

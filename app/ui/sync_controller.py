"""Runs the asyncio sync engine on the Qt loop (qasync) and reports it through Qt signals.

The engine reports through a plain `SyncObserver`; `SyncController` is that observer and re-emits
each report as a signal. Under qasync the event loop's thread is the Qt thread, so the signals are
delivered directly; the engine's cache writes happen on its own writer thread, so the window never
waits on them.

Slots connected to these signals must not open modal dialogs: they run inside an asyncio task, and a
nested event loop there would stop every other task. Show errors in the status bar instead.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from app.log import ui_log
from app.services import sync_service
from app.services.errors import ServerUnreachable, ServiceError, SyncAuthRefused
from app.services.sync_service import RemoteAdapter, SyncPhase, SyncProgress, SyncSummary
from app.services.workspace import ClinicWorkspace
from app.ui.domain_text import error_text

BACKGROUND_INTERVAL_MS = 60_000
# While offline the server is tried more often, so a reconnect is noticed soon.
OFFLINE_RETRY_MS = 15_000
VisibleWindow = Callable[[], tuple[datetime, datetime] | None]


@dataclass(frozen=True, slots=True)
class SyncOutcome:
    """How a run ended: a summary, or the phase it stopped in with the user's sentence."""

    phase: SyncPhase
    summary: SyncSummary | None = None
    message: str | None = None
    # When the server first failed to answer in the current offline stretch (None when it answered).
    offline_since: datetime | None = None

    @property
    def succeeded(self) -> bool:
        return self.summary is not None


class SyncController(QObject):
    """Starts sync runs (on demand, every minute, on reconnect) and turns their reports into signals."""

    # phase: a SyncPhase value; detail: a sentence for the status bar, or "".
    phaseChanged = Signal(str, str)  # noqa: N815
    # done, total (-1: not known yet), label (what is being fetched).
    progress = Signal(int, int)
    progressLabel = Signal(str)  # noqa: N815
    runningChanged = Signal(bool)  # noqa: N815
    finished = Signal(object)  # a SyncOutcome

    def __init__(
        self,
        workspace: ClinicWorkspace,
        adapter: RemoteAdapter,
        *,
        visible_window: VisibleWindow | None = None,
        parent: QObject | None = None,
        interval_ms: int = BACKGROUND_INTERVAL_MS,
        offline_retry_ms: int = OFFLINE_RETRY_MS,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._adapter = adapter
        self._visible_window = visible_window
        self._task: asyncio.Task[SyncOutcome] | None = None
        self._phase = SyncPhase.IDLE
        self._last_outcome: SyncOutcome | None = None
        self._offline_since: datetime | None = None
        self._closed = False
        self._interval_ms = interval_ms
        self._offline_retry_ms = offline_retry_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.sync_now)

    # --- state -------------------------------------------------------------------------------------

    @property
    def phase(self) -> SyncPhase:
        """The phase of the run in progress, or how the last run ended."""
        return self._phase

    @property
    def running(self) -> bool:
        """Whether a run is in progress."""
        return self._task is not None and not self._task.done()

    @property
    def last_outcome(self) -> SyncOutcome | None:
        """How the last finished run ended."""
        return self._last_outcome

    @property
    def offline_since(self) -> datetime | None:
        """When the server first failed to answer in the current offline stretch (None when online)."""
        return self._offline_since

    @property
    def adapter(self) -> RemoteAdapter:
        """The connection the runs use (also for one-off reads such as re-reading an attendee)."""
        return self._adapter

    # --- starting runs -----------------------------------------------------------------------------

    def start_background(self) -> None:
        """Sync now, then again every minute (sooner while offline)."""
        self.sync_now()

    def sync_now(self) -> asyncio.Task[SyncOutcome] | None:
        """Start a run unless one is going (then that one is returned); None once closed."""
        if self._closed:
            return None
        if self.running:
            return self._task
        self._timer.stop()
        self._task = asyncio.get_event_loop().create_task(self._run())
        return self._task

    def reconnected(self) -> asyncio.Task[SyncOutcome] | None:
        """The network came back: sync at once if the last run could not reach the server."""
        if self._phase in (SyncPhase.OFFLINE, SyncPhase.IDLE) or self._offline_since is not None:
            return self.sync_now()
        return None

    def replace_adapter(self, adapter: RemoteAdapter) -> None:
        """Use another connection (a new API key) from the next run; the old one is closed."""
        old, self._adapter = self._adapter, adapter
        if old is not adapter:
            asyncio.get_event_loop().create_task(old.close())

    async def _run(self) -> SyncOutcome:
        self.runningChanged.emit(True)
        window = self._visible_window() if self._visible_window is not None else None
        try:
            summary = await sync_service.run_sync(self._workspace, self._adapter, self, visible_window=window)
        except SyncAuthRefused as error:
            outcome = SyncOutcome(SyncPhase.AUTH_FAILED, message=error_text(error))
        except ServerUnreachable as error:
            outcome = SyncOutcome(SyncPhase.OFFLINE, message=error_text(error))
        except ServiceError as error:
            outcome = SyncOutcome(SyncPhase.ERROR, message=error_text(error))
        except asyncio.CancelledError:
            self.runningChanged.emit(False)
            raise
        except Exception:
            # A bug: the log has the traceback; the user gets a sentence and the app keeps going.
            ui_log.exception("The sync stopped on an unexpected error")
            outcome = SyncOutcome(SyncPhase.ERROR, message=self.tr("An unexpected problem stopped the sync."))
        else:
            outcome = SyncOutcome(SyncPhase.DONE, summary=summary)
        self._finish(outcome)
        return outcome

    def _finish(self, outcome: SyncOutcome) -> None:
        if outcome.phase == SyncPhase.OFFLINE:
            if self._offline_since is None:
                self._offline_since = self._workspace.now()
        elif outcome.phase != SyncPhase.ERROR:
            self._offline_since = None
        outcome = replace(outcome, offline_since=self._offline_since)
        if self._phase != outcome.phase:
            # The engine reports the phase it ended in; a failure before it started (e.g. a refused
            # key caught while building the adapter) is reported here.
            self._phase = outcome.phase
            self.phaseChanged.emit(outcome.phase.value, outcome.message or "")
        self._last_outcome = outcome
        self.runningChanged.emit(False)
        self.finished.emit(outcome)
        if not self._closed:
            offline = outcome.phase == SyncPhase.OFFLINE
            self._timer.start(self._offline_retry_ms if offline else self._interval_ms)

    # --- the engine's observer interface -----------------------------------------------------------

    def sync_phase_changed(self, phase: SyncPhase, detail: str | None) -> None:
        """Observer callback: the run entered `phase`."""
        self._phase = phase
        self.phaseChanged.emit(phase.value, self._phase_detail(phase, detail))

    def _phase_detail(self, phase: SyncPhase, detail: str | None) -> str:
        """The window's own words for the engine's (English) report of a phase."""
        if not detail:
            return ""
        if phase == SyncPhase.BACKFILLING:
            return self.tr("Fetching the rest of the clinic's records.")
        # A failure: the run's outcome (`finished`) follows at once with the failure in the user's
        # language, worded from the error's Reason; the engine's English is not shown meanwhile.
        return ""

    def sync_progress(self, progress: SyncProgress) -> None:
        """Observer callback: a page was committed or an outbox entry settled."""
        self.progress.emit(progress.done, -1 if progress.total is None else progress.total)
        self.progressLabel.emit(progress.label)

    # --- shutting down -----------------------------------------------------------------------------

    async def aclose(self) -> None:
        """Stop the timer, cancel a run in progress (safe anywhere: pages commit whole), close the adapter."""
        if self._closed:
            return
        self._closed = True
        self._timer.stop()
        task = self._task
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self._adapter.close()

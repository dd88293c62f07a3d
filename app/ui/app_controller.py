"""From launch to the calendar: which clinic to open (an account, the demo, or the first-run screen),
and closing everything cleanly when the window closes.

    controller = AppController(LaunchOptions(demo=True))
    exit_code = await controller.run()     # on the qasync loop; returns when the window has closed

Long steps (checking a key against the server, starting the demo server) run as asyncio tasks or on
a worker thread, so the window keeps painting. Errors are shown in the window, never in a modal
dialog opened from inside a task (that would stall every other task).
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation

from app.log import ui_log
from app.services import credentials, ui_support_account
from app.services.errors import CredentialStoreUnavailable, ServiceError
from app.services.workspace import ClinicWorkspace
from app.ui.clinic_session import GUI_MAX_RETRIES, ClinicSession, open_account_session, open_demo_session
from app.ui.domain_text import error_text
from app.ui.main_window import MainWindow
from app.ui.network_watch import ONLINE, watch_reachability
from app.ui.sync_controller import BACKGROUND_INTERVAL_MS
from app.ui.ui_settings import UiSettings

if TYPE_CHECKING:
    from app.services.demo_service import DemoClinic

DemoStarter = Callable[[], "DemoClinic"]

# Set to 1 by packaging/smoke_test.sh: quit (exit 0) once the first populated calendar has painted;
# exit 1 if the window closes before that (start-up failed).
SMOKE_QUIT_ENV = "FRONTDESK_SMOKE_QUIT_AFTER_FIRST_SYNC"


def start_demo_clinic() -> DemoClinic:
    """Seed and start the demo sandbox (imported here: the server stack is only needed for the demo)."""
    from app.services.demo_service import DemoClinic  # noqa: PLC0415

    return DemoClinic.start()


@dataclass(frozen=True, slots=True)
class LaunchOptions:
    """What the command line asked for."""

    demo: bool = False
    data_dir: Path | None = None


class AppController(QObject):
    """Owns the main window and the clinic session it shows."""

    sessionOpened = Signal(object)  # noqa: N815 (the ClinicSession)

    def __init__(
        self,
        options: LaunchOptions,
        *,
        ui_settings: UiSettings | None = None,
        demo_starter: DemoStarter = start_demo_clinic,
        sync_interval_ms: int = BACKGROUND_INTERVAL_MS,
        max_retries: int = GUI_MAX_RETRIES,
    ) -> None:
        super().__init__()
        self._options = options
        self._demo_starter = demo_starter
        self._sync_interval_ms = sync_interval_ms
        self._max_retries = max_retries
        self.window = MainWindow(ui_settings)
        self._closed = asyncio.Event()
        self._tasks: set[asyncio.Task[Any]] = set()
        self._default_workspace: ClinicWorkspace | None = None
        self._busy = False
        self.window.closing.connect(self._closed.set)
        self._smoke_test = os.environ.get(SMOKE_QUIT_ENV) == "1"
        self._calendar_painted = False
        self.window.calendarFirstPainted.connect(self._first_paint)
        first_run = self.window.first_run_view
        first_run.connectRequested.connect(lambda key, server: self._spawn(self.connect_account(key, server)))
        first_run.demoRequested.connect(lambda: self._spawn(self.open_demo()))

    # --- the whole life ----------------------------------------------------------------------------

    async def run(self) -> int:
        """Show the window, open the clinic the options ask for, and wait until the window closes."""
        self.window.show()
        await self.open_initial()
        await self._closed.wait()
        await self.shutdown()
        return 1 if self._smoke_test and not self._calendar_painted else 0

    def _first_paint(self, shown: int) -> None:
        self._calendar_painted = True
        if self._smoke_test:
            ui_log.info("smoke test: first calendar painted (%d appointments); quitting", shown)
            # Not from inside the paint that reported it: close once the paint has finished.
            QTimer.singleShot(0, self.window.close)

    async def open_initial(self) -> None:
        """`--demo`: the demo; otherwise the configured account, or the first-run screen."""
        if self._options.demo:
            await self.open_demo()
            return
        try:
            workspace = ClinicWorkspace.open(self._options.data_dir)
        except ServiceError as error:
            self._show_first_run()
            self.window.first_run_view.show_error(error_text(error))
            self.window.first_run_view.connect_button.setEnabled(False)
            return
        self._default_workspace = workspace
        account = ui_support_account.configured_account(workspace)
        if account is None:
            self._show_first_run()
            return
        try:
            session = open_account_session(
                workspace, account.api_key, account.base_url, max_retries=self._max_retries
            )
        except ServiceError as error:
            self._show_first_run()
            self.window.first_run_view.show_error(error_text(error))
            return
        self._open(session)

    def _show_first_run(self) -> None:
        available = credentials.keyring_available()
        explanation = "" if available else self._no_keyring_text()
        self.window.first_run_view.set_keyring_available(available, explanation)
        self.window.show_first_run()

    def _no_keyring_text(self) -> str:
        return self.tr(
            "No secure password store (keyring) was found on this computer, so an API key cannot be "
            "saved. Install and unlock one (e.g. GNOME Keyring or KWallet), or start Frontdesk with "
            "FRONTDESK_API_KEY set. The demo clinic works without one."
        )

    # --- opening a clinic --------------------------------------------------------------------------

    async def open_demo(self) -> None:
        """Start the demo server off the UI thread, then open its clinic."""
        if self._busy or self.window.session is not None:
            return
        self._busy = True
        try:
            self.window.show_starting(self.tr("Starting the demo clinic…"))
            try:
                demo = await asyncio.get_running_loop().run_in_executor(None, self._demo_starter)
            except ServiceError as error:
                self._show_first_run()
                self.window.first_run_view.show_error(error_text(error))
                return
            if self._closed.is_set():
                demo.stop()
                return
            try:
                session = open_demo_session(demo, max_retries=self._max_retries)
            except BaseException:
                demo.stop()
                raise
            self._close_default_workspace()
            self._open(session)
        finally:
            self._busy = False

    async def connect_account(self, api_key: str, server: str) -> None:
        """Check the key against the server, store it in the keyring, open the clinic."""
        if self._busy or self.window.session is not None or self._default_workspace is None:
            return
        view = self.window.first_run_view
        self._busy = True
        view.set_busy(True, self.tr("Checking the key with the server…"))
        try:
            user = await ui_support_account.verify_api_key(api_key, server or None)
            ui_support_account.save_account(self._default_workspace, api_key, server or None)
            session = open_account_session(
                self._default_workspace, api_key, server or None, max_retries=self._max_retries
            )
        except CredentialStoreUnavailable:
            view.show_error(self._no_keyring_text())
            return
        except ServiceError as error:
            view.show_error(error_text(error))
            return
        finally:
            self._busy = False
        ui_log.info("connected as user %s", user.id)
        view.set_busy(False)
        view.api_key.clear()
        self._open(session)

    def _open(self, session: ClinicSession) -> None:
        self.window.open_session(session, sync_interval_ms=self._sync_interval_ms)
        watch_reachability(self._reachability_changed)
        self.sessionOpened.emit(session)

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """The network came back: sync now rather than at the next retry."""
        sync = self.window.sync_controller
        if reachability == ONLINE and sync is not None:
            sync.reconnected()

    # --- tasks and shutdown ------------------------------------------------------------------------

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_event_loop().create_task(work)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            ui_log.error("a start-up step failed", exc_info=task.exception())

    def _close_default_workspace(self) -> None:
        if self._default_workspace is not None:
            self._default_workspace.close()
            self._default_workspace = None

    async def shutdown(self) -> None:
        """Cancel start-up steps, close the session (sync, cache, demo server) and the window."""
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        await self.window.shutdown()
        if self.window.session is None or self.window.session.workspace is not self._default_workspace:
            self._close_default_workspace()
        self.window.close()
        self.window.deleteLater()

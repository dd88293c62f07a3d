"""Copy patient link: re-read the attendee when online, put the link on the clipboard, clear it later.

The link is a secret (anyone holding it can join the call): it goes on the clipboard marked as a
password for clipboard managers, never into a log or a message, and is cleared after 60 s if the
clipboard still holds it. Only the fact of the copy is logged (through the services).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from app.domain.entities import Attendee
from app.log import ui_log
from app.services import telehealth_service
from app.services.errors import ServiceError
from app.services.telehealth_service import TelehealthLink
from app.services.workspace import ClinicWorkspace
from app.ui.domain_text import error_text, reason_text

CLIPBOARD_CLEAR_MS = 60_000
# A desk waiting to paste a link should not wait on a slow server: past this, the cached link is used.
REFRESH_TIMEOUT_S = 5.0
AttendeeRefresh = Callable[[str], Awaitable[Sequence[Attendee]]]
# Marks the clipboard content as a secret so clipboard histories (KDE, Windows) skip it.
_SECRET_FORMATS = {
    "x-kde-passwordManagerHint": b"secret",
    'application/x-qt-windows-mime;value="ExcludeClipboardContentFromMonitorProcessing"': b"\x01\x00\x00\x00",
}


class ClipboardLike(Protocol):
    """What the copier needs of a clipboard (QClipboard, or a stand-in)."""

    def text(self) -> str: ...
    def setMimeData(self, data: QMimeData) -> None: ...  # noqa: N802
    def clear(self) -> None: ...


class PatientLinkCopier(QObject):
    """Copies one appointment's patient link at a time; `message` says what happened (never the link)."""

    message = Signal(str)
    finished = Signal()

    def __init__(
        self,
        workspace: ClinicWorkspace,
        *,
        parent: QObject | None = None,
        clipboard: ClipboardLike | None = None,
        refresh_attendee: AttendeeRefresh | None = None,
        clear_after_ms: int = CLIPBOARD_CLEAR_MS,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._clipboard = clipboard
        self._refresh_attendee = refresh_attendee
        self._copied_link: str | None = None
        self._task: asyncio.Task[TelehealthLink] | None = None
        self.clear_timer = QTimer(self)
        self.clear_timer.setSingleShot(True)
        self.clear_timer.setInterval(clear_after_ms)
        self.clear_timer.timeout.connect(self._clear_clipboard)

    @property
    def busy(self) -> bool:
        """Whether a refresh is under way."""
        return self._task is not None and not self._task.done()

    def copy(self, appointment_id: str) -> None:
        """Copy the link (after a refresh when a fetcher was given); `finished` follows either way."""
        if self.busy:
            return
        if self._refresh_attendee is None or self._workspace.known_offline:
            # Offline (as the last sync or refresh found): the cached link, without waiting on retries.
            self._finish(appointment_id, self._cached_link(appointment_id))
            return
        refreshed = asyncio.wait_for(
            telehealth_service.refreshed_patient_link(
                self._workspace, appointment_id, self._refresh_attendee
            ),
            REFRESH_TIMEOUT_S,
        )
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            # No event loop runs (a script or a test without qasync): wait for the refresh here.
            self._finish(appointment_id, self._run_here(appointment_id, refreshed))
            return
        self.message.emit(self.tr("Getting the latest patient link\u2026"))
        self._task = loop.create_task(refreshed)
        self._task.add_done_callback(lambda task: self._refresh_done(appointment_id, task))

    def _run_here(
        self, appointment_id: str, refreshed: Coroutine[Any, Any, TelehealthLink]
    ) -> TelehealthLink | None:
        try:
            return asyncio.run(refreshed)
        except Exception as error:  # the cached link decides when the refresh fails in any way
            self._log_fallback(appointment_id, error)
            return self._cached_link(appointment_id)

    def _refresh_done(self, appointment_id: str, task: asyncio.Task[TelehealthLink]) -> None:
        self._task = None
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            self._log_fallback(appointment_id, error)
            self._finish(appointment_id, self._cached_link(appointment_id))
        else:
            self._finish(appointment_id, task.result())

    def _log_fallback(self, appointment_id: str, error: BaseException) -> None:
        ui_log.info(
            "patient link refresh for %s failed (%s); using the cached link",
            appointment_id,
            type(error).__name__,
        )

    def _cached_link(self, appointment_id: str) -> TelehealthLink | None:
        try:
            return telehealth_service.patient_link(self._workspace, appointment_id)
        except ServiceError as error:
            self.message.emit(error_text(error))
            return None

    def _finish(self, appointment_id: str, link: TelehealthLink | None) -> None:
        if link is not None and link.allowed and link.url:
            self._put_on_clipboard(link.url)
            telehealth_service.record_patient_link_copied(self._workspace, appointment_id)
            seconds = max(1, self.clear_timer.interval() // 1000)
            self.message.emit(
                self.tr(
                    "Patient link copied. It will be cleared from the clipboard in %n second(s).", "", seconds
                )
            )
        elif link is not None:
            refusal = link.refusal
            self.message.emit(
                reason_text(refusal) if refusal else self.tr("The patient link cannot be copied now.")
            )
        self.finished.emit()

    def _put_on_clipboard(self, url: str) -> None:
        mime = QMimeData()
        mime.setText(url)
        for mime_type, value in _SECRET_FORMATS.items():
            mime.setData(mime_type, QByteArray(value))
        self._board().setMimeData(mime)
        self._copied_link = url
        self.clear_timer.start()

    def _clear_clipboard(self) -> None:
        board = self._board()
        if self._copied_link is not None and board.text() == self._copied_link:
            board.clear()
            self.message.emit(self.tr("The patient link was cleared from the clipboard."))
        self._copied_link = None

    def _board(self) -> ClipboardLike:
        return self._clipboard if self._clipboard is not None else QGuiApplication.clipboard()

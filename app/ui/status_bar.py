"""The sync status in the status bar: online / syncing (with progress) / offline since … / error,
how many changes wait to be sent (click to see them), and when the cache was last synced.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, Qt, QTimeZone, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from app.services.sync_service import SyncPhase
from app.ui.sync_controller import SyncController, SyncOutcome
from app.ui.translation_context import TrContext

# Semantic colours for the status dot, readable on light and dark palettes.
_GOOD, _BUSY, _WARN, _BAD = QColor("#2e9d4a"), QColor("#1e88e5"), QColor("#f0a020"), QColor("#d93a3a")


def _what(label: str) -> str:
    """What a progress report is about, for "Syncing appointments…"."""
    base = label.split(":", 1)[0]
    translate = QCoreApplication.translate
    names = {
        "businesses": translate("SyncStatusPanel", "Syncing the clinic…"),
        "practitioners": translate("SyncStatusPanel", "Syncing practitioners…"),
        "appointment_types": translate("SyncStatusPanel", "Syncing appointment types…"),
        "patients": translate("SyncStatusPanel", "Syncing patients…"),
        "appointments": translate("SyncStatusPanel", "Syncing appointments…"),
        "attendees": translate("SyncStatusPanel", "Syncing attendees…"),
        "unavailable_blocks": translate("SyncStatusPanel", "Syncing unavailable times…"),
        "changes": translate("SyncStatusPanel", "Sending changes…"),
    }
    return names.get(base, translate("SyncStatusPanel", "Syncing…"))


def format_moment(moment: datetime, now: datetime) -> str:
    """A time on this computer's clock: "10:42" today, "23/11/2026 10:42" on another day."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    today = QDateTime.fromSecsSinceEpoch(int(now.timestamp()), QTimeZone.systemTimeZone()).date()
    locale = QLocale()
    if local.date() == today:
        return locale.toString(local.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def describe_state(
    phase: SyncPhase,
    *,
    running: bool,
    offline_since: datetime | None,
    message: str | None,
    now: datetime,
) -> str:
    """The status bar's one-line sync state."""
    translate = QCoreApplication.translate
    if running:
        return translate("SyncStatusPanel", "Syncing…")
    if phase == SyncPhase.DONE:
        return translate("SyncStatusPanel", "Online")
    if phase == SyncPhase.OFFLINE:
        if offline_since is not None:
            since = format_moment(offline_since, now)
            return translate("SyncStatusPanel", "Offline since %1").replace("%1", since)
        return translate("SyncStatusPanel", "Offline")
    if phase == SyncPhase.AUTH_FAILED:
        return translate("SyncStatusPanel", "API key refused: check it in Settings")
    if phase == SyncPhase.ERROR:
        reason = message or translate("SyncStatusPanel", "unknown problem")
        return translate("SyncStatusPanel", "Sync error: %1").replace("%1", reason)
    return translate("SyncStatusPanel", "Not synced yet")


class OutboxSummary(TrContext):
    """The translation context of the waiting/failed/conflict counts (plural forms need `tr`)."""


def describe_outbox(waiting: int, failed: int, conflicts: int) -> str:
    """ "3 changes waiting", "1 change failed", ... ("" when nothing waits).

    English reads right without a translation loaded (singular spelled out); the plural strings are
    numerus forms, so a translation can give every plural form its language has.
    """
    parts = []
    if waiting == 1:
        parts.append(OutboxSummary.tr("1 change waiting"))
    elif waiting:
        parts.append(OutboxSummary.tr("%n changes waiting", "", waiting))
    if failed == 1:
        parts.append(OutboxSummary.tr("1 change failed"))
    elif failed:
        parts.append(OutboxSummary.tr("%n changes failed", "", failed))
    if conflicts == 1:
        parts.append(OutboxSummary.tr("1 sync conflict"))
    elif conflicts:
        parts.append(OutboxSummary.tr("%n sync conflicts", "", conflicts))
    return ", ".join(parts)


class _StatusDot(QWidget):
    """A small coloured disc beside the state text (the text says the same for screen readers)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._color = self.palette().mid().color()
        self.setFixedSize(QSize(10, 10))

    def set_color(self, color: QColor) -> None:
        self._color = color
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._color)
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))
        painter.end()


class SyncStatusPanel(QWidget):
    """Sync state, progress, unsent changes (clickable) and last sync time, for the status bar."""

    unsentChangesRequested = Signal()  # noqa: N815

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SyncStatusPanel")
        self.setAccessibleName(self.tr("Sync status"))
        self._phase = SyncPhase.IDLE
        self._running = False
        self._offline_since: datetime | None = None
        self._message: str | None = None
        self._clock = lambda: datetime.now(UTC)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(8)
        self._dot = _StatusDot(self)
        self._state = QLabel(self)
        self._state.setObjectName("SyncState")
        self._state.setAccessibleName(self.tr("Sync state"))
        self._bar = QProgressBar(self)
        self._bar.setObjectName("SyncProgress")
        self._bar.setAccessibleName(self.tr("Sync progress"))
        self._bar.setMaximumWidth(140)
        self._bar.setTextVisible(False)
        self._bar.setVisible(False)
        self._activity = QLabel(self)
        self._activity.setObjectName("SyncActivity")
        self._activity.setVisible(False)
        self._outbox = QToolButton(self)
        self._outbox.setObjectName("UnsentChangesButton")
        self._outbox.setAccessibleName(self.tr("Unsent changes"))
        self._outbox.setToolTip(self.tr("Show the changes not yet on the server"))
        self._outbox.setAutoRaise(True)
        self._outbox.setVisible(False)
        self._outbox.clicked.connect(self.unsentChangesRequested)
        self._last = QLabel(self)
        self._last.setObjectName("LastSynced")
        self._last.setAccessibleName(self.tr("Last synced"))
        for widget in (self._dot, self._state, self._bar, self._activity, self._outbox, self._last):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        self._render()

    # --- feeding the panel -------------------------------------------------------------------------

    def set_clock(self, clock: object) -> None:
        """Where "now" comes from (the workspace's clock), for "offline since" dates."""
        if callable(clock):
            self._clock = clock

    def attach(self, controller: SyncController) -> None:
        """Follow a sync controller's signals."""
        controller.runningChanged.connect(self._on_running)
        controller.phaseChanged.connect(self._on_phase)
        controller.progress.connect(self._on_progress)
        controller.progressLabel.connect(self._on_progress_label)
        controller.finished.connect(self._on_finished)

    def set_outbox(self, waiting: int, failed: int, conflicts: int = 0) -> None:
        """How many changes wait, failed, or conflict (hidden when none)."""
        text = describe_outbox(waiting, failed, conflicts)
        self._outbox.setText(text)
        self._outbox.setVisible(bool(text))

    def set_last_synced(self, moment: datetime | None) -> None:
        """When the cache was last synced completely."""
        if moment is None:
            self._last.setText(self.tr("Never synced"))
        else:
            self._last.setText(self.tr("Synced at %1").replace("%1", format_moment(moment, self._clock())))

    def set_offline(self, since: datetime | None) -> None:
        """Start out offline (the last sync, in an earlier session, could not reach the server)."""
        self._phase = SyncPhase.OFFLINE
        self._offline_since = since
        self._render()

    # --- what is shown (tests and accessibility read these) ----------------------------------------

    def state_text(self) -> str:
        """The sync state line."""
        return self._state.text()

    def outbox_text(self) -> str:
        """The unsent-changes text ("" when hidden)."""
        return self._outbox.text() if self._outbox.isVisibleTo(self) else ""

    def last_synced_text(self) -> str:
        """The last-synced text."""
        return self._last.text()

    def progress_bar(self) -> QProgressBar:
        """The progress bar (visible while syncing)."""
        return self._bar

    def text(self) -> str:
        """Everything the panel says, in reading order."""
        parts = [self.state_text()]
        if self._activity.isVisibleTo(self):
            parts.append(self._activity.text())
        parts += [self.outbox_text(), self.last_synced_text()]
        return " · ".join(part for part in parts if part)

    # --- slots -------------------------------------------------------------------------------------

    def _on_running(self, running: bool) -> None:
        self._running = running
        if running:
            self._bar.setRange(0, 0)  # busy until a report says how far along it is
            self._activity.setText(self.tr("Connecting…"))
        self._render()

    def _on_phase(self, phase: str, detail: str) -> None:
        self._phase = SyncPhase(phase)
        self._message = detail or None
        self._render()

    def _on_progress(self, done: int, total: int) -> None:
        if total > 0:
            self._bar.setRange(0, total)
            self._bar.setValue(min(done, total))
        else:
            self._bar.setRange(0, 0)

    def _on_progress_label(self, label: str) -> None:
        self._activity.setText(_what(label))

    def _on_finished(self, outcome: SyncOutcome) -> None:
        self._phase = outcome.phase
        self._message = outcome.message
        self._offline_since = outcome.offline_since
        self._running = False
        self._render()

    def _render(self) -> None:
        self._state.setText(
            describe_state(
                self._phase,
                running=self._running,
                offline_since=self._offline_since,
                message=self._message,
                now=self._clock(),
            )
        )
        self._state.setToolTip(self._message or "")
        self._bar.setVisible(self._running)
        self._activity.setVisible(self._running)
        if self._running:
            color = _BUSY
        elif self._phase == SyncPhase.DONE:
            color = _GOOD
        elif self._phase == SyncPhase.OFFLINE:
            color = _WARN
        elif self._phase in (SyncPhase.AUTH_FAILED, SyncPhase.ERROR):
            color = _BAD
        else:
            color = self.palette().mid().color()
        self._dot.set_color(color)
        self.setAccessibleDescription(self.text())

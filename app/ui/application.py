"""Starts the Qt application on a qasync event loop and runs Frontdesk until the window closes.

qasync runs asyncio on the Qt event loop: the sync engine's HTTP calls and the window's painting
share one thread without blocking each other (the engine's cache writes run on its writer thread).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import signal
import socket
import sys
import time

import qasync
from PySide6.QtCore import QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from app import APP_NAME, __version__
from app.log import configure_logging, ui_log
from app.ui.app_controller import AppController, LaunchOptions
from app.ui.app_icon import app_icon
from app.ui.translations_loader import install_translations
from app.ui.ui_settings import UiSettings

_WAKEUP_SOCKETS: list[socket.socket] = []
# When the process started (close enough: the first import of the GUI), for the start-up figure.
STARTED_AT = time.monotonic()


def create_application(argv: list[str] | None = None) -> QApplication:
    """The process's QApplication, created once with Frontdesk's identity."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Qt 6 scales by the screen's factor; pass fractional factors (125 %, 150 %) through unrounded.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("frontdesk")
    icon: QIcon = app_icon()
    app.setWindowIcon(icon)
    # Before any window exists: widgets translate their texts as they are built.
    install_translations(app, UiSettings().language() or None)
    return app


def settle_heap() -> None:
    """Collect once, then keep what start-up built out of every later garbage collection.

    A full collection walks every object the collector tracks: some 125,000 once the calendar is up
    (Qt wrappers, SQLAlchemy, the first week), 70-120 ms on our 2-core test machine, and the default
    thresholds run one every 15-30 week navigations. Those were the navigations over 100 ms: a p95 of
    112 ms against a median of 32 (tests/benchmarks/bench_gui_large_cache.py). `gc.freeze()` moves
    every survivor to a permanent generation the collector no longer walks, so a full collection
    then takes about 1 ms (`--gc default` in that benchmark measures the difference). The collection
    just before it keeps start-up's garbage cycles from being frozen for good. The thresholds stay
    at Python's defaults: with the heap frozen a young collection costs about 0.1 ms, and a gen0
    threshold of 5,000 or 10,000 (instead of 700) made no difference the benchmark could tell from noise.
    """
    gc.collect()
    gc.freeze()


def _close_on_termination_signals(window: QWidget) -> None:
    """Ctrl+C or a polite kill closes the window the way the user would (so the demo cleans up).

    Python runs signal handlers only between bytecodes, and Qt's loop idles in C++; the C-level
    handler writes to a socket (`set_wakeup_fd`) whose notifier wakes Qt, so the handler runs at once.
    """
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno())
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, window)

    def drain() -> None:
        with contextlib.suppress(OSError):
            receiver.recv(64)

    notifier.activated.connect(drain)
    # Both ends must outlive the loop: the handler writes to `sender` by its file number.
    _WAKEUP_SOCKETS[:] = [receiver, sender]
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: window.close())


def run_gui(args: argparse.Namespace) -> int:
    """Open the main window (the demo with `--demo`) and run until it closes."""
    configure_logging()
    app = create_application()
    # The window's close decides when to stop: the session shuts down first (sync, cache, demo server).
    app.setQuitOnLastWindowClosed(False)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    options = LaunchOptions(demo=bool(getattr(args, "demo", False)), data_dir=getattr(args, "data_dir", None))
    controller = AppController(options)
    _close_on_termination_signals(controller.window)
    # Once the first week is on screen (not before: the collection would delay that paint).
    controller.window.calendarFirstPainted.connect(lambda _shown: QTimer.singleShot(0, settle_heap))
    ui_log.info(
        "%s %s starting (%.2f s after the GUI was imported)",
        APP_NAME,
        __version__,
        time.monotonic() - STARTED_AT,
    )
    try:
        with loop:
            code = loop.run_until_complete(controller.run())
            loop.run_until_complete(loop.shutdown_asyncgens())
            return code
    finally:
        asyncio.set_event_loop(None)

"""Sync as soon as the computer's network comes back (Qt's QNetworkInformation, where a backend exists).

The operating system only knows about its own link; a server that was down and came back is noticed
by the sync controller's shorter retry interval while offline.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtNetwork import QNetworkInformation

from app.log import ui_log

ONLINE = QNetworkInformation.Reachability.Online


def watch_reachability(slot: Callable[[QNetworkInformation.Reachability], None]) -> bool:
    """Connect `slot` (a QObject's method, so it is dropped with its object) to reachability changes.

    False when this system has no network status backend.
    """
    if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
        ui_log.info("no network status backend: reconnects are noticed by the sync's retries")
        return False
    info = QNetworkInformation.instance()
    if info is None:
        return False
    info.reachabilityChanged.connect(slot)
    return True

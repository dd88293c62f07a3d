"""What start-up does before the first painted calendar, and what it leaves until after.

- The first read asks only for the practitioners the filter shows (not all of them, then filtered).
- The first sync, and with it the HTTP client (httpx, TLS), waits for the calendar's first paint.
- Alembic (for an up-to-date cache), httpx and keyring are not imported on the way to that paint.
"""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from app.services import calendar_service, sync_service
from app.services.sync_service import DeferredAdapter
from app.services.workspace import ClinicWorkspace
from app.store.database import head_revision, packaged_head
from app.ui import main_window as main_window_module
from app.ui.application import settle_heap
from app.ui.clinic_session import ClinicSession
from app.ui.main_window import MainWindow
from app.ui.sync_controller import SyncOutcome
from app.ui.ui_settings import CalendarMode, UiSettings

from .shell_clinic import CLINIC

ROOT = Path(__file__).resolve().parents[3]
NOWHERE = "http://127.0.0.1:9/v1"  # nothing listens: a sync is offline at once


class PaintCounter(QObject):
    """Counts the paint events of the widget it filters."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _session(workspace: ClinicWorkspace) -> tuple[ClinicSession, DeferredAdapter]:
    adapter = sync_service.open_adapter("test-au1", NOWHERE, max_retries=0)
    assert isinstance(adapter, DeferredAdapter)
    return ClinicSession(workspace=workspace, adapter=adapter), adapter


def test_startup_reads_only_the_practitioners_shown(  # noqa: PLR0917 (pytest passes fixtures by name)
    qtbot: QtBot,
    loop: Any,
    run_async: Callable[..., Any],
    workspace: ClinicWorkspace,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[Sequence[str] | None] = []
    real = calendar_service.calendar_window

    def recording(*args: Any, **kwargs: Any) -> calendar_service.CalendarData:
        asked.append(args[3] if len(args) > 3 else kwargs.get("practitioner_ids"))
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_service, "calendar_window", recording)
    ui_settings.set_calendar_mode(CalendarMode.WEEK)
    ui_settings.set_hidden_practitioners(frozenset({CLINIC.alan}))
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    session, _ = _session(workspace)
    window.open_session(session, start_sync=False)

    assert asked, "the calendar read nothing"
    assert [list(ids) if ids is not None else None for ids in asked] == [[CLINIC.grace]] * len(asked)
    shown = {e.appointment_id for e in window.calendar_view.content().entries}
    assert shown == {CLINIC.ada_video, CLINIC.bob_initial}  # Grace's Tuesday, none of Alan's
    run_async(window.shutdown())


def test_the_first_sync_starts_after_the_calendar_has_painted(
    qtbot: QtBot,
    loop: Any,
    run_async: Callable[..., Any],
    workspace: ClinicWorkspace,
    ui_settings: UiSettings,
) -> None:
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    paints = PaintCounter()
    window.calendar_view.viewport().installEventFilter(paints)
    session, adapter = _session(workspace)
    window.open_session(session)
    sync = window.sync_controller
    assert sync is not None
    assert not sync.running, "the sync started before the calendar could paint"
    assert not adapter.connected, "the HTTP client was made before the calendar could paint"
    painted_when_started: list[int] = []
    sync.runningChanged.connect(lambda running: running and painted_when_started.append(paints.count))
    with qtbot.waitSignal(sync.finished, timeout=20_000) as finished:
        pass
    outcome = finished.args[0]
    assert isinstance(outcome, SyncOutcome)
    assert painted_when_started
    assert painted_when_started[0] >= 1
    assert adapter.connected
    run_async(window.shutdown())


def test_a_window_that_does_not_paint_still_syncs_soon(  # noqa: PLR0917 (pytest passes fixtures by name)
    qtbot: QtBot,
    loop: Any,
    run_async: Callable[..., Any],
    workspace: ClinicWorkspace,
    ui_settings: UiSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(main_window_module, "FIRST_SYNC_LATEST_MS", 50)
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.calendar_view.viewport().setUpdatesEnabled(False)  # as good as minimised: no paints
    session, _ = _session(workspace)
    window.open_session(session)
    sync = window.sync_controller
    assert sync is not None
    assert not sync.running
    with qtbot.waitSignal(sync.finished, timeout=20_000):
        pass
    run_async(window.shutdown())


def test_a_hidden_window_syncs_at_once(
    qtbot: QtBot,
    loop: Any,
    run_async: Callable[..., Any],
    workspace: ClinicWorkspace,
    ui_settings: UiSettings,
) -> None:
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    session, _ = _session(workspace)
    window.open_session(session)
    assert window.sync_controller is not None
    assert window.sync_controller.running
    run_async(window.shutdown())


def test_the_connection_is_made_on_first_use_and_never_after_closing(
    loop: Any, run_async: Callable[..., Any]
) -> None:
    used = sync_service.open_adapter("test-au1", NOWHERE, max_retries=0)
    assert isinstance(used, DeferredAdapter)
    assert not used.connected
    assert used.requests_made == 0
    assert used.capabilities().name
    assert used.connected
    run_async(used.close())

    unused = sync_service.open_adapter("test-au1", NOWHERE, max_retries=0)
    assert isinstance(unused, DeferredAdapter)
    run_async(unused.close())
    assert not unused.connected
    with pytest.raises(RuntimeError, match="closed"):
        unused.capabilities()


_STARTUP_PROBE = """
import sys
from pathlib import Path
from app.main import import_services_before_qt
import_services_before_qt()
import app.ui.application  # the GUI's modules, as `frontdesk` imports them
from app.services.workspace import ClinicWorkspace
from app.ui.clinic_session import open_account_session
workspace = ClinicWorkspace.open(Path(sys.argv[1]))
open_account_session(workspace, "test-au1", "http://127.0.0.1:9/v1")
workspace.close()
print(",".join(sorted(name for name in ("alembic", "httpx", "keyring") if name in sys.modules)))
"""


def _imported_by_startup(data_dir: Path) -> str:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", _STARTUP_PROBE, str(data_dir)],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.slow
def test_opening_a_current_cache_imports_neither_alembic_nor_httpx_nor_keyring(tmp_path: Path) -> None:
    ClinicWorkspace.open(tmp_path / "current").close()  # made and migrated by this process
    assert _imported_by_startup(tmp_path / "current") == ""
    # A cache that needs its schema still gets it: Alembic is loaded exactly then.
    assert _imported_by_startup(tmp_path / "new") == "alembic"


def test_the_head_read_from_the_migration_files_is_alembic_s() -> None:
    assert packaged_head() == head_revision()


def test_settling_the_heap_leaves_later_collections_little_to_walk() -> None:
    before = len(gc.get_objects())
    try:
        settle_heap()
        assert gc.get_freeze_count() >= before // 2
        assert len(gc.get_objects()) < before // 10
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual

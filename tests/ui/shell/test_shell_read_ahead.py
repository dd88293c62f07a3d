"""The calendar reads the next day or week ahead while idle, and never shows it staler than a fresh read."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from app.services import booking_service, calendar_service
from app.services.workspace import ClinicWorkspace
from app.ui.main_window import MainWindow
from app.ui.ui_settings import UiSettings
from tests.support.clinic_builder import TUESDAY, at

from .shell_clinic import CLINIC
from .shell_window import offline_window

WEDNESDAY, THURSDAY = date(2025, 3, 5), date(2025, 3, 6)


class WindowReads:
    """Records the window reads that reach the cache (a read handed out from the read-ahead does not)."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real = real
        self.starts: list[datetime] = []

    def __call__(self, workspace: ClinicWorkspace, start: datetime, *args: Any, **kwargs: Any) -> Any:
        self.starts.append(start)
        return self.real(workspace, start, *args, **kwargs)

    def days(self, controller_zone: Any) -> list[date]:
        return [start.astimezone(controller_zone).date() for start in self.starts]


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> WindowReads:
    spy = WindowReads(calendar_service._read_window)
    monkeypatch.setattr(calendar_service, "_read_window", spy)
    return spy


@pytest.fixture
def window(
    qtbot: QtBot,
    run_async: Callable[..., Any],
    workspace: ClinicWorkspace,
    ui_settings: UiSettings,
    reads: WindowReads,
) -> Iterator[MainWindow]:
    """The window in Day view on the shell clinic's Tuesday, not syncing."""
    main = offline_window(qtbot, workspace, ui_settings)
    main.show()
    qtbot.waitExposed(main)
    yield main
    run_async(main.shutdown())


def _shown_ids(window: MainWindow) -> set[str]:
    return {entry.appointment_id for entry in window.calendar_view.content().entries}


def test_the_next_day_is_read_while_idle_and_then_shown_without_a_read(
    qtbot: QtBot, window: MainWindow, reads: WindowReads
) -> None:
    controller = window.calendar_controller
    assert controller is not None
    zone = controller.zone()
    qtbot.waitUntil(lambda: WEDNESDAY in reads.days(zone))  # read ahead once Tuesday is shown
    controller.go_next()
    assert controller.day() == WEDNESDAY
    assert reads.days(zone).count(WEDNESDAY) == 1, "Wednesday came from the read-ahead"
    qtbot.waitUntil(lambda: THURSDAY in reads.days(zone))
    controller.go_previous()
    qtbot.waitUntil(lambda: reads.days(zone)[-1] == date(2025, 3, 4) and controller.day() == TUESDAY)
    assert CLINIC.ada_video in _shown_ids(window)


def test_a_booking_made_after_the_read_ahead_is_on_the_day_shown(
    qtbot: QtBot, window: MainWindow, workspace: ClinicWorkspace, reads: WindowReads
) -> None:
    controller = window.calendar_controller
    assert controller is not None
    zone = controller.zone()
    qtbot.waitUntil(lambda: WEDNESDAY in reads.days(zone))
    booked = booking_service.book(
        workspace,
        booking_service.BookingRequest(
            practitioner_id=CLINIC.grace,
            patient_id=CLINIC.bob,
            appointment_type_id=CLINIC.initial,
            starts_at=at(5, 11),  # Wednesday 11:00
        ),
    ).appointments[0]
    controller.go_next()
    assert booked.id in _shown_ids(window)
    assert reads.days(zone).count(WEDNESDAY) == 2, "the booking made the read-ahead stale: read again"

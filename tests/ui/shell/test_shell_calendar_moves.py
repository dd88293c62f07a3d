"""Drag to move and resize in the calendar: every drag runs the conflict check; a clean move is committed
(cache and outbox), a conflicting one asks first, and "no" leaves the appointment where it was.

The drags are real mouse gestures on the `CalendarView` (tests/ui/calendar/calendar_gestures.py);
the confirmation and the series question are injected so no modal dialog opens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.services import outbox_service
from app.services.appointment_views import describe_appointment
from app.services.change_recording import SeriesScope
from app.services.workspace import ClinicWorkspace
from app.ui.calendar.calendar_view import CalendarView
from app.ui.calendar_controller import CalendarController
from app.ui.ui_settings import UiSettings
from tests.support.clinic_builder import TUESDAY, tuesday

from ..calendar.calendar_gestures import drag, entry_point
from .shell_clinic import CLINIC


@dataclass
class Answers:
    """The user's answers to the calendar's questions, and what was asked."""

    confirm: bool = False
    scope: SeriesScope | None = SeriesScope.THIS
    confirmations: list[Sequence[str]] = field(default_factory=list)
    scope_questions: list[str] = field(default_factory=list)
    told: list[str] = field(default_factory=list)

    def on_confirm(self, _parent: QWidget | None, _question: str, warnings: Sequence[str]) -> bool:
        self.confirmations.append(list(warnings))
        return self.confirm

    def on_scope(self, _parent: QWidget | None, action: str) -> SeriesScope | None:
        self.scope_questions.append(action)
        return self.scope

    def on_inform(self, _parent: QWidget | None, sentence: str) -> None:
        self.told.append(sentence)


@pytest.fixture
def answers() -> Answers:
    return Answers()


@pytest.fixture
def calendar(
    qtbot: QtBot, workspace: ClinicWorkspace, ui_settings: UiSettings, answers: Answers
) -> CalendarController:
    """The Day view of Tuesday: Grace (Hopper) and Alan (Kay) side by side, by surname; 15-minute slots."""
    view = CalendarView()
    qtbot.addWidget(view)
    view.resize(1000, 900)
    view.show()
    qtbot.waitExposed(view)
    controller = CalendarController(workspace, view, ui_settings)
    controller.committer.confirm = answers.on_confirm
    controller.committer.ask_scope = answers.on_scope
    controller.committer.inform = answers.on_inform
    controller.set_slot_minutes(15)
    controller.go_to(TUESDAY)
    assert [column.practitioner_id for column in view.content().columns] == [CLINIC.grace, CLINIC.alan]
    return controller


def _drag_to(view: CalendarView, appointment_id: str, column: int, minute_of_day: int) -> None:
    """Drag an entry by its upper middle so that it starts at `minute_of_day` in `column`."""
    geometry = view.calendar_geometry
    placement = view.calendar_layout.by_id[appointment_id]
    start = entry_point(view, appointment_id)
    grab_offset = start.y() + view.body_offset().y() - geometry.entry_rect(placement)[1]
    target_x = geometry.column_left(column) + geometry.column_width / 2 - view.body_offset().x()
    target_y = geometry.y_of(minute_of_day) + grab_offset - view.body_offset().y()
    drag(view, start, QPoint(round(target_x), round(target_y)))


def _starts(workspace: ClinicWorkspace, appointment_id: str) -> tuple[datetime, str]:
    item = describe_appointment(workspace, appointment_id)
    return item.starts_at, item.practitioner_id


def _entry_start(view: CalendarView, appointment_id: str) -> datetime:
    return next(e.starts_at for e in view.content().entries if e.appointment_id == appointment_id)


def test_a_move_without_conflicts_is_committed_and_queued_without_asking(
    qtbot: QtBot, calendar: CalendarController, workspace: ClinicWorkspace, answers: Answers
) -> None:
    view = calendar.view
    with qtbot.waitSignal(calendar.appointmentsChanged):
        _drag_to(view, CLINIC.ada_video, column=0, minute_of_day=15 * 60)

    assert answers.confirmations == []
    assert _starts(workspace, CLINIC.ada_video) == (tuesday(15), CLINIC.grace)
    assert outbox_service.outbox_counts(workspace).waiting == 1
    assert _entry_start(view, CLINIC.ada_video) == tuesday(15)
    moved = next(e for e in view.content().entries if e.appointment_id == CLINIC.ada_video)
    assert moved.pending_sync
    assert view.selected_appointment_id() == CLINIC.ada_video


def test_a_conflicting_move_asks_and_no_leaves_it_where_it_was(
    qtbot: QtBot, calendar: CalendarController, workspace: ClinicWorkspace, answers: Answers
) -> None:
    answers.confirm = False
    view = calendar.view
    with qtbot.assertNotEmitted(calendar.appointmentsChanged):
        _drag_to(view, CLINIC.ada_video, column=0, minute_of_day=10 * 60)  # onto Bob's 10:00

    assert len(answers.confirmations) == 1
    assert any("already booked" in warning for warning in answers.confirmations[0])
    assert _starts(workspace, CLINIC.ada_video) == (tuesday(9), CLINIC.grace)
    assert outbox_service.outbox_counts(workspace).waiting == 0
    assert _entry_start(view, CLINIC.ada_video) == tuesday(9)


def test_a_conflicting_move_is_committed_when_the_user_says_yes(
    qtbot: QtBot, calendar: CalendarController, workspace: ClinicWorkspace, answers: Answers
) -> None:
    answers.confirm = True
    with qtbot.waitSignal(calendar.appointmentsChanged):
        _drag_to(calendar.view, CLINIC.ada_video, column=0, minute_of_day=12 * 60)  # Grace's lunch

    assert len(answers.confirmations) == 1
    assert any("unavailable" in warning.lower() for warning in answers.confirmations[0])
    assert _starts(workspace, CLINIC.ada_video) == (tuesday(12), CLINIC.grace)
    assert outbox_service.outbox_counts(workspace).waiting == 1


def test_a_drag_to_another_column_moves_to_that_practitioner(
    qtbot: QtBot, calendar: CalendarController, workspace: ClinicWorkspace, answers: Answers
) -> None:
    with qtbot.waitSignal(calendar.appointmentsChanged):
        _drag_to(calendar.view, CLINIC.ada_video, column=1, minute_of_day=9 * 60)

    assert answers.confirmations == []
    assert _starts(workspace, CLINIC.ada_video) == (tuesday(9), CLINIC.alan)
    alan_column = calendar.view.content().columns[1].key
    moved = next(e for e in calendar.view.content().entries if e.appointment_id == CLINIC.ada_video)
    assert moved.column_key == alan_column


def test_dragging_the_bottom_edge_changes_the_end(
    qtbot: QtBot, calendar: CalendarController, workspace: ClinicWorkspace, answers: Answers
) -> None:
    view = calendar.view
    edge = entry_point(view, CLINIC.ada_video, bottom_edge=True)
    with qtbot.waitSignal(calendar.appointmentsChanged):
        drag(view, edge, edge + QPoint(0, round(15 * view.calendar_geometry.minute_height)))

    item = describe_appointment(workspace, CLINIC.ada_video)
    assert (item.starts_at, item.ends_at) == (tuesday(9), tuesday(9.75))
    assert answers.confirmations == []


def test_moving_a_repeating_appointment_asks_which_ones(
    qtbot: QtBot, calendar: CalendarController, workspace: ClinicWorkspace, answers: Answers
) -> None:
    answers.scope = None  # the user backs out
    with qtbot.assertNotEmitted(calendar.appointmentsChanged):
        _drag_to(calendar.view, CLINIC.ada_series_first, column=1, minute_of_day=17 * 60)
    assert answers.scope_questions == ["Move"]
    assert _starts(workspace, CLINIC.ada_series_first)[0] == tuesday(16)

    answers.scope = SeriesScope.WHOLE_SERIES
    with qtbot.waitSignal(calendar.appointmentsChanged):
        _drag_to(calendar.view, CLINIC.ada_series_first, column=1, minute_of_day=17 * 60)
    assert _starts(workspace, CLINIC.ada_series_first)[0] == tuesday(17)
    assert _starts(workspace, CLINIC.ada_series_second)[0] == tuesday(17) + timedelta(days=7)


def test_a_move_the_service_refuses_is_explained(
    qtbot: QtBot, calendar: CalendarController, workspace: ClinicWorkspace, answers: Answers
) -> None:
    view = calendar.view
    # A move request naming a practitioner the cache does not know (e.g. removed since the screen was drawn).
    with qtbot.assertNotEmitted(calendar.appointmentsChanged):
        calendar.committer.move(CLINIC.ada_video, "999", tuesday(15), tuesday(15.5))
    assert answers.told
    assert "practitioner" in answers.told[0]
    assert _entry_start(view, CLINIC.ada_video) == tuesday(9)

"""Domain entities to calendar content: columns, marks, tooltips, Week view with one or many practitioners."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from pytestqt.qtbot import QtBot

from app.domain.entities import Appointment, AppointmentType, Practitioner, UnavailableBlock
from app.ui.calendar.calendar_builder import build_day_content, build_week_content
from app.ui.calendar.calendar_layout import layout_content
from app.ui.calendar.calendar_model import EntryStatus

from .calendar_builders import DAY, SYDNEY, at

ANNA = Practitioner(id="p1", first_name="Anna", last_name="Smith", title="Dr")
BEN = Practitioner(id="p2", first_name="Ben", last_name="Jones")
VIDEO = AppointmentType(
    id="t1", name="Telehealth Review", duration_in_minutes=30, color="#8e24aa", telehealth_enabled=True
)
ROOM = AppointmentType(id="t2", name="Standard", duration_in_minutes=30, color="#0b8043")
TYPES = {VIDEO.id: VIDEO, ROOM.id: ROOM}
SECRET = "https://clinic.example/telehealth/secret-room"


def _appointment(
    appointment_id: str, practitioner: str, hour: int, type_id: str = "t2", **changes: object
) -> Appointment:
    start = at(DAY, hour)
    base = Appointment(
        id=appointment_id,
        starts_at=start,
        ends_at=start + timedelta(minutes=30),
        practitioner_id=practitioner,
        appointment_type_id=type_id,
        business_id="b1",
        patient_id="pat",
        patient_name="Olivia Nguyen",
        telehealth_url=SECRET,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def test_day_content_has_a_column_per_practitioner_and_marks_from_the_type(qtbot: QtBot) -> None:
    appointments = [
        _appointment("a", "p1", 9, "t1"),
        _appointment("b", "p2", 10, cancelled_at=at(DAY, 8)),
        _appointment("c", "p2", 11, deleted_at=at(DAY, 8)),
        _appointment("d", "p3", 12),  # a practitioner filtered out
    ]
    shown = build_day_content(
        day=DAY,
        zone=SYDNEY,
        practitioners=[ANNA, BEN],
        appointments=appointments,
        types=TYPES,
        pending_ids={"a"},
    )
    assert [(c.key, c.title, c.practitioner_id) for c in shown.columns] == [
        ("p1", "Dr Anna Smith", "p1"),
        ("p2", "Ben Jones", "p2"),
    ]
    assert [c.subtitle for c in shown.columns] == ["1 booked", "0 booked"]
    by_id = {e.appointment_id: e for e in shown.entries}
    assert set(by_id) == {"a", "b"}
    video = by_id["a"]
    assert (video.column_key, video.color, video.telehealth, video.pending_sync) == (
        "p1",
        "#8e24aa",
        True,
        True,
    )
    assert video.movable
    assert "Olivia Nguyen" in video.tooltip
    assert "Telehealth" in video.tooltip
    assert by_id["b"].status == EntryStatus.CANCELLED
    assert not by_id["b"].movable
    assert all(SECRET not in e.tooltip and "http" not in e.tooltip for e in shown.entries)


def test_telehealth_mark_follows_the_type_as_it_is_now(qtbot: QtBot) -> None:
    appointment = _appointment("a", "p1", 9, "t1")
    switched_off = {"t1": replace(VIDEO, telehealth_enabled=False)}
    shown = build_day_content(
        day=DAY, zone=SYDNEY, practitioners=[ANNA], appointments=[appointment], types=switched_off
    )
    assert not shown.entries[0].telehealth


def test_week_with_one_practitioner_shades_blocks_on_the_days_they_cover(qtbot: QtBot) -> None:
    block = UnavailableBlock(
        id="u", practitioner_id="p1", starts_at=at(DAY, 16), ends_at=at(DAY + timedelta(days=1), 10)
    )
    monday = DAY - timedelta(days=DAY.weekday())
    shown = build_week_content(
        first_day=monday,
        zone=SYDNEY,
        practitioners=[ANNA],
        appointments=[_appointment("a", "p1", 9)],
        types=TYPES,
        blocks=[block],
    )
    assert len(shown.columns) == 7
    assert {c.practitioner_id for c in shown.columns} == {"p1"}
    assert shown.entries[0].column_key == DAY.isoformat()
    placed = layout_content(shown).blocks
    assert sorted((b.column, b.top, b.bottom) for b in placed) == [
        (1, 16 * 60, 20 * 60),
        (2, 7 * 60, 10 * 60),
    ]


def test_week_with_several_practitioners_shares_day_columns_without_blocks(qtbot: QtBot) -> None:
    block = UnavailableBlock(id="u", practitioner_id="p1", starts_at=at(DAY, 12), ends_at=at(DAY, 13))
    appointments = [_appointment("a", "p1", 9), _appointment("b", "p2", 9)]
    shown = build_week_content(
        first_day=DAY,
        zone=SYDNEY,
        practitioners=[ANNA, BEN],
        appointments=appointments,
        types=TYPES,
        blocks=[block],
    )
    assert {c.practitioner_id for c in shown.columns} == {None}
    assert shown.blocks == ()
    layout = layout_content(shown)
    assert {(p.lane, p.lanes) for p in layout.placements} == {(0, 2), (1, 2)}

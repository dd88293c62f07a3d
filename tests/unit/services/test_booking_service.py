"""Booking: validation blocks, warnings need force, and cache + outbox are written together or not at all."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from app.domain.conflicts import WarningCategory
from app.domain.recurrence import RepeatFrequency, RepeatRule
from app.services import booking_service
from app.services.booking_service import BookingRequest
from app.services.errors import BookingHasWarnings, BookingInvalid
from app.services.workspace import ClinicWorkspace
from app.store import outbox, queries
from app.store.local_writes import appointment_sync_state, is_local_id
from app.store.outbox import OutboxKind
from app.store.outbox_payloads import CreatePayload
from tests.support.clinic_builder import tuesday

from .clinic_data import CLINIC


def _request(**changes: object) -> BookingRequest:
    fields: dict[str, object] = {
        "practitioner_id": CLINIC.alan,
        "patient_id": CLINIC.bob,
        "appointment_type_id": CLINIC.initial,
        "starts_at": tuesday(15),
    }
    fields.update(changes)
    return BookingRequest(**fields)  # type: ignore[arg-type]


def _outbox(workspace: ClinicWorkspace) -> list[outbox.OutboxEntry]:
    with workspace.reading() as session:
        return outbox.unfinished_entries(session)


def test_a_clear_booking_lands_in_the_cache_and_the_outbox(workspace: ClinicWorkspace) -> None:
    result = booking_service.book(workspace, _request(notes="  first visit  "))
    (booked,) = result.appointments
    assert is_local_id(booked.id)
    assert result.warnings == ()
    # No end given: the type's 45 minutes.
    assert (booked.starts_at, booked.ends_at) == (tuesday(15), tuesday(15.75))
    assert booked.patient_name == "Bob Builder"
    assert booked.business_id == CLINIC.business
    with workspace.reading() as session:
        assert queries.get_appointment(session, booked.id) == booked
        state = appointment_sync_state(session, booked.id)
    assert state is not None
    assert state.pending_sync
    (entry,) = _outbox(workspace)
    assert (entry.kind, entry.appointment_id, entry.base_remote_updated_at) == (
        OutboxKind.CREATE,
        booked.id,
        None,
    )
    assert CreatePayload.from_json(entry.payload) == CreatePayload(
        starts_at=tuesday(15),
        ends_at=tuesday(15.75),
        practitioner_id=CLINIC.alan,
        patient_id=CLINIC.bob,
        appointment_type_id=CLINIC.initial,
        business_id=CLINIC.business,
        notes="first visit",
    )


def test_warnings_block_without_force_and_nothing_is_written(workspace: ClinicWorkspace) -> None:
    clash = _request(practitioner_id=CLINIC.grace, starts_at=tuesday(9.25))
    with pytest.raises(BookingHasWarnings) as raised:
        booking_service.book(workspace, clash)
    categories = [w.category for w in raised.value.warnings]
    assert WarningCategory.PRACTITIONER_DOUBLE_BOOKED in categories
    assert WarningCategory.PATIENT_DOUBLE_BOOKED not in categories  # Bob is free at 09:15
    double = next(
        w for w in raised.value.warnings if w.category == WarningCategory.PRACTITIONER_DOUBLE_BOOKED
    )
    assert double.appointment_ids == (CLINIC.video_ada,)
    assert _outbox(workspace) == []
    with workspace.reading() as session:
        found = queries.appointments_in_window(
            session, practitioner_ids=[CLINIC.grace], start=tuesday(9), end=tuesday(10)
        )
    assert [a.id for a in found] == [CLINIC.video_ada]


def test_force_books_anyway_and_reports_what_it_overrode(workspace: ClinicWorkspace) -> None:
    clash = _request(practitioner_id=CLINIC.grace, starts_at=tuesday(9.25))
    check = booking_service.check_booking(workspace, clash)
    assert check.can_book_anyway
    assert not check.can_book
    result = booking_service.book(workspace, clash, force=True)
    assert result.warnings == check.warnings
    assert [e.appointment_id for e in _outbox(workspace)] == [result.appointments[0].id]


def test_invalid_input_blocks_with_every_problem_named(workspace: ClinicWorkspace) -> None:
    request = _request(
        patient_id=None, appointment_type_id=CLINIC.archived, ends_at=tuesday(14), starts_at=tuesday(15)
    )
    with pytest.raises(BookingInvalid) as raised:
        booking_service.book(workspace, request, force=True)
    fields = [problem.field for problem in raised.value.problems]
    assert fields == ["patient", "appointment_type", "ends_at"]
    assert _outbox(workspace) == []


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"patient_id": "999"}, "patient", "not in the local copy"),
        ({"patient_id": CLINIC.gone}, "patient", "archived"),
        ({"practitioner_id": CLINIC.retired}, "practitioner", "no longer active"),
        ({"practitioner_id": "999"}, "practitioner", "not in the local copy"),
        ({"business_id": "999"}, "business", "not in the local copy"),
        ({"appointment_type_id": "999"}, "appointment_type", "unknown"),
        ({"starts_at": tuesday(15).replace(tzinfo=None)}, "starts_at", "time zone"),
    ],
)
def test_references_the_cache_does_not_know_block(
    workspace: ClinicWorkspace, changes: dict[str, object], field: str, words: str
) -> None:
    check = booking_service.check_booking(workspace, _request(**changes))
    assert [p.field for p in check.problems] == [field]
    assert words in check.problems[0].message


def test_booking_before_any_sync_says_to_sync_first(empty_workspace: ClinicWorkspace) -> None:
    check = booking_service.check_booking(empty_workspace, _request())
    assert any(p.field == "business" and "Sync first" in p.message for p in check.problems)


def test_a_weekly_series_books_every_occurrence_with_one_series_id(workspace: ClinicWorkspace) -> None:
    rule = RepeatRule(RepeatFrequency.WEEKLY, interval=1, count=4)
    result = booking_service.book(workspace, _request(repeat=rule))
    assert len(result.appointments) == 4
    assert result.series_id is not None
    assert {a.series_id for a in result.appointments} == {result.series_id}
    starts = [a.starts_at for a in result.appointments]
    assert starts == [tuesday(15) + timedelta(weeks=n) for n in range(4)]
    assert json.loads(result.appointments[0].repeat_rule or "{}") == {
        "number_of_repeats": 4,
        "repeat_type": "weekly",
        "repeating_interval": 1,
    }
    entries = _outbox(workspace)
    assert [e.kind for e in entries] == [OutboxKind.CREATE] * 4
    assert [e.appointment_id for e in entries] == [a.id for a in result.appointments]


def test_a_series_clash_names_the_dates(workspace: ClinicWorkspace) -> None:
    # Grace at 09:00 weekly: only the first Tuesday clashes with Ada's video consult.
    rule = RepeatRule(RepeatFrequency.WEEKLY, interval=1, count=3)
    request = _request(practitioner_id=CLINIC.grace, starts_at=tuesday(9), repeat=rule)
    with pytest.raises(BookingHasWarnings) as raised:
        booking_service.book(workspace, request)
    summary = raised.value.warnings[0]
    assert summary.category == WarningCategory.REPEAT_INSTANCES_CONFLICT
    assert "1 of 3 repeats clashes: Tue 4 Mar" in summary.message
    assert summary.appointment_ids == (CLINIC.video_ada,)


def test_a_failure_half_way_through_a_series_leaves_neither_rows_nor_entries(
    workspace: ClinicWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []
    real_enqueue = booking_service.enqueue

    def failing_enqueue(*args: object, **kwargs: object) -> int:
        calls.append(1)
        if len(calls) == 3:
            raise OSError("disk gone")
        return real_enqueue(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(booking_service, "enqueue", failing_enqueue)
    rule = RepeatRule(RepeatFrequency.DAILY, interval=1, count=4)
    with pytest.raises(OSError, match="disk gone"):
        booking_service.book(workspace, _request(repeat=rule))
    assert len(calls) == 3
    assert _outbox(workspace) == []
    with workspace.reading() as session:
        found = queries.appointments_in_window(
            session, practitioner_ids=[CLINIC.alan], start=tuesday(0), end=tuesday(24 * 5)
        )
    assert all(not is_local_id(a.id) for a in found)

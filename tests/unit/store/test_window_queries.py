"""The window queries return exactly the right rows: named cases, then brute force on random data."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.domain.entities import Appointment
from app.store import bulk, local_writes, queries
from app.store.database import CacheDatabase, open_cache
from app.store.meta import MetaKey
from app.store.models import AppointmentRow, AppointmentTombstoneRow, MetaRow
from app.store.prepared import PreparedSelect

from .builders import MONDAY, at, make_appointment, make_block

P1, P2, P3 = "1390726237298631001", "1390726237298631002", "1390726237298631003"
X, Y = "1390726237298632001", "1390726237298632002"
NINE_TO_TEN = {"start": at(9), "end": at(10)}


def ids(appointments: Sequence[Appointment]) -> list[str]:
    return [a.id for a in appointments]


def window(session: Session, practitioners: Sequence[str] | None = (P1,), **kwargs: object) -> list[str]:
    bounds = {**NINE_TO_TEN, **kwargs}
    return ids(queries.appointments_in_window(session, practitioner_ids=practitioners, **bounds))  # type: ignore[arg-type]


# --- named cases --------------------------------------------------------------------------------


def test_overlapping_ones_are_in_and_touching_ones_are_out(session: Session) -> None:
    bulk.upsert_appointments(
        session,
        [
            make_appointment(1, practitioner_id=P1, starts_at=at(8), ends_at=at(9)),  # ends at start
            make_appointment(2, practitioner_id=P1, starts_at=at(8.5), ends_at=at(9.25)),  # overlaps start
            make_appointment(3, practitioner_id=P1, starts_at=at(9.25), ends_at=at(9.75)),  # inside
            make_appointment(4, practitioner_id=P1, starts_at=at(9.75), ends_at=at(11)),  # overlaps end
            make_appointment(5, practitioner_id=P1, starts_at=at(10), ends_at=at(11)),  # starts at end
            make_appointment(6, practitioner_id=P1, starts_at=at(8), ends_at=at(11)),  # covers it
        ],
    )
    assert window(session) == ids([make_appointment(n) for n in (6, 2, 3, 4)])


def test_other_practitioners_are_left_out_and_none_means_all(session: Session) -> None:
    mine = make_appointment(1, practitioner_id=P1, starts_at=at(9), ends_at=at(9.5))
    theirs = make_appointment(2, practitioner_id=P2, starts_at=at(9), ends_at=at(9.5))
    third = make_appointment(3, practitioner_id=P3, starts_at=at(9.5), ends_at=at(10))
    bulk.upsert_appointments(session, [mine, theirs, third])
    assert window(session, [P1]) == [mine.id]
    assert window(session, [P1, P3]) == [mine.id, third.id]
    assert window(session, None) == [mine.id, theirs.id, third.id]  # by start, then id
    assert window(session, []) == []


def test_cancelled_ones_are_included_unless_asked_not_to_be(session: Session) -> None:
    kept = make_appointment(1, practitioner_id=P1)
    cancelled = make_appointment(2, practitioner_id=P1, cancelled_at=at(-1), cancellation_reason="30")
    bulk.upsert_appointments(session, [kept, cancelled])
    assert window(session) == [kept.id, cancelled.id]
    assert window(session, include_cancelled=False) == [kept.id]


def test_deleted_ones_are_never_returned(session: Session) -> None:
    remote_delete = make_appointment(1, practitioner_id=P1, deleted_at=at(-1))
    local_delete = make_appointment(2, practitioner_id=P1)
    bulk.upsert_appointments(session, [remote_delete, local_delete])
    local_writes.save_local_appointment(session, replace(local_delete, deleted_at=at(-1)))
    assert window(session) == []
    assert queries.get_appointment(session, remote_delete.id) is None
    pending_delete = queries.get_appointment(session, local_delete.id)
    assert pending_delete is not None
    assert pending_delete.is_deleted  # kept until the server confirms, but out of every window


def test_a_long_appointment_crossing_the_window_is_found(session: Session) -> None:
    workshop = make_appointment(1, practitioner_id=P1, starts_at=at(9, day=-3), ends_at=at(12, day=2))
    bulk.upsert_appointments(
        session, [make_appointment(2, practitioner_id=P1, starts_at=at(7), ends_at=at(8))]
    )
    bulk.upsert_appointments(session, [workshop])
    assert window(session) == [workshop.id]
    assert ids(
        queries.patient_appointments_overlapping(session, workshop.patient_id or "", at(9), at(10))
    ) == [workshop.id]


def test_a_long_appointment_booked_locally_is_found(session: Session) -> None:
    retreat = make_appointment(
        1, id="local-abc", practitioner_id=P1, starts_at=at(0, day=-10), ends_at=at(0, day=5)
    )
    local_writes.save_local_appointment(session, retreat)
    assert window(session) == [retreat.id]


def test_an_orm_written_long_appointment_is_found(session: Session) -> None:
    session.add(
        AppointmentRow(
            id="orm-long",
            starts_at=at(0, day=-20),
            ends_at=at(0, day=20),
            practitioner_id=P1,
            appointment_type_id="t",
            business_id="b",
            patient_name="",
        )
    )
    session.flush()
    assert window(session) == ["orm-long"]


def test_a_lost_duration_bound_is_measured_again(session: Session) -> None:
    long_one = make_appointment(1, practitioner_id=P1, starts_at=at(9, day=-2), ends_at=at(9.5))
    bulk.upsert_appointments(session, [long_one])
    session.execute(delete(MetaRow).where(MetaRow.key == MetaKey.MAX_APPOINTMENT_DURATION_US.value))
    assert window(session) == [long_one.id]


def test_agenda_lists_appointments_starting_in_the_range(session: Session) -> None:
    started_before = make_appointment(1, practitioner_id=P1, starts_at=at(8), ends_at=at(9.5))
    starting = make_appointment(2, practitioner_id=P1, starts_at=at(9), ends_at=at(9.5))
    bulk.upsert_appointments(session, [started_before, starting])
    found = queries.appointments_starting_in(session, practitioner_ids=None, start=at(9), end=at(10))
    assert ids(found) == [starting.id]


def test_patient_window_and_conflict_candidates(session: Session) -> None:
    x_elsewhere = make_appointment(1, practitioner_id=P2, patient_id=X, starts_at=at(9.5), ends_at=at(10.5))
    p1_other_patient = make_appointment(
        2, practitioner_id=P1, patient_id=Y, starts_at=at(8.5), ends_at=at(9.25)
    )
    p1_just_after = make_appointment(3, practitioner_id=P1, patient_id=Y, starts_at=at(10.1), ends_at=at(11))
    unrelated = make_appointment(4, practitioner_id=P3, patient_id=Y, starts_at=at(9), ends_at=at(10))
    cancelled = make_appointment(
        5, practitioner_id=P1, patient_id=X, starts_at=at(9), ends_at=at(10), cancelled_at=at(0)
    )
    bulk.upsert_appointments(session, [x_elsewhere, p1_other_patient, p1_just_after, unrelated, cancelled])

    found = queries.patient_appointments_overlapping(session, X, at(9), at(10))
    assert ids(found) == [cancelled.id, x_elsewhere.id]
    found = queries.patient_appointments_overlapping(session, X, at(9), at(10), include_cancelled=False)
    assert ids(found) == [x_elsewhere.id]

    candidates = queries.conflict_candidates(
        session, practitioner_id=P1, patient_id=X, start=at(9), end=at(10)
    )
    assert ids(candidates) == [p1_other_patient.id, x_elsewhere.id]
    widened = queries.conflict_candidates(
        session, practitioner_id=P1, patient_id=X, start=at(9), end=at(10), margin=timedelta(minutes=10)
    )
    assert ids(widened) == [p1_other_patient.id, x_elsewhere.id, p1_just_after.id]
    no_patient = queries.conflict_candidates(
        session, practitioner_id=P1, patient_id=None, start=at(9), end=at(10)
    )
    assert ids(no_patient) == [p1_other_patient.id]


def test_unavailable_blocks_in_window(session: Session) -> None:
    lunch = make_block(1, practitioner_id=P1, starts_at=at(12), ends_at=at(13))
    leave = make_block(2, practitioner_id=P1, starts_at=at(0, day=-7), ends_at=at(0, day=7))
    touching = make_block(3, practitioner_id=P1, starts_at=at(13), ends_at=at(14))
    other = make_block(4, practitioner_id=P2, starts_at=at(12), ends_at=at(13))
    bulk.upsert_unavailable_blocks(session, [lunch, leave, touching, other])
    found = queries.unavailable_blocks_in_window(session, practitioner_ids=[P1], start=at(12.5), end=at(13))
    assert [b.id for b in found] == [leave.id, lunch.id]
    assert bulk.delete_unavailable_blocks(session, [leave.id, "missing"]) == 1
    found = queries.unavailable_blocks_in_window(session, practitioner_ids=None, start=at(12.5), end=at(13))
    assert [b.id for b in found] == [lunch.id, other.id]


def test_naive_window_bounds_are_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        queries.appointments_in_window(
            session,
            practitioner_ids=None,
            start=datetime(2025, 3, 3),  # noqa: DTZ001
            end=at(1),
        )


def test_the_window_queries_use_the_composite_indexes(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The plan, not a timing: each query is a range scan on (practitioner|patient, starts_at)."""
    many = [
        make_appointment(
            n,
            practitioner_id=(P1, P2, P3)[n % 3],
            patient_id=f"patient-{n % 50}",
            starts_at=at(n % 200, day=n // 5),
            ends_at=at(n % 200 + 0.5, day=n // 5),
        )
        for n in range(1500)
    ]
    for start in range(0, len(many), 100):
        bulk.upsert_appointments(session, many[start : start + 100])
    plans: list[str] = []
    original_rows = PreparedSelect.rows

    def explained_rows(query: PreparedSelect, executor: Session, values: Mapping[str, Any]) -> Sequence[Any]:
        parameters = tuple(values[name] for name in query.parameter_names)
        explained = session.connection().exec_driver_sql("EXPLAIN QUERY PLAN " + query.sql, parameters)
        plans.append(" | ".join(row[-1] for row in explained))
        return original_rows(query, executor, values)

    monkeypatch.setattr(PreparedSelect, "rows", explained_rows)
    queries.appointments_in_window(session, practitioner_ids=[P1, P2], start=at(0), end=at(0, day=7))
    queries.patient_appointments_overlapping(session, "patient-7", at(0), at(0, day=7))
    queries.conflict_candidates(session, practitioner_id=P1, patient_id="patient-7", start=at(9), end=at(10))
    monkeypatch.undo()
    assert len(plans) == 3
    assert (
        "USING INDEX ix_appointments_practitioner_starts (practitioner_id=? AND starts_at>? AND starts_at<?)"
        in plans[0]
    )
    assert (
        "USING INDEX ix_appointments_patient_starts (patient_id=? AND starts_at>? AND starts_at<?)"
        in plans[1]
    )
    assert (
        "ix_appointments_practitioner_starts (practitioner_id=? AND starts_at>? AND starts_at<?)" in plans[2]
    )
    assert "ix_appointments_patient_starts (patient_id=? AND starts_at>? AND starts_at<?)" in plans[2]
    # Put in order in Python (see app.store.queries), not through a temporary B-tree.
    assert not any("TEMP B-TREE" in plan for plan in plans)


# --- brute force on random calendars ------------------------------------------------------------

PRACTITIONERS = (P1, P2, P3)
PATIENTS = (X, Y, None)
QUARTER = timedelta(minutes=15)


@st.composite
def calendars(draw: st.DrawFn) -> list[tuple[Appointment, str]]:
    """Appointments on a quarter-hour grid over four days, some long, some cancelled or deleted."""
    count = draw(st.integers(min_value=0, max_value=40))
    made = []
    for n in range(count):
        start = MONDAY + QUARTER * draw(st.integers(min_value=0, max_value=4 * 24 * 4))
        quarters = draw(st.one_of(st.integers(1, 12), st.integers(1, 4 * 24 * 3)))
        fate = draw(st.sampled_from(["live", "live", "live", "cancelled", "remote_delete", "local_delete"]))
        appointment = make_appointment(
            n,
            practitioner_id=draw(st.sampled_from(PRACTITIONERS)),
            patient_id=draw(st.sampled_from(PATIENTS)),
            starts_at=start,
            ends_at=start + QUARTER * quarters,
            cancelled_at=at(0) if fate == "cancelled" else None,
        )
        made.append((appointment, fate))
    return made


windows = st.tuples(st.integers(0, 4 * 24 * 4), st.integers(1, 4 * 24 * 2)).map(
    lambda w: (MONDAY + QUARTER * w[0], MONDAY + QUARTER * (w[0] + w[1]))
)


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CacheDatabase]:
    database = open_cache(Path(tmp_path_factory.mktemp("window-brute-force")))
    yield database
    database.close()


def _load(session: Session, calendar: list[tuple[Appointment, str]]) -> list[Appointment]:
    """Store the calendar the way the app would; returns the appointments neither gone nor deleted."""
    for model in (AppointmentRow, AppointmentTombstoneRow):  # a fresh calendar, no deletions remembered
        session.execute(delete(model))
    bulk.upsert_appointments(session, [a for a, fate in calendar if fate != "remote_delete"])
    visible = []
    for appointment, fate in calendar:
        if fate == "remote_delete":
            bulk.upsert_appointments(session, [replace(appointment, deleted_at=at(1), updated_at=at(1))])
        elif fate == "local_delete":
            local_writes.save_local_appointment(session, replace(appointment, deleted_at=at(1)))
        else:
            visible.append(appointment)
    return visible


def _overlapping(appointments: list[Appointment], start: datetime, end: datetime) -> list[Appointment]:
    found = [a for a in appointments if a.starts_at < end and a.ends_at > start]
    return sorted(found, key=lambda a: (a.starts_at, a.id))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    calendar=calendars(),
    bounds=windows,
    chosen=st.one_of(st.none(), st.lists(st.sampled_from(PRACTITIONERS), unique=True)),
    include_cancelled=st.booleans(),
)
def test_appointments_in_window_match_brute_force(
    shared_cache: CacheDatabase,
    *,
    calendar: list[tuple[Appointment, str]],
    bounds: tuple[datetime, datetime],
    chosen: list[str] | None,
    include_cancelled: bool,
) -> None:
    start, end = bounds
    with shared_cache.write_session() as session:
        visible = _load(session, calendar)
        found = queries.appointments_in_window(
            session, practitioner_ids=chosen, start=start, end=end, include_cancelled=include_cancelled
        )
    expected = [
        a
        for a in _overlapping(visible, start, end)
        if (chosen is None or a.practitioner_id in chosen) and (include_cancelled or a.cancelled_at is None)
    ]
    assert found == expected


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    calendar=calendars(),
    bounds=windows,
    practitioner=st.sampled_from(PRACTITIONERS),
    patient=st.sampled_from(PATIENTS),
    margin_quarters=st.integers(0, 4),
)
def test_patient_and_conflict_queries_match_brute_force(
    shared_cache: CacheDatabase,
    *,
    calendar: list[tuple[Appointment, str]],
    bounds: tuple[datetime, datetime],
    practitioner: str,
    patient: str | None,
    margin_quarters: int,
) -> None:
    start, end = bounds
    margin = QUARTER * margin_quarters
    with shared_cache.write_session() as session:
        visible = _load(session, calendar)
        candidates = queries.conflict_candidates(
            session, practitioner_id=practitioner, patient_id=patient, start=start, end=end, margin=margin
        )
        of_patient = (
            queries.patient_appointments_overlapping(session, patient, start, end)
            if patient is not None
            else []
        )
    widened = _overlapping(visible, start - margin, end + margin)
    assert candidates == [
        a
        for a in widened
        if a.cancelled_at is None
        and (a.practitioner_id == practitioner or (patient and a.patient_id == patient))
    ]
    if patient is not None:
        assert of_patient == [a for a in _overlapping(visible, start, end) if a.patient_id == patient]

"""The calendar's and the conflict checker's reads: appointments, blocks and attendees in a window.

All windows are half-open, [start, end): an appointment overlaps when it starts before `end` and ends
after `start`, so touching ones do not. Deleted appointments are never returned (a local delete not
yet pushed keeps its row with `deleted_at` set until the server confirms).

Speed: "starts before end and ends after start" on its own would scan every earlier appointment of a
practitioner. The store keeps the longest duration it has ever held (`app.store.duration_bounds`),
so the scan of the (practitioner_id, starts_at) index is limited to
`start - longest < starts_at < end`, and `ends_at > start` filters that short range. The bound is a
constant subquery of the same statement (one round trip; if its row were missing, the subquery
measures the table instead). Each query shape is compiled once and its rows are decoded by one tight
loop (`app.store.prepared`, `mapping.appointments_from_storage`): at a thousand rows a week,
SQLAlchemy's per-value processing would cost more than the query itself. The rows are put in order
(start, then id) in Python: the scans return one ordered run per practitioner, which Python's sort
merges in a third of the time SQLite takes to copy every row through a temporary B-tree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    BigInteger,
    BindParameter,
    ColumnElement,
    Select,
    Table,
    and_,
    bindparam,
    cast,
    func,
    literal_column,
    or_,
    select,
)

from app.domain.entities import Appointment, Attendee, UnavailableBlock
from app.store.mapping import (
    APPOINTMENT_FIELDS,
    appointments_from_storage,
    attendee_from_row,
    unavailable_blocks_from_storage,
)
from app.store.meta import MetaKey
from app.store.models import AppointmentRow, AttendeeRow, MetaRow, UnavailableBlockRow, table_of
from app.store.prepared import Executor, PreparedSelect
from app.store.timestamps import to_epoch_us

_appointments = table_of(AppointmentRow)
_blocks = table_of(UnavailableBlockRow)
_attendees = table_of(AttendeeRow)
_meta = table_of(MetaRow)
_BLOCK_FIELDS = ("id", "practitioner_id", "starts_at", "ends_at", "business_id", "notes", "updated_at")
_BOUND = MetaKey.MAX_APPOINTMENT_DURATION_US


def _longest(table: Table, key: MetaKey) -> ColumnElement[Any]:
    recorded = select(cast(_meta.c.value, BigInteger)).where(_meta.c.key == literal_column(f"'{key.value}'"))
    measured = select(func.max(table.c.ends_at - table.c.starts_at))
    return func.coalesce(recorded.scalar_subquery(), measured.scalar_subquery(), literal_column("0"))


def _overlaps(table: Table, key: MetaKey) -> ColumnElement[bool]:
    start: BindParameter[int] = bindparam("start")
    end: BindParameter[int] = bindparam("end")
    return and_(
        table.c.starts_at < end, table.c.starts_at > start - _longest(table, key), table.c.ends_at > start
    )


def _in_list(column: Any, prefix: str, count: int) -> ColumnElement[bool]:
    return column.in_([bindparam(f"{prefix}{i}") for i in range(count)])


def _appointments_where(
    *conditions: ColumnElement[bool], include_cancelled: bool, include_deleted: bool = False
) -> PreparedSelect:
    """The appointments matching `conditions`, unordered (`_in_order` sorts them)."""
    columns = [_appointments.c[name] for name in APPOINTMENT_FIELDS]
    query: Select[Any] = select(*columns).where(*conditions)
    if not include_deleted:
        query = query.where(_appointments.c.deleted_at.is_(None))
    if not include_cancelled:
        query = query.where(_appointments.c.cancelled_at.is_(None))
    return PreparedSelect.of(query)


# (starts_at, id) of a row of APPOINTMENT_FIELDS: integers, then text in SQLite's binary order.
_START_THEN_ID = itemgetter(APPOINTMENT_FIELDS.index("starts_at"), APPOINTMENT_FIELDS.index("id"))


def _in_order(rows: Sequence[Any]) -> list[Appointment]:
    """Raw appointment rows as appointments, by start then id."""
    ordered = list(rows)
    ordered.sort(key=_START_THEN_ID)
    return appointments_from_storage(ordered)


@lru_cache(maxsize=256)
def _window_query(practitioners: int | None, include_cancelled: bool, overlapping: bool) -> PreparedSelect:
    c = _appointments.c
    if overlapping:
        in_window = _overlaps(_appointments, _BOUND)
    else:
        in_window = and_(c.starts_at >= bindparam("start"), c.starts_at < bindparam("end"))
    if practitioners is None:
        return _appointments_where(in_window, include_cancelled=include_cancelled)
    chosen = _in_list(c.practitioner_id, "practitioner_", practitioners)
    return _appointments_where(in_window, chosen, include_cancelled=include_cancelled)


@lru_cache(maxsize=8)
def _owner_query(with_practitioner: bool, with_patient: bool, include_cancelled: bool) -> PreparedSelect:
    c = _appointments.c
    branches = []
    # Each branch carries its own range, so SQLite's OR optimisation runs one bounded range scan per
    # index and unions the rowids (an OR of the bare ids would scan each owner's whole history).
    if with_practitioner:
        branches.append(
            and_(c.practitioner_id == bindparam("practitioner"), _overlaps(_appointments, _BOUND))
        )
    if with_patient:
        branches.append(and_(c.patient_id == bindparam("patient"), _overlaps(_appointments, _BOUND)))
    return _appointments_where(or_(*branches), include_cancelled=include_cancelled)


_BY_ID = _appointments_where(
    _appointments.c.id == bindparam("id"), include_cancelled=True, include_deleted=True
)


def _window_values(start: datetime, end: datetime) -> dict[str, Any]:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("window bounds must be timezone-aware")
    return {"start": to_epoch_us(start), "end": to_epoch_us(end)}


def _practitioner_values(practitioner_ids: Sequence[str] | None) -> tuple[int | None, dict[str, Any]]:
    if practitioner_ids is None:
        return None, {}
    unique = list(dict.fromkeys(practitioner_ids))
    return len(unique), {f"practitioner_{i}": value for i, value in enumerate(unique)}


def appointments_in_window(
    executor: Executor,
    *,
    practitioner_ids: Sequence[str] | None,
    start: datetime,
    end: datetime,
    include_cancelled: bool = True,
) -> list[Appointment]:
    """Appointments overlapping [start, end) of these practitioners (None: all), by start then id."""
    values = _window_values(start, end)
    count, chosen = _practitioner_values(practitioner_ids)
    if count == 0:
        return []
    query = _window_query(count, include_cancelled, overlapping=True)
    return _in_order(query.rows(executor, values | chosen))


def appointments_starting_in(
    executor: Executor,
    *,
    practitioner_ids: Sequence[str] | None,
    start: datetime,
    end: datetime,
    include_cancelled: bool = True,
) -> list[Appointment]:
    """Appointments starting within [start, end) (the agenda of a day), by start then id."""
    values = _window_values(start, end)
    count, chosen = _practitioner_values(practitioner_ids)
    if count == 0:
        return []
    query = _window_query(count, include_cancelled, overlapping=False)
    return _in_order(query.rows(executor, values | chosen))


def patient_appointments_overlapping(
    executor: Executor,
    patient_id: str,
    start: datetime,
    end: datetime,
    *,
    include_cancelled: bool = True,
) -> list[Appointment]:
    """The patient's appointments overlapping [start, end), by start then id."""
    values = _window_values(start, end) | {"patient": patient_id}
    query = _owner_query(with_practitioner=False, with_patient=True, include_cancelled=include_cancelled)
    return _in_order(query.rows(executor, values))


def conflict_candidates(
    executor: Executor,
    *,
    practitioner_id: str,
    patient_id: str | None,
    start: datetime,
    end: datetime,
    margin: timedelta = timedelta(0),
    include_cancelled: bool = False,
) -> list[Appointment]:
    """Appointments of the practitioner or the patient overlapping [start - margin, end + margin).

    What the conflict checker compares a booking with; `margin` covers the buffer rule. Cancelled
    appointments are left out unless asked for (they never conflict).
    """
    values = _window_values(start - margin, end + margin) | {"practitioner": practitioner_id}
    if patient_id is not None:
        values["patient"] = patient_id
    query = _owner_query(
        with_practitioner=True, with_patient=patient_id is not None, include_cancelled=include_cancelled
    )
    return _in_order(query.rows(executor, values))


def get_appointment(executor: Executor, appointment_id: str) -> Appointment | None:
    """The cached appointment with this id (a local delete not yet pushed included), or None."""
    found = appointments_from_storage(_BY_ID.rows(executor, {"id": appointment_id}))
    return found[0] if found else None


@lru_cache(maxsize=64)
def _blocks_query(practitioners: int | None) -> PreparedSelect:
    query = select(*[_blocks.c[name] for name in _BLOCK_FIELDS]).where(
        _overlaps(_blocks, MetaKey.MAX_UNAVAILABLE_BLOCK_DURATION_US)
    )
    if practitioners is not None:
        query = query.where(_in_list(_blocks.c.practitioner_id, "practitioner_", practitioners))
    return PreparedSelect.of(query.order_by(_blocks.c.starts_at, _blocks.c.id))


def unavailable_blocks_in_window(
    executor: Executor, *, practitioner_ids: Sequence[str] | None, start: datetime, end: datetime
) -> list[UnavailableBlock]:
    """Unavailable blocks overlapping [start, end) of these practitioners (None: all), by start."""
    values = _window_values(start, end)
    count, chosen = _practitioner_values(practitioner_ids)
    if count == 0:
        return []
    return unavailable_blocks_from_storage(_blocks_query(count).rows(executor, values | chosen))


def attendee_for_appointment(executor: Executor, appointment_id: str) -> Attendee | None:
    """The attendee of an individual appointment: the one not deleted, preferring one not cancelled."""
    query = (
        select(_attendees)
        .where(_attendees.c.appointment_id == appointment_id, _attendees.c.deleted_at.is_(None))
        .order_by(_attendees.c.cancelled_at.is_not(None), _attendees.c.id)
        .limit(1)
    )
    row = executor.execute(query).first()
    return None if row is None else attendee_from_row(row._mapping)


def attendees_for_appointment(executor: Executor, appointment_id: str) -> list[Attendee]:
    """Every cached attendee of an appointment, deleted ones included, by id."""
    query = select(_attendees).where(_attendees.c.appointment_id == appointment_id).order_by(_attendees.c.id)
    return [attendee_from_row(row._mapping) for row in executor.execute(query)]

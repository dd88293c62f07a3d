"""Look-ups the services need beside the window queries: pending flags, attendees, series members.

Each is an index look-up (primary key, the attendees' appointment index, the patient index), so an
agenda of a busy day or the siblings of a long series cost a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, select, true

from app.domain.entities import Appointment, Attendee
from app.store.mapping import APPOINTMENT_FIELDS, appointments_from_storage, attendee_from_row
from app.store.models import AppointmentRow, AttendeeRow, OutboxRow, table_of
from app.store.outbox import UNFINISHED_STATES
from app.store.prepared import Executor, PreparedSelect, chunks, id_in_chunk, lookup, prepared_lookup

_appointments = table_of(AppointmentRow)
_attendees = table_of(AttendeeRow)
_outbox = table_of(OutboxRow)

_PENDING_AMONG = prepared_lookup(
    select(_appointments.c.id).where(id_in_chunk(_appointments.c.id), _appointments.c.pending_sync == true())
)
_UNFINISHED_IDS = (
    select(_outbox.c.appointment_id)
    .where(_outbox.c.state.in_([state.value for state in UNFINISHED_STATES]))
    .distinct()
)
_SERIES_OF_PATIENT = PreparedSelect.of(
    select(*[_appointments.c[name] for name in APPOINTMENT_FIELDS])
    .where(
        _appointments.c.patient_id == bindparam("patient"),
        _appointments.c.series_id == bindparam("series"),
        _appointments.c.deleted_at.is_(None),
    )
    .order_by(_appointments.c.starts_at, _appointments.c.id)
)
# A series without a patient (rare: group bookings) has no index to use; it scans.
_SERIES_WITHOUT_PATIENT = PreparedSelect.of(
    select(*[_appointments.c[name] for name in APPOINTMENT_FIELDS])
    .where(_appointments.c.series_id == bindparam("series"), _appointments.c.deleted_at.is_(None))
    .order_by(_appointments.c.starts_at, _appointments.c.id)
)


def pending_appointment_ids(executor: Executor, appointment_ids: Sequence[str]) -> frozenset[str]:
    """Those of `appointment_ids` whose rows hold local changes not yet pushed."""
    unique = list(dict.fromkeys(appointment_ids))
    return frozenset(row[0] for row in lookup(executor, _PENDING_AMONG, unique))


def unsynced_appointment_ids(executor: Executor, appointment_ids: Sequence[str]) -> frozenset[str]:
    """Those of `appointment_ids` with local changes still on their way to the server.

    A row is pending exactly while the outbox holds an unfinished change for it (both are written in
    one transaction), so the few ids the outbox names are looked up first: a week of a busy calendar
    then costs one small outbox read rather than a look-up per hundred appointments.
    """
    waiting = set(executor.execute(_UNFINISHED_IDS).scalars())
    if not waiting:
        return frozenset()
    return pending_appointment_ids(executor, [i for i in appointment_ids if i in waiting])


def attendees_by_appointment(executor: Executor, appointment_ids: Sequence[str]) -> dict[str, Attendee]:
    """Per appointment id, its attendee: not deleted, one not cancelled preferred, then lowest id.

    The same choice as `queries.attendee_for_appointment`, for many appointments in one pass.
    """
    unique = list(dict.fromkeys(appointment_ids))
    chosen: dict[str, Attendee] = {}
    for chunk in chunks(unique):
        query = (
            select(_attendees)
            .where(_attendees.c.appointment_id.in_(list(chunk)), _attendees.c.deleted_at.is_(None))
            .order_by(_attendees.c.appointment_id, _attendees.c.cancelled_at.is_not(None), _attendees.c.id)
        )
        for row in executor.execute(query):
            attendee = attendee_from_row(row._mapping)
            chosen.setdefault(attendee.appointment_id, attendee)
    return chosen


def series_appointments(executor: Executor, *, series_id: str, patient_id: str | None) -> list[Appointment]:
    """The appointments of a repeating series (not deleted), by start then id.

    A series has one patient, so the look-up runs on the patient index.
    """
    if patient_id is None:
        return appointments_from_storage(_SERIES_WITHOUT_PATIENT.rows(executor, {"series": series_id}))
    values = {"patient": patient_id, "series": series_id}
    return appointments_from_storage(_SERIES_OF_PATIENT.rows(executor, values))

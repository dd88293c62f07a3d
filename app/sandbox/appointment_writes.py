"""Booking, changing, cancelling and deleting individual appointments, with Cliniko's validation.

Used by the HTTP routes and by the test hooks on `SandboxStore` alike, so both behave the same.
Invalid input raises `ValidationFailed` with Rails-style errors (`{"starts_at": ["can't be blank"]}`),
which the routes answer with 422. Every write stamps `updated_at` from the store's write clock, on
the appointment and on its attendee.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Connection, select

from app.sandbox import schema
from app.sandbox.ids import LARGEST_ID, IdFactory, appointment_telehealth_url, attendee_telehealth_url
from app.sandbox.serializers import CANCELLATION_REASONS
from app.sandbox.timefmt import TimeFormatError, WriteClock, parse_datetime, truncate_to_seconds

Errors = dict[str, list[str]]
BLANK = "can't be blank"
MUST_EXIST = "must exist"
APPOINTMENTS = schema.individual_appointments
ATTENDEES = schema.attendees
_REFERENCES = (
    ("patient_id", "patient", schema.patients),
    ("practitioner_id", "practitioner", schema.practitioners),
    ("appointment_type_id", "appointment_type", schema.appointment_types),
    ("business_id", "business", schema.businesses),
)


class ValidationFailed(ValueError):
    """The request was understood but its content is invalid (HTTP 422)."""

    def __init__(self, errors: Errors) -> None:
        super().__init__("; ".join(f"{key} {', '.join(values)}" for key, values in errors.items()))
        self.errors = errors


class RecordNotFound(LookupError):
    """No such record (or it is deleted) (HTTP 404)."""


def unwrap_body(payload: Mapping[str, Any], resource: str) -> Mapping[str, Any]:
    """Accept both `{fields}` and Rails' wrapped `{"individual_appointment": {fields}}`."""
    inner = payload.get(resource)
    if len(payload) == 1 and isinstance(inner, Mapping):
        return inner
    return payload


def create_appointment(
    conn: Connection, clock: WriteClock, ids: IdFactory, payload: Mapping[str, Any]
) -> int:
    """Book an appointment and its attendee; returns the new appointment's id."""
    errors: Errors = {}
    booking = _booking_fields(conn, payload, errors, current=None)
    if errors:
        raise ValidationFailed(errors)
    now = clock.now()
    appointment_id = ids.new_id()
    conn.execute(
        APPOINTMENTS.insert(),
        {
            **booking,
            "id": appointment_id,
            "telehealth_url": appointment_telehealth_url(appointment_id),
            "created_at": now,
            "updated_at": now,
        },
    )
    conn.execute(
        ATTENDEES.insert(),
        {
            "id": ids.new_id(),
            "appointment_id": appointment_id,
            "patient_id": booking["patient_id"],
            "arrived": booking["patient_arrived"],
            "telehealth_url": attendee_telehealth_url(),
            "created_at": now,
            "updated_at": now,
        },
    )
    return appointment_id


def update_appointment(
    conn: Connection, clock: WriteClock, appointment_id: int, payload: Mapping[str, Any]
) -> None:
    """Change the given fields (PUT and PATCH alike); a changed time gives the patient a new link."""
    current = _live_appointment(conn, appointment_id)
    errors: Errors = {}
    booking = _booking_fields(conn, payload, errors, current=current)
    if errors:
        raise ValidationFailed(errors)
    now = clock.now()
    conn.execute(
        APPOINTMENTS.update().where(APPOINTMENTS.c.id == appointment_id).values(**booking, updated_at=now)
    )
    attendee_changes: dict[str, Any] = {
        "patient_id": booking["patient_id"],
        "arrived": booking["patient_arrived"],
        "updated_at": now,
    }
    if booking["starts_at"] != current["starts_at"] or booking["ends_at"] != current["ends_at"]:
        # Patient links can change on reschedule (the app re-reads the attendee before copying).
        attendee_changes["telehealth_url"] = attendee_telehealth_url()
    conn.execute(
        ATTENDEES.update().where(ATTENDEES.c.appointment_id == appointment_id).values(**attendee_changes)
    )


def cancel_appointment(
    conn: Connection, clock: WriteClock, appointment_id: int, payload: Mapping[str, Any]
) -> None:
    """Cancel with a reason code (10, 20, 30, 31, 40, 50, 60) and an optional note."""
    current = _live_appointment(conn, appointment_id)
    errors: Errors = {}
    reason = _cancellation_reason(payload.get("cancellation_reason"), errors)
    note = payload.get("cancellation_note")
    if note is not None and not isinstance(note, str):
        errors["cancellation_note"] = ["must be text"]
    if errors:
        raise ValidationFailed(errors)
    now = clock.now()
    cancelled_at = current["cancelled_at"] or now
    values = {"cancelled_at": cancelled_at, "cancellation_reason": reason, "cancellation_note": note}
    conn.execute(
        APPOINTMENTS.update().where(APPOINTMENTS.c.id == appointment_id).values(**values, updated_at=now)
    )
    conn.execute(
        ATTENDEES.update()
        .where(ATTENDEES.c.appointment_id == appointment_id)
        .values(**values, updated_at=now)
    )


def delete_appointment(conn: Connection, clock: WriteClock, appointment_id: int) -> None:
    """Soft-delete: the appointment leaves the lists and appears under `/deleted`."""
    _live_appointment(conn, appointment_id)
    now = clock.now()
    conn.execute(
        APPOINTMENTS.update()
        .where(APPOINTMENTS.c.id == appointment_id)
        .values(deleted_at=now, updated_at=now)
    )
    conn.execute(
        ATTENDEES.update()
        .where(ATTENDEES.c.appointment_id == appointment_id)
        .values(deleted_at=now, updated_at=now)
    )


def has_conflicts(conn: Connection, appointment_id: int) -> bool:
    """Whether another live booking or an unavailable block overlaps this one (touching is fine)."""
    current = _live_appointment(conn, appointment_id)
    if current["cancelled_at"] is not None:
        return False  # a cancelled appointment occupies no time
    appointments, blocks = APPOINTMENTS, schema.unavailable_blocks
    overlapping = (
        select(appointments.c.id)
        .where(
            appointments.c.practitioner_id == current["practitioner_id"],
            appointments.c.id != appointment_id,
            appointments.c.cancelled_at.is_(None),
            appointments.c.deleted_at.is_(None),
            appointments.c.starts_at < current["ends_at"],
            appointments.c.ends_at > current["starts_at"],
        )
        .limit(1)
    )
    if conn.execute(overlapping).first() is not None:
        return True
    blocked = (
        select(blocks.c.id)
        .where(
            blocks.c.practitioner_id == current["practitioner_id"],
            blocks.c.deleted_at.is_(None),
            blocks.c.starts_at < current["ends_at"],
            blocks.c.ends_at > current["starts_at"],
        )
        .limit(1)
    )
    return conn.execute(blocked).first() is not None


def _live_appointment(conn: Connection, appointment_id: int) -> Mapping[str, Any]:
    row = (
        conn.execute(
            select(APPOINTMENTS).where(
                APPOINTMENTS.c.id == appointment_id, APPOINTMENTS.c.deleted_at.is_(None)
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        raise RecordNotFound(f"individual appointment {appointment_id} not found")
    return row


def _booking_fields(
    conn: Connection, payload: Mapping[str, Any], errors: Errors, current: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The appointment's bookable fields after applying `payload` to `current` (None when creating)."""
    fields: dict[str, Any] = {}
    rows: dict[str, Mapping[str, Any] | None] = {}
    for key, relation, table in _REFERENCES:
        record_id = _reference(payload, key, current, errors)
        fields[key] = record_id
        rows[relation] = None
        if record_id is not None:
            rows[relation] = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
            if rows[relation] is None:
                errors.setdefault(relation, []).append(MUST_EXIST)
    appointment_type = rows["appointment_type"]
    type_chosen_now = current is None or "appointment_type_id" in payload
    if type_chosen_now and appointment_type is not None and appointment_type["archived_at"] is not None:
        # Existing bookings of a type archived later stay editable; new choices of it are refused.
        errors.setdefault("appointment_type", []).append("is archived")
    patient = rows["patient"]
    if patient is not None:
        fields["patient_name"] = f"{patient['first_name']} {patient['last_name']}".strip()
    starts_at = _moment(payload, "starts_at", current, errors, required=True)
    ends_at = _ends_at(payload, current, starts_at, appointment_type, errors)
    if starts_at is not None and ends_at is not None and ends_at <= starts_at:
        errors.setdefault("ends_at", []).append("must be after starts_at")
    fields["starts_at"], fields["ends_at"] = starts_at, ends_at
    if "notes" in payload:
        notes = payload["notes"]
        if notes is not None and not isinstance(notes, str):
            errors.setdefault("notes", []).append("must be text")
        fields["notes"] = notes
    _attendance(payload, current, fields, errors)
    return fields


def _reference(
    payload: Mapping[str, Any], key: str, current: Mapping[str, Any] | None, errors: Errors
) -> int | None:
    if key not in payload:
        if current is not None:
            return current[key]
        errors.setdefault(key, []).append(BLANK)
        return None
    value = payload[key]
    if value is None or value == "":
        errors.setdefault(key, []).append(BLANK)
        return None
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if not text.isdigit() or int(text) > LARGEST_ID:
        errors.setdefault(key, []).append("is invalid")
        return None
    return int(text)


def _moment(
    payload: Mapping[str, Any], key: str, current: Mapping[str, Any] | None, errors: Errors, *, required: bool
) -> datetime | None:
    if key not in payload:
        if current is not None:
            return current[key]
        if required:
            errors.setdefault(key, []).append(BLANK)
        return None
    value = payload[key]
    if value is None or value == "":
        if required:
            errors.setdefault(key, []).append(BLANK)
        return None
    if isinstance(value, datetime):
        return truncate_to_seconds(value)
    if not isinstance(value, str):
        errors.setdefault(key, []).append("is not a valid date-time")
        return None
    try:
        return truncate_to_seconds(parse_datetime(value))
    except TimeFormatError:
        errors.setdefault(key, []).append("is not a valid date-time")
        return None


def _ends_at(
    payload: Mapping[str, Any],
    current: Mapping[str, Any] | None,
    starts_at: datetime | None,
    appointment_type: Mapping[str, Any] | None,
    errors: Errors,
) -> datetime | None:
    if payload.get("ends_at") not in (None, ""):
        return _moment(payload, "ends_at", current, errors, required=False)
    if current is not None and "ends_at" not in payload:
        if starts_at is not None and "starts_at" in payload:
            # A move that names only the start keeps the appointment's length.
            return starts_at + (current["ends_at"] - current["starts_at"])
        return current["ends_at"]
    # No end (or an explicit null): the type's duration decides, as the docs say.
    if starts_at is None or appointment_type is None:
        return None
    return starts_at + timedelta(minutes=appointment_type["duration_in_minutes"])


def _attendance(
    payload: Mapping[str, Any], current: Mapping[str, Any] | None, fields: dict[str, Any], errors: Errors
) -> None:
    arrived = bool(current["patient_arrived"]) if current is not None else False
    no_show = bool(current["did_not_arrive"]) if current is not None else False
    for key in ("patient_arrived", "did_not_arrive"):
        if key in payload and not isinstance(payload[key], bool):
            errors.setdefault(key, []).append("must be true or false")
    given_arrived = payload.get("patient_arrived")
    given_no_show = payload.get("did_not_arrive")
    if given_arrived is True and given_no_show is True:
        errors.setdefault("base", []).append("a patient cannot both arrive and not arrive")
    if isinstance(given_arrived, bool):
        arrived = given_arrived
        if given_arrived and "did_not_arrive" not in payload:
            no_show = False
    if isinstance(given_no_show, bool):
        no_show = given_no_show
        if given_no_show and "patient_arrived" not in payload:
            arrived = False
    fields["patient_arrived"], fields["did_not_arrive"] = arrived, no_show


def _cancellation_reason(value: Any, errors: Errors) -> int | None:
    if value is None or value == "":
        errors["cancellation_reason"] = [BLANK]
        return None
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    if not text.isdigit() or int(text) not in CANCELLATION_REASONS:
        errors["cancellation_reason"] = ["is not included in the list"]
        return None
    return int(text)

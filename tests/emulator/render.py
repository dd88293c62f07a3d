"""Records as JSON, the way the documentation describes them, taking the less common of its liberties.

- Ids are strings; related records are links, `{"links": {"self": ".../practitioners/123"}}`, whose
  format varies (a practitioner is linked as `/practitioners/ID` or `/businesses/B/practitioners/ID`,
  an attendee's booking as `/bookings/ID` or `/individual_appointments/ID`): only the last segment
  is the id.
- Times are UTC with `Z`; `TimeStyle` decides whether fractions of a second are shown (stored times
  always have them). "mixed" picks per record: whole seconds, milliseconds or microseconds.
- A field without a value is sometimes `null`, sometimes left out (per record).
- Every record carries fields no client knows about.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from tests.emulator.store import Row

TimeStyle = Literal["seconds", "millis", "mixed"]


@dataclass(frozen=True, slots=True)
class RenderContext:
    """What rendering needs besides the record: the API root for links, and how to show times."""

    base_url: str
    time_style: TimeStyle = "mixed"


def stamp(moment: datetime, style: str) -> str:
    """ISO 8601 UTC with `Z`: whole seconds, milliseconds or microseconds."""
    utc = moment.astimezone(UTC)
    whole = utc.strftime("%Y-%m-%dT%H:%M:%S")
    if style == "seconds":
        return whole + "Z"
    if style == "millis":
        return f"{whole}.{utc.microsecond // 1000:03d}Z"
    return f"{whole}.{utc.microsecond:06d}Z"


def _style_for(row: Row, style: TimeStyle) -> str:
    if style != "mixed":
        return style
    return ("seconds", "millis", "micros")[int(row["id"]) % 3]


def _link(context: RenderContext, path: str) -> dict[str, Any]:
    return {"links": {"self": f"{context.base_url}/{path}"}}


def _practitioner_link(context: RenderContext, row: Row) -> dict[str, Any]:
    practitioner_id = row["practitioner_id"]
    if int(row["id"]) % 2:
        return _link(context, f"businesses/{row['business_id']}/practitioners/{practitioner_id}")
    return _link(context, f"practitioners/{practitioner_id}")


def _user(row: Row, context: RenderContext) -> dict[str, Any]:
    return {
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "email": row["email"],
        "user_active": True,
        "permissions": {"appointments": "full", "settings": "read"},
    }


def _business(row: Row, context: RenderContext) -> dict[str, Any]:
    return {
        "business_name": row["business_name"],
        "time_zone": row["time_zone"],
        "time_zone_identifier": row["time_zone_identifier"],
        "country": "Australia",
        "practitioners": _link(context, f"businesses/{row['id']}/practitioners"),
    }


def _practitioner(row: Row, context: RenderContext) -> dict[str, Any]:
    body: dict[str, Any] = {
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "title": row["title"],
        "active": row["active"],
        "designation": None,
        "appointment_types": _link(context, f"practitioners/{row['id']}/appointment_types"),
    }
    if row["user_id"] is not None:
        body["user"] = _link(context, f"users/{row['user_id']}")
    return body


def _appointment_type(row: Row, context: RenderContext) -> dict[str, Any]:
    return {
        "name": row["name"],
        "category": row["category"],
        "color": row["color"],
        "duration_in_minutes": row["duration_in_minutes"],
        "max_attendees": row["max_attendees"],
        "telehealth_enabled": row["telehealth_enabled"],
        "archived_at": row["archived_at"],
        "show_in_online_bookings": False,
        "billable_items": _link(context, f"appointment_types/{row['id']}/billable_items"),
    }


def _patient(row: Row, context: RenderContext) -> dict[str, Any]:
    return {
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "date_of_birth": row["date_of_birth"],
        "email": row["email"],
        "patient_phone_numbers": row["patient_phone_numbers"],
        "archived_at": row["archived_at"],
        "accepted_privacy_policy": None,
        "appointments": _link(context, f"patients/{row['id']}/appointments"),
    }


def _appointment(row: Row, context: RenderContext) -> dict[str, Any]:
    appointment_id = row["id"]
    return {
        "starts_at": row["starts_at"],
        "ends_at": row["ends_at"],
        "patient_name": row["patient_name"],
        "notes": row["notes"],
        "patient_arrived": row["patient_arrived"],
        "did_not_arrive": row["did_not_arrive"],
        "cancelled_at": row["cancelled_at"],
        "cancellation_reason": row["cancellation_reason"],
        "cancellation_reason_description": None,
        "cancellation_note": row["cancellation_note"],
        "deleted_at": row["deleted_at"],
        "archived_at": row["archived_at"],
        "repeat_rule": row["repeat_rule"],
        "telehealth_url": row["telehealth_url"],
        "email_reminder_sent": False,
        "invoice_status": None,
        "appointment_type": _link(context, f"appointment_types/{row['appointment_type_id']}"),
        "business": _link(context, f"businesses/{row['business_id']}"),
        "practitioner": _practitioner_link(context, row),
        "patient": _link(context, f"patients/{row['patient_id']}"),
        "attendees": _link(context, f"individual_appointments/{appointment_id}/attendees"),
        "conflicts": _link(context, f"individual_appointments/{appointment_id}/conflicts"),
    }


def _attendee(row: Row, context: RenderContext) -> dict[str, Any]:
    booking = row["booking_id"]
    booking_path = f"bookings/{booking}" if int(row["id"]) % 2 else f"individual_appointments/{booking}"
    return {
        "arrived": row["arrived"],
        "cancelled_at": row["cancelled_at"],
        "deleted_at": row["deleted_at"],
        "telehealth_url": row["telehealth_url"],
        "invoice_status": None,
        "booking": _link(context, booking_path),
        "patient": _link(context, f"patients/{row['patient_id']}"),
    }


def _unavailable_block(row: Row, context: RenderContext) -> dict[str, Any]:
    return {
        "starts_at": row["starts_at"],
        "ends_at": row["ends_at"],
        "notes": row["notes"],
        "repeat_rule": None,
        "practitioner": _practitioner_link(context, row),
        "business": _link(context, f"businesses/{row['business_id']}"),
    }


_RENDERERS: dict[str, Callable[[Row, RenderContext], dict[str, Any]]] = {
    "users": _user,
    "businesses": _business,
    "practitioners": _practitioner,
    "appointment_types": _appointment_type,
    "patients": _patient,
    "individual_appointments": _appointment,
    "attendees": _attendee,
    "unavailable_blocks": _unavailable_block,
}


def render(table: str, row: Row, context: RenderContext) -> dict[str, Any]:
    """The JSON object of one record of `table`."""
    body: dict[str, Any] = {"id": row["id"], **_RENDERERS[table](row, context)}
    body["created_at"] = row["created_at"]
    body["updated_at"] = row["updated_at"]
    style = _style_for(row, context.time_style)
    leave_out_nulls = int(row["id"]) % 2 == 0
    shown: dict[str, Any] = {}
    for name, value in body.items():
        if value is None and leave_out_nulls:
            continue
        shown[name] = stamp(value, style) if isinstance(value, datetime) else value
    shown["links"] = {"self": f"{context.base_url}/{table}/{row['id']}"}
    shown.update(row.get("_wire", {}))
    return shown

"""Rows as Cliniko's JSON: ids as strings, related records as links, times in UTC with `Z`.

Plain dict building on purpose: a 100-row page is serialised in well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.sandbox.timefmt import format_date, format_utc, format_utc_seconds

Row = Mapping[str, Any]

CANCELLATION_REASONS: Mapping[int, str] = {
    10: "Feeling better",
    20: "Condition worse",
    30: "Sick",
    31: "COVID-19 related",
    40: "Away",
    50: "Other",
    60: "Work",
}


def link(base: str, path: str) -> dict[str, Any]:
    """`{"links": {"self": base + path}}`, Cliniko's way of pointing at another record."""
    return {"links": {"self": f"{base}{path}"}}


def business_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    return {
        "id": str(record_id),
        "business_name": row["business_name"],
        "display_name": row["business_name"],
        "time_zone": row["time_zone"],
        "time_zone_identifier": row["time_zone_identifier"],
        "address_1": row["address_1"],
        "city": row["city"],
        "state": row["state"],
        "post_code": row["post_code"],
        "country": row["country"],
        "contact_information": row["contact_information"],
        "email_reply_to": row["email_reply_to"],
        "website_address": row["website_address"],
        "archived_at": format_utc(row["archived_at"]),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "practitioners": link(base, f"/businesses/{record_id}/practitioners"),
        "links": {"self": f"{base}/businesses/{record_id}"},
    }


def user_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    return {
        "id": str(record_id),
        "title": row["title"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "email": row["email"],
        "role": row["role"],
        "time_zone": row["time_zone"],
        "user_active": bool(row["user_active"]),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "links": {"self": f"{base}/users/{record_id}"},
    }


def practitioner_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    display = " ".join(part for part in (row["title"], row["first_name"], row["last_name"]) if part)
    body: dict[str, Any] = {
        "id": str(record_id),
        "title": row["title"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "display_name": display,
        "label": row["designation"],
        "designation": row["designation"],
        "description": row["description"],
        "active": bool(row["active"]),
        "show_in_online_bookings": bool(row["show_in_online_bookings"]),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "appointment_types": link(base, f"/practitioners/{record_id}/appointment_types"),
        "links": {"self": f"{base}/practitioners/{record_id}"},
    }
    if row["user_id"] is not None:
        body["user"] = link(base, f"/users/{row['user_id']}")
    return body


def appointment_type_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    return {
        "id": str(record_id),
        "name": row["name"],
        "category": row["category"],
        "color": row["color"],
        "description": row["description"],
        "duration_in_minutes": row["duration_in_minutes"],
        "max_attendees": row["max_attendees"],
        "telehealth_enabled": row["telehealth_enabled"],
        "show_in_online_bookings": bool(row["show_in_online_bookings"]),
        "archived_at": format_utc(row["archived_at"]),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "practitioners": link(base, f"/appointment_types/{record_id}/practitioners"),
        "links": {"self": f"{base}/appointment_types/{record_id}"},
    }


def patient_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    phones = [
        {"phone_type": label, "number": row[column]}
        for label, column in (("Mobile", "phone_mobile"), ("Home", "phone_home"))
        if row[column]
    ]
    return {
        "id": str(record_id),
        "title": row["title"],
        "first_name": row["first_name"],
        "last_name": row["last_name"],
        "preferred_first_name": row["preferred_first_name"],
        "date_of_birth": format_date(row["date_of_birth"]),
        "sex": row["sex"],
        "email": row["email"],
        "patient_phone_numbers": phones,
        "address_1": row["address_1"],
        "city": row["city"],
        "state": row["state"],
        "post_code": row["post_code"],
        "country": row["country"],
        "notes": row["notes"],
        "archived_at": format_utc(row["archived_at"]),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "links": {"self": f"{base}/patients/{record_id}"},
    }


def appointment_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    reason = row["cancellation_reason"]
    path = f"/individual_appointments/{record_id}"
    body: dict[str, Any] = {
        "id": str(record_id),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "archived_at": format_utc(row["archived_at"]),
        "booking_ip_address": None,
        "cancellation_note": row["cancellation_note"],
        "cancellation_reason": reason,
        "cancellation_reason_description": CANCELLATION_REASONS.get(reason, "") if reason else "",
        "cancelled_at": format_utc(row["cancelled_at"]),
        "deleted_at": format_utc(row["deleted_at"]),
        "did_not_arrive": bool(row["did_not_arrive"]),
        "email_reminder_sent": False,
        "sms_reminder_sent": False,
        "invoice_status": None,
        "notes": row["notes"],
        "online_booking_policy_accepted": None,
        "patient_arrived": bool(row["patient_arrived"]),
        "patient_name": row["patient_name"],
        "repeat_rule": {},
        "repeats": None,
        "starts_at": format_utc_seconds(row["starts_at"]),
        "ends_at": format_utc_seconds(row["ends_at"]),
        "telehealth_url": row["telehealth_url"],
        "treatment_note_status": None,
        "appointment_type": link(base, f"/appointment_types/{row['appointment_type_id']}"),
        "business": link(base, f"/businesses/{row['business_id']}"),
        "practitioner": link(base, f"/practitioners/{row['practitioner_id']}"),
        "attendees": link(base, f"{path}/attendees"),
        "conflicts": link(base, f"{path}/conflicts"),
        "links": {"self": f"{base}{path}"},
    }
    if row["patient_id"] is not None:
        body["patient"] = link(base, f"/patients/{row['patient_id']}")
    if row["repeated_from_id"] is not None:
        body["repeated_from"] = link(base, f"/individual_appointments/{row['repeated_from_id']}")
    return body


def attendee_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    reason = row["cancellation_reason"]
    body: dict[str, Any] = {
        "id": str(record_id),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "arrived": bool(row["arrived"]),
        "booking_ip_address": None,
        "cancellation_note": row["cancellation_note"],
        "cancellation_reason": reason,
        "cancellation_reason_description": CANCELLATION_REASONS.get(reason, "") if reason else "",
        "cancelled_at": format_utc(row["cancelled_at"]),
        "deleted_at": format_utc(row["deleted_at"]),
        "email_reminder_sent": False,
        "sms_reminder_sent": False,
        "invoice_status": None,
        "notes": row["notes"],
        "online_booking_policy_accepted": None,
        "telehealth_url": row["telehealth_url"],
        "treatment_note_status": None,
        "booking": link(base, f"/bookings/{row['appointment_id']}"),
        "links": {"self": f"{base}/attendees/{record_id}"},
    }
    if row["patient_id"] is not None:
        body["patient"] = link(base, f"/patients/{row['patient_id']}")
    return body


def unavailable_block_json(row: Row, base: str) -> dict[str, Any]:
    record_id = row["id"]
    return {
        "id": str(record_id),
        "created_at": format_utc(row["created_at"]),
        "updated_at": format_utc(row["updated_at"]),
        "archived_at": format_utc(row["archived_at"]),
        "deleted_at": format_utc(row["deleted_at"]),
        "notes": row["notes"],
        "repeat_rule": {},
        "repeats": None,
        "starts_at": format_utc_seconds(row["starts_at"]),
        "ends_at": format_utc_seconds(row["ends_at"]),
        "business": link(base, f"/businesses/{row['business_id']}"),
        "practitioner": link(base, f"/practitioners/{row['practitioner_id']}"),
        "links": {"self": f"{base}/unavailable_blocks/{record_id}"},
    }

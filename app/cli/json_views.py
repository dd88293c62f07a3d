"""The JSON shapes the headless commands print (product.md, "Headless interface").

Ids are strings (Cliniko ids exceed a double's exact range); times are UTC ISO 8601 with `Z`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.domain.conflicts import ConflictWarning
from app.domain.timezones import format_iso_utc
from app.services.appointment_views import AgendaItem


def agenda_item_json(item: AgendaItem) -> dict[str, Any]:
    """The agenda JSON of one appointment (product.md's fields, plus practitioner name and business)."""
    return {
        "id": item.id,
        "starts_at": format_iso_utc(item.starts_at),
        "ends_at": format_iso_utc(item.ends_at),
        "practitioner_id": item.practitioner_id,
        "practitioner_name": item.practitioner_name,
        "patient_id": item.patient_id,
        "patient_name": item.patient_name,
        "appointment_type_id": item.appointment_type_id,
        "appointment_type_name": item.appointment_type_name,
        "telehealth_enabled": item.telehealth_enabled,
        "status": item.status.value,
        "pending_sync": item.pending_sync,
        "patient_link_allowed": item.patient_link_allowed,
        "patient_link_reason": item.patient_link_reason,
        "business_id": item.business_id,
    }


def warning_json(warning: ConflictWarning) -> dict[str, Any]:
    """`{category, message, appointment_ids}` of one conflict warning."""
    return {
        "category": warning.category.value,
        "message": warning.message,
        "appointment_ids": list(warning.appointment_ids),
    }


def warnings_json(warnings: Sequence[ConflictWarning]) -> list[dict[str, Any]]:
    """The JSON list of warnings."""
    return [warning_json(warning) for warning in warnings]

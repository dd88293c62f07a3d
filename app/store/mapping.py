"""Conversions between domain entities and the cache's rows.

`*_to_row` functions build plain dicts in storage form (integer epoch microseconds, JSON text) for
the bulk upserts and local writes, so they sit on the sync's hot path and stay deliberately simple.
`*_from_row` functions accept anything indexable by column name (a SQLAlchemy `Row`'s `_mapping`, an
ORM row object through `row_values`, or a dict) whose datetimes are already aware UTC. The
appointments' conversions live in `app.store.appointment_rows` and are imported from here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import time
from typing import Any

from app.domain.entities import (
    AppointmentType,
    Attendee,
    Business,
    OpeningHours,
    Patient,
    Practitioner,
    UnavailableBlock,
)
from app.store.appointment_rows import (
    APPOINTMENT_COLUMNS,
    APPOINTMENT_FIELDS,
    appointment_from_row,
    appointment_to_row,
    appointment_values,
    appointments_from_storage,
)
from app.store.models import Base
from app.store.search_keys import digits_only, name_keys
from app.store.timestamps import from_epoch_us, optional_date_text, optional_epoch_us, to_epoch_us

__all__ = [
    "APPOINTMENT_COLUMNS",
    "APPOINTMENT_FIELDS",
    "appointment_from_row",
    "appointment_to_row",
    "appointment_type_from_row",
    "appointment_type_to_row",
    "appointment_values",
    "appointments_from_storage",
    "attendee_from_row",
    "attendee_to_row",
    "business_from_row",
    "business_to_row",
    "patient_from_row",
    "patient_phone_rows",
    "patient_to_row",
    "practitioner_from_row",
    "practitioner_to_row",
    "practitioner_type_ids_text",
    "row_values",
    "unavailable_block_from_row",
    "unavailable_block_to_row",
    "unavailable_blocks_from_storage",
]


def row_values(row: Base) -> dict[str, Any]:
    """An ORM row's column values by name (for the `*_from_row` functions)."""
    return {column.key: getattr(row, column.key) for column in row.__table__.columns}


# --- attendees, blocks, types -------------------------------------------------------------------


def attendee_to_row(attendee: Attendee) -> dict[str, Any]:
    """The storage dict of `attendee`."""
    return {
        "id": attendee.id,
        "appointment_id": attendee.appointment_id,
        "patient_id": attendee.patient_id,
        "arrived": attendee.arrived,
        "cancelled_at": optional_epoch_us(attendee.cancelled_at),
        "deleted_at": optional_epoch_us(attendee.deleted_at),
        "telehealth_url": attendee.telehealth_url,
        "updated_at": optional_epoch_us(attendee.updated_at),
    }


def attendee_from_row(row: Mapping[Any, Any]) -> Attendee:
    """The domain attendee held by a row."""
    return Attendee(
        id=row["id"],
        appointment_id=row["appointment_id"],
        patient_id=row["patient_id"],
        arrived=bool(row["arrived"]),
        cancelled_at=row["cancelled_at"],
        deleted_at=row["deleted_at"],
        telehealth_url=row["telehealth_url"],
        updated_at=row["updated_at"],
    )


def unavailable_block_to_row(block: UnavailableBlock) -> dict[str, Any]:
    """The storage dict of `block`."""
    return {
        "id": block.id,
        "practitioner_id": block.practitioner_id,
        "starts_at": to_epoch_us(block.starts_at),
        "ends_at": to_epoch_us(block.ends_at),
        "business_id": block.business_id,
        "notes": block.notes,
        "updated_at": optional_epoch_us(block.updated_at),
    }


def unavailable_block_from_row(row: Mapping[Any, Any]) -> UnavailableBlock:
    """The domain unavailable block held by a row."""
    return UnavailableBlock(
        id=row["id"],
        practitioner_id=row["practitioner_id"],
        starts_at=row["starts_at"],
        ends_at=row["ends_at"],
        business_id=row["business_id"],
        notes=row["notes"],
        updated_at=row["updated_at"],
    )


def unavailable_blocks_from_storage(rows: Iterable[Sequence[Any]]) -> list[UnavailableBlock]:
    """Blocks from raw rows of (id, practitioner_id, starts_at, ends_at, business_id, notes, updated_at)."""
    decode = from_epoch_us
    return [
        UnavailableBlock(
            id=id_,
            practitioner_id=practitioner_id,
            starts_at=decode(starts_at),
            ends_at=decode(ends_at),
            business_id=business_id,
            notes=notes,
            updated_at=None if updated_at is None else decode(updated_at),
        )
        for id_, practitioner_id, starts_at, ends_at, business_id, notes, updated_at in rows
    ]


def appointment_type_to_row(appointment_type: AppointmentType) -> dict[str, Any]:
    """The storage dict of `appointment_type`."""
    t = appointment_type
    return {
        "id": t.id,
        "name": t.name,
        "duration_in_minutes": t.duration_in_minutes,
        "color": t.color,
        "category": t.category,
        "max_attendees": t.max_attendees,
        "telehealth_enabled": t.telehealth_enabled,
        "archived_at": optional_epoch_us(t.archived_at),
        "updated_at": optional_epoch_us(t.updated_at),
    }


def appointment_type_from_row(row: Mapping[Any, Any]) -> AppointmentType:
    """The domain appointment type held by a row."""
    return AppointmentType(
        id=row["id"],
        name=row["name"],
        duration_in_minutes=row["duration_in_minutes"],
        color=row["color"],
        category=row["category"],
        max_attendees=row["max_attendees"],
        telehealth_enabled=bool(row["telehealth_enabled"]),
        archived_at=row["archived_at"],
        updated_at=row["updated_at"],
    )


# --- people and places --------------------------------------------------------------------------


def practitioner_to_row(practitioner: Practitioner) -> dict[str, Any]:
    """The storage dict of `practitioner` (type ids as a sorted JSON list, or None when unknown)."""
    p = practitioner
    return {
        "id": p.id,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "title": p.title,
        "active": p.active,
        "appointment_type_ids": practitioner_type_ids_text(p.appointment_type_ids),
        "updated_at": optional_epoch_us(p.updated_at),
    }


def practitioner_type_ids_text(type_ids: frozenset[str] | None) -> str | None:
    """The stored form of a practitioner's offered types: a sorted JSON list, or None when unknown."""
    return None if type_ids is None else json.dumps(sorted(type_ids))


def practitioner_from_row(row: Mapping[Any, Any]) -> Practitioner:
    """The domain practitioner held by a row."""
    type_ids = row["appointment_type_ids"]
    return Practitioner(
        id=row["id"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        title=row["title"],
        active=bool(row["active"]),
        appointment_type_ids=None if type_ids is None else frozenset(json.loads(type_ids)),
        updated_at=row["updated_at"],
    )


def patient_to_row(patient: Patient) -> dict[str, Any]:
    """The storage dict of `patient`, with its folded search keys."""
    p = patient
    first_last, last_first = name_keys(p.first_name, p.last_name)
    return {
        "id": p.id,
        "first_name": p.first_name,
        "last_name": p.last_name,
        "date_of_birth": optional_date_text(p.date_of_birth),
        "email": p.email,
        "phone_numbers": json.dumps(list(p.phone_numbers)),
        "archived_at": optional_epoch_us(p.archived_at),
        "updated_at": optional_epoch_us(p.updated_at),
        "search_first_last": first_last,
        "search_last_first": last_first,
    }


def patient_phone_rows(patient: Patient) -> list[dict[str, Any]]:
    """The searchable `patient_phones` rows of `patient` (numbers without digits are skipped)."""
    rows = []
    for position, number in enumerate(patient.phone_numbers):
        digits = digits_only(number)
        if digits:
            rows.append(
                {
                    "patient_id": patient.id,
                    "position": position,
                    "digits": digits,
                    "digits_reversed": digits[::-1],
                }
            )
    return rows


def patient_from_row(row: Mapping[Any, Any]) -> Patient:
    """The domain patient held by a row."""
    return Patient(
        id=row["id"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        date_of_birth=row["date_of_birth"],
        email=row["email"],
        phone_numbers=tuple(json.loads(row["phone_numbers"])),
        archived_at=row["archived_at"],
        updated_at=row["updated_at"],
    )


def business_to_row(business: Business) -> dict[str, Any]:
    """The storage dict of `business` (opening hours as JSON)."""
    hours = [[h.weekday, h.opens.isoformat(), h.closes.isoformat()] for h in business.opening_hours]
    return {
        "id": business.id,
        "name": business.name,
        "time_zone_identifier": business.time_zone_identifier,
        "opening_hours": json.dumps(hours),
        "updated_at": optional_epoch_us(business.updated_at),
    }


def business_from_row(row: Mapping[Any, Any]) -> Business:
    """The domain business held by a row."""
    hours = tuple(
        OpeningHours(weekday=weekday, opens=time.fromisoformat(opens), closes=time.fromisoformat(closes))
        for weekday, opens, closes in json.loads(row["opening_hours"])
    )
    return Business(
        id=row["id"],
        name=row["name"],
        time_zone_identifier=row["time_zone_identifier"],
        opening_hours=hours,
        updated_at=row["updated_at"],
    )

"""Each resource the sandbox serves: its table, filterable fields, list scopes and JSON shape.

Scopes are the sub-lists Cliniko serves beside the main one (`/cancelled`, `/deleted`,
`/archived`, `/inactive`). Decisions, kept in one place:
- `/individual_appointments` lists cancelled appointments too (as Cliniko's "all individual
  appointments" does) but never deleted ones; `/cancelled` is cancelled and not deleted;
  `/deleted` is deleted (cancelled or not).
- `/appointment_types` and `/patients` leave archived records out; those live under `/archived`.
- A single GET of a deleted appointment, attendee or block answers 404, and so does a single GET
  of an archived appointment type (the pitfall integrators report: a linked type can 404).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Table, and_, true

from app.sandbox import schema, serializers
from app.sandbox.query_params import FieldKind

Scope = Callable[[Table], ColumnElement[bool]]

DT, INT, STR, BOOL, DAY = (
    FieldKind.DATETIME,
    FieldKind.INTEGER,
    FieldKind.STRING,
    FieldKind.BOOLEAN,
    FieldKind.DATE,
)
_STAMPS = {"id": INT, "created_at": DT, "updated_at": DT}


def _everything(_table: Table) -> ColumnElement[bool]:
    return true()


def _live(table: Table) -> ColumnElement[bool]:
    return table.c.deleted_at.is_(None)


def _deleted(table: Table) -> ColumnElement[bool]:
    return table.c.deleted_at.is_not(None)


def _cancelled(table: Table) -> ColumnElement[bool]:
    return and_(table.c.cancelled_at.is_not(None), table.c.deleted_at.is_(None))


def _unarchived(table: Table) -> ColumnElement[bool]:
    return table.c.archived_at.is_(None)


def _archived(table: Table) -> ColumnElement[bool]:
    return table.c.archived_at.is_not(None)


def _active(table: Table) -> ColumnElement[bool]:
    return table.c.active.is_(True)


def _inactive(table: Table) -> ColumnElement[bool]:
    return table.c.active.is_(False)


@dataclass(frozen=True)
class ResourceSpec:
    """How one resource is listed, filtered, fetched and serialised."""

    key: str
    table: Table
    serialize: Callable[[Mapping[str, Any], str], dict[str, Any]]
    filters: Mapping[str, FieldKind]
    scopes: Mapping[str, Scope]
    # Which rows a single GET may return; others answer 404.
    visible: Scope = _everything
    # Filter names that differ from the column name (Cliniko's `booking_id` is our appointment_id).
    aliases: Mapping[str, str] = field(default_factory=dict)
    extra_sortable: tuple[str, ...] = ()

    def filter_columns(self) -> dict[str, Any]:
        """Filter name -> column."""
        return {name: self.table.c[self.aliases.get(name, name)] for name in self.filters}

    def sortable_columns(self) -> dict[str, Any]:
        """Extra sort keys beyond the filterable fields."""
        return {name: self.table.c[name] for name in self.extra_sortable}


BUSINESSES = ResourceSpec(
    key="businesses",
    table=schema.businesses,
    serialize=serializers.business_json,
    filters={**_STAMPS, "archived_at": DT, "business_name": STR},
    scopes={"": _everything},
)

USERS = ResourceSpec(
    key="users",
    table=schema.users,
    serialize=serializers.user_json,
    filters={**_STAMPS, "first_name": STR, "last_name": STR, "email": STR, "role": STR},
    scopes={"": _everything},
)

PRACTITIONERS = ResourceSpec(
    key="practitioners",
    table=schema.practitioners,
    serialize=serializers.practitioner_json,
    filters={**_STAMPS, "first_name": STR, "last_name": STR, "user_id": INT, "active": BOOL},
    scopes={"": _active, "inactive": _inactive},
    extra_sortable=("title", "designation"),
)

APPOINTMENT_TYPES = ResourceSpec(
    key="appointment_types",
    table=schema.appointment_types,
    serialize=serializers.appointment_type_json,
    filters={
        **_STAMPS,
        "archived_at": DT,
        "name": STR,
        "category": STR,
        "duration_in_minutes": INT,
        "max_attendees": INT,
        "telehealth_enabled": BOOL,
    },
    scopes={"": _unarchived, "archived": _archived},
    visible=_unarchived,
)

PATIENTS = ResourceSpec(
    key="patients",
    table=schema.patients,
    serialize=serializers.patient_json,
    filters={
        **_STAMPS,
        "archived_at": DT,
        "first_name": STR,
        "last_name": STR,
        "preferred_first_name": STR,
        "email": STR,
        "date_of_birth": DAY,
    },
    scopes={"": _unarchived, "archived": _archived},
)

INDIVIDUAL_APPOINTMENTS = ResourceSpec(
    key="individual_appointments",
    table=schema.individual_appointments,
    serialize=serializers.appointment_json,
    filters={
        **_STAMPS,
        "appointment_type_id": INT,
        "business_id": INT,
        "patient_id": INT,
        "practitioner_id": INT,
        "repeated_from_id": INT,
        "starts_at": DT,
        "ends_at": DT,
        "cancelled_at": DT,
        "deleted_at": DT,
        "archived_at": DT,
        "patient_name": STR,
        "patient_arrived": BOOL,
        "did_not_arrive": BOOL,
    },
    scopes={"": _live, "cancelled": _cancelled, "deleted": _deleted},
    visible=_live,
)

ATTENDEES = ResourceSpec(
    key="attendees",
    table=schema.attendees,
    serialize=serializers.attendee_json,
    filters={
        **_STAMPS,
        "booking_id": INT,
        "patient_id": INT,
        "cancelled_at": DT,
        "deleted_at": DT,
        "arrived": BOOL,
    },
    scopes={"": _live, "cancelled": _cancelled, "deleted": _deleted},
    visible=_live,
    aliases={"booking_id": "appointment_id"},
)

UNAVAILABLE_BLOCKS = ResourceSpec(
    key="unavailable_blocks",
    table=schema.unavailable_blocks,
    serialize=serializers.unavailable_block_json,
    filters={
        **_STAMPS,
        "business_id": INT,
        "practitioner_id": INT,
        "starts_at": DT,
        "ends_at": DT,
        "archived_at": DT,
        "deleted_at": DT,
    },
    scopes={"": _live, "deleted": _deleted},
    visible=_live,
)

ALL_RESOURCES: Mapping[str, ResourceSpec] = {
    spec.key: spec
    for spec in (
        BUSINESSES,
        USERS,
        PRACTITIONERS,
        APPOINTMENT_TYPES,
        PATIENTS,
        INDIVIDUAL_APPOINTMENTS,
        ATTENDEES,
        UNAVAILABLE_BLOCKS,
    )
}

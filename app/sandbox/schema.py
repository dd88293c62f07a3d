"""The sandbox's own tables (SQLAlchemy Core), separate from the app's cache in every way.

Ids are 64-bit integers (served as strings). Timestamps are stored as whole milliseconds since the
epoch in UTC: exact, portable (SQLite and PostgreSQL alike) and fast to compare and index.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Date,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    TypeDecorator,
    text,
)

from app.sandbox.timefmt import from_millis, to_millis

metadata = MetaData()

# INTEGER PRIMARY KEY on SQLite makes the id the rowid (64-bit), so lookups by id need no extra index.
IdType = BigInteger().with_variant(Integer(), "sqlite")


class UtcMillis(TypeDecorator[datetime]):
    """An aware UTC datetime stored as integer milliseconds since the epoch."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        return None if value is None else to_millis(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_millis(int(value))


def _id_column() -> Column[int]:
    return Column("id", IdType, primary_key=True, autoincrement=False)


def _ref(name: str, target: str, *, nullable: bool = False) -> Column[int]:
    return Column(name, BigInteger, ForeignKey(f"{target}.id"), nullable=nullable)


def _partial(name: str, columns: tuple[str, ...], where: str) -> Index:
    """An index over the rows matching `where` only (SQLite and PostgreSQL; a full index elsewhere)."""
    return Index(name, *columns, sqlite_where=text(where), postgresql_where=text(where))


def _stamps() -> list[Column[Any]]:
    return [
        Column("created_at", UtcMillis, nullable=False),
        Column("updated_at", UtcMillis, nullable=False),
    ]


businesses = Table(
    "businesses",
    metadata,
    _id_column(),
    Column("business_name", String(200), nullable=False),
    Column("time_zone", String(100), nullable=False),
    Column("time_zone_identifier", String(100), nullable=False),
    Column("address_1", String(200)),
    Column("city", String(100)),
    Column("state", String(100)),
    Column("post_code", String(20)),
    Column("country", String(100)),
    Column("contact_information", Text),
    Column("email_reply_to", String(200)),
    Column("website_address", String(200)),
    Column("archived_at", UtcMillis),
    *_stamps(),
)

users = Table(
    "users",
    metadata,
    _id_column(),
    Column("title", String(20), nullable=False, default=""),
    Column("first_name", String(100), nullable=False),
    Column("last_name", String(100), nullable=False),
    Column("email", String(200)),
    Column("role", String(40), nullable=False),
    Column("time_zone", String(100), nullable=False),
    Column("user_active", Boolean, nullable=False, default=True),
    *_stamps(),
)

practitioners = Table(
    "practitioners",
    metadata,
    _id_column(),
    _ref("user_id", "users", nullable=True),
    Column("title", String(20), nullable=False, default=""),
    Column("first_name", String(100), nullable=False),
    Column("last_name", String(100), nullable=False),
    Column("designation", String(100)),
    Column("description", Text),
    Column("active", Boolean, nullable=False, default=True),
    Column("show_in_online_bookings", Boolean, nullable=False, default=True),
    *_stamps(),
)

appointment_types = Table(
    "appointment_types",
    metadata,
    _id_column(),
    Column("name", String(200), nullable=False),
    Column("category", String(100)),
    Column("color", String(7), nullable=False),
    Column("description", Text),
    Column("duration_in_minutes", Integer, nullable=False),
    Column("max_attendees", Integer, nullable=False, default=1),
    # Cliniko answers null for "off" on some accounts; the sandbox keeps null possible.
    Column("telehealth_enabled", Boolean, nullable=True),
    Column("show_in_online_bookings", Boolean, nullable=False, default=True),
    Column("archived_at", UtcMillis),
    *_stamps(),
)

practitioner_appointment_types = Table(
    "practitioner_appointment_types",
    metadata,
    Column("practitioner_id", BigInteger, ForeignKey("practitioners.id"), primary_key=True),
    Column("appointment_type_id", BigInteger, ForeignKey("appointment_types.id"), primary_key=True),
)

patients = Table(
    "patients",
    metadata,
    _id_column(),
    Column("title", String(20)),
    Column("first_name", String(100), nullable=False),
    Column("last_name", String(100), nullable=False),
    Column("preferred_first_name", String(100)),
    Column("date_of_birth", Date),
    Column("sex", String(20)),
    Column("email", String(200)),
    Column("phone_mobile", String(40)),
    Column("phone_home", String(40)),
    Column("address_1", String(200)),
    Column("city", String(100)),
    Column("state", String(100)),
    Column("post_code", String(20)),
    Column("country", String(100)),
    Column("notes", Text),
    Column("archived_at", UtcMillis),
    *_stamps(),
    Index("ix_patients_updated", "updated_at", "id"),
    Index("ix_patients_last_name", "last_name"),
)

individual_appointments = Table(
    "individual_appointments",
    metadata,
    _id_column(),
    _ref("business_id", "businesses"),
    _ref("practitioner_id", "practitioners"),
    _ref("appointment_type_id", "appointment_types"),
    _ref("patient_id", "patients", nullable=True),
    Column("patient_name", String(200), nullable=False, default=""),
    Column("starts_at", UtcMillis, nullable=False),
    Column("ends_at", UtcMillis, nullable=False),
    Column("notes", Text),
    Column("patient_arrived", Boolean, nullable=False, default=False),
    Column("did_not_arrive", Boolean, nullable=False, default=False),
    Column("cancelled_at", UtcMillis),
    Column("cancellation_reason", Integer),
    Column("cancellation_note", Text),
    Column("deleted_at", UtcMillis),
    Column("archived_at", UtcMillis),
    Column("repeated_from_id", BigInteger),
    Column("telehealth_url", String(300), nullable=False),
    *_stamps(),
    # The incremental-sync walks (each list by updated_at, id) and the default created_at order, as
    # partial indexes: SQLite's planner takes `deleted_at IS NULL` for a rare value (NULLs count as
    # distinct in its statistics) and would pick an index *leading* with deleted_at for everything.
    _partial("ix_appointments_live_updated", ("updated_at", "id"), "deleted_at IS NULL"),
    _partial("ix_appointments_live_created", ("created_at", "id"), "deleted_at IS NULL"),
    _partial(
        "ix_appointments_cancelled_updated",
        ("updated_at", "id"),
        "cancelled_at IS NOT NULL AND deleted_at IS NULL",
    ),
    _partial("ix_appointments_deleted_updated", ("updated_at", "id"), "deleted_at IS NOT NULL"),
    Index("ix_appointments_updated", "updated_at", "id"),
    Index("ix_appointments_practitioner_start", "practitioner_id", "starts_at"),
    Index("ix_appointments_starts", "starts_at"),
    Index("ix_appointments_patient", "patient_id"),
    Index("ix_appointments_cancelled", "cancelled_at"),
)

attendees = Table(
    "attendees",
    metadata,
    _id_column(),
    _ref("appointment_id", "individual_appointments"),
    _ref("patient_id", "patients", nullable=True),
    Column("arrived", Boolean, nullable=False, default=False),
    Column("notes", Text),
    Column("cancelled_at", UtcMillis),
    Column("cancellation_reason", Integer),
    Column("cancellation_note", Text),
    Column("deleted_at", UtcMillis),
    Column("telehealth_url", String(300), nullable=False),
    *_stamps(),
    Index("ix_attendees_appointment", "appointment_id"),
    _partial("ix_attendees_live_updated", ("updated_at", "id"), "deleted_at IS NULL"),
    Index("ix_attendees_patient", "patient_id"),
)

unavailable_blocks = Table(
    "unavailable_blocks",
    metadata,
    _id_column(),
    _ref("business_id", "businesses"),
    _ref("practitioner_id", "practitioners"),
    Column("starts_at", UtcMillis, nullable=False),
    Column("ends_at", UtcMillis, nullable=False),
    Column("notes", Text),
    Column("deleted_at", UtcMillis),
    Column("archived_at", UtcMillis),
    *_stamps(),
    Index("ix_unavailable_practitioner_start", "practitioner_id", "starts_at"),
    Index("ix_unavailable_updated", "updated_at", "id"),
)

"""Initial schema: reference data, appointments, attendees, blocks, sync cursors, outbox, conflicts, meta.

Revision ID: 0001
Revises:
Create Date: 2026-01-01

Frozen: this revision spells out its own column types (timestamps are BIGINT epoch microseconds,
dates are 10-character ISO text) instead of importing the live models, so it never changes.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The longest appointment / block duration ever stored (kept by app.store.duration_bounds). Overlap
# queries bound their index range scan on starts_at with it: starts_at > window_start - longest.
_DURATION_BOUND_KEYS = ("store.max_appointment_duration_us", "store.max_unavailable_block_duration_us")


def _timestamp(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=nullable)


def _text(name: str, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.String(), nullable=nullable)


def _long_text(name: str, *, nullable: bool = True) -> sa.Column:
    return sa.Column(name, sa.Text(), nullable=nullable)


def _flag(name: str) -> sa.Column:
    return sa.Column(name, sa.Boolean(), nullable=False)


def _number(name: str) -> sa.Column:
    return sa.Column(name, sa.Integer(), nullable=False)


def upgrade() -> None:
    op.create_table(
        "businesses",
        _text("id"),
        _text("name"),
        _text("time_zone_identifier"),
        _long_text("opening_hours", nullable=False),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_businesses"),
    )
    op.create_table(
        "practitioners",
        _text("id"),
        _text("first_name"),
        _text("last_name"),
        _text("title"),
        _flag("active"),
        _long_text("appointment_type_ids"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_practitioners"),
    )
    op.create_table(
        "patients",
        _text("id"),
        _text("first_name"),
        _text("last_name"),
        sa.Column("date_of_birth", sa.String(length=10), nullable=True),
        _text("email", nullable=True),
        _long_text("phone_numbers", nullable=False),
        _timestamp("archived_at"),
        _timestamp("updated_at"),
        _text("search_first_last"),
        _text("search_last_first"),
        sa.PrimaryKeyConstraint("id", name="pk_patients"),
    )
    op.create_index("ix_patients_date_of_birth", "patients", ["date_of_birth"])
    op.create_index("ix_patients_search_first_last", "patients", ["search_first_last"])
    op.create_index("ix_patients_search_last_first", "patients", ["search_last_first"])
    op.create_table(
        "patient_phones",
        _text("patient_id"),
        _number("position"),
        _text("digits"),
        _text("digits_reversed"),
        sa.ForeignKeyConstraint(
            ["patient_id"],
            ["patients.id"],
            name="fk_patient_phones_patient_id_patients",
            onupdate="CASCADE",
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("patient_id", "position", name="pk_patient_phones"),
    )
    op.create_index("ix_patient_phones_digits", "patient_phones", ["digits"])
    op.create_index("ix_patient_phones_digits_reversed", "patient_phones", ["digits_reversed"])
    op.create_table(
        "appointment_types",
        _text("id"),
        _text("name"),
        _number("duration_in_minutes"),
        _text("color"),
        _text("category", nullable=True),
        _number("max_attendees"),
        _flag("telehealth_enabled"),
        _timestamp("archived_at"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_appointment_types"),
    )
    op.create_table(
        "appointments",
        _text("id"),
        _timestamp("starts_at", nullable=False),
        _timestamp("ends_at", nullable=False),
        _text("practitioner_id"),
        _text("appointment_type_id"),
        _text("business_id"),
        _text("patient_id", nullable=True),
        _text("patient_name"),
        _long_text("notes"),
        _flag("patient_arrived"),
        _flag("did_not_arrive"),
        _timestamp("cancelled_at"),
        _text("cancellation_reason", nullable=True),
        _long_text("cancellation_note"),
        _timestamp("deleted_at"),
        _text("repeat_rule", nullable=True),
        _text("series_id", nullable=True),
        _flag("is_group"),
        _number("attendee_count"),
        _long_text("telehealth_url"),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        _timestamp("remote_updated_at"),
        _flag("pending_sync"),
        sa.PrimaryKeyConstraint("id", name="pk_appointments"),
    )
    op.create_index("ix_appointments_practitioner_starts", "appointments", ["practitioner_id", "starts_at"])
    op.create_index("ix_appointments_patient_starts", "appointments", ["patient_id", "starts_at"])
    op.create_index("ix_appointments_starts_at", "appointments", ["starts_at"])
    op.create_table(
        "appointment_tombstones",
        _text("id"),
        _timestamp("deleted_at"),
        _timestamp("remote_updated_at"),
        _timestamp("recorded_at", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_appointment_tombstones"),
    )
    op.create_table(
        "attendees",
        _text("id"),
        _text("appointment_id"),
        _text("patient_id", nullable=True),
        _flag("arrived"),
        _timestamp("cancelled_at"),
        _timestamp("deleted_at"),
        _long_text("telehealth_url"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_attendees"),
    )
    op.create_index("ix_attendees_appointment_id", "attendees", ["appointment_id"])
    op.create_table(
        "unavailable_blocks",
        _text("id"),
        _text("practitioner_id"),
        _timestamp("starts_at", nullable=False),
        _timestamp("ends_at", nullable=False),
        _text("business_id", nullable=True),
        _long_text("notes"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_unavailable_blocks"),
    )
    op.create_index(
        "ix_unavailable_blocks_practitioner_starts", "unavailable_blocks", ["practitioner_id", "starts_at"]
    )
    op.create_table(
        "sync_cursors",
        _text("key"),
        _timestamp("updated_at", nullable=False),
        _long_text("boundary_ids", nullable=False),
        _timestamp("saved_at", nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_sync_cursors"),
    )
    op.create_table(
        "outbox",
        _number("seq"),
        _text("kind"),
        _text("appointment_id"),
        _long_text("payload", nullable=False),
        _timestamp("base_remote_updated_at"),
        _text("state"),
        _number("attempts"),
        _long_text("last_error"),
        _timestamp("created_at", nullable=False),
        _timestamp("updated_at", nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_outbox"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_outbox_appointment_id", "outbox", ["appointment_id"])
    op.create_index("ix_outbox_state_seq", "outbox", ["state", "seq"])
    op.create_table(
        "sync_conflicts",
        _number("id"),
        _text("appointment_id"),
        _long_text("mine", nullable=False),
        _long_text("theirs", nullable=False),
        _timestamp("created_at", nullable=False),
        _timestamp("resolved_at"),
        _text("resolution", nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_sync_conflicts_appointment_id", "sync_conflicts", ["appointment_id"])
    op.create_table(
        "store_meta",
        _text("key"),
        _long_text("value", nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_store_meta"),
    )
    meta = sa.table("store_meta", sa.column("key", sa.String()), sa.column("value", sa.Text()))
    op.bulk_insert(meta, [{"key": key, "value": "0"} for key in _DURATION_BOUND_KEYS])


def downgrade() -> None:
    for table in (
        "store_meta",
        "sync_conflicts",
        "outbox",
        "sync_cursors",
        "unavailable_blocks",
        "attendees",
        "appointment_tombstones",
        "appointments",
        "appointment_types",
        "patient_phones",
        "patients",
        "practitioners",
        "businesses",
    ):
        op.drop_table(table)

"""The cache's tables as typed SQLAlchemy 2 models.

Conventions:
- Every id is text (Cliniko ids are 64-bit; local bookings use "local-<hex>" until pushed).
- Every datetime is aware UTC, stored as integer epoch microseconds (`app.store.timestamps`).
- References between synced records (appointment -> practitioner, type, patient, attendee ->
  appointment) are deliberately *not* foreign keys: the server sends resources in any order and may
  reference records this cache never holds (an archived type the key cannot read, a group booking).
  Joins are outer joins and readers cope with "unknown". Only rows the cache owns outright
  (a patient's phone numbers) are tied with cascading foreign keys.
- JSON-holding columns are plain text; `app.store.mapping` encodes and decodes them.
- Remotely deleted appointments are removed; `appointment_tombstones` remembers the deletion so a stale
  copy arriving later from another endpoint does not bring the appointment back.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import ForeignKey, Index, Integer, MetaData, String, Table, Text, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from app.store.timestamps import IsoDate, UtcTimestamp

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UtcTimestamp, date: IsoDate}

    def __repr__(self) -> str:
        # Primary key only: rows hold patient names and telehealth links, which must never reach a log.
        state = inspect(self)
        key = state.identity or tuple(getattr(self, str(c.key)) for c in state.mapper.primary_key)
        return f"<{type(self).__name__} {', '.join(str(part) for part in key)}>"


class BusinessRow(Base):
    __tablename__ = "businesses"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    time_zone_identifier: Mapped[str] = mapped_column(String)
    # JSON list of [weekday, "HH:MM:SS", "HH:MM:SS"]; empty = unknown.
    opening_hours: Mapped[str] = mapped_column(Text, default="[]")
    updated_at: Mapped[datetime | None]


class PractitionerRow(Base):
    __tablename__ = "practitioners"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    first_name: Mapped[str] = mapped_column(String)
    last_name: Mapped[str] = mapped_column(String)
    title: Mapped[str] = mapped_column(String, default="")
    active: Mapped[bool] = mapped_column(default=True)
    # JSON list of type ids, or NULL when not known (the "type not offered" rule then says nothing).
    appointment_type_ids: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None]


class PatientRow(Base):
    __tablename__ = "patients"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    first_name: Mapped[str] = mapped_column(String)
    last_name: Mapped[str] = mapped_column(String)
    date_of_birth: Mapped[date | None] = mapped_column(index=True)
    email: Mapped[str | None] = mapped_column(String)
    # JSON list of the numbers as the server wrote them; `patient_phones` holds the searchable digits.
    phone_numbers: Mapped[str] = mapped_column(Text, default="[]")
    archived_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]
    # Case- and accent-folded "first last" and "last first", so name prefixes are index range scans.
    search_first_last: Mapped[str] = mapped_column(String, index=True, default="")
    search_last_first: Mapped[str] = mapped_column(String, index=True, default="")


class PatientPhoneRow(Base):
    __tablename__ = "patient_phones"

    patient_id: Mapped[str] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE", onupdate="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    digits: Mapped[str] = mapped_column(String, index=True)
    # Reversed digits make "ends with 5678" an index range scan too.
    digits_reversed: Mapped[str] = mapped_column(String, index=True)


class AppointmentTypeRow(Base):
    __tablename__ = "appointment_types"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(String)
    duration_in_minutes: Mapped[int] = mapped_column(Integer)
    color: Mapped[str] = mapped_column(String, default="#7f8c8d")
    category: Mapped[str | None] = mapped_column(String)
    max_attendees: Mapped[int] = mapped_column(Integer, default=1)
    telehealth_enabled: Mapped[bool] = mapped_column(default=False)
    archived_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]


class AppointmentRow(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        # "Appointments of practitioners P1..Pn in a window": one range scan per practitioner.
        Index("ix_appointments_practitioner_starts", "practitioner_id", "starts_at"),
        # "Appointments of patient X overlapping a window" (conflict check, patient history).
        Index("ix_appointments_patient_starts", "patient_id", "starts_at"),
        # The same window for all practitioners at once.
        Index("ix_appointments_starts_at", "starts_at"),
        # No index on series_id: every index costs the sync's ingest, and a series has one patient,
        # so "the rest of this series" is a look-up on the patient index.
    )

    id: Mapped[str] = mapped_column(String, primary_key=True)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    practitioner_id: Mapped[str] = mapped_column(String)
    appointment_type_id: Mapped[str] = mapped_column(String)
    business_id: Mapped[str] = mapped_column(String)
    patient_id: Mapped[str | None] = mapped_column(String)
    patient_name: Mapped[str] = mapped_column(String, default="")
    notes: Mapped[str | None] = mapped_column(Text)
    patient_arrived: Mapped[bool] = mapped_column(default=False)
    did_not_arrive: Mapped[bool] = mapped_column(default=False)
    cancelled_at: Mapped[datetime | None]
    cancellation_reason: Mapped[str | None] = mapped_column(String)
    cancellation_note: Mapped[str | None] = mapped_column(Text)
    # Set only for a local delete not yet pushed; a remote delete removes the row (see tombstones).
    deleted_at: Mapped[datetime | None]
    repeat_rule: Mapped[str | None] = mapped_column(String)
    series_id: Mapped[str | None] = mapped_column(String)
    is_group: Mapped[bool] = mapped_column(default=False)
    attendee_count: Mapped[int] = mapped_column(Integer, default=1)
    telehealth_url: Mapped[str | None] = mapped_column(Text)  # the practitioner link: a secret
    created_at: Mapped[datetime | None]
    updated_at: Mapped[datetime | None]
    # Sync bookkeeping: the server's updated_at this row is based on (NULL: never on the server),
    # and whether it holds local changes not yet pushed (such rows are never overwritten by a pull).
    remote_updated_at: Mapped[datetime | None]
    pending_sync: Mapped[bool] = mapped_column(default=False)


class AppointmentTombstoneRow(Base):
    __tablename__ = "appointment_tombstones"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    deleted_at: Mapped[datetime | None]
    # The newest server updated_at known for the deleted appointment; older copies stay deleted.
    remote_updated_at: Mapped[datetime | None]
    recorded_at: Mapped[datetime]


class AttendeeRow(Base):
    __tablename__ = "attendees"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    appointment_id: Mapped[str] = mapped_column(String, index=True)
    patient_id: Mapped[str | None] = mapped_column(String)
    arrived: Mapped[bool] = mapped_column(default=False)
    cancelled_at: Mapped[datetime | None]
    deleted_at: Mapped[datetime | None]
    telehealth_url: Mapped[str | None] = mapped_column(Text)  # the patient link: a secret
    updated_at: Mapped[datetime | None]


class UnavailableBlockRow(Base):
    __tablename__ = "unavailable_blocks"
    __table_args__ = (Index("ix_unavailable_blocks_practitioner_starts", "practitioner_id", "starts_at"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    practitioner_id: Mapped[str] = mapped_column(String)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    business_id: Mapped[str | None] = mapped_column(String)
    notes: Mapped[str | None] = mapped_column(Text)
    updated_at: Mapped[datetime | None]


class SyncCursorRow(Base):
    __tablename__ = "sync_cursors"

    # "<resource>:<endpoint>", e.g. "individual_appointments:cancelled".
    key: Mapped[str] = mapped_column(String, primary_key=True)
    updated_at: Mapped[datetime]
    # JSON list of the ids already ingested whose updated_at equals the cursor (boundary de-duplication).
    boundary_ids: Mapped[str] = mapped_column(Text, default="[]")
    saved_at: Mapped[datetime]


class OutboxRow(Base):
    __tablename__ = "outbox"
    # AUTOINCREMENT: sequence numbers are never reused, so "order" means the same thing forever.
    __table_args__ = (Index("ix_outbox_state_seq", "state", "seq"), {"sqlite_autoincrement": True})

    seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String)
    appointment_id: Mapped[str] = mapped_column(String, index=True)
    payload: Mapped[str] = mapped_column(Text)
    base_remote_updated_at: Mapped[datetime | None]
    state: Mapped[str] = mapped_column(String)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class SyncConflictRow(Base):
    __tablename__ = "sync_conflicts"
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    appointment_id: Mapped[str] = mapped_column(String, index=True)
    mine: Mapped[str] = mapped_column(Text)
    theirs: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime]
    resolved_at: Mapped[datetime | None]
    resolution: Mapped[str | None] = mapped_column(String)


class MetaRow(Base):
    __tablename__ = "store_meta"

    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)


def table_of(model: type[Base]) -> Table:
    """The Core table of a model (typed as a Table, for Core statements)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table

"""Reads of the clinic's reference data: businesses, practitioners, appointment types, patients by id."""

from __future__ import annotations

from sqlalchemy import select

from app.domain.entities import AppointmentType, Business, Patient, Practitioner
from app.store.mapping import (
    appointment_type_from_row,
    business_from_row,
    patient_from_row,
    practitioner_from_row,
)
from app.store.models import AppointmentTypeRow, BusinessRow, PatientRow, PractitionerRow, table_of
from app.store.prepared import Executor

_businesses = table_of(BusinessRow)
_practitioners = table_of(PractitionerRow)
_types = table_of(AppointmentTypeRow)
_patients = table_of(PatientRow)


def get_business(executor: Executor, business_id: str) -> Business | None:
    """The business with this id, or None."""
    row = executor.execute(select(_businesses).where(_businesses.c.id == business_id)).first()
    return None if row is None else business_from_row(row._mapping)


def list_businesses(executor: Executor) -> list[Business]:
    """Every cached business, by name then id."""
    query = select(_businesses).order_by(_businesses.c.name, _businesses.c.id)
    return [business_from_row(row._mapping) for row in executor.execute(query)]


def first_business(executor: Executor) -> Business | None:
    """The business to default to (most clinics have one): the first by name, or None."""
    businesses = list_businesses(executor)
    return businesses[0] if businesses else None


def get_practitioner(executor: Executor, practitioner_id: str) -> Practitioner | None:
    """The practitioner with this id, or None."""
    row = executor.execute(select(_practitioners).where(_practitioners.c.id == practitioner_id)).first()
    return None if row is None else practitioner_from_row(row._mapping)


def list_practitioners(executor: Executor, *, active_only: bool = True) -> list[Practitioner]:
    """Practitioners by last name, first name, id (only active ones unless asked)."""
    query = select(_practitioners).order_by(
        _practitioners.c.last_name, _practitioners.c.first_name, _practitioners.c.id
    )
    if active_only:
        query = query.where(_practitioners.c.active)
    return [practitioner_from_row(row._mapping) for row in executor.execute(query)]


def get_appointment_type(executor: Executor, type_id: str) -> AppointmentType | None:
    """The appointment type with this id (archived or not), or None."""
    row = executor.execute(select(_types).where(_types.c.id == type_id)).first()
    return None if row is None else appointment_type_from_row(row._mapping)


def list_appointment_types(executor: Executor, *, include_archived: bool = False) -> list[AppointmentType]:
    """Appointment types by name then id (archived ones only if asked)."""
    query = select(_types).order_by(_types.c.name, _types.c.id)
    if not include_archived:
        query = query.where(_types.c.archived_at.is_(None))
    return [appointment_type_from_row(row._mapping) for row in executor.execute(query)]


def get_patient(executor: Executor, patient_id: str) -> Patient | None:
    """The patient with this id (archived or not), or None."""
    row = executor.execute(select(_patients).where(_patients.c.id == patient_id)).first()
    return None if row is None else patient_from_row(row._mapping)

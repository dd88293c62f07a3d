"""The clinic's reference data for forms: practitioners, appointment types, businesses, patient search."""

from __future__ import annotations

from app.domain.entities import AppointmentType, Business, Patient, Practitioner
from app.services.workspace import ClinicWorkspace
from app.store import catalog
from app.store.patient_search import search_patients as _search_patients


def practitioners(workspace: ClinicWorkspace, *, active_only: bool = True) -> list[Practitioner]:
    """Practitioners by name (active ones unless asked)."""
    with workspace.reading() as session:
        return catalog.list_practitioners(session, active_only=active_only)


def appointment_types(workspace: ClinicWorkspace, *, include_archived: bool = False) -> list[AppointmentType]:
    """Appointment types by name (archived ones only if asked)."""
    with workspace.reading() as session:
        return catalog.list_appointment_types(session, include_archived=include_archived)


def businesses(workspace: ClinicWorkspace) -> list[Business]:
    """Every cached business, by name."""
    with workspace.reading() as session:
        return catalog.list_businesses(session)


def patient(workspace: ClinicWorkspace, patient_id: str) -> Patient | None:
    """One patient by id (archived or not), or None."""
    with workspace.reading() as session:
        return catalog.get_patient(session, patient_id)


def search_patients(workspace: ClinicWorkspace, text: str, limit: int = 20) -> list[Patient]:
    """Patients matching a name, phone digits or date of birth (the booking dialog's completer)."""
    with workspace.reading() as session:
        return _search_patients(session, text, limit)

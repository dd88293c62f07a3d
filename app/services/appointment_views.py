"""An appointment as the desk reads it: names, status, pending flag, whether its patient link may be copied.

The agenda (`frontdesk agenda --json`), `frontdesk book` and `frontdesk cancel` all print this shape,
and the GUI's lists can use it too. It never carries a telehealth link.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from app.domain.entities import Appointment, AppointmentStatus
from app.domain.reason_english import english
from app.domain.reasons import Reason
from app.domain.telehealth_link_policy import patient_link_decision
from app.services.errors import AppointmentNotFound
from app.services.workspace import ClinicWorkspace
from app.store.appointment_lookups import attendees_by_appointment, unsynced_appointment_ids
from app.store.catalog import list_appointment_types, list_practitioners
from app.store.prepared import Executor
from app.store.queries import get_appointment


@dataclass(frozen=True, slots=True)
class AgendaItem:
    """One appointment with everything product.md's agenda JSON lists (and a little more)."""

    id: str
    starts_at: datetime
    ends_at: datetime
    practitioner_id: str
    practitioner_name: str | None
    patient_id: str | None
    patient_name: str
    appointment_type_id: str
    appointment_type_name: str | None
    # The type's flag as it is now (never copied onto the appointment).
    telehealth_enabled: bool
    status: AppointmentStatus
    pending_sync: bool
    patient_link_allowed: bool
    # Why Copy patient link is refused (None when allowed): a `Reason` the GUI words in its language.
    patient_link_refusal: Reason | None
    business_id: str
    appointment: Appointment = field(repr=False, compare=False)

    @property
    def patient_link_reason(self) -> str | None:
        """Why Copy patient link is refused, in English (the agenda JSON's `patient_link_reason`)."""
        return english(self.patient_link_refusal) if self.patient_link_refusal is not None else None


def describe_appointments(
    session: Executor, workspace: ClinicWorkspace, appointments: Sequence[Appointment]
) -> list[AgendaItem]:
    """Agenda items for `appointments`, in the given order (a few indexed look-ups in all)."""
    if not appointments:
        return []
    ids = [a.id for a in appointments]
    types = {t.id: t for t in list_appointment_types(session, include_archived=True)}
    practitioners = {p.id: p for p in list_practitioners(session, active_only=False)}
    attendees = attendees_by_appointment(session, ids)
    pending = unsynced_appointment_ids(session, ids)
    now = workspace.now()
    items = []
    for appointment in appointments:
        kind = types.get(appointment.appointment_type_id)
        practitioner = practitioners.get(appointment.practitioner_id)
        decision = patient_link_decision(appointment, kind, attendees.get(appointment.id), now)
        items.append(
            AgendaItem(
                id=appointment.id,
                starts_at=appointment.starts_at,
                ends_at=appointment.ends_at,
                practitioner_id=appointment.practitioner_id,
                practitioner_name=practitioner.display_name if practitioner is not None else None,
                patient_id=appointment.patient_id,
                patient_name=appointment.patient_name,
                appointment_type_id=appointment.appointment_type_id,
                appointment_type_name=kind.name if kind is not None else None,
                telehealth_enabled=kind.telehealth_enabled if kind is not None else False,
                status=appointment.status,
                pending_sync=appointment.id in pending,
                patient_link_allowed=decision.allowed,
                patient_link_refusal=decision.refusal,
                business_id=appointment.business_id,
                appointment=appointment,
            )
        )
    return items


def describe_appointment(workspace: ClinicWorkspace, appointment_id: str) -> AgendaItem:
    """The agenda item of one cached appointment (deleted ones are not found)."""
    with workspace.reading() as session:
        appointment = get_appointment(session, appointment_id)
        if appointment is None or appointment.is_deleted:
            raise AppointmentNotFound(appointment_id)
        return describe_appointments(session, workspace, [appointment])[0]

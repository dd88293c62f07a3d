"""The services tests' clinic: the full test clinic (tests/support/clinic_builder.py) in a real cache,
plus an inactive practitioner and an archived patient.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.domain.entities import Appointment, Patient, Practitioner
from app.services import booking_service
from app.services.workspace import ClinicWorkspace
from tests.support import clinic_builder
from tests.support.clinic_builder import RECORDS_CHANGED_AT, FullClinicIds, seed_full_clinic

big_id = FullClinicIds().big_id


@dataclass(frozen=True)
class Clinic(FullClinicIds):
    """The ids of the seeded clinic (the shared ones come from `FullClinicIds`)."""

    retired: str = big_id(1003)  # inactive
    gone: str = big_id(4003)  # archived patient


CLINIC = Clinic()
PATIENT_LINK = "https://x.cliniko.com/c/patient-secret-ada"
PRACTITIONER_LINK = "https://x.cliniko.com/appointments/1/connect"


def make_appointment(appointment_id: str, **fields: Any) -> Appointment:
    """An appointment with sensible defaults (Grace, Ada, video with a link, Tue 09:00-09:30)."""
    return clinic_builder.make_appointment(
        CLINIC, appointment_id, **{"telehealth_url": PRACTITIONER_LINK, **fields}
    )


def seed_clinic(workspace: ClinicWorkspace) -> None:
    """Write the clinic into the workspace's cache as a sync would."""
    c = CLINIC
    seed_full_clinic(
        workspace,
        c,
        patient_link=PATIENT_LINK,
        practitioner_link=PRACTITIONER_LINK,
        more_practitioners=[Practitioner(c.retired, "Old", "Timer", "", False, None, RECORDS_CHANGED_AT)],
        more_patients=[
            Patient(c.gone, "Gone", "Away", archived_at=RECORDS_CHANGED_AT, updated_at=RECORDS_CHANGED_AT)
        ],
    )


def book_bob_with_alan_at_four(workspace: ClinicWorkspace) -> Appointment:
    """Book Bob's initial consultation with Alan on Tuesday at 16:00 through the booking service."""
    return booking_service.book(
        workspace,
        booking_service.BookingRequest(
            practitioner_id=CLINIC.alan,
            patient_id=CLINIC.bob,
            appointment_type_id=CLINIC.initial,
            starts_at=clinic_builder.tuesday(16),
        ),
    ).appointments[0]

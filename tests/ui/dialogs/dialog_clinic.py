"""The dialogs' test clinic: the full test clinic (tests/support/clinic_builder.py) in a real cache file,
with its own ids and links, patients' contact details, a namesake of Ada, a group class booking, a video
that ended before "now", a weekly series and more synced patient links.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.entities import Appointment, Attendee, Patient, SignedInUser, UserRole
from app.services.workspace import ClinicWorkspace
from tests.support import clinic_builder
from tests.support.clinic_builder import (
    RECORDS_CHANGED_AT,
    FullClinicIds,
    at,
    desk_user,
    seed_full_clinic,
)

ID_BASE = 2_190_726_237_298_631_770
PATIENT_LINK = "https://clinic.example/c/patient-secret-ada"
FRESH_PATIENT_LINK = "https://clinic.example/c/patient-secret-ada-rescheduled"
PRACTITIONER_LINK = "https://clinic.example/appointments/1/connect"

big_id = FullClinicIds(ID_BASE).big_id


@dataclass(frozen=True)
class Clinic(FullClinicIds):
    """The ids of the seeded clinic (the shared ones come from `FullClinicIds`)."""

    id_base: int = ID_BASE
    ada_byron: str = big_id(4003)  # another Ada, to tell namesakes apart
    pilates: str = big_id(5)  # Alan, Tue 15:00-16:00, group class
    ended_video: str = big_id(6)  # Grace, Ada, Mon 06:00-06:30, video (over before "now")
    series_first: str = big_id(7)  # Alan, Bob, Wed 5 / 12 / 19 Mar 09:00-09:30, weekly series
    series_second: str = big_id(8)
    series_third: str = big_id(9)
    series_id: str = "series-bob-weekly"


CLINIC = Clinic()


def make_appointment(appointment_id: str, **fields: Any) -> Appointment:
    """An appointment with sensible defaults (Grace, Ada, video with a link, Tue 09:00-09:30)."""
    return clinic_builder.make_appointment(
        CLINIC, appointment_id, **{"telehealth_url": PRACTITIONER_LINK, **fields}
    )


def _more_appointments() -> list[Appointment]:
    c = CLINIC
    series = [
        make_appointment(
            appointment_id,
            starts_at=at(day, 9),
            ends_at=at(day, 9.5),
            practitioner_id=c.alan,
            appointment_type_id=c.initial,
            series_id=c.series_id,
            patient_id=c.bob,
            patient_name="Bob Builder",
        )
        for appointment_id, day in ((c.series_first, 5), (c.series_second, 12), (c.series_third, 19))
    ]
    pilates = make_appointment(
        c.pilates,
        starts_at=at(4, 15),
        ends_at=at(4, 16),
        practitioner_id=c.alan,
        appointment_type_id=c.group,
        is_group=True,
        attendee_count=3,
        patient_id=None,
        patient_name="",
    )
    return [pilates, make_appointment(c.ended_video, starts_at=at(3, 6), ends_at=at(3, 6.5)), *series]


def _more_attendees() -> list[Attendee]:
    c = CLINIC
    return [
        Attendee(
            big_id(number),
            appointment_id,
            patient_id,
            telehealth_url=PATIENT_LINK,
            updated_at=RECORDS_CHANGED_AT,
        )
        for number, appointment_id, patient_id in (
            (5002, c.ended_video, c.ada),
            (5003, c.cancelled_ada, c.ada),
            (5004, c.initial_bob, c.bob),
        )
    ]


def seed_clinic(workspace: ClinicWorkspace, role: UserRole = UserRole.ADMINISTRATOR) -> None:
    """Write the clinic into the workspace's cache as a sync would, signed in with `role`."""
    seed_full_clinic(
        workspace,
        CLINIC,
        patient_link=PATIENT_LINK,
        practitioner_link=PRACTITIONER_LINK,
        group_colour="#9b59b6",
        contact_details=True,
        more_patients=[
            Patient(
                CLINIC.ada_byron,
                "Ada",
                "Byron",
                date_of_birth=date(1990, 12, 10),
                phone_numbers=("0455 111 222",),
                updated_at=RECORDS_CHANGED_AT,
            )
        ],
        more_appointments=_more_appointments(),
        more_attendees=_more_attendees(),
        signed_in_user=_user(role),
    )


def sign_in(workspace: ClinicWorkspace, role: UserRole) -> None:
    """Record the signed-in user (as the sync does) with `role`."""
    clinic_builder.sign_in(workspace, _user(role))


def _user(role: UserRole) -> SignedInUser:
    return desk_user(CLINIC, role, last_name="Desk")

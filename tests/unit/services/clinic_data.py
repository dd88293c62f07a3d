"""The services tests' clinic: a few practitioners, types, patients and appointments in a real cache.

The clinic is in London (UTC in early March, so local times read as UTC), open 08:00-18:00 on
weekdays. "Now" starts at Monday 3 March 2025 07:00; most appointments are on Tuesday 4 March.
Ids are 19-digit strings, as Cliniko's are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from app.domain.entities import (
    Appointment,
    AppointmentType,
    Attendee,
    Business,
    OpeningHours,
    Patient,
    Practitioner,
    SignedInUser,
    UnavailableBlock,
    UserRole,
)
from app.services.workspace import ClinicWorkspace
from app.store import bulk
from app.store.meta import set_last_successful_sync, set_signed_in_user

BASE_ID = 1_390_726_237_298_631_770
MONDAY_7AM = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
TUESDAY = date(2025, 3, 4)


def big_id(n: int) -> str:
    """A Cliniko-sized id (beyond a double's exact range)."""
    return str(BASE_ID + n)


def tuesday(hour: float) -> datetime:
    """Tuesday 4 March 2025 at `hour` (UTC, which is London's local time then)."""
    return datetime(2025, 3, 4, tzinfo=UTC) + timedelta(hours=hour)


class Clock:
    """A settable clock for the workspace."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class Clinic:
    """The ids of the seeded clinic."""

    business: str = big_id(3001)
    video: str = big_id(2001)  # Video consult, 30 min, telehealth on
    initial: str = big_id(2002)  # Initial Consultation, 45 min, telehealth off
    group: str = big_id(2003)  # Pilates class, group of 6, telehealth on
    archived: str = big_id(2004)  # Old massage, archived
    grace: str = big_id(1001)  # offers video and initial
    alan: str = big_id(1002)  # offers every type
    retired: str = big_id(1003)  # inactive
    ada: str = big_id(4001)
    bob: str = big_id(4002)
    gone: str = big_id(4003)  # archived patient
    video_ada: str = big_id(1)  # Grace, Ada, Tue 09:00-09:30, video, attendee link synced
    initial_bob: str = big_id(2)  # Grace, Bob, Tue 10:00-10:45, initial
    cancelled_ada: str = big_id(3)  # Alan, Ada, Tue 11:00-11:30, cancelled
    video_bob_no_link: str = big_id(4)  # Alan, Bob, Tue 14:00-14:30, video, no attendee yet
    lunch: str = big_id(6001)  # Grace unavailable Tue 12:00-13:00


CLINIC = Clinic()
PATIENT_LINK = "https://x.cliniko.com/c/patient-secret-ada"
PRACTITIONER_LINK = "https://x.cliniko.com/appointments/1/connect"


def make_appointment(appointment_id: str, **fields: Any) -> Appointment:
    """An appointment with sensible defaults (Grace, Ada, video, Tue 09:00-09:30)."""
    base = Appointment(
        id=appointment_id,
        starts_at=tuesday(9),
        ends_at=tuesday(9.5),
        practitioner_id=CLINIC.grace,
        appointment_type_id=CLINIC.video,
        business_id=CLINIC.business,
        patient_id=CLINIC.ada,
        patient_name="Ada Lovelace",
        telehealth_url=PRACTITIONER_LINK,
        created_at=MONDAY_7AM - timedelta(days=7),
        updated_at=MONDAY_7AM - timedelta(days=1),
    )
    return replace(base, **fields)


def seed_clinic(workspace: ClinicWorkspace) -> None:
    """Write the clinic into the workspace's cache as a sync would."""
    weekdays = tuple(OpeningHours(day, time(8), time(18)) for day in range(5))
    stamp = MONDAY_7AM - timedelta(days=30)
    c = CLINIC
    with workspace.writing() as session:
        bulk.upsert_businesses(
            session, [Business(c.business, "Harbour Physio", "Europe/London", weekdays, stamp)]
        )
        bulk.upsert_appointment_types(
            session,
            [
                AppointmentType(
                    c.video, "Video consult", 30, "#1abc9c", telehealth_enabled=True, updated_at=stamp
                ),
                AppointmentType(c.initial, "Initial Consultation", 45, "#3498db", updated_at=stamp),
                AppointmentType(
                    c.group, "Pilates class", 60, max_attendees=6, telehealth_enabled=True, updated_at=stamp
                ),
                AppointmentType(c.archived, "Old massage", 60, archived_at=stamp, updated_at=stamp),
            ],
        )
        bulk.upsert_practitioners(
            session,
            [
                Practitioner(c.grace, "Grace", "Hopper", "Dr", True, frozenset({c.video, c.initial}), stamp),
                Practitioner(
                    c.alan, "Alan", "Kay", "", True, frozenset({c.video, c.initial, c.group}), stamp
                ),
                Practitioner(c.retired, "Old", "Timer", "", False, None, stamp),
            ],
        )
        bulk.upsert_patients(
            session,
            [
                Patient(c.ada, "Ada", "Lovelace", updated_at=stamp),
                Patient(c.bob, "Bob", "Builder", updated_at=stamp),
                Patient(c.gone, "Gone", "Away", archived_at=stamp, updated_at=stamp),
            ],
        )
        bulk.upsert_appointments(
            session,
            [
                make_appointment(c.video_ada),
                make_appointment(
                    c.initial_bob,
                    starts_at=tuesday(10),
                    ends_at=tuesday(10.75),
                    appointment_type_id=c.initial,
                    patient_id=c.bob,
                    patient_name="Bob Builder",
                ),
                make_appointment(
                    c.cancelled_ada,
                    starts_at=tuesday(11),
                    ends_at=tuesday(11.5),
                    practitioner_id=c.alan,
                    cancelled_at=MONDAY_7AM - timedelta(hours=1),
                    cancellation_reason="50",
                ),
                make_appointment(
                    c.video_bob_no_link,
                    starts_at=tuesday(14),
                    ends_at=tuesday(14.5),
                    practitioner_id=c.alan,
                    patient_id=c.bob,
                    patient_name="Bob Builder",
                ),
            ],
        )
        bulk.upsert_attendees(
            session,
            [Attendee(big_id(5001), c.video_ada, c.ada, telehealth_url=PATIENT_LINK, updated_at=stamp)],
        )
        bulk.upsert_unavailable_blocks(
            session,
            [UnavailableBlock(c.lunch, c.grace, tuesday(12), tuesday(13), c.business, "Lunch", stamp)],
        )
        set_signed_in_user(
            session, SignedInUser(big_id(7001), "Sam", "Admin", None, UserRole.ADMINISTRATOR, None)
        )
        set_last_successful_sync(session, MONDAY_7AM - timedelta(minutes=1))

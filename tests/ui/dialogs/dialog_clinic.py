"""The dialogs' test clinic: a real cache file holding a small London clinic, written as a sync would.

London is on UTC in early March, so local times read as UTC. "Now" starts at Monday 3 March 2025
07:00; most appointments are on Tuesday 4 March. Ids are 19-digit strings, as Cliniko's are.
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

BASE_ID = 2_190_726_237_298_631_770
MONDAY_7AM = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
TUESDAY = date(2025, 3, 4)
PATIENT_LINK = "https://clinic.example/c/patient-secret-ada"
FRESH_PATIENT_LINK = "https://clinic.example/c/patient-secret-ada-rescheduled"
PRACTITIONER_LINK = "https://clinic.example/appointments/1/connect"


def big_id(n: int) -> str:
    """A Cliniko-sized id (beyond a double's exact range)."""
    return str(BASE_ID + n)


def at(day: int, hour: float) -> datetime:
    """March `day`, 2025 at `hour` (UTC, which is London's local time then)."""
    return datetime(2025, 3, day, tzinfo=UTC) + timedelta(hours=hour)


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
    grace: str = big_id(1001)  # Dr Grace Hopper: offers video and initial
    alan: str = big_id(1002)  # Alan Kay: offers every type
    ada: str = big_id(4001)
    bob: str = big_id(4002)
    ada_byron: str = big_id(4003)  # another Ada, to tell namesakes apart
    video_ada: str = big_id(1)  # Grace, Ada, Tue 09:00-09:30, video, patient link synced
    initial_bob: str = big_id(2)  # Grace, Bob, Tue 10:00-10:45, initial (telehealth off)
    cancelled_ada: str = big_id(3)  # Alan, Ada, Tue 11:00-11:30, video, cancelled
    video_bob_no_link: str = big_id(4)  # Alan, Bob, Tue 14:00-14:30, video, no attendee synced
    pilates: str = big_id(5)  # Alan, Tue 15:00-16:00, group class
    ended_video: str = big_id(6)  # Grace, Ada, Mon 06:00-06:30, video (over before "now")
    series_first: str = big_id(7)  # Alan, Bob, Wed 5 / 12 / 19 Mar 09:00-09:30, weekly series
    series_second: str = big_id(8)
    series_third: str = big_id(9)
    lunch: str = big_id(6001)  # Grace unavailable Tue 12:00-13:00
    series_id: str = "series-bob-weekly"


CLINIC = Clinic()


def make_appointment(appointment_id: str, **fields: Any) -> Appointment:
    """An appointment with sensible defaults (Grace, Ada, video, Tue 09:00-09:30)."""
    base = Appointment(
        id=appointment_id,
        starts_at=at(4, 9),
        ends_at=at(4, 9.5),
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


def _appointments() -> list[Appointment]:
    c = CLINIC
    bob = {"patient_id": c.bob, "patient_name": "Bob Builder"}
    series = [
        make_appointment(
            appointment_id,
            starts_at=at(day, 9),
            ends_at=at(day, 9.5),
            practitioner_id=c.alan,
            appointment_type_id=c.initial,
            series_id=c.series_id,
            **bob,
        )
        for appointment_id, day in ((c.series_first, 5), (c.series_second, 12), (c.series_third, 19))
    ]
    return [
        make_appointment(c.video_ada),
        make_appointment(
            c.initial_bob, starts_at=at(4, 10), ends_at=at(4, 10.75), appointment_type_id=c.initial, **bob
        ),
        make_appointment(
            c.cancelled_ada,
            starts_at=at(4, 11),
            ends_at=at(4, 11.5),
            practitioner_id=c.alan,
            cancelled_at=MONDAY_7AM - timedelta(hours=1),
            cancellation_reason="50",
        ),
        make_appointment(
            c.video_bob_no_link, starts_at=at(4, 14), ends_at=at(4, 14.5), practitioner_id=c.alan, **bob
        ),
        make_appointment(
            c.pilates,
            starts_at=at(4, 15),
            ends_at=at(4, 16),
            practitioner_id=c.alan,
            appointment_type_id=c.group,
            is_group=True,
            attendee_count=3,
            patient_id=None,
            patient_name="",
        ),
        make_appointment(c.ended_video, starts_at=at(3, 6), ends_at=at(3, 6.5)),
        *series,
    ]


def seed_clinic(workspace: ClinicWorkspace, role: UserRole = UserRole.ADMINISTRATOR) -> None:
    """Write the clinic into the workspace's cache as a sync would, signed in with `role`."""
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
                    c.group,
                    "Pilates class",
                    60,
                    "#9b59b6",
                    max_attendees=6,
                    telehealth_enabled=True,
                    updated_at=stamp,
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
            ],
        )
        bulk.upsert_patients(
            session,
            [
                Patient(
                    c.ada, "Ada", "Lovelace", date(1985, 3, 7), None, ("0412 345 678",), updated_at=stamp
                ),
                Patient(
                    c.bob, "Bob", "Builder", date(1979, 11, 2), None, ("0398 765 432",), updated_at=stamp
                ),
                Patient(
                    c.ada_byron, "Ada", "Byron", date(1990, 12, 10), None, ("0455 111 222",), updated_at=stamp
                ),
            ],
        )
        bulk.upsert_appointments(session, _appointments())
        bulk.upsert_attendees(
            session,
            [
                Attendee(big_id(5001), c.video_ada, c.ada, telehealth_url=PATIENT_LINK, updated_at=stamp),
                Attendee(big_id(5002), c.ended_video, c.ada, telehealth_url=PATIENT_LINK, updated_at=stamp),
                Attendee(big_id(5003), c.cancelled_ada, c.ada, telehealth_url=PATIENT_LINK, updated_at=stamp),
                Attendee(big_id(5004), c.initial_bob, c.bob, telehealth_url=PATIENT_LINK, updated_at=stamp),
            ],
        )
        bulk.upsert_unavailable_blocks(
            session,
            [UnavailableBlock(c.lunch, c.grace, at(4, 12), at(4, 13), c.business, "Lunch", stamp)],
        )
        set_last_successful_sync(session, MONDAY_7AM - timedelta(minutes=1))
    sign_in(workspace, role)


def sign_in(workspace: ClinicWorkspace, role: UserRole) -> None:
    """Record the signed-in user (as the sync does) with `role`."""
    practitioner_id = CLINIC.grace if role == UserRole.PRACTITIONER else None
    with workspace.writing() as session:
        set_signed_in_user(
            session, SignedInUser(big_id(7001), "Sam", "Desk", None, role, practitioner_id=practitioner_id)
        )

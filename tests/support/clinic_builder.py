"""The test clinic, written straight into a real cache as a sync would (no server needed).

Harbour Physio is in London (UTC in early March, so local times read as UTC), open 08:00-18:00 on
weekdays. The workspace clock starts at Monday 3 March 2025 07:00; the appointments are mostly on
Tuesday 4 March, and Grace is unavailable for lunch 12:00-13:00 that day. Ids are 19-digit strings, as
Cliniko's are, counted from an id base beyond a double's exact range.

Two variants share the business, the video and initial types, Grace and Alan, Ada and Bob, the lunch
block, the signed-in user and the last sync: `seed_small_clinic` with the appointments its caller
gives, and `seed_full_clinic`, which adds a group class, an archived type and four Tuesday appointments
(callers add their own records to either through the keyword arguments).
"""

from __future__ import annotations

from collections.abc import Sequence
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

ID_BASE = 1_390_726_237_298_631_770
MONDAY_7AM = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
TUESDAY = date(2025, 3, 4)
# When the server last changed the clinic's records, and when the cache last synced with it.
RECORDS_CHANGED_AT = MONDAY_7AM - timedelta(days=30)
LAST_SYNC_AT = MONDAY_7AM - timedelta(minutes=1)
WEEKDAYS_8_TO_6 = tuple(OpeningHours(day, time(8), time(18)) for day in range(5))


def at(day: int, hour: float) -> datetime:
    """March `day`, 2025 at `hour` (UTC, which is London's local time then)."""
    return datetime(2025, 3, day, tzinfo=UTC) + timedelta(hours=hour)


def tuesday(hour: float) -> datetime:
    """Tuesday 4 March 2025 at `hour` (UTC, which is London's local time then)."""
    return at(4, hour)


class Clock:
    """A settable clock for the workspace."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class ClinicIds:
    """The ids of the records both variants hold; subclasses add the ids of their own records."""

    id_base: int = ID_BASE

    def big_id(self, n: int) -> str:
        """The clinic's id number `n`: a Cliniko-sized id (beyond a double's exact range)."""
        return str(self.id_base + n)

    @property
    def business(self) -> str:
        """Harbour Physio."""
        return self.big_id(3001)

    @property
    def video(self) -> str:
        """Video consult, 30 min, telehealth on."""
        return self.big_id(2001)

    @property
    def initial(self) -> str:
        """Initial Consultation, 45 min, telehealth off."""
        return self.big_id(2002)

    @property
    def grace(self) -> str:
        """Dr Grace Hopper: offers video and initial."""
        return self.big_id(1001)

    @property
    def alan(self) -> str:
        """Alan Kay: offers every current type."""
        return self.big_id(1002)

    @property
    def ada(self) -> str:
        """Ada Lovelace."""
        return self.big_id(4001)

    @property
    def bob(self) -> str:
        """Bob Builder."""
        return self.big_id(4002)

    @property
    def lunch(self) -> str:
        """Grace unavailable Tue 12:00-13:00."""
        return self.big_id(6001)


@dataclass(frozen=True)
class FullClinicIds(ClinicIds):
    """The ids of the full variant: a group class, an archived type and four Tuesday appointments."""

    @property
    def group(self) -> str:
        """Pilates class, group of 6, telehealth on."""
        return self.big_id(2003)

    @property
    def archived(self) -> str:
        """Old massage, archived."""
        return self.big_id(2004)

    @property
    def video_ada(self) -> str:
        """Grace, Ada, Tue 09:00-09:30, video, patient link synced."""
        return self.big_id(1)

    @property
    def initial_bob(self) -> str:
        """Grace, Bob, Tue 10:00-10:45, initial (telehealth off)."""
        return self.big_id(2)

    @property
    def cancelled_ada(self) -> str:
        """Alan, Ada, Tue 11:00-11:30, video, cancelled."""
        return self.big_id(3)

    @property
    def video_bob_no_link(self) -> str:
        """Alan, Bob, Tue 14:00-14:30, video, no attendee synced."""
        return self.big_id(4)


def make_appointment(ids: ClinicIds, appointment_id: str, **fields: Any) -> Appointment:
    """An appointment of the clinic `ids` name: Grace, Ada, video, Tue 09:00-09:30 unless `fields` say."""
    base = Appointment(
        id=appointment_id,
        starts_at=tuesday(9),
        ends_at=tuesday(9.5),
        practitioner_id=ids.grace,
        appointment_type_id=ids.video,
        business_id=ids.business,
        patient_id=ids.ada,
        patient_name="Ada Lovelace",
        created_at=MONDAY_7AM - timedelta(days=7),
        updated_at=MONDAY_7AM - timedelta(days=1),
    )
    return replace(base, **fields)


def desk_user(
    ids: ClinicIds, role: UserRole = UserRole.ADMINISTRATOR, *, last_name: str = "Admin"
) -> SignedInUser:
    """Sam at the front desk, signed in with `role` (a practitioner signs in as Grace)."""
    practitioner_id = ids.grace if role == UserRole.PRACTITIONER else None
    return SignedInUser(ids.big_id(7001), "Sam", last_name, None, role, practitioner_id=practitioner_id)


def sign_in(workspace: ClinicWorkspace, user: SignedInUser) -> None:
    """Record the signed-in user, as the sync does."""
    with workspace.writing() as session:
        set_signed_in_user(session, user)


def seed_small_clinic(
    workspace: ClinicWorkspace, ids: ClinicIds, appointments: Sequence[Appointment]
) -> None:
    """Write the small variant with `appointments`; Sam the administrator is signed in."""
    _write_clinic(
        workspace,
        ids,
        appointment_types=_core_types(ids),
        practitioners=_practitioners(ids, alan_offers={ids.video, ids.initial}),
        patients=_patients(ids, contact_details=False),
        appointments=appointments,
        attendees=(),
        signed_in_user=desk_user(ids),
    )


def seed_full_clinic(
    workspace: ClinicWorkspace,
    ids: FullClinicIds,
    *,
    patient_link: str,
    practitioner_link: str,
    group_colour: str | None = None,
    contact_details: bool = False,
    more_practitioners: Sequence[Practitioner] = (),
    more_patients: Sequence[Patient] = (),
    more_appointments: Sequence[Appointment] = (),
    more_attendees: Sequence[Attendee] = (),
    signed_in_user: SignedInUser | None = None,
) -> None:
    """Write the full variant plus the `more_*` records; `signed_in_user` defaults to Sam the administrator.

    The Tuesday appointments carry `practitioner_link`; Ada's 09:00 video has an attendee with
    `patient_link`. `group_colour` None keeps the type's default colour; `contact_details` gives Ada and
    Bob a date of birth and a phone number.
    """
    group = AppointmentType(
        ids.group,
        "Pilates class",
        60,
        max_attendees=6,
        telehealth_enabled=True,
        updated_at=RECORDS_CHANGED_AT,
    )
    if group_colour is not None:
        group = replace(group, color=group_colour)
    archived = AppointmentType(
        ids.archived, "Old massage", 60, archived_at=RECORDS_CHANGED_AT, updated_at=RECORDS_CHANGED_AT
    )
    _write_clinic(
        workspace,
        ids,
        appointment_types=[*_core_types(ids), group, archived],
        practitioners=[
            *_practitioners(ids, alan_offers={ids.video, ids.initial, ids.group}),
            *more_practitioners,
        ],
        patients=[*_patients(ids, contact_details=contact_details), *more_patients],
        appointments=[*_tuesday_appointments(ids, practitioner_link), *more_appointments],
        attendees=[
            Attendee(
                ids.big_id(5001),
                ids.video_ada,
                ids.ada,
                telehealth_url=patient_link,
                updated_at=RECORDS_CHANGED_AT,
            ),
            *more_attendees,
        ],
        signed_in_user=signed_in_user or desk_user(ids),
    )


def _core_types(ids: ClinicIds) -> list[AppointmentType]:
    stamp = RECORDS_CHANGED_AT
    return [
        AppointmentType(ids.video, "Video consult", 30, "#1abc9c", telehealth_enabled=True, updated_at=stamp),
        AppointmentType(ids.initial, "Initial Consultation", 45, "#3498db", updated_at=stamp),
    ]


def _practitioners(ids: ClinicIds, *, alan_offers: set[str]) -> list[Practitioner]:
    stamp = RECORDS_CHANGED_AT
    return [
        Practitioner(ids.grace, "Grace", "Hopper", "Dr", True, frozenset({ids.video, ids.initial}), stamp),
        Practitioner(ids.alan, "Alan", "Kay", "", True, frozenset(alan_offers), stamp),
    ]


def _patients(ids: ClinicIds, *, contact_details: bool) -> list[Patient]:
    ada = Patient(ids.ada, "Ada", "Lovelace", updated_at=RECORDS_CHANGED_AT)
    bob = Patient(ids.bob, "Bob", "Builder", updated_at=RECORDS_CHANGED_AT)
    if contact_details:
        ada = replace(ada, date_of_birth=date(1985, 3, 7), phone_numbers=("0412 345 678",))
        bob = replace(bob, date_of_birth=date(1979, 11, 2), phone_numbers=("0398 765 432",))
    return [ada, bob]


def _tuesday_appointments(ids: FullClinicIds, practitioner_link: str) -> list[Appointment]:
    bob = {"patient_id": ids.bob, "patient_name": "Bob Builder", "telehealth_url": practitioner_link}
    return [
        make_appointment(ids, ids.video_ada, telehealth_url=practitioner_link),
        make_appointment(
            ids,
            ids.initial_bob,
            starts_at=tuesday(10),
            ends_at=tuesday(10.75),
            appointment_type_id=ids.initial,
            **bob,
        ),
        make_appointment(
            ids,
            ids.cancelled_ada,
            starts_at=tuesday(11),
            ends_at=tuesday(11.5),
            practitioner_id=ids.alan,
            cancelled_at=MONDAY_7AM - timedelta(hours=1),
            cancellation_reason="50",
            telehealth_url=practitioner_link,
        ),
        make_appointment(
            ids,
            ids.video_bob_no_link,
            starts_at=tuesday(14),
            ends_at=tuesday(14.5),
            practitioner_id=ids.alan,
            **bob,
        ),
    ]


def _write_clinic(
    workspace: ClinicWorkspace,
    ids: ClinicIds,
    *,
    appointment_types: Sequence[AppointmentType],
    practitioners: Sequence[Practitioner],
    patients: Sequence[Patient],
    appointments: Sequence[Appointment],
    attendees: Sequence[Attendee],
    signed_in_user: SignedInUser,
) -> None:
    stamp = RECORDS_CHANGED_AT
    with workspace.writing() as session:
        bulk.upsert_businesses(
            session, [Business(ids.business, "Harbour Physio", "Europe/London", WEEKDAYS_8_TO_6, stamp)]
        )
        bulk.upsert_appointment_types(session, appointment_types)
        bulk.upsert_practitioners(session, practitioners)
        bulk.upsert_patients(session, patients)
        bulk.upsert_appointments(session, appointments)
        if attendees:
            bulk.upsert_attendees(session, attendees)
        bulk.upsert_unavailable_blocks(
            session,
            [UnavailableBlock(ids.lunch, ids.grace, tuesday(12), tuesday(13), ids.business, "Lunch", stamp)],
        )
        set_signed_in_user(session, signed_in_user)
        set_last_successful_sync(session, LAST_SYNC_AT)

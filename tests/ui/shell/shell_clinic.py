"""A small clinic written straight into a cache, for the shell tests (no server needed).

London (UTC in early March, so local times read as UTC), open 08:00-18:00 on weekdays. The workspace
clock says Monday 3 March 2025 07:00; the appointments are on Tuesday 4 March:
Grace: Ada 09:00-09:30 (video), Bob 10:00-10:45 (initial), unavailable 12:00-13:00;
Alan: Bob 14:00-14:30 (video); Ada 16:00-16:30 (video), the first of a weekly series of two.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from app.domain.entities import (
    Appointment,
    AppointmentType,
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

MONDAY_7AM = datetime(2025, 3, 3, 7, 0, tzinfo=UTC)
TUESDAY = date(2025, 3, 4)
_BASE = 1_390_726_237_298_631_770


def _id(n: int) -> str:
    return str(_BASE + n)


def tuesday(hour: float) -> datetime:
    """Tuesday 4 March 2025 at `hour` (UTC = London then)."""
    return datetime(2025, 3, 4, tzinfo=UTC) + timedelta(hours=hour)


class Clock:
    """A settable clock for the workspace."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@dataclass(frozen=True)
class ShellClinic:
    business: str = _id(3001)
    video: str = _id(2001)
    initial: str = _id(2002)
    grace: str = _id(1001)
    alan: str = _id(1002)
    ada: str = _id(4001)
    bob: str = _id(4002)
    ada_video: str = _id(1)  # Grace 09:00-09:30
    bob_initial: str = _id(2)  # Grace 10:00-10:45
    bob_video: str = _id(3)  # Alan 14:00-14:30
    ada_series_first: str = _id(4)  # Alan 16:00-16:30, series "ada-weekly"
    ada_series_second: str = _id(5)  # Alan, the next Tuesday 16:00-16:30
    lunch: str = _id(6001)  # Grace unavailable 12:00-13:00


CLINIC = ShellClinic()


def _appointment(
    appointment_id: str,
    start: float,
    *,
    minutes: int,
    practitioner: str,
    kind: str,
    patient: str,
    series_id: str | None = None,
) -> Appointment:
    names = {CLINIC.ada: "Ada Lovelace", CLINIC.bob: "Bob Builder"}
    stamp = MONDAY_7AM - timedelta(days=1)
    return Appointment(
        id=appointment_id,
        starts_at=tuesday(start),
        ends_at=tuesday(start) + timedelta(minutes=minutes),
        practitioner_id=practitioner,
        appointment_type_id=kind,
        business_id=CLINIC.business,
        patient_id=patient,
        patient_name=names[patient],
        series_id=series_id,
        created_at=stamp,
        updated_at=stamp,
    )


def seed_shell_clinic(workspace: ClinicWorkspace) -> None:
    """Write the clinic into the cache as a sync would, synced a minute before the clock's now."""
    c = CLINIC
    stamp = MONDAY_7AM - timedelta(days=30)
    weekdays = tuple(OpeningHours(day, time(8), time(18)) for day in range(5))
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
            ],
        )
        bulk.upsert_practitioners(
            session,
            [
                Practitioner(c.grace, "Grace", "Hopper", "Dr", True, frozenset({c.video, c.initial}), stamp),
                Practitioner(c.alan, "Alan", "Kay", "", True, frozenset({c.video, c.initial}), stamp),
            ],
        )
        bulk.upsert_patients(
            session,
            [
                Patient(c.ada, "Ada", "Lovelace", updated_at=stamp),
                Patient(c.bob, "Bob", "Builder", updated_at=stamp),
            ],
        )
        bulk.upsert_appointments(
            session,
            [
                _appointment(c.ada_video, 9, minutes=30, practitioner=c.grace, kind=c.video, patient=c.ada),
                _appointment(
                    c.bob_initial, 10, minutes=45, practitioner=c.grace, kind=c.initial, patient=c.bob
                ),
                _appointment(c.bob_video, 14, minutes=30, practitioner=c.alan, kind=c.video, patient=c.bob),
                _appointment(
                    c.ada_series_first,
                    16,
                    minutes=30,
                    practitioner=c.alan,
                    kind=c.video,
                    patient=c.ada,
                    series_id="ada-weekly",
                ),
                _appointment(
                    c.ada_series_second,
                    16 + 7 * 24,
                    minutes=30,
                    practitioner=c.alan,
                    kind=c.video,
                    patient=c.ada,
                    series_id="ada-weekly",
                ),
            ],
        )
        bulk.upsert_unavailable_blocks(
            session,
            [UnavailableBlock(c.lunch, c.grace, tuesday(12), tuesday(13), c.business, "Lunch", stamp)],
        )
        set_signed_in_user(
            session, SignedInUser(_id(7001), "Sam", "Admin", None, UserRole.ADMINISTRATOR, None)
        )
        set_last_successful_sync(session, MONDAY_7AM - timedelta(minutes=1))

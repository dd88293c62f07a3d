"""A small clinic to seed an emulator with: one business, a few types, practitioners and patients, and
a calendar of future days with every status the documentation names.

The business is in Australia/Sydney, and days start at 07:00 local time: the early appointments fall
on the previous UTC date, so a client that mixes the two dates shows the wrong day.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tests.emulator.store import EmulatorStore

ZONE_NAME = "Australia/Sydney"
ZONE = ZoneInfo(ZONE_NAME)
_FIRST_NAMES = ("Ana", "Ben", "Chloe", "Dev", "Ema", "Farid", "Gus", "Hana", "Ivo", "June", "Kai", "Lou")
_LAST_NAMES = ("Ng", "Olsen", "Park", "Quinn", "Rossi", "Sato", "Tran", "Usman", "Vega", "Wong")
# Local start times of a day (07:00 is the previous day in UTC).
_SLOTS = (time(7, 0), time(8, 30), time(10, 0), time(11, 15), time(14, 0), time(15, 30), time(17, 45))


@dataclass
class Clinic:
    """The ids of what `seed_clinic` made."""

    business_id: str
    user_id: str
    type_ids: dict[str, str]
    practitioner_ids: list[str]
    inactive_practitioner_id: str
    patient_ids: list[str]
    days: list[date]
    appointment_ids: list[str] = field(default_factory=list)
    block_ids: list[str] = field(default_factory=list)


def clinic_today() -> date:
    """Today in the clinic's zone."""
    return datetime.now(ZONE).date()


def local(day: date, at: time) -> datetime:
    """A clinic-local wall time as an aware datetime."""
    return datetime.combine(day, at, tzinfo=ZONE)


def seed_clinic(store: EmulatorStore, *, days: int = 2, seed: int = 7) -> Clinic:
    """Seed `store` with the clinic and `days` future weekdays of appointments."""
    rng = random.Random(seed)
    user_id = store.add_user("Ada", "Admin", "ada@example.com")
    business_id = store.add_business("Harbour Physio", "Sydney", ZONE_NAME)
    types = {
        "initial": store.add_appointment_type("Initial Consultation", 45, telehealth=True, category="New"),
        "follow_up": store.add_appointment_type("Follow-up", 30, telehealth=None, color=None),
        "video": store.add_appointment_type("Video Review", 20, telehealth=True, max_attendees=None),
        "standard": store.add_appointment_type("Standard", 30, telehealth=False),
        "retired": store.add_appointment_type("Hot Stones", 60, telehealth=True, archived=True),
    }
    offered = tuple(t for key, t in types.items() if key != "retired")
    practitioners = [
        store.add_practitioner("Mia", "Hart", title="Dr", user_id=user_id, type_ids=offered, legacy_id=True),
        store.add_practitioner("Noah", "Lee", type_ids=offered),
        store.add_practitioner("Olga", "Brandt", title="Physio", type_ids=offered[:2]),
    ]
    inactive = store.add_practitioner("Pete", "Gone", active=False)
    patients = [
        store.add_patient(
            _FIRST_NAMES[n % len(_FIRST_NAMES)],
            _LAST_NAMES[n % len(_LAST_NAMES)],
            date_of_birth=None if n % 3 else f"19{60 + n}-0{1 + n % 9}-1{n % 10}",
            email=None if n % 2 else f"patient{n}@example.com",
            phones=("0400 000 00" + str(n % 10),) if n % 4 else (),
            legacy_id=n < 2,
            archived=n == 11,
        )
        for n in range(12)
    ]
    clinic = Clinic(business_id, user_id, types, practitioners, inactive, patients, _future_weekdays(days))
    for day in clinic.days:
        for practitioner in practitioners:
            for slot in rng.sample(_SLOTS, 5):
                type_key = rng.choice(("initial", "follow_up", "video", "standard"))
                clinic.appointment_ids.append(
                    store.add_appointment(
                        practitioner_id=practitioner,
                        patient_id=rng.choice(patients),
                        appointment_type_id=types[type_key],
                        business_id=business_id,
                        starts_at=local(day, slot),
                        notes=rng.choice((None, "Bring scans", "")),
                        legacy_id=rng.random() < 0.1,
                    )
                )
            clinic.block_ids.append(
                store.add_unavailable_block(
                    practitioner_id=practitioner,
                    business_id=business_id,
                    starts_at=local(day, time(12, 30)),
                    ends_at=local(day, time(13, 30)),
                )
            )
    _vary_statuses(store, clinic, rng)
    return clinic


def _future_weekdays(count: int) -> list[date]:
    days, day = [], clinic_today() + timedelta(days=1)
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _vary_statuses(store: EmulatorStore, clinic: Clinic, rng: random.Random) -> None:
    """Give the calendar every status: cancelled, arrived, did not arrive, deleted, an archived type."""
    chosen = rng.sample(clinic.appointment_ids, 6)
    store.cancel_appointment(chosen[0], 50, "Rebooked by phone")
    store.cancel_appointment(chosen[1], 30)
    store.update("individual_appointments", chosen[2], patient_arrived=True)
    store.update("individual_appointments", chosen[3], did_not_arrive=True)
    store.delete_appointment(chosen[4])
    store.update("individual_appointments", chosen[5], appointment_type_id=clinic.type_ids["retired"])

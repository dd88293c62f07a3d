"""Entities for store tests: realistic 19-digit string ids, aware UTC times, every field settable."""

from __future__ import annotations

from dataclasses import replace
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
    UnavailableBlock,
)

MONDAY = datetime(2025, 3, 3, tzinfo=UTC)
BIG_ID = 1_390_726_237_298_631_770  # beyond 2**53: a double would round it


def big_id(n: int) -> str:
    return str(BIG_ID + n)


def at(hours: float, *, day: int = 0) -> datetime:
    """Monday 3 March 2025 + `day` days + `hours` hours, UTC."""
    return MONDAY + timedelta(days=day, hours=hours)


def make_appointment(n: int = 1, **changes: Any) -> Appointment:
    base = Appointment(
        id=big_id(n),
        starts_at=at(9),
        ends_at=at(9.5),
        practitioner_id=big_id(1000),
        appointment_type_id=big_id(2000),
        business_id=big_id(3000),
        patient_id=big_id(4000),
        patient_name="Ada Lovelace",
        created_at=at(-48),
        updated_at=at(-24),
    )
    return replace(base, **changes)


def make_attendee(n: int = 1, appointment_id: str | None = None, **changes: Any) -> Attendee:
    base = Attendee(
        id=big_id(5000 + n),
        appointment_id=appointment_id or big_id(n),
        patient_id=big_id(4000),
        telehealth_url=f"https://x.cliniko.com/c/patient-secret-{n}",
        updated_at=at(-24),
    )
    return replace(base, **changes)


def make_block(n: int = 1, **changes: Any) -> UnavailableBlock:
    base = UnavailableBlock(
        id=big_id(6000 + n),
        practitioner_id=big_id(1000),
        starts_at=at(12),
        ends_at=at(13),
        business_id=big_id(3000),
        notes="Lunch",
        updated_at=at(-24),
    )
    return replace(base, **changes)


def make_type(n: int = 1, **changes: Any) -> AppointmentType:
    base = AppointmentType(
        id=big_id(2000 + n),
        name=f"Consultation {n}",
        duration_in_minutes=30,
        color="#123abc",
        category="General",
        max_attendees=1,
        telehealth_enabled=True,
        updated_at=at(-24),
    )
    return replace(base, **changes)


def make_practitioner(n: int = 1, **changes: Any) -> Practitioner:
    base = Practitioner(
        id=big_id(1000 + n),
        first_name="Grace",
        last_name=f"Hopper{n}",
        title="Dr",
        appointment_type_ids=frozenset({big_id(2001), big_id(2002)}),
        updated_at=at(-24),
    )
    return replace(base, **changes)


def make_patient(n: int = 1, **changes: Any) -> Patient:
    base = Patient(
        id=big_id(4000 + n),
        first_name="Ada",
        last_name="Lovelace",
        date_of_birth=date(1985, 12, 10),
        email="ada@example.com",
        phone_numbers=("+61 412 345 678", "(03) 9876 5432"),
        updated_at=at(-24),
    )
    return replace(base, **changes)


def make_business(n: int = 1, **changes: Any) -> Business:
    base = Business(
        id=big_id(3000 + n),
        name="Harbour Physio",
        time_zone_identifier="Australia/Sydney",
        opening_hours=(
            OpeningHours(weekday=0, opens=time(8), closes=time(17, 30)),
            OpeningHours(weekday=2, opens=time(9, 15), closes=time(13)),
        ),
        updated_at=at(-24),
    )
    return replace(base, **changes)

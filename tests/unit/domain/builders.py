"""Small builders for domain entities, with defaults a test overrides only where it matters."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.domain.entities import (
    Appointment,
    AppointmentType,
    Attendee,
    Business,
    OpeningHours,
    Practitioner,
    UnavailableBlock,
)
from app.domain.timezones import local_to_utc

SYDNEY = ZoneInfo("Australia/Sydney")
NEW_YORK = ZoneInfo("America/New_York")

PRACTITIONER_LINK = "https://clinic.cliniko.com/appointments/987654321/connect"
PATIENT_LINK = "https://clinic.cliniko.com/c/yxt65-xdR864MNvao"


def wall(*parts: int, fold: int = 0) -> datetime:
    """A naive wall-clock time: what `local_to_utc` takes, deliberately without a zone."""
    return datetime(*parts, fold=fold)  # type: ignore[misc]  # noqa: DTZ001


def sydney(year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A Sydney wall-clock time as aware UTC."""
    return local_to_utc(wall(year, month, day, hour, minute), SYDNEY)


def weekday_hours(opens: time = time(8), closes: time = time(18)) -> tuple[OpeningHours, ...]:
    """The same opening period Monday to Friday."""
    return tuple(OpeningHours(weekday=day, opens=opens, closes=closes) for day in range(5))


def make_business(**overrides: Any) -> Business:
    values: dict[str, Any] = {
        "id": "b1",
        "name": "Northside Clinic",
        "time_zone_identifier": "Australia/Sydney",
        "opening_hours": weekday_hours(),
    }
    values.update(overrides)
    return Business(**values)


def make_practitioner(**overrides: Any) -> Practitioner:
    values: dict[str, Any] = {"id": "p1", "first_name": "Anna", "last_name": "Smith", "title": "Dr"}
    values.update(overrides)
    return Practitioner(**values)


def make_type(**overrides: Any) -> AppointmentType:
    values: dict[str, Any] = {
        "id": "t1",
        "name": "Initial Consultation",
        "duration_in_minutes": 30,
        "telehealth_enabled": True,
    }
    values.update(overrides)
    return AppointmentType(**values)


def make_appointment(
    appointment_id: str = "a1",
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    **overrides: Any,
) -> Appointment:
    """An individual booked appointment; 30 minutes from `starts_at` unless `ends_at` is given."""
    start = starts_at if starts_at is not None else sydney(2026, 1, 5, 9)
    values: dict[str, Any] = {
        "id": appointment_id,
        "starts_at": start,
        "ends_at": ends_at if ends_at is not None else start + timedelta(minutes=30),
        "practitioner_id": "p1",
        "appointment_type_id": "t1",
        "business_id": "b1",
        "patient_id": "pt1",
        "patient_name": "Jane Doe",
        "telehealth_url": PRACTITIONER_LINK,
    }
    values.update(overrides)
    return Appointment(**values)


def make_attendee(**overrides: Any) -> Attendee:
    values: dict[str, Any] = {
        "id": "at1",
        "appointment_id": "a1",
        "patient_id": "pt1",
        "telehealth_url": PATIENT_LINK,
    }
    values.update(overrides)
    return Attendee(**values)


def make_block(
    block_id: str, starts_at: datetime, ends_at: datetime, practitioner_id: str = "p1"
) -> UnavailableBlock:
    return UnavailableBlock(
        id=block_id, practitioner_id=practitioner_id, starts_at=starts_at, ends_at=ends_at
    )

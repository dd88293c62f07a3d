"""Input that blocks a booking (product.md: "Invalid input does block, with a clear message").

Unlike conflict warnings, which staff may override with "Book anyway", these problems must be fixed
first. Each problem names the form field it belongs to so the dialog can mark it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.entities import AppointmentType

FIELD_PATIENT = "patient"
FIELD_PRACTITIONER = "practitioner"
FIELD_APPOINTMENT_TYPE = "appointment_type"
FIELD_STARTS_AT = "starts_at"
FIELD_ENDS_AT = "ends_at"


@dataclass(frozen=True, slots=True)
class ValidationProblem:
    """One reason a booking cannot be saved, attached to a form field."""

    field: str
    message: str


def _is_blank(value: str | None) -> bool:
    return value is None or not str(value).strip()


def _is_naive(value: datetime) -> bool:
    return value.tzinfo is None or value.utcoffset() is None


def validate_booking(
    *,
    patient_id: str | None,
    practitioner_id: str | None,
    appointment_type: AppointmentType | None,
    appointment_type_id: str | None,
    starts_at: datetime | None,
    ends_at: datetime | None,
) -> list[ValidationProblem]:
    """Every blocking problem of a booking, in form order; empty when it may be saved."""
    problems: list[ValidationProblem] = []
    if _is_blank(patient_id):
        problems.append(ValidationProblem(FIELD_PATIENT, "Choose a patient."))
    if _is_blank(practitioner_id):
        problems.append(ValidationProblem(FIELD_PRACTITIONER, "Choose a practitioner."))
    problems.extend(_type_problems(appointment_type, appointment_type_id))
    problems.extend(_time_problems(starts_at, ends_at))
    return problems


def _type_problems(
    appointment_type: AppointmentType | None, appointment_type_id: str | None
) -> list[ValidationProblem]:
    if appointment_type is None:
        if _is_blank(appointment_type_id):
            return [ValidationProblem(FIELD_APPOINTMENT_TYPE, "Choose an appointment type.")]
        return [
            ValidationProblem(
                FIELD_APPOINTMENT_TYPE,
                "The chosen appointment type is unknown. Sync and choose it again.",
            )
        ]
    if appointment_type.is_archived:
        return [
            ValidationProblem(
                FIELD_APPOINTMENT_TYPE,
                f"{appointment_type.name} is archived and can no longer be booked. Choose another type.",
            )
        ]
    return []


def _time_problems(starts_at: datetime | None, ends_at: datetime | None) -> list[ValidationProblem]:
    problems: list[ValidationProblem] = []
    if starts_at is None:
        problems.append(ValidationProblem(FIELD_STARTS_AT, "Choose a start time."))
    elif _is_naive(starts_at):
        problems.append(ValidationProblem(FIELD_STARTS_AT, "The start time has no time zone."))
    if ends_at is None:
        problems.append(ValidationProblem(FIELD_ENDS_AT, "Choose an end time."))
    elif _is_naive(ends_at):
        problems.append(ValidationProblem(FIELD_ENDS_AT, "The end time has no time zone."))
    if problems:
        return problems
    assert starts_at is not None
    assert ends_at is not None
    if ends_at <= starts_at:
        problems.append(ValidationProblem(FIELD_ENDS_AT, "The end must be after the start."))
    return problems

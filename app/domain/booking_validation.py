"""Input that blocks a booking (product.md: "Invalid input does block, with a clear message").

Unlike conflict warnings, which staff may override with "Book anyway", these problems must be fixed
first. Each problem names the form field it belongs to so the dialog can mark it, and says what is
wrong as a `Reason` (`app.domain.reasons`): the GUI words it in the user's language, `message` is the
English the CLI prints.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.domain.entities import AppointmentType
from app.domain.reason_english import english
from app.domain.reasons import Reason, ReasonCode

FIELD_PATIENT = "patient"
FIELD_PRACTITIONER = "practitioner"
FIELD_APPOINTMENT_TYPE = "appointment_type"
FIELD_STARTS_AT = "starts_at"
FIELD_ENDS_AT = "ends_at"


@dataclass(frozen=True, slots=True)
class ValidationProblem:
    """One reason a booking cannot be saved, attached to a form field."""

    field: str
    reason: Reason

    @classmethod
    def of(cls, field: str, code: ReasonCode, **params: str) -> ValidationProblem:
        """`ValidationProblem.of(FIELD_PATIENT, ReasonCode.CHOOSE_PATIENT)`."""
        return cls(field, Reason.of(code, **params))

    @property
    def message(self) -> str:
        """The problem in English."""
        return english(self.reason)


def archived_type_problem(appointment_type: AppointmentType) -> ValidationProblem:
    """The type is archived: it can no longer be booked."""
    return ValidationProblem.of(
        FIELD_APPOINTMENT_TYPE, ReasonCode.APPOINTMENT_TYPE_ARCHIVED, type_name=appointment_type.name
    )


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
        problems.append(ValidationProblem.of(FIELD_PATIENT, ReasonCode.CHOOSE_PATIENT))
    if _is_blank(practitioner_id):
        problems.append(ValidationProblem.of(FIELD_PRACTITIONER, ReasonCode.CHOOSE_PRACTITIONER))
    problems.extend(_type_problems(appointment_type, appointment_type_id))
    problems.extend(_time_problems(starts_at, ends_at))
    return problems


def _type_problems(
    appointment_type: AppointmentType | None, appointment_type_id: str | None
) -> list[ValidationProblem]:
    if appointment_type is None:
        if _is_blank(appointment_type_id):
            return [ValidationProblem.of(FIELD_APPOINTMENT_TYPE, ReasonCode.CHOOSE_APPOINTMENT_TYPE)]
        return [ValidationProblem.of(FIELD_APPOINTMENT_TYPE, ReasonCode.APPOINTMENT_TYPE_UNKNOWN)]
    if appointment_type.is_archived:
        return [archived_type_problem(appointment_type)]
    return []


def _time_problems(starts_at: datetime | None, ends_at: datetime | None) -> list[ValidationProblem]:
    problems: list[ValidationProblem] = []
    if starts_at is None:
        problems.append(ValidationProblem.of(FIELD_STARTS_AT, ReasonCode.CHOOSE_START))
    elif _is_naive(starts_at):
        problems.append(ValidationProblem.of(FIELD_STARTS_AT, ReasonCode.START_WITHOUT_ZONE))
    if ends_at is None:
        problems.append(ValidationProblem.of(FIELD_ENDS_AT, ReasonCode.CHOOSE_END))
    elif _is_naive(ends_at):
        problems.append(ValidationProblem.of(FIELD_ENDS_AT, ReasonCode.END_WITHOUT_ZONE))
    if problems:
        return problems
    assert starts_at is not None
    assert ends_at is not None
    if ends_at <= starts_at:
        problems.append(ValidationProblem.of(FIELD_ENDS_AT, ReasonCode.END_NOT_AFTER_START))
    return problems

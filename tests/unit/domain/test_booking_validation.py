"""Input that blocks a booking: end not after start, missing patient/practitioner/type, archived type."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest

from app.domain.booking_validation import ValidationProblem, validate_booking
from app.domain.reasons import ReasonCode

from .builders import make_type, sydney

START = sydney(2026, 1, 5, 9)


def _validate(**overrides: Any) -> list[ValidationProblem]:
    values: dict[str, Any] = {
        "patient_id": "pt1",
        "practitioner_id": "p1",
        "appointment_type": make_type(),
        "appointment_type_id": "t1",
        "starts_at": START,
        "ends_at": START + timedelta(minutes=30),
    }
    values.update(overrides)
    return validate_booking(**values)


def _fields(problems: list[ValidationProblem]) -> list[str]:
    return [p.field for p in problems]


def _said(problems: list[ValidationProblem]) -> list[tuple[str, ReasonCode, str]]:
    """Each problem's field, code and English sentence."""
    return [(p.field, p.reason.code, p.message) for p in problems]


def test_complete_booking_is_valid() -> None:
    assert _validate() == []


@pytest.mark.parametrize("patient_id", [None, "", "  "])
def test_missing_patient_blocks(patient_id: str | None) -> None:
    assert _said(_validate(patient_id=patient_id)) == [
        ("patient", ReasonCode.CHOOSE_PATIENT, "Choose a patient.")
    ]


@pytest.mark.parametrize("practitioner_id", [None, ""])
def test_missing_practitioner_blocks(practitioner_id: str | None) -> None:
    assert _said(_validate(practitioner_id=practitioner_id)) == [
        ("practitioner", ReasonCode.CHOOSE_PRACTITIONER, "Choose a practitioner.")
    ]


def test_missing_type_blocks() -> None:
    problems = _validate(appointment_type=None, appointment_type_id=None)
    assert _said(problems) == [
        ("appointment_type", ReasonCode.CHOOSE_APPOINTMENT_TYPE, "Choose an appointment type.")
    ]


def test_unknown_type_blocks() -> None:
    problems = _validate(appointment_type=None, appointment_type_id="t404")
    assert _fields(problems) == ["appointment_type"]
    assert "unknown" in problems[0].message


def test_archived_type_blocks() -> None:
    archived = make_type(name="Old Massage", archived_at=START - timedelta(days=30))
    problems = _validate(appointment_type=archived)
    assert _said(problems) == [
        (
            "appointment_type",
            ReasonCode.APPOINTMENT_TYPE_ARCHIVED,
            "Old Massage is archived and can no longer be booked. Choose another type.",
        )
    ]
    assert problems[0].reason.get("type_name") == "Old Massage"


@pytest.mark.parametrize("minutes", [0, -15])
def test_end_not_after_start_blocks(minutes: int) -> None:
    problems = _validate(ends_at=START + timedelta(minutes=minutes))
    assert _said(problems) == [
        ("ends_at", ReasonCode.END_NOT_AFTER_START, "The end must be after the start.")
    ]


def test_missing_times_block() -> None:
    assert _fields(_validate(starts_at=None, ends_at=None)) == ["starts_at", "ends_at"]


def test_naive_times_block() -> None:
    naive = datetime(2026, 1, 5, 9)  # noqa: DTZ001
    problems = _validate(starts_at=naive, ends_at=naive + timedelta(hours=1))
    assert _fields(problems) == ["starts_at", "ends_at"]
    assert all("time zone" in p.message for p in problems)


def test_every_problem_is_reported_in_form_order() -> None:
    problems = _validate(
        patient_id=None,
        practitioner_id=None,
        appointment_type=None,
        appointment_type_id=None,
        ends_at=START,
    )
    assert _fields(problems) == ["patient", "practitioner", "appointment_type", "ends_at"]

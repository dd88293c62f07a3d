"""Shared setup of the conflict tests: a Monday at Northside Clinic (Sydney), Dr Anna Smith, 09:00-09:30."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from app.domain.conflicts import BookingProposal, ConflictWarning, ScheduleContext, WarningCategory

from .builders import make_business, make_practitioner, make_type, sydney

NOW = sydney(2026, 1, 5, 7)  # Monday morning, before the clinic opens
NINE = sydney(2026, 1, 5, 9)
HALF_NINE = sydney(2026, 1, 5, 9, 30)


def make_proposal(start: datetime = NINE, end: datetime = HALF_NINE, **overrides: Any) -> BookingProposal:
    values: dict[str, Any] = {
        "practitioner_id": "p1",
        "starts_at": start,
        "ends_at": end,
        "patient_id": "pt9",
        "appointment_type_id": "t1",
        "business_id": "b1",
    }
    values.update(overrides)
    return BookingProposal(**values)


def make_context(**overrides: Any) -> ScheduleContext:
    values: dict[str, Any] = {
        "now": NOW,
        "practitioner": make_practitioner(),
        "appointment_type": make_type(),
        "business": make_business(),
    }
    values.update(overrides)
    return ScheduleContext(**values)


def of(warnings: list[ConflictWarning], category: WarningCategory) -> list[ConflictWarning]:
    return [w for w in warnings if w.category == category]


def one(warnings: list[ConflictWarning], category: WarningCategory) -> ConflictWarning:
    found = of(warnings, category)
    assert len(found) == 1, warnings
    return found[0]

"""The entities' positional constructor builds the same immutable objects as their own `__init__`."""

from __future__ import annotations

from dataclasses import FrozenInstanceError, dataclass, fields
from datetime import UTC, date, datetime, time

import pytest

from app.domain.entities import (
    Appointment,
    AppointmentType,
    Attendee,
    Business,
    OpeningHours,
    Patient,
    Practitioner,
    UnavailableBlock,
    positional_constructor,
)

WHEN = datetime(2025, 3, 3, 9, tzinfo=UTC)
EVERY_FIELD = Appointment(
    id="1",
    starts_at=WHEN,
    ends_at=WHEN,
    practitioner_id="2",
    appointment_type_id="3",
    business_id="4",
    patient_id="5",
    patient_name="Ada",
    notes="notes",
    patient_arrived=True,
    cancelled_at=WHEN,
    cancellation_reason="50",
    cancellation_note="note",
    repeat_rule="FREQ=WEEKLY",
    series_id="series",
    is_group=True,
    attendee_count=3,
    telehealth_url="https://secret.example/link",
    created_at=WHEN,
    updated_at=WHEN,
)
SAMPLES = [
    EVERY_FIELD,
    Appointment("1", WHEN, WHEN, "2", "3", "4"),
    Attendee("1", "2", None, True, WHEN, None, "https://secret.example/patient", WHEN),
    AppointmentType("1", "Consult", 30, "#123456", None, 4, True, None, WHEN),
    Practitioner("1", "Grace", "Hopper", "Dr", False, frozenset({"7"}), WHEN),
    Patient("1", "Ada", "Lovelace", date(1985, 12, 10), "a@example.org", ("0400",), None, WHEN),
    Business("1", "Clinic", "UTC", (OpeningHours(0, time(8), time(17)),), WHEN),
    UnavailableBlock("1", "2", WHEN, WHEN, None, "Lunch", WHEN),
]


@pytest.mark.parametrize("entity", SAMPLES, ids=lambda e: type(e).__name__)
def test_positional_construction_makes_an_equal_frozen_entity(entity: object) -> None:
    build = positional_constructor(type(entity))
    made = build(*(getattr(entity, f.name) for f in fields(entity)))  # type: ignore[arg-type]
    assert type(made) is type(entity)
    assert made == entity
    assert hash(made) == hash(entity)
    assert repr(made) == repr(entity)  # secrets stay out of the repr too
    first = fields(made)[0].name  # type: ignore[arg-type]
    with pytest.raises(FrozenInstanceError):
        setattr(made, first, "changed")


def test_every_field_must_be_given() -> None:
    build = positional_constructor(Appointment)
    with pytest.raises(TypeError):
        build("1", WHEN, WHEN, "2", "3", "4")


def test_only_plain_frozen_slots_dataclasses_are_accepted() -> None:
    @dataclass(frozen=True)
    class WithoutSlots:
        value: int

    @dataclass(frozen=True, slots=True)
    class Checked:
        value: int

        def __post_init__(self) -> None:
            raise AssertionError("never skipped")

    for cls in (WithoutSlots, Checked):
        with pytest.raises(TypeError):
            positional_constructor(cls)

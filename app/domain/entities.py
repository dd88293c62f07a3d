"""The entities of a clinic's schedule, as the app understands them.

Plain frozen dataclasses: no Qt, no SQL, no HTTP. Every id is a string (Cliniko ids are 64-bit
integers that exceed a double's exact range). Every datetime is timezone-aware UTC.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time
from enum import StrEnum
from typing import TypeVar

_Entity = TypeVar("_Entity")


class AppointmentStatus(StrEnum):
    """Where an appointment stands. Deleted is absence, not a status."""

    BOOKED = "booked"
    ARRIVED = "arrived"
    DID_NOT_ARRIVE = "did_not_arrive"
    CANCELLED = "cancelled"


class CancellationReason(StrEnum):
    """Cliniko's cancellation reason codes."""

    FEELING_BETTER = "10"
    CONDITION_WORSE = "20"
    SICK = "30"
    COVID_19 = "31"
    AWAY = "40"
    OTHER = "50"
    WORK = "60"


class UserRole(StrEnum):
    """Who is at the keyboard; decides whether the practitioner link may be opened."""

    RECEPTIONIST = "receptionist"
    PRACTITIONER = "practitioner"
    ADMINISTRATOR = "administrator"


@dataclass(frozen=True, slots=True)
class OpeningHours:
    """One opening period of a business on one weekday (0 = Monday), in the business's zone."""

    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class Business:
    id: str
    name: str
    time_zone_identifier: str
    # Empty means "not known": the business-hours rule then says nothing.
    opening_hours: tuple[OpeningHours, ...] = ()
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Practitioner:
    id: str
    first_name: str
    last_name: str
    title: str = ""
    active: bool = True
    # None means "not known": the "type not offered" rule then says nothing.
    appointment_type_ids: frozenset[str] | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        name = f"{self.first_name} {self.last_name}".strip()
        return f"{self.title} {name}".strip() if self.title else name


@dataclass(frozen=True, slots=True)
class Patient:
    id: str
    first_name: str
    last_name: str
    date_of_birth: date | None = None
    email: str | None = None
    phone_numbers: tuple[str, ...] = ()
    archived_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True, slots=True)
class AppointmentType:
    id: str
    name: str
    duration_in_minutes: int
    color: str = "#7f8c8d"
    category: str | None = None
    max_attendees: int = 1
    # Cliniko sends null for "off"; the adapter maps null to False.
    telehealth_enabled: bool = False
    archived_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def is_group(self) -> bool:
        return self.max_attendees > 1

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None


@dataclass(frozen=True, slots=True)
class Appointment:
    """An individual appointment. `telehealth_url` is the practitioner link (a secret)."""

    id: str
    starts_at: datetime
    ends_at: datetime
    practitioner_id: str
    appointment_type_id: str
    business_id: str
    patient_id: str | None = None
    patient_name: str = ""
    notes: str | None = None
    patient_arrived: bool = False
    did_not_arrive: bool = False
    cancelled_at: datetime | None = None
    cancellation_reason: str | None = None
    cancellation_note: str | None = None
    deleted_at: datetime | None = None
    repeat_rule: str | None = None
    # Appointments of one repeating series share a series id (local concept; None when single).
    series_id: str | None = None
    is_group: bool = False
    attendee_count: int = 1
    telehealth_url: str | None = field(default=None, repr=False)
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def status(self) -> AppointmentStatus:
        if self.cancelled_at is not None:
            return AppointmentStatus.CANCELLED
        if self.did_not_arrive:
            return AppointmentStatus.DID_NOT_ARRIVE
        if self.patient_arrived:
            return AppointmentStatus.ARRIVED
        return AppointmentStatus.BOOKED

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def occupies_time(self) -> bool:
        """Whether this appointment takes up its slot (cancelled and deleted ones do not)."""
        return self.cancelled_at is None and self.deleted_at is None


@dataclass(frozen=True, slots=True)
class Attendee:
    """A patient's place on an appointment. `telehealth_url` is the patient link (a secret)."""

    id: str
    appointment_id: str
    patient_id: str | None
    arrived: bool = False
    cancelled_at: datetime | None = None
    deleted_at: datetime | None = None
    telehealth_url: str | None = field(default=None, repr=False)
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class UnavailableBlock:
    id: str
    practitioner_id: str
    starts_at: datetime
    ends_at: datetime
    business_id: str | None = None
    notes: str | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class SignedInUser:
    """The account the API key belongs to."""

    id: str
    first_name: str
    last_name: str
    email: str | None
    role: UserRole
    practitioner_id: str | None = None


def positional_constructor(cls: type[_Entity]) -> Callable[..., _Entity]:
    """A constructor for bulk paths: every field, positionally, in declaration order; no defaults.

    A frozen dataclass's `__init__` assigns each field through `object.__setattr__` (its own
    `__setattr__` refuses); at 22 fields that is most of the cost of an `Appointment`, and the cache
    builds thousands per sync page and per calendar week. The function returned here sets the slots
    through their member descriptors instead, which makes the same object in about 60 % of the time
    of a positional `__init__` call (40 % of a keyword one). It is generated once, the way
    `dataclasses` generates `__init__`. Only for the frozen slots classes of
    this module, which have no `__post_init__`; the objects built stay immutable to their callers.
    """
    if "__slots__" not in vars(cls) or hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__} is not a plain frozen slots dataclass")
    names = [item.name for item in fields(cls)]  # type: ignore[arg-type]
    namespace: dict[str, object] = {"new_": object.__new__, "cls_": cls}
    namespace.update({f"set_{name}_": getattr(cls, name).__set__ for name in names})
    lines = [f"def build({', '.join(names)}):", "    made_ = new_(cls_)"]
    lines += [f"    set_{name}_(made_, {name})" for name in names]
    lines.append("    return made_")
    exec("\n".join(lines), namespace)  # noqa: S102  (source built from the field names above)
    build = namespace["build"]
    build.__doc__ = f"A {cls.__name__} from all its fields, positionally (see `positional_constructor`)."
    return build  # type: ignore[return-value]

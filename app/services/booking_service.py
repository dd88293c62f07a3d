"""Booking: validate, check conflicts, then write the cache and the outbox in one transaction.

    check = booking_service.check_booking(workspace, request)   # the dialog's live panel
    result = booking_service.book(workspace, request, force=user_clicked_book_anyway)

Invalid input raises `BookingInvalid` (nothing is written). Conflict warnings raise
`BookingHasWarnings` unless `force` ("Book anyway"). A repeating booking writes one local row and
one CREATE outbox entry per occurrence, all sharing a series id, all in the same transaction: either
the whole series is saved or none of it.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.domain.booking_validation import (
    FIELD_APPOINTMENT_TYPE,
    FIELD_ENDS_AT,
    FIELD_PATIENT,
    FIELD_PRACTITIONER,
    FIELD_STARTS_AT,
    ValidationProblem,
    validate_booking,
)
from app.domain.conflicts import BookingProposal, ConflictWarning
from app.domain.entities import Appointment, AppointmentType, Business, Patient, Practitioner
from app.domain.reasons import ReasonCode
from app.domain.recurrence import RepeatRule, expand_occurrences, to_cliniko_repeat_rule
from app.domain.timezones import business_zone
from app.log import services_log
from app.services.conflict_service import warnings_for
from app.services.errors import BookingHasWarnings, BookingInvalid
from app.services.workspace import ClinicWorkspace
from app.store.catalog import (
    first_business,
    get_appointment_type,
    get_business,
    get_patient,
    get_practitioner,
)
from app.store.local_writes import new_local_id, save_local_appointment
from app.store.outbox import OutboxKind, enqueue
from app.store.outbox_payloads import CreatePayload
from app.store.prepared import Executor

FIELD_BUSINESS = "business"
SERIES_ID_PREFIX = "series-"


@dataclass(frozen=True, slots=True)
class BookingRequest:
    """What the booking dialog (or `frontdesk book`) holds. Without `ends_at`, the type's duration."""

    practitioner_id: str | None
    patient_id: str | None
    appointment_type_id: str | None
    starts_at: datetime | None
    ends_at: datetime | None = None
    business_id: str | None = None
    notes: str | None = None
    repeat: RepeatRule | None = None


@dataclass(frozen=True, slots=True)
class BookingCheck:
    """The verdict on a request: blocking problems, warnings, and the occurrences it would book."""

    problems: tuple[ValidationProblem, ...]
    warnings: tuple[ConflictWarning, ...]
    occurrences: tuple[tuple[datetime, datetime], ...] = ()

    @property
    def can_book(self) -> bool:
        """Whether "Book" saves it right away (no problems, no warnings)."""
        return not self.problems and not self.warnings

    @property
    def can_book_anyway(self) -> bool:
        """Whether "Book anyway" may save it (warnings only)."""
        return not self.problems


@dataclass(frozen=True, slots=True)
class BookingResult:
    """What was saved: the new appointments (local ids until pushed) and the warnings overridden."""

    appointments: tuple[Appointment, ...]
    warnings: tuple[ConflictWarning, ...] = ()
    series_id: str | None = None
    outbox_entry_ids: tuple[int, ...] = field(default=(), repr=False)


@dataclass(frozen=True, slots=True)
class _Resolved:
    """A request with its references looked up in the cache."""

    request: BookingRequest
    problems: tuple[ValidationProblem, ...]
    appointment_type: AppointmentType | None
    practitioner: Practitioner | None
    patient: Patient | None
    business: Business | None
    occurrences: tuple[tuple[datetime, datetime], ...]


def check_booking(workspace: ClinicWorkspace, request: BookingRequest) -> BookingCheck:
    """Validate the request and, when valid, list the warnings it would get (nothing is written)."""
    resolved = _resolve(workspace, request)
    if resolved.problems:
        return BookingCheck(problems=resolved.problems, warnings=())
    warnings = warnings_for(workspace, _proposals(resolved))
    return BookingCheck(problems=(), warnings=tuple(warnings), occurrences=resolved.occurrences)


def book(workspace: ClinicWorkspace, request: BookingRequest, *, force: bool = False) -> BookingResult:
    """Save the booking (every occurrence) to the cache and the outbox in one transaction.

    Raises `BookingInvalid` for blocking problems, `BookingHasWarnings` for warnings without `force`.
    """
    resolved = _resolve(workspace, request)
    if resolved.problems:
        raise BookingInvalid(resolved.problems)
    warnings = tuple(warnings_for(workspace, _proposals(resolved)))
    if warnings and not force:
        raise BookingHasWarnings(warnings)
    series_id = f"{SERIES_ID_PREFIX}{uuid.uuid4().hex}" if len(resolved.occurrences) > 1 else None
    now = workspace.now()
    appointments = tuple(
        _new_appointment(resolved, start, end, series_id, now) for start, end in resolved.occurrences
    )
    entry_ids = []
    with workspace.writing() as session:
        for appointment in appointments:
            save_local_appointment(session, appointment)
            entry_ids.append(
                enqueue(
                    session,
                    kind=OutboxKind.CREATE,
                    appointment_id=appointment.id,
                    payload=create_payload(appointment).to_json(),
                    base_remote_updated_at=None,
                    now=now,
                )
            )
    services_log.info(
        "booked %d appointment(s) %s%s",
        len(appointments),
        ", ".join(a.id for a in appointments[:3]),
        " despite warnings" if warnings else "",
    )
    return BookingResult(appointments, warnings, series_id, tuple(entry_ids))


def create_payload(appointment: Appointment) -> CreatePayload:
    """The outbox payload that creates `appointment` on the server."""
    if appointment.patient_id is None:
        raise ValueError("A booking made at the desk always has a patient.")
    return CreatePayload(
        starts_at=appointment.starts_at,
        ends_at=appointment.ends_at,
        practitioner_id=appointment.practitioner_id,
        patient_id=appointment.patient_id,
        appointment_type_id=appointment.appointment_type_id,
        business_id=appointment.business_id,
        notes=appointment.notes,
    )


def _new_appointment(
    resolved: _Resolved, start: datetime, end: datetime, series_id: str | None, now: datetime
) -> Appointment:
    request = resolved.request
    assert resolved.patient is not None
    assert resolved.business is not None
    rule = to_cliniko_repeat_rule(request.repeat) if series_id else None
    notes = request.notes.strip() if request.notes and request.notes.strip() else None
    return Appointment(
        id=new_local_id(),
        starts_at=start,
        ends_at=end,
        practitioner_id=str(request.practitioner_id),
        appointment_type_id=str(request.appointment_type_id),
        business_id=resolved.business.id,
        patient_id=resolved.patient.id,
        patient_name=resolved.patient.display_name,
        notes=notes,
        repeat_rule=json.dumps(rule, sort_keys=True) if rule else None,
        series_id=series_id,
        created_at=now,
    )


def _proposals(resolved: _Resolved) -> list[BookingProposal]:
    request = resolved.request
    assert resolved.business is not None
    return [
        BookingProposal(
            practitioner_id=str(request.practitioner_id),
            starts_at=start,
            ends_at=end,
            patient_id=request.patient_id,
            appointment_type_id=request.appointment_type_id,
            business_id=resolved.business.id,
        )
        for start, end in resolved.occurrences
    ]


def _resolve(workspace: ClinicWorkspace, request: BookingRequest) -> _Resolved:
    with workspace.reading() as session:
        return _resolve_in(session, request)


def _resolve_in(session: Executor, request: BookingRequest) -> _Resolved:
    kind = get_appointment_type(session, request.appointment_type_id) if request.appointment_type_id else None
    ends_at = request.ends_at
    if ends_at is None and kind is not None and request.starts_at is not None:
        ends_at = request.starts_at + timedelta(minutes=kind.duration_in_minutes)
    problems = validate_booking(
        patient_id=request.patient_id,
        practitioner_id=request.practitioner_id,
        appointment_type=kind,
        appointment_type_id=request.appointment_type_id,
        starts_at=request.starts_at,
        ends_at=ends_at,
    )
    if request.ends_at is None and any(
        p.field in (FIELD_STARTS_AT, FIELD_APPOINTMENT_TYPE) for p in problems
    ):
        # The end comes from the start and the type, whose own problems are already listed.
        problems = [p for p in problems if p.field != FIELD_ENDS_AT]
    patient = get_patient(session, request.patient_id) if request.patient_id else None
    practitioner = get_practitioner(session, request.practitioner_id) if request.practitioner_id else None
    business = get_business(session, request.business_id) if request.business_id else first_business(session)
    problems.extend(_reference_problems(request, patient, practitioner, business))
    occurrences: tuple[tuple[datetime, datetime], ...] = ()
    if not problems:
        assert request.starts_at is not None
        assert ends_at is not None
        assert business is not None
        if request.repeat is not None:
            zone = business_zone(business.time_zone_identifier)
            occurrences = tuple(expand_occurrences(request.starts_at, ends_at, request.repeat, zone))
        else:
            occurrences = ((request.starts_at, ends_at),)
    return _Resolved(request, tuple(problems), kind, practitioner, patient, business, occurrences)


def inactive_practitioner_problem(practitioner: Practitioner) -> ValidationProblem:
    """The practitioner is no longer active, so they cannot be booked."""
    return ValidationProblem.of(
        FIELD_PRACTITIONER, ReasonCode.PRACTITIONER_INACTIVE, practitioner=practitioner.display_name
    )


def _reference_problems(
    request: BookingRequest,
    patient: Patient | None,
    practitioner: Practitioner | None,
    business: Business | None,
) -> list[ValidationProblem]:
    """Ids that name nothing in the cache, or records that can no longer be booked."""
    problems = []
    if request.patient_id and patient is None:
        problems.append(ValidationProblem.of(FIELD_PATIENT, ReasonCode.PATIENT_NOT_CACHED))
    elif patient is not None and patient.archived_at is not None:
        problems.append(ValidationProblem.of(FIELD_PATIENT, ReasonCode.PATIENT_ARCHIVED))
    if request.practitioner_id and practitioner is None:
        problems.append(ValidationProblem.of(FIELD_PRACTITIONER, ReasonCode.PRACTITIONER_NOT_CACHED))
    elif practitioner is not None and not practitioner.active:
        problems.append(inactive_practitioner_problem(practitioner))
    if business is None:
        code = ReasonCode.BUSINESS_NOT_CACHED if request.business_id else ReasonCode.NO_BUSINESS_YET
        problems.append(ValidationProblem.of(FIELD_BUSINESS, code))
    return problems

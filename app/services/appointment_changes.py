"""Moving and editing appointments (times, practitioner, type, notes), with the conflict check.

    check = appointment_changes.check_change(workspace, edit)      # live warnings while dragging
    appointment_changes.change_appointment(workspace, edit, force=True)

A move of a repeating appointment applies to "this one", "this and following" or "the whole series":
each member keeps its own date and moves by the same wall-clock shift as the one dragged (in the
business's zone, so a move across a DST change keeps local times), and takes the new length. The
conflict check leaves out every appointment being moved, so their old slots never clash with the new.
Invalid input raises `BookingInvalid`; warnings raise `BookingHasWarnings` unless `force`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from zoneinfo import ZoneInfo

from app.domain.booking_validation import (
    FIELD_APPOINTMENT_TYPE,
    FIELD_ENDS_AT,
    FIELD_PRACTITIONER,
    FIELD_STARTS_AT,
    ValidationProblem,
    archived_type_problem,
)
from app.domain.conflicts import BookingProposal, ConflictWarning, WarningCategory
from app.domain.entities import Appointment
from app.domain.reasons import Reason, ReasonCode
from app.domain.timezones import business_zone, local_to_utc
from app.services.booking_service import create_payload, inactive_practitioner_problem
from app.services.change_recording import (
    SeriesScope,
    load_appointment,
    members_in_scope,
    record_change,
)
from app.services.conflict_service import warnings_for
from app.services.errors import BookingHasWarnings, BookingInvalid, ChangeRefused
from app.services.workspace import ClinicWorkspace
from app.store.catalog import first_business, get_appointment_type, get_business, get_practitioner
from app.store.outbox import OutboxKind
from app.store.outbox_payloads import ChangePayload
from app.store.prepared import Executor


@dataclass(frozen=True, slots=True)
class AppointmentEdit:
    """A change to an appointment; None leaves a field as it is (`notes=""` clears the notes)."""

    appointment_id: str
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    practitioner_id: str | None = None
    appointment_type_id: str | None = None
    notes: str | None = None
    scope: SeriesScope = SeriesScope.THIS

    @property
    def touches_schedule(self) -> bool:
        """Whether the change can create a clash (time, practitioner or type)."""
        return any(
            value is not None
            for value in (self.starts_at, self.ends_at, self.practitioner_id, self.appointment_type_id)
        )


@dataclass(frozen=True, slots=True)
class ChangeCheck:
    """The verdict on an edit: problems, warnings, and each affected appointment before and after."""

    problems: tuple[ValidationProblem, ...]
    warnings: tuple[ConflictWarning, ...]
    planned: tuple[tuple[Appointment, Appointment], ...]


def check_change(workspace: ClinicWorkspace, edit: AppointmentEdit) -> ChangeCheck:
    """Validate an edit and list its warnings (nothing is written)."""
    with workspace.reading() as session:
        planned, problems = _plan(session, workspace, edit)
    if problems:
        return ChangeCheck(tuple(problems), (), tuple(planned))
    warnings = _warnings(workspace, edit, planned)
    return ChangeCheck((), tuple(warnings), tuple(planned))


def change_appointment(
    workspace: ClinicWorkspace, edit: AppointmentEdit, *, force: bool = False
) -> tuple[Appointment, ...]:
    """Apply an edit to the cache and the outbox in one transaction; returns the changed appointments."""
    check = check_change(workspace, edit)
    if check.problems:
        raise BookingInvalid(check.problems)
    if check.warnings and not force:
        raise BookingHasWarnings(check.warnings)
    now = workspace.now()
    kind = _kind_of(edit)
    changed = []
    with workspace.writing() as session:
        for before, after in check.planned:
            current = load_appointment(session, before.id)
            if current != before:
                raise ChangeRefused(Reason.of(ReasonCode.APPOINTMENT_CHANGED_WHILE_EDITING))
            record_change(
                session,
                after,
                kind=kind,
                payload=_payload(before, after).to_json(),
                now=now,
                folded_create=create_payload(after).to_json() if after.patient_id else None,
            )
            changed.append(after)
    return tuple(changed)


def move(
    workspace: ClinicWorkspace,
    appointment_id: str,
    *,
    starts_at: datetime,
    ends_at: datetime | None = None,
    practitioner_id: str | None = None,
    scope: SeriesScope = SeriesScope.THIS,
    force: bool = False,
) -> tuple[Appointment, ...]:
    """Move an appointment (drag in the calendar); without `ends_at` it keeps its length."""
    edit = AppointmentEdit(
        appointment_id, starts_at=starts_at, ends_at=ends_at, practitioner_id=practitioner_id, scope=scope
    )
    return change_appointment(workspace, edit, force=force)


def _kind_of(edit: AppointmentEdit) -> OutboxKind:
    if edit.appointment_type_id is None and edit.notes is None:
        return OutboxKind.MOVE
    return OutboxKind.CHANGE


def _payload(before: Appointment, after: Appointment) -> ChangePayload:
    """Only what changed; start and end travel together (absolute values, safe to repeat)."""
    times_changed = (before.starts_at, before.ends_at) != (after.starts_at, after.ends_at)
    notes_changed = (before.notes or None) != (after.notes or None)
    return ChangePayload(
        starts_at=after.starts_at if times_changed else None,
        ends_at=after.ends_at if times_changed else None,
        practitioner_id=after.practitioner_id if after.practitioner_id != before.practitioner_id else None,
        appointment_type_id=(
            after.appointment_type_id if after.appointment_type_id != before.appointment_type_id else None
        ),
        notes=after.notes if notes_changed and after.notes else None,
        clear_notes=notes_changed and not after.notes,
    )


def _plan(
    session: Executor, workspace: ClinicWorkspace, edit: AppointmentEdit
) -> tuple[list[tuple[Appointment, Appointment]], list[ValidationProblem]]:
    target = load_appointment(session, edit.appointment_id)
    if target.cancelled_at is not None:
        raise ChangeRefused(Reason.of(ReasonCode.CANCELLED_CANNOT_BE_EDITED))
    problems = _reference_problems(session, edit)
    new_start = edit.starts_at if edit.starts_at is not None else target.starts_at
    new_end = edit.ends_at if edit.ends_at is not None else new_start + (target.ends_at - target.starts_at)
    for value, field_name in ((edit.starts_at, FIELD_STARTS_AT), (edit.ends_at, FIELD_ENDS_AT)):
        if value is not None and (value.tzinfo is None or value.utcoffset() is None):
            problems.append(ValidationProblem.of(field_name, ReasonCode.TIME_WITHOUT_ZONE))
    if problems:
        return [], problems
    if new_end <= new_start:
        return [], [ValidationProblem.of(FIELD_ENDS_AT, ReasonCode.END_NOT_AFTER_START)]
    business = get_business(session, target.business_id) or first_business(session)
    zone = business_zone(business.time_zone_identifier if business is not None else None)
    shift = _wall_clock(new_start, zone) - _wall_clock(target.starts_at, zone)
    length = new_end - new_start
    notes = None if edit.notes is None else (edit.notes.strip() or None)
    planned = []
    for member in members_in_scope(session, target, edit.scope):
        if member.cancelled_at is not None:
            continue  # cancelled members of a series stay where they were
        if member.id == target.id:
            start = new_start
        else:
            start = local_to_utc(_wall_clock(member.starts_at, zone) + shift, zone)
        after = replace(
            member,
            starts_at=start,
            ends_at=start + length,
            practitioner_id=edit.practitioner_id or member.practitioner_id,
            appointment_type_id=edit.appointment_type_id or member.appointment_type_id,
            notes=member.notes if edit.notes is None else notes,
        )
        planned.append((member, after))
    return planned, []


def _wall_clock(moment: datetime, zone: ZoneInfo) -> datetime:
    return moment.astimezone(zone).replace(tzinfo=None)


def _reference_problems(session: Executor, edit: AppointmentEdit) -> list[ValidationProblem]:
    problems = []
    if edit.practitioner_id is not None:
        practitioner = get_practitioner(session, edit.practitioner_id)
        if practitioner is None:
            problems.append(ValidationProblem.of(FIELD_PRACTITIONER, ReasonCode.PRACTITIONER_NOT_CACHED))
        elif not practitioner.active:
            problems.append(inactive_practitioner_problem(practitioner))
    if edit.appointment_type_id is not None:
        kind = get_appointment_type(session, edit.appointment_type_id)
        if kind is None:
            problems.append(ValidationProblem.of(FIELD_APPOINTMENT_TYPE, ReasonCode.APPOINTMENT_TYPE_UNKNOWN))
        elif kind.is_archived:
            problems.append(archived_type_problem(kind))
    return problems


def _warnings(
    workspace: ClinicWorkspace, edit: AppointmentEdit, planned: list[tuple[Appointment, Appointment]]
) -> list[ConflictWarning]:
    if not edit.touches_schedule or not planned:
        return []
    moving = frozenset(before.id for before, _ in planned)
    proposals = [
        BookingProposal(
            practitioner_id=after.practitioner_id,
            starts_at=after.starts_at,
            ends_at=after.ends_at,
            patient_id=after.patient_id,
            appointment_type_id=after.appointment_type_id,
            business_id=after.business_id,
            exclude_appointment_id=after.id,
            attendee_count=after.attendee_count,
            exclude_sibling_ids=moving - {after.id},
        )
        for _, after in planned
    ]
    warnings = warnings_for(workspace, proposals)
    # A move into the past only warns about the new time; an untouched time cannot newly be "past".
    if edit.starts_at is None and edit.ends_at is None:
        warnings = [w for w in warnings if w.category != WarningCategory.START_IN_PAST]
    return warnings

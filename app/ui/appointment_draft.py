"""What the booking dialog holds, checked and saved through the services (no Qt here).

A new booking is checked with `booking_service.check_booking`. While the form is still incomplete
(say, no patient chosen yet) the practitioner and the times are already enough to show clashes, so
the conflict service is asked about what is known. An existing appointment is checked and saved as
an `AppointmentEdit` holding only what the user changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.booking_validation import FIELD_APPOINTMENT_TYPE, FIELD_PRACTITIONER, ValidationProblem
from app.domain.conflicts import BookingProposal, ConflictWarning, WarningCategory
from app.domain.entities import Appointment, AppointmentType, Practitioner
from app.domain.recurrence import RepeatRule, expand_occurrences
from app.domain.timezones import local_to_utc
from app.services import appointment_changes, booking_service, conflict_service, directory_service
from app.services.appointment_changes import AppointmentEdit
from app.services.booking_service import BookingRequest
from app.services.change_recording import SeriesScope
from app.services.workspace import ClinicWorkspace

SLOT = timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class AppointmentDraft:
    """The form's values; times are aware UTC (None when the field cannot be read)."""

    patient_id: str | None
    practitioner_id: str | None
    appointment_type_id: str | None
    starts_at: datetime | None
    ends_at: datetime | None
    notes: str = ""
    repeat: RepeatRule | None = None

    def request(self) -> BookingRequest:
        """The booking request for the services."""
        return BookingRequest(
            practitioner_id=self.practitioner_id,
            patient_id=self.patient_id,
            appointment_type_id=self.appointment_type_id,
            starts_at=self.starts_at,
            ends_at=self.ends_at,
            notes=self.notes or None,
            repeat=self.repeat if self.repeat is not None and self.repeat.repeats else None,
        )


@dataclass(frozen=True, slots=True)
class DraftVerdict:
    """Problems (block saving), warnings (need "anyway"), and whether the schedule could be checked."""

    problems: tuple[ValidationProblem, ...] = ()
    warnings: tuple[ConflictWarning, ...] = ()
    occurrences: tuple[tuple[datetime, datetime], ...] = ()
    checked: bool = True
    unchanged: bool = False


def form_choices(
    workspace: ClinicWorkspace, original: Appointment | None
) -> tuple[list[Practitioner], list[AppointmentType]]:
    """Active practitioners and bookable types; an edited appointment's own ones even if retired."""
    practitioners = directory_service.practitioners(workspace)
    types = directory_service.appointment_types(workspace)
    if original is not None:
        if all(p.id != original.practitioner_id for p in practitioners):
            everyone = directory_service.practitioners(workspace, active_only=False)
            practitioners += [p for p in everyone if p.id == original.practitioner_id]
        if all(t.id != original.appointment_type_id for t in types):
            every_type = directory_service.appointment_types(workspace, include_archived=True)
            types += [t for t in every_type if t.id == original.appointment_type_id]
    return practitioners, types


def next_slot(now: datetime, zone: ZoneInfo, step: timedelta = SLOT) -> datetime:
    """The first whole `step` (on the clinic's clock) after `now`: where a booking without a slot starts."""
    local = now.astimezone(zone).replace(second=0, microsecond=0, tzinfo=None)
    midnight = local.replace(hour=0, minute=0)
    steps = (local - midnight) // step + 1
    return local_to_utc(midnight + steps * step, zone)


def check_new_booking(workspace: ClinicWorkspace, draft: AppointmentDraft, zone: ZoneInfo) -> DraftVerdict:
    """The verdict on a new booking; warnings from what is known even while fields are missing."""
    check = booking_service.check_booking(workspace, draft.request())
    if not check.problems:
        return DraftVerdict((), check.warnings, check.occurrences)
    proposals = _known_proposals(draft, check.problems, zone)
    if not proposals:
        return DraftVerdict(check.problems, (), (), checked=False)
    warnings = conflict_service.warnings_for(workspace, proposals)
    occurrences = tuple((p.starts_at, p.ends_at) for p in proposals)
    return DraftVerdict(check.problems, tuple(warnings), occurrences)


def _known_proposals(
    draft: AppointmentDraft, problems: tuple[ValidationProblem, ...], zone: ZoneInfo
) -> list[BookingProposal]:
    start, end = draft.starts_at, draft.ends_at
    if draft.practitioner_id is None or start is None or end is None or end <= start:
        return []
    if any(p.field == FIELD_PRACTITIONER for p in problems):
        return []
    type_known = not any(p.field == FIELD_APPOINTMENT_TYPE for p in problems)
    repeat = draft.repeat if draft.repeat is not None and draft.repeat.repeats else None
    spans = expand_occurrences(start, end, repeat, zone) if repeat is not None else [(start, end)]
    return [
        BookingProposal(
            practitioner_id=draft.practitioner_id,
            starts_at=span_start,
            ends_at=span_end,
            patient_id=draft.patient_id,
            appointment_type_id=draft.appointment_type_id if type_known else None,
        )
        for span_start, span_end in spans
    ]


def edit_of(
    original: Appointment, draft: AppointmentDraft, scope: SeriesScope = SeriesScope.THIS
) -> AppointmentEdit | None:
    """The change from `original` to the draft (only what differs), or None when nothing does."""
    times_changed = (draft.starts_at, draft.ends_at) != (original.starts_at, original.ends_at)
    practitioner = draft.practitioner_id if draft.practitioner_id != original.practitioner_id else None
    kind = draft.appointment_type_id if draft.appointment_type_id != original.appointment_type_id else None
    notes_changed = draft.notes.strip() != (original.notes or "").strip()
    if not (times_changed or practitioner or kind or notes_changed):
        return None
    return AppointmentEdit(
        original.id,
        starts_at=draft.starts_at if times_changed else None,
        ends_at=draft.ends_at if times_changed else None,
        practitioner_id=practitioner,
        appointment_type_id=kind,
        notes=draft.notes.strip() if notes_changed else None,
        scope=scope,
    )


def check_existing(
    workspace: ClinicWorkspace,
    original: Appointment,
    draft: AppointmentDraft,
    scope: SeriesScope = SeriesScope.THIS,
) -> DraftVerdict:
    """The verdict on changing `original` as the draft says."""
    edit = edit_of(original, draft, scope)
    if edit is None and original.cancelled_at is not None:
        return DraftVerdict(unchanged=True)  # a cancelled appointment holds no slot: nothing clashes
    if edit is None:
        # Nothing to save, but the desk opening an appointment wants to see what it clashes with now
        # (another desk may have booked over it since). "Starts in the past" is no news when viewing.
        standing = BookingProposal(
            practitioner_id=original.practitioner_id,
            starts_at=original.starts_at,
            ends_at=original.ends_at,
            patient_id=original.patient_id,
            appointment_type_id=original.appointment_type_id,
            business_id=original.business_id,
            exclude_appointment_id=original.id,
            attendee_count=original.attendee_count,
        )
        warnings = conflict_service.check_conflicts(workspace, standing)
        current = tuple(w for w in warnings if w.category is not WarningCategory.START_IN_PAST)
        return DraftVerdict(warnings=current, unchanged=True)
    check = appointment_changes.check_change(workspace, edit)
    occurrences = tuple((after.starts_at, after.ends_at) for _, after in check.planned)
    return DraftVerdict(check.problems, check.warnings, occurrences)


def save_new(workspace: ClinicWorkspace, draft: AppointmentDraft, *, force: bool) -> list[str]:
    """Book the draft (cache + outbox in one transaction); the new appointment ids."""
    result = booking_service.book(workspace, draft.request(), force=force)
    return [appointment.id for appointment in result.appointments]


def save_existing(
    workspace: ClinicWorkspace,
    original: Appointment,
    draft: AppointmentDraft,
    *,
    scope: SeriesScope,
    force: bool,
) -> list[str]:
    """Apply the change (cache + outbox in one transaction); the ids changed (empty: nothing to do)."""
    edit = edit_of(original, draft, scope)
    if edit is None:
        return []
    changed = appointment_changes.change_appointment(workspace, edit, force=force)
    return [appointment.id for appointment in changed]

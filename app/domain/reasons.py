"""Sentences for people, as data: a stable code with typed parameters instead of finished English.

Design (issue #6, translations): the domain and the services never hand the GUI a finished
sentence. A rule that refuses, warns or rejects returns a `Reason`: a `ReasonCode` (stable, part of
no output format) and named parameters holding the facts (a type's name, a time span on the
clinic's wall clock, a count, a list of clashes). Two renderers turn a `Reason` into words:

- `app.domain.reason_english.english` writes the English sentence the CLI prints (and the
  `message` / `reason` properties of warnings, problems, decisions and service errors return), so
  the headless interface reads exactly as before;
- `app.ui.domain_text` writes the same sentence in the user's language through Qt's translation
  functions, with dates and times in the user's locale.

Parameters are facts, never wording: names that are unknown are None (each renderer supplies its own
phrase, e.g. "The practitioner"), times are `LocalSpan` / `LocalMoment` / `LocalDay` (already on the
clinic's wall clock, with whether the day and year are worth showing), lists are `Listing`s (which
say how many items to name before "and N more"). Adding a code means adding its English wording
and its translated rendering; tests/ui/test_translations.py fails until the GUI can render it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum


class ReasonCode(StrEnum):
    """Every sentence the domain and services may hand to a person, by meaning."""

    # Telehealth links (telehealth_link_policy) and appointment status (status).
    APPOINTMENT_DELETED = "appointment_deleted"
    APPOINTMENT_CANCELLED = "appointment_cancelled"
    TELEHEALTH_TYPE_UNKNOWN = "telehealth_type_unknown"
    TELEHEALTH_OFF = "telehealth_off"  # type_name: str | None
    TELEHEALTH_GROUP = "telehealth_group"
    PATIENT_LINK_EXPIRED = "patient_link_expired"
    PATIENT_LINK_NOT_SYNCED = "patient_link_not_synced"
    ATTENDEE_CANCELLED = "attendee_cancelled"
    JOIN_NOT_FOR_RECEPTION = "join_not_for_reception"
    JOIN_APPOINTMENT_ENDED = "join_appointment_ended"
    JOIN_NO_LINK = "join_no_link"
    JOIN_OPENS_BEFORE_START = "join_opens_before_start"  # lead: timedelta
    JOIN_OPENS_AT_START = "join_opens_at_start"
    JOIN_OPENS_AT_TIME_BEFORE_START = "join_opens_at_time_before_start"  # opens_at: LocalMoment, lead
    JOIN_OPENS_AT_TIME_AT_START = "join_opens_at_time_at_start"  # opens_at: LocalMoment
    ALREADY_CANCELLED = "already_cancelled"
    CANCELLED_STATUS_FIXED = "cancelled_status_fixed"
    ALREADY_MARKED = "already_marked"  # status: AppointmentStatus value

    # Input that blocks a booking (booking_validation, and the services' reference checks).
    CHOOSE_PATIENT = "choose_patient"
    CHOOSE_PRACTITIONER = "choose_practitioner"
    CHOOSE_APPOINTMENT_TYPE = "choose_appointment_type"
    APPOINTMENT_TYPE_UNKNOWN = "appointment_type_unknown"
    APPOINTMENT_TYPE_ARCHIVED = "appointment_type_archived"  # type_name: str
    CHOOSE_START = "choose_start"
    START_WITHOUT_ZONE = "start_without_zone"
    CHOOSE_END = "choose_end"
    END_WITHOUT_ZONE = "end_without_zone"
    TIME_WITHOUT_ZONE = "time_without_zone"
    END_NOT_AFTER_START = "end_not_after_start"
    PATIENT_NOT_CACHED = "patient_not_cached"
    PATIENT_ARCHIVED = "patient_archived"
    PRACTITIONER_NOT_CACHED = "practitioner_not_cached"
    PRACTITIONER_INACTIVE = "practitioner_inactive"  # practitioner: str
    BUSINESS_NOT_CACHED = "business_not_cached"
    NO_BUSINESS_YET = "no_business_yet"

    # Conflict warnings (conflict_rules, conflicts), one or two per category.
    PRACTITIONER_DOUBLE_BOOKED = "practitioner_double_booked"  # practitioner, clashes: Listing[Slot]
    PRACTITIONER_UNAVAILABLE = "practitioner_unavailable"  # practitioner, spans: Listing[LocalSpan]
    BUSINESS_CLOSED = "business_closed"  # business: str | None, weekday: int
    OUTSIDE_OPENING_HOURS = "outside_opening_hours"  # booking, business, hours: Listing, weekday
    PATIENT_DOUBLE_BOOKED = "patient_double_booked"  # patient, bookings: Listing[PatientBooking]
    BUFFER_TOO_SHORT = "buffer_too_short"  # practitioner, buffer: timedelta, gaps: Listing[BufferGap]
    GROUP_OVER_CAPACITY = "group_over_capacity"  # type_name, max_attendees: int, attendees: int
    TYPE_NOT_OFFERED = "type_not_offered"  # practitioner, type_name: str | None
    START_IN_PAST = "start_in_past"  # starts_at: LocalMoment
    REPEATS_CLASH = "repeats_clash"  # days: Listing[LocalDay], total: int
    CACHE_NEVER_SYNCED = "cache_never_synced"
    CACHE_STALE_SINCE = "cache_stale_since"  # synced_at: LocalMoment

    # Service errors (app.services.errors and the failures it translates from below).
    APPOINTMENT_NOT_CACHED = "appointment_not_cached"  # appointment_id: str
    APPOINTMENT_CHANGED_WHILE_EDITING = "appointment_changed_while_editing"
    CANCELLED_CANNOT_BE_EDITED = "cancelled_cannot_be_edited"
    BOOKING_INVALID = "booking_invalid"  # problems: tuple[Reason, ...]
    BOOKING_HAS_WARNINGS = "booking_has_warnings"  # count: int
    RETRY_ONLY_FAILED = "retry_only_failed"
    DISCARD_ONLY_FAILED_OR_WAITING = "discard_only_failed_or_waiting"
    BOOKING_BEING_SENT = "booking_being_sent"
    SYNC_CONFLICT_SETTLED = "sync_conflict_settled"
    SYNC_CONFLICT_CANNOT_KEEP = "sync_conflict_cannot_keep"
    MASS_DELETION_REFUSED = "mass_deletion_refused"  # would_delete: int, cached: int
    SERVER_REFUSED_KEY = "server_refused_key"
    SERVER_PERMISSION_DENIED = "server_permission_denied"
    SERVER_RECORD_NOT_FOUND = "server_record_not_found"
    SERVER_RATE_LIMITED = "server_rate_limited"
    SERVER_UNREACHABLE = "server_unreachable"
    BOOKING_NOT_CONFIRMED = "booking_not_confirmed"
    SERVER_ANSWER_UNREADABLE = "server_answer_unreadable"
    BOOKING_ANSWER_UNREADABLE = "booking_answer_unreadable"
    SERVER_REFUSED_CHANGE = "server_refused_change"  # details: str (the server's own words) | None
    CACHE_BUSY = "cache_busy"
    CACHE_DISK_FULL = "cache_disk_full"
    CACHE_TOO_NEW = "cache_too_new"
    DEMO_CANNOT_START = "demo_cannot_start"


@dataclass(frozen=True, slots=True)
class LocalSpan:
    """A time range on the clinic's wall clock (aware datetimes in its zone)."""

    starts_at: datetime
    ends_at: datetime
    # Whether the start's date is worth naming (another day than the booking's, or a repeat).
    show_day: bool = False
    show_year: bool = False

    @property
    def day(self) -> LocalDay:
        """The start's date, shown with the same year rule."""
        return LocalDay(self.starts_at.date(), self.show_year)


@dataclass(frozen=True, slots=True)
class LocalMoment:
    """One instant on the clinic's wall clock (aware, in its zone), with or without its date."""

    at: datetime
    show_day: bool = True
    show_year: bool = False

    @property
    def day(self) -> LocalDay:
        """The moment's date, shown with the same year rule."""
        return LocalDay(self.at.date(), self.show_year)


@dataclass(frozen=True, slots=True)
class LocalDay:
    """A date in the clinic's zone; the year is named only when it is not the current one."""

    day: date
    show_year: bool = False


@dataclass(frozen=True, slots=True)
class AppointmentSlot:
    """An existing appointment named in a warning: when, and whose ("" when the patient is unknown)."""

    span: LocalSpan
    patient_name: str = ""


@dataclass(frozen=True, slots=True)
class PatientBooking:
    """The patient's other appointment: when, and with whom (None: the practitioner's name is unknown)."""

    span: LocalSpan
    same_practitioner: bool
    practitioner_name: str | None = None


@dataclass(frozen=True, slots=True)
class BufferGap:
    """Too little time next to a neighbouring appointment: the gap, and which side of it we are."""

    gap: timedelta
    # True: the booking starts `gap` after the neighbour ends; False: it ends `gap` before it starts.
    after_neighbour: bool
    neighbour: AppointmentSlot


@dataclass(frozen=True, slots=True)
class OpeningPeriod:
    """One opening period of a day (closing at `time(0)` means midnight, the end of the day)."""

    opens: time
    closes: time


@dataclass(frozen=True, slots=True)
class Listing:
    """Items named in a sentence: the first `limit`, then "and N more" for the rest."""

    items: tuple[ListItem, ...]
    limit: int

    @property
    def shown(self) -> tuple[ListItem, ...]:
        """The items named (all of them when they fit within `limit`)."""
        return self.items if len(self.items) <= self.limit else self.items[: self.limit]

    @property
    def more(self) -> int:
        """How many items are left unnamed."""
        return len(self.items) - len(self.shown)


@dataclass(frozen=True, slots=True)
class Reason:
    """A sentence as data: its code and its named parameters (hashable, comparable)."""

    code: ReasonCode
    params: tuple[tuple[str, Param], ...] = ()

    @classmethod
    def of(cls, code: ReasonCode, **params: Param) -> Reason:
        """`Reason.of(ReasonCode.TELEHEALTH_OFF, type_name="Initial Consultation")`."""
        return cls(code, tuple(sorted(params.items())))

    def get(self, name: str) -> Param:
        """The parameter `name` (None when the reason has no such parameter)."""
        for key, value in self.params:
            if key == name:
                return value
        return None

    def text(self, name: str) -> str | None:
        """A text parameter; None when it is missing or blank (the renderer then says something neutral)."""
        value = self.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
        return None

    def number(self, name: str) -> int:
        """A whole-number parameter (0 when missing)."""
        value = self.get(name)
        return value if isinstance(value, int) else 0

    def duration(self, name: str) -> timedelta:
        """A duration parameter (zero when missing)."""
        value = self.get(name)
        return value if isinstance(value, timedelta) else timedelta(0)

    def moment(self, name: str) -> LocalMoment:
        """A wall-clock moment parameter."""
        value = self.get(name)
        if not isinstance(value, LocalMoment):
            raise TypeError(f"{self.code}: {name} is not a LocalMoment")
        return value

    def span(self, name: str) -> LocalSpan:
        """A wall-clock span parameter."""
        value = self.get(name)
        if not isinstance(value, LocalSpan):
            raise TypeError(f"{self.code}: {name} is not a LocalSpan")
        return value

    def listing(self, name: str) -> Listing:
        """A list parameter (empty when missing)."""
        value = self.get(name)
        return value if isinstance(value, Listing) else Listing((), 0)

    def reasons(self, name: str) -> tuple[Reason, ...]:
        """Nested reasons (e.g. the problems of an invalid booking)."""
        value = self.get(name)
        if isinstance(value, Reason):
            return (value,)
        if isinstance(value, tuple):
            return tuple(item for item in value if isinstance(item, Reason))
        return ()


ListItem = LocalSpan | LocalDay | AppointmentSlot | PatientBooking | BufferGap | OpeningPeriod
Param = (
    str | int | timedelta | LocalSpan | LocalMoment | LocalDay | Listing | Reason | tuple[Reason, ...] | None
)

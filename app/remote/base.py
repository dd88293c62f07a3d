"""The interface every practice-management system adapter offers, and the values crossing it.

The sync engine and the services import this module only, never an adapter's own modules, so a
second PMS (Healthie, Avon Health) is an added module rather than an edit across the tree.

Reading changes. Every record carries the server's `updated_at`. Pull walks each list by that key:
`list_changes` yields pages in ascending `(updated_at, id)` order, each with a `resume_from` cursor
that is safe to store once the page is committed (re-walking from it loses nothing; records seen
again are the same versions and upsert as no-ops). The walk is by key, not page number, so records
edited during the walk are not skipped: an edit moves a record to the end, where the walk finds it.
`fetch_changes_page` is the single-page primitive the walk is built on; an adapter implements it and
delegates `list_changes` to `app.remote.change_walk.walk_changes`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Protocol, runtime_checkable

from app.domain.entities import (
    Appointment,
    AppointmentType,
    Attendee,
    Business,
    CancellationReason,
    Patient,
    Practitioner,
    SignedInUser,
    UnavailableBlock,
)


class ResourceKind(StrEnum):
    """The lists the app keeps in step with the server."""

    BUSINESSES = "businesses"
    PRACTITIONERS = "practitioners"
    APPOINTMENT_TYPES = "appointment_types"
    PATIENTS = "patients"
    APPOINTMENTS = "appointments"
    ATTENDEES = "attendees"
    UNAVAILABLE_BLOCKS = "unavailable_blocks"


class ListVariant(StrEnum):
    """Which list of a kind: the live one, or the cancelled / deleted / archived records."""

    LIVE = "live"
    CANCELLED = "cancelled"
    DELETED = "deleted"
    ARCHIVED = "archived"


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One list the server offers: a kind and a variant (e.g. appointments, deleted)."""

    kind: ResourceKind
    variant: ListVariant = ListVariant.LIVE


RemoteRecord = Business | Practitioner | AppointmentType | Patient | Appointment | Attendee | UnavailableBlock

ENTITY_OF_KIND: dict[ResourceKind, type] = {
    ResourceKind.BUSINESSES: Business,
    ResourceKind.PRACTITIONERS: Practitioner,
    ResourceKind.APPOINTMENT_TYPES: AppointmentType,
    ResourceKind.PATIENTS: Patient,
    ResourceKind.APPOINTMENTS: Appointment,
    ResourceKind.ATTENDEES: Attendee,
    ResourceKind.UNAVAILABLE_BLOCKS: UnavailableBlock,
}


@dataclass(frozen=True, slots=True)
class ChangePage:
    """One page of a change listing, validated.

    `records` are the valid records (entities of the listed kind); `skipped` counts malformed ones
    (their ids, where readable, are in `skipped_ids`; nothing else about them is kept). `raw_count`
    is how many items the server sent; when it reaches `page_size` the page is full and more may
    follow. `last_key` is the `(updated_at, id)` of the last item with a readable key, malformed or
    not, so a walk can move past bad records. `resume_from` is set by `list_changes`: the cursor to
    store once this page is committed. `list_missing` marks the empty page of an optional list this
    server does not have (e.g. deleted unavailable blocks): nothing could be read from it.
    """

    records: list[RemoteRecord]
    skipped: int
    last_key: tuple[datetime, str] | None
    raw_count: int
    page_size: int
    skipped_ids: tuple[str, ...] = ()
    resume_from: datetime | None = None
    list_missing: bool = False

    @property
    def is_full(self) -> bool:
        """Whether the server filled the page, so more records may follow."""
        return self.raw_count >= self.page_size


@dataclass(frozen=True, slots=True)
class Capabilities:
    """What an adapter's PMS can do; the engine and services ask instead of checking the adapter type."""

    name: str
    endpoints: frozenset[Endpoint]
    max_page_size: int
    # The server can say whether an appointment conflicts (Cliniko: /individual_appointments/:id/conflicts).
    server_conflict_check: bool
    # Each attendee has its own patient telehealth link (Cliniko: attendee.telehealth_url).
    patient_links_per_attendee: bool
    # Kinds whose change listing accepts a `starts_at` window (for "visible window first").
    window_filter_kinds: frozenset[ResourceKind] = frozenset()
    # The server's documented request budget per minute, if it has one.
    rate_limit_per_minute: int | None = None

    def supports(self, kind: ResourceKind, variant: ListVariant = ListVariant.LIVE) -> bool:
        """Whether the server offers this list."""
        return Endpoint(kind, variant) in self.endpoints


def _require_aware(value: datetime | None, name: str) -> None:
    if value is not None and (value.tzinfo is None or value.utcoffset() is None):
        raise ValueError(f"{name} must be a timezone-aware datetime.")


@dataclass(frozen=True, slots=True)
class NewAppointment:
    """A booking to create. Without `ends_at` the server uses the appointment type's duration."""

    starts_at: datetime
    practitioner_id: str
    patient_id: str
    appointment_type_id: str
    business_id: str
    ends_at: datetime | None = None
    notes: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.starts_at, "starts_at")
        _require_aware(self.ends_at, "ends_at")
        if self.ends_at is not None and self.ends_at <= self.starts_at:
            raise ValueError("An appointment must end after it starts.")
        for name in ("practitioner_id", "patient_id", "appointment_type_id", "business_id"):
            if not getattr(self, name):
                raise ValueError(f"{name} is required to book an appointment.")


@dataclass(frozen=True, slots=True)
class AppointmentChanges:
    """Fields to change on an appointment; None leaves a field as it is (`notes=""` clears notes)."""

    starts_at: datetime | None = None
    ends_at: datetime | None = None
    practitioner_id: str | None = None
    appointment_type_id: str | None = None
    business_id: str | None = None
    notes: str | None = None

    def __post_init__(self) -> None:
        _require_aware(self.starts_at, "starts_at")
        _require_aware(self.ends_at, "ends_at")
        if self.starts_at is not None and self.ends_at is not None and self.ends_at <= self.starts_at:
            raise ValueError("An appointment must end after it starts.")

    @property
    def is_empty(self) -> bool:
        """Whether nothing would change."""
        return all(
            value is None
            for value in (
                self.starts_at,
                self.ends_at,
                self.practitioner_id,
                self.appointment_type_id,
                self.business_id,
                self.notes,
            )
        )


@dataclass(frozen=True, slots=True)
class Cancellation:
    """Why an appointment is cancelled (a Cliniko reason code) and an optional note."""

    reason: CancellationReason
    note: str | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.reason, CancellationReason):
            raise ValueError("A cancellation needs one of the known reason codes.")


@runtime_checkable
class RemoteAdapter(Protocol):
    """One practice-management system, as the sync engine and services see it.

    Every method raises only `app.remote.errors.RemoteError` subclasses for known failures:
    `AuthenticationError`, `PermissionDeniedError`, `NotFoundError`, `ValidationRefused`,
    `RateLimitedError`, `ServerUnavailableError` (and its `AnswerLostError`), `MalformedResponseError`
    (and its `UnreadableBookingError`). Arguments that cannot be valid (a local id, a naive time)
    raise ValueError before any request is sent.
    """

    @property
    def requests_made(self) -> int:
        """HTTP requests sent so far, retries included (for the sync summary and benchmarks)."""
        ...

    def capabilities(self) -> Capabilities:
        """What this PMS offers; constant for the adapter's life."""
        ...

    async def signed_in_user(self) -> SignedInUser:
        """The user the credentials belong to (checks the key; the role decides link access)."""
        ...

    async def fetch_changes_page(
        self,
        kind: ResourceKind,
        variant: ListVariant,
        since: datetime | None,
        *,
        same_second: bool = False,
        after_id: str | None = None,
        window: tuple[datetime, datetime] | None = None,
        page_size: int | None = None,
    ) -> ChangePage:
        """One page of a list, validated (the primitive `list_changes` walks with).

        Without `same_second`: records with `updated_at >= since` (all when `since` is None), in
        ascending `(updated_at, id)` order, at most `page_size` (default: the maximum).
        With `same_second` (`since` required): the records whose `updated_at` falls in the whole
        second starting at `since` truncated to the second, whose id comes after `after_id` in the
        server's id order (from the first when None), in ascending id order. This gets a walk past
        a run of more than a page of records stamped with the same second.
        `window` keeps appointments (or blocks) with `window[0] <= starts_at < window[1]`; only kinds
        in `capabilities().window_filter_kinds` accept it.
        """
        ...

    def list_changes(
        self,
        kind: ResourceKind,
        variant: ListVariant,
        since: datetime | None,
        *,
        window: tuple[datetime, datetime] | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ChangePage]:
        """Every record changed at or after `since`, page by page, de-duplicated within the walk.

        Each page's `resume_from` is a cursor safe to store once that page is committed.
        """
        ...

    async def list_practitioner_appointment_types(self, practitioner_id: str) -> set[str]:
        """Ids of the appointment types the practitioner offers."""
        ...

    async def fetch_appointment(self, appointment_id: str) -> Appointment | None:
        """The appointment as the server has it now; None when it does not exist."""
        ...

    async def fetch_attendees(self, appointment_id: str) -> list[Attendee]:
        """The appointment's attendees (with their patient links); malformed ones are left out."""
        ...

    async def create_appointment(self, new: NewAppointment) -> Appointment:
        """Book. Never retried blindly: a lost answer raises `AnswerLostError` (reconcile first)."""
        ...

    async def update_appointment(self, appointment_id: str, changes: AppointmentChanges) -> Appointment:
        """Move or edit an appointment; returns it as the server now has it."""
        ...

    async def cancel_appointment(self, appointment_id: str, cancellation: Cancellation) -> None:
        """Cancel an appointment with a reason."""
        ...

    async def delete_appointment(self, appointment_id: str) -> None:
        """Delete an appointment; an appointment already gone counts as deleted."""
        ...

    async def set_arrival(
        self, appointment_id: str, *, arrived: bool | None = None, did_not_arrive: bool | None = None
    ) -> Appointment:
        """Mark arrived / did not arrive (None leaves a flag as it is)."""
        ...

    async def find_appointments(
        self, practitioner_id: str, patient_id: str, starts_at: datetime
    ) -> list[Appointment]:
        """Live appointments of this practitioner and patient starting at exactly `starts_at`.

        Used to reconcile a create whose answer was lost before trying it again.
        """
        ...

    async def server_conflicts_exist(self, appointment_id: str) -> bool:
        """The server's own opinion on whether the appointment conflicts with others."""
        ...

    async def close(self) -> None:
        """Release connections. The adapter is unusable afterwards."""
        ...

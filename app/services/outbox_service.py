"""The failed-changes view: what did not reach the server, and the user's retry / discard.

A failure is kept until the user resolves it, never dropped (product.md, "Nothing is lost").
Discarding a booking that never reached the server withdraws it (its row goes). Discarding the last
unsent change of an appointment that exists on the server clears its pending mark so the server's
copy can come back: `refresh_appointment` fetches it now (when online); otherwise the next change
the server makes to it brings it in.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime

from app.domain.entities import Appointment
from app.domain.reasons import Reason, ReasonCode
from app.log import services_log
from app.services.errors import ChangeRefused
from app.services.workspace import ClinicWorkspace
from app.store.bulk import delete_appointments, upsert_appointments
from app.store.local_writes import (
    appointment_sync_state,
    is_local_id,
    mark_appointment_synced,
    remove_local_appointment,
)
from app.store.outbox import (
    OutboxEntry,
    OutboxKind,
    OutboxState,
    OutboxTransitionError,
    count_failed,
    count_pending,
    discard,
    entries_for_appointment,
    failed_entries,
    get_entry,
    retry,
    unfinished_entries,
)

AppointmentFetcher = Callable[[str], Awaitable[Appointment | None]]


@dataclass(frozen=True, slots=True)
class UnsentChange:
    """One change waiting for, or refused by, the server."""

    id: int
    kind: OutboxKind
    appointment_id: str
    state: OutboxState
    attempts: int
    last_error: str | None
    created_at: datetime


@dataclass(frozen=True, slots=True)
class OutboxCounts:
    """For the status bar: changes on their way, and failures waiting for the user."""

    waiting: int
    failed: int


@dataclass(frozen=True, slots=True)
class DiscardOutcome:
    """What discarding did: the booking withdrawn, or an appointment to re-read from the server."""

    withdrawn_appointment_id: str | None = None
    refresh_appointment_id: str | None = None


def _change(entry: OutboxEntry) -> UnsentChange:
    return UnsentChange(
        id=entry.id,
        kind=entry.kind,
        appointment_id=entry.appointment_id,
        state=entry.state,
        attempts=entry.attempts,
        last_error=entry.last_error,
        created_at=entry.created_at,
    )


def failed_changes(workspace: ClinicWorkspace) -> list[UnsentChange]:
    """Changes the server refused, oldest first, with their last error."""
    with workspace.reading() as session:
        return [_change(entry) for entry in failed_entries(session)]


def unsent_changes(workspace: ClinicWorkspace) -> list[UnsentChange]:
    """Every change not yet on the server (waiting, in flight, failed), in push order."""
    with workspace.reading() as session:
        return [_change(entry) for entry in unfinished_entries(session)]


def outbox_counts(workspace: ClinicWorkspace) -> OutboxCounts:
    """How many changes are waiting and how many failed."""
    with workspace.reading() as session:
        return OutboxCounts(waiting=count_pending(session), failed=count_failed(session))


def retry_change(workspace: ClinicWorkspace, change_id: int) -> None:
    """Queue a failed change again (the next sync sends it)."""
    with workspace.writing() as session:
        try:
            retry(session, change_id, now=workspace.now())
        except OutboxTransitionError:
            raise ChangeRefused(Reason.of(ReasonCode.RETRY_ONLY_FAILED)) from None


def retry_all_failed(workspace: ClinicWorkspace) -> int:
    """Queue every failed change again; returns how many."""
    with workspace.writing() as session:
        entries = failed_entries(session)
        for entry in entries:
            retry(session, entry.id, now=workspace.now())
    return len(entries)


def discard_change(workspace: ClinicWorkspace, change_id: int) -> DiscardOutcome:
    """Give up on a failed or waiting change (see the module docstring for what follows)."""
    now = workspace.now()
    with workspace.writing() as session:
        entry = get_entry(session, change_id)
        if entry is None or entry.state not in (OutboxState.FAILED, OutboxState.PENDING):
            raise ChangeRefused(Reason.of(ReasonCode.DISCARD_ONLY_FAILED_OR_WAITING))
        appointment_id = entry.appointment_id
        if entry.kind == OutboxKind.CREATE and is_local_id(appointment_id):
            # The booking never reached the server: withdraw it with everything queued after it.
            later = entries_for_appointment(session, appointment_id)
            if any(e.state == OutboxState.IN_FLIGHT for e in later):
                raise ChangeRefused(Reason.of(ReasonCode.BOOKING_BEING_SENT))
            for other in later:
                discard(session, other.id, now=now)
            remove_local_appointment(session, appointment_id)
            services_log.info("withdrew unsent booking %s", appointment_id)
            return DiscardOutcome(withdrawn_appointment_id=appointment_id)
        discard(session, change_id, now=now)
        if entries_for_appointment(session, appointment_id):
            return DiscardOutcome()
        state = appointment_sync_state(session, appointment_id)
        if state is None or state.remote_updated_at is None:
            return DiscardOutcome()
        # Nothing of ours is left to send: let the server's copy replace the local one again.
        mark_appointment_synced(session, appointment_id, state.remote_updated_at)
    return DiscardOutcome(refresh_appointment_id=appointment_id)


async def refresh_appointment(
    workspace: ClinicWorkspace, appointment_id: str, fetch_appointment: AppointmentFetcher
) -> Appointment | None:
    """Replace the cached copy with the server's now (after a discard); None when it is gone."""
    found = await fetch_appointment(appointment_id)
    with workspace.writing() as session:
        if found is None:
            delete_appointments(session, [appointment_id])
        else:
            upsert_appointments(session, [found])
    return found

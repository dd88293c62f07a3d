"""Conflict warnings for a booking or a change, from the cache (product.md, "Conflict warnings").

The detector (`app.domain.conflicts`) is pure; this module fetches what it looks at with indexed
queries: the practitioner's and the patient's appointments around each instance (widened by the
buffer), the practitioner's unavailable blocks, the type, practitioner and business, and whether the
cache is stale (never synced, last synced longer ago than the setting, or the server unreachable).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from app.domain.conflicts import (
    BookingProposal,
    ConflictWarning,
    ScheduleContext,
    detect_conflicts,
    detect_series_conflicts,
)
from app.domain.entities import Appointment, Business, UnavailableBlock
from app.services.workspace import ClinicWorkspace
from app.store.catalog import first_business, get_appointment_type, get_business, get_practitioner
from app.store.meta import get_last_successful_sync, get_meta, set_meta
from app.store.prepared import Executor
from app.store.queries import conflict_candidates, unavailable_blocks_in_window
from app.store.timestamps import from_epoch_us, to_epoch_us

# When a sync last failed to reach the server (epoch microseconds); later than the last success
# means "offline" for every process using this cache.
LAST_FAILED_SYNC_KEY = "sync.last_failed_at"


@dataclass(frozen=True, slots=True)
class CacheFreshness:
    """How far the cache can be trusted to show other desks' bookings."""

    last_synced_at: datetime | None
    offline: bool
    stale: bool


def cache_freshness(workspace: ClinicWorkspace) -> CacheFreshness:
    """Whether the cache is stale now (never synced, too old, or the server is unreachable)."""
    with workspace.reading() as session:
        return _freshness(session, workspace)


def _freshness(session: Executor, workspace: ClinicWorkspace) -> CacheFreshness:
    last_synced = get_last_successful_sync(session)
    offline = workspace.known_offline
    if offline is None:
        failed_text = get_meta(session, LAST_FAILED_SYNC_KEY)
        failed = None if failed_text is None else from_epoch_us(int(failed_text))
        offline = failed is not None and (last_synced is None or failed > last_synced)
    too_old = last_synced is None or workspace.now() - last_synced > workspace.settings.stale_after
    return CacheFreshness(last_synced_at=last_synced, offline=offline, stale=offline or too_old)


def record_sync_outcome(workspace: ClinicWorkspace, *, reached_server: bool) -> None:
    """Remember whether the server answered (the sync engine records completed cycles itself)."""
    workspace.set_connectivity(online=reached_server)
    if not reached_server:
        with workspace.writing() as session:
            set_meta(session, LAST_FAILED_SYNC_KEY, str(to_epoch_us(workspace.now())))


def check_conflicts(workspace: ClinicWorkspace, proposal: BookingProposal) -> list[ConflictWarning]:
    """The warnings one booking (or one moved appointment) would get, in category order."""
    with workspace.reading() as session:
        context = schedule_context(session, workspace, [proposal])
    return detect_conflicts(proposal, context)


def check_series_conflicts(
    workspace: ClinicWorkspace, proposals: Sequence[BookingProposal]
) -> list[ConflictWarning]:
    """The warnings of a repeating booking (every instance checked, clashing dates named)."""
    if not proposals:
        return []
    with workspace.reading() as session:
        context = schedule_context(session, workspace, proposals)
    return detect_series_conflicts(proposals, context)


def warnings_for(workspace: ClinicWorkspace, proposals: Sequence[BookingProposal]) -> list[ConflictWarning]:
    """One proposal: its warnings; several (a series, or a series moved together): the series check."""
    if len(proposals) == 1:
        return check_conflicts(workspace, proposals[0])
    return check_series_conflicts(workspace, proposals)


def schedule_context(
    session: Executor, workspace: ClinicWorkspace, proposals: Sequence[BookingProposal]
) -> ScheduleContext:
    """What the detector needs for `proposals` (which share a practitioner, type and business)."""
    first = proposals[0]
    buffer = workspace.settings.buffer
    appointments: dict[str, Appointment] = {}
    blocks: dict[str, UnavailableBlock] = {}
    for proposal in proposals:
        start, end = _ordered(proposal.starts_at, proposal.ends_at)
        for appointment in conflict_candidates(
            session,
            practitioner_id=proposal.practitioner_id,
            patient_id=proposal.patient_id,
            start=start,
            end=end,
            margin=buffer,
        ):
            appointments[appointment.id] = appointment
        for block in unavailable_blocks_in_window(
            session, practitioner_ids=[proposal.practitioner_id], start=start, end=end
        ):
            blocks[block.id] = block
    freshness = _freshness(session, workspace)
    stale_since = freshness.last_synced_at if freshness.stale else None
    return ScheduleContext(
        now=workspace.now(),
        appointments=tuple(appointments.values()),
        unavailable_blocks=tuple(blocks.values()),
        appointment_type=(
            get_appointment_type(session, first.appointment_type_id) if first.appointment_type_id else None
        ),
        practitioner=get_practitioner(session, first.practitioner_id),
        business=_business(session, first.business_id),
        buffer=buffer,
        stale_since=stale_since,
        cache_is_stale=freshness.stale and stale_since is None,
    )


def _business(session: Executor, business_id: str | None) -> Business | None:
    return get_business(session, business_id) if business_id else first_business(session)


def _ordered(start: datetime, end: datetime) -> tuple[datetime, datetime]:
    # An end before the start is a validation problem the caller reports; still fetch a sane window.
    return (start, end) if end >= start else (end, start)

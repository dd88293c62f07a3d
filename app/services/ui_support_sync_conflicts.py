"""Sync conflicts for the "unsent changes" view: list the open ones, keep mine, take theirs.

The sync engine records a conflict when a change made here meets a newer server version
(`app.sync.conflict_records`); the user settles it. Keeping mine needs no server: the stopped changes
are re-based on the server version the user has now seen and queued again for the next push. Taking
theirs reads the server's record first (`fetch_appointment`, e.g. the adapter's), then drops the local
changes and caches that record. Both run in one cache transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.entities import Appointment
from app.domain.errors import InvalidTimestampError
from app.domain.timezones import parse_iso_utc
from app.log import services_log
from app.remote.errors import RemoteError, ServerUnavailableError
from app.services.errors import ChangeRefused, ServerUnreachable
from app.services.failure_reasons import remote_failure_reason, sync_failure_reason
from app.services.workspace import ClinicWorkspace
from app.store.prepared import driver_connection
from app.store.queries import get_appointment
from app.store.sync_conflicts import open_conflicts
from app.sync.conflict_records import keep_mine as _keep_mine
from app.sync.conflict_records import open_conflict, their_version
from app.sync.conflict_records import take_theirs as _take_theirs
from app.sync.errors import ConflictCannotBeKept, ConflictNotFound, SyncError

AppointmentFetcher = Callable[[str], Awaitable[Appointment | None]]


@dataclass(frozen=True, slots=True)
class AppointmentVersion:
    """One side of a conflict, as a person compares it (no link, no patient name)."""

    starts_at: datetime | None
    ends_at: datetime | None
    practitioner_id: str | None
    appointment_type_id: str | None
    notes: str | None
    cancelled: bool
    patient_arrived: bool
    did_not_arrive: bool


@dataclass(frozen=True, slots=True)
class SyncConflictItem:
    """An open conflict: my change and version against the server's (None: deleted on the server)."""

    id: int
    appointment_id: str
    created_at: datetime
    change_kind: str
    patient_name: str
    mine: AppointmentVersion | None
    theirs: AppointmentVersion | None

    @property
    def can_keep_mine(self) -> bool:
        """Whether "keep mine" is possible (not when the server deleted the appointment)."""
        return self.theirs is not None


def open_sync_conflicts(workspace: ClinicWorkspace) -> list[SyncConflictItem]:
    """Conflicts waiting for the user, oldest first."""
    with workspace.reading() as session:
        items = []
        for conflict in open_conflicts(session):
            cached = get_appointment(session, conflict.appointment_id)
            mine = conflict.mine.get("local")
            items.append(
                SyncConflictItem(
                    id=conflict.id,
                    appointment_id=conflict.appointment_id,
                    created_at=conflict.created_at,
                    change_kind=str(conflict.mine.get("kind", "")),
                    patient_name=cached.patient_name if cached is not None else "",
                    mine=_version(mine) if isinstance(mine, Mapping) else None,
                    theirs=None if conflict.theirs.get("deleted") else _version(conflict.theirs),
                )
            )
        return items


def _refused(error: SyncError) -> ChangeRefused:
    """The sync layer's refusal, passed on with its `Reason`."""
    return ChangeRefused(error.message, reason=sync_failure_reason(error))


def keep_mine(workspace: ClinicWorkspace, conflict_id: int) -> None:
    """Queue my change again on top of the server's version (works offline; the next sync pushes it)."""
    now = workspace.now()
    with workspace.writing() as session:
        conflict = open_conflict(session, conflict_id)
        if conflict is None:
            raise _refused(ConflictNotFound(conflict_id))
        version = their_version(conflict.theirs)
        if version is None:
            raise _refused(ConflictCannotBeKept())
        _keep_mine(driver_connection(session), conflict, parse_iso_utc(version), now)
    services_log.info("sync conflict %d settled: keep mine", conflict_id)


async def take_theirs(
    workspace: ClinicWorkspace, conflict_id: int, fetch_appointment: AppointmentFetcher
) -> None:
    """Read the server's record, drop my changes to the appointment and cache the server's version."""
    with workspace.reading() as session:
        conflict = open_conflict(session, conflict_id)
    if conflict is None:
        raise _refused(ConflictNotFound(conflict_id))
    try:
        server = await fetch_appointment(conflict.appointment_id)
    except ServerUnavailableError as error:
        workspace.set_connectivity(online=False)
        raise ServerUnreachable(error.message, reason=remote_failure_reason(error)) from None
    except RemoteError as error:
        raise ChangeRefused(error.message, reason=remote_failure_reason(error)) from None
    workspace.set_connectivity(online=True)
    now = workspace.now()
    with workspace.writing() as session:
        current = open_conflict(session, conflict_id)
        if current is None:
            raise _refused(ConflictNotFound(conflict_id))
        _take_theirs(driver_connection(session), current, server, now)
    services_log.info("sync conflict %d settled: take theirs", conflict_id)


def _version(snapshot: Mapping[str, Any]) -> AppointmentVersion:
    return AppointmentVersion(
        starts_at=_time(snapshot.get("starts_at")),
        ends_at=_time(snapshot.get("ends_at")),
        practitioner_id=_text(snapshot.get("practitioner_id")),
        appointment_type_id=_text(snapshot.get("appointment_type_id")),
        notes=_text(snapshot.get("notes")),
        cancelled=snapshot.get("cancelled_at") is not None,
        patient_arrived=bool(snapshot.get("patient_arrived")),
        did_not_arrive=bool(snapshot.get("did_not_arrive")),
    )


def _time(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return parse_iso_utc(value)
    except InvalidTimestampError:
        return None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None

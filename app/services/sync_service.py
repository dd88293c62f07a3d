"""Connecting to the practice-management system and running one sync cycle.

    adapter = sync_service.open_adapter(api_key, base_url)
    summary = await sync_service.run_sync(workspace, adapter, observer)
    await adapter.close()

Known failures come back as service errors the GUI and CLI tell apart: `SyncAuthRefused` (the key was
refused), `ServerUnreachable` (offline; the outbox is kept), `SyncFailed` (anything else known).

`open_adapter` checks the key and address at once but makes the HTTP client on the first request:
importing httpx and setting up TLS take a few hundred milliseconds the window would otherwise wait
for before it shows the calendar (the first sync starts once the calendar is painted).
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Callable
from datetime import datetime

from app.domain.entities import Appointment, Attendee, SignedInUser
from app.log import services_log
from app.remote.base import (
    AppointmentChanges,
    Cancellation,
    Capabilities,
    ChangePage,
    ListVariant,
    NewAppointment,
    RemoteAdapter,
    ResourceKind,
)
from app.remote.cliniko_connection import check_api_key, check_base_url, cliniko_base_url
from app.remote.errors import AuthenticationError, RemoteError, ServerUnavailableError
from app.services import credentials
from app.services.conflict_service import record_sync_outcome
from app.services.errors import (
    InvalidApiKey,
    InvalidRequest,
    ServerUnreachable,
    SyncAuthRefused,
    SyncFailed,
)
from app.services.failure_reasons import remote_failure_reason, sync_failure_reason
from app.services.workspace import ClinicWorkspace
from app.store.meta import get_meta
from app.sync.engine import SyncEngine
from app.sync.errors import SyncError
from app.sync.status import SyncObserver, SyncPhase, SyncProgress, SyncSummary

__all__ = [
    "API_KEY_ENVIRONMENT_VARIABLE",
    "PROFILE_META_KEY",
    "DeferredAdapter",
    "RemoteAdapter",
    "SyncObserver",
    "SyncPhase",
    "SyncProgress",
    "SyncSummary",
    "checked_base_url",
    "find_api_key",
    "open_adapter",
    "run_sync",
]

API_KEY_ENVIRONMENT_VARIABLE = "FRONTDESK_API_KEY"
# The keyring profile whose key this cache uses (written by the GUI when an account is set up).
PROFILE_META_KEY = "account.profile"
DEFAULT_MAX_RETRIES = 5


def checked_base_url(base_url: str | None) -> str | None:
    """`base_url` if usable (https, or http on loopback); InvalidRequest with the reason otherwise."""
    if base_url is None:
        return None
    try:
        return check_base_url(base_url)
    except ValueError as error:
        raise InvalidRequest(str(error)) from None


def open_adapter(
    api_key: str,
    base_url: str | None = None,
    *,
    max_retries: int = DEFAULT_MAX_RETRIES,
    requests_per_minute: int = 190,
) -> RemoteAdapter:
    """A Cliniko adapter for the key (without `base_url`, the key's shard names the server).

    The key and the address are checked now; the connection is made on the first request.
    """
    try:
        # The checks never echo the key back.
        cliniko_base_url(check_api_key(api_key), base_url)
    except ValueError as error:
        raise InvalidApiKey(str(error)) from None

    def connect() -> RemoteAdapter:
        from app.remote.cliniko_adapter import ClinikoAdapter  # noqa: PLC0415 (httpx: see the docstring)

        try:
            return ClinikoAdapter(
                api_key, base_url=base_url, max_retries=max_retries, requests_per_minute=requests_per_minute
            )
        except ValueError as error:
            raise InvalidApiKey(str(error)) from None

    return DeferredAdapter(connect)


class DeferredAdapter:
    """A `RemoteAdapter` that makes the real one (its HTTP client) when it is first asked for anything."""

    def __init__(self, connect: Callable[[], RemoteAdapter]) -> None:
        self._connect: Callable[[], RemoteAdapter] | None = connect
        self._adapter: RemoteAdapter | None = None

    @property
    def connected(self) -> bool:
        """Whether the real adapter (and its HTTP client) has been made."""
        return self._adapter is not None

    def _real(self) -> RemoteAdapter:
        if self._adapter is None:
            if self._connect is None:
                raise RuntimeError("the connection to the server was closed")
            self._adapter = self._connect()
        return self._adapter

    @property
    def requests_made(self) -> int:
        """HTTP requests sent so far (none before the connection is made)."""
        return 0 if self._adapter is None else self._adapter.requests_made

    def capabilities(self) -> Capabilities:
        """What the server offers."""
        return self._real().capabilities()

    async def signed_in_user(self) -> SignedInUser:
        """The user the key belongs to."""
        return await self._real().signed_in_user()

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
        """One page of a list (see `RemoteAdapter.fetch_changes_page`)."""
        return await self._real().fetch_changes_page(
            kind,
            variant,
            since,
            same_second=same_second,
            after_id=after_id,
            window=window,
            page_size=page_size,
        )

    def list_changes(
        self,
        kind: ResourceKind,
        variant: ListVariant,
        since: datetime | None,
        *,
        window: tuple[datetime, datetime] | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ChangePage]:
        """Every record changed at or after `since`, page by page."""
        return self._real().list_changes(kind, variant, since, window=window, page_size=page_size)

    async def list_practitioner_appointment_types(self, practitioner_id: str) -> set[str]:
        """Ids of the appointment types the practitioner offers."""
        return await self._real().list_practitioner_appointment_types(practitioner_id)

    async def fetch_appointment(self, appointment_id: str) -> Appointment | None:
        """The appointment as the server has it now."""
        return await self._real().fetch_appointment(appointment_id)

    async def fetch_attendees(self, appointment_id: str) -> list[Attendee]:
        """The appointment's attendees."""
        return await self._real().fetch_attendees(appointment_id)

    async def create_appointment(self, new: NewAppointment) -> Appointment:
        """Book."""
        return await self._real().create_appointment(new)

    async def update_appointment(self, appointment_id: str, changes: AppointmentChanges) -> Appointment:
        """Move or edit an appointment."""
        return await self._real().update_appointment(appointment_id, changes)

    async def cancel_appointment(self, appointment_id: str, cancellation: Cancellation) -> None:
        """Cancel an appointment with a reason."""
        await self._real().cancel_appointment(appointment_id, cancellation)

    async def delete_appointment(self, appointment_id: str) -> None:
        """Delete an appointment."""
        await self._real().delete_appointment(appointment_id)

    async def set_arrival(
        self, appointment_id: str, *, arrived: bool | None = None, did_not_arrive: bool | None = None
    ) -> Appointment:
        """Mark arrived / did not arrive."""
        return await self._real().set_arrival(appointment_id, arrived=arrived, did_not_arrive=did_not_arrive)

    async def find_appointments(
        self, practitioner_id: str, patient_id: str, starts_at: datetime
    ) -> list[Appointment]:
        """Live appointments of this practitioner and patient starting at exactly `starts_at`."""
        return await self._real().find_appointments(practitioner_id, patient_id, starts_at)

    async def server_conflicts_exist(self, appointment_id: str) -> bool:
        """The server's own opinion on whether the appointment conflicts."""
        return await self._real().server_conflicts_exist(appointment_id)

    async def close(self) -> None:
        """Release the connection, if one was made; the adapter is unusable afterwards."""
        self._connect = None
        if self._adapter is not None:
            await self._adapter.close()


def find_api_key(workspace: ClinicWorkspace | None, explicit: str | None) -> str | None:
    """The key to use: given explicitly, else FRONTDESK_API_KEY, else the profile's keyring entry."""
    if explicit and explicit.strip():
        return explicit.strip()
    from_environment = os.environ.get(API_KEY_ENVIRONMENT_VARIABLE, "").strip()
    if from_environment:
        return from_environment
    if workspace is None:
        return None
    with workspace.reading() as session:
        profile = get_meta(session, PROFILE_META_KEY)
    return credentials.load_api_key(profile) if profile else None


async def run_sync(
    workspace: ClinicWorkspace,
    adapter: RemoteAdapter,
    observer: SyncObserver | None = None,
    *,
    visible_window: tuple[datetime, datetime] | None = None,
    allow_mass_delete: bool = False,
) -> SyncSummary:
    """One cycle: push the outbox, pull changes. The outbox is kept whatever happens."""
    engine = SyncEngine(
        workspace.database,
        adapter,
        observer=observer,
        clock=workspace.now,
        allow_mass_delete=allow_mass_delete,
    )
    try:
        summary = await engine.run_once(visible_window=visible_window)
    except AuthenticationError as error:
        record_sync_outcome(workspace, reached_server=True)
        raise SyncAuthRefused(error.message, reason=remote_failure_reason(error)) from None
    except ServerUnavailableError as error:
        record_sync_outcome(workspace, reached_server=False)
        raise ServerUnreachable(error.message, reason=remote_failure_reason(error)) from None
    except RemoteError as error:
        record_sync_outcome(workspace, reached_server=True)
        raise SyncFailed(error.message, reason=remote_failure_reason(error)) from None
    except SyncError as error:
        raise SyncFailed(error.message, reason=sync_failure_reason(error)) from None
    finally:
        engine.close()
    record_sync_outcome(workspace, reached_server=True)
    services_log.info("sync: pulled %d, pushed %d, failed %d", summary.pulled, summary.pushed, summary.failed)
    return summary

"""Connecting to the practice-management system and running one sync cycle.

    adapter = sync_service.open_adapter(api_key, base_url)
    summary = await sync_service.run_sync(workspace, adapter, observer)
    await adapter.close()

Known failures come back as service errors the GUI and CLI tell apart: `SyncAuthRefused` (the key was
refused), `ServerUnreachable` (offline; the outbox is kept), `SyncFailed` (anything else known).
"""

from __future__ import annotations

import os
from datetime import datetime

from app.log import services_log
from app.remote.base import RemoteAdapter
from app.remote.cliniko_adapter import ClinikoAdapter
from app.remote.cliniko_connection import check_base_url
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
from app.services.workspace import ClinicWorkspace
from app.store.meta import get_meta
from app.sync.engine import SyncEngine
from app.sync.errors import SyncError
from app.sync.status import SyncObserver, SyncPhase, SyncProgress, SyncSummary

__all__ = [
    "API_KEY_ENVIRONMENT_VARIABLE",
    "PROFILE_META_KEY",
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
    """A Cliniko adapter for the key (without `base_url`, the key's shard names the server)."""
    try:
        return ClinikoAdapter(
            api_key, base_url=base_url, max_retries=max_retries, requests_per_minute=requests_per_minute
        )
    except ValueError as error:
        # The adapter's checks never echo the key back.
        raise InvalidApiKey(str(error)) from None


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
        raise SyncAuthRefused(error.message) from None
    except ServerUnavailableError as error:
        record_sync_outcome(workspace, reached_server=False)
        raise ServerUnreachable(error.message) from None
    except RemoteError as error:
        record_sync_outcome(workspace, reached_server=True)
        raise SyncFailed(error.message) from None
    except SyncError as error:
        raise SyncFailed(error.message) from None
    finally:
        engine.close()
    record_sync_outcome(workspace, reached_server=True)
    services_log.info("sync: pulled %d, pushed %d, failed %d", summary.pulled, summary.pushed, summary.failed)
    return summary

"""Connecting and syncing: where the key comes from, bad keys and addresses, and errors as service errors."""

from __future__ import annotations

import asyncio

import pytest

from app.domain.entities import SignedInUser
from app.remote.base import Capabilities
from app.remote.cliniko_endpoints import CLINIKO_CAPABILITIES
from app.remote.errors import AuthenticationError, PermissionDeniedError, ServerUnavailableError
from app.services import appointment_changes, conflict_service, credentials, sync_service
from app.services.errors import InvalidApiKey, InvalidRequest, ServerUnreachable, SyncAuthRefused, SyncFailed
from app.services.workspace import ClinicWorkspace
from app.store import outbox
from app.store.meta import set_meta
from tests.support.clinic_builder import tuesday

from .clinic_data import CLINIC


class RefusingAdapter:
    """An adapter whose first request (the signed-in user) fails with `error`."""

    def __init__(self, error: Exception) -> None:
        self.error = error
        self.requests_made = 0

    async def signed_in_user(self) -> SignedInUser:
        self.requests_made += 1
        raise self.error

    def capabilities(self) -> Capabilities:
        return CLINIKO_CAPABILITIES

    async def close(self) -> None:
        return None


def test_the_explicit_key_wins_then_the_environment_then_the_keyring(
    workspace: ClinicWorkspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    stored = {"front-desk": "key-from-keyring-au1"}
    monkeypatch.setattr(credentials, "load_api_key", stored.get)
    monkeypatch.delenv(sync_service.API_KEY_ENVIRONMENT_VARIABLE, raising=False)
    assert sync_service.find_api_key(workspace, None) is None
    with workspace.writing() as session:
        set_meta(session, sync_service.PROFILE_META_KEY, "front-desk")
    assert sync_service.find_api_key(workspace, None) == "key-from-keyring-au1"
    monkeypatch.setenv(sync_service.API_KEY_ENVIRONMENT_VARIABLE, " key-from-env-au1 ")
    assert sync_service.find_api_key(workspace, None) == "key-from-env-au1"
    assert sync_service.find_api_key(workspace, "explicit-au1") == "explicit-au1"


@pytest.mark.parametrize(
    ("key", "base_url"),
    [("", "http://127.0.0.1:9/v1"), ("has spaces in it", "http://127.0.0.1:9/v1"), ("secret-zz999", None)],
)
def test_keys_that_cannot_be_one_are_refused_without_echoing_them(key: str, base_url: str | None) -> None:
    with pytest.raises(InvalidApiKey) as raised:
        sync_service.open_adapter(key, base_url)
    if key:
        assert key not in raised.value.message


def test_addresses_must_be_https_or_loopback() -> None:
    assert sync_service.checked_base_url(None) is None
    assert sync_service.checked_base_url("http://127.0.0.1:8765/v1/") == "http://127.0.0.1:8765/v1"
    with pytest.raises(InvalidRequest, match="https"):
        sync_service.checked_base_url("http://clinic.example.com/v1")


@pytest.mark.parametrize(
    ("error", "raised", "offline"),
    [
        (AuthenticationError(), SyncAuthRefused, False),
        (ServerUnavailableError("the connection could not be made"), ServerUnreachable, True),
        (PermissionDeniedError(), SyncFailed, False),
    ],
)
def test_remote_failures_become_service_errors_and_keep_the_outbox(
    workspace: ClinicWorkspace, error: Exception, raised: type[Exception], offline: bool
) -> None:
    appointment_changes.move(workspace, CLINIC.initial_bob, starts_at=tuesday(15))
    adapter = RefusingAdapter(error)
    with pytest.raises(raised):
        asyncio.run(sync_service.run_sync(workspace, adapter))  # type: ignore[arg-type]
    assert adapter.requests_made == 1
    with workspace.reading() as session:
        assert [e.kind for e in outbox.unfinished_entries(session)] == [outbox.OutboxKind.MOVE]
    assert conflict_service.cache_freshness(workspace).offline is offline

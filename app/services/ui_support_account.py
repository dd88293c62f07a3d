"""The account a cache is connected to, as the GUI sets it up: key in the keyring, profile in the cache.

    user = await ui_support_account.verify_api_key(api_key, base_url)     # GET /user, nothing stored
    ui_support_account.save_account(workspace, api_key, base_url)          # keyring + cache meta
    user = await ui_support_account.replace_account(workspace, api_key, base_url)  # both, checked first
    account = ui_support_account.configured_account(workspace)            # None: show the first run

The key itself only ever goes to the OS keyring (`app.services.credentials`); the cache remembers
which keyring profile holds it (`sync_service.PROFILE_META_KEY`, which `find_api_key` reads) and the
server address when it is not Cliniko's default (a sandbox, a test server).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.domain.entities import SignedInUser
from app.log import services_log
from app.remote.errors import AuthenticationError, RemoteError, ServerUnavailableError
from app.services import credentials, sync_service
from app.services.errors import (
    CredentialStoreUnavailable,
    ServerUnreachable,
    SyncAuthRefused,
    SyncFailed,
)
from app.services.failure_reasons import remote_failure_reason
from app.services.workspace import ClinicWorkspace
from app.store.meta import MetaKey, get_meta, set_meta
from app.store.sync_conflicts import open_conflicts

DEFAULT_PROFILE = "default"
# Verifying a key is interactive: a dead server should be reported in seconds, not after backoff.
VERIFY_MAX_RETRIES = 1


@dataclass(frozen=True, slots=True)
class ConfiguredAccount:
    """What the GUI needs to connect: the key (from keyring or environment) and the server address."""

    api_key: str
    # None: Cliniko's own server for the key's region.
    base_url: str | None
    profile: str | None


async def verify_api_key(api_key: str, base_url: str | None = None) -> SignedInUser:
    """Ask the server who the key belongs to (GET /user); raises the same errors as a sync would."""
    adapter = sync_service.open_adapter(
        api_key, sync_service.checked_base_url(base_url), max_retries=VERIFY_MAX_RETRIES
    )
    try:
        return await adapter.signed_in_user()
    except AuthenticationError as error:
        raise SyncAuthRefused(error.message, reason=remote_failure_reason(error)) from None
    except ServerUnavailableError as error:
        raise ServerUnreachable(error.message, reason=remote_failure_reason(error)) from None
    except RemoteError as error:
        raise SyncFailed(error.message, reason=remote_failure_reason(error)) from None
    finally:
        await adapter.close()


def save_account(
    workspace: ClinicWorkspace, api_key: str, base_url: str | None = None, *, profile: str = DEFAULT_PROFILE
) -> None:
    """Store the key in the OS keyring and remember the profile (and server) in the cache.

    Raises `CredentialStoreUnavailable` (with a sentence saying what to install) when there is no
    keyring; nothing is written to the cache then.
    """
    credentials.save_api_key(profile, api_key.strip())
    with workspace.writing() as session:
        set_meta(session, sync_service.PROFILE_META_KEY, profile)
        set_meta(
            session, MetaKey.ACCOUNT_BASE_URL, base_url.strip() if base_url and base_url.strip() else None
        )
    services_log.info("account saved for keyring profile %s", profile)


async def replace_account(
    workspace: ClinicWorkspace, api_key: str, base_url: str | None = None, *, profile: str | None = None
) -> SignedInUser:
    """Check a new key against the server (GET /user) and only then store it; the old key stays otherwise.

    The key goes to `profile`, by default the keyring entry the cache already names (else "default").
    Raises `CredentialStoreUnavailable` before any request when there is no keyring (the key could not
    be kept anyway), then whatever `verify_api_key` raises (`SyncAuthRefused`, `ServerUnreachable`, ...).
    """
    if not credentials.keyring_available():
        raise CredentialStoreUnavailable(credentials.NO_KEYRING_MESSAGE)
    key = api_key.strip()
    address = base_url.strip() if base_url and base_url.strip() else None
    user = await verify_api_key(key, address)
    if profile is None:
        with workspace.reading() as session:
            profile = get_meta(session, sync_service.PROFILE_META_KEY) or DEFAULT_PROFILE
    save_account(workspace, key, address, profile=profile)
    services_log.info("new API key checked for user %s", user.id)
    return user


def configured_account(workspace: ClinicWorkspace) -> ConfiguredAccount | None:
    """The account to connect with, or None when no key is available (the GUI shows its first run)."""
    with workspace.reading() as session:
        profile = get_meta(session, sync_service.PROFILE_META_KEY)
        base_url = get_meta(session, MetaKey.ACCOUNT_BASE_URL)
    api_key = sync_service.find_api_key(workspace, None)
    if api_key is None:
        return None
    return ConfiguredAccount(api_key=api_key, base_url=base_url, profile=profile)


def account_base_url(workspace: ClinicWorkspace) -> str | None:
    """The server address the account uses when it is not Cliniko's own (None: Cliniko); no keyring read."""
    with workspace.reading() as session:
        return get_meta(session, MetaKey.ACCOUNT_BASE_URL)


def forget_account(workspace: ClinicWorkspace) -> None:
    """Remove the stored key and the cache's note of it (the cached data stays)."""
    with workspace.reading() as session:
        profile = get_meta(session, sync_service.PROFILE_META_KEY)
    if profile:
        credentials.forget_api_key(profile)
    with workspace.writing() as session:
        set_meta(session, sync_service.PROFILE_META_KEY, None)


def open_sync_conflict_count(workspace: ClinicWorkspace) -> int:
    """How many sync conflicts wait for the user to keep theirs or take the server's (status bar)."""
    with workspace.reading() as session:
        return len(open_conflicts(session))

"""API keys live in the operating system's keyring, never in a plain file.

One entry per profile, under the service name "Frontdesk". On machines with no keyring backend
(headless Linux, CI), storing fails with a clear message; the CLI then takes the key from
`--api-key` or `FRONTDESK_API_KEY` instead.
"""

from __future__ import annotations

import keyring
import keyring.backends.fail
from keyring.errors import KeyringError, PasswordDeleteError

from app.services.errors import CredentialStoreUnavailable

KEYRING_SERVICE = "Frontdesk"
_NO_KEYRING = (
    "No secure password store (keyring) is available on this computer, so the API key cannot be "
    "saved. On Linux install and unlock a Secret Service provider such as GNOME Keyring or KWallet, "
    "or pass the key with FRONTDESK_API_KEY."
)


def keyring_available() -> bool:
    """Whether a real keyring backend (not the 'fail' placeholder) is configured."""
    backend = keyring.get_keyring()
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


def save_api_key(profile: str, api_key: str) -> None:
    """Store `api_key` for `profile` in the OS keyring."""
    if not keyring_available():
        raise CredentialStoreUnavailable(_NO_KEYRING)
    try:
        keyring.set_password(KEYRING_SERVICE, profile, api_key)
    except KeyringError as error:
        raise CredentialStoreUnavailable(f"{_NO_KEYRING} ({type(error).__name__})") from None


def load_api_key(profile: str) -> str | None:
    """The stored key for `profile`, or None when there is none or no keyring."""
    if not keyring_available():
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, profile)
    except KeyringError:
        return None


def forget_api_key(profile: str) -> None:
    """Remove the stored key for `profile` (no error when there was none)."""
    if not keyring_available():
        return
    try:
        keyring.delete_password(KEYRING_SERVICE, profile)
    except PasswordDeleteError:
        return

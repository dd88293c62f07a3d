"""API keys live in the operating system's keyring, never in a plain file.

One entry per profile, under the service name "Frontdesk". On machines with no keyring backend
(headless Linux, CI), storing fails with a clear message; the CLI then takes the key from
`--api-key` or `FRONTDESK_API_KEY` instead.

`keyring` is imported by the functions that use it, not with this module: loading it (and its
backends' entry points) costs tens of milliseconds, and a start with the key in FRONTDESK_API_KEY,
or the demo, never needs it before the calendar is on screen.
"""

from __future__ import annotations

from app.services.errors import CredentialStoreUnavailable

KEYRING_SERVICE = "Frontdesk"
NO_KEYRING_MESSAGE = (
    "No secure password store (keyring) is available on this computer, so the API key cannot be "
    "saved. On Linux install and unlock a Secret Service provider such as GNOME Keyring or KWallet, "
    "or pass the key with FRONTDESK_API_KEY."
)


def keyring_available() -> bool:
    """Whether a real keyring backend (not the 'fail' placeholder) is configured."""
    import keyring  # noqa: PLC0415 (see the module's docstring)
    import keyring.backends.fail  # noqa: PLC0415

    backend = keyring.get_keyring()
    return not isinstance(backend, keyring.backends.fail.Keyring) and backend.priority > 0


def save_api_key(profile: str, api_key: str) -> None:
    """Store `api_key` for `profile` in the OS keyring."""
    if not keyring_available():
        raise CredentialStoreUnavailable(NO_KEYRING_MESSAGE)
    import keyring  # noqa: PLC0415 (see the module's docstring)
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        keyring.set_password(KEYRING_SERVICE, profile, api_key)
    except KeyringError as error:
        raise CredentialStoreUnavailable(f"{NO_KEYRING_MESSAGE} ({type(error).__name__})") from None


def load_api_key(profile: str) -> str | None:
    """The stored key for `profile`, or None when there is none or no keyring."""
    if not keyring_available():
        return None
    import keyring  # noqa: PLC0415 (see the module's docstring)
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        return keyring.get_password(KEYRING_SERVICE, profile)
    except KeyringError:
        return None


def forget_api_key(profile: str) -> None:
    """Remove the stored key for `profile` (no error when there was none)."""
    if not keyring_available():
        return
    import keyring  # noqa: PLC0415 (see the module's docstring)
    from keyring.errors import PasswordDeleteError  # noqa: PLC0415

    try:
        keyring.delete_password(KEYRING_SERVICE, profile)
    except PasswordDeleteError:
        return

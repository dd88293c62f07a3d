"""The errors a practice-management system adapter raises, as types the caller can act on.

Every message is a sentence a receptionist understands. None carries a URL, an API key or a
telehealth link: the adapter builds them from constants and field names, never from request data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


class RemoteError(Exception):
    """Base of every error the remote layer raises on purpose (the rest are bugs)."""

    default_message = "The practice-management system refused the request."

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message or self.default_message)

    @property
    def message(self) -> str:
        return str(self.args[0])


class AuthenticationError(RemoteError):
    """401: the key is wrong, revoked, or sent to the wrong region (a wrong shard answers a bare 401)."""

    default_message = "The server refused the API key. Check the key, and its region suffix (e.g. -au1)."


class PermissionDeniedError(RemoteError):
    """403: the key's user may not do this."""

    default_message = (
        "The account this API key belongs to is not allowed to do that. "
        "Ask a Cliniko administrator to check the user's permissions."
    )


class NotFoundError(RemoteError):
    """404: the record does not exist (deleted, archived, or hidden from this user)."""

    default_message = "The record was not found on the server. It may have been deleted."


class ValidationRefused(RemoteError):
    """422: the server understood the request but refused its content; `errors` says why per field."""

    def __init__(self, errors: Mapping[str, Sequence[str]] | None = None) -> None:
        self.errors: dict[str, list[str]] = {field: list(msgs) for field, msgs in (errors or {}).items()}
        super().__init__(describe_validation_errors(self.errors))


class RateLimitedError(RemoteError):
    """429 that kept coming back after waiting for the window to reset."""

    default_message = (
        "Cliniko is receiving too many requests from this account. The app will try again shortly."
    )


class ServerUnavailableError(RemoteError):
    """5xx after retries, timeouts, refused or dropped connections: treat the server as offline."""

    default_message = (
        "Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again."
    )

    def __init__(self, reason: str | None = None) -> None:
        message = f"Cannot reach Cliniko ({reason}). " if reason else "Cannot reach Cliniko right now. "
        super().__init__(message + "The app keeps working from its saved copy and will try again.")


class AnswerLostError(ServerUnavailableError):
    """A create (POST) was sent but no usable answer came back: it may or may not have happened.

    Never retry blindly: first look for the record on the server (`find_appointments`) and adopt it.
    """

    def __init__(self, reason: str | None = None) -> None:
        RemoteError.__init__(
            self,
            "Cliniko did not confirm the booking"
            + (f" ({reason})" if reason else "")
            + ". It may have been made; the app will check before trying again.",
        )


class MalformedResponseError(RemoteError):
    """The server answered, but not in a shape the app can read."""

    default_message = "Cliniko sent an answer the app could not read. Please try again later."


class UnreadableBookingError(MalformedResponseError):
    """A create succeeded (2xx) but its answer could not be read: the booking exists, its id is unknown.

    Do not create it again: the next pull brings it in (or `find_appointments` finds it now).
    """

    default_message = (
        "Cliniko accepted the booking but sent back an answer the app could not read. "
        "It will appear after the next sync; do not book it again."
    )


def describe_validation_errors(errors: Mapping[str, Sequence[str]]) -> str:
    """One readable sentence from a 422 body's `errors`, e.g. "starts at: can't be blank; ..."."""
    if not errors:
        return "Cliniko did not accept the change."
    parts = []
    for field, messages in errors.items():
        text = ", ".join(m.strip() for m in messages if m.strip()) or "is not valid"
        # "base" is Rails' key for errors about the record as a whole: no field to name.
        label = "" if field in ("base", "") else field.replace("_", " ").strip()
        parts.append(f"{label}: {text}" if label else text)
    return "Cliniko did not accept the change: " + "; ".join(parts) + "."

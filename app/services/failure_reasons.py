"""The `Reason` behind a failure reported from below the services (remote, sync, store).

Those layers word their failures in English for the log and the CLI. A service that passes one on
as a `ServiceError` keeps that sentence as the message (the CLI prints it unchanged) and adds the
matching `Reason`, so the GUI can say the same thing in the user's language. Failures whose words
carry details only the lower layer knows (a database driver's text, a network library's) map to
their general meaning; those with nothing general to say map to None, and the GUI shows the message.
"""

from __future__ import annotations

from app.domain.reasons import Reason, ReasonCode
from app.remote.errors import (
    AnswerLostError,
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RemoteError,
    ServerUnavailableError,
    UnreadableBookingError,
    ValidationRefused,
)
from app.store.errors import CacheBusyError, CacheTooNewError, StoreError
from app.sync.errors import ConflictCannotBeKept, ConflictNotFound, MassDeletionRefused, SyncError

# How app.remote.errors.describe_validation_errors starts the sentence it builds from a 422 body.
_REFUSED_CHANGE_PREFIX = "Cliniko did not accept the change: "

_FIXED_REMOTE: tuple[tuple[type[RemoteError], ReasonCode], ...] = (
    # Subclasses before their bases.
    (AuthenticationError, ReasonCode.SERVER_REFUSED_KEY),
    (PermissionDeniedError, ReasonCode.SERVER_PERMISSION_DENIED),
    (NotFoundError, ReasonCode.SERVER_RECORD_NOT_FOUND),
    (RateLimitedError, ReasonCode.SERVER_RATE_LIMITED),
    (AnswerLostError, ReasonCode.BOOKING_NOT_CONFIRMED),
    (ServerUnavailableError, ReasonCode.SERVER_UNREACHABLE),
    (UnreadableBookingError, ReasonCode.BOOKING_ANSWER_UNREADABLE),
)


def remote_failure_reason(error: RemoteError) -> Reason | None:
    """What a remote failure means, as a `Reason` (None when only its own sentence says it)."""
    if isinstance(error, ValidationRefused):
        # The server's own explanation (field names and Cliniko's words) is data, passed on as is.
        message = error.message
        details = message.removeprefix(_REFUSED_CHANGE_PREFIX).removesuffix(".")
        if not message.startswith(_REFUSED_CHANGE_PREFIX) or not details.strip():
            return Reason.of(ReasonCode.SERVER_REFUSED_CHANGE)
        return Reason.of(ReasonCode.SERVER_REFUSED_CHANGE, details=details)
    for kind, code in _FIXED_REMOTE:
        if isinstance(error, kind):
            return Reason.of(code)
    if isinstance(error, MalformedResponseError) and error.message == MalformedResponseError.default_message:
        return Reason.of(ReasonCode.SERVER_ANSWER_UNREADABLE)
    return None


def sync_failure_reason(error: SyncError) -> Reason | None:
    """What a sync engine failure means, as a `Reason` (None for one this module does not know)."""
    if isinstance(error, MassDeletionRefused):
        return Reason.of(
            ReasonCode.MASS_DELETION_REFUSED, would_delete=error.would_delete, cached=error.cached
        )
    if isinstance(error, ConflictNotFound):
        return Reason.of(ReasonCode.SYNC_CONFLICT_SETTLED)
    if isinstance(error, ConflictCannotBeKept):
        return Reason.of(ReasonCode.SYNC_CONFLICT_CANNOT_KEEP)
    return None


def store_failure_reason(error: StoreError) -> Reason | None:
    """What a cache failure means, as a `Reason` (None when the database's own words say more)."""
    if isinstance(error, CacheBusyError):
        return Reason.of(ReasonCode.CACHE_BUSY)
    if isinstance(error, CacheTooNewError):
        return Reason.of(ReasonCode.CACHE_TOO_NEW)
    return None

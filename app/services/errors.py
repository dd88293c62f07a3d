"""The errors services raise: each carries a sentence a receptionist can act on.

Known failures are `ServiceError`s; anything else is a bug. `message` is the English sentence (what
the CLI prints). `reason`, when set, is the same failure as a `Reason` (`app.domain.reasons`): a
stable code with its facts, which the GUI words in the user's language (`app.ui.domain_text`).
Failures whose words come from outside (the operating system, a server's own explanation) may have
no `reason`; the GUI then shows `message`. Messages never hold a telehealth link, an API key or a
patient's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from app.domain.reason_english import english
from app.domain.reasons import Reason, ReasonCode

if TYPE_CHECKING:
    from app.domain.booking_validation import ValidationProblem
    from app.domain.conflicts import ConflictWarning


class ServiceError(Exception):
    """Base of every error a service reports to the user (known, not a bug).

    Built from a `Reason` (the message is its English) or from a sentence, optionally with the
    `reason` it stands for when the sentence holds details the reason leaves out.
    """

    def __init__(self, message: str | Reason, *, reason: Reason | None = None) -> None:
        if isinstance(message, Reason):
            reason, message = message, english(message)
        super().__init__(message)
        self.message = message
        self.reason = reason


class CredentialStoreUnavailable(ServiceError):
    """No usable OS keyring: the API key cannot be stored safely."""


class CacheUnavailable(ServiceError):
    """The local cache cannot be opened or used (damaged, locked, written by a newer version)."""


class InvalidRequest(ServiceError):
    """A request that cannot be understood (an unknown time zone, a malformed time, a bad code)."""


class AppointmentNotFound(ServiceError):
    """The appointment is not in the local cache (never synced, or deleted)."""

    def __init__(self, appointment_id: str) -> None:
        super().__init__(Reason.of(ReasonCode.APPOINTMENT_NOT_CACHED, appointment_id=appointment_id))
        self.appointment_id = appointment_id


class ChangeRefused(ServiceError):
    """The change is not allowed for this appointment as it stands (e.g. marking a cancelled one)."""


class BookingInvalid(ServiceError):
    """Input that blocks a booking or a change; `problems` name the fields to fix."""

    def __init__(self, problems: Sequence[ValidationProblem]) -> None:
        self.problems = tuple(problems)
        super().__init__(
            Reason.of(ReasonCode.BOOKING_INVALID, problems=tuple(problem.reason for problem in self.problems))
        )


class BookingHasWarnings(ServiceError):
    """Conflict warnings that need "Book anyway" (force) before the booking or change is saved."""

    def __init__(self, warnings: Sequence[ConflictWarning]) -> None:
        self.warnings = tuple(warnings)
        super().__init__(Reason.of(ReasonCode.BOOKING_HAS_WARNINGS, count=len(self.warnings)))


class InvalidApiKey(ServiceError):
    """The API key or server address cannot be used to build a connection (checked before any request)."""


class SyncAuthRefused(ServiceError):
    """The server refused the API key (401)."""


class ServerUnreachable(ServiceError):
    """The server could not be reached; local changes stay in the outbox."""


class SyncFailed(ServiceError):
    """A sync cycle stopped for another known reason (permission, unreadable answers, ...)."""

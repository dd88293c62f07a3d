"""Errors for invalid domain input: a programming or data mistake, never a scheduling warning."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.domain.reasons import Reason


class DomainError(Exception):
    """Base of every error the domain raises for input it cannot make sense of."""


class NaiveDatetimeError(DomainError, ValueError):
    """A datetime without a time zone reached a rule that only works on aware (UTC) times."""


class InvalidTimestampError(DomainError, ValueError):
    """Text that should be an ISO 8601 timestamp with a zone is not one."""


class InvalidRepeatRuleError(DomainError, ValueError):
    """A repeat rule outside what the app supports (frequency, interval or count)."""


class StatusChangeRefusedError(DomainError):
    """An appointment cannot move to the requested status (e.g. marking a cancelled one arrived).

    The text is English; `reason` (when given) is the same refusal as a `Reason` the GUI can translate.
    """

    def __init__(self, message: str, *, reason: Reason | None = None) -> None:
        super().__init__(message)
        self.reason = reason


def require_aware(value: object, name: str) -> None:
    """Raise `NaiveDatetimeError` unless `value` is a timezone-aware datetime."""
    if not isinstance(value, datetime):
        raise NaiveDatetimeError(f"{name} must be a datetime, not {type(value).__name__}.")
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError(f"{name} has no time zone; the domain works on aware UTC times.")


class LocalTimeError(DomainError, ValueError):
    """A wall-clock (naive) time was expected but an aware one was given, or the reverse."""

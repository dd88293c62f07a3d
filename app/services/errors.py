"""The errors services raise: each carries a sentence a receptionist can act on."""

from __future__ import annotations


class ServiceError(Exception):
    """Base of every error a service reports to the user (known, not a bug)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CredentialStoreUnavailable(ServiceError):
    """No usable OS keyring: the API key cannot be stored safely."""

"""An OS keyring stand-in kept in memory, and fixtures that swap it (or a failing one) in for a test.

Fixtures are registered where a conftest imports them (tests/unit/services, tests/ui/shell).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.errors
import pytest


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A real keyring backend kept in memory, as an OS keyring would be."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise keyring.errors.PasswordDeleteError(username)
        del self.entries[(service, username)]


@contextmanager
def keyring_in_use(backend: keyring.backend.KeyringBackend) -> Iterator[None]:
    """Make `backend` the process's keyring until the block ends, then put the previous one back."""
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """A working keyring, empty at the start."""
    backend = MemoryKeyring()
    with keyring_in_use(backend):
        yield backend


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable keyring, as on a machine without one."""
    with keyring_in_use(keyring.backends.fail.Keyring()):
        yield

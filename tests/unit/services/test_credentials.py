"""API keys go to the OS keyring, and a missing keyring gives a clear message."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import keyring.backends.fail
import pytest

from app.services import credentials
from app.services.errors import CredentialStoreUnavailable


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


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_key_round_trips_through_the_keyring(memory_keyring: MemoryKeyring) -> None:
    credentials.save_api_key("clinic", "MS0xLWFiY2RlZg-au2")
    assert memory_keyring.entries == {("Frontdesk", "clinic"): "MS0xLWFiY2RlZg-au2"}
    assert credentials.load_api_key("clinic") == "MS0xLWFiY2RlZg-au2"
    credentials.forget_api_key("clinic")
    assert credentials.load_api_key("clinic") is None
    credentials.forget_api_key("clinic")  # forgetting twice is fine


def test_missing_keyring_refuses_to_store_with_a_clear_message(no_keyring: None) -> None:
    with pytest.raises(CredentialStoreUnavailable) as caught:
        credentials.save_api_key("clinic", "secret-key-au1")
    assert "keyring" in caught.value.message
    assert "secret-key-au1" not in str(caught.value)
    assert credentials.load_api_key("clinic") is None

"""API keys go to the OS keyring, and a missing keyring gives a clear message."""

from __future__ import annotations

import pytest

from app.services import credentials
from app.services.errors import CredentialStoreUnavailable
from tests.support.memory_keyring import MemoryKeyring


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

"""Base URL from the key's shard, the https-only rule, and the request identity."""

from __future__ import annotations

import pytest

from app.remote.cliniko_connection import (
    DEFAULT_USER_AGENT,
    check_base_url,
    check_user_agent,
    cliniko_base_url,
    shard_of_key,
)

from .cliniko_fakes import API_KEY


@pytest.mark.parametrize(
    ("key", "shard"),
    [
        ("abcDEF123-au2", "au2"),
        ("abcDEF123-uk1", "uk1"),
        ("abc-DEF-123-eu1", "eu1"),  # the shard is after the last dash
        ("abcDEF123", "au1"),  # no suffix: the first Australian shard
        ("  abcDEF123-ca1 \n", "ca1"),  # pasted with blanks around it
        ("abcDEF123-zz42", "zz42"),  # a well-formed shard this version does not know yet
    ],
)
def test_shard_comes_from_the_key_suffix(key: str, shard: str) -> None:
    assert shard_of_key(key) == shard
    assert cliniko_base_url(key) == f"https://api.{shard}.cliniko.com/v1"


@pytest.mark.parametrize(
    "key",
    [
        "abcDEF123-AU1",  # upper case
        "abcDEF123-au123",  # too many digits
        "abcDEF123-a1",
        "abcDEF123-au",
        "abcDEF123-",
        "abcDEF123-evil.com/x",
        "abcDEF123-au1.attacker.net",
    ],
)
def test_a_malformed_shard_never_reaches_a_host_name(key: str) -> None:
    with pytest.raises(ValueError, match="region suffix") as caught:
        cliniko_base_url(key)
    assert "abcDEF123" not in str(caught.value)


@pytest.mark.parametrize("key", ["", "   ", "abc def-au1", "abc\tdef", "ключ-au1"])
def test_a_key_that_cannot_be_one_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match="API key"):
        shard_of_key(key)


def test_an_explicit_base_url_wins_over_the_shard() -> None:
    assert cliniko_base_url(API_KEY, "https://proxy.example.org/cliniko/v1/") == (
        "https://proxy.example.org/cliniko/v1"
    )


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8765/v1",
        "http://localhost:8765/v1",
        "http://[::1]:8765/v1",
        "HTTP://LOCALHOST:8765/v1",
        "https://api.example.org/v1",
    ],
)
def test_http_is_allowed_only_on_loopback(url: str) -> None:
    assert check_base_url(url) == url.rstrip("/")


@pytest.mark.parametrize(
    "url",
    [
        "http://api.au1.cliniko.com/v1",
        "http://192.168.1.10:8765/v1",
        "http://127.0.0.2:8765/v1",
        "http://localhost.attacker.net/v1",
        "http://127.0.0.1.nip.io/v1",
    ],
)
def test_plain_http_elsewhere_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match=r"https://"):
        check_base_url(url)


@pytest.mark.parametrize(
    ("url", "complaint"),
    [
        ("ftp://127.0.0.1/v1", "https://"),
        ("https:///v1", "host"),
        ("127.0.0.1:8765", "https://"),
        ("https://user:pass@api.example.org/v1", "user name or password"),
        ("https://api.example.org/v1?key=1", "query"),
        ("http://127.0.0.1:99999/v1", "not a valid URL"),
    ],
)
def test_unusable_base_urls_are_refused_without_echoing_them(url: str, complaint: str) -> None:
    with pytest.raises(ValueError, match=complaint) as caught:
        check_base_url(url)
    assert url not in str(caught.value)
    assert "user:pass" not in str(caught.value)


def test_user_agent_must_name_the_app_and_a_contact_email() -> None:
    assert DEFAULT_USER_AGENT.startswith("Frontdesk/")
    assert check_user_agent(DEFAULT_USER_AGENT) == DEFAULT_USER_AGENT
    assert check_user_agent("Clinic Tools (it@clinic.example)") == "Clinic Tools (it@clinic.example)"
    for bad in ("Frontdesk", "Frontdesk (nobody)", "(a@b.c)", "python-httpx/0.28"):
        with pytest.raises(ValueError, match="User-Agent"):
            check_user_agent(bad)

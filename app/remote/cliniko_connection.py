"""Where and how to reach Cliniko: the base URL from the key's shard, and the request identity.

A Cliniko key ends with its shard after the last '-' (`...-au2`); a key without one belongs to
`au1`. The shard is validated before it goes into a host name. An explicit base URL (the sandbox,
a proxy) must be https, except plain http on this computer's loopback address.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from app import APP_NAME, __version__
from app.log import remote_log

DEFAULT_SHARD = "au1"
KNOWN_SHARDS = frozenset({"au1", "au2", "au3", "au4", "uk1", "eu1", "ca1", "us1"})
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
DEFAULT_USER_AGENT = f"{APP_NAME}/{__version__} (support@frontdesk.app)"

_SHARD = re.compile(r"[a-z]{2}\d{1,2}")
# Printable ASCII without spaces: what an HTTP Basic user name can carry safely.
_KEY_CHARACTERS = re.compile(r"[\x21-\x7e]+")
# Cliniko asks for "APP_NAME (CONTACT_EMAIL)": a name, then an email address in parentheses.
_USER_AGENT = re.compile(r"\S.* \([^()\s]+@[^()\s]+\.[^()\s]+\)")


def check_api_key(api_key: str) -> str:
    """The key without surrounding blanks; ValueError (never echoing the key) when it cannot be one."""
    key = api_key.strip() if isinstance(api_key, str) else ""
    if not key:
        raise ValueError("The API key is empty. Paste the key from Cliniko's My Info > Manage API keys.")
    if not _KEY_CHARACTERS.fullmatch(key):
        raise ValueError("The API key contains spaces or characters an API key never has. Paste it again.")
    return key


def shard_of_key(api_key: str) -> str:
    """The shard the key belongs to: its suffix after the last '-', or `au1` when it has none."""
    key = check_api_key(api_key)
    _, dash, suffix = key.rpartition("-")
    if not dash:
        return DEFAULT_SHARD
    if not _SHARD.fullmatch(suffix):
        raise ValueError(
            "The API key's region suffix is not valid. A Cliniko key ends with its region, e.g. -au1 or -uk1."
        )
    if suffix not in KNOWN_SHARDS:
        # Cliniko adds shards over time; a well-formed new one is worth trying.
        remote_log.info("The API key names region %s, which this version does not know yet", suffix)
    return suffix


def cliniko_base_url(api_key: str, base_url: str | None = None) -> str:
    """The API root to use: the explicit `base_url` if given (checked), else the key's shard."""
    if base_url is not None:
        return check_base_url(base_url)
    return f"https://api.{shard_of_key(api_key)}.cliniko.com/v1"


def check_base_url(base_url: str) -> str:
    """`base_url` without a trailing slash, if it is https (or http on loopback); ValueError otherwise."""
    try:
        parts = urlsplit(base_url.strip())
        host = parts.hostname
        parts.port  # noqa: B018 - reading it validates the port
    except (AttributeError, ValueError):
        raise ValueError("The server address is not a valid URL.") from None
    scheme = parts.scheme.lower()
    if scheme not in ("https", "http") or not host:
        raise ValueError("The server address must start with https:// and name a host.")
    if parts.username is not None or parts.password is not None:
        # Credentials belong in the key, not in an address that may be shown or logged.
        raise ValueError("The server address must not contain a user name or password.")
    if parts.query or parts.fragment:
        raise ValueError("The server address must not contain a query (?) or fragment (#).")
    if scheme == "http" and host.lower() not in LOOPBACK_HOSTS:
        raise ValueError(
            "Plain http:// is allowed only for a server on this computer (localhost, 127.0.0.1 or ::1). "
            "Use https:// for any other server."
        )
    return base_url.strip().rstrip("/")


def check_user_agent(user_agent: str) -> str:
    """`user_agent` if it has the form Cliniko asks for, "Name (contact@example.com)"."""
    if not isinstance(user_agent, str) or not _USER_AGENT.fullmatch(user_agent.strip()):
        raise ValueError(
            'The User-Agent must be an app name and a contact email, e.g. "App (me@example.com)".'
        )
    return user_agent.strip()

"""Validators for single JSON values from Cliniko: ids, times, links, flags, text.

Each raises `RecordError` naming the field and what was wrong with it, never the value (which may be
personal or a secret link). They are small and called per field of every record, so they stay lean:
exact type checks, no regular expressions on the hot path.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

_UTC = UTC
_MAX_ID_DIGITS = 20  # 2^64 has 20 digits
_fromisoformat = datetime.fromisoformat

# A sync reads the same link and time strings over and over (a clinic has a few practitioners,
# businesses and types; slots start on the quarter hour). Remembering recent answers skips the
# parsing; the caches are emptied when full, which bounds memory without bookkeeping.
_CACHE_LIMIT = 20_000
_link_ids: dict[str, str] = {}
_times: dict[str, datetime] = {}


class RecordError(ValueError):
    """One record failed validation. The message names the field, never its value."""


def parse_id(value: Any, field: str = "id") -> str:
    """A Cliniko id as text: a string of ASCII digits, or a JSON integer (converted without a float)."""
    kind = type(value)
    if kind is str:
        if value.isdigit() and value.isascii() and len(value) <= _MAX_ID_DIGITS:
            return value
        raise RecordError(f"{field} is not a numeric id")
    if kind is int:
        if value >= 0:
            return str(value)
        raise RecordError(f"{field} is negative")
    if value is None:
        raise RecordError(f"{field} is missing")
    # A float, bool or anything else: a float id has already lost digits, so it cannot be trusted.
    raise RecordError(f"{field} is a {kind.__name__}, not an id")


def parse_time(value: Any, field: str) -> datetime:
    """An ISO 8601 time with 'Z' or an offset, as aware UTC."""
    if type(value) is not str:
        raise RecordError(f"{field} is missing" if value is None else f"{field} is not text")
    moment = _times.get(value)
    if moment is not None:
        return moment
    try:
        moment = _fromisoformat(value)
    except ValueError:
        raise RecordError(f"{field} is not an ISO 8601 time") from None
    zone = moment.tzinfo
    if zone is not _UTC:
        if zone is None or moment.utcoffset() is None:
            raise RecordError(f"{field} has no time zone")
        moment = moment.astimezone(_UTC)
    if len(_times) >= _CACHE_LIMIT:
        _times.clear()
    _times[value] = moment
    return moment


def parse_optional_time(value: Any, field: str) -> datetime | None:
    """Like `parse_time`, with null or "" meaning "none" (older API versions send "")."""
    if value is None or value == "":
        return None
    return parse_time(value, field)


def parse_optional_date(value: Any, field: str) -> date | None:
    """A calendar date "YYYY-MM-DD", or None for null or ""."""
    if value is None or value == "":
        return None
    if type(value) is not str:
        raise RecordError(f"{field} is not text")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise RecordError(f"{field} is not a YYYY-MM-DD date") from None


def link_id(record: dict[str, Any], field: str) -> str:
    """The id at the end of a relation link: `{"links": {"self": ".../practitioners/123"}}` -> "123"."""
    # The hot path first: a link seen before (a clinic has few practitioners, types, businesses).
    try:
        found = _link_ids.get(record[field]["links"]["self"])
    except (TypeError, KeyError):  # missing, null or malformed: the full check below says which
        found = None
    if found is not None:
        return found
    found = optional_link_id(record, field)
    if found is None:
        raise RecordError(f"{field} link is missing")
    return found


def optional_link_id(record: dict[str, Any], field: str) -> str | None:
    """Like `link_id`, with a missing or null relation meaning None."""
    relation = record.get(field)
    if relation is None:
        return None
    try:
        url = relation["links"]["self"]
    except (TypeError, KeyError):
        raise RecordError(f"{field} link is malformed") from None
    if type(url) is not str:
        raise RecordError(f"{field} link is not text")
    found = _link_ids.get(url)
    if found is not None:
        return found
    # Links are opaque but for their last path segment; drop any query or fragment first.
    path = url.split("?", 1)[0].split("#", 1)[0] if "?" in url or "#" in url else url
    segment = path.rstrip("/").rpartition("/")[2]
    if not (segment.isdigit() and segment.isascii() and len(segment) <= _MAX_ID_DIGITS):
        raise RecordError(f"{field} link does not end in an id")
    if len(_link_ids) >= _CACHE_LIMIT:
        _link_ids.clear()
    _link_ids[url] = segment
    return segment


def flag(value: Any, field: str, default: bool) -> bool:
    """A JSON boolean; null means `default`."""
    if value is True or value is False:
        return value
    if value is None:
        return default
    raise RecordError(f"{field} is not true or false")


def optional_text(value: Any, field: str) -> str | None:
    """A JSON string or null."""
    if value is None or type(value) is str:
        return value
    raise RecordError(f"{field} is not text")


def text(value: Any, field: str) -> str:
    """A JSON string, with null read as "" (names Cliniko leaves blank)."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    raise RecordError(f"{field} is not text")


def required_text(value: Any, field: str) -> str:
    """A non-empty JSON string."""
    if type(value) is str and value:
        return value
    raise RecordError(f"{field} is missing" if value in (None, "") else f"{field} is not text")


def whole_number(value: Any, field: str, *, minimum: int = 0) -> int:
    """A JSON integer (not a bool, not a float) at least `minimum`."""
    if type(value) is int and value >= minimum:
        return value
    if value is None:
        raise RecordError(f"{field} is missing")
    raise RecordError(f"{field} is not a whole number of at least {minimum}")


def reason_code(value: Any, field: str) -> str | None:
    """A cancellation reason code (sent as 50 or "50") as text; None for null."""
    if value is None or value == "":
        return None
    if type(value) is int:
        return str(value)
    if type(value) is str and value.isdigit() and value.isascii():
        return value
    raise RecordError(f"{field} is not a reason code")

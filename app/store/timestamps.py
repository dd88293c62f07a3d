"""How the cache stores time: integer microseconds since the Unix epoch, UTC.

Why integers rather than ISO text: an 8-byte integer key keeps the (practitioner, starts_at) indexes
small, range comparisons are plain integer compares, the conversion is exact in both directions
(server `updated_at` values keep their fractional seconds, which the sync cursors compare for
equality), and converting costs a subtraction rather than string formatting on the ingest hot path.
In the sqlite3 shell: `datetime(starts_at / 1000000, 'unixepoch')`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import BigInteger, Dialect, String
from sqlalchemy.types import TypeDecorator

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_ONE_MICROSECOND = timedelta(microseconds=1)


def to_epoch_us(moment: datetime) -> int:
    """An aware datetime as integer microseconds since the epoch; naive datetimes are refused."""
    try:
        return (moment - _EPOCH) // _ONE_MICROSECOND
    except TypeError:
        raise ValueError("the cache stores only timezone-aware datetimes") from None


def optional_epoch_us(moment: datetime | None) -> int | None:
    """`to_epoch_us`, passing None through."""
    if moment is None:
        return None
    try:
        return (moment - _EPOCH) // _ONE_MICROSECOND
    except TypeError:
        raise ValueError("the cache stores only timezone-aware datetimes") from None


# Encoded times, shared: the ingest converts the same start and end times over and over (slots
# start on the quarter hour, and the parser hands out one datetime object per distinct time), and a
# dictionary hit costs a fifth of the subtraction. Emptied when it grows large.
_ENCODED: dict[datetime, int] = {}
_ENCODED_LIMIT = 50_000


def to_epoch_us_memo(moment: datetime) -> int:
    """`to_epoch_us`, remembering the answer (for times that repeat: starts and ends)."""
    found = _ENCODED.get(moment)
    if found is None:
        found = to_epoch_us(moment)
        if len(_ENCODED) >= _ENCODED_LIMIT:
            _ENCODED.clear()
        _ENCODED[moment] = found
    return found


def encoded_memo() -> dict[datetime, int]:
    """The shared memo of `to_epoch_us_memo` (read-only use: hot loops look hits up inline)."""
    return _ENCODED


# Decoded datetimes, shared: a calendar week holds a few hundred distinct start and end times across
# thousands of rows, and a dictionary hit costs a tenth of building a datetime. Datetimes are
# immutable, so sharing is safe; the memo is simply emptied when it grows large.
_DECODED: dict[int, datetime] = {}
_DECODED_LIMIT = 200_000


def from_epoch_us(value: int) -> datetime:
    """Integer microseconds since the epoch as an aware UTC datetime."""
    found = _DECODED.get(value)
    if found is None:
        if len(_DECODED) >= _DECODED_LIMIT:
            _DECODED.clear()
        found = _DECODED[value] = _EPOCH + timedelta(microseconds=value)
    return found


def decoded_memo() -> dict[int, datetime]:
    """The shared memo of `from_epoch_us` (read-only use: hot loops look hits up inline)."""
    return _DECODED


def optional_from_epoch_us(value: int | None) -> datetime | None:
    """`from_epoch_us`, passing None through."""
    return None if value is None else from_epoch_us(value)


def optional_date_text(value: date | None) -> str | None:
    """A date as ISO text ("YYYY-MM-DD"), which sorts and compares like the date."""
    return None if value is None else value.isoformat()


def optional_date_from_text(value: str | None) -> date | None:
    """The inverse of `optional_date_text`."""
    return None if value is None else date.fromisoformat(value)


class UtcTimestamp(TypeDecorator[datetime]):
    """An aware UTC datetime stored as integer epoch microseconds (see the module docstring)."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None or isinstance(value, int):
            # Integers are already in storage form (the bulk paths convert up front).
            return value
        if isinstance(value, datetime):
            return to_epoch_us(value)
        raise TypeError(f"UtcTimestamp expects a datetime, got {type(value).__name__}")

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        return None if value is None else from_epoch_us(value)


class IsoDate(TypeDecorator[date]):
    """A calendar date (no time, no zone) stored as ISO text, so it can be searched by equality."""

    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, datetime):  # a datetime is a date subclass: refuse the mix-up
            raise TypeError("IsoDate expects a date, got a datetime")
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(f"IsoDate expects a date, got {type(value).__name__}")

    def process_result_value(self, value: Any, dialect: Dialect) -> date | None:
        return None if value is None else date.fromisoformat(value)

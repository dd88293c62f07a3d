"""UTC time as the API speaks it: parsing filter and body values, formatting, and a write clock.

Recorded instants (`updated_at`, `cancelled_at`, ...) are kept and served at millisecond
resolution, so a served string round-trips exactly through a `q[]=updated_at:>=...` filter (a
cursor built from a served value never skips or repeats a record because of hidden digits).
Scheduled times (`starts_at`, `ends_at`) are whole seconds. Each field has one fixed format, so
its strings sort in time order.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
ONE_MS = timedelta(milliseconds=1)


class TimeFormatError(ValueError):
    """A value that is not an ISO 8601 date-time the API accepts."""


def to_millis(moment: datetime) -> int:
    """Whole milliseconds since the epoch; a naive datetime is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment - EPOCH) // ONE_MS


def from_millis(millis: int) -> datetime:
    """The aware UTC datetime `millis` milliseconds after the epoch."""
    return EPOCH + timedelta(milliseconds=millis)


def truncate_to_seconds(moment: datetime) -> datetime:
    """`moment` in UTC with fractions of a second dropped (scheduled times are whole seconds)."""
    return from_millis(to_millis(moment) // 1000 * 1000)


def format_utc(moment: datetime | None) -> str | None:
    """A recorded instant (created_at, updated_at, ...): ISO 8601 UTC, always with milliseconds.

    One fixed width per field means the strings sort like the times they stand for.
    """
    if moment is None:
        return None
    return _as_utc(moment).isoformat(timespec="milliseconds")[:23] + "Z"


def format_utc_seconds(moment: datetime | None) -> str | None:
    """A scheduled time (starts_at, ends_at): ISO 8601 UTC to the second, `2024-08-30T18:00:00Z`."""
    if moment is None:
        return None
    return _as_utc(moment).isoformat(timespec="seconds")[:19] + "Z"


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is UTC:
        return moment
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def format_date(day: date | None) -> str | None:
    """`YYYY-MM-DD`, or None."""
    return day.isoformat() if day is not None else None


def parse_datetime(text: str) -> datetime:
    """Parse an ISO 8601 date-time with `Z` or an offset (a date alone means midnight UTC).

    A `+` that arrived as a space (an unencoded query string) is put back.
    """
    value = text.strip()
    if len(value) > 19 and value[-6] == " " and value[-3] == ":":
        value = f"{value[:-6]}+{value[-5:]}"
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as error:
        raise TimeFormatError(f"{text!r} is not an ISO 8601 date-time") from error
    if parsed.tzinfo is None:
        if "T" in value or " " in value:
            # A date-time without a zone is ambiguous; the API documents UTC, so require it.
            raise TimeFormatError(f"{text!r} has no time zone (use Z or an offset)")
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_date(text: str) -> date:
    """Parse `YYYY-MM-DD`."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise TimeFormatError(f"{text!r} is not a date (YYYY-MM-DD)") from error


class WriteClock:
    """Hands out write timestamps: real UTC time, millisecond resolution, strictly increasing.

    Strictly increasing so that `sort=updated_at` always puts a later write after an earlier one,
    even when two writes land in the same millisecond.
    """

    def __init__(self, not_before: datetime | None = None) -> None:
        self._lock = threading.Lock()
        self._last_ms = to_millis(not_before) if not_before is not None else 0

    def advance_past(self, moment: datetime) -> None:
        """Make every later timestamp come after `moment` (e.g. the newest row of a reopened database)."""
        with self._lock:
            self._last_ms = max(self._last_ms, to_millis(moment))

    def now(self) -> datetime:
        """The next write timestamp."""
        with self._lock:
            current = to_millis(datetime.now(UTC))
            self._last_ms = max(current, self._last_ms + 1)
            return from_millis(self._last_ms)

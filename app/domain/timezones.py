"""Time zones: every stored time is aware UTC; the calendar shows the business's zone.

DST rules for wall-clock times given in a zone (`local_to_utc`):
- a time that does not exist (inside a spring-forward gap, e.g. 02:30 on the night clocks jump from
  02:00 to 03:00) moves forward by the length of the gap (02:30 becomes 03:30 in the new offset);
- a time that happens twice (inside a fall-back overlap) takes the first occurrence (fold=0).
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.errors import InvalidTimestampError, LocalTimeError, require_aware

UTC = ZoneInfo("UTC")


def business_zone(identifier: str | None) -> ZoneInfo:
    """The zone for an IANA identifier; UTC for a missing or unknown one (never raises)."""
    if not identifier or not isinstance(identifier, str):
        return UTC
    try:
        return ZoneInfo(identifier.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # OSError covers names that are directories ("America") or too long for the file system.
        return UTC


def local_to_utc(local: datetime, zone: ZoneInfo) -> datetime:
    """The UTC instant of a naive wall-clock time in `zone` (gap: forward; overlap: first)."""
    if local.tzinfo is not None:
        raise LocalTimeError("local_to_utc expects a wall-clock time without a time zone.")
    # zoneinfo reads a gap time with fold=0 using the offset in force before the jump, which lands
    # the instant exactly "gap length" later on the wall clock; fold=0 also picks the first of twins.
    return local.replace(tzinfo=zone, fold=0).astimezone(UTC)


def utc_to_local(moment: datetime, zone: ZoneInfo) -> datetime:
    """`moment` (aware) as an aware wall-clock time in `zone`."""
    require_aware(moment, "moment")
    return moment.astimezone(zone)


def local_day_bounds(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """UTC half-open bounds [start, end) of a local calendar day (23 h or 25 h on DST days)."""
    start = local_to_utc(datetime.combine(day, time()), zone)
    end = local_to_utc(datetime.combine(day + timedelta(days=1), time()), zone)
    return start, end


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of the week holding `day` (0 = Monday ... 6 = Sunday)."""
    if not 0 <= first_weekday <= 6:
        raise LocalTimeError(f"first_weekday must be 0 (Monday) to 6 (Sunday), not {first_weekday}.")
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def week_bounds(day: date, zone: ZoneInfo, first_weekday: int = 0) -> tuple[datetime, datetime]:
    """UTC half-open bounds of the local week holding `day`; weeks start on `first_weekday`."""
    first = week_start(day, first_weekday)
    start, _ = local_day_bounds(first, zone)
    end, _ = local_day_bounds(first + timedelta(days=7), zone)
    return start, end


def parse_iso_utc(text: str) -> datetime:
    """Parse ISO 8601 with 'Z' or an offset into aware UTC; naive or malformed text raises."""
    if not isinstance(text, str):
        raise InvalidTimestampError(f"A timestamp must be text, not {type(text).__name__}.")
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InvalidTimestampError(f"Not an ISO 8601 timestamp: {text[:40]!r}.") from None
    if parsed.tzinfo is None:
        raise InvalidTimestampError(f"Timestamp has no time zone ('Z' or an offset): {text[:40]!r}.")
    return parsed.astimezone(UTC)


def format_iso_utc(moment: datetime) -> str:
    """`2024-08-30T18:00:00Z` (microseconds only when non-zero) for an aware datetime."""
    require_aware(moment, "moment")
    # isoformat's "auto" timespec already omits zero microseconds.
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat() + "Z"

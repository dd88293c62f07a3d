"""Repeating appointments: daily or weekly, every `interval` days/weeks, `count` appointments in all.

Occurrences are computed on the local wall clock of the business's zone with dateutil's rrule, so a
weekly 09:00 appointment stays at 09:00 local across DST changes (its UTC time moves by the offset).
Each occurrence keeps the first one's elapsed duration. A wall-clock start that falls into a
spring-forward gap moves forward by the gap (see `timezones.local_to_utc`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, cast
from zoneinfo import ZoneInfo

from dateutil.rrule import DAILY, WEEKLY, rrule

from app.domain.errors import InvalidRepeatRuleError, require_aware
from app.domain.timezones import UTC, local_to_utc

MAX_INTERVAL = 52
MAX_COUNT = 260


class RepeatFrequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


_RRULE_FREQUENCY = {RepeatFrequency.DAILY: DAILY, RepeatFrequency.WEEKLY: WEEKLY}


def _require_int(value: object, name: str, low: int, high: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidRepeatRuleError(f"The repeat {name} must be a whole number, not {value!r}.")
    if not low <= value <= high:
        raise InvalidRepeatRuleError(f"The repeat {name} must be between {low} and {high}, not {value}.")


@dataclass(frozen=True, slots=True)
class RepeatRule:
    """Every `interval` days or weeks, `count` appointments in all (the first one included)."""

    frequency: RepeatFrequency
    interval: int = 1
    count: int = 1

    def __post_init__(self) -> None:
        try:
            frequency = RepeatFrequency(self.frequency)
        except ValueError:
            raise InvalidRepeatRuleError(
                f"The repeat frequency must be 'daily' or 'weekly', not {self.frequency!r}."
            ) from None
        object.__setattr__(self, "frequency", frequency)
        _require_int(self.interval, "interval", 1, MAX_INTERVAL)
        _require_int(self.count, "count", 1, MAX_COUNT)

    @property
    def repeats(self) -> bool:
        """Whether the rule makes more than one appointment."""
        return self.count > 1


def expand_occurrences(
    starts_at: datetime, ends_at: datetime, rule: RepeatRule, zone: ZoneInfo
) -> list[tuple[datetime, datetime]]:
    """The (start, end) UTC pairs of every occurrence; the first is the given one."""
    require_aware(starts_at, "starts_at")
    require_aware(ends_at, "ends_at")
    duration = ends_at - starts_at
    first_start = starts_at.astimezone(UTC)
    occurrences = [(first_start, first_start + duration)]
    if rule.count == 1:
        return occurrences
    local_start = starts_at.astimezone(zone).replace(tzinfo=None, fold=0)
    local_starts = rrule(
        _RRULE_FREQUENCY[rule.frequency], dtstart=local_start, interval=rule.interval, count=rule.count
    )
    for local in list(local_starts)[1:]:
        start = local_to_utc(local, zone)
        occurrences.append((start, start + duration))
    return occurrences


def to_cliniko_repeat_rule(rule: RepeatRule | None) -> dict[str, Any] | None:
    """Cliniko's `repeat_rule` object, or None when the booking does not repeat.

    `number_of_repeats` is the number of appointments in the series, as Cliniko's "ends after N
    occurrences" counts them (the first included).
    """
    if rule is None or not rule.repeats:
        return None
    return {
        "repeat_type": rule.frequency.value,
        "repeating_interval": rule.interval,
        "number_of_repeats": rule.count,
    }


def from_cliniko_repeat_rule(obj: Mapping[str, Any] | str | None) -> RepeatRule | None:
    """A `RepeatRule` from Cliniko's `repeat_rule` (object or its JSON text); None when not repeating.

    Cliniko sends `{}`, null or `repeat_type: null` for a single appointment and capitalises the type
    in places ("Weekly"); both are accepted. Anything else malformed raises `InvalidRepeatRuleError`.
    """
    if isinstance(obj, str):
        if not obj.strip():
            return None
        try:
            obj = json.loads(obj)
        except ValueError:
            raise InvalidRepeatRuleError("The repeat rule is not valid JSON.") from None
    if obj is None:
        return None
    if not isinstance(obj, Mapping):
        raise InvalidRepeatRuleError(f"The repeat rule must be an object, not {type(obj).__name__}.")
    repeat_type = obj.get("repeat_type")
    if repeat_type is None or (isinstance(repeat_type, str) and repeat_type.strip().lower() in ("", "none")):
        return None
    count = obj.get("number_of_repeats", 1)
    if count in (None, 0):
        return None
    # Any value: RepeatRule converts it to a RepeatFrequency or refuses it with a clear message.
    frequency = cast(
        RepeatFrequency, repeat_type.strip().lower() if isinstance(repeat_type, str) else repeat_type
    )
    return RepeatRule(frequency=frequency, interval=obj.get("repeating_interval") or 1, count=count)

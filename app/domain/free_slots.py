"""Find the next free slot: the earliest time a practitioner can take an appointment of a given length.

A slot lies inside the business's opening hours (when the business has none on record, the default
clinic day applies: 08:00-18:00 local, Monday to Friday), overlaps no unavailable block and no
occupying appointment, and keeps at least `buffer` clear of the practitioner's other appointments.
Starts are aligned to `step` on the local wall clock (09:00, 09:05, ... for a 5-minute step).
The search jumps over busy intervals rather than trying every step, so a full calendar stays cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from app.domain.entities import Appointment, Business, UnavailableBlock
from app.domain.errors import DomainError, require_aware
from app.domain.opening_hours import DEFAULT_CLINIC_HOURS, Window, opening_windows
from app.domain.schedule_index import ScheduleIndex
from app.domain.timezones import local_day_bounds

FreeSlot = tuple[str, datetime, datetime]


def ceil_to_step(moment: datetime, zone: ZoneInfo, step: timedelta) -> datetime:
    """The first instant at or after `moment` that is a whole number of steps past local midnight."""
    day_start, _ = local_day_bounds(moment.astimezone(zone).date(), zone)
    steps = -(-(moment - day_start) // step)
    return day_start + steps * step


def find_next_free_slot(
    *,
    after: datetime,
    duration: timedelta,
    practitioner_ids: Sequence[str],
    appointments: Sequence[Appointment],
    blocks: Sequence[UnavailableBlock],
    business: Business | None,
    zone: ZoneInfo,
    step: timedelta = timedelta(minutes=5),
    horizon: timedelta = timedelta(days=60),
    buffer: timedelta = timedelta(0),
) -> FreeSlot | None:
    """The earliest (practitioner_id, start, end) starting in [after, after + horizon), or None.

    Ties go to the practitioner listed first in `practitioner_ids`.
    """
    require_aware(after, "after")
    if duration <= timedelta(0):
        raise DomainError("The appointment length must be more than zero.")
    if step <= timedelta(0):
        raise DomainError("The slot step must be more than zero.")
    hours = (
        business.opening_hours if business is not None and business.opening_hours else DEFAULT_CLINIC_HOURS
    )
    limit = after + horizon
    first_day = after.astimezone(zone).date() - timedelta(days=1)
    last_day = limit.astimezone(zone).date() + timedelta(days=1)
    windows = [w for w in opening_windows(hours, zone, first_day, last_day) if w[1] > after and w[0] < limit]
    ordered_ids = list(dict.fromkeys(practitioner_ids))
    index = ScheduleIndex(appointments, blocks, practitioner_ids=ordered_ids, patient_ids=())
    best: FreeSlot | None = None
    for practitioner_id in ordered_ids:
        # A later practitioner must beat the best so far strictly: ties keep the earlier one.
        deadline = limit if best is None else best[1]
        slot = _earliest_for(
            practitioner_id,
            after=after,
            duration=duration,
            windows=windows,
            index=index,
            zone=zone,
            step=step,
            buffer=buffer,
            deadline=deadline,
        )
        if slot is not None:
            best = slot
    return best


def _earliest_for(
    practitioner_id: str,
    *,
    after: datetime,
    duration: timedelta,
    windows: list[Window],
    index: ScheduleIndex,
    zone: ZoneInfo,
    step: timedelta,
    buffer: timedelta,
    deadline: datetime,
) -> FreeSlot | None:
    """The practitioner's earliest slot starting before `deadline`, or None."""
    appointments = index.appointment_index(practitioner_id)
    blocks = index.block_index(practitioner_id)
    for window_start, window_end in windows:
        start = ceil_to_step(max(after, window_start), zone, step)
        while start < deadline and start + duration <= window_end:
            end = start + duration
            busy_until = blocks.latest_end_overlapping(start, end) if blocks is not None else None
            if appointments is not None:
                # An appointment within `buffer` of the slot blocks it until `buffer` after its end.
                appointment_end = appointments.latest_end_overlapping(start - buffer, end + buffer)
                if appointment_end is not None:
                    candidate = appointment_end + buffer
                    busy_until = candidate if busy_until is None else max(busy_until, candidate)
            if busy_until is None:
                return practitioner_id, start, end
            start = ceil_to_step(max(busy_until, start + step), zone, step)
        if window_start >= deadline:
            break
    return None

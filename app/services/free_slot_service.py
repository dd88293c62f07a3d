"""Find next free slot (product.md, "The GUI"): the earliest time a type fits, for one practitioner or any.

The search reads the cache a week at a time (an indexed window query per week), so a practitioner
free tomorrow costs one small read, and a fully booked month only a few.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.free_slots import find_next_free_slot
from app.domain.timezones import business_zone
from app.services.errors import InvalidRequest
from app.services.workspace import ClinicWorkspace
from app.store.catalog import first_business, get_appointment_type, get_business, list_practitioners
from app.store.queries import appointments_in_window, unavailable_blocks_in_window

DEFAULT_HORIZON = timedelta(days=60)
_CHUNK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class FreeSlot:
    """A free slot: who, from when, until when (aware UTC)."""

    practitioner_id: str
    starts_at: datetime
    ends_at: datetime


def next_free_slot(
    workspace: ClinicWorkspace,
    *,
    appointment_type_id: str | None = None,
    duration: timedelta | None = None,
    practitioner_ids: Sequence[str] | None = None,
    after: datetime | None = None,
    business_id: str | None = None,
    horizon: timedelta = DEFAULT_HORIZON,
) -> FreeSlot | None:
    """The earliest free slot for a type (or a duration), for these practitioners (None: all active).

    Ties go to the practitioner listed first. None when nothing is free within `horizon`.
    """
    start = after if after is not None else workspace.now()
    settings = workspace.settings
    with workspace.reading() as session:
        length = duration
        if length is None:
            kind = get_appointment_type(session, appointment_type_id) if appointment_type_id else None
            if kind is None:
                raise InvalidRequest("Choose an appointment type (or a length) to find a free slot.")
            length = timedelta(minutes=kind.duration_in_minutes)
        if practitioner_ids is None:
            practitioner_ids = [p.id for p in list_practitioners(session, active_only=True)]
        if not practitioner_ids:
            return None
        business = get_business(session, business_id) if business_id else first_business(session)
        zone = business_zone(business.time_zone_identifier if business is not None else None)
        end_of_search = start + horizon
        chunk_start = start
        while chunk_start < end_of_search:
            chunk_end = min(chunk_start + _CHUNK, end_of_search)
            # A slot starting before chunk_end may run past it: read as far as it could reach.
            reach = chunk_end + length + settings.buffer
            appointments = appointments_in_window(
                session,
                practitioner_ids=practitioner_ids,
                start=chunk_start - settings.buffer,
                end=reach,
                include_cancelled=False,
            )
            blocks = unavailable_blocks_in_window(
                session, practitioner_ids=practitioner_ids, start=chunk_start, end=reach
            )
            found = find_next_free_slot(
                after=chunk_start,
                duration=length,
                practitioner_ids=practitioner_ids,
                appointments=appointments,
                blocks=blocks,
                business=business,
                zone=zone,
                step=settings.free_slot_step,
                horizon=chunk_end - chunk_start,
                buffer=settings.buffer,
            )
            if found is not None:
                return FreeSlot(*found)
            chunk_start = chunk_end
    return None

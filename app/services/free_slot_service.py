"""Find next free slot (product.md, "The GUI"): the earliest time a type fits, for one practitioner or any.

The search reads the cache a week at a time (an indexed window query per week), so a practitioner
free tomorrow costs one small read, and a fully booked month only a few.

Only practitioners who offer the chosen type are proposed. Whether they do is known from the cache
(`Practitioner.appointment_type_ids`); when it is not known for someone (None), they stay candidates,
as the booking's "type not offered" warning also stays quiet then.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.domain.entities import AppointmentType, Practitioner
from app.domain.free_slots import find_next_free_slot
from app.domain.timezones import business_zone
from app.services.errors import InvalidRequest
from app.services.workspace import ClinicWorkspace
from app.store.catalog import (
    first_business,
    get_appointment_type,
    get_business,
    list_practitioners,
)
from app.store.prepared import Executor
from app.store.queries import appointments_in_window, unavailable_blocks_in_window

DEFAULT_HORIZON = timedelta(days=60)
_CHUNK = timedelta(days=7)


class TypeNotOffered(InvalidRequest):
    """None of the practitioners asked about offers the appointment type."""


@dataclass(frozen=True, slots=True)
class FreeSlot:
    """A free slot: who, from when, until when (aware UTC)."""

    practitioner_id: str
    starts_at: datetime
    ends_at: datetime


def practitioners_offering(practitioners: Iterable[Practitioner], appointment_type_id: str) -> list[str]:
    """Ids of those who offer the type, or whose offered types are not known, in the order given."""
    return [
        p.id
        for p in practitioners
        if p.appointment_type_ids is None or appointment_type_id in p.appointment_type_ids
    ]


def _candidate_ids(
    session: Executor, practitioner_ids: Sequence[str] | None, kind: AppointmentType | None
) -> list[str]:
    """The practitioners to search, in order: those asked about (None: all active) who offer `kind`."""
    if practitioner_ids is None:
        candidates = list_practitioners(session, active_only=True)
    else:
        known = {p.id: p for p in list_practitioners(session, active_only=False)}
        candidates = [known[p_id] for p_id in dict.fromkeys(practitioner_ids) if p_id in known]
    if kind is None or not candidates:
        return [p.id for p in candidates]
    offering_ids = practitioners_offering(candidates, kind.id)
    if not offering_ids:
        if len(candidates) == 1:
            raise TypeNotOffered(f"{candidates[0].display_name} does not offer {kind.name}.")
        raise TypeNotOffered(f"None of these practitioners offers {kind.name}.")
    return offering_ids


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

    With a type, practitioners who do not offer it are skipped; `TypeNotOffered` when none of those
    asked about does. Ties go to the practitioner listed first. None when nothing is free within
    `horizon`.
    """
    start = after if after is not None else workspace.now()
    settings = workspace.settings
    with workspace.reading() as session:
        kind = get_appointment_type(session, appointment_type_id) if appointment_type_id else None
        if appointment_type_id and kind is None:
            raise InvalidRequest("The appointment type is not in the local copy. Sync and try again.")
        length = duration
        if length is None:
            if kind is None:
                raise InvalidRequest("Choose an appointment type (or a length) to find a free slot.")
            length = timedelta(minutes=kind.duration_in_minutes)
        practitioner_ids = _candidate_ids(session, practitioner_ids, kind)
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

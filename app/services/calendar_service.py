"""Everything a calendar day or week shows, read in one call: plain domain objects, no SQL.

    data = calendar_service.calendar_window(workspace, start, end, practitioner_ids)

The window query is one indexed range scan per practitioner; the pending flags come from the few
appointments the outbox names, so a busy week of twelve practitioners reads in a few ms.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from app.domain.entities import Appointment, AppointmentType, Business, Practitioner, UnavailableBlock
from app.domain.timezones import business_zone
from app.services.workspace import ClinicWorkspace
from app.store.appointment_lookups import unsynced_appointment_ids
from app.store.catalog import first_business, list_appointment_types, list_practitioners
from app.store.queries import appointments_in_window, unavailable_blocks_in_window


@dataclass(frozen=True, slots=True)
class CalendarData:
    """One screen of the calendar: who, what types, which appointments and blocks, what is unsynced."""

    start: datetime
    end: datetime
    zone: ZoneInfo
    business: Business | None
    # Active practitioners, by name (the columns); the filter chooses among them.
    practitioners: tuple[Practitioner, ...]
    # Every type by id, archived ones included, so old appointments keep their colour and name.
    appointment_types: Mapping[str, AppointmentType]
    appointments: tuple[Appointment, ...]
    blocks: tuple[UnavailableBlock, ...]
    pending_ids: frozenset[str]


def calendar_window(
    workspace: ClinicWorkspace,
    start: datetime,
    end: datetime,
    practitioner_ids: Sequence[str] | None = None,
    *,
    include_cancelled: bool = True,
) -> CalendarData:
    """The calendar's data for [start, end), for some practitioners (None: every active one)."""
    with workspace.reading() as session:
        practitioners = tuple(list_practitioners(session, active_only=True))
        chosen = list(practitioner_ids) if practitioner_ids is not None else [p.id for p in practitioners]
        appointments = tuple(
            appointments_in_window(
                session, practitioner_ids=chosen, start=start, end=end, include_cancelled=include_cancelled
            )
        )
        blocks = tuple(unavailable_blocks_in_window(session, practitioner_ids=chosen, start=start, end=end))
        pending = unsynced_appointment_ids(session, [a.id for a in appointments])
        types = {t.id: t for t in list_appointment_types(session, include_archived=True)}
        business = first_business(session)
    return CalendarData(
        start=start,
        end=end,
        zone=business_zone(business.time_zone_identifier if business is not None else None),
        business=business,
        practitioners=practitioners,
        appointment_types=types,
        appointments=appointments,
        blocks=blocks,
        pending_ids=pending,
    )

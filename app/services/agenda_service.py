"""A day's agenda from the cache: the appointments starting on a local date, with their desk details.

Deleted appointments are left out; cancelled ones are listed with their status (product.md,
"Headless interface"). The day is a calendar date in a zone: by default the business's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.domain.timezones import business_zone, local_day_bounds
from app.services.appointment_views import AgendaItem, describe_appointments
from app.services.errors import InvalidRequest
from app.services.workspace import ClinicWorkspace
from app.store.catalog import first_business, get_business
from app.store.prepared import Executor
from app.store.queries import appointments_starting_in


@dataclass(frozen=True, slots=True)
class Agenda:
    """The appointments starting on `day` in `zone`, by start then id."""

    day: date
    zone: ZoneInfo
    items: list[AgendaItem]


def parse_zone(name: str) -> ZoneInfo:
    """The IANA zone called `name`; InvalidRequest with a plain sentence when there is none."""
    text = name.strip()
    try:
        return ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise InvalidRequest(
            f"Unknown time zone {text[:60]!r}; use an IANA name such as Australia/Sydney."
        ) from None


def clinic_zone(workspace: ClinicWorkspace, business_id: str | None = None) -> ZoneInfo:
    """The business's zone (the first business when none is named); UTC before the first sync."""
    with workspace.reading() as session:
        return _clinic_zone(session, business_id)


def _clinic_zone(session: Executor, business_id: str | None) -> ZoneInfo:
    business = get_business(session, business_id) if business_id else first_business(session)
    return business_zone(business.time_zone_identifier if business is not None else None)


def agenda_for_day(
    workspace: ClinicWorkspace,
    day: date,
    *,
    zone: ZoneInfo | None = None,
    practitioner_ids: Sequence[str] | None = None,
) -> Agenda:
    """The agenda of `day` in `zone` (default: the business's), for some practitioners (None: all)."""
    with workspace.reading() as session:
        chosen_zone = zone if zone is not None else _clinic_zone(session, None)
        start, end = local_day_bounds(day, chosen_zone)
        appointments = appointments_starting_in(
            session,
            practitioner_ids=list(practitioner_ids) if practitioner_ids else None,
            start=start,
            end=end,
            include_cancelled=True,
        )
        items = describe_appointments(session, workspace, appointments)
    return Agenda(day=day, zone=chosen_zone, items=items)

"""Everything a calendar day or week shows, read in one call: plain domain objects, no SQL.

    data = calendar_service.calendar_window(workspace, start, end, practitioner_ids)

The window query is one indexed range scan per practitioner; the pending flags come from the few
appointments the outbox names, so a busy week of twelve practitioners reads in a few ms. The
practitioners, appointment types and business change rarely (a sync writes them now and then), so
they are kept between calls for as long as the store's catalog version stays the same.

    calendar_service.prefetch_calendar_window(workspace, next_start, next_end, practitioner_ids)

reads the window the user is likely to open next (the calendar asks for it once it is idle), so
that opening it costs no query. The prefetched window is handed out only while nothing at all has
been committed to the cache since it was read (`CacheDatabase.change_token`): a booking, a sync page
or another process's write makes it a plain read again, so it is never staler than a fresh read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from types import MappingProxyType
from weakref import WeakKeyDictionary
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from app.domain.entities import Appointment, AppointmentType, Business, Practitioner, UnavailableBlock
from app.domain.timezones import business_zone
from app.services.workspace import ClinicWorkspace
from app.store.appointment_lookups import unsynced_appointment_ids
from app.store.bulk import catalog_version
from app.store.catalog import first_business, list_appointment_types, list_practitioners
from app.store.change_watch import ChangeToken
from app.store.database import CacheDatabase
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


@dataclass(frozen=True, slots=True)
class _Catalog:
    """The reference data a calendar shows, as read at one catalog version of one cache."""

    version: int | None
    practitioners: tuple[Practitioner, ...]
    appointment_types: Mapping[str, AppointmentType]
    business: Business | None
    zone: ZoneInfo


# What identifies a window read: start, end, the practitioners asked for, cancelled included.
_WindowKey = tuple[datetime, datetime, tuple[str, ...] | None, bool]


@dataclass(frozen=True, slots=True)
class _Prefetched:
    """A window read ahead of time, and the cache's change token taken just before reading it."""

    key: _WindowKey
    token: ChangeToken
    data: CalendarData


# Per open cache (forgotten with it). Read and replaced on the thread that reads the calendar.
_catalogs: WeakKeyDictionary[CacheDatabase, _Catalog] = WeakKeyDictionary()
_prefetched: WeakKeyDictionary[CacheDatabase, _Prefetched] = WeakKeyDictionary()


def calendar_window(
    workspace: ClinicWorkspace,
    start: datetime,
    end: datetime,
    practitioner_ids: Sequence[str] | None = None,
    *,
    include_cancelled: bool = True,
) -> CalendarData:
    """The calendar's data for [start, end), for some practitioners (None: every active one)."""
    key = _window_key(start, end, practitioner_ids, include_cancelled)
    kept = _prefetched.get(workspace.database)
    if kept is not None and kept.key == key and kept.token == workspace.database.change_token():
        return kept.data  # the token is asked only when the key matches: most calls cost nothing more
    return _read_window(workspace, start, end, practitioner_ids, include_cancelled=include_cancelled)


def prefetch_calendar_window(
    workspace: ClinicWorkspace,
    start: datetime,
    end: datetime,
    practitioner_ids: Sequence[str] | None = None,
    *,
    include_cancelled: bool = True,
) -> bool:
    """Read a window ahead, for `calendar_window` to hand out while the cache is unchanged.

    Returns whether a window is now held (False for a cache that cannot tell changes, e.g. in memory).
    One window is held per cache: the one the user is most likely to open next.
    """
    database = workspace.database
    key = _window_key(start, end, practitioner_ids, include_cancelled)
    token = database.change_token()  # taken before reading: a commit during the read changes it
    if token is None:
        return False
    kept = _prefetched.get(database)
    if kept is not None and kept.key == key and kept.token == token:
        return True
    data = _read_window(workspace, start, end, practitioner_ids, include_cancelled=include_cancelled)
    _prefetched[database] = _Prefetched(key, token, data)
    return True


def _window_key(
    start: datetime, end: datetime, practitioner_ids: Sequence[str] | None, include_cancelled: bool
) -> _WindowKey:
    chosen = tuple(practitioner_ids) if practitioner_ids is not None else None
    return (start, end, chosen, include_cancelled)


def _read_window(
    workspace: ClinicWorkspace,
    start: datetime,
    end: datetime,
    practitioner_ids: Sequence[str] | None,
    *,
    include_cancelled: bool,
) -> CalendarData:
    with workspace.reading() as session:
        catalog = _catalog(workspace.database, session)
        practitioners = catalog.practitioners
        chosen = list(practitioner_ids) if practitioner_ids is not None else [p.id for p in practitioners]
        appointments = tuple(
            appointments_in_window(
                session, practitioner_ids=chosen, start=start, end=end, include_cancelled=include_cancelled
            )
        )
        blocks = tuple(unavailable_blocks_in_window(session, practitioner_ids=chosen, start=start, end=end))
        pending = unsynced_appointment_ids(session, [a.id for a in appointments])
    return CalendarData(
        start=start,
        end=end,
        zone=catalog.zone,
        business=catalog.business,
        practitioners=practitioners,
        appointment_types=catalog.appointment_types,
        appointments=appointments,
        blocks=blocks,
        pending_ids=pending,
    )


def _catalog(database: CacheDatabase, session: Session) -> _Catalog:
    """The practitioners, types and business in this read's snapshot: kept, or read afresh.

    The version is read in the same transaction as the appointments, so kept data is exactly what
    this snapshot holds (every write of that data goes through `app.store.bulk`, which counts it).
    """
    version = catalog_version(session)
    known = _catalogs.get(database)
    if known is not None and known.version == version:
        return known
    business = first_business(session)
    types = {t.id: t for t in list_appointment_types(session, include_archived=True)}
    fresh = _Catalog(
        version=version,
        practitioners=tuple(list_practitioners(session, active_only=True)),
        # Shared between calls, so read-only.
        appointment_types=MappingProxyType(types),
        business=business,
        zone=business_zone(business.time_zone_identifier if business is not None else None),
    )
    _catalogs[database] = fresh
    return fresh

"""Helpers for the sync tests: run the engine against a real sandbox, make desk-side changes, compare.

Imported by the tests of this directory (conftest.py puts it on the path) and by the sync state
machine test. Desk-side changes are written the way the services write them: the cache row and an
outbox entry in one transaction, the entry based on the row's server version.
"""

from __future__ import annotations

import asyncio
import random
import ssl
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import httpx
from sqlalchemy import select

from app.domain.entities import Appointment
from app.remote.cliniko_adapter import ClinikoAdapter
from app.sandbox import schema
from app.sandbox.ids import IdFactory
from app.sandbox.server import SandboxServer
from app.store.database import CacheDatabase
from app.store.local_writes import appointment_sync_state, new_local_id, save_local_appointment
from app.store.models import (
    AppointmentRow,
    AppointmentTypeRow,
    AttendeeRow,
    PatientRow,
    PractitionerRow,
    UnavailableBlockRow,
)
from app.store.outbox import OutboxKind, enqueue
from app.store.outbox_payloads import (
    ArrivalPayload,
    CancelPayload,
    ChangePayload,
    CreatePayload,
    DeletePayload,
    OutboxPayload,
)
from app.store.queries import get_appointment
from app.sync.engine import SyncEngine
from app.sync.pull import CommitPolicy
from app.sync.status import SyncObserver, SyncPhase, SyncProgress, SyncSummary

API_KEY = "demo-au1"
DROPPED = -1  # the status recorded for an exchange whose connection failed
T = TypeVar("T")


async def no_wait(_seconds: float) -> None:
    """A sleep that only yields: retries and backoff happen at once (tests must not wait)."""
    await asyncio.sleep(0)


# No client-side pacing (the test servers run without a limit unless a test sets one) and instant
# backoff between retries.
FAST: dict[str, Any] = {"requests_per_minute": 1_000_000, "sleep": no_wait}
# The sandbox speaks plain HTTP on loopback, but every httpx transport builds a TLS context and loads
# the CA bundle (some 35 ms): one context, made once, serves every run of the engine.
_TLS_CONTEXT = ssl.create_default_context()


def loopback_transport() -> httpx.AsyncHTTPTransport:
    """A real HTTP transport for the sandbox, without building a TLS context of its own."""
    return httpx.AsyncHTTPTransport(verify=_TLS_CONTEXT)


def run_engine(
    server: SandboxServer,
    database: CacheDatabase,
    action: Callable[[SyncEngine], Awaitable[T]],
    *,
    api_key: str = API_KEY,
    observer: SyncObserver | None = None,
    allow_mass_delete: bool = False,
    transport: httpx.AsyncBaseTransport | None = None,
    commit_policy: CommitPolicy | None = None,
    **adapter_options: Any,
) -> T:
    """Run `action(engine)` on a fresh event loop with an adapter for `server`; close both after."""
    options = {**FAST, **adapter_options}
    base_url = server.base_url

    async def main() -> T:
        adapter = ClinikoAdapter(
            api_key, base_url=base_url, transport=transport or loopback_transport(), **options
        )
        engine = SyncEngine(
            database,
            adapter,
            observer=observer,
            allow_mass_delete=allow_mass_delete,
            commit_policy=commit_policy,
        )
        try:
            return await action(engine)
        finally:
            engine.close()
            await adapter.close()

    return asyncio.run(main())


def sync(
    server: SandboxServer,
    database: CacheDatabase,
    *,
    visible_window: tuple[datetime, datetime] | None = None,
    **options: Any,
) -> SyncSummary:
    """One `run_once` against `server`."""
    return run_engine(
        server, database, lambda engine: engine.run_once(visible_window=visible_window), **options
    )


@dataclass
class RecordingObserver:
    """Keeps every phase change and progress report, and runs an optional hook on each report."""

    phases: list[tuple[SyncPhase, str | None]] = field(default_factory=list)
    reports: list[SyncProgress] = field(default_factory=list)
    on_progress: Callable[[SyncProgress], None] | None = None
    on_phase: Callable[[SyncPhase], None] | None = None

    def sync_phase_changed(self, phase: SyncPhase, detail: str | None) -> None:
        self.phases.append((phase, detail))
        if self.on_phase is not None:
            self.on_phase(phase)

    def sync_progress(self, progress: SyncProgress) -> None:
        self.reports.append(progress)
        if self.on_progress is not None:
            self.on_progress(progress)


class RecordingTransport(httpx.AsyncBaseTransport):
    """Real HTTP, remembering (method, path, status or DROPPED) of every exchange; `drop` loses answers.

    A dropped exchange reaches the server (the work is done) and then the client sees the connection
    fail mid-answer, like the sandbox's fault injection, but for exactly the requests a test picks.
    """

    def __init__(self, drop: Callable[[httpx.Request], bool] | None = None) -> None:
        self._inner = loopback_transport()
        self._drop = drop
        self.exchanges: list[tuple[str, str, int]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError:
            self.exchanges.append((request.method, request.url.path, DROPPED))
            raise
        if self._drop is not None and self._drop(request):
            self.exchanges.append((request.method, request.url.path, DROPPED))
            await response.aclose()
            raise httpx.ReadError("answer dropped by the test", request=request)
        self.exchanges.append((request.method, request.url.path, response.status_code))
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()

    def count(self, method: str | None = None, path_suffix: str = "", status: int | None = None) -> int:
        """How many exchanges match."""
        return sum(
            1
            for m, path, code in self.exchanges
            if (method is None or m == method)
            and path.endswith(path_suffix)
            and (status is None or code == status)
        )


# --- a small clinic on an empty sandbox -----------------------------------------------------------


@dataclass(frozen=True)
class Clinic:
    """Ids of a small clinic's records on the sandbox."""

    business_id: str
    practitioner_ids: tuple[str, ...]
    type_ids: tuple[str, ...]  # the first has telehealth on, the last is archived
    patient_ids: tuple[str, ...]
    day: datetime  # midnight UTC of a day well in the future: every slot is bookable and unended

    def slot(self, n: int, minutes: int = 30) -> tuple[datetime, datetime]:
        """The n-th half-hour slot from 08:00 on `day` (rolling over to later days)."""
        start = self.day + timedelta(hours=8) + timedelta(minutes=30 * (n % 20)) + timedelta(days=n // 20)
        return start, start + timedelta(minutes=minutes)


def small_clinic(
    server: SandboxServer, *, practitioners: int = 2, patients: int = 6, seed: int = 3
) -> Clinic:
    """Insert one business, practitioners, three types (one telehealth, one archived) and patients."""
    ids = IdFactory(random.Random(seed))
    stamp = datetime.now(UTC).replace(microsecond=0) - timedelta(days=2)
    business_id = ids.new_id()
    business = {
        "id": business_id,
        "business_name": "Test Clinic",
        "time_zone": "Sydney",
        "time_zone_identifier": "Australia/Sydney",
        "created_at": stamp,
        "updated_at": stamp,
    }
    practitioner_rows = [
        {
            "id": ids.new_id(),
            "user_id": None,
            "title": "",
            "first_name": f"Prac{n}",
            "last_name": "Tester",
            "active": True,
            "show_in_online_bookings": True,
            "created_at": stamp,
            "updated_at": stamp,
        }
        for n in range(practitioners)
    ]
    type_specs = [
        ("Telehealth Session", True, None),
        ("Consultation", False, None),
        ("Old Type", None, stamp),
    ]
    type_rows = [
        {
            "id": ids.new_id(),
            "name": name,
            "color": "#336699",
            "duration_in_minutes": 30,
            "max_attendees": 1,
            "telehealth_enabled": telehealth,
            "show_in_online_bookings": True,
            "archived_at": archived,
            "created_at": stamp,
            "updated_at": stamp,
        }
        for name, telehealth, archived in type_specs
    ]
    offers = [
        {"practitioner_id": p["id"], "appointment_type_id": t["id"]}
        for p in practitioner_rows
        for t in type_rows[:2]
    ]
    patient_rows = [
        {
            "id": ids.new_id(),
            "first_name": f"Pat{n}",
            "last_name": "Example",
            "created_at": stamp,
            "updated_at": stamp,
        }
        for n in range(patients)
    ]
    server.store.insert_rows(
        [
            ("businesses", [business]),
            ("practitioners", practitioner_rows),
            ("appointment_types", type_rows),
            ("practitioner_appointment_types", offers),
            ("patients", patient_rows),
        ]
    )
    day = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0) + timedelta(days=30)
    return Clinic(
        business_id=str(business_id),
        practitioner_ids=tuple(str(p["id"]) for p in practitioner_rows),
        type_ids=tuple(str(t["id"]) for t in type_rows),
        patient_ids=tuple(str(p["id"]) for p in patient_rows),
        day=day,
    )


def server_book(
    server: SandboxServer, clinic: Clinic, slot: int, *, practitioner: int = 0, patient: int = 0
) -> str:
    """Book on the server behind the app's back (another desk); returns the new id."""
    start, end = clinic.slot(slot)
    return server.store.create_appointment(
        {
            "starts_at": start.isoformat(),
            "ends_at": end.isoformat(),
            "practitioner_id": clinic.practitioner_ids[practitioner],
            "patient_id": clinic.patient_ids[patient],
            "appointment_type_id": clinic.type_ids[0],
            "business_id": clinic.business_id,
        }
    )


# --- the desk: local changes as the services make them ---------------------------------------------


class Desk:
    """Writes local changes to the cache and the outbox in one transaction, like the services do."""

    def __init__(self, database: CacheDatabase) -> None:
        self.database = database

    def book(
        self,
        *,
        practitioner_id: str,
        patient_id: str,
        appointment_type_id: str,
        business_id: str,
        starts_at: datetime,
        ends_at: datetime,
        notes: str | None = None,
    ) -> str:
        """A booking made offline: a local id, the row, a create entry."""
        local_id = new_local_id()
        appointment = Appointment(
            id=local_id,
            starts_at=starts_at,
            ends_at=ends_at,
            practitioner_id=practitioner_id,
            appointment_type_id=appointment_type_id,
            business_id=business_id,
            patient_id=patient_id,
            notes=notes,
            created_at=datetime.now(UTC),
        )
        payload = CreatePayload(
            starts_at=starts_at,
            ends_at=ends_at,
            practitioner_id=practitioner_id,
            patient_id=patient_id,
            appointment_type_id=appointment_type_id,
            business_id=business_id,
            notes=notes,
        )
        with self.database.write_session() as session:
            save_local_appointment(session, appointment)
            enqueue(
                session,
                kind=OutboxKind.CREATE,
                appointment_id=local_id,
                payload=payload.to_json(),
                base_remote_updated_at=None,
            )
        return local_id

    def book_in(
        self, clinic: Clinic, slot: int, *, practitioner: int = 0, patient: int = 0, type_index: int = 0
    ) -> str:
        """`book` into a slot of the small clinic."""
        start, end = clinic.slot(slot)
        return self.book(
            practitioner_id=clinic.practitioner_ids[practitioner],
            patient_id=clinic.patient_ids[patient],
            appointment_type_id=clinic.type_ids[type_index],
            business_id=clinic.business_id,
            starts_at=start,
            ends_at=end,
        )

    def move(self, appointment_id: str, starts_at: datetime, ends_at: datetime) -> None:
        """Move to a new time."""
        payload = ChangePayload(starts_at=starts_at, ends_at=ends_at)
        self._change(appointment_id, OutboxKind.MOVE, payload, starts_at=starts_at, ends_at=ends_at)

    def set_notes(self, appointment_id: str, notes: str) -> None:
        """Edit the notes."""
        self._change(appointment_id, OutboxKind.CHANGE, ChangePayload(notes=notes), notes=notes)

    def cancel(self, appointment_id: str, reason: str = "50", note: str | None = "Changed plans") -> None:
        """Cancel with a reason."""
        now = datetime.now(UTC)
        self._change(
            appointment_id,
            OutboxKind.CANCEL,
            CancelPayload(reason=reason, note=note),
            cancelled_at=now,
            cancellation_reason=reason,
            cancellation_note=note,
        )

    def delete(self, appointment_id: str) -> None:
        """Delete (the row stays, marked deleted and pending, until the server confirms)."""
        self._change(appointment_id, OutboxKind.DELETE, DeletePayload(), deleted_at=datetime.now(UTC))

    def arrived(self, appointment_id: str) -> None:
        """Mark the patient arrived."""
        payload = ArrivalPayload(patient_arrived=True, did_not_arrive=False)
        self._change(appointment_id, OutboxKind.ARRIVED, payload, patient_arrived=True, did_not_arrive=False)

    def did_not_arrive(self, appointment_id: str) -> None:
        """Mark the patient as not arrived."""
        payload = ArrivalPayload(patient_arrived=False, did_not_arrive=True)
        self._change(
            appointment_id, OutboxKind.DID_NOT_ARRIVE, payload, patient_arrived=False, did_not_arrive=True
        )

    def _change(self, appointment_id: str, kind: OutboxKind, payload: OutboxPayload, **fields: Any) -> None:
        with self.database.write_session() as session:
            current = get_appointment(session, appointment_id)
            state = appointment_sync_state(session, appointment_id)
            assert current is not None, f"no cached appointment {appointment_id}"
            assert state is not None
            save_local_appointment(session, replace(current, **fields))
            enqueue(
                session,
                kind=kind,
                appointment_id=appointment_id,
                payload=payload.to_json(),
                base_remote_updated_at=state.remote_updated_at,
            )


# --- comparing the two sides ----------------------------------------------------------------------


def _id(value: Any) -> str | None:
    return None if value is None else str(value)


def server_state(server: SandboxServer) -> dict[str, dict[str, Any]]:
    """What the cache should hold, read straight from the sandbox's tables."""
    a, at, p, t, b, pr = (
        schema.individual_appointments,
        schema.attendees,
        schema.patients,
        schema.appointment_types,
        schema.unavailable_blocks,
        schema.practitioners,
    )
    with server.store.engine.connect() as connection:
        appointments = {
            str(row.id): (
                row.starts_at,
                row.ends_at,
                str(row.practitioner_id),
                str(row.appointment_type_id),
                _id(row.patient_id),
                row.notes,
                bool(row.patient_arrived),
                bool(row.did_not_arrive),
                row.cancelled_at is not None,
                row.updated_at,
            )
            for row in connection.execute(select(a).where(a.c.deleted_at.is_(None)))
        }
        attendees = {
            str(row.id): (str(row.appointment_id), _id(row.patient_id), row.telehealth_url)
            for row in connection.execute(select(at).where(at.c.deleted_at.is_(None)))
        }
        patients = {str(row.id): row.archived_at is not None for row in connection.execute(select(p))}
        types = {
            str(row.id): (row.name, bool(row.telehealth_enabled), row.archived_at is not None)
            for row in connection.execute(select(t))
        }
        blocks = {str(row.id) for row in connection.execute(select(b.c.id).where(b.c.deleted_at.is_(None)))}
        practitioners = {str(row.id) for row in connection.execute(select(pr.c.id).where(pr.c.active))}
    return {
        "appointments": appointments,
        "attendees": attendees,
        "patients": patients,
        "types": types,
        "blocks": dict.fromkeys(blocks, True),
        "practitioners": dict.fromkeys(practitioners, True),
    }


def cache_state(database: CacheDatabase) -> dict[str, dict[str, Any]]:
    """The same picture, read from the cache."""
    with database.session() as session:
        appointments = {
            row.id: (
                row.starts_at,
                row.ends_at,
                row.practitioner_id,
                row.appointment_type_id,
                row.patient_id,
                row.notes,
                row.patient_arrived,
                row.did_not_arrive,
                row.cancelled_at is not None,
                row.updated_at,
            )
            for row in session.scalars(select(AppointmentRow))
        }
        attendees = {
            row.id: (row.appointment_id, row.patient_id, row.telehealth_url)
            for row in session.scalars(select(AttendeeRow))
        }
        patients = {row.id: row.archived_at is not None for row in session.scalars(select(PatientRow))}
        types = {
            row.id: (row.name, row.telehealth_enabled, row.archived_at is not None)
            for row in session.scalars(select(AppointmentTypeRow))
        }
        blocks = {row_id: True for row_id in session.scalars(select(UnavailableBlockRow.id))}
        practitioners = {row_id: True for row_id in session.scalars(select(PractitionerRow.id))}
    return {
        "appointments": appointments,
        "attendees": attendees,
        "patients": patients,
        "types": types,
        "blocks": blocks,
        "practitioners": practitioners,
    }


def differences(server: SandboxServer, database: CacheDatabase) -> dict[str, list[str]]:
    """Per table, the ids that differ between the server and the cache (empty when in step)."""
    expected, actual = server_state(server), cache_state(database)
    found: dict[str, list[str]] = {}
    for table, rows in expected.items():
        cached = actual[table]
        wrong = sorted(i for i in rows.keys() | cached.keys() if rows.get(i) != cached.get(i))
        if wrong:
            found[table] = wrong
    return found


def assert_in_step(server: SandboxServer, database: CacheDatabase) -> None:
    """The cache holds exactly what the server does (appointments, links, patients, types, blocks)."""
    assert differences(server, database) == {}


def live_appointments_at(server: SandboxServer, practitioner_id: str, starts_at: datetime) -> list[str]:
    """Ids of the server's live appointments of a practitioner starting at `starts_at`."""
    a = schema.individual_appointments
    query = select(a.c.id).where(
        a.c.practitioner_id == int(practitioner_id), a.c.starts_at == starts_at, a.c.deleted_at.is_(None)
    )
    with server.store.engine.connect() as connection:
        return [str(value) for value in connection.execute(query).scalars()]


def ids_of(rows: Iterable[Any]) -> list[str]:
    """Stringified ids (helper for readable assertions)."""
    return [str(row) for row in rows]

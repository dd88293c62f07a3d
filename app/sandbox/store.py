"""The sandbox's data access: list pages, single records, writes, and hooks for tests.

One re-entrant lock serialises all access: the HTTP handlers run on the server's event loop while
tests mutate data from their own thread through the hooks below ("change data on the server
between two pages", "switch a type's telehealth off"). Ids cross this boundary as strings, the
way clients see them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Engine, func, select, text

from app.sandbox import appointment_writes, schema
from app.sandbox.appointment_writes import RecordNotFound, ValidationFailed
from app.sandbox.ids import IdFactory
from app.sandbox.query_params import ListQuery
from app.sandbox.resources import ALL_RESOURCES, ResourceSpec
from app.sandbox.timefmt import WriteClock

__all__ = ["RecordNotFound", "SandboxStore", "ValidationFailed"]

Row = Mapping[str, Any]
_COUNT_CACHE_SIZE = 512


class SandboxStore:
    """Reads and writes the sandbox database; safe to call from any thread."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.clock = WriteClock()
        self.ids = IdFactory()
        self._lock = threading.RLock()
        # total_entries answers, valid until the next write: a 100k-row COUNT costs more than the page.
        self._count_cache: dict[tuple[str, tuple[Any, ...]], int] = {}
        self.sync_clock_with_data()

    # ----- reads used by the routes -------------------------------------------------------------

    def list_page(
        self,
        spec: ResourceSpec,
        scope: str,
        query: ListQuery,
        extra_conditions: Sequence[ColumnElement[bool]] = (),
    ) -> tuple[list[Row], int]:
        """One page of a resource's list and the total number of matching records."""
        table = spec.table
        conditions = [spec.scopes[scope](table), *extra_conditions, *query.conditions]
        page_query = (
            select(table)
            .where(*conditions)
            .order_by(*query.order_by)
            .limit(query.per_page)
            .offset((query.page - 1) * query.per_page)
        )
        count_query = select(func.count()).select_from(table).where(*conditions)
        compiled = count_query.compile(self.engine)
        params = sorted(compiled.params.items())
        cache_key = (compiled.string, tuple((k, tuple(v) if isinstance(v, list) else v) for k, v in params))
        with self._lock, self.engine.connect() as conn:
            rows = list(conn.execute(page_query).mappings())
            total = self._count_cache.get(cache_key)
            if total is None:
                total = int(conn.execute(count_query).scalar_one())
                if len(self._count_cache) >= _COUNT_CACHE_SIZE:
                    self._count_cache.clear()
                self._count_cache[cache_key] = total
        return rows, total

    def get_visible(self, spec: ResourceSpec, record_id: int) -> Row | None:
        """The record a single GET returns, or None (missing, deleted, or hidden like archived types)."""
        table = spec.table
        query = select(table).where(table.c.id == record_id, spec.visible(table))
        with self._lock, self.engine.connect() as conn:
            return conn.execute(query).mappings().first()

    def first_user(self, role: str = "administrator") -> Row | None:
        """The account an API key signs in as: the first user with `role`."""
        users = schema.users
        query = select(users).where(users.c.role == role).order_by(users.c.created_at, users.c.id).limit(1)
        with self._lock, self.engine.connect() as conn:
            return conn.execute(query).mappings().first()

    def conflicts_exist(self, appointment_id: int) -> bool:
        """Cliniko's `/conflicts` answer for a live appointment (RecordNotFound otherwise)."""
        with self._lock, self.engine.connect() as conn:
            return appointment_writes.has_conflicts(conn, appointment_id)

    # ----- appointment writes (HTTP routes and test hooks) --------------------------------------

    def create_appointment(self, payload: Mapping[str, Any]) -> str:
        """Book like `POST /individual_appointments`; returns the new id. Raises ValidationFailed."""
        with self._writing() as conn:
            return str(appointment_writes.create_appointment(conn, self.clock, self.ids, payload))

    def update_appointment(self, appointment_id: str | int, changes: Mapping[str, Any]) -> None:
        """Change fields like `PATCH /individual_appointments/:id` (bumps updated_at)."""
        with self._writing() as conn:
            appointment_writes.update_appointment(conn, self.clock, _id(appointment_id), changes)

    def cancel_appointment(
        self, appointment_id: str | int, reason: int | str, note: str | None = None
    ) -> None:
        """Cancel like `PATCH /individual_appointments/:id/cancel`."""
        payload = {"cancellation_reason": reason, "cancellation_note": note}
        with self._writing() as conn:
            appointment_writes.cancel_appointment(conn, self.clock, _id(appointment_id), payload)

    def cancel_appointment_with(self, appointment_id: str | int, payload: Mapping[str, Any]) -> None:
        """Cancel with a request body as sent over HTTP."""
        with self._writing() as conn:
            appointment_writes.cancel_appointment(conn, self.clock, _id(appointment_id), payload)

    def delete_appointment(self, appointment_id: str | int) -> None:
        """Soft-delete like `DELETE /individual_appointments/:id`."""
        with self._writing() as conn:
            appointment_writes.delete_appointment(conn, self.clock, _id(appointment_id))

    # ----- hooks for tests and demos ------------------------------------------------------------

    def set_appointment_type_telehealth(self, appointment_type_id: str | int, enabled: bool | None) -> None:
        """Switch a type's telehealth on, off, or to null; its appointments stay untouched."""
        self._update_row(schema.appointment_types, appointment_type_id, {"telehealth_enabled": enabled})

    def set_appointment_type_archived(self, appointment_type_id: str | int, archived: bool) -> None:
        """Archive (or restore) an appointment type."""
        with self._lock:
            stamp = self.clock.now() if archived else None
            self._update_row(schema.appointment_types, appointment_type_id, {"archived_at": stamp})

    def set_patient_archived(self, patient_id: str | int, archived: bool) -> None:
        """Archive (or restore) a patient."""
        with self._lock:
            stamp = self.clock.now() if archived else None
            self._update_row(schema.patients, patient_id, {"archived_at": stamp})

    def row(self, resource: str, record_id: str | int) -> dict[str, Any] | None:
        """The raw stored row of any record (deleted and archived ones too), or None."""
        table = ALL_RESOURCES[resource].table
        with self._lock, self.engine.connect() as conn:
            found = conn.execute(select(table).where(table.c.id == _id(record_id))).mappings().first()
        return dict(found) if found is not None else None

    def ids_of(self, resource: str, scope: str = "") -> list[str]:
        """Ids (as strings) in one list of a resource, e.g. `ids_of("individual_appointments", "deleted")`."""
        spec = ALL_RESOURCES[resource]
        query = select(spec.table.c.id).where(spec.scopes[scope](spec.table)).order_by(spec.table.c.id)
        with self._lock, self.engine.connect() as conn:
            return [str(value) for value in conn.execute(query).scalars()]

    def count(self, resource: str, scope: str = "") -> int:
        """How many records one of a resource's lists holds."""
        spec = ALL_RESOURCES[resource]
        query = select(func.count()).select_from(spec.table).where(spec.scopes[scope](spec.table))
        with self._lock, self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def insert_rows(self, resource_rows: Iterable[tuple[str, Sequence[Mapping[str, Any]]]]) -> None:
        """Bulk-insert raw rows, table by table (seeding and benchmarks), then refresh planner stats."""
        with self._writing() as conn:
            for table_name, rows in resource_rows:
                if rows:
                    conn.execute(schema.metadata.tables[table_name].insert(), list(rows))
        self.analyze()
        self.sync_clock_with_data()

    def is_empty(self) -> bool:
        """Whether the database holds no business yet (a fresh database, ready for a seed)."""
        with self._lock, self.engine.connect() as conn:
            return conn.execute(select(schema.businesses.c.id).limit(1)).first() is None

    def analyze(self) -> None:
        """Refresh the query planner's statistics after a bulk load, so it picks the right index."""
        with self._writing() as conn:
            conn.execute(text("ANALYZE"))

    def sync_clock_with_data(self) -> None:
        """Make the next write timestamp later than any stored one (a reopened or seeded database)."""
        newest: datetime | None = None
        with self._lock, self.engine.connect() as conn:
            for table in schema.metadata.sorted_tables:
                if "updated_at" in table.c:
                    value = conn.execute(select(func.max(table.c.updated_at))).scalar_one()
                    if value is not None and (newest is None or value > newest):
                        newest = value
        if newest is not None:
            self.clock.advance_past(newest)

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction under the lock; cached counts are dropped, as the data changes."""
        with self._lock, self.engine.begin() as conn:
            self._count_cache.clear()
            yield conn

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def _update_row(self, table: Any, record_id: str | int, values: Mapping[str, Any]) -> None:
        with self._writing() as conn:
            result = conn.execute(
                table.update()
                .where(table.c.id == _id(record_id))
                .values(**values, updated_at=self.clock.now())
            )
            if result.rowcount == 0:
                raise RecordNotFound(f"{table.name} {record_id} not found")


def _id(value: str | int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError) as error:
        raise RecordNotFound(f"{value!r} is not an id") from error

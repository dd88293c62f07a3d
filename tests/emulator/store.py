"""The emulated account's records, in memory: what a test seeds and changes, and what the server lists.

Each record is a plain dict of canonical values: ids are decimal strings of 64-bit integers, times are
aware UTC datetimes kept to the microsecond, relations are `<name>_id` strings. How a record looks on
the wire is `render`'s business; keys starting with `_` are the emulator's own and never sent.

Ids are random 64-bit integers (18-19 digits), except records made with `legacy_id=True`, which get
the 8-digit ids of before 2023: id order says nothing about time order, and text order differs from
numeric order.
"""

from __future__ import annotations

import random
import string
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

Row = dict[str, Any]

TABLES = (
    "users",
    "businesses",
    "practitioners",
    "appointment_types",
    "patients",
    "individual_appointments",
    "attendees",
    "unavailable_blocks",
)
CLINIC_HOST = "https://emulated-clinic.cliniko.com"
CANCELLATION_REASONS = frozenset({10, 20, 30, 31, 40, 50, 60})


class EmulatorClock:
    """The server's "now" for `created_at` / `updated_at`: each stamp moves it on by `step`."""

    def __init__(self, start: datetime, step: timedelta = timedelta(milliseconds=137)) -> None:
        self.now = start
        self.step = step

    def stamp(self) -> datetime:
        """The time of one more change."""
        self.now += self.step
        return self.now

    def advance(self, delta: timedelta) -> None:
        """Let time pass without any change."""
        self.now += delta

    @contextmanager
    def frozen(self) -> Iterator[None]:
        """Changes made inside get exactly the same time (a bulk import)."""
        saved, self.step = self.step, timedelta(0)
        try:
            yield
        finally:
            self.step = saved


class EmulatorStore:
    """Every table of one account; all access goes through `lock` (the server is threaded)."""

    def __init__(self, *, seed: int = 20240830, clock: EmulatorClock | None = None) -> None:
        self.lock = threading.RLock()
        self.clock = clock or EmulatorClock(datetime.now(UTC).replace(microsecond=0) - timedelta(days=2))
        self.tables: dict[str, dict[str, Row]] = {name: {} for name in TABLES}
        self._rng = random.Random(seed)

    # --- generic ---------------------------------------------------------------------------

    def new_id(self, *, legacy: bool = False) -> str:
        """An unused id: 8 digits for a legacy record, else a random 64-bit integer."""
        while True:
            number = (
                self._rng.randrange(10_000_000, 100_000_000) if legacy else self._rng.randrange(10**17, 2**63)
            )
            candidate = str(number)
            if not any(candidate in table for table in self.tables.values()):
                return candidate

    def insert(self, table: str, *, legacy_id: bool = False, **fields: Any) -> str:
        """Add a record; returns its id."""
        with self.lock:
            record_id = self.new_id(legacy=legacy_id)
            moment = self.clock.stamp()
            self.tables[table][record_id] = {
                "id": record_id,
                "created_at": moment,
                "updated_at": moment,
                **fields,
            }
            return record_id

    def update(self, table: str, record_id: str, **fields: Any) -> Row:
        """Change fields of a record; `updated_at` moves, as it does on any edit."""
        with self.lock:
            row = self.tables[table][record_id]
            row.update(fields)
            row["updated_at"] = self.clock.stamp()
            return row

    def get(self, table: str, record_id: str) -> Row | None:
        """The record (a copy), or None."""
        with self.lock:
            row = self.tables[table].get(record_id)
            return dict(row) if row is not None else None

    def rows(self, table: str) -> list[Row]:
        """Copies of every record of a table, in insertion order."""
        with self.lock:
            return [dict(row) for row in self.tables[table].values()]

    def remove(self, table: str, record_id: str) -> None:
        """Forget a record entirely (what a list without a `deleted` variant shows of a deletion)."""
        with self.lock:
            del self.tables[table][record_id]

    def corrupt(self, table: str, record_id: str, **wire_fields: Any) -> None:
        """Send these JSON values instead of the record's own (a malformed record), without an edit."""
        with self.lock:
            self.tables[table][record_id].setdefault("_wire", {}).update(wire_fields)

    # --- seeding ---------------------------------------------------------------------------

    def add_user(self, first_name: str, last_name: str, email: str) -> str:
        """The user the API key belongs to."""
        return self.insert("users", first_name=first_name, last_name=last_name, email=email)

    def add_business(self, name: str, zone_label: str, zone: str) -> str:
        """A business with its time zone label and IANA identifier."""
        return self.insert("businesses", business_name=name, time_zone=zone_label, time_zone_identifier=zone)

    def add_appointment_type(
        self,
        name: str,
        minutes: int,
        *,
        telehealth: bool | None,
        color: str | None = "#3A87AD",
        category: str | None = None,
        max_attendees: int | None = 1,
        archived: bool = False,
    ) -> str:
        """An appointment type (`telehealth=None` is what Cliniko sends for "off")."""
        moment = self.clock.now if archived else None
        return self.insert(
            "appointment_types",
            name=name,
            duration_in_minutes=minutes,
            telehealth_enabled=telehealth,
            color=color,
            category=category,
            max_attendees=max_attendees,
            archived_at=moment,
        )

    def add_practitioner(
        self,
        first_name: str,
        last_name: str,
        *,
        title: str | None = None,
        active: bool = True,
        user_id: str | None = None,
        type_ids: tuple[str, ...] = (),
        legacy_id: bool = False,
    ) -> str:
        """A practitioner and the appointment types they offer."""
        return self.insert(
            "practitioners",
            legacy_id=legacy_id,
            first_name=first_name,
            last_name=last_name,
            title=title,
            active=active,
            user_id=user_id,
            _type_ids=list(type_ids),
        )

    def add_patient(
        self,
        first_name: str,
        last_name: str,
        *,
        date_of_birth: str | None = None,
        email: str | None = None,
        phones: tuple[str, ...] = (),
        archived: bool = False,
        legacy_id: bool = False,
    ) -> str:
        """A patient."""
        return self.insert(
            "patients",
            legacy_id=legacy_id,
            first_name=first_name,
            last_name=last_name,
            date_of_birth=date_of_birth,
            email=email,
            patient_phone_numbers=[{"number": n, "phone_type": "Mobile"} for n in phones],
            archived_at=self.clock.now if archived else None,
        )

    def add_appointment(
        self,
        *,
        practitioner_id: str,
        patient_id: str,
        appointment_type_id: str,
        business_id: str,
        starts_at: datetime,
        ends_at: datetime | None = None,
        notes: str | None = None,
        legacy_id: bool = False,
    ) -> str:
        """An individual appointment with its one attendee (and both telehealth links)."""
        with self.lock:
            if ends_at is None:
                minutes = self.tables["appointment_types"][appointment_type_id]["duration_in_minutes"]
                ends_at = starts_at + timedelta(minutes=minutes)
            patient = self.tables["patients"][patient_id]
            appointment_id = self.insert(
                "individual_appointments",
                legacy_id=legacy_id,
                starts_at=starts_at,
                ends_at=ends_at,
                practitioner_id=practitioner_id,
                patient_id=patient_id,
                appointment_type_id=appointment_type_id,
                business_id=business_id,
                patient_name=f"{patient['first_name']} {patient['last_name']}",
                notes=notes,
                patient_arrived=False,
                did_not_arrive=False,
                cancelled_at=None,
                cancellation_reason=None,
                cancellation_note=None,
                deleted_at=None,
                archived_at=None,
                repeat_rule=None,
            )
            self.tables["individual_appointments"][appointment_id]["telehealth_url"] = (
                f"{CLINIC_HOST}/appointments/{appointment_id}/connect"
            )
            self.insert(
                "attendees",
                booking_id=appointment_id,
                patient_id=patient_id,
                arrived=None,
                cancelled_at=None,
                deleted_at=None,
                telehealth_url=f"{CLINIC_HOST}/c/{self._link_token()}",
            )
            return appointment_id

    def add_unavailable_block(
        self, *, practitioner_id: str, business_id: str, starts_at: datetime, ends_at: datetime
    ) -> str:
        """Time a practitioner cannot be booked."""
        return self.insert(
            "unavailable_blocks",
            practitioner_id=practitioner_id,
            business_id=business_id,
            starts_at=starts_at,
            ends_at=ends_at,
            notes=None,
        )

    # --- what staff do on the server ------------------------------------------------------

    def attendees_of(self, appointment_id: str) -> list[Row]:
        """The attendees booked on an appointment (copies)."""
        return [row for row in self.rows("attendees") if row["booking_id"] == appointment_id]

    def cancel_appointment(self, appointment_id: str, reason: int, note: str | None = None) -> None:
        """Cancel an appointment and its attendees."""
        with self.lock:
            moment = self.clock.stamp()
            self.update(
                "individual_appointments",
                appointment_id,
                cancelled_at=moment,
                cancellation_reason=reason,
                cancellation_note=note,
            )
            for attendee in self.attendees_of(appointment_id):
                self.update("attendees", attendee["id"], cancelled_at=moment)

    def delete_appointment(self, appointment_id: str) -> None:
        """Delete an appointment: it moves to the deleted list, and its attendees are deleted too."""
        with self.lock:
            moment = self.clock.stamp()
            self.update("individual_appointments", appointment_id, deleted_at=moment)
            for attendee in self.attendees_of(appointment_id):
                self.update("attendees", attendee["id"], deleted_at=moment)

    def live_appointments(self) -> list[Row]:
        """Appointments not deleted (cancelled ones included)."""
        return [row for row in self.rows("individual_appointments") if row["deleted_at"] is None]

    def _link_token(self) -> str:
        alphabet = string.ascii_letters + string.digits
        return (
            "".join(self._rng.choice(alphabet) for _ in range(5))
            + "-"
            + "".join(self._rng.choice(alphabet) for _ in range(12))
        )

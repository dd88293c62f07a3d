"""Shared state of the demo-clinic generator: seeded randomness, ids, the clinic's clock, the rows.

The generator is split by topic: `demo_people` (business, staff, types, patients) and
`demo_calendar` (breaks, leave, appointments) build on this context; `demo_seed` is the entry point.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from app.sandbox import demo_data as data
from app.sandbox.ids import IdFactory
from app.sandbox.timefmt import ONE_MS

MINUTE = timedelta(minutes=1)
HOUR = timedelta(hours=1)
Interval = tuple[datetime, datetime]
TABLE_ORDER = (
    "businesses",
    "users",
    "practitioners",
    "appointment_types",
    "practitioner_appointment_types",
    "patients",
    "individual_appointments",
    "attendees",
    "unavailable_blocks",
)


def user_row(
    user_id: int, *, title: str, first: str, last: str, role: str, stamp: datetime
) -> dict[str, Any]:
    """A `users` row with a demo e-mail address."""
    email = f"{ascii_slug(first)}.{ascii_slug(last)}@harbourside-health.example"
    return {
        "id": user_id,
        "title": title,
        "first_name": first,
        "last_name": last,
        "email": email,
        "role": role,
        "time_zone": data.TIME_ZONE_LABEL,
        "user_active": True,
        "created_at": stamp,
        "updated_at": stamp,
    }


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits of `text` (for demo e-mail addresses)."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.lower() if ch.isalnum())


class DemoContext:
    """Randomness, ids and time for one generation run; every table's rows, in insert order."""

    def __init__(self, seed_number: int, today: date) -> None:
        self.rng = random.Random(seed_number)
        self.link_rng = random.Random(f"links-{seed_number}")
        self.ids = IdFactory(random.Random(f"ids-{seed_number}"))
        self.zone = ZoneInfo(data.TIME_ZONE_IDENTIFIER)
        self.today = today
        # Every seeded write happens before this instant (midnight starting `today`, clinic time).
        self.cutoff = datetime.combine(today, time(0), self.zone).astimezone(UTC)
        self.founded = self.cutoff - timedelta(days=400)
        self.business_id = self.ids.new_id()
        self.rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_ORDER}
        self.type_ids: dict[str, int] = {}
        self.type_minutes: dict[str, int] = {}
        # Types archived since: not booked on or after that day.
        self.type_archived_from: dict[str, date] = {}
        self.practitioner_ids: list[int] = []
        self.patients: list[tuple[int, str]] = []
        self.patient_weights: list[float] = []

    def at(self, day: date, hour: int, minute: int = 0) -> datetime:
        """A wall-clock time in the clinic on `day`, as UTC."""
        return datetime.combine(day, time(hour, minute), self.zone).astimezone(UTC)

    def between(self, start: datetime, end: datetime) -> datetime:
        """A random instant with millisecond resolution in [start, end) (start when empty)."""
        span = int((end - start) / ONE_MS)
        return start + timedelta(milliseconds=self.rng.randrange(span)) if span > 0 else start

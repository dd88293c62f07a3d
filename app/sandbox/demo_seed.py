"""A believable demo clinic, generated deterministically from a seed number and a date.

One business in Sydney; six practitioners on part- and full-time weekly patterns; ten appointment
types (four with telehealth, one answering `telehealth_enabled: null`, a group class, an archived
one); 400 patients; lunch breaks, a team meeting, leave; and six weeks of appointments (three back,
three ahead of `today`) filling roughly three quarters of business hours on 15-minute boundaries.
Past appointments are mostly arrived with some did-not-arrive; about 7 % are cancelled with reasons
and notes and 2 % deleted. Every seeded timestamp lies before midnight of `today` in the clinic's
zone, so writes made afterwards (with real time) always sort after the seed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from app.sandbox import demo_data as data
from app.sandbox.demo_calendar import ClinicBuilder
from app.sandbox.demo_context import user_row
from app.sandbox.ids import IdFactory
from app.sandbox.store import SandboxStore


@dataclass(frozen=True, slots=True)
class DemoSummary:
    """What was seeded: the business id, the date the calendar is built around, rows per table."""

    business_id: str
    today: date
    counts: dict[str, int]


def clinic_today() -> date:
    """Today's date in the demo clinic's time zone."""
    return datetime.now(ZoneInfo(data.TIME_ZONE_IDENTIFIER)).date()


def seed_demo_clinic(store: SandboxStore, *, seed_number: int = 1, today: date | None = None) -> DemoSummary:
    """Fill an empty sandbox with the demo clinic around `today` (default: today in Sydney)."""
    builder = ClinicBuilder(seed_number, today or clinic_today())
    rows = builder.build()
    store.insert_rows(rows.items())
    counts = {name: len(table_rows) for name, table_rows in rows.items()}
    return DemoSummary(str(builder.business_id), builder.today, counts)


def ensure_account_user(store: SandboxStore) -> None:
    """Give an empty sandbox the administrator its API keys sign in as, so `/user` answers."""
    if store.first_user() is not None:
        return
    now = datetime.now(UTC).replace(microsecond=0)
    user = user_row(
        IdFactory().new_id(), title="", first="Sandbox", last="Administrator", role="administrator", stamp=now
    )
    store.insert_rows([("users", [user])])

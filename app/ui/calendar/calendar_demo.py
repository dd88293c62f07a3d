"""Made-up calendar content for previews, tests and benchmarks (no real patients).

`python -m app.ui.calendar.calendar_demo [out_dir]` writes calendar_day.png and calendar_week.png.
"""

from __future__ import annotations

import random
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from app.ui.calendar.calendar_model import (
    CalendarBlock,
    CalendarColumn,
    CalendarContent,
    CalendarEntry,
    EntryStatus,
)
from app.ui.calendar.calendar_view import CalendarView

DEMO_ZONE = ZoneInfo("Australia/Sydney")
DEMO_DAY = date(2024, 5, 14)
_TYPES = (
    ("Initial Consultation", "#1a73e8", 60, False),
    ("Standard Consultation", "#0b8043", 30, False),
    ("Follow-up", "#f6bf26", 15, False),
    ("Telehealth Review", "#8e24aa", 30, True),
    ("Remedial Massage", "#e67c73", 45, False),
    ("Hydrotherapy", "#039be5", 60, False),
    ("Group Pilates", "#33b679", 60, False),
    ("Dry Needling", "#f4511e", 30, False),
)
_FIRST_NAMES = (
    "Olivia", "Noah", "Charlotte", "Jack", "Amelia", "William", "Isla", "Oliver", "Mia", "Leo",
    "Ava", "Henry", "Grace", "Lucas", "Chloe", "Thomas", "Zoe", "Harrison", "Ruby", "Ethan",
)  # fmt: skip
_LAST_NAMES = (
    "Nguyen", "Smith", "Williams", "Brown", "Wilson", "Taylor", "Anderson", "Martin", "Thompson",
    "Papadopoulos", "O'Connor", "Kowalski", "Chen", "Singh", "MacDonald", "Rossi", "Kaur", "Lee",
)  # fmt: skip
_PRACTITIONERS = (
    "Dr Sarah Mitchell", "James O'Brien", "Dr Priya Raman", "Tom Nguyen", "Emily Carter",
    "Dr Alexander Konstantinopoulos", "Hannah Lee", "Marcus Webb", "Dr Fatima Hassan", "Lily Zhang",
    "Ben Hughes", "Dr Chloe Martin", "Ravi Patel", "Sophie Turner",
)  # fmt: skip
_STATUS_WEIGHTS = (
    (EntryStatus.BOOKED, 70),
    (EntryStatus.ARRIVED, 16),
    (EntryStatus.DID_NOT_ARRIVE, 6),
    (EntryStatus.CANCELLED, 8),
)


def _local(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=zone).astimezone(UTC)


def _entry(
    rng: random.Random, entry_id: str, column_key: str, starts_at: datetime, zone: ZoneInfo
) -> CalendarEntry:
    type_name, color, minutes, telehealth = rng.choice(_TYPES)
    status = rng.choices([s for s, _ in _STATUS_WEIGHTS], [w for _, w in _STATUS_WEIGHTS])[0]
    patient = f"{rng.choice(_FIRST_NAMES)} {rng.choice(_LAST_NAMES)}"
    ends_at = starts_at + timedelta(minutes=minutes)
    local_start, local_end = starts_at.astimezone(zone), ends_at.astimezone(zone)
    status_text = status.replace("_", " ").capitalize()
    tooltip = f"{patient}\n{type_name}\n{local_start:%H:%M} - {local_end:%H:%M}\n{status_text}"
    return CalendarEntry(
        appointment_id=entry_id,
        column_key=column_key,
        starts_at=starts_at,
        ends_at=ends_at,
        title=patient,
        subtitle=type_name,
        color=color,
        status=status,
        telehealth=telehealth,
        pending_sync=rng.random() < 0.05,
        tooltip=tooltip,
        movable=status != EntryStatus.CANCELLED,
    )


def _fill_column(
    rng: random.Random, column: CalendarColumn, count: int, zone: ZoneInfo, id_prefix: str
) -> list[CalendarEntry]:
    # Mostly back-to-back on the slot grid, with some double bookings so lanes show.
    entries: list[CalendarEntry] = []
    for n in range(count):
        quarter = rng.randrange(0, (19 - 7) * 4)
        starts_at = _local(column.day, 7 + quarter // 4, (quarter % 4) * 15, zone)
        entries.append(_entry(rng, f"{id_prefix}-{n}", column.key, starts_at, zone))
    return entries


def day_content(
    practitioners: int = 6,
    appointments: int = 40,
    day: date = DEMO_DAY,
    zone: ZoneInfo = DEMO_ZONE,
    seed: int = 7,
) -> CalendarContent:
    """A Day view: one column per practitioner, `appointments` spread over them, a lunch block or two."""
    rng = random.Random(seed)
    columns = tuple(
        CalendarColumn(
            key=f"p{n}",
            title=_PRACTITIONERS[n % len(_PRACTITIONERS)],
            day=day,
            practitioner_id=f"p{n}",
            subtitle=f"{appointments // max(practitioners, 1)} appointments",
        )
        for n in range(practitioners)
    )
    entries: list[CalendarEntry] = []
    for n, column in enumerate(columns):
        share = appointments // practitioners + (1 if n < appointments % practitioners else 0)
        entries.extend(_fill_column(rng, column, share, zone, column.key))
    blocks = tuple(
        CalendarBlock(column.key, _local(day, 12, 30, zone), _local(day, 13, 30, zone), "Lunch")
        for column in columns[::3]
    ) + (
        (CalendarBlock(columns[-1].key, _local(day, 16, 0, zone), _local(day, 20, 0, zone), "Away"),)
        if columns
        else ()
    )
    return CalendarContent(columns=columns, entries=tuple(entries), blocks=blocks, zone=zone)


def week_content(
    practitioners: int = 3, appointments: int = 120, monday: date = DEMO_DAY - timedelta(days=1),
    zone: ZoneInfo = DEMO_ZONE, seed: int = 11,
) -> CalendarContent:  # fmt: skip
    """A Week view: seven day columns holding the appointments of `practitioners` practitioners."""
    rng = random.Random(seed)
    days = [monday + timedelta(days=n) for n in range(7)]
    columns = tuple(
        CalendarColumn(key=d.isoformat(), title=f"{d:%a} {d.day}", day=d, subtitle=f"{d:%B}") for d in days
    )
    weights = [1, 1, 1, 1, 1, 0.5, 0.15]
    entries: list[CalendarEntry] = []
    for n in range(appointments):
        column = rng.choices(columns, weights)[0]
        practitioner = rng.randrange(practitioners)
        quarter = rng.randrange(0, (19 - 7) * 4)
        starts_at = _local(column.day, 7 + quarter // 4, (quarter % 4) * 15, zone)
        entries.append(_entry(rng, f"w{practitioner}-{n}", column.key, starts_at, zone))
    blocks = (
        CalendarBlock(
            columns[2].key, _local(days[2], 12, 0, zone), _local(days[2], 13, 0, zone), "Staff meeting"
        ),
    )
    return CalendarContent(columns=columns, entries=tuple(entries), blocks=blocks, zone=zone)


def main(argv: list[str] | None = None) -> int:
    """Write preview PNGs of a Day and a Week view."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path.cwd()
    app = QApplication.instance() or QApplication([])
    assert app is not None
    view = CalendarView()
    view.resize(1400, 900)
    view.set_content(day_content())
    view.set_now(_local(DEMO_DAY, 10, 42, DEMO_ZONE))
    view.select_appointment(view.content().entries[3].appointment_id)
    view.scroll_to_time(time(8, 0))
    view.render_to_image(QSize(1400, 900)).save(str(out / "calendar_day.png"))
    view.set_content(week_content())
    view.render_to_image(QSize(1400, 900)).save(str(out / "calendar_week.png"))
    view.deleteLater()
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Patient search for the booking dialog's completer: by name, phone digits or date of birth.

Every branch but one is an index range scan, so typing stays instant on 100,000 patients:
- a date ("1985-03-07", "7/3/1985") matches the date of birth (both day/month orders when ambiguous);
- mostly digits (3 or more) matches phone numbers that start or end with them;
- anything else is a name: the folded text is a prefix of "first last" or "last first"
  ("jo", "john sm", "smith j", "smith, john"); only when those find fewer than `limit` does a
  "contains" scan run ("son" finds "Johnson"), over a narrow index rather than the table.
Archived patients are left out unless asked for.
"""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import ColumnElement, Select, func, literal_column, select

from app.domain.entities import Patient
from app.store.mapping import patient_from_row
from app.store.models import PatientPhoneRow, PatientRow, table_of
from app.store.prepared import Executor
from app.store.search_keys import PREFIX_UPPER_BOUND, digits_only, fold_text

_patients = table_of(PatientRow)
_phones = table_of(PatientPhoneRow)
_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")
_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_MIN_PHONE_DIGITS = 3
_MIN_CONTAINS_LENGTH = 3


def search_patients(
    executor: Executor, text: str, limit: int = 20, *, include_archived: bool = False
) -> list[Patient]:
    """Patients matching `text` (name, phone digits or date of birth), best matches first."""
    text = text.strip()
    if not text or limit <= 0:
        return []
    dates = _as_dates(text)
    if dates:
        query = _base(include_archived).where(_patients.c.date_of_birth.in_([d.isoformat() for d in dates]))
        return _fetch(executor, query.order_by(_patients.c.search_last_first).limit(limit))
    if _PHONE_LIKE.match(text) and len(digits := digits_only(text)) >= _MIN_PHONE_DIGITS:
        return _by_phone(executor, digits, limit, include_archived)
    return _by_name(executor, fold_text(text.replace(",", " ")), limit, include_archived)


def _as_dates(text: str) -> list[date]:
    try:
        return [date.fromisoformat(text)] if len(text) == 10 and text[4] == "-" else _day_month(text)
    except ValueError:
        return []


def _day_month(text: str) -> list[date]:
    match = _DMY.match(text)
    if not match:
        return []
    first, second, year = (int(part) for part in match.groups())
    found = []
    for day, month in ((first, second), (second, first)):
        try:
            found.append(date(year, month, day))
        except ValueError:
            continue
    return list(dict.fromkeys(found))


def _base(include_archived: bool) -> Select[tuple[PatientRow]]:
    query = select(_patients)
    return query if include_archived else query.where(_patients.c.archived_at.is_(None))


def _fetch(executor: Executor, query: Select[tuple[PatientRow]]) -> list[Patient]:
    return [patient_from_row(row._mapping) for row in executor.execute(query)]


def _starts_with(column: ColumnElement[str], prefix: str) -> ColumnElement[bool]:
    # A range rather than LIKE: LIKE is case-insensitive in SQLite and so cannot use a binary index.
    return column.between(prefix, prefix + PREFIX_UPPER_BOUND)


def _by_phone(executor: Executor, digits: str, limit: int, include_archived: bool) -> list[Patient]:
    starting = select(_phones.c.patient_id).where(_starts_with(_phones.c.digits, digits))
    ending = select(_phones.c.patient_id).where(_starts_with(_phones.c.digits_reversed, digits[::-1]))
    matching = starting.union(ending).subquery()
    query = _base(include_archived).where(_patients.c.id.in_(select(matching.c.patient_id)))
    return _fetch(executor, query.order_by(_patients.c.search_last_first, _patients.c.id).limit(limit))


def _by_name(executor: Executor, folded: str, limit: int, include_archived: bool) -> list[Patient]:
    if not folded:
        return []
    found: dict[str, Patient] = {}
    # Surname first: at a front desk, "smi" most often means Smith.
    for key in (_patients.c.search_last_first, _patients.c.search_first_last):
        query = _base(include_archived).where(_starts_with(key, folded)).order_by(key, _patients.c.id)
        for patient in _fetch(executor, query.limit(limit)):
            found.setdefault(patient.id, patient)
        if len(found) >= limit:
            return list(found.values())[:limit]
    if len(folded) >= _MIN_CONTAINS_LENGTH:
        for patient in _containing(executor, folded, limit + len(found), include_archived):
            found.setdefault(patient.id, patient)
    return list(found.values())[:limit]


def _containing(executor: Executor, folded: str, limit: int, include_archived: bool) -> list[Patient]:
    # rowids only, so SQLite scans the narrow (search key, rowid) index instead of the table.
    rowid: ColumnElement[int] = literal_column("rowid")
    hits = (
        select(rowid)
        .select_from(_patients)
        .where(func.instr(_patients.c.search_first_last, folded) > 0)
        .order_by(_patients.c.search_first_last)
        .limit(limit)
    )
    rowids = list(executor.execute(hits).scalars())
    if not rowids:
        return []
    query = _base(include_archived).where(rowid.in_(rowids))
    return sorted(_fetch(executor, query), key=_sort_key)


def _sort_key(patient: Patient) -> tuple[str, str]:
    return (fold_text(f"{patient.last_name} {patient.first_name}"), patient.id)

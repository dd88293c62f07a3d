"""List queries as the documentation defines them: `q[]` filters, `sort`, `page` / `per_page`, and links.

- `q[]=FIELD:OPVALUE`, repeatable. Times take `>`, `>=`, `<`, `<=`; integers (ids) also `=`, `!=`,
  and `=` with a comma list; text `=`, `!=`, `~` (contains) and `~~` (wildcard `%`). A field a list
  cannot be filtered on, an operator its type does not take, or a value that does not parse is a
  422 with `errors`: a client relying on a filter the server does not have finds out.
- `sort=FIELD` or `FIELD:desc`, several comma-separated; default `created_at` ascending. Records
  equal on every requested key come in descending id order (the documentation leaves ties open).
- `per_page` 1..100 (default 50; more than 100 is served as 100), `page` from 1.
- `links.next` is absent on the last page. When present it is not the request with `page` changed:
  its parameters come in another order, with one the client never sent.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from urllib.parse import urlencode

from tests.emulator.store import Row

TIME, INTEGER, TEXT = "time", "integer", "text"
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100

_COMMON = {"id": INTEGER, "created_at": TIME, "updated_at": TIME}
# The appointment filters are the documented ones; other lists take the common three and the
# fields the documentation lists for them.
FIELDS: dict[str, dict[str, str]] = {
    "individual_appointments": {
        **_COMMON,
        "appointment_type_id": INTEGER,
        "business_id": INTEGER,
        "patient_id": INTEGER,
        "practitioner_id": INTEGER,
        "starts_at": TIME,
        "ends_at": TIME,
        "cancelled_at": TIME,
    },
    "attendees": {**_COMMON, "patient_id": INTEGER, "booking_id": INTEGER},
    "unavailable_blocks": {
        **_COMMON,
        "practitioner_id": INTEGER,
        "business_id": INTEGER,
        "starts_at": TIME,
        "ends_at": TIME,
    },
    "patients": {**_COMMON, "first_name": TEXT, "last_name": TEXT, "email": TEXT},
    "practitioners": _COMMON,
    "appointment_types": {**_COMMON, "name": TEXT},
    "businesses": _COMMON,
}
_OPERATORS = (">=", "<=", "!=", "~~", ">", "<", "=", "~")
_ALLOWED = {
    TIME: {">", ">=", "<", "<="},
    INTEGER: {">", ">=", "<", "<=", "=", "!="},
    TEXT: {"=", "!=", "~", "~~"},
}


class QueryError(ValueError):
    """A list query the server refuses (422); `field` is the parameter at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Filter:
    """One `q[]` condition, ready to test records with."""

    field: str
    operator: str
    values: tuple[Any, ...]

    def matches(self, row: Row) -> bool:
        """Whether `row` passes (a record without a value passes only `!=`)."""
        raw = row.get(self.field)
        if raw is None:
            return self.operator == "!="
        value = int(raw) if isinstance(self.values[0], int) else raw
        compare: Callable[[Any, Any], bool] = _COMPARE[self.operator]
        if self.operator == "=":
            return any(compare(value, wanted) for wanted in self.values)
        return compare(value, self.values[0])


def _like(value: Any, pattern: Any) -> bool:
    return fnmatch.fnmatchcase(str(value).lower(), str(pattern).lower().replace("%", "*"))


_COMPARE: dict[str, Callable[[Any, Any], bool]] = {
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    "=": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "~": lambda a, b: str(b).lower() in str(a).lower(),
    "~~": _like,
}


def parse_filter(text: str, fields: dict[str, str]) -> Filter:
    """`FIELD:OPVALUE` as a Filter, or QueryError."""
    name, colon, condition = text.partition(":")
    if not colon or name not in fields:
        raise QueryError("q", f"cannot filter on {name!r}")
    kind = fields[name]
    operator = next((op for op in _OPERATORS if condition.startswith(op)), None)
    if operator is None or operator not in _ALLOWED[kind]:
        raise QueryError("q", f"{name} does not take that operator")
    raw = condition[len(operator) :]
    if kind == TIME:
        return Filter(name, operator, (_time_value(name, raw),))
    if kind == INTEGER:
        parts = raw.split(",") if operator == "=" else [raw]
        if not all(part.isdigit() and part.isascii() for part in parts):
            raise QueryError("q", f"{name} takes whole numbers")
        return Filter(name, operator, tuple(int(part) for part in parts))
    return Filter(name, operator, (raw,))


def _time_value(name: str, raw: str) -> datetime:
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise QueryError("q", f"{name} takes an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise QueryError("q", f"{name} takes a time with a zone")
    return moment


def parse_sort(text: str | None, fields: dict[str, str]) -> list[tuple[str, bool]]:
    """`sort` as (field, descending) pairs; default created_at ascending."""
    if text is None or not text.strip():
        return [("created_at", False)]
    keys = []
    for part in text.split(","):
        name, _, direction = part.strip().partition(":")
        if name not in fields or direction not in ("", "asc", "desc"):
            raise QueryError("sort", f"cannot sort by {part!r}")
        keys.append((name, direction == "desc"))
    return keys


def sort_rows(rows: list[Row], keys: list[tuple[str, bool]], fields: dict[str, str]) -> list[Row]:
    """Rows in the requested order; ties by descending id."""
    ordered = sorted(rows, key=lambda row: int(row["id"]), reverse=True)
    for name, descending in reversed(keys):
        ordered.sort(key=lambda row, n=name: _sort_value(row, n, fields[n]), reverse=descending)
    return ordered


def _sort_value(row: Row, name: str, kind: str) -> tuple[bool, Any]:
    value = row.get(name)
    if value is None:
        return (False, 0)
    return (True, int(value) if kind == INTEGER else value)


def page_number(params: list[tuple[str, str]], name: str, default: int) -> int:
    """A positive whole-number parameter (the last one given), or QueryError."""
    given = [value for key, value in params if key == name]
    if not given:
        return default
    text = given[-1]
    if not (text.isdigit() and text.isascii()) or int(text) < 1:
        raise QueryError(name, f"{name} must be a whole number of at least 1")
    return int(text)


@dataclass(frozen=True, slots=True)
class ListQuery:
    """A parsed list request."""

    filters: list[Filter]
    sort: list[tuple[str, bool]]
    page: int
    per_page: int

    @classmethod
    def parse(cls, params: list[tuple[str, str]], fields: dict[str, str]) -> ListQuery:
        """Read `q[]`, `sort`, `page`, `per_page`; other parameters are ignored."""
        filters = [parse_filter(value, fields) for key, value in params if key == "q[]"]
        sorts = [value for key, value in params if key == "sort"]
        per_page = min(page_number(params, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE)
        return cls(
            filters,
            parse_sort(sorts[-1] if sorts else None, fields),
            page_number(params, "page", 1),
            per_page,
        )

    def select(self, rows: list[Row], fields: dict[str, str]) -> tuple[list[Row], int, bool]:
        """(this page's rows, total entries, whether a next page exists)."""
        kept = [row for row in rows if all(f.matches(row) for f in self.filters)]
        ordered = sort_rows(kept, self.sort, fields)
        start = (self.page - 1) * self.per_page
        return ordered[start : start + self.per_page], len(ordered), start + self.per_page < len(ordered)


def page_links(
    url_root: str, query_string: str, params: list[tuple[str, str]], page: int, has_next: bool
) -> dict[str, str]:
    """`self` (the request as made), `previous` and `next` (rewritten: see the module docstring)."""
    links = {"self": f"{url_root}?{query_string}" if query_string else url_root}
    others = [(key, value) for key, value in params if key != "page"]

    def at(number: int) -> str:
        rewritten = [("page", str(number)), ("via", "emulator"), *reversed(others)]
        return f"{url_root}?{urlencode(rewritten)}"

    if page > 1:
        links["previous"] = at(page - 1)
    if has_next:
        links["next"] = at(page + 1)
    return links

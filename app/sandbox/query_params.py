"""A list request's query string (`q[]` filters, `sort`, `order`, `page`, `per_page`) turned into SQL.

Filters are `FIELD:OPVALUE`. Which operators a field takes depends on its kind, as the Cliniko
documentation lists them: date-times `> >= < <=`; integers (ids) `= != > >= < <=` with
comma-separated lists for `=` and `!=`; strings `= != ~ ~~` (contains, and a `%` wildcard, both
case-insensitive). An unknown field, an operator the field does not take, or a value that does
not parse is a 400 with an `errors` body, never silently ignored.
"""

from __future__ import annotations

import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, not_

from app.sandbox.ids import LARGEST_ID
from app.sandbox.timefmt import TimeFormatError, parse_date, parse_datetime

DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 100
DEFAULT_SORT = "created_at"


class FieldKind(StrEnum):
    DATETIME = "datetime"
    DATE = "date"
    INTEGER = "integer"
    STRING = "string"
    BOOLEAN = "boolean"


OPERATORS_BY_KIND: Mapping[FieldKind, tuple[str, ...]] = {
    FieldKind.DATETIME: (">", ">=", "<", "<="),
    FieldKind.DATE: ("=", "!=", ">", ">=", "<", "<="),
    FieldKind.INTEGER: ("=", "!=", ">", ">=", "<", "<="),
    FieldKind.STRING: ("=", "!=", "~", "~~"),
    FieldKind.BOOLEAN: ("=", "!="),
}
# Longest first, so ">=" is not read as ">" followed by "=...".
_ALL_OPERATORS = ("~~", ">=", "<=", "!=", "~", ">", "<", "=")


class QueryError(ValueError):
    """A query parameter the server cannot honour; becomes a 400 with `{"errors": {param: [...]}}`."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.message = message


@dataclass(frozen=True, slots=True)
class ListQuery:
    """What a list request asks for, ready to run."""

    conditions: list[ColumnElement[bool]] = field(default_factory=list)
    order_by: list[Any] = field(default_factory=list)
    page: int = 1
    per_page: int = DEFAULT_PER_PAGE


def parse_list_query(
    params: Sequence[tuple[str, str]],
    columns: Mapping[str, Any],
    kinds: Mapping[str, FieldKind],
    id_column: Any,
    extra_sortable: Mapping[str, Any] | None = None,
) -> ListQuery:
    """Build a ListQuery from the request's (name, value) pairs for a resource's filterable columns."""
    conditions: list[ColumnElement[bool]] = []
    sort_text: str | None = None
    order_text = "asc"
    page, per_page = 1, DEFAULT_PER_PAGE
    for name, value in params:
        if name in ("q[]", "q"):
            conditions.append(parse_filter(value, columns, kinds))
        elif name == "updated_since":
            # The older docs' spelling of `q[]=updated_at:>=T`.
            conditions.append(parse_filter(f"updated_at:>={value}", columns, kinds))
        elif name == "sort":
            sort_text = value
        elif name == "order":
            order_text = value.strip().lower()
            if order_text not in ("asc", "desc"):
                raise QueryError("order", "must be asc or desc")
        elif name == "page":
            page = _positive_int("page", value)
        elif name == "per_page":
            per_page = min(_positive_int("per_page", value), MAX_PER_PAGE)
    sortable = dict(columns)
    sortable.update(extra_sortable or {})
    order_by = parse_sort(sort_text or DEFAULT_SORT, sortable, id_column, default_desc=order_text == "desc")
    return ListQuery(conditions=conditions, order_by=order_by, page=page, per_page=per_page)


def parse_filter(
    text: str, columns: Mapping[str, Any], kinds: Mapping[str, FieldKind]
) -> ColumnElement[bool]:
    """One `FIELD:OPVALUE` filter as a SQL condition."""
    name, separator, rest = text.partition(":")
    name = name.strip()
    if not separator:
        raise QueryError("q", f"filter {text!r} is not FIELD:OPERATORVALUE")
    if name not in columns:
        raise QueryError("q", f"{name!r} cannot be filtered on")
    symbol = next((op for op in _ALL_OPERATORS if rest.startswith(op)), None)
    kind = kinds[name]
    if symbol is None or symbol not in OPERATORS_BY_KIND[kind]:
        allowed = " ".join(OPERATORS_BY_KIND[kind])
        raise QueryError("q", f"{name} ({kind}) takes the operators {allowed}")
    return _condition(columns[name], kind, name, symbol, rest[len(symbol) :])


def parse_sort(text: str, sortable: Mapping[str, Any], id_column: Any, *, default_desc: bool) -> list[Any]:
    """`field[:desc][,field2[:asc]]` as ORDER BY terms, with id last so pages never shuffle."""
    terms: list[Any] = []
    has_id = False
    last_desc = default_desc
    for token in (part.strip() for part in text.split(",")):
        if not token:
            continue
        name, _, direction = token.partition(":")
        direction = direction.strip().lower()
        if name not in sortable:
            raise QueryError("sort", f"{name!r} cannot be sorted on")
        if direction not in ("", "asc", "desc"):
            raise QueryError("sort", f"direction {direction!r} must be asc or desc")
        descending = direction == "desc" if direction else default_desc
        column = sortable[name]
        terms.append(column.desc() if descending else column.asc())
        has_id = has_id or name == "id"
        last_desc = descending
    if not has_id:
        terms.append(id_column.desc() if last_desc else id_column.asc())
    return terms


def _condition(column: Any, kind: FieldKind, name: str, symbol: str, raw: str) -> ColumnElement[bool]:
    if kind is FieldKind.STRING:
        return _string_condition(column, symbol, raw)
    if kind is FieldKind.INTEGER and symbol in ("=", "!=") and "," in raw:
        values = [_integer(name, part) for part in raw.split(",") if part.strip()]
        if symbol == "=":
            return column.in_(values)
        return not_(column.in_(values)) | column.is_(None)
    value = _typed_value(kind, name, raw)
    if symbol == "!=":
        # SQL's `x != v` drops rows where x is null; "not equal" in the API keeps them.
        return (column != value) | column.is_(None)
    return _COMPARISONS[symbol](column, value)


_COMPARISONS: Mapping[str, Any] = {
    "=": operator.eq,
    ">": operator.gt,
    ">=": operator.ge,
    "<": operator.lt,
    "<=": operator.le,
}


def _string_condition(column: Any, symbol: str, raw: str) -> ColumnElement[bool]:
    if symbol == "=":
        return column == raw
    if symbol == "!=":
        return (column != raw) | column.is_(None)
    if symbol == "~":
        return column.icontains(raw, autoescape=True)
    # "~~": the caller's % are wildcards; everything else, `_` included, is literal.
    pattern = raw.replace("\\", "\\\\").replace("_", "\\_")
    return column.ilike(pattern, escape="\\")


def _typed_value(kind: FieldKind, name: str, raw: str) -> Any:
    try:
        if kind is FieldKind.DATETIME:
            return parse_datetime(raw)
        if kind is FieldKind.DATE:
            return parse_date(raw)
    except TimeFormatError as error:
        raise QueryError("q", f"{name}: {error}") from error
    if kind is FieldKind.BOOLEAN:
        lowered = raw.strip().lower()
        if lowered not in ("true", "false"):
            raise QueryError("q", f"{name} takes true or false")
        return lowered == "true"
    return _integer(name, raw)


def _integer(name: str, raw: str) -> int:
    text = raw.strip()
    if not text.lstrip("-").isdigit():
        raise QueryError("q", f"{name} takes an integer, not {raw!r}")
    value = int(text)
    if abs(value) > LARGEST_ID:
        raise QueryError("q", f"{name} value {raw!r} is out of range")
    return value


def _positive_int(parameter: str, raw: str) -> int:
    text = raw.strip()
    if not text.isdigit() or int(text) < 1:
        raise QueryError(parameter, "must be a whole number of at least 1")
    return int(text)

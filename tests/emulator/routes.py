"""The endpoints the documentation describes, over the in-memory store.

Reads: `/user`; lists of businesses, practitioners (and `/practitioners/:id/appointment_types`),
appointment types (and `/archived`), patients (and `/archived`), individual appointments (and
`/cancelled`, `/deleted`), attendees (and `/individual_appointments/:id/attendees`), unavailable
blocks; one record by id; `/individual_appointments/:id/conflicts`.
Writes: book (POST), change (PUT or PATCH), cancel (PATCH `/cancel`, 204), delete (DELETE, 204).

The documentation names no deleted list for attendees or unavailable blocks: a deleted attendee
stays in `/attendees` with `deleted_at`, a deleted block simply stops being listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from tests.emulator.listing import FIELDS, ListQuery, QueryError, page_links
from tests.emulator.render import RenderContext, render
from tests.emulator.store import CANCELLATION_REASONS, EmulatorStore, Row

_VARIANTS = {
    "individual_appointments": ("cancelled", "deleted"),
    "appointment_types": ("archived",),
    "patients": ("archived",),
}
_LISTS = frozenset(FIELDS)


@dataclass
class Answer:
    """Status, body and extra headers of one response."""

    status: int
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def json(cls, status: int, payload: Any) -> Answer:
        """A JSON answer."""
        return cls(
            status, json.dumps(payload).encode(), [("Content-Type", "application/json; charset=utf-8")]
        )


def _errors(status: int, field_name: str, message: str) -> Answer:
    return Answer.json(status, {"errors": {field_name: [message]}})


_NOT_FOUND = Answer.json(404, {"errors": {"base": ["Not found."]}})


class Routes:
    """Maps a method and path onto the store."""

    def __init__(self, store: EmulatorStore, context: RenderContext, *, live_shows_cancelled: bool) -> None:
        self._store = store
        self._context = context
        self._live_shows_cancelled = live_shows_cancelled

    def answer(
        self, method: str, path: str, query: str, params: list[tuple[str, str]], body: bytes
    ) -> Answer:
        """Route one authenticated request."""
        if not path.startswith("/v1/"):
            return _NOT_FOUND
        segments = path[len("/v1/") :].rstrip("/").split("/")
        with self._store.lock:
            try:
                if method == "GET":
                    return self._read(segments, path, query, params)
                return self._write(method, segments, body)
            except QueryError as problem:
                return _errors(422, problem.field, str(problem))

    # --- reads -----------------------------------------------------------------------------

    def _read(self, segments: list[str], path: str, query: str, params: list[tuple[str, str]]) -> Answer:
        head, rest = segments[0], segments[1:]
        if head == "user" and not rest:
            users = self._store.rows("users")
            return Answer.json(200, render("users", users[0], self._context)) if users else _NOT_FOUND
        if head not in _LISTS:
            return _NOT_FOUND
        if not rest:
            return self._list(head, self._members(head, None), path, query, params)
        if len(rest) == 1 and rest[0] in _VARIANTS.get(head, ()):
            return self._list(head, self._members(head, rest[0]), path, query, params)
        record_id = rest[0]
        row = self._store.get(head, record_id) if record_id.isdigit() else None
        if row is None or (head == "individual_appointments" and row["deleted_at"] is not None):
            return _NOT_FOUND
        if len(rest) == 1:
            return Answer.json(200, render(head, row, self._context))
        if rest[1:] == ["appointment_types"] and head == "practitioners":
            offered = [self._store.get("appointment_types", i) for i in row["_type_ids"]]
            types = [t for t in offered if t is not None and t["archived_at"] is None]
            return self._list("appointment_types", types, path, query, params)
        if rest[1:] == ["attendees"] and head == "individual_appointments":
            return self._list("attendees", self._store.attendees_of(record_id), path, query, params)
        if rest[1:] == ["conflicts"] and head == "individual_appointments":
            return Answer.json(200, {"conflicts": {"exist": bool(self._conflicting(row))}})
        return _NOT_FOUND

    def _members(self, table: str, variant: str | None) -> list[Row]:
        rows = self._store.rows(table)
        if table == "individual_appointments":
            if variant == "deleted":
                return [r for r in rows if r["deleted_at"] is not None]
            live = [r for r in rows if r["deleted_at"] is None]
            if variant == "cancelled":
                return [r for r in live if r["cancelled_at"] is not None]
            return live if self._live_shows_cancelled else [r for r in live if r["cancelled_at"] is None]
        if table in ("appointment_types", "patients"):
            return [r for r in rows if (r["archived_at"] is not None) == (variant == "archived")]
        return rows

    def _list(
        self, table: str, rows: list[Row], path: str, query: str, params: list[tuple[str, str]]
    ) -> Answer:
        fields = FIELDS[table]
        request = ListQuery.parse(params, fields)
        chosen, total, has_next = request.select(rows, fields)
        collection = path[len("/v1/") :].rstrip("/").split("/")
        # The answer's array is named after the records (`/appointment_types/archived` -> appointment_types).
        name = table if collection[0] == table else collection[-1]
        return Answer.json(
            200,
            {
                name: [render(table, row, self._context) for row in chosen],
                "total_entries": total,
                "links": page_links(
                    self._context.base_url + path[len("/v1") :], query, params, request.page, has_next
                ),
            },
        )

    def _conflicting(self, row: Row) -> list[str]:
        return [
            other["id"]
            for other in self._store.live_appointments()
            if other["id"] != row["id"]
            and other["cancelled_at"] is None
            and other["practitioner_id"] == row["practitioner_id"]
            and other["starts_at"] < row["ends_at"]
            and row["starts_at"] < other["ends_at"]
        ]

    # --- writes ----------------------------------------------------------------------------

    def _write(self, method: str, segments: list[str], body: bytes) -> Answer:
        if segments[0] != "individual_appointments":
            return _NOT_FOUND
        try:
            payload = json.loads(body) if body else {}
        except ValueError:
            return _errors(400, "base", "The body is not JSON.")
        if not isinstance(payload, dict):
            return _errors(422, "base", "The body must be an object.")
        if method == "POST" and len(segments) == 1:
            return self._book(payload)
        if len(segments) < 2 or not segments[1].isdigit():
            return _NOT_FOUND
        row = self._store.get("individual_appointments", segments[1])
        if row is None or row["deleted_at"] is not None:
            return _NOT_FOUND
        if method == "DELETE" and len(segments) == 2:
            self._store.delete_appointment(row["id"])
            return Answer(204, b"")
        if method == "PATCH" and segments[2:] == ["cancel"]:
            return self._cancel(row, payload)
        if method in ("PUT", "PATCH") and len(segments) == 2:
            return self._change(row, payload)
        return _NOT_FOUND

    def _book(self, payload: dict[str, Any]) -> Answer:
        references = {}
        for name, table in (
            ("patient_id", "patients"),
            ("practitioner_id", "practitioners"),
            ("appointment_type_id", "appointment_types"),
            ("business_id", "businesses"),
        ):
            value = payload.get(name)
            if not isinstance(value, str | int) or self._store.get(table, str(value)) is None:
                return _errors(422, name, "must name an existing record")
            references[name] = str(value)
        try:
            starts_at = _time(payload.get("starts_at"))
            ends_at = _time(payload["ends_at"]) if payload.get("ends_at") is not None else None
        except ValueError:
            return _errors(422, "starts_at", "must be an ISO 8601 time")
        if ends_at is not None and ends_at <= starts_at:
            return _errors(422, "ends_at", "must be after starts_at")
        notes = payload.get("notes")
        appointment_id = self._store.add_appointment(
            starts_at=starts_at, ends_at=ends_at, notes=notes, **references
        )
        created = self._store.get("individual_appointments", appointment_id)
        assert created is not None
        return Answer.json(201, render("individual_appointments", created, self._context))

    def _change(self, row: Row, payload: dict[str, Any]) -> Answer:
        changes: dict[str, Any] = {}
        try:
            for name in ("starts_at", "ends_at"):
                if name in payload:
                    changes[name] = _time(payload[name])
        except ValueError:
            return _errors(422, "starts_at", "must be an ISO 8601 time")
        for name in ("practitioner_id", "appointment_type_id", "business_id"):
            if name in payload:
                changes[name] = str(payload[name])
        for name in ("notes",):
            if name in payload:
                changes[name] = payload[name]
        for name in ("patient_arrived", "did_not_arrive"):
            if name in payload:
                if not isinstance(payload[name], bool):
                    return _errors(422, name, "must be true or false")
                changes[name] = payload[name]
        if changes.get("ends_at", row["ends_at"]) <= changes.get("starts_at", row["starts_at"]):
            return _errors(422, "ends_at", "must be after starts_at")
        updated = self._store.update("individual_appointments", row["id"], **changes)
        return Answer.json(200, render("individual_appointments", updated, self._context))

    def _cancel(self, row: Row, payload: dict[str, Any]) -> Answer:
        reason = payload.get("cancellation_reason")
        if isinstance(reason, str) and reason.isdigit():
            reason = int(reason)
        if reason not in CANCELLATION_REASONS:
            return _errors(422, "cancellation_reason", "is not a known reason")
        self._store.cancel_appointment(row["id"], reason, payload.get("cancellation_note"))
        return Answer(204, b"")


def _time(value: Any) -> datetime:
    if not isinstance(value, str):
        raise ValueError("not a time")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("a time without a zone")
    return moment.astimezone(UTC)

"""GET endpoints: lists (with their sub-lists and nested lists), single records, `/user`, conflicts."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from sqlalchemy import ColumnElement, select
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from app.sandbox import schema
from app.sandbox.appointment_writes import RecordNotFound
from app.sandbox.ids import LARGEST_ID
from app.sandbox.paging import api_base, list_envelope
from app.sandbox.query_params import parse_list_query
from app.sandbox.resources import (
    ALL_RESOURCES,
    APPOINTMENT_TYPES,
    ATTENDEES,
    BUSINESSES,
    INDIVIDUAL_APPOINTMENTS,
    PRACTITIONERS,
    USERS,
    ResourceSpec,
)
from app.sandbox.responses import json_response
from app.sandbox.store import SandboxStore

Endpoint = Callable[[Request], Awaitable[Response]]
# Builds extra list conditions from the request (a nested list's parent); raises RecordNotFound.
Nesting = Callable[[Request, SandboxStore], Sequence[ColumnElement[bool]]]


def store_of(request: Request) -> SandboxStore:
    """The store the app was built with."""
    store: SandboxStore = request.app.state.store
    return store


def record_id_of(request: Request, name: str = "record_id") -> int:
    """The `{name:int}` path parameter, or RecordNotFound when it cannot be an id."""
    value = int(request.path_params[name])
    if value > LARGEST_ID:
        raise RecordNotFound(f"{value} is not an id")
    return value


def list_endpoint(spec: ResourceSpec, scope: str = "", nesting: Nesting | None = None) -> Endpoint:
    """A paginated, filterable, sortable list of `spec` records (one of its scopes)."""

    async def endpoint(request: Request) -> Response:
        store = store_of(request)
        extra = nesting(request, store) if nesting is not None else ()
        query = parse_list_query(
            request.query_params.multi_items(),
            spec.filter_columns(),
            spec.filters,
            spec.table.c.id,
            spec.sortable_columns(),
        )
        rows, total = store.list_page(spec, scope, query, extra)
        base = api_base(request)
        items = [spec.serialize(row, base) for row in rows]
        return json_response(list_envelope(request, spec.key, items, total, query))

    return endpoint


def single_endpoint(spec: ResourceSpec) -> Endpoint:
    """One record by id; 404 when missing or not visible (deleted, archived type)."""

    async def endpoint(request: Request) -> Response:
        row = store_of(request).get_visible(spec, record_id_of(request))
        if row is None:
            raise RecordNotFound(f"{spec.key} record not found")
        return json_response(spec.serialize(row, api_base(request)))

    return endpoint


def _require(spec: ResourceSpec, request: Request, store: SandboxStore) -> int:
    parent_id = record_id_of(request)
    if store.get_visible(spec, parent_id) is None:
        raise RecordNotFound(f"{spec.key} record not found")
    return parent_id


def _attendees_of_appointment(request: Request, store: SandboxStore) -> Sequence[ColumnElement[bool]]:
    appointment_id = _require(INDIVIDUAL_APPOINTMENTS, request, store)
    return [schema.attendees.c.appointment_id == appointment_id]


def _types_of_practitioner(request: Request, store: SandboxStore) -> Sequence[ColumnElement[bool]]:
    practitioner_id = _require(PRACTITIONERS, request, store)
    link = schema.practitioner_appointment_types
    offered = select(link.c.appointment_type_id).where(link.c.practitioner_id == practitioner_id)
    return [schema.appointment_types.c.id.in_(offered)]


def _practitioners_of_type(request: Request, store: SandboxStore) -> Sequence[ColumnElement[bool]]:
    type_id = _require(APPOINTMENT_TYPES, request, store)
    link = schema.practitioner_appointment_types
    offering = select(link.c.practitioner_id).where(link.c.appointment_type_id == type_id)
    return [schema.practitioners.c.id.in_(offering)]


def _practitioners_of_business(request: Request, store: SandboxStore) -> Sequence[ColumnElement[bool]]:
    # One business per sandbox clinic: every practitioner works there.
    _require(BUSINESSES, request, store)
    return []


async def signed_in_user(request: Request) -> Response:
    """`GET /user`: the account the API key belongs to (the clinic's administrator)."""
    row = store_of(request).first_user()
    if row is None:
        raise RecordNotFound("no user")
    return json_response(USERS.serialize(row, api_base(request)))


async def appointment_conflicts(request: Request) -> Response:
    """`GET /individual_appointments/:id/conflicts`: `{"conflicts": {"exist": bool}}`."""
    exist = store_of(request).conflicts_exist(record_id_of(request))
    return json_response({"conflicts": {"exist": exist}})


def read_routes() -> list[BaseRoute]:
    """Every GET route, sub-lists before `/{id}` so `archived` is never read as an id."""
    routes: list[BaseRoute] = [Route("/user", signed_in_user, methods=["GET"])]
    nested = {
        "individual_appointments": ("attendees", ATTENDEES, _attendees_of_appointment),
        "practitioners": ("appointment_types", APPOINTMENT_TYPES, _types_of_practitioner),
        "appointment_types": ("practitioners", PRACTITIONERS, _practitioners_of_type),
        "businesses": ("practitioners", PRACTITIONERS, _practitioners_of_business),
    }
    for key, spec in ALL_RESOURCES.items():
        for scope in spec.scopes:
            path = f"/{key}/{scope}" if scope else f"/{key}"
            routes.append(Route(path, list_endpoint(spec, scope), methods=["GET"]))
        routes.append(Route(f"/{key}/{{record_id:int}}", single_endpoint(spec), methods=["GET"]))
        if key in nested:
            child_path, child_spec, nesting = nested[key]
            routes.append(
                Route(
                    f"/{key}/{{record_id:int}}/{child_path}",
                    list_endpoint(child_spec, "", nesting),
                    methods=["GET"],
                )
            )
    routes.append(
        Route("/individual_appointments/{record_id:int}/conflicts", appointment_conflicts, methods=["GET"])
    )
    # Cliniko's attendee `booking` link; for an individual appointment the booking is the appointment.
    routes.append(
        Route("/bookings/{record_id:int}", single_endpoint(INDIVIDUAL_APPOINTMENTS), methods=["GET"])
    )
    return routes

"""Write endpoints of individual appointments: book, change (PUT/PATCH), cancel, delete."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from app.sandbox.appointment_writes import RecordNotFound, unwrap_body
from app.sandbox.paging import api_base
from app.sandbox.query_params import QueryError
from app.sandbox.resources import INDIVIDUAL_APPOINTMENTS
from app.sandbox.responses import json_response
from app.sandbox.routes_reads import record_id_of, store_of

_WRAPPER = "individual_appointment"


async def json_body(request: Request) -> Mapping[str, Any]:
    """The request's JSON object (an empty body is `{}`); anything else is a 400."""
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError) as error:
        raise QueryError("base", "the request body is not valid JSON") from error
    if not isinstance(body, dict):
        raise QueryError("base", "the request body must be a JSON object")
    return unwrap_body(body, _WRAPPER)


def _appointment_response(request: Request, appointment_id: int, status_code: int) -> Response:
    row = store_of(request).get_visible(INDIVIDUAL_APPOINTMENTS, appointment_id)
    if row is None:  # pragma: no cover - just written under the store's lock
        raise RecordNotFound("individual appointment not found")
    body = INDIVIDUAL_APPOINTMENTS.serialize(row, api_base(request))
    headers = {"Location": body["links"]["self"]} if status_code == 201 else None
    return json_response(body, status_code, headers)


async def create_appointment(request: Request) -> Response:
    """`POST /individual_appointments`: 201 with the appointment (ends_at defaults from the type)."""
    payload = await json_body(request)
    new_id = store_of(request).create_appointment(payload)
    return _appointment_response(request, int(new_id), 201)


async def change_appointment(request: Request) -> Response:
    """`PUT`/`PATCH /individual_appointments/:id`: 200 with the changed appointment."""
    appointment_id = record_id_of(request)
    payload = await json_body(request)
    store_of(request).update_appointment(appointment_id, payload)
    return _appointment_response(request, appointment_id, 200)


async def cancel_appointment(request: Request) -> Response:
    """`PATCH /individual_appointments/:id/cancel`: 204."""
    appointment_id = record_id_of(request)
    payload = await json_body(request)
    store_of(request).cancel_appointment_with(appointment_id, payload)
    return Response(status_code=204)


async def delete_appointment(request: Request) -> Response:
    """`DELETE /individual_appointments/:id`: 204 (a soft delete, listed under `/deleted`)."""
    store_of(request).delete_appointment(record_id_of(request))
    return Response(status_code=204)


def write_routes() -> list[BaseRoute]:
    """Every write route."""
    item = "/individual_appointments/{record_id:int}"
    return [
        Route("/individual_appointments", create_appointment, methods=["POST"]),
        Route(item, change_appointment, methods=["PUT", "PATCH"]),
        Route(item, delete_appointment, methods=["DELETE"]),
        Route(f"{item}/cancel", cancel_appointment, methods=["PATCH", "PUT"]),
    ]

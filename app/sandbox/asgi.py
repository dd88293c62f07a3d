"""The sandbox as one ASGI application: routes under `/v1`, error mapping, and the middleware."""

from __future__ import annotations

from collections.abc import Iterable

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount
from starlette.types import ASGIApp

from app.sandbox.appointment_writes import RecordNotFound, ValidationFailed
from app.sandbox.auth_and_limits import AccessMiddleware
from app.sandbox.faults import FaultMiddleware, FaultPlan
from app.sandbox.paging import API_PREFIX
from app.sandbox.query_params import QueryError
from app.sandbox.responses import error_response, errors_response
from app.sandbox.routes_reads import read_routes
from app.sandbox.routes_writes import write_routes
from app.sandbox.store import SandboxStore


async def _bad_query(_request: Request, error: Exception) -> Response:
    assert isinstance(error, QueryError)
    return errors_response(400, {error.parameter: [error.message]})


async def _invalid(_request: Request, error: Exception) -> Response:
    assert isinstance(error, ValidationFailed)
    return errors_response(422, error.errors)


async def _not_found(_request: Request, _error: Exception) -> Response:
    return error_response(404, "Not found")


async def _http_error(_request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    return error_response(error.status_code, str(error.detail), error.headers)


def build_app(
    store: SandboxStore,
    *,
    api_keys: Iterable[str],
    rate_limit: int,
    fail_rate: float,
    latency_ms: int,
    fault_seed: int,
) -> ASGIApp:
    """The complete sandbox: faults and latency outermost, then the access gate, then the API."""
    api = Starlette(
        routes=[Mount(API_PREFIX, routes=[*read_routes(), *write_routes()])],
        exception_handlers={
            QueryError: _bad_query,
            ValidationFailed: _invalid,
            RecordNotFound: _not_found,
            HTTPException: _http_error,
        },
    )
    api.state.store = store
    gated = AccessMiddleware(api, api_keys=api_keys, rate_limit=rate_limit)
    return FaultMiddleware(gated, plan=FaultPlan(fail_rate, fault_seed), latency_ms=latency_ms)

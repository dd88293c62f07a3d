"""JSON responses the sandbox answers with, errors included, in one place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.responses import JSONResponse


def json_response(
    body: Any, status_code: int = 200, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    """A JSON body with Cliniko's content type."""
    return JSONResponse(body, status_code=status_code, headers=dict(headers or {}))


def error_response(status_code: int, message: str, headers: Mapping[str, str] | None = None) -> JSONResponse:
    """A plain error: `{"message": ...}` (401, 403, 404, 405, 429, 500)."""
    return json_response({"message": message}, status_code=status_code, headers=headers)


def errors_response(status_code: int, errors: Mapping[str, Sequence[str]]) -> JSONResponse:
    """A field-by-field error body: `{"errors": {"starts_at": ["can't be blank"]}}` (400, 422)."""
    return json_response({"errors": {key: list(values) for key, values in errors.items()}}, status_code)

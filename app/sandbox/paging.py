"""The list envelope: `{resource: [...], "total_entries": N, "links": {self, next?, previous?}}`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from starlette.requests import Request

from app.sandbox.query_params import ListQuery

API_PREFIX = "/v1"


def api_base(request: Request) -> str:
    """`scheme://host:port/v1` as the client addressed us, the prefix of every link served."""
    return f"{request.url.scheme}://{request.url.netloc}{API_PREFIX}"


def page_url(request: Request, page: int, per_page: int) -> str:
    """This request's URL with its page and page size set (every other parameter kept, in order)."""
    kept = [
        (name, value)
        for name, value in request.query_params.multi_items()
        if name not in ("page", "per_page")
    ]
    query = urlencode([*kept, ("page", str(page)), ("per_page", str(per_page))], safe="[]:,")
    return f"{request.url.scheme}://{request.url.netloc}{request.url.path}?{query}"


def list_envelope(
    request: Request, key: str, items: list[Mapping[str, Any]], total: int, query: ListQuery
) -> dict[str, Any]:
    """A page of `items` with Cliniko's `total_entries` and links; `next`/`previous` only when they exist."""
    links = {"self": page_url(request, query.page, query.per_page)}
    if query.page * query.per_page < total:
        links["next"] = page_url(request, query.page + 1, query.per_page)
    if query.page > 1:
        links["previous"] = page_url(request, query.page - 1, query.per_page)
    return {key: items, "total_entries": total, "links": links}

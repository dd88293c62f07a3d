"""How Cliniko spells things: list paths, what it can do, ids in paths and times in filters."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlsplit

from app.remote.base import Capabilities, Endpoint, ListVariant, ResourceKind

MAX_PAGE_SIZE = 100
CLINIKO_RATE_LIMIT = 200

# (path, key of the record array in the answer) for every list the adapter reads.
LISTS: dict[Endpoint, tuple[str, str]] = {
    Endpoint(ResourceKind.BUSINESSES): ("businesses", "businesses"),
    Endpoint(ResourceKind.PRACTITIONERS): ("practitioners", "practitioners"),
    Endpoint(ResourceKind.APPOINTMENT_TYPES): ("appointment_types", "appointment_types"),
    Endpoint(ResourceKind.APPOINTMENT_TYPES, ListVariant.ARCHIVED): (
        "appointment_types/archived",
        "appointment_types",
    ),
    Endpoint(ResourceKind.PATIENTS): ("patients", "patients"),
    Endpoint(ResourceKind.PATIENTS, ListVariant.ARCHIVED): ("patients/archived", "patients"),
    Endpoint(ResourceKind.APPOINTMENTS): ("individual_appointments", "individual_appointments"),
    Endpoint(ResourceKind.APPOINTMENTS, ListVariant.CANCELLED): (
        "individual_appointments/cancelled",
        "individual_appointments",
    ),
    Endpoint(ResourceKind.APPOINTMENTS, ListVariant.DELETED): (
        "individual_appointments/deleted",
        "individual_appointments",
    ),
    Endpoint(ResourceKind.ATTENDEES): ("attendees", "attendees"),
    Endpoint(ResourceKind.UNAVAILABLE_BLOCKS): ("unavailable_blocks", "unavailable_blocks"),
}

# Lists Cliniko's own API reference describes but our summary of it (cliniko-api.md) does not. Without
# them deletions of attendees and unavailable blocks never reach the cache. They are walked like the
# others; a server without them answers 404, read as an empty page marked `list_missing` (and not
# asked again by this adapter), and the sync then finds deleted blocks by re-reading a window of the
# live list instead (`app.sync.block_reconcile`).
OPTIONAL_LISTS: dict[Endpoint, tuple[str, str]] = {
    Endpoint(ResourceKind.ATTENDEES, ListVariant.DELETED): ("attendees/deleted", "attendees"),
    Endpoint(ResourceKind.UNAVAILABLE_BLOCKS, ListVariant.DELETED): (
        "unavailable_blocks/deleted",
        "unavailable_blocks",
    ),
}

CLINIKO_CAPABILITIES = Capabilities(
    name="Cliniko",
    endpoints=frozenset(LISTS) | frozenset(OPTIONAL_LISTS),
    max_page_size=MAX_PAGE_SIZE,
    server_conflict_check=True,
    patient_links_per_attendee=True,
    window_filter_kinds=frozenset({ResourceKind.APPOINTMENTS, ResourceKind.UNAVAILABLE_BLOCKS}),
    rate_limit_per_minute=CLINIKO_RATE_LIMIT,
)


def checked_id(value: str) -> str:
    """A Cliniko id safe to put in a path or filter; ValueError for anything else (e.g. a local id)."""
    if type(value) is str and value.isdigit() and value.isascii():
        return value
    raise ValueError("That is not a Cliniko id (ids are digits).")


def query_time(moment: datetime) -> str:
    """UTC ISO 8601 with 'Z', as Cliniko writes times (a fraction only when there is one)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Times sent to Cliniko must be timezone-aware.")
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ" if utc.microsecond else "%Y-%m-%dT%H:%M:%SZ")


def starts_within(start: datetime, end: datetime) -> list[tuple[str, str]]:
    """Filters keeping records with `start <= starts_at < end`."""
    if end <= start:
        raise ValueError("A time window must end after it starts.")
    return [("q[]", f"starts_at:>={query_time(start)}"), ("q[]", f"starts_at:<{query_time(end)}")]


def next_link(body: object) -> str | None:
    """The `links.next` URL of a list answer; None on the last page (or when the answer has none)."""
    links = body.get("links") if type(body) is dict else None
    url = links.get("next") if type(links) is dict else None
    return url if type(url) is str and url else None


def has_links(body: object) -> bool:
    """Whether a list answer carries a `links` object (then a missing `next` means the last page)."""
    return type(body) is dict and type(body.get("links")) is dict


def next_page_request(url: str, base_url: str) -> tuple[str, list[tuple[str, str]]] | None:
    """A `links.next` URL as (path under `base_url`, query parameters in their order), to follow as given.

    None when the link leaves `base_url` (another host, port, scheme or path): the API key is not
    sent there, and the caller goes on by page number instead.
    """
    base, target = urlsplit(base_url), urlsplit(url)
    root = base.path.rstrip("/") + "/"
    if (
        (target.scheme.lower(), target.netloc.lower()) != (base.scheme.lower(), base.netloc.lower())
        or not target.path.startswith(root)
        or ".." in target.path.split("/")
        or target.fragment
    ):
        return None
    return target.path[len(root) :], parse_qsl(target.query, keep_blank_values=True)

"""The Cliniko adapter: the `RemoteAdapter` interface over Cliniko's REST API.

Connection details live in `cliniko_connection`, HTTP behaviour (pacing, retries, error types) in
`cliniko_transport`, JSON validation in `cliniko_parsing`, list paths and filter spelling in
`cliniko_endpoints`. This module maps the interface's operations onto them.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime, timedelta
from types import TracebackType
from typing import Any, Literal

import httpx

from app.domain.entities import Appointment, Attendee, SignedInUser
from app.log import remote_log
from app.remote.base import (
    AppointmentChanges,
    Cancellation,
    Capabilities,
    ChangePage,
    Endpoint,
    ListVariant,
    NewAppointment,
    ResourceKind,
)
from app.remote.change_walk import walk_changes, whole_second
from app.remote.cliniko_connection import (
    DEFAULT_USER_AGENT,
    check_api_key,
    check_user_agent,
    cliniko_base_url,
)
from app.remote.cliniko_endpoints import (
    CLINIKO_CAPABILITIES,
    LISTS,
    MAX_PAGE_SIZE,
    OPTIONAL_LISTS,
    checked_id,
    has_links,
    next_link,
    next_page_request,
    query_time,
    starts_within,
)
from app.remote.cliniko_fields import RecordError, optional_link_id, parse_id
from app.remote.cliniko_parsing import (
    parse_appointment,
    parse_attendee,
    parse_each,
    parse_page,
    parse_user,
    records_of,
)
from app.remote.cliniko_transport import DEFAULT_TIMEOUT, ClinikoTransport, Params, RetryPolicy
from app.remote.errors import (
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    UnreadableBookingError,
)
from app.remote.pacing import RequestPacer

# A short list (practitioners, a practitioner's types, an appointment's attendees) longer than this
# many pages means the server's `next` links go round in circles.
_MAX_SHORT_LIST_PAGES = 1000


class ClinikoAdapter:
    """Cliniko behind the `RemoteAdapter` interface. Use as `async with` or call `close()`."""

    def __init__(
        self,
        api_key: str,
        *,
        base_url: str | None = None,
        user_agent: str = DEFAULT_USER_AGENT,
        requests_per_minute: int = 190,
        burst: int | None = None,
        max_retries: int = 5,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        update_method: Literal["PATCH", "PUT"] = "PATCH",
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        rng: random.Random | None = None,
    ) -> None:
        key = check_api_key(api_key)
        if max_retries < 0:
            raise ValueError("max_retries cannot be negative.")
        self._update_method = update_method
        self._base_url = cliniko_base_url(key, base_url)
        # Optional lists (see `OPTIONAL_LISTS`) this server answered 404 for: not asked again.
        self._missing_lists: set[Endpoint] = set()
        self._pacer = RequestPacer(requests_per_minute, burst=burst, clock=clock, sleep=sleep)
        self._http = ClinikoTransport(
            key,
            self._base_url,
            check_user_agent(user_agent),
            pacer=self._pacer,
            retry=RetryPolicy(max_retries=max_retries),
            timeout=timeout,
            transport=transport,
            sleep=sleep,
            wall_clock=wall_clock,
            rng=rng,
        )

    async def __aenter__(self) -> ClinikoAdapter:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    @property
    def requests_made(self) -> int:
        """HTTP requests sent so far, retries included."""
        return self._http.requests_made

    def capabilities(self) -> Capabilities:
        """What Cliniko offers (constant)."""
        return CLINIKO_CAPABILITIES

    async def close(self) -> None:
        """Close the connection pool."""
        await self._http.close()

    # --- reading -------------------------------------------------------------------------------

    async def signed_in_user(self) -> SignedInUser:
        """GET /user, and the practitioner whose `user` link points at that user, if any."""
        body = await self._http.request_json("GET", "user")
        try:
            user = parse_user(body)
        except RecordError as problem:
            remote_log.warning("The signed-in user record is malformed: %s", problem)
            raise MalformedResponseError() from None
        if user.practitioner_id is None:
            practitioner_id = await self._practitioner_of_user(user.id)
            if practitioner_id is not None:
                user = parse_user(body, practitioner_id)
        return user

    async def fetch_changes_page(
        self,
        kind: ResourceKind,
        variant: ListVariant,
        since: datetime | None,
        *,
        same_second: bool = False,
        after_id: str | None = None,
        window: tuple[datetime, datetime] | None = None,
        page_size: int | None = None,
    ) -> ChangePage:
        """One validated page of a list, by key (see `RemoteAdapter.fetch_changes_page`)."""
        endpoint = Endpoint(kind, variant)
        if endpoint not in LISTS and endpoint not in OPTIONAL_LISTS:
            raise ValueError(f"Cliniko has no {variant} list of {kind}.")
        size = page_size or MAX_PAGE_SIZE
        if not 1 <= size <= MAX_PAGE_SIZE:
            raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}.")
        params: list[tuple[str, str]] = [("per_page", str(size)), ("page", "1")]
        if same_second:
            if since is None:
                raise ValueError("same_second needs a `since` time.")
            second = whole_second(since)
            params += [
                ("q[]", f"updated_at:>={query_time(second)}"),
                ("q[]", f"updated_at:<{query_time(second + timedelta(seconds=1))}"),
            ]
            if after_id is not None:
                params.append(("q[]", f"id:>{checked_id(after_id)}"))
            params.append(("sort", "id"))
        else:
            if since is not None:
                params.append(("q[]", f"updated_at:>={query_time(since)}"))
            params.append(("sort", "updated_at,id"))
        if window is not None:
            if kind not in CLINIKO_CAPABILITIES.window_filter_kinds:
                raise ValueError(f"The {kind} list cannot be limited to a time window.")
            params += starts_within(*window)
        path, collection = LISTS.get(endpoint) or OPTIONAL_LISTS[endpoint]
        if endpoint in self._missing_lists:
            return _empty_page(size)
        try:
            body = await self._http.request_json("GET", path, params=params)
        except NotFoundError:
            if endpoint not in OPTIONAL_LISTS:
                raise
            remote_log.info("This server has no %s list; its deletions cannot be read", path)
            self._missing_lists.add(endpoint)
            return _empty_page(size)
        return parse_page(body, collection, kind, variant, size)

    def list_changes(
        self,
        kind: ResourceKind,
        variant: ListVariant,
        since: datetime | None,
        *,
        window: tuple[datetime, datetime] | None = None,
        page_size: int | None = None,
    ) -> AsyncIterator[ChangePage]:
        """Every record changed at or after `since`, walked by key (see `app.remote.change_walk`)."""
        return walk_changes(self, kind, variant, since, window=window, page_size=page_size)

    async def list_practitioner_appointment_types(self, practitioner_id: str) -> set[str]:
        """Ids of the appointment types a practitioner offers."""
        path = f"practitioners/{checked_id(practitioner_id)}/appointment_types"
        type_ids: set[str] = set()
        for raw in await self._all_pages(path, "appointment_types"):
            try:
                type_ids.add(parse_id(raw.get("id") if type(raw) is dict else None))
            except RecordError as problem:
                remote_log.warning("Skipped a malformed appointment type of a practitioner: %s", problem)
        return type_ids

    async def fetch_appointment(self, appointment_id: str) -> Appointment | None:
        """GET one appointment; None when the server has no such appointment."""
        try:
            body = await self._http.request_json(
                "GET", f"individual_appointments/{checked_id(appointment_id)}"
            )
        except NotFoundError:
            return None
        return _one_appointment(body)

    async def fetch_attendees(self, appointment_id: str) -> list[Attendee]:
        """The attendees of one appointment (each with its patient link); NotFoundError if it is gone."""
        path = f"individual_appointments/{checked_id(appointment_id)}/attendees"
        raws = await self._all_pages(path, "attendees")
        return parse_each(raws, parse_attendee, ResourceKind.ATTENDEES)

    async def find_appointments(
        self, practitioner_id: str, patient_id: str, starts_at: datetime
    ) -> list[Appointment]:
        """Live appointments of this practitioner and patient starting in the same second as `starts_at`."""
        second = whole_second(starts_at)
        params: Params = [
            ("q[]", f"practitioner_id:={checked_id(practitioner_id)}"),
            ("q[]", f"patient_id:={checked_id(patient_id)}"),
            *starts_within(second, second + timedelta(seconds=1)),
            ("per_page", str(MAX_PAGE_SIZE)),
            ("sort", "id"),
        ]
        body = await self._http.request_json("GET", "individual_appointments", params=params)
        page = parse_page(
            body, "individual_appointments", ResourceKind.APPOINTMENTS, ListVariant.LIVE, MAX_PAGE_SIZE
        )
        return [record for record in page.records if isinstance(record, Appointment)]

    async def server_conflicts_exist(self, appointment_id: str) -> bool:
        """GET /individual_appointments/:id/conflicts -> `conflicts.exist`."""
        path = f"individual_appointments/{checked_id(appointment_id)}/conflicts"
        body = await self._http.request_json("GET", path)
        conflicts = body.get("conflicts") if type(body) is dict else None
        exist = conflicts.get("exist") if type(conflicts) is dict else None
        if type(exist) is not bool:
            remote_log.warning("The conflicts answer has no true/false `exist`")
            raise MalformedResponseError()
        return exist

    # --- writing -------------------------------------------------------------------------------

    async def create_appointment(self, new: NewAppointment) -> Appointment:
        """POST a booking. A lost answer raises AnswerLostError: look for it before trying again.

        A 2xx answer that cannot be read raises UnreadableBookingError: it exists, do not repeat it.
        """
        payload: dict[str, Any] = {
            "starts_at": query_time(new.starts_at),
            "practitioner_id": checked_id(new.practitioner_id),
            "patient_id": checked_id(new.patient_id),
            "appointment_type_id": checked_id(new.appointment_type_id),
            "business_id": checked_id(new.business_id),
        }
        if new.ends_at is not None:
            payload["ends_at"] = query_time(new.ends_at)
        if new.notes is not None:
            payload["notes"] = new.notes
        body = await self._http.request_json("POST", "individual_appointments", body=payload)
        try:
            return parse_appointment(body)
        except RecordError as problem:
            remote_log.warning("The created appointment came back malformed: %s", problem)
            raise UnreadableBookingError() from None

    async def update_appointment(self, appointment_id: str, changes: AppointmentChanges) -> Appointment:
        """Change fields of an appointment (absolute values, so a repeat does no harm)."""
        payload: dict[str, Any] = {}
        if changes.starts_at is not None:
            payload["starts_at"] = query_time(changes.starts_at)
        if changes.ends_at is not None:
            payload["ends_at"] = query_time(changes.ends_at)
        for field in ("practitioner_id", "appointment_type_id", "business_id"):
            value = getattr(changes, field)
            if value is not None:
                payload[field] = checked_id(value)
        if changes.notes is not None:
            payload["notes"] = changes.notes
        if not payload:
            raise ValueError("There is nothing to change.")
        return await self._write_appointment(appointment_id, payload)

    async def set_arrival(
        self, appointment_id: str, *, arrived: bool | None = None, did_not_arrive: bool | None = None
    ) -> Appointment:
        """Set `patient_arrived` and/or `did_not_arrive`."""
        payload: dict[str, Any] = {}
        if arrived is not None:
            payload["patient_arrived"] = arrived
        if did_not_arrive is not None:
            payload["did_not_arrive"] = did_not_arrive
        if not payload:
            raise ValueError("Say whether the patient arrived or did not arrive.")
        return await self._write_appointment(appointment_id, payload)

    async def cancel_appointment(self, appointment_id: str, cancellation: Cancellation) -> None:
        """PATCH /individual_appointments/:id/cancel with the reason code and note."""
        payload: dict[str, Any] = {"cancellation_reason": int(cancellation.reason.value)}
        if cancellation.note is not None:
            payload["cancellation_note"] = cancellation.note
        await self._http.request(
            "PATCH", f"individual_appointments/{checked_id(appointment_id)}/cancel", body=payload
        )

    async def delete_appointment(self, appointment_id: str) -> None:
        """DELETE an appointment; one already gone (e.g. a repeated delete) counts as deleted."""
        try:
            await self._http.request("DELETE", f"individual_appointments/{checked_id(appointment_id)}")
        except NotFoundError:
            remote_log.info("Appointment %s was already deleted on the server", appointment_id)

    # --- helpers -------------------------------------------------------------------------------

    async def _write_appointment(self, appointment_id: str, payload: dict[str, Any]) -> Appointment:
        path = f"individual_appointments/{checked_id(appointment_id)}"
        body = await self._http.request_json(self._update_method, path, body=payload)
        if body is None:  # some servers answer 204: read the result back
            appointment = await self.fetch_appointment(appointment_id)
            if appointment is None:
                raise NotFoundError()
            return appointment
        return _one_appointment(body)

    async def _all_pages(self, path: str, collection: str) -> list[Any]:
        """Every record of a short list, following each page's `links.next` as given (a server sending
        no links is paged by number until a page comes back short)."""
        items: list[Any] = []
        params: Params = [("per_page", str(MAX_PAGE_SIZE)), ("page", "1")]
        for page in range(2, _MAX_SHORT_LIST_PAGES + 2):
            body = await self._http.request_json("GET", path, params=params)
            batch = records_of(body, collection)
            items.extend(batch)
            url = next_link(body)
            following = next_page_request(url, self._base_url) if url is not None else None
            if following is not None:
                path, params = following
            elif url is not None or (not has_links(body) and len(batch) >= MAX_PAGE_SIZE):
                # A next page the link cannot take us to (it leaves the API root), or no links at all.
                params = [("per_page", str(MAX_PAGE_SIZE)), ("page", str(page))]
            else:
                return items
        remote_log.warning("The %s list did not end after %d pages", collection, _MAX_SHORT_LIST_PAGES)
        raise MalformedResponseError()

    async def _practitioner_of_user(self, user_id: str) -> str | None:
        try:
            practitioners = await self._all_pages("practitioners", "practitioners")
        except (PermissionDeniedError, NotFoundError):
            return None
        for raw in practitioners:
            try:
                if type(raw) is dict and optional_link_id(raw, "user") == user_id:
                    return parse_id(raw.get("id"))
            except RecordError:
                continue
        return None


def _empty_page(page_size: int) -> ChangePage:
    return ChangePage(
        records=[], skipped=0, last_key=None, raw_count=0, page_size=page_size, list_missing=True
    )


def _one_appointment(body: Any) -> Appointment:
    try:
        return parse_appointment(body)
    except RecordError as problem:
        remote_log.warning("An appointment answer is malformed: %s", problem)
        raise MalformedResponseError() from None

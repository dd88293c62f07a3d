"""Cliniko JSON -> domain entities, validated at the edge.

A list page is parsed record by record: a malformed record is skipped, counted and logged by id
only (never a name, a note or a link), and the rest of the page goes on. A malformed page (not an
object, no list where the records should be) raises `MalformedResponseError`.

Mapping decisions:
- ids are text; JSON integers are accepted and converted with `str()`, floats are refused;
- relation ids are the last path segment of the relation's `links.self`;
- every list record must have `updated_at` (the sync cursor key);
- a record from a `cancelled` / `deleted` / `archived` list without its `*_at` time gets its
  `updated_at` there: the list it came from is the statement;
- a page shorter than asked for that still links a `next` page is a full page: the server pages
  smaller than asked, and the walk must go on (the documentation's end of a list is `next` absent);
- `telehealth_enabled: null` is False; `repeat_rule` (an object) is kept as compact JSON text, and
  `{}` as None; `series_id` is the `repeated_from` link's id, or the record's own id when it repeats.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from app.domain.entities import (
    Appointment,
    AppointmentType,
    Attendee,
    Business,
    Patient,
    Practitioner,
    SignedInUser,
    UnavailableBlock,
    UserRole,
    positional_constructor,
)
from app.log import remote_log
from app.remote.base import ChangePage, ListVariant, RemoteRecord, ResourceKind
from app.remote.cliniko_endpoints import next_link
from app.remote.cliniko_fields import (
    RecordError,
    flag,
    link_id,
    optional_link_id,
    optional_text,
    parse_id,
    parse_optional_date,
    parse_optional_time,
    parse_time,
    reason_code,
    required_text,
    text,
    whole_number,
)
from app.remote.errors import MalformedResponseError

DEFAULT_TYPE_COLOR = "#7f8c8d"
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")

RecordParser = Callable[[Any, ListVariant], RemoteRecord]
_LIVE = ListVariant.LIVE
_new_appointment = positional_constructor(Appointment)


def _object(raw: Any) -> dict[str, Any]:
    if type(raw) is not dict:
        raise RecordError("the record is not a JSON object")
    return raw


def parse_appointment(raw: Any, variant: ListVariant = ListVariant.LIVE) -> Appointment:
    """An individual appointment (live, cancelled or deleted list, or a single fetch)."""
    g = _object(raw).get
    # The sync's hot path (100k records on a first sync): every field is still validated, but the
    # usual shapes are taken without a call (most optional fields are null, a time or a link seen
    # before is a dictionary hit), and the appointment is built positionally.
    appointment_id = parse_id(g("id"))
    updated_at = parse_time(g("updated_at"), "updated_at")
    starts_at = parse_time(g("starts_at"), "starts_at")
    ends_at = parse_time(g("ends_at"), "ends_at")
    if ends_at < starts_at:
        raise RecordError("ends_at is before starts_at")
    value = g("cancelled_at")
    cancelled_at = None if value is None else parse_optional_time(value, "cancelled_at")
    value = g("deleted_at")
    deleted_at = None if value is None else parse_optional_time(value, "deleted_at")
    if variant is not _LIVE:
        if variant is ListVariant.CANCELLED and cancelled_at is None:
            cancelled_at = updated_at
        elif variant is ListVariant.DELETED and deleted_at is None:
            deleted_at = updated_at
    value = g("repeat_rule")
    repeat_rule = None if value is None or value == {} else _repeat_rule(value)
    value = g("repeated_from")
    series_id = None if value is None else optional_link_id(raw, "repeated_from")
    if series_id is None and repeat_rule:
        series_id = appointment_id
    value = g("cancellation_reason")
    reason = None if value is None else reason_code(value, "cancellation_reason")
    value = g("created_at")
    created_at = None if value is None else parse_optional_time(value, "created_at")
    value = g("patient")
    patient_id = None if value is None else link_id(raw, "patient")
    value = g("patient_name")
    patient_name = value if type(value) is str else text(value, "patient_name")
    notes = g("notes")
    if notes is not None and type(notes) is not str:
        raise RecordError("notes is not text")
    note = g("cancellation_note")
    if note is not None and type(note) is not str:
        raise RecordError("cancellation_note is not text")
    telehealth_url = g("telehealth_url")
    if telehealth_url is not None and type(telehealth_url) is not str:
        raise RecordError("telehealth_url is not text")
    arrived = g("patient_arrived")
    if arrived is not True and arrived is not False:
        arrived = flag(arrived, "patient_arrived", False)
    did_not_arrive = g("did_not_arrive")
    if did_not_arrive is not True and did_not_arrive is not False:
        did_not_arrive = flag(did_not_arrive, "did_not_arrive", False)
    return _new_appointment(
        appointment_id,
        starts_at,
        ends_at,
        link_id(raw, "practitioner"),
        link_id(raw, "appointment_type"),
        link_id(raw, "business"),
        patient_id,
        patient_name,
        notes,
        arrived,
        did_not_arrive,
        cancelled_at,
        reason,
        note,
        deleted_at,
        repeat_rule,
        series_id,
        False,  # is_group: individual appointments only
        1,  # attendee_count
        telehealth_url,
        created_at,
        updated_at,
    )


def parse_attendee(raw: Any, variant: ListVariant = ListVariant.LIVE) -> Attendee:
    """A patient's place on an appointment; `booking` links to the appointment."""
    g = _object(raw).get
    updated_at = parse_time(g("updated_at"), "updated_at")
    cancelled_at = parse_optional_time(g("cancelled_at"), "cancelled_at")
    deleted_at = parse_optional_time(g("deleted_at"), "deleted_at")
    if variant is ListVariant.CANCELLED and cancelled_at is None:
        cancelled_at = updated_at
    elif variant is ListVariant.DELETED and deleted_at is None:
        deleted_at = updated_at
    return Attendee(
        id=parse_id(g("id")),
        appointment_id=link_id(raw, "booking"),
        patient_id=optional_link_id(raw, "patient"),
        arrived=flag(g("arrived"), "arrived", False),
        cancelled_at=cancelled_at,
        deleted_at=deleted_at,
        telehealth_url=optional_text(g("telehealth_url"), "telehealth_url"),
        updated_at=updated_at,
    )


def parse_appointment_type(raw: Any, variant: ListVariant = ListVariant.LIVE) -> AppointmentType:
    """An appointment type; null `telehealth_enabled` is off, a bad colour falls back to the default."""
    g = _object(raw).get
    updated_at = parse_time(g("updated_at"), "updated_at")
    archived_at = parse_optional_time(g("archived_at"), "archived_at")
    if variant is ListVariant.ARCHIVED and archived_at is None:
        archived_at = updated_at
    max_attendees = g("max_attendees")
    return AppointmentType(
        id=parse_id(g("id")),
        name=required_text(g("name"), "name"),
        duration_in_minutes=whole_number(g("duration_in_minutes"), "duration_in_minutes"),
        color=_color(g("color")),
        category=optional_text(g("category"), "category") or None,
        max_attendees=1 if max_attendees is None else whole_number(max_attendees, "max_attendees", minimum=1),
        telehealth_enabled=flag(g("telehealth_enabled"), "telehealth_enabled", False),
        archived_at=archived_at,
        updated_at=updated_at,
    )


def parse_practitioner(raw: Any, variant: ListVariant = ListVariant.LIVE) -> Practitioner:
    """A practitioner (the types they offer come from a separate request)."""
    g = _object(raw).get
    return Practitioner(
        id=parse_id(g("id")),
        first_name=text(g("first_name"), "first_name"),
        last_name=text(g("last_name"), "last_name"),
        title=text(g("title"), "title"),
        active=flag(g("active"), "active", True),
        updated_at=parse_time(g("updated_at"), "updated_at"),
    )


def parse_patient(raw: Any, variant: ListVariant = ListVariant.LIVE) -> Patient:
    """A patient with their phone numbers (numbers only; the type labels are not kept)."""
    g = _object(raw).get
    updated_at = parse_time(g("updated_at"), "updated_at")
    archived_at = parse_optional_time(g("archived_at"), "archived_at")
    if variant is ListVariant.ARCHIVED and archived_at is None:
        archived_at = updated_at
    return Patient(
        id=parse_id(g("id")),
        first_name=text(g("first_name"), "first_name"),
        last_name=text(g("last_name"), "last_name"),
        date_of_birth=parse_optional_date(g("date_of_birth"), "date_of_birth"),
        email=optional_text(g("email"), "email") or None,
        phone_numbers=_phone_numbers(g("patient_phone_numbers")),
        archived_at=archived_at,
        updated_at=updated_at,
    )


def parse_business(raw: Any, variant: ListVariant = ListVariant.LIVE) -> Business:
    """A business and its IANA time zone."""
    g = _object(raw).get
    return Business(
        id=parse_id(g("id")),
        name=text(g("business_name"), "business_name"),
        time_zone_identifier=required_text(g("time_zone_identifier"), "time_zone_identifier"),
        updated_at=parse_time(g("updated_at"), "updated_at"),
    )


def parse_unavailable_block(raw: Any, variant: ListVariant = ListVariant.LIVE) -> UnavailableBlock:
    """Time a practitioner is not available for bookings."""
    g = _object(raw).get
    starts_at = parse_time(g("starts_at"), "starts_at")
    ends_at = parse_time(g("ends_at"), "ends_at")
    if ends_at < starts_at:
        raise RecordError("ends_at is before starts_at")
    return UnavailableBlock(
        id=parse_id(g("id")),
        practitioner_id=link_id(raw, "practitioner"),
        starts_at=starts_at,
        ends_at=ends_at,
        business_id=optional_link_id(raw, "business"),
        notes=optional_text(g("notes"), "notes"),
        updated_at=parse_time(g("updated_at"), "updated_at"),
    )


def parse_user(raw: Any, practitioner_id: str | None = None) -> SignedInUser:
    """The user behind the key. An unknown role reads as receptionist: the least it may see."""
    g = _object(raw).get
    role_text = g("role")
    role = {
        "administrator": UserRole.ADMINISTRATOR,
        "practitioner": UserRole.PRACTITIONER,
    }.get(role_text.strip().lower() if type(role_text) is str else "", UserRole.RECEPTIONIST)
    return SignedInUser(
        id=parse_id(g("id")),
        first_name=text(g("first_name"), "first_name"),
        last_name=text(g("last_name"), "last_name"),
        email=optional_text(g("email"), "email") or None,
        role=role,
        practitioner_id=practitioner_id or optional_link_id(raw, "practitioner"),
    )


PARSERS: dict[ResourceKind, RecordParser] = {
    ResourceKind.APPOINTMENTS: parse_appointment,
    ResourceKind.ATTENDEES: parse_attendee,
    ResourceKind.APPOINTMENT_TYPES: parse_appointment_type,
    ResourceKind.PRACTITIONERS: parse_practitioner,
    ResourceKind.PATIENTS: parse_patient,
    ResourceKind.BUSINESSES: parse_business,
    ResourceKind.UNAVAILABLE_BLOCKS: parse_unavailable_block,
}


def records_of(body: Any, collection: str) -> list[Any]:
    """The raw record list of a list answer `{"<collection>": [...], ...}`."""
    items = body.get(collection) if type(body) is dict else None
    if type(items) is not list:
        remote_log.warning("A %s list answer has no %s array", collection, collection)
        raise MalformedResponseError()
    return items


def parse_page(
    body: Any, collection: str, kind: ResourceKind, variant: ListVariant, page_size: int
) -> ChangePage:
    """Validate every record of one list answer; skip and count the malformed ones."""
    items = records_of(body, collection)
    parse = PARSERS[kind]
    records: list[RemoteRecord] = []
    append = records.append
    skipped_ids: list[str] = []
    skipped = 0
    last_key: tuple[datetime, str] | None = None
    # The last valid record, unless a malformed one with a readable key came after it.
    newest: RemoteRecord | None = None
    for raw in items:
        try:
            newest = parse(raw, variant)
        except RecordError as problem:
            skipped += 1
            key = _readable_key(raw)
            record_id = key[1] if key else _readable_id(raw)
            if record_id is not None:
                skipped_ids.append(record_id)
            if key is not None:
                last_key, newest = key, None
            # Field names only: the value may be a name, a note or a secret link.
            remote_log.warning(
                "Skipped a malformed %s record (id %s): %s", kind, record_id or "unknown", problem
            )
            continue
        append(newest)
    if newest is not None and newest.updated_at is not None:  # always set, for list records
        last_key = (newest.updated_at, newest.id)
    if 0 < len(items) < page_size and next_link(body) is not None:
        remote_log.debug("The %s list pages by %d, fewer than asked; walking on", collection, len(items))
        page_size = len(items)
    return ChangePage(
        records=records,
        skipped=skipped,
        last_key=last_key,
        raw_count=len(items),
        page_size=page_size,
        skipped_ids=tuple(skipped_ids),
    )


def parse_each(items: list[Any], parse: RecordParser, kind: ResourceKind) -> list[Any]:
    """Parse records outside a change listing (attendees of one appointment...), skipping bad ones."""
    parsed = []
    for raw in items:
        try:
            parsed.append(parse(raw, ListVariant.LIVE))
        except RecordError as problem:
            record_id = _readable_id(raw)
            remote_log.warning(
                "Skipped a malformed %s record (id %s): %s", kind, record_id or "unknown", problem
            )
    return parsed


def _readable_id(raw: Any) -> str | None:
    try:
        return parse_id(raw.get("id")) if type(raw) is dict else None
    except RecordError:
        return None


def _readable_key(raw: Any) -> tuple[datetime, str] | None:
    record_id = _readable_id(raw)
    if record_id is None:
        return None
    try:
        return parse_time(raw.get("updated_at"), "updated_at"), record_id
    except RecordError:
        return None


def _repeat_rule(value: Any) -> str | None:
    if value is None or value in ({}, ""):
        return None
    if type(value) is str:
        return value
    if type(value) is dict:
        return json.dumps(value, sort_keys=True, separators=(",", ":"))
    raise RecordError("repeat_rule is not an object")


def _color(value: Any) -> str:
    if type(value) is str and len(value) == 7 and value[0] == "#" and _HEX_DIGITS.issuperset(value[1:]):
        return value
    if value is None or type(value) is str:
        return DEFAULT_TYPE_COLOR  # a colour is cosmetic: a bad one is not worth losing the type
    raise RecordError("color is not text")


def _phone_numbers(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if type(value) is not list:
        raise RecordError("patient_phone_numbers is not a list")
    numbers = []
    for entry in value:
        if type(entry) is not dict:
            raise RecordError("patient_phone_numbers holds something other than objects")
        number = optional_text(entry.get("number"), "patient_phone_numbers.number")
        if number:
            numbers.append(number)
    return tuple(numbers)

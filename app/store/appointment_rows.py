"""Appointments to and from the cache's rows: the conversions on the sync's and the calendar's hot paths.

`appointment_to_row` builds the storage dict (integer epoch microseconds, 0/1) local writes execute;
`appointment_values` the same values as a tuple, which the sync's ingest binds positionally;
`appointments_from_storage` decodes the raw rows the window reads fetch. Import these from
`app.store.mapping`, which holds every entity's conversions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from app.domain.entities import Appointment, positional_constructor
from app.store.timestamps import (
    decoded_memo,
    encoded_memo,
    from_epoch_us,
    optional_epoch_us,
    to_epoch_us,
    to_epoch_us_memo,
)

# The appointment columns in `Appointment`'s positional order (a test checks it matches the entity).
APPOINTMENT_FIELDS: tuple[str, ...] = (
    "id",
    "starts_at",
    "ends_at",
    "practitioner_id",
    "appointment_type_id",
    "business_id",
    "patient_id",
    "patient_name",
    "notes",
    "patient_arrived",
    "did_not_arrive",
    "cancelled_at",
    "cancellation_reason",
    "cancellation_note",
    "deleted_at",
    "repeat_rule",
    "series_id",
    "is_group",
    "attendee_count",
    "telehealth_url",
    "created_at",
    "updated_at",
)
# The appointments table's columns in table order: the entity's fields, then the sync bookkeeping.
APPOINTMENT_COLUMNS: tuple[str, ...] = (*APPOINTMENT_FIELDS, "remote_updated_at", "pending_sync")
_new_appointment = positional_constructor(Appointment)


def appointment_to_row(
    appointment: Appointment,
    *,
    pending_sync: bool = False,
    remote_updated_at: datetime | None = None,
    from_server: bool = True,
) -> dict[str, Any]:
    """The storage dict of `appointment` (local writes; the sync's ingest uses `appointment_values`).

    From the server (default) the row is based on the appointment's own `updated_at` and has nothing
    pending; for a local write pass `from_server=False` with the row's `remote_updated_at` base.
    """
    a = appointment
    updated_at = optional_epoch_us(a.updated_at)
    return {
        "id": a.id,
        "starts_at": to_epoch_us(a.starts_at),
        "ends_at": to_epoch_us(a.ends_at),
        "practitioner_id": a.practitioner_id,
        "appointment_type_id": a.appointment_type_id,
        "business_id": a.business_id,
        "patient_id": a.patient_id,
        "patient_name": a.patient_name,
        "notes": a.notes,
        "patient_arrived": a.patient_arrived,
        "did_not_arrive": a.did_not_arrive,
        "cancelled_at": optional_epoch_us(a.cancelled_at),
        "cancellation_reason": a.cancellation_reason,
        "cancellation_note": a.cancellation_note,
        "deleted_at": optional_epoch_us(a.deleted_at),
        "repeat_rule": a.repeat_rule,
        "series_id": a.series_id,
        "is_group": a.is_group,
        "attendee_count": a.attendee_count,
        "telehealth_url": a.telehealth_url,
        "created_at": optional_epoch_us(a.created_at),
        "updated_at": updated_at,
        "remote_updated_at": updated_at if from_server else optional_epoch_us(remote_updated_at),
        "pending_sync": pending_sync,
    }


def appointment_values(appointment: Appointment) -> tuple[Any, ...]:
    """A server copy's storage values in APPOINTMENT_COLUMNS order: `appointment_to_row`'s as a tuple.

    The ingest's hot path: start and end times repeat across a clinic's calendar, so their
    conversions are looked up in a shared memo first.
    """
    a = appointment
    known = encoded_memo().get
    starts_at, ends_at, cancelled_at = a.starts_at, a.ends_at, a.cancelled_at
    updated_at = optional_epoch_us(a.updated_at)
    return (
        a.id,
        known(starts_at) or to_epoch_us_memo(starts_at),
        known(ends_at) or to_epoch_us_memo(ends_at),
        a.practitioner_id,
        a.appointment_type_id,
        a.business_id,
        a.patient_id,
        a.patient_name,
        a.notes,
        a.patient_arrived,
        a.did_not_arrive,
        None if cancelled_at is None else known(cancelled_at) or to_epoch_us_memo(cancelled_at),
        a.cancellation_reason,
        a.cancellation_note,
        optional_epoch_us(a.deleted_at),
        a.repeat_rule,
        a.series_id,
        a.is_group,
        a.attendee_count,
        a.telehealth_url,
        optional_epoch_us(a.created_at),
        updated_at,
        updated_at,  # remote_updated_at: a server copy is based on itself
        False,  # pending_sync
    )


def appointment_from_row(row: Mapping[Any, Any]) -> Appointment:
    """The domain appointment held by a decoded row (bookkeeping columns are ignored)."""
    return Appointment(**{name: row[name] for name in APPOINTMENT_FIELDS})


def appointments_from_storage(rows: Iterable[Sequence[Any]]) -> list[Appointment]:
    """Appointments from raw rows of the APPOINTMENT_FIELDS columns in storage form, in order.

    The calendar's read path: one loop with the decoders bound locally, and the entity's positional
    constructor (`positional_constructor`: about 60 % of the cost of the frozen dataclass's `__init__`).
    """
    # Memo hits inline (`known(t) or decode(t)`): most start and end times repeat across a week.
    decode, known, build = from_epoch_us, decoded_memo().get, _new_appointment
    built = []
    for (
        id_,
        starts_at,
        ends_at,
        practitioner_id,
        appointment_type_id,
        business_id,
        patient_id,
        patient_name,
        notes,
        patient_arrived,
        did_not_arrive,
        cancelled_at,
        cancellation_reason,
        cancellation_note,
        deleted_at,
        repeat_rule,
        series_id,
        is_group,
        attendee_count,
        telehealth_url,
        created_at,
        updated_at,
    ) in rows:
        built.append(
            build(
                id_,
                known(starts_at) or decode(starts_at),
                known(ends_at) or decode(ends_at),
                practitioner_id,
                appointment_type_id,
                business_id,
                patient_id,
                patient_name,
                notes,
                patient_arrived == 1,
                did_not_arrive == 1,
                None if cancelled_at is None else known(cancelled_at) or decode(cancelled_at),
                cancellation_reason,
                cancellation_note,
                None if deleted_at is None else decode(deleted_at),
                repeat_rule,
                series_id,
                is_group == 1,
                attendee_count,
                telehealth_url,
                None if created_at is None else known(created_at) or decode(created_at),
                None if updated_at is None else known(updated_at) or decode(updated_at),
            )
        )
    return built

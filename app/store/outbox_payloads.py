"""The durable shape of each outbox entry's payload: what services write and the sync engine pushes.

Payloads are stored as JSON, so they outlive the process and any later version of the app must
read what an older one wrote: add fields with defaults, never rename.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.timezones import format_iso_utc, parse_iso_utc
from app.store.outbox import OutboxKind


def _time(value: datetime | None) -> str | None:
    return None if value is None else format_iso_utc(value)


def _parse(value: Any) -> datetime | None:
    return None if value is None else parse_iso_utc(str(value))


@dataclass(frozen=True, slots=True)
class CreatePayload:
    """A booking made at the desk (the entry's appointment id is the local id)."""

    starts_at: datetime
    ends_at: datetime
    practitioner_id: str
    patient_id: str
    appointment_type_id: str
    business_id: str
    notes: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "starts_at": format_iso_utc(self.starts_at),
            "ends_at": format_iso_utc(self.ends_at),
            "practitioner_id": self.practitioner_id,
            "patient_id": self.patient_id,
            "appointment_type_id": self.appointment_type_id,
            "business_id": self.business_id,
            "notes": self.notes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CreatePayload:
        return cls(
            starts_at=parse_iso_utc(str(data["starts_at"])),
            ends_at=parse_iso_utc(str(data["ends_at"])),
            practitioner_id=str(data["practitioner_id"]),
            patient_id=str(data["patient_id"]),
            appointment_type_id=str(data["appointment_type_id"]),
            business_id=str(data["business_id"]),
            notes=data.get("notes"),
        )


@dataclass(frozen=True, slots=True)
class ChangePayload:
    """A move or an edit: only the fields that changed are set (None = unchanged)."""

    starts_at: datetime | None = None
    ends_at: datetime | None = None
    practitioner_id: str | None = None
    appointment_type_id: str | None = None
    notes: str | None = None
    # notes=None means "unchanged"; clearing the notes is an explicit flag.
    clear_notes: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "starts_at": _time(self.starts_at),
            "ends_at": _time(self.ends_at),
            "practitioner_id": self.practitioner_id,
            "appointment_type_id": self.appointment_type_id,
            "notes": self.notes,
            "clear_notes": self.clear_notes,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ChangePayload:
        return cls(
            starts_at=_parse(data.get("starts_at")),
            ends_at=_parse(data.get("ends_at")),
            practitioner_id=data.get("practitioner_id"),
            appointment_type_id=data.get("appointment_type_id"),
            notes=data.get("notes"),
            clear_notes=bool(data.get("clear_notes", False)),
        )


@dataclass(frozen=True, slots=True)
class CancelPayload:
    reason: str
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"reason": self.reason, "note": self.note}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> CancelPayload:
        return cls(reason=str(data["reason"]), note=data.get("note"))


@dataclass(frozen=True, slots=True)
class ArrivalPayload:
    """Arrived / did-not-arrive flags as set at the desk (None = unchanged)."""

    patient_arrived: bool | None = None
    did_not_arrive: bool | None = None

    def to_json(self) -> dict[str, Any]:
        return {"patient_arrived": self.patient_arrived, "did_not_arrive": self.did_not_arrive}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ArrivalPayload:
        return cls(patient_arrived=data.get("patient_arrived"), did_not_arrive=data.get("did_not_arrive"))


@dataclass(frozen=True, slots=True)
class DeletePayload:
    def to_json(self) -> dict[str, Any]:
        return {}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> DeletePayload:
        return cls()


OutboxPayload = CreatePayload | ChangePayload | CancelPayload | ArrivalPayload | DeletePayload

PAYLOAD_OF_KIND: dict[OutboxKind, type[OutboxPayload]] = {
    OutboxKind.CREATE: CreatePayload,
    OutboxKind.CHANGE: ChangePayload,
    OutboxKind.MOVE: ChangePayload,
    OutboxKind.CANCEL: CancelPayload,
    OutboxKind.DELETE: DeletePayload,
    OutboxKind.ARRIVED: ArrivalPayload,
    OutboxKind.DID_NOT_ARRIVE: ArrivalPayload,
}


def decode_payload(kind: OutboxKind, data: Mapping[str, Any]) -> OutboxPayload:
    """The typed payload of an outbox entry of `kind`."""
    return PAYLOAD_OF_KIND[kind].from_json(data)

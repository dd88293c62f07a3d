"""Small facts about the cache: last successful sync, the signed-in user, which account it mirrors.

Values are text. Keys starting with "store." belong to the store itself (see
`app.store.duration_bounds`) and cannot be written through `set_meta`.
"""

from __future__ import annotations

import json
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Connection, delete, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from app.domain.entities import SignedInUser, UserRole
from app.store.models import MetaRow, table_of
from app.store.timestamps import from_epoch_us, to_epoch_us

Executor = Session | Connection
_meta = table_of(MetaRow)
INTERNAL_PREFIX = "store."


class MetaKey(StrEnum):
    """The keys other layers agree on (any other text key may be used as well)."""

    LAST_SUCCESSFUL_SYNC_AT = "sync.last_successful_at"
    # Which server and account this cache mirrors, so a different key cannot mix two clinics.
    ACCOUNT_BASE_URL = "account.base_url"
    ACCOUNT_ID = "account.id"
    SIGNED_IN_USER = "account.signed_in_user"
    # The longest duration ever stored (bounds the overlap queries' index scans).
    MAX_APPOINTMENT_DURATION_US = "store.max_appointment_duration_us"
    MAX_UNAVAILABLE_BLOCK_DURATION_US = "store.max_unavailable_block_duration_us"


def get_meta(executor: Executor, key: str) -> str | None:
    """The value stored under `key`, or None."""
    return executor.execute(select(_meta.c.value).where(_meta.c.key == key)).scalar_one_or_none()


def set_meta(executor: Executor, key: str, value: str | None) -> None:
    """Store `value` under `key` (None removes the key)."""
    if key.startswith(INTERNAL_PREFIX):
        raise ValueError(f"meta key {key!r} is maintained by the store itself")
    if value is None:
        executor.execute(delete(_meta).where(_meta.c.key == key))
        return
    statement = insert(_meta).values(key=key, value=value)
    executor.execute(statement.on_conflict_do_update(index_elements=[_meta.c.key], set_={"value": value}))


def get_last_successful_sync(executor: Executor) -> datetime | None:
    """When a sync cycle last completed (aware UTC), or None if never."""
    value = get_meta(executor, MetaKey.LAST_SUCCESSFUL_SYNC_AT)
    return None if value is None else from_epoch_us(int(value))


def set_last_successful_sync(executor: Executor, when: datetime) -> None:
    """Record that a sync cycle completed at `when` (aware)."""
    set_meta(executor, MetaKey.LAST_SUCCESSFUL_SYNC_AT, str(to_epoch_us(when)))


def get_signed_in_user(executor: Executor) -> SignedInUser | None:
    """The account the API key belongs to, as last read from the server."""
    value = get_meta(executor, MetaKey.SIGNED_IN_USER)
    if value is None:
        return None
    data = json.loads(value)
    return SignedInUser(
        id=data["id"],
        first_name=data["first_name"],
        last_name=data["last_name"],
        email=data["email"],
        role=UserRole(data["role"]),
        practitioner_id=data["practitioner_id"],
    )


def set_signed_in_user(executor: Executor, user: SignedInUser | None) -> None:
    """Remember (or with None, forget) the signed-in user."""
    if user is None:
        set_meta(executor, MetaKey.SIGNED_IN_USER, None)
        return
    data = {
        "id": user.id,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "role": user.role.value,
        "practitioner_id": user.practitioner_id,
    }
    set_meta(executor, MetaKey.SIGNED_IN_USER, json.dumps(data, sort_keys=True))


def duration_bound_us(executor: Executor, key: MetaKey) -> int | None:
    """The longest duration recorded under `key` (microseconds), or None if the row has gone missing."""
    value = get_meta(executor, key)
    return None if value is None else int(value)

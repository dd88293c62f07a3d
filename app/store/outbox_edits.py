"""Rewriting a change that is still waiting: a booking moved or edited before it was ever pushed.

Only a *pending* entry may be rewritten. Once the sync engine has marked it in flight the request may
already be on the wire, so the caller must enqueue a further change instead. The state check and the
write are one statement, so a sync picking the entry up at the same moment cannot be overtaken.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import update

from app.store.models import OutboxRow, table_of
from app.store.outbox import OutboxState
from app.store.prepared import Executor

_outbox = table_of(OutboxRow)


def replace_pending_payload(
    executor: Executor, entry_id: int, payload: Mapping[str, Any], *, now: datetime | None = None
) -> bool:
    """Replace the payload of a pending entry; False (nothing written) when it is no longer pending."""
    statement = (
        update(_outbox)
        .where(_outbox.c.seq == entry_id, _outbox.c.state == OutboxState.PENDING.value)
        .values(
            payload=json.dumps(dict(payload), sort_keys=True, allow_nan=False),
            updated_at=now if now is not None else datetime.now(UTC),
        )
    )
    return executor.execute(statement).rowcount == 1  # type: ignore[attr-defined]

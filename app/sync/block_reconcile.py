"""Finding unavailable blocks deleted on a server that has no list of deleted blocks.

Cliniko lists deleted blocks at `/unavailable_blocks/deleted`, but the API as summarised for us (and so
a server built from that summary) has only the live list, where a deleted block simply stops being
listed. An incremental walk by `updated_at` never notices an absence, and a block left in the cache
keeps warning "practitioner unavailable" for a slot that is free. So when the deleted list is missing,
each pull re-reads the live blocks starting in a window around today (what a desk books into) and
removes the cached blocks of that window the server no longer lists. A block further ahead is
noticed once it enters the window. A deleted block is never resurrected by this: only removals.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import Connection

from app.store import bulk
from app.store.queries import unavailable_blocks_in_window

# The window re-read each pull: yesterday (a block still on screen) to four weeks ahead.
RECONCILE_BEHIND = timedelta(days=1)
RECONCILE_AHEAD = timedelta(days=28)


def reconcile_window(now: datetime) -> tuple[datetime, datetime]:
    """The [start, end) of block start times re-read when deleted blocks cannot be listed."""
    return now - RECONCILE_BEHIND, now + RECONCILE_AHEAD


def remove_unlisted_blocks(
    connection: Connection, window: tuple[datetime, datetime], listed: Collection[str]
) -> int:
    """Delete cached blocks starting in `window` whose ids the server's window listing lacked."""
    start, end = window
    cached = unavailable_blocks_in_window(connection, practitioner_ids=None, start=start, end=end)
    gone = [block.id for block in cached if start <= block.starts_at < end and block.id not in listed]
    return bulk.delete_unavailable_blocks(connection, gone) if gone else 0

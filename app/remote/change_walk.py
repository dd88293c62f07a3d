"""Walking a change list by key, page after page, for any adapter that offers `fetch_changes_page`.

Why by key and not by page number: page numbers shift when records change during the walk, and a
record can be skipped. Here every query starts from the last key seen (`updated_at >= T`), so an
edit during the walk only moves a record further along, where the walk meets it again.

Cursors are whole seconds: servers show `updated_at` to the second while storing finer times, so
"the same timestamp" means "the same second". Records of the cursor's second that were already
yielded are dropped when a re-query returns them unchanged; one edited meanwhile can come back with
the very same `updated_at` (the edit fell in the second shown), so it is compared whole, not by id.
When a full page lies inside one second (a bulk import can stamp thousands of records alike), the
walk goes through that second by id, then goes on from the next second; so it never loops, whatever
the page size.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from app.log import remote_log
from app.remote.base import ChangePage, ListVariant, RemoteRecord, ResourceKind
from app.remote.errors import MalformedResponseError

if TYPE_CHECKING:
    from app.remote.base import RemoteAdapter

_ONE_SECOND = timedelta(seconds=1)


def whole_second(moment: datetime) -> datetime:
    """`moment` truncated to the second."""
    return moment.replace(microsecond=0)


async def walk_changes(
    adapter: RemoteAdapter,
    kind: ResourceKind,
    variant: ListVariant,
    since: datetime | None,
    *,
    window: tuple[datetime, datetime] | None = None,
    page_size: int | None = None,
) -> AsyncIterator[ChangePage]:
    """Yield every record changed at or after `since`, page by page, each page's records new to the walk.

    Each yielded page's `resume_from` is the cursor to store once that page is committed.
    """
    size = page_size or adapter.capabilities().max_page_size
    cursor = whole_second(since) if since is not None else None
    same_second = False
    after_id: str | None = None
    seen: dict[str, RemoteRecord] = {}  # records yielded whose updated_at lies in the cursor's second
    seen_skipped: set[str] = set()  # ids of malformed records already counted in that second

    while True:
        page = await adapter.fetch_changes_page(
            kind, variant, cursor, same_second=same_second, after_id=after_id, window=window, page_size=size
        )
        fresh = [r for r in page.records if not _already_seen(r, cursor, seen)]
        fresh_skipped_ids = tuple(i for i in page.skipped_ids if i not in seen_skipped)
        skipped = page.skipped - (len(page.skipped_ids) - len(fresh_skipped_ids))
        finished = False

        if same_second:
            assert cursor is not None
            if page.is_full:
                if page.last_key is None or page.last_key[1] == after_id:
                    raise _no_progress(kind, variant)
                after_id = page.last_key[1]
                seen.update((r.id, r) for r in page.records)
                seen_skipped.update(page.skipped_ids)
            else:
                # That second is done: go on strictly after it.
                cursor, same_second, after_id = cursor + _ONE_SECOND, False, None
                seen, seen_skipped = {}, set()
        elif page.is_full:
            if page.last_key is None:
                raise _no_progress(kind, variant)
            last_second = whole_second(page.last_key[0])
            if cursor is not None and last_second <= cursor:
                # The whole page shares the cursor's second: walk that second by id.
                remote_log.debug("%s/%s: more than a page within one second, walking it by id", kind, variant)
                same_second, after_id = True, None
            else:
                cursor = last_second
                seen, seen_skipped = {}, set()
            seen.update((r.id, r) for r in page.records if _second_of(r) == cursor)
            seen_skipped.update(page.skipped_ids)
        else:
            if page.last_key is not None:
                last_second = whole_second(page.last_key[0])
                cursor = last_second if cursor is None else max(cursor, last_second)
            finished = True

        yield ChangePage(
            records=fresh,
            skipped=skipped,
            last_key=page.last_key,
            raw_count=page.raw_count,
            page_size=page.page_size,
            skipped_ids=fresh_skipped_ids,
            resume_from=cursor,
            list_missing=page.list_missing,
        )
        if finished:
            return


def _second_of(record: RemoteRecord) -> datetime | None:
    updated_at = record.updated_at
    return whole_second(updated_at) if updated_at is not None else None


def _already_seen(record: RemoteRecord, cursor: datetime | None, seen: dict[str, RemoteRecord]) -> bool:
    # Only a record still stamped in the cursor's second can be a repeat, and only if nothing changed:
    # an edit may leave the shown `updated_at` as it was when it falls in the same second.
    return cursor is not None and seen.get(record.id) == record and _second_of(record) == cursor


def _no_progress(kind: ResourceKind, variant: ListVariant) -> MalformedResponseError:
    remote_log.error("%s/%s: a full page gave no key to continue from; stopping the walk", kind, variant)
    return MalformedResponseError()

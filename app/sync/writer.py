"""The sync's single writer: every cache transaction of a sync runs on one dedicated worker thread.

The engine is plain asyncio on the application's event loop (the Qt loop, through qasync). A page
of 100 records is a few milliseconds of SQLite work, and a first sync is thousands of pages: run on
the loop, that would stall the window. So each transaction is handed to a one-thread executor and
awaited; the loop stays free, and the transactions of a sync never run concurrently with each other.
The UI's own reads run on the main thread against the WAL snapshot.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from app.store.database import CacheDatabase

T = TypeVar("T")
# The writer's page cache (KiB, negative per SQLite's convention). Ingest inserts into indexes at
# random places (ids and patients carry no order); with SQLite's default 2 MB most of those pages
# are evicted and read back between transactions.
WRITER_CACHE_KIB = 32 * 1024
# WAL pages before the writer copies them back into the database (SQLite's default: 1,000). A
# backfill rewrites the same index pages transaction after transaction; checkpointing less often
# copies each of them back once instead of many times. The WAL file grows to about 16 MB at most.
WRITER_CHECKPOINT_PAGES = 4000


class CacheWriter:
    """Runs functions in cache transactions on one worker thread, awaitable from the event loop."""

    def __init__(self, database: CacheDatabase) -> None:
        self.database = database
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="frontdesk-sync-writer")

    async def write(self, work: Callable[[Connection], T]) -> T:
        """Run `work(connection)` in one write transaction (committed when it returns, else rolled back)."""
        return await self._run(functools.partial(self._in_write_transaction, work))

    async def read(self, work: Callable[[Session], T]) -> T:
        """Run `work(session)` in one read transaction (a consistent snapshot)."""
        return await self._run(functools.partial(self._in_read_transaction, work))

    def write_now(self, work: Callable[[Connection], T]) -> T:
        """`write` for callers without an event loop (benchmarks, scripts): runs on the calling thread."""
        return self._in_write_transaction(work)

    def close(self) -> None:
        """Finish the transaction in progress, if any, and stop the thread."""
        self._executor.shutdown(wait=True)

    async def _run(self, call: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, call)

    def _in_write_transaction(self, work: Callable[[Connection], T]) -> T:
        with self.database.write_connection() as connection:
            connection.exec_driver_sql(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            connection.exec_driver_sql(f"PRAGMA wal_autocheckpoint = {WRITER_CHECKPOINT_PAGES}")
            return work(connection)

    def _in_read_transaction(self, work: Callable[[Session], T]) -> T:
        with self.database.session() as session:
            return work(session)

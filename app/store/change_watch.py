"""Whether anything was committed to the cache file since a token was taken, by anyone.

SQLite's `PRAGMA data_version` answers a different number on a connection once any *other*
connection has committed to the file: this process's sync writer, a dialog's write, or another
process (a `frontdesk sync` run beside the app). A connection of its own that never writes
therefore sees every commit, for about 4 microseconds a question. Readers use it to keep a result
(a prefetched calendar week) exactly as long as it is still what the file holds.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

# (which connection, its data_version): a connection reopened after an error numbers afresh.
ChangeToken = tuple[int, int]


class ChangeWatch:
    """A dedicated, never-writing connection to one cache file, asked for `PRAGMA data_version`."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._connection: sqlite3.Connection | None = None
        self._opened = 0
        self._closed = False
        self._lock = threading.Lock()

    def token(self) -> ChangeToken | None:
        """A token that differs after any commit to the file since it was taken; None if unreadable."""
        with self._lock:
            if self._closed:
                return None
            try:
                if self._connection is None:
                    # mode=rw: never create a file where the cache is missing (moved, deleted).
                    uri = self._path.resolve().as_uri() + "?mode=rw"
                    self._connection = sqlite3.connect(
                        uri, uri=True, isolation_level=None, check_same_thread=False
                    )
                    self._opened += 1
                row = self._connection.execute("PRAGMA data_version").fetchone()
            except sqlite3.Error:
                self._close_locked()
                return None  # not knowing means not reusing anything
            return (self._opened, int(row[0]))

    def close(self) -> None:
        """Close the connection for good (the cache is being closed): `token()` then answers None."""
        with self._lock:
            self._closed = True
            self._close_locked()

    def _close_locked(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

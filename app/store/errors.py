"""The store's known failures, separate from programming errors (which stay ordinary exceptions).

Messages are sentences a receptionist can act on; they never contain patient data or links.
"""

from __future__ import annotations


class StoreError(Exception):
    """Base of every failure of the local cache that the user should be told about."""


class CacheUnreadableError(StoreError):
    """The cache file cannot be opened as a database (damaged, not a cache, or no permission)."""


class CacheTooNewError(StoreError):
    """The cache was written by a newer version of the app, whose schema this version does not know."""


class CacheBusyError(StoreError):
    """Another program holds the cache locked for longer than we wait."""

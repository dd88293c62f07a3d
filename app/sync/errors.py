"""The sync engine's own known failures (the remote layer's errors pass through unchanged).

Messages are sentences a receptionist or clinic IT can act on; they never carry patient data.
"""

from __future__ import annotations


class SyncError(Exception):
    """Base of every failure the sync engine reports on purpose."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class MassDeletionRefused(SyncError):
    """A pull would delete most of the cache (a wrong account, a server fault): stopped, nothing deleted.

    Run again with `allow_mass_delete=True` once someone has checked that the deletions are real.
    """

    def __init__(self, would_delete: int, cached: int) -> None:
        super().__init__(
            f"The server lists {would_delete} of the {cached} saved appointments as deleted. "
            "Nothing was deleted. Check that the API key belongs to this clinic, "
            "then sync again allowing the deletions."
        )
        self.would_delete = would_delete
        self.cached = cached


class ConflictNotFound(SyncError):
    """The sync conflict to settle does not exist or was settled already."""

    def __init__(self, conflict_id: int) -> None:
        super().__init__("That sync conflict has already been settled.")
        self.conflict_id = conflict_id


class ConflictCannotBeKept(SyncError):
    """ "Keep mine" is impossible: the appointment no longer exists on the server."""

    def __init__(self) -> None:
        super().__init__(
            "This appointment was deleted on the server, so the change made here cannot be kept. "
            "Take the server's version, then book again if needed."
        )

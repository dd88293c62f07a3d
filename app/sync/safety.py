"""The pull's safety check: a server that suddenly lists most of the cache as deleted is not believed.

Like vdirsyncer refusing to propagate "the other side is suddenly empty": a wrong API key, a
restored backup or a server fault can list thousands of appointments as deleted. The deleted list is
planned first (read whole, nothing applied), and when it would remove most of the cached
appointments the pull stops with `MassDeletionRefused` unless the engine was told to allow it.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from app.log import sync_log
from app.store.sync_bookkeeping import count_appointments, count_cached_appointments
from app.sync.errors import MassDeletionRefused

# Small caches are never "mass" deleted: a clinic's first days can legitimately lose half their rows.
MASS_DELETION_MINIMUM = 25
MASS_DELETION_SHARE = 0.5


def is_mass_deletion(would_delete: int, cached: int) -> bool:
    """Whether removing `would_delete` of `cached` appointments is too many to believe unasked."""
    return would_delete >= MASS_DELETION_MINIMUM and would_delete > cached * MASS_DELETION_SHARE


def check_deletions(session: Session, deleted_ids: Sequence[str], *, allowed: bool) -> int:
    """How many cached appointments the deletions would remove; MassDeletionRefused if too many."""
    would_delete = count_cached_appointments(session, deleted_ids) if deleted_ids else 0
    if would_delete == 0:
        return 0
    cached = count_appointments(session)
    if is_mass_deletion(would_delete, cached):
        if not allowed:
            sync_log.warning(
                "Refused a pull deleting %d of %d cached appointments (not forced)", would_delete, cached
            )
            raise MassDeletionRefused(would_delete, cached)
        sync_log.warning("Deleting %d of %d cached appointments, as allowed", would_delete, cached)
    return would_delete

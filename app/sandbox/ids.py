"""Record ids and telehealth links the way Cliniko hands them out.

Ids are 64-bit integers of 18-19 digits with no relation to creation order (Cliniko's are not
sequential either), so a client that sorts by id to mean "by time" is caught by the sandbox.
"""

from __future__ import annotations

import random
import secrets
import string

SMALLEST_ID = 10**17
LARGEST_ID = 2**63 - 1  # a signed BIGINT column on every database
TELEHEALTH_HOST = "https://demo-clinic.cliniko.com"
_LINK_ALPHABET = string.ascii_letters + string.digits


class IdFactory:
    """Unique random 64-bit ids; reproducible when given a seeded `random.Random`."""

    def __init__(self, rng: random.Random | None = None) -> None:
        # Runtime ids must differ across restarts on the same database file, so they come from
        # the OS; only the demo seed passes a seeded generator.
        self._rng = rng if rng is not None else random.SystemRandom()
        self._issued: set[int] = set()

    def new_id(self) -> int:
        """A fresh id, never issued before by this factory."""
        while True:
            candidate = self._rng.randrange(SMALLEST_ID, LARGEST_ID)
            if candidate not in self._issued:
                self._issued.add(candidate)
                return candidate


def appointment_telehealth_url(appointment_id: int) -> str:
    """The practitioner link: a stock URL naming the appointment."""
    return f"{TELEHEALTH_HOST}/appointments/{appointment_id}/connect"


def attendee_telehealth_url(rng: random.Random | None = None) -> str:
    """The patient link: short and unguessable, like `https://x.cliniko.com/c/yxt65-xdR864MNvao`."""
    if rng is None:
        head = "".join(secrets.choice(_LINK_ALPHABET) for _ in range(5))
        tail = "".join(secrets.choice(_LINK_ALPHABET) for _ in range(12))
    else:
        head = "".join(rng.choice(_LINK_ALPHABET) for _ in range(5))
        tail = "".join(rng.choice(_LINK_ALPHABET) for _ in range(12))
    return f"{TELEHEALTH_HOST}/c/{head}-{tail}"

"""The folded forms of names and phone numbers that patient search compares against.

Stored folded (lower case, accents removed, spaces collapsed) so that a prefix search is a plain
index range scan with SQLite's binary collation; the query text is folded the same way.
"""

from __future__ import annotations

import re
import unicodedata

_NON_DIGITS = re.compile(r"\D+")
_SPACES = re.compile(r"\s+")
# Above every code point a folded name can contain, so `key >= p AND key < p + _TOP` is "starts with p".
PREFIX_UPPER_BOUND = "\U0010ffff"


def fold_text(text: str) -> str:
    """Lower-case, accent-free, single-spaced text: "  Zoë  O'Brien" -> "zoe o'brien"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip()


def name_keys(first_name: str, last_name: str) -> tuple[str, str]:
    """The ("first last", "last first") search keys of a patient."""
    first, last = fold_text(first_name), fold_text(last_name)
    return f"{first} {last}".strip(), f"{last} {first}".strip()


def digits_only(text: str) -> str:
    """The digits of a phone number as typed: "+61 (0)412-345" -> "610412345"."""
    return _NON_DIGITS.sub("", text)

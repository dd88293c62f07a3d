"""How the headless commands write: JSON on stdout (one line), plain sentences on stderr."""

from __future__ import annotations

import json
import sys
from typing import Any


def print_json(value: Any) -> None:
    """One line of JSON on stdout."""
    sys.stdout.write(json.dumps(value) + "\n")
    sys.stdout.flush()


def print_line(text: str) -> None:
    """One line of text on stdout."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def say(text: str) -> None:
    """One sentence on stderr (errors, hints, progress)."""
    sys.stderr.write(text + "\n")
    sys.stderr.flush()

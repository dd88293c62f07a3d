"""Test-wide settings: Qt renders offscreen so the suite needs no display, and `tests.support` imports."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# With --import-mode=importlib pytest puts no test folder on sys.path, and only `python -m pytest` run
# from the repository root adds the root; the shared helpers (`import tests.support...`) need it however
# pytest is started.
_REPOSITORY_ROOT = str(Path(__file__).resolve().parent.parent)
if _REPOSITORY_ROOT not in sys.path:
    sys.path.insert(0, _REPOSITORY_ROOT)

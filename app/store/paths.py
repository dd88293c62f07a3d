"""Where the cache lives: the platform's user data folder unless `--data-dir` says otherwise."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_DIR_NAME = "Frontdesk"
APP_AUTHOR = "Frontdesk"


def default_data_dir() -> Path:
    """The per-user data folder (e.g. %LOCALAPPDATA%\\Frontdesk\\Frontdesk, ~/.local/share/Frontdesk)."""
    return Path(platformdirs.user_data_dir(APP_DIR_NAME, APP_AUTHOR))


def resolve_data_dir(explicit: Path | None) -> Path:
    """`explicit` (from `--data-dir`) or the default folder, created if missing, as an absolute path."""
    directory = (explicit if explicit is not None else default_data_dir()).expanduser().resolve()
    directory.mkdir(parents=True, exist_ok=True)
    return directory

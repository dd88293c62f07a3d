"""The demo's temporary cache folders: each held by its running app, and swept once nobody holds it.

A demo deletes its folder when it stops; a demo killed outright (the task manager, a power cut)
cannot. So every demo folder holds a lock file that the running demo keeps locked (an OS file lock,
which the OS lets go of when the process ends, however it ends), and each new demo removes the
folders whose lock it can take: their app is gone. Folders from before lock files are removed once
they are a day old. Locks: `fcntl.flock` on macOS and Linux, `msvcrt.locking` on Windows.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

from app.log import services_log

DEMO_DATA_PREFIX = "frontdesk-demo-"
LOCK_FILE_NAME = "demo.lock"
# A folder without a lock file (made before they existed) is left alone this long after its last change.
UNLOCKED_FOLDER_AGE_S = 24 * 3600


class DemoFolder:
    """A fresh demo folder, locked for as long as this object is open."""

    def __init__(self, path: Path, lock: IO[bytes]) -> None:
        self.path = path
        self._lock = lock

    @classmethod
    def create(cls, temp_root: Path | None = None) -> DemoFolder:
        """Make and lock a new `frontdesk-demo-*` folder (OSError when the temp folder is unusable)."""
        path = Path(tempfile.mkdtemp(prefix=DEMO_DATA_PREFIX, dir=temp_root))
        lock = (path / LOCK_FILE_NAME).open("wb")
        if not _try_lock(lock):  # cannot happen for a folder just made; never delete what is held
            lock.close()
            raise OSError(f"could not lock the new demo folder {path.name}")
        return cls(path, lock)

    def remove(self) -> None:
        """Let go of the lock and delete the folder (the workspace on it must be closed first)."""
        if not self._lock.closed:
            self._lock.close()
        shutil.rmtree(self.path, ignore_errors=True)


def sweep_abandoned_demo_folders(temp_root: Path | None = None, *, now: float | None = None) -> int:
    """Delete the demo folders no running app holds; returns how many went. Never raises."""
    root = Path(temp_root) if temp_root is not None else Path(tempfile.gettempdir())
    moment = time.time() if now is None else now
    removed = 0
    try:
        candidates = [p for p in root.glob(DEMO_DATA_PREFIX + "*") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return 0
    for folder in candidates:
        try:
            if _abandoned(folder, moment):
                shutil.rmtree(folder, ignore_errors=True)
                removed += not folder.exists()
        except OSError:
            continue  # another user's folder, or one going away as we look: not ours to worry about
    if removed:
        services_log.info("removed %d demo folder(s) left by demos that did not stop", removed)
    return removed


def _abandoned(folder: Path, now: float) -> bool:
    lock_path = folder / LOCK_FILE_NAME
    if not lock_path.exists():
        return now - folder.stat().st_mtime > UNLOCKED_FOLDER_AGE_S
    with lock_path.open("r+b") as lock:
        return _try_lock(lock)  # taken: its app is gone (closing the file lets go of it again)


def _try_lock(handle: IO[bytes]) -> bool:
    """Take an exclusive lock on the open file without waiting; False when someone else holds one."""
    try:
        if sys.platform == "win32":
            import msvcrt  # noqa: PLC0415 (Windows only)

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # noqa: PLC0415 (POSIX only)

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True

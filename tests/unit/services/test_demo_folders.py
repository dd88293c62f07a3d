"""Demo folders: held while their app runs, swept at the next demo start once their app is gone."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.demo_folders import (
    LOCK_FILE_NAME,
    UNLOCKED_FOLDER_AGE_S,
    DemoFolder,
    sweep_abandoned_demo_folders,
)
from app.services.demo_service import DemoClinic

ROOT = Path(__file__).resolve().parents[3]
HOLD_A_DEMO_FOLDER = (
    "import sys\n"
    "from pathlib import Path\n"
    "from app.services.demo_folders import DemoFolder\n"
    "folder = DemoFolder.create(Path(sys.argv[1]))\n"
    "print(folder.path, flush=True)\n"
    "sys.stdin.read()\n"
)


@pytest.fixture
def other_demo(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A demo folder held by another process, which the test may kill outright."""
    process = subprocess.Popen(
        [sys.executable, "-c", HOLD_A_DEMO_FOLDER, str(tmp_path)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    path = Path(process.stdout.readline().strip())
    yield process, path
    if process.poll() is None:
        process.kill()
    process.wait(timeout=10)
    for stream in (process.stdin, process.stdout):
        if stream is not None:
            stream.close()


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX; Windows is covered by its lock")
def test_a_folder_is_kept_while_its_demo_runs_and_swept_once_it_was_killed(
    tmp_path: Path, other_demo: tuple[subprocess.Popen[str], Path]
) -> None:
    process, path = other_demo
    assert (path / LOCK_FILE_NAME).exists()
    assert sweep_abandoned_demo_folders(tmp_path) == 0
    assert path.is_dir()
    os.kill(process.pid, signal.SIGKILL)  # no chance to clean up
    process.wait(timeout=10)
    assert sweep_abandoned_demo_folders(tmp_path) == 1
    assert not path.exists()


def test_a_folder_of_this_process_is_kept_until_removed(tmp_path: Path) -> None:
    folder = DemoFolder.create(tmp_path)
    (folder.path / "cache.sqlite3").write_bytes(b"demo data")
    assert sweep_abandoned_demo_folders(tmp_path) == 0
    assert folder.path.is_dir()
    folder.remove()
    assert not folder.path.exists()


def test_folders_from_before_lock_files_go_once_a_day_old(tmp_path: Path) -> None:
    old, recent = tmp_path / "frontdesk-demo-old", tmp_path / "frontdesk-demo-recent"
    for folder in (old, recent):
        folder.mkdir()
        (folder / "cache.sqlite3").write_bytes(b"demo data")
    day_and_a_bit = time.time() - UNLOCKED_FOLDER_AGE_S - 60
    os.utime(old, (day_and_a_bit, day_and_a_bit))
    assert sweep_abandoned_demo_folders(tmp_path) == 1
    assert not old.exists()
    assert recent.is_dir()


def test_other_folders_are_never_touched(tmp_path: Path) -> None:
    mine = tmp_path / "frontdesk-data"  # not a demo folder, however old
    mine.mkdir()
    (mine / LOCK_FILE_NAME).write_bytes(b"")
    os.utime(mine, (0, 0))
    assert sweep_abandoned_demo_folders(tmp_path) == 0
    assert mine.is_dir()


def test_a_demo_start_sweeps_and_its_stop_removes_its_own_folder(tmp_path: Path) -> None:
    abandoned = DemoFolder.create(tmp_path)
    abandoned._lock.close()  # as if its process had ended without cleaning up
    demo = DemoClinic.start(temp_root=tmp_path)
    try:
        assert not abandoned.path.exists()
        assert demo.connection.data_dir.is_dir()
    finally:
        demo.stop()
    assert not demo.connection.data_dir.exists()

"""The workspace: settings kept in the cache, an aware clock, and cache failures as plain sentences."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.services.errors import CacheUnavailable
from app.services.settings import BUFFER_KEY, WorkspaceSettings
from app.services.workspace import ClinicWorkspace
from app.store.meta import set_meta
from tests.support.clinic_builder import MONDAY_7AM


def test_settings_are_shared_through_the_cache(tmp_path: Path) -> None:
    chosen = WorkspaceSettings(
        buffer=timedelta(minutes=10),
        join_window=timedelta(minutes=5),
        stale_after=timedelta(minutes=30),
        free_slot_step=timedelta(minutes=15),
    )
    with ClinicWorkspace.open(tmp_path) as first:
        assert first.settings == WorkspaceSettings()
        first.update_settings(chosen)
    with ClinicWorkspace.open(tmp_path) as second:
        assert second.settings == chosen


def test_unreadable_stored_settings_fall_back_to_defaults(tmp_path: Path) -> None:
    with ClinicWorkspace.open(tmp_path) as workspace, workspace.writing() as session:
        set_meta(session, BUFFER_KEY, "lots")
    with ClinicWorkspace.open(tmp_path) as workspace:
        assert workspace.settings.buffer == timedelta(0)


def test_negative_settings_are_refused() -> None:
    with pytest.raises(ValueError, match="buffer"):
        WorkspaceSettings(buffer=timedelta(minutes=-1))


def test_the_clock_must_be_aware(tmp_path: Path) -> None:
    with ClinicWorkspace.open(tmp_path, clock=lambda: MONDAY_7AM) as workspace:
        assert workspace.now() == MONDAY_7AM
    naive = datetime(2025, 3, 3)  # noqa: DTZ001
    with (
        ClinicWorkspace.open(tmp_path, clock=lambda: naive) as workspace,
        pytest.raises(ValueError, match="aware"),
    ):
        workspace.now()


def test_a_file_that_is_not_a_cache_is_reported_plainly(tmp_path: Path) -> None:
    (tmp_path / "cache.sqlite3").write_bytes(b"this is not a database" * 100)
    with pytest.raises(CacheUnavailable, match="could not be opened"):
        ClinicWorkspace.open(tmp_path)


def test_a_data_folder_that_cannot_be_made_is_reported_plainly(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    with pytest.raises(CacheUnavailable, match="data folder"):
        ClinicWorkspace.open(blocker / "data")

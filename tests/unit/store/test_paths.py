"""Where the cache lives."""

from __future__ import annotations

from pathlib import Path

import platformdirs
import pytest

from app.store import paths


def test_an_explicit_data_dir_wins_and_is_created(tmp_path: Path) -> None:
    wanted = tmp_path / "nested" / "data"
    assert paths.resolve_data_dir(wanted) == wanted.resolve()
    assert wanted.is_dir()


def test_the_default_is_the_platforms_user_data_folder_for_frontdesk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str]] = []

    def fake_user_data_dir(appname: str, appauthor: str) -> str:
        asked.append((appname, appauthor))
        return str(tmp_path / "platform" / appname)

    monkeypatch.setattr(platformdirs, "user_data_dir", fake_user_data_dir)
    assert paths.default_data_dir() == tmp_path / "platform" / "Frontdesk"
    resolved = paths.resolve_data_dir(None)
    assert resolved == (tmp_path / "platform" / "Frontdesk").resolve()
    assert resolved.is_dir()
    assert asked == [("Frontdesk", "Frontdesk"), ("Frontdesk", "Frontdesk")]

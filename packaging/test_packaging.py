"""Unit tests of the packaging rules and icon containers (fast; no PyInstaller run).

Run with `.venv/bin/python -m pytest packaging -q` (the bundle itself is tested by smoke_test.sh).
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_rules as rules
import make_icons


def _png(size: int) -> bytes:
    # Not a real image: the containers only copy the bytes, so a tagged blob shows where each went.
    return b"\x89PNG" + struct.pack(">I", size) * 3


def test_ico_directory_points_at_each_image() -> None:
    pngs = {16: _png(16), 32: _png(32), 256: _png(256)}
    data = make_icons.ico_bytes(pngs)
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 3)
    for index, size in enumerate(sorted(pngs)):
        width, height, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert (width, height) == ((0, 0) if size == 256 else (size, size))
        assert data[offset : offset + length] == pngs[size]


def test_icns_elements_hold_the_png_of_their_size() -> None:
    pngs = {size: _png(size) for _kind, size in make_icons.ICNS_TYPES}
    data = make_icons.icns_bytes(pngs)
    assert data[:4] == b"icns"
    assert struct.unpack_from(">I", data, 4)[0] == len(data)
    offset, seen = 8, []
    while offset < len(data):
        kind, length = data[offset : offset + 4], struct.unpack_from(">I", data, offset + 4)[0]
        seen.append((kind, data[offset + 8 : offset + length]))
        offset += length
    assert seen == [(kind, pngs[size]) for kind, size in make_icons.ICNS_TYPES]


def test_committed_icons_hold_every_size() -> None:
    png, ico, icns = (path.read_bytes() for path in make_icons.icon_outputs())
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack_from(">II", png, 16) == (make_icons.PNG_SIZE, make_icons.PNG_SIZE)
    count = struct.unpack_from("<H", ico, 4)[0]
    sides = [ico[6 + 16 * index] or 256 for index in range(count)]
    assert sides == sorted(make_icons.ICO_SIZES)
    kinds, offset = [], 8
    while offset < len(icns):
        kinds.append(icns[offset : offset + 4])
        offset += struct.unpack_from(">I", icns, offset + 4)[0]
    assert kinds == [kind for kind, _size in make_icons.ICNS_TYPES]


@pytest.mark.parametrize(
    ("plugin", "folder", "kept"),
    [
        ("/qt/plugins/platforms/libqxcb.so", "PySide6/Qt/plugins/platforms", True),
        ("/qt/plugins/platforms/libqoffscreen.so", "PySide6/Qt/plugins/platforms", True),
        ("/qt/plugins/platforms/libqwayland.so", "PySide6/Qt/plugins/platforms", False),
        ("/qt/plugins/platforms/libqeglfs.so", "PySide6/Qt/plugins/platforms", False),
        ("C:/qt/plugins/platforms/qwindows.dll", "PySide6/plugins/platforms", True),
        ("/qt/plugins/platforms/libqcocoa.dylib", "PySide6/Qt/plugins/platforms", True),
        ("/qt/plugins/imageformats/libqsvg.so", "PySide6/Qt/plugins/imageformats", True),
        ("/qt/plugins/imageformats/libqpdf.so", "PySide6/Qt/plugins/imageformats", False),
        ("/qt/plugins/styles/libqmacstyle.dylib", "PySide6/Qt/plugins/styles", True),
        ("/qt/plugins/platforms/darwin/libqdarwinperm.dylib", "PySide6/Qt/plugins/platforms/darwin", True),
        ("/qt/plugins/libxdg-shell.so", "PySide6/Qt/plugins/wayland-shell-integration", False),
        ("/qt/plugins/brandnewtype/libqthing.so", "PySide6/Qt/plugins/brandnewtype", True),
        ("/qt/lib/libQt6Gui.so.6", "PySide6/Qt/lib", True),
    ],
)
def test_qt_plugin_pruning(plugin: str, folder: str, kept: bool) -> None:
    assert rules.keep_qt_plugin(plugin, folder) is kept


def test_qt_translations_follow_the_app_languages(tmp_path: Path) -> None:
    for name in ("frontdesk_fr_CA.ts", "frontdesk_de.qm", "README.txt"):
        (tmp_path / name).write_text("")
    languages = rules.app_languages(tmp_path)
    assert languages == {"fr_CA", "fr", "de"}
    names = ["qtbase_fr.qm", "qtbase_fr_CA.qm", "qt_de.qm", "qtbase_es.qm", "qt_help_de.qm", "designer_fr.qm"]
    assert [name for name in names if rules.keep_qt_translation(name, languages)] == names[:3]


def test_no_translations_means_no_qt_catalogs(tmp_path: Path) -> None:
    assert rules.app_languages(tmp_path) == set()
    assert not rules.keep_qt_translation("qtbase_en.qm", set())


def test_data_files_ship_migrations_as_source_and_mirror_the_checkout(tmp_path: Path) -> None:
    files = {
        "app/__init__.py": "__version__ = '1.0'",
        "app/core.py": "",
        "app/ui/picture.svg": "<svg/>",
        "app/store/migrations/env.py": "",
        "app/store/migrations/script.py.mako": "",
        "app/store/migrations/versions/0001_initial.py": "",
        "app/store/migrations/__pycache__/env.cpython-311.pyc": "",
        "resources/icons/frontdesk.png": "",
        "translations/frontdesk_fr.qm": "",
        "translations/frontdesk_fr.ts": "",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    pairs = rules.data_files(tmp_path)
    shipped = {(Path(source).relative_to(tmp_path).as_posix(), folder) for source, folder in pairs}
    assert shipped == {
        ("app/ui/picture.svg", "app/ui"),
        ("app/store/migrations/env.py", "app/store/migrations"),
        ("app/store/migrations/script.py.mako", "app/store/migrations"),
        ("app/store/migrations/versions/0001_initial.py", "app/store/migrations/versions"),
        ("resources/icons/frontdesk.png", "resources/icons"),
        ("translations/frontdesk_fr.qm", "translations"),
    }


def test_the_real_migrations_are_shipped() -> None:
    folders = {folder for _source, folder in rules.data_files()}
    assert {"app/store/migrations", "app/store/migrations/versions"} <= folders


def test_qt_modules_are_excluded_unless_imported(tmp_path: Path) -> None:
    (tmp_path / "view.py").write_text(
        "from PySide6 import QtSvg as svg, QtWidgets\nimport PySide6.QtPrintSupport\n"
    )
    (tmp_path / "chart.py").write_text(
        "from PySide6 import (\n    QtCharts,\n)\nfrom PySide6.QtCore import Qt\n"
    )
    used = rules.used_qt_modules(tmp_path)
    assert used == {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtCharts"}
    available = {"QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtNetwork", "QtQml"}
    assert rules.qt_module_excludes(available, used) == ["PySide6.QtNetwork", "PySide6.QtQml"]


def test_version_is_read_without_importing_the_app() -> None:
    from app import __version__  # noqa: PLC0415

    assert rules.read_version() == __version__


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("1.2.3", (1, 2, 3, 0)),
        ("0.1.0rc2", (0, 1, 0, 2)),
        ("2.0", (2, 0, 0, 0)),
        ("1.4.0+local.7", (1, 4, 0, 0)),
    ],
)
def test_numeric_version(version: str, numbers: tuple[int, int, int, int]) -> None:
    assert rules.numeric_version(version) == numbers


def test_macos_minimum_comes_from_the_wheel_tags() -> None:
    tags = "Tag: cp39-abi3-macosx_13_0_universal2\nTag: cp39-abi3-macosx_14_0_arm64\n"
    assert rules.macos_minimum_from_wheel(tags) == "13.0"
    assert rules.macos_minimum_from_wheel(None) == "12.0"

"""What goes into the frozen Frontdesk bundle: data files, excluded modules, Qt plugins and translations.

Shared by packaging/frontdesk.spec, the Qt hook overrides in packaging/pyi_hooks/ and packaging/build.py.
Everything is derived from the checkout at build time (Qt modules the code imports, Alembic script
folders, resources, compiled translations), so the build follows the app as it changes.

This folder has no `__init__.py` on purpose: as a namespace portion it can never shadow the PyPI
`packaging` distribution that PyInstaller imports. Load this file with packaging/ on sys.path.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_DIR = ROOT / "app"
RESOURCES_DIR = ROOT / "resources"
TRANSLATIONS_DIR = ROOT / "translations"
ICON_DIR = RESOURCES_DIR / "icons"

APP_NAME = "Frontdesk"
# Replace with the vendor's reverse-DNS name before signing for distribution: macOS keys the
# keychain entries and preferences of the app to it, so it must never change after release.
BUNDLE_IDENTIFIER = "com.frontdesk.desktop"
PUBLISHER = "Frontdesk"

# Qt bindings the app always needs; any other PySide6.Qt* module is left out unless app/ imports it.
QT_CORE_MODULES = frozenset({"QtCore", "QtGui", "QtWidgets"})

# Never needed at run time: test tools, build tools, the other Qt bindings qasync names.
PYTHON_EXCLUDES = (
    "tkinter",
    "_tkinter",
    "turtle",
    "idlelib",
    "lib2to3",
    "pydoc_data",
    "test",
    "unittest",
    "doctest",
    "pytest",
    "_pytest",
    "pytestqt",
    "pytest_timeout",
    "hypothesis",
    "ruff",
    "importlinter",
    "grimp",
    "PyInstaller",
    "setuptools",
    "pkg_resources",
    "pip",
    "wheel",
    "PyQt5",
    "PyQt6",
    "PySide2",
    "sqlalchemy.testing",
    # Not the other SQL dialects: alembic.ddl imports all of them at start-up.
)

# Qt plugins kept, by plugin folder; the stems are file names without "lib" and extension.
# None keeps the whole folder; folders not listed are kept too (a new Qt may add one we need).
KEPT_QT_PLUGINS: dict[str, frozenset[str] | None] = {
    # X11 (Wayland desktops run it through XWayland), Windows, macOS, and offscreen for tests.
    "platforms": frozenset({"qxcb", "qoffscreen", "qwindows", "qcocoa"}),
    "platforms/darwin": None,
    # The portal theme gives native file dialogs on modern Linux desktops; qgtk3 would drag GTK in.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # PNG is built into QtGui; SVG for icons, ICO/ICNS for the app icon on their platforms.
    "imageformats": frozenset({"qsvg", "qico", "qicns"}),
    "iconengines": frozenset({"qsvgicon"}),
    # Dead keys and input methods (accents in patient names) on Linux.
    "platforminputcontexts": frozenset(
        {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}
    ),
    "xcbglintegrations": None,
    "styles": None,
    "accessiblebridge": None,
    # Embedded-device input and display, and the native Wayland client.
    "generic": frozenset(),
    "egldeviceintegrations": frozenset(),
    "wayland-decoration-client": frozenset(),
    "wayland-graphics-integration-client": frozenset(),
    "wayland-shell-integration": frozenset(),
}

# Collected by PyInstaller's PySide6 hook but never loaded: Qt's software OpenGL for Windows (~20 MB)
# serves OpenGL and Quick views only, and the app draws with QPainter on plain widgets.
UNUSED_BINARIES = frozenset({"opengl32sw.dll"})

_QT_IMPORT = re.compile(r"\bPySide6\.(Qt\w+)")
_QT_FROM_IMPORT = re.compile(r"from[ \t]+PySide6[ \t]+import[ \t]+(?:\(([^)]*)\)|([\w \t,]+))")
# "frontdesk_fr_CA", "frontdesk_de", "fr": the locale at the end of a translation file's name.
_LOCALE_SUFFIX = re.compile(r"(?:^|[_.-])([a-z]{2,3}(?:_[A-Z]{2}|_[A-Z][a-z]{3})?)$")
_QT_TRANSLATION = re.compile(r"^(qt|qtbase)_(\w+)\.qm$")
_PLUGIN_SUFFIXES = (".so", ".dll", ".dylib")


def read_version(root: Path = ROOT) -> str:
    """`app.__version__`, read from the source without importing the app."""
    tree = ast.parse((root / "app" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "__version__" for target in node.targets
        ):
            value = ast.literal_eval(node.value)
            if isinstance(value, str):
                return value
    raise ValueError("app/__init__.py defines no __version__ string")


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """The leading numbers of `version` as four integers (Windows file versions need exactly that)."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+", maxsplit=1)[0])[:4]]
    padded = (*numbers, 0, 0, 0, 0)
    return padded[0], padded[1], padded[2], padded[3]


def copyright_notice(year: int | None = None) -> str:
    """The copyright line shown by macOS Finder and Windows file properties."""
    return f"Copyright © {year or date.today().year} {PUBLISHER}. All rights reserved."  # noqa: DTZ011


def used_qt_modules(app_dir: Path = APP_DIR) -> set[str]:
    """Names of the PySide6 modules (`QtSvg`, ...) imported anywhere under `app_dir`, plus the core three."""
    used = set(QT_CORE_MODULES)
    for source in app_dir.rglob("*.py"):
        text = source.read_text(encoding="utf-8", errors="replace")
        used.update(_QT_IMPORT.findall(text))
        for parenthesized, plain in _QT_FROM_IMPORT.findall(text):
            for item in (parenthesized or plain).split(","):
                name = item.split()[0] if item.split() else ""  # "QtSvg as svg" -> "QtSvg"
                if name.startswith("Qt"):
                    used.add(name)
    return used


def qt_module_excludes(available: Iterable[str], used: set[str]) -> list[str]:
    """`PySide6.X` for each available binding module the app does not use."""
    return sorted(f"PySide6.{name}" for name in set(available) - used)


def installed_qt_modules(pyside_dir: Path) -> set[str]:
    """The binding modules a PySide6 installation provides (its `QtXxx` extension files)."""
    return {
        path.name.split(".")[0]
        for path in pyside_dir.iterdir()
        if path.name.startswith("Qt") and path.suffix in {".so", ".pyd"}
    }


def keep_qt_plugin(plugin_file: str, destination_dir: str) -> bool:
    """Whether a Qt plugin (source file, bundle folder ending in `plugins/<type>`) belongs in the bundle."""
    parts = Path(destination_dir).as_posix().split("/")
    if "plugins" not in parts:
        return True
    plugin_type = "/".join(parts[len(parts) - parts[::-1].index("plugins") :])
    kept = KEPT_QT_PLUGINS.get(plugin_type)
    if kept is None:
        return True
    name = Path(plugin_file).name
    for suffix in _PLUGIN_SUFFIXES:
        name = name.removesuffix(suffix)
    return name.removeprefix("lib") in kept


def app_languages(translations_dir: Path = TRANSLATIONS_DIR) -> set[str]:
    """Languages the app ships (`frontdesk_fr_CA.ts` gives `fr_CA` and `fr`; `de.ts` gives `de`)."""
    languages: set[str] = set()
    for path in [*translations_dir.glob("*.ts"), *translations_dir.glob("*.qm")]:
        match = _LOCALE_SUFFIX.search(path.stem)
        if match:
            languages.update({match.group(1), match.group(1).split("_")[0]})
    return languages


def keep_qt_translation(file_name: str, languages: set[str]) -> bool:
    """Keep Qt's own catalogs (standard buttons, dialogs) only for languages the app is translated to."""
    match = _QT_TRANSLATION.match(file_name)
    if match is None:
        return False
    return match.group(2) in languages or match.group(2).split("_")[0] in languages


def alembic_script_dirs(app_dir: Path = APP_DIR) -> list[Path]:
    """Folders Alembic reads from disk (recognised by their `script.py.mako`)."""
    return sorted(mako.parent for mako in app_dir.rglob("script.py.mako"))


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source, bundle folder) pairs: app package data, Alembic scripts, resources, compiled translations.

    Paths in the bundle mirror the checkout, so code that finds `resources/` or `translations/`
    next to the `app` package, or migrations next to `app/store/database.py`, works frozen too.
    """
    app_dir = root / "app"
    script_dirs = alembic_script_dirs(app_dir)
    pairs: list[tuple[str, str]] = []
    for path in sorted(app_dir.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        in_script_dir = any(folder == path.parent or folder in path.parents for folder in script_dirs)
        if path.suffix != ".py" or in_script_dir:
            pairs.append((str(path), path.parent.relative_to(root).as_posix()))
    resources = root / "resources"
    if resources.is_dir():
        pairs += [
            (str(path), path.parent.relative_to(root).as_posix())
            for path in sorted(resources.rglob("*"))
            if path.is_file()
        ]
    pairs += [(str(path), "translations") for path in sorted((root / "translations").glob("*.qm"))]
    return pairs


def macos_minimum_from_wheel(wheel_metadata: str | None) -> str:
    """The oldest macOS a wheel supports (from the tags in its WHEEL file), as LSMinimumSystemVersion."""
    versions = [
        (int(major), int(minor)) for major, minor in re.findall(r"macosx_(\d+)_(\d+)_", wheel_metadata or "")
    ]
    if not versions:
        return "12.0"
    major, minor = min(versions)
    return f"{major}.{minor}"

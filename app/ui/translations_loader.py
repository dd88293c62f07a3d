"""Loads the UI's translation for the chosen or the system's language, and the matching date formats.

`translations/frontdesk_<lang>.ts` are the sources; the build compiles them to `.qm` beside them and the
bundle ships `translations/*.qm` next to the `app` package, as in a checkout. Running from a checkout,
a missing or out-of-date `.qm` is compiled here with pyside6-lrelease; without lrelease the UI stays in
English (logged, never a crash). Qt's own catalogue (`qtbase_<lang>.qm`: standard buttons, dialogs)
is loaded for the same language when Qt ships it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Collection, Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import app as app_package
from app.log import ui_log

SOURCE_LANGUAGE = "en"
CATALOG_PREFIX = "frontdesk_"
# The bundle mirrors the checkout: translations/ sits beside the app package in both.
TRANSLATIONS_DIR = Path(app_package.__file__).resolve().parent.parent / "translations"
LRELEASE_TIMEOUT_S = 60

# The translators installed by the last call, so a new call (or a test) can take them out again.
_installed: list[QTranslator] = []


def available_languages(directory: Path = TRANSLATIONS_DIR) -> set[str]:
    """Languages with a catalogue (`.ts` source or compiled `.qm`), always including English."""
    found = {SOURCE_LANGUAGE}
    for path in [*directory.glob(f"{CATALOG_PREFIX}*.ts"), *directory.glob(f"{CATALOG_PREFIX}*.qm")]:
        found.add(path.stem.removeprefix(CATALOG_PREFIX))
    return found


def choose_language(override: str | None, ui_languages: Iterable[str], available: Collection[str]) -> str:
    """The override when it has a catalogue, else the first system UI language that has one, else English.

    `ui_languages` are BCP 47 names in preference order ("de-AT", "de", "en-US"); a regional name
    falls back to its language ("fr-CA" uses "fr" when there is no "fr_CA").
    """
    candidates = [override] if override else []
    candidates += list(ui_languages)
    for name in candidates:
        normalized = name.replace("-", "_")
        base = normalized.split("_")[0].lower()
        for code in (normalized, base):
            if code in available:
                return code
    return SOURCE_LANGUAGE


def find_qt_tool(name: str) -> str | None:
    """`pyside6-<name>` (lrelease, lupdate) next to this Python, then on PATH, then inside PySide6."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / f"pyside6-{name}", scripts / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if found:
        return found
    import PySide6  # noqa: PLC0415  (only to locate its bundled tools)

    pyside_dir = Path(PySide6.__file__).parent
    for candidate in (pyside_dir / name, pyside_dir / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return None


def compile_catalog(source: Path, target: Path) -> bool:
    """Compile one `.ts` to `.qm` with lrelease (written whole, then swapped in); False when it could not."""
    lrelease = find_qt_tool("lrelease")
    if lrelease is None:
        ui_log.warning("pyside6-lrelease not found: %s cannot be compiled", source.name)
        return False
    partial = target.with_name(f"{target.name}.{os.getpid()}.part")
    try:
        subprocess.run(  # noqa: S603  (our own tool on our own file)
            [lrelease, "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=LRELEASE_TIMEOUT_S,
        )
        partial.replace(target)
    except (OSError, subprocess.SubprocessError) as error:
        ui_log.warning("compiling %s failed: %s", source.name, error)
        partial.unlink(missing_ok=True)
        return False
    return True


def compiled_catalog(language: str, directory: Path = TRANSLATIONS_DIR) -> Path | None:
    """The `.qm` for `language`, compiled first when it is missing or older than its `.ts` (not frozen)."""
    source = directory / f"{CATALOG_PREFIX}{language}.ts"
    target = source.with_suffix(".qm")
    stale = not target.is_file() or (source.is_file() and target.stat().st_mtime < source.stat().st_mtime)
    if stale and source.is_file() and not getattr(sys, "frozen", False):
        compile_catalog(source, target)
    return target if target.is_file() else None


def _qt_catalog(language: str) -> Path | None:
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for code in (language, language.split("_", maxsplit=1)[0]):
        path = folder / f"qtbase_{code}.qm"
        if path.is_file():
            return path
    return None


def _formatting_locale(language: str, override: str | None) -> QLocale:
    """The system's locale when following the system, else the chosen language's own formats."""
    system = QLocale.system()
    chosen = QLocale(language)
    # Following the system keeps its region (en_AU dates); a user in Austria who picks German keeps
    # Austrian formats; a language picked over the system's brings its own.
    if not override or system.language() == chosen.language():
        return system
    return chosen


def _load(app: QCoreApplication, catalog: Path | None) -> QTranslator | None:
    translator = QTranslator(app)
    if catalog is not None and translator.load(str(catalog)):
        return translator
    translator.deleteLater()
    return None


def uninstall_translations(app: QCoreApplication) -> None:
    """Take out the translators `install_translations` put in and go back to the system's formats."""
    for translator in _installed:
        app.removeTranslator(translator)
        translator.deleteLater()
    _installed.clear()
    QLocale.setDefault(QLocale.system())


def install_translations(
    app: QCoreApplication, language: str | None, directory: Path = TRANSLATIONS_DIR
) -> str:
    """Install the catalogue for `language` (None or "": the system's) and its date formats; the code used.

    Call before any window is built: widgets translate their texts when they are created.
    """
    uninstall_translations(app)
    override = language or None
    chosen = choose_language(override, QLocale.system().uiLanguages(), available_languages(directory))
    translator = _load(app, compiled_catalog(chosen, directory))
    if translator is None and chosen != SOURCE_LANGUAGE:
        ui_log.warning("no usable catalogue for %r: the window stays in English", chosen)
        chosen = SOURCE_LANGUAGE
        translator = _load(app, compiled_catalog(chosen, directory))
    qt_catalog = _qt_catalog(chosen)
    qt_translator = _load(app, qt_catalog) if qt_catalog is not None else None
    for installed in (translator, qt_translator):
        if installed is not None:
            app.installTranslator(installed)
            _installed.append(installed)
    QLocale.setDefault(_formatting_locale(chosen, override))
    ui_log.info("UI language %s, formats %s", chosen, QLocale().name())
    return chosen

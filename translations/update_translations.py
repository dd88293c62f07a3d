"""Refresh the .ts catalogues from the UI code: `python translations/update_translations.py`.

Runs pyside6-lupdate over every .py file under app/ui into each frontdesk_<lang>.ts (new strings come
in unfinished, strings the code no longer has are dropped, existing translations are kept), then
completes the English catalogue where English is simply the source text. Plural (%n) messages in
English, and every message in the other languages, are translated by a person in Qt Linguist
(`pyside6-linguist translations/frontdesk_de.ts`) or any editor; tests/ui/test_translations.py fails
while a string is missing or unfinished. `--check` only reports, changing nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.ui.translations_loader import CATALOG_PREFIX, TRANSLATIONS_DIR, find_qt_tool  # noqa: E402

UI_DIR = ROOT / "app" / "ui"
LANGUAGES = ("en", "de", "fr", "es")


def ui_sources(ui_dir: Path = UI_DIR) -> list[Path]:
    """Every Python file of the UI (lupdate reads Python files only when named one by one)."""
    return sorted(path for path in ui_dir.rglob("*.py") if "__pycache__" not in path.parts)


def run_lupdate(targets: list[Path], *, keep_obsolete: bool = False) -> None:
    """Extract the UI's strings into `targets` (created or merged)."""
    lupdate = find_qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("pyside6-lupdate not found (install PySide6-Essentials)")
    options = ["-silent", "-source-language", "en", "-locations", "none"]
    if not keep_obsolete:
        options.append("-no-obsolete")
    sources = [str(path) for path in ui_sources()]
    subprocess.run([lupdate, *options, *sources, "-ts", *map(str, targets)], check=True)  # noqa: S603


def complete_english(path: Path) -> int:
    """Mark English messages finished with the source as their text; plural ones stay for a person."""
    tree = ET.parse(path)  # noqa: S314  (our own catalogue)
    completed = 0
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        if message.get("numerus") == "yes":
            continue
        translation.text = message.findtext("source")
        del translation.attrib["type"]
        completed += 1
    if completed:
        ET.indent(tree, space="    ")
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return completed


def unfinished(path: Path) -> list[str]:
    """The source texts of messages still unfinished in a catalogue."""
    left = []
    for message in ET.parse(path).iter("message"):  # noqa: S314  (our own catalogue)
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            left.append(repr(message.findtext("source")))
    return left


def main(argv: list[str] | None = None) -> int:
    """Update the catalogues (or with --check, list what is unfinished); 1 when anything is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report unfinished messages, change nothing")
    args = parser.parse_args(argv)
    catalogs = [TRANSLATIONS_DIR / f"{CATALOG_PREFIX}{language}.ts" for language in LANGUAGES]
    if not args.check:
        run_lupdate(catalogs)
        completed = complete_english(catalogs[0])
        if completed:
            run_lupdate(catalogs[:1])  # lupdate writes the file back in its own layout
        print(f"{catalogs[0].name}: {completed} message(s) completed from the source text")
    missing = 0
    for catalog in catalogs:
        left = unfinished(catalog) if catalog.is_file() else ["(no catalogue)"]
        missing += len(left)
        print(f"{catalog.name}: {len(left)} unfinished")
        for source in left:
            print(f"    {source}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())

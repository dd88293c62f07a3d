"""Every string the UI translates is in each .ts catalogue, finished, with its placeholders and accelerator;
the loader puts the chosen language (and its date formats) on screen, and falls back to English safely.

The UI's strings come from pyside6-lupdate run over app/ui now, so a string added to the code without a
translation fails here. A second check reads the code itself, so a call lupdate cannot see (a helper
wrapper, a context in a variable, a plural it does not recognise) fails too instead of going unnoticed.
The domain's and the services' sentences reach the GUI as `Reason` codes: every code must have its own
rendering in app/ui/domain_text.py, and German must word each one differently from English.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from app.domain.reason_english import english
from app.domain.reasons import ReasonCode
from app.ui import translations_loader
from app.ui.calendar.calendar_builder import CalendarBuilder
from app.ui.calendar_navigation import title_for
from app.ui.domain_text import has_rendering, reason_text
from app.ui.status_bar import OutboxSummary
from app.ui.translations_loader import (
    TRANSLATIONS_DIR,
    choose_language,
    compiled_catalog,
    find_qt_tool,
    install_translations,
    uninstall_translations,
)
from app.ui.ui_settings import CalendarMode
from tests.unit.domain.reason_samples import SAMPLES

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "app" / "ui"
LANGUAGES = ("en", "de", "fr", "es")
PLACEHOLDER = re.compile(r"%[0-9n]|\{[^{}]*\}")
ACCELERATOR = re.compile(r"(?<!&)&(?!&)")
# The one place that calls QCoreApplication.translate with a context in a variable, by design.
CONTEXT_HELPER = UI_DIR / "translation_context.py"

Key = tuple[str, str, str]  # context, source, disambiguation


@dataclass(frozen=True)
class Entry:
    """One message of a catalogue."""

    numerus: bool
    state: str  # "" (finished), "unfinished", "obsolete", "vanished"
    texts: tuple[str, ...]


def _read_catalog(path: Path) -> dict[Key, Entry]:
    entries: dict[Key, Entry] = {}
    for context in ET.parse(path).iter("context"):  # noqa: S314  (our own catalogue)
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(form.text or "" for form in forms) if forms else (translation.text or "",)
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            entries[key] = Entry(message.get("numerus") == "yes", translation.get("type", ""), texts)
    return entries


@pytest.fixture(scope="module")
def ui_messages(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, Entry]:
    """What lupdate finds in app/ui right now."""
    lupdate = find_qt_tool("lupdate")
    if lupdate is None:
        pytest.fail("pyside6-lupdate not found: it comes with PySide6-Essentials")
    target = tmp_path_factory.mktemp("lupdate") / "frontdesk_xx.ts"
    sources = sorted(str(path) for path in UI_DIR.rglob("*.py") if "__pycache__" not in path.parts)
    subprocess.run([lupdate, "-silent", *sources, "-ts", str(target)], check=True)
    messages = _read_catalog(target)
    assert len(messages) > 100, "lupdate found suspiciously few strings"
    return messages


class _TranslateCalls(ast.NodeVisitor):
    """Each tr() and translate() call as lupdate should read it: context, source, comment, plural, line."""

    def __init__(self) -> None:
        self.classes: list[str] = []
        self.found: list[tuple[str, str, str, bool, int]] = []
        self.unreadable: list[tuple[int, str]] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func = node.func
        literals = [arg.value if isinstance(arg, ast.Constant) else None for arg in node.args]
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            owner = func.value
            if isinstance(owner, ast.Name) and owner.id == "self" and self.classes:
                context = self.classes[-1]
            elif isinstance(owner, ast.Name) and owner.id[:1].isupper():
                context = owner.id  # a class (a TrContext or a QObject) used as the context
            else:
                self.unreadable.append((node.lineno, ast.unparse(node)))
                return
            args = literals
        elif isinstance(func, ast.Name) and func.id == "tr":
            # `tr = Something.tr; tr("...")`: lupdate files the text under no context at all.
            self.unreadable.append((node.lineno, ast.unparse(node)))
            return
        elif (isinstance(func, ast.Name) and func.id == "translate") or (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id == "QCoreApplication"
        ):
            if not literals or not isinstance(literals[0], str):
                self.unreadable.append((node.lineno, ast.unparse(node)))
                return
            context, args = literals[0], literals[1:]
        else:
            return
        if not args or not isinstance(args[0], str) or node.keywords:
            self.unreadable.append((node.lineno, ast.unparse(node)))
            return
        disambiguation = args[1] if len(args) > 1 and isinstance(args[1], str) else ""
        # (source, disambiguation, n): a third argument makes it a plural message.
        self.found.append((context, args[0], disambiguation, len(args) >= 3, node.lineno))


def test_lupdate_sees_every_translation_call(ui_messages: dict[Key, Entry]) -> None:
    problems = []
    for path in sorted(UI_DIR.rglob("*.py")):
        if path == CONTEXT_HELPER or "__pycache__" in path.parts:
            continue
        calls = _TranslateCalls()
        calls.visit(ast.parse(path.read_text(encoding="utf-8")))
        where = path.relative_to(ROOT)
        problems += [f"{where}:{line}: lupdate cannot read {text}" for line, text in calls.unreadable]
        for context, source, disambiguation, plural, line in calls.found:
            found = ui_messages.get((context, source, disambiguation))
            if found is None:
                problems.append(f"{where}:{line}: {context} {source!r} is invisible to lupdate")
            elif found.numerus != plural:
                problems.append(f"{where}:{line}: lupdate reads {source!r} as plural={found.numerus}")
    assert not problems, "\n".join(problems)


def _placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _accelerators(text: str) -> int:
    return len(ACCELERATOR.findall(text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_is_translated_and_finished(ui_messages: dict[Key, Entry], language: str) -> None:
    catalog = _read_catalog(TRANSLATIONS_DIR / f"frontdesk_{language}.ts")
    problems = []
    for key, wanted in sorted(ui_messages.items()):
        context, source, _ = key
        entry = catalog.get(key)
        label = f"{context}: {source!r}"
        if entry is None:
            problems.append(f"missing   {label}")
        elif entry.state:
            problems.append(f"{entry.state}   {label}")
        elif entry.numerus != wanted.numerus or not all(text.strip() for text in entry.texts):
            problems.append(f"empty or wrong plural forms   {label}")
        else:
            for text in entry.texts:
                if _placeholders(text) != _placeholders(source):
                    problems.append(f"placeholders differ   {label} -> {text!r}")
                if _accelerators(text) != _accelerators(source):
                    problems.append(f"accelerator (&) lost or added   {label} -> {text!r}")
    assert not problems, f"frontdesk_{language}.ts needs work:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogues_hold_only_strings_the_ui_uses(ui_messages: dict[Key, Entry], language: str) -> None:
    catalog = _read_catalog(TRANSLATIONS_DIR / f"frontdesk_{language}.ts")
    stale = sorted(f"{context}: {source!r}" for context, source, _ in catalog.keys() - ui_messages.keys())
    assert not stale, "no longer in the UI (run translations/update_translations.py):\n" + "\n".join(stale)


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[QApplication]:
    """Leave the process in English with the system's formats, whatever a test installed."""
    yield qapp
    uninstall_translations(qapp)


def test_german_is_installed_with_its_date_formats(restore_language: QApplication) -> None:
    assert install_translations(restore_language, "de") == "de"
    assert QCoreApplication.translate("AppointmentDialog", "Book anyway") == "Trotzdem buchen"
    assert QCoreApplication.translate("WindowActions", "&Sync now") == "&Jetzt synchronisieren"
    assert OutboxSummary.tr("%n changes waiting", "", 3) == "3 Änderungen warten"
    assert CalendarBuilder.tr("%n booked", "", 1) == "1 gebucht"
    assert QLocale().language() == QLocale.Language.German
    assert title_for(CalendarMode.DAY, date(2025, 3, 3)) == "Montag, 3. März 2025"
    assert title_for(CalendarMode.WEEK, date(2025, 3, 3)) == "3. \N{EN DASH} 9. März 2025"


def test_every_reason_code_is_rendered_in_german_not_in_english(restore_language: QApplication) -> None:
    """A code without its own rendering, or a sentence left in English, fails here (issue #6)."""
    assert set(SAMPLES) == set(ReasonCode), "tests/unit/domain/reason_samples.py needs a sample per code"
    unrendered = [code.value for code in ReasonCode if not has_rendering(code)]
    assert not unrendered, f"no rendering in app/ui/domain_text.py for {unrendered}"
    install_translations(restore_language, "en")
    in_english = {code: reason_text(sample) for code, sample in SAMPLES.items()}
    install_translations(restore_language, "de")
    problems = []
    for code, sample in SAMPLES.items():
        german = reason_text(sample)
        if not german.strip() or german in (in_english[code], english(sample)):
            problems.append(f"{code.value}: {german!r}")
    assert not problems, "not worded in German:\n" + "\n".join(problems)


def test_back_to_english_after_german(restore_language: QApplication) -> None:
    install_translations(restore_language, "fr")
    assert QCoreApplication.translate("AppointmentDialog", "Book anyway") == "Réserver quand même"
    assert install_translations(restore_language, "en") == "en"
    assert QCoreApplication.translate("AppointmentDialog", "Book anyway") == "Book anyway"
    # English has real plural forms where the source says "(s)".
    assert QCoreApplication.translate("UnsentChanges", "Failed after %n attempt(s)", None, 1) == (
        "Failed after 1 attempt"
    )


def test_the_system_language_is_followed_unless_overridden() -> None:
    shipped = {"en", "de", "fr", "es"}
    assert choose_language(None, ["fr-CA", "en-US"], shipped) == "fr"
    assert choose_language(None, ["it-IT", "es-MX"], shipped) == "es"
    assert choose_language(None, ["it-IT", "C"], shipped) == "en"
    assert choose_language("de", ["fr-FR"], shipped) == "de"
    assert choose_language("pt", ["fr-FR"], shipped) == "fr"
    assert choose_language(None, ["fr-CA"], {*shipped, "fr_CA"}) == "fr_CA"


def test_an_out_of_date_catalogue_is_compiled_again(tmp_path: Path) -> None:
    source = tmp_path / "frontdesk_de.ts"
    shutil.copy(TRANSLATIONS_DIR / "frontdesk_de.ts", source)
    compiled = compiled_catalog("de", tmp_path)
    assert compiled == tmp_path / "frontdesk_de.qm"
    assert compiled.stat().st_size > 0
    os.utime(compiled, (1_000_000, 1_000_000))  # older than its source now
    assert compiled_catalog("de", tmp_path) == compiled
    assert compiled.stat().st_mtime >= source.stat().st_mtime


def test_without_lrelease_the_window_stays_in_english(
    restore_language: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copy(TRANSLATIONS_DIR / "frontdesk_de.ts", tmp_path)
    monkeypatch.setattr(translations_loader, "find_qt_tool", lambda name: None)
    assert install_translations(restore_language, "de", directory=tmp_path) == "en"
    assert QCoreApplication.translate("AppointmentDialog", "Book anyway") == "Book anyway"
    assert not (tmp_path / "frontdesk_de.qm").exists()


@pytest.mark.skipif(sys.platform != "linux", reason="QSettings reads XDG_CONFIG_HOME on Linux only")
def test_the_language_setting_applies_when_the_application_starts(tmp_path: Path) -> None:
    settings = tmp_path / "Frontdesk" / "Frontdesk.conf"
    settings.parent.mkdir()
    settings.write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    program = (
        "from PySide6.QtCore import QCoreApplication, QLocale\n"
        "from app.ui.application import create_application\n"
        "create_application(['frontdesk'])\n"
        "print(QCoreApplication.translate('AppointmentDialog', 'Book anyway'))\n"
        "print(QLocale().name())\n"
    )
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", program],
        check=False,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["Reservar de todos modos", "es_ES"]

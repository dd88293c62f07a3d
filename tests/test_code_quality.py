"""The codebase's own rules, checked on every test run: lint, format and the layering contracts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False, timeout=300)


def test_ruff_lint_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "check", "app", "tests", "packaging")
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_format_is_clean() -> None:
    result = _run(str(BIN / "ruff"), "format", "--check", "app", "tests", "packaging")
    assert result.returncode == 0, result.stdout + result.stderr


def test_typed_packages_pass_mypy() -> None:
    """domain, store, remote, sync, services and cli type-check (the packages in pyproject's [tool.mypy])."""
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_layering_contracts_hold() -> None:
    """domain -> store/remote -> sync -> services -> ui/cli; Qt only in app.ui (architecture.md)."""
    result = _run(str(BIN / "lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout, result.stdout


def test_core_packages_load_without_qt() -> None:
    """Importing everything below the UI must not pull in Qt, even indirectly at run time."""
    probe = (
        "import importlib, pkgutil, sys\n"
        "import app\n"
        "for pkg in ('domain', 'store', 'remote', 'sync', 'services'):\n"
        "    base = importlib.import_module('app.' + pkg)\n"
        "    for info in pkgutil.walk_packages(base.__path__, base.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "leaked = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'qasync', 'shiboken6'))\n"
        "print(leaked)\n"
        "sys.exit(1 if leaked else 0)\n"
    )
    result = _run(sys.executable, "-c", probe)
    assert result.returncode == 0, result.stdout + result.stderr

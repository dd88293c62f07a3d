"""The `frontdesk` entry point: the GUI with no subcommand, the headless commands otherwise.

This is the one place outside `app.ui` allowed to reach Qt, and only by importing `app.ui` lazily,
so `frontdesk sync` and friends start fast and work on machines without a display.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
from collections.abc import Sequence

from app.cli.parser import build_parser

# The sandbox's server stack (starlette, uvicorn): imported when the demo is asked for, not before.
_LOADED_ON_DEMAND = frozenset({"app.services.demo_service"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run Frontdesk with `argv` (default: the process arguments) and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        import_services_before_qt()
        from app.ui.application import run_gui  # noqa: PLC0415  (Qt only when the GUI is wanted)

        return run_gui(args)
    from app.cli.dispatch import run_command  # noqa: PLC0415

    return run_command(args)


def import_services_before_qt() -> None:
    """Import the layers below the UI (services, store, sync, SQLAlchemy) before Qt is loaded.

    Once PySide6 is imported it reads the source of every module imported after it, looking for
    `from __feature__ import` (PYSIDE-2029). For SQLAlchemy and our own layers that came to about
    0.3 s of CPU and 15 MB of cached source text on the way to the first painted calendar
    (tests/benchmarks/bench_gui_large_cache.py); modules already imported are not read again.
    """
    import app.services  # noqa: PLC0415

    for module in pkgutil.iter_modules(app.services.__path__, "app.services."):
        if module.name not in _LOADED_ON_DEMAND:
            importlib.import_module(module.name)


if __name__ == "__main__":
    sys.exit(main())

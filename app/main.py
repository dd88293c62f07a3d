"""The `frontdesk` entry point: the GUI with no subcommand, the headless commands otherwise.

This is the one place outside `app.ui` allowed to reach Qt, and only by importing `app.ui` lazily,
so `frontdesk sync` and friends start fast and work on machines without a display.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.cli.parser import build_parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run Frontdesk with `argv` (default: the process arguments) and return the exit code."""
    parser = build_parser()
    args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        from app.ui.application import run_gui  # noqa: PLC0415  (Qt only when the GUI is wanted)

        return run_gui(args)
    from app.cli.dispatch import run_command  # noqa: PLC0415

    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())

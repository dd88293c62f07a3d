"""The command-line contract of product.md ("Headless interface"), as one argparse parser."""

from __future__ import annotations

import argparse
from pathlib import Path

from app import APP_NAME, __version__
from app.sandbox.cli import add_sandbox_arguments


def build_parser() -> argparse.ArgumentParser:
    """The `frontdesk` parser: GUI options at the top level, one subparser per headless command."""
    parser = argparse.ArgumentParser(
        prog="frontdesk",
        description=f"{APP_NAME}: scheduling for a clinic's front desk. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the app on the embedded demo clinic (a sandbox server on loopback)",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="where the local cache lives (default: the platform's user data folder)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sandbox = commands.add_parser(
        "sandbox",
        help="run the Cliniko-compatible sandbox API server until interrupted",
        description="Run the Cliniko-compatible sandbox API server until interrupted.",
    )
    add_sandbox_arguments(sandbox)
    return parser

"""The command-line contract of product.md ("Headless interface"), as one argparse parser.

Kept free of heavy imports (SQLAlchemy, httpx): the GUI builds this parser on every start.
`--data-dir` works before the command (`frontdesk --data-dir X agenda ...`, the GUI's option) and
after it (`frontdesk agenda --data-dir X ...`, as the table writes it); the latter wins.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime
from pathlib import Path
from typing import NoReturn

from app import APP_NAME, __version__
from app.cli import exit_codes
from app.domain.entities import CancellationReason
from app.sandbox.cli import add_sandbox_arguments

COMMAND_DATA_DIR = "command_data_dir"
Commands = argparse._SubParsersAction  # the object add_subparsers() returns


class FrontdeskArgumentParser(argparse.ArgumentParser):
    """argparse, but usage errors exit 1 (2 means "API key refused" to scripts; see `exit_codes`)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(exit_codes.ERROR, f"{self.prog}: error: {message}\n")


def local_date(text: str) -> date:
    """A `YYYY-MM-DD` date."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not a date; use YYYY-MM-DD, e.g. 2025-03-05"
        ) from None


def iso_time(text: str) -> datetime:
    """An ISO 8601 time; with `Z` or an offset, or without (then read in the business's zone)."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text[:40]!r} is not an ISO 8601 time; use e.g. 2025-03-05T09:30:00Z or 2025-03-05T20:30+11:00"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    """The `frontdesk` parser: GUI options at the top level, one subparser per headless command."""
    parser = FrontdeskArgumentParser(
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
    _add_sync(commands)
    _add_agenda(commands)
    _add_conflicts(commands)
    _add_book(commands)
    _add_cancel(commands)
    _add_patient_link(commands)
    return parser


def _command(commands: Commands, name: str, summary: str, epilog: str = "") -> argparse.ArgumentParser:
    command: argparse.ArgumentParser = commands.add_parser(
        name, help=summary, description=summary, epilog=epilog or None
    )
    command.add_argument(
        "--data-dir",
        dest=COMMAND_DATA_DIR,
        type=Path,
        default=None,
        metavar="DIR",
        help="the folder holding the local cache (required, here or before the command)",
    )
    return command


def _add_sync(commands: Commands) -> None:
    sync = _command(
        commands,
        "sync",
        "Run one sync cycle: push the outbox, pull changes.",
        "Progress goes to stderr; one JSON summary line to stdout. Exit codes: 0 ok, 2 API key missing "
        "or refused, 3 server unreachable (local changes are kept), 1 any other error.",
    )
    sync.add_argument(
        "--base-url", default=None, metavar="URL", help="API root (default: Cliniko's, from the key's shard)"
    )
    sync.add_argument(
        "--api-key",
        default=None,
        metavar="KEY",
        help="API key (default: FRONTDESK_API_KEY, then the keyring)",
    )
    sync.add_argument(
        "--allow-mass-delete",
        action="store_true",
        help="apply a pull that deletes most of the cache (after checking the key is this clinic's)",
    )


def _add_agenda(commands: Commands) -> None:
    agenda = _command(commands, "agenda", "List the appointments starting on a local date, from the cache.")
    agenda.add_argument("--date", required=True, type=local_date, metavar="YYYY-MM-DD", help="the day")
    agenda.add_argument("--tz", default=None, metavar="ZONE", help="IANA zone (default: the business's)")
    agenda.add_argument(
        "--practitioner",
        action="append",
        dest="practitioners",
        default=None,
        metavar="ID",
        help="only this practitioner (repeatable)",
    )
    agenda.add_argument("--json", action="store_true", help="print a JSON list")


def _add_conflicts(commands: Commands) -> None:
    conflicts = _command(
        commands,
        "conflicts",
        "List the warnings a booking would get, as JSON {category, message, appointment_ids}.",
        "Times without an offset are read in the business's time zone.",
    )
    conflicts.add_argument("--practitioner", required=True, metavar="ID")
    conflicts.add_argument("--start", required=True, type=iso_time, metavar="ISO")
    conflicts.add_argument("--end", required=True, type=iso_time, metavar="ISO")
    conflicts.add_argument("--patient", default=None, metavar="ID")
    conflicts.add_argument("--exclude", default=None, metavar="APPT_ID", help="the appointment being edited")
    conflicts.add_argument(
        "--type", dest="appointment_type", default=None, metavar="ID", help="appointment type"
    )
    conflicts.add_argument("--business", default=None, metavar="ID")
    conflicts.add_argument("--json", action="store_true", help="print a JSON list")


def _add_book(commands: Commands) -> None:
    book = _command(
        commands,
        "book",
        "Book an appointment into the cache and the outbox (pushed by the next sync).",
        "Exit codes: 0 booked (the appointment is printed as JSON), 4 warnings and no --force (the "
        "warnings are printed as JSON), 1 invalid input or another error. Times without an offset are "
        "read in the business's time zone.",
    )
    book.add_argument("--practitioner", required=True, metavar="ID")
    book.add_argument("--patient", required=True, metavar="ID")
    book.add_argument("--type", dest="appointment_type", required=True, metavar="ID")
    book.add_argument("--start", required=True, type=iso_time, metavar="ISO")
    book.add_argument("--end", default=None, type=iso_time, metavar="ISO", help="default: the type's length")
    book.add_argument("--business", default=None, metavar="ID", help="default: the clinic's first business")
    book.add_argument("--notes", default=None, metavar="TEXT")
    book.add_argument("--force", action="store_true", help="book despite warnings (Book anyway)")


def _add_cancel(commands: Commands) -> None:
    codes = [reason.value for reason in CancellationReason]
    cancel = _command(
        commands,
        "cancel",
        "Cancel an appointment with a Cliniko reason code, via the cache and the outbox.",
        "Reasons: 10 feeling better, 20 condition worse, 30 sick, 31 COVID-19 related, 40 away, "
        "50 other, 60 work.",
    )
    cancel.add_argument("--appointment", required=True, metavar="ID")
    cancel.add_argument("--reason", required=True, choices=codes, metavar="CODE", help=" ".join(codes))
    cancel.add_argument("--note", default=None, metavar="TEXT")


def _add_patient_link(commands: Commands) -> None:
    link = _command(
        commands,
        "patient-link",
        "Print an appointment's patient telehealth link when the rules allow it (exit 0); "
        "otherwise print the reason (exit 5). Reads the cache only.",
    )
    link.add_argument("--appointment", required=True, metavar="ID")

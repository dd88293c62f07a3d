"""Runs the headless subcommand chosen on the command line, turning known errors into exit codes.

A known failure (a `ServiceError`) prints its sentence on stderr, never a traceback. Anything else is a
bug: it is reported in one redacted line (no links or keys can reach the terminal) and exits 1;
FRONTDESK_DEBUG=1 shows its traceback instead.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from collections.abc import Callable

from app.cli import exit_codes
from app.cli.output import say
from app.log import configure_logging, redact
from app.sandbox.cli import run_sandbox

# Set (to anything) to see the traceback of an unexpected error instead of one redacted line.
DEBUG_ENVIRONMENT_VARIABLE = "FRONTDESK_DEBUG"
Handler = Callable[[argparse.Namespace], int]


# Each command's module, imported only when it runs: they pull in SQLAlchemy (and `sync` httpx too).
_COMMANDS: dict[str, tuple[str, str]] = {
    "sync": ("app.cli.sync_command", "run_sync_command"),
    "agenda": ("app.cli.schedule_commands", "run_agenda"),
    "conflicts": ("app.cli.schedule_commands", "run_conflicts"),
    "book": ("app.cli.booking_commands", "run_book"),
    "cancel": ("app.cli.booking_commands", "run_cancel"),
    "patient-link": ("app.cli.booking_commands", "run_patient_link"),
}


def _handler(command: str) -> Handler:
    module_name, function_name = _COMMANDS[command]
    handler: Handler = getattr(importlib.import_module(module_name), function_name)
    return handler


def run_command(args: argparse.Namespace) -> int:
    """Run the subcommand in `args` and return its exit code."""
    if args.command == "sandbox":
        return run_sandbox(args)
    configure_logging(logging.WARNING)
    from app.services.errors import (  # noqa: PLC0415
        InvalidApiKey,
        ServerUnreachable,
        ServiceError,
        SyncAuthRefused,
    )

    try:
        return _handler(args.command)(args)
    except (SyncAuthRefused, InvalidApiKey) as refused:
        say(refused.message)
        return exit_codes.AUTH_REFUSED
    except ServerUnreachable as offline:
        say(offline.message + " Local changes are kept for the next sync.")
        return exit_codes.SERVER_UNREACHABLE
    except ServiceError as error:
        say(error.message)
        return exit_codes.ERROR
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): nothing more to say, and nowhere to say it.
        _silence_stdout()
        return exit_codes.ERROR
    except KeyboardInterrupt:
        say("Interrupted.")
        return exit_codes.ERROR
    except Exception as bug:
        if os.environ.get(DEBUG_ENVIRONMENT_VARIABLE):
            raise  # a developer asked for the traceback
        say(redact(f"Frontdesk hit an unexpected problem ({type(bug).__name__}: {bug})."))
        return exit_codes.ERROR


def _silence_stdout() -> None:
    """Point stdout at the null device so the interpreter's final flush does not fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())

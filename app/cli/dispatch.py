"""Runs the headless subcommand chosen on the command line."""

from __future__ import annotations

import argparse

from app.sandbox.cli import run_sandbox


def run_command(args: argparse.Namespace) -> int:
    """Run the subcommand in `args` and return its exit code."""
    handlers = {
        "sandbox": run_sandbox,
    }
    return handlers[args.command](args)

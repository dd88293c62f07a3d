"""What every cache-reading command shares: the data folder from either `--data-dir`, and times."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.parser import COMMAND_DATA_DIR
from app.domain.timezones import local_to_utc
from app.services.agenda_service import clinic_zone
from app.services.errors import InvalidRequest
from app.services.workspace import ClinicWorkspace


def data_dir_of(args: argparse.Namespace) -> Path:
    """The command's `--data-dir`, else the one given before the command; required."""
    chosen = getattr(args, COMMAND_DATA_DIR, None) or getattr(args, "data_dir", None)
    if chosen is None:
        raise InvalidRequest(
            f"Say where the local cache is with --data-dir DIR (frontdesk {args.command} --help)."
        )
    return Path(chosen)


def open_workspace(args: argparse.Namespace) -> ClinicWorkspace:
    """The workspace on the command's data folder."""
    return ClinicWorkspace.open(data_dir_of(args))


def as_utc(workspace: ClinicWorkspace, moment: datetime, business_id: str | None = None) -> datetime:
    """`moment` as aware UTC; a time without an offset is read in the business's zone."""
    if moment.tzinfo is not None and moment.utcoffset() is not None:
        return moment
    if moment.tzinfo is not None:
        raise InvalidRequest("The time's zone is not understood; give an offset such as Z or +10:00.")
    return local_to_utc(moment, clinic_zone(workspace, business_id))

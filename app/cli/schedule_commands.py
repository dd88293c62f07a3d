"""`frontdesk agenda` and `frontdesk conflicts`: reading the schedule from the cache."""

from __future__ import annotations

import argparse

from app.cli import exit_codes
from app.cli.json_views import agenda_item_json, warnings_json
from app.cli.output import print_json, print_line
from app.cli.workspace_args import as_utc, open_workspace
from app.domain.conflicts import BookingProposal
from app.domain.formatting import format_range
from app.services.agenda_service import Agenda, agenda_for_day, parse_zone
from app.services.conflict_service import check_conflicts
from app.services.errors import InvalidRequest


def run_agenda(args: argparse.Namespace) -> int:
    """Print the appointments starting on `--date` (JSON with `--json`, else one line each)."""
    zone = parse_zone(args.tz) if args.tz is not None else None
    with open_workspace(args) as workspace:
        agenda = agenda_for_day(workspace, args.date, zone=zone, practitioner_ids=args.practitioners)
    if args.json:
        print_json([agenda_item_json(item) for item in agenda.items])
    else:
        _print_readable(agenda)
    return exit_codes.OK


def _print_readable(agenda: Agenda) -> None:
    print_line(f"{agenda.day.isoformat()} ({agenda.zone.key}): {len(agenda.items)} appointment(s)")
    for item in agenda.items:
        when = format_range(item.starts_at, item.ends_at, agenda.zone)
        marks = "" if not item.pending_sync else "  [not synced]"
        print_line(
            f"{when}  {item.practitioner_name or item.practitioner_id}  {item.patient_name or '-'}  "
            f"{item.appointment_type_name or 'Unknown type'}  {item.status.value}{marks}  id {item.id}"
        )


def run_conflicts(args: argparse.Namespace) -> int:
    """Print the warnings a booking would get (a JSON list; one sentence per line without `--json`)."""
    with open_workspace(args) as workspace:
        starts_at = as_utc(workspace, args.start, args.business)
        ends_at = as_utc(workspace, args.end, args.business)
        if ends_at <= starts_at:
            raise InvalidRequest("The end must be after the start.")
        proposal = BookingProposal(
            practitioner_id=args.practitioner,
            starts_at=starts_at,
            ends_at=ends_at,
            patient_id=args.patient,
            appointment_type_id=args.appointment_type,
            business_id=args.business,
            exclude_appointment_id=args.exclude,
        )
        warnings = check_conflicts(workspace, proposal)
    if args.json:
        print_json(warnings_json(warnings))
    else:
        for warning in warnings:
            print_line(f"{warning.category.value}: {warning.message}")
    return exit_codes.OK

"""`frontdesk book`, `frontdesk cancel` and `frontdesk patient-link`: the desk's actions, headless."""

from __future__ import annotations

import argparse

from app.cli import exit_codes
from app.cli.json_views import agenda_item_json, warnings_json
from app.cli.output import print_json, print_line, say
from app.cli.workspace_args import as_utc, open_workspace
from app.services import appointment_status, booking_service, telehealth_service
from app.services.appointment_views import describe_appointment
from app.services.errors import BookingHasWarnings


def run_book(args: argparse.Namespace) -> int:
    """Book; exit 4 with the warnings as JSON when there are some and no `--force`.

    Invalid input raises `BookingInvalid`, which the dispatcher reports (one line, exit 1).
    """
    with open_workspace(args) as workspace:
        request = booking_service.BookingRequest(
            practitioner_id=args.practitioner,
            patient_id=args.patient,
            appointment_type_id=args.appointment_type,
            starts_at=as_utc(workspace, args.start, args.business),
            ends_at=None if args.end is None else as_utc(workspace, args.end, args.business),
            business_id=args.business,
            notes=args.notes,
        )
        try:
            result = booking_service.book(workspace, request, force=args.force)
        except BookingHasWarnings as warned:
            print_json(warnings_json(warned.warnings))
            count = len(warned.warnings)
            say(f"Not booked: {count} warning{'s' if count != 1 else ''}. Add --force to book anyway.")
            return exit_codes.HAS_WARNINGS
        item = describe_appointment(workspace, result.appointments[0].id)
    print_json(agenda_item_json(item))
    return exit_codes.OK


def run_cancel(args: argparse.Namespace) -> int:
    """Cancel with a reason code; print the cancelled appointment as JSON."""
    with open_workspace(args) as workspace:
        cancelled = appointment_status.cancel(workspace, args.appointment, reason=args.reason, note=args.note)
        item = describe_appointment(workspace, cancelled[0].id)
    print_json(agenda_item_json(item))
    return exit_codes.OK


def run_patient_link(args: argparse.Namespace) -> int:
    """Print the patient link (exit 0) or the reason it may not be handed out (exit 5)."""
    with open_workspace(args) as workspace:
        link = telehealth_service.patient_link(workspace, args.appointment)
        if link.allowed and link.url:
            telehealth_service.record_patient_link_copied(workspace, args.appointment)
            print_line(link.url)
            return exit_codes.OK
    print_line(link.reason or "The patient link cannot be handed out.")
    return exit_codes.LINK_REFUSED

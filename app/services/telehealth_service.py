"""The two telehealth links (product.md, "Telehealth links"): Copy patient link and Join.

Both are decided by `app.domain.telehealth_link_policy` from the cache, with the appointment type as
it is now. A link is handed out only when the decision allows it; otherwise the reason says why.
Links are secrets: never logged, never in an error message. The fact of a copy is logged
(appointment id and time), the link itself never.

Online, the GUI re-reads the attendee just before copying (links can change on reschedule) by
passing a fetcher to `refreshed_patient_link`; the CLI and an offline GUI use the cached link.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from app.domain.entities import Attendee, UserRole
from app.domain.reasons import Reason
from app.domain.telehealth_link_policy import LinkDecision, join_decision, patient_link_decision
from app.domain.timezones import business_zone, format_iso_utc
from app.log import services_log
from app.remote.errors import RemoteError, ServerUnavailableError
from app.services.errors import AppointmentNotFound
from app.services.workspace import ClinicWorkspace
from app.store.bulk import upsert_attendees
from app.store.catalog import get_appointment_type, get_business
from app.store.local_writes import is_local_id
from app.store.meta import get_signed_in_user
from app.store.prepared import Executor
from app.store.queries import attendee_for_appointment, get_appointment

AttendeeFetcher = Callable[[str], Awaitable[Sequence[Attendee]]]
# Who is at the keyboard when the signed-in user is not known: the role that may see least.
DEFAULT_ROLE = UserRole.RECEPTIONIST


@dataclass(frozen=True, slots=True)
class TelehealthLink:
    """A decision and, only when it allows, the link (a secret: keep it out of logs and reprs)."""

    decision: LinkDecision
    url: str | None = field(default=None, repr=False)

    @property
    def allowed(self) -> bool:
        return self.decision.allowed

    @property
    def reason(self) -> str | None:
        """Why the link is refused, in English (None when allowed)."""
        return self.decision.reason

    @property
    def refusal(self) -> Reason | None:
        """Why the link is refused, as a `Reason` to word in the user's language (None when allowed)."""
        return self.decision.refusal


def current_role(workspace: ClinicWorkspace) -> UserRole:
    """The signed-in user's role, as last read from the server; receptionist when unknown."""
    with workspace.reading() as session:
        user = get_signed_in_user(session)
    return user.role if user is not None else DEFAULT_ROLE


def patient_link(workspace: ClinicWorkspace, appointment_id: str) -> TelehealthLink:
    """The patient link from the cache, if the rules allow copying it now."""
    with workspace.reading() as session:
        return _patient_link(session, workspace, appointment_id)


def _patient_link(session: Executor, workspace: ClinicWorkspace, appointment_id: str) -> TelehealthLink:
    appointment = get_appointment(session, appointment_id)
    if appointment is None:
        raise AppointmentNotFound(appointment_id)
    kind = get_appointment_type(session, appointment.appointment_type_id)
    attendee = attendee_for_appointment(session, appointment_id)
    decision = patient_link_decision(appointment, kind, attendee, workspace.now())
    if not decision.allowed or attendee is None:
        return TelehealthLink(decision)
    return TelehealthLink(decision, attendee.telehealth_url)


async def refreshed_patient_link(
    workspace: ClinicWorkspace, appointment_id: str, fetch_attendees: AttendeeFetcher
) -> TelehealthLink:
    """Re-read the appointment's attendees from the server, store them, then decide.

    A server that cannot be reached (or refuses) leaves the cached link to decide, as offline.
    """
    with workspace.reading() as session:
        appointment = get_appointment(session, appointment_id)
    if appointment is not None and not appointment.is_deleted and not is_local_id(appointment_id):
        try:
            attendees = list(await fetch_attendees(appointment_id))
        except ServerUnavailableError:
            workspace.set_connectivity(online=False)
        except RemoteError as error:
            services_log.info(
                "could not re-read the attendee of %s: %s", appointment_id, type(error).__name__
            )
        else:
            workspace.set_connectivity(online=True)
            mine = [a for a in attendees if a.appointment_id == appointment_id]
            if mine:
                with workspace.writing() as session:
                    upsert_attendees(session, mine)
    return patient_link(workspace, appointment_id)


def record_patient_link_copied(workspace: ClinicWorkspace, appointment_id: str) -> None:
    """Log that the patient link of an appointment was handed out (never the link itself)."""
    services_log.info(
        "patient link of appointment %s copied at %s", appointment_id, format_iso_utc(workspace.now())
    )


def join_link(
    workspace: ClinicWorkspace, appointment_id: str, role: UserRole | None = None
) -> TelehealthLink:
    """The practitioner link, if `role` (default: the signed-in user's) may join now."""
    chosen_role = role if role is not None else current_role(workspace)
    with workspace.reading() as session:
        appointment = get_appointment(session, appointment_id)
        if appointment is None:
            raise AppointmentNotFound(appointment_id)
        kind = get_appointment_type(session, appointment.appointment_type_id)
        business = get_business(session, appointment.business_id)
    zone = business_zone(business.time_zone_identifier if business is not None else None)
    decision = join_decision(
        appointment, kind, chosen_role, workspace.now(), workspace.settings.join_window, zone=zone
    )
    if not decision.allowed:
        return TelehealthLink(decision)
    services_log.info("join opened for appointment %s", appointment_id)
    return TelehealthLink(decision, appointment.telehealth_url)

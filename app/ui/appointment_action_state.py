"""Which appointment actions are possible right now, and why not: decided by the services and domain rules.

`action_states` reads the appointment once (through the services) and asks the telehealth and
status rules about each action; their refusals (`Reason`s) become sentences in the user's language
here (`app.ui.domain_text`). It holds no link: the patient link's decision comes from the agenda
view of the appointment and Join's from the domain rule, so refreshing the toolbar never loads,
logs or exposes a secret. Plain data out, so it is tested without widgets.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.domain.entities import Appointment, AppointmentStatus, UserRole
from app.domain.reasons import Reason
from app.domain.status import status_change_refusal_reason
from app.domain.telehealth_link_policy import join_decision
from app.services import agenda_service, appointment_views, directory_service
from app.services.appointment_views import AgendaItem
from app.services.errors import AppointmentNotFound
from app.services.workspace import ClinicWorkspace
from app.ui.domain_text import reason_text

JOINING_ROLES = frozenset({UserRole.PRACTITIONER, UserRole.ADMINISTRATOR})


@dataclass(frozen=True, slots=True)
class ActionState:
    """One action: visible, enabled (else `reason` says why), checked (for the arrival toggles)."""

    enabled: bool
    reason: str | None = None
    visible: bool = True
    checked: bool = False


@dataclass(frozen=True, slots=True)
class AppointmentActionStates:
    """Every action's state for the selected appointment (or for none)."""

    item: AgendaItem | None
    edit: ActionState
    join: ActionState
    copy_patient_link: ActionState
    mark_arrived: ActionState
    did_not_arrive: ActionState
    cancel: ActionState
    delete: ActionState

    @property
    def appointment(self) -> Appointment | None:
        """The selected appointment, when there is one."""
        return self.item.appointment if self.item is not None else None

    @property
    def in_series(self) -> bool:
        """Whether the selected appointment belongs to a repeating series."""
        return self.item is not None and self.item.appointment.series_id is not None


def _disabled(reason: str, *, visible: bool = True) -> ActionState:
    return ActionState(enabled=False, reason=reason, visible=visible)


def _state(refusal: Reason | None, *, checked: bool = False, visible: bool = True) -> ActionState:
    reason = reason_text(refusal) if refusal is not None else None
    return ActionState(enabled=refusal is None, reason=reason, visible=visible, checked=checked)


def action_states(
    workspace: ClinicWorkspace, appointment_id: str | None, *, role: UserRole, now: datetime
) -> AppointmentActionStates:
    """The state of every action for `appointment_id` (None: nothing selected)."""
    can_join = role in JOINING_ROLES
    item = None
    reason = QCoreApplication.translate("AppointmentActions", "Select an appointment first.")
    if appointment_id is not None:
        try:
            item = appointment_views.describe_appointment(workspace, appointment_id)
        except AppointmentNotFound:
            reason = QCoreApplication.translate(
                "AppointmentActions", "This appointment is no longer in the local copy."
            )
    if item is None:
        nothing = _disabled(reason)
        return AppointmentActionStates(
            None, nothing, _disabled(reason, visible=can_join), nothing, nothing, nothing, nothing, nothing
        )
    appointment = item.appointment
    return AppointmentActionStates(
        item=item,
        edit=ActionState(enabled=True),
        join=_join_state(workspace, appointment, role, now, visible=can_join),
        copy_patient_link=_state(item.patient_link_refusal if not item.patient_link_allowed else None),
        mark_arrived=_arrival_state(appointment, AppointmentStatus.ARRIVED),
        did_not_arrive=_arrival_state(appointment, AppointmentStatus.DID_NOT_ARRIVE),
        cancel=_state(status_change_refusal_reason(appointment, AppointmentStatus.CANCELLED)),
        delete=ActionState(enabled=True),
    )


def _arrival_state(appointment: Appointment, target: AppointmentStatus) -> ActionState:
    """Checked when the appointment has that status; triggering a checked one undoes it."""
    if appointment.status == target:
        return ActionState(enabled=True, checked=True)
    return _state(status_change_refusal_reason(appointment, target))


def _join_state(
    workspace: ClinicWorkspace, appointment: Appointment, role: UserRole, now: datetime, *, visible: bool
) -> ActionState:
    types = {t.id: t for t in directory_service.appointment_types(workspace, include_archived=True)}
    zone = agenda_service.clinic_zone(workspace, appointment.business_id)
    decision = join_decision(
        appointment,
        types.get(appointment.appointment_type_id),
        role,
        now,
        workspace.settings.join_window,
        zone=zone,
    )
    return _state(decision.refusal, visible=visible)

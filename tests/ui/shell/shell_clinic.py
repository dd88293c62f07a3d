"""The shell tests' clinic: the small test clinic (tests/support/clinic_builder.py) in a real cache.

The appointments are on Tuesday 4 March:
Grace: Ada 09:00-09:30 (video), Bob 10:00-10:45 (initial), unavailable 12:00-13:00;
Alan: Bob 14:00-14:30 (video); Ada 16:00-16:30 (video), the first of a weekly series of two.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from app.domain.entities import Appointment
from app.services.workspace import ClinicWorkspace
from tests.support.clinic_builder import MONDAY_7AM, ClinicIds, make_appointment, seed_small_clinic, tuesday

_id = ClinicIds().big_id


@dataclass(frozen=True)
class ShellClinic(ClinicIds):
    """The ids of the seeded clinic (the shared ones come from `ClinicIds`)."""

    ada_video: str = _id(1)  # Grace 09:00-09:30
    bob_initial: str = _id(2)  # Grace 10:00-10:45
    bob_video: str = _id(3)  # Alan 14:00-14:30
    ada_series_first: str = _id(4)  # Alan 16:00-16:30, series "ada-weekly"
    ada_series_second: str = _id(5)  # Alan, the next Tuesday 16:00-16:30


CLINIC = ShellClinic()


def _appointment(
    appointment_id: str,
    start: float,
    *,
    minutes: int,
    practitioner: str,
    kind: str,
    patient: str,
    series_id: str | None = None,
) -> Appointment:
    names = {CLINIC.ada: "Ada Lovelace", CLINIC.bob: "Bob Builder"}
    stamp = MONDAY_7AM - timedelta(days=1)
    return make_appointment(
        CLINIC,
        appointment_id,
        starts_at=tuesday(start),
        ends_at=tuesday(start) + timedelta(minutes=minutes),
        practitioner_id=practitioner,
        appointment_type_id=kind,
        patient_id=patient,
        patient_name=names[patient],
        series_id=series_id,
        created_at=stamp,
        updated_at=stamp,
    )


def seed_shell_clinic(workspace: ClinicWorkspace) -> None:
    """Write the clinic into the cache as a sync would, synced a minute before the clock's now."""
    c = CLINIC
    seed_small_clinic(
        workspace,
        c,
        [
            _appointment(c.ada_video, 9, minutes=30, practitioner=c.grace, kind=c.video, patient=c.ada),
            _appointment(c.bob_initial, 10, minutes=45, practitioner=c.grace, kind=c.initial, patient=c.bob),
            _appointment(c.bob_video, 14, minutes=30, practitioner=c.alan, kind=c.video, patient=c.bob),
            *(
                _appointment(
                    appointment_id,
                    start,
                    minutes=30,
                    practitioner=c.alan,
                    kind=c.video,
                    patient=c.ada,
                    series_id="ada-weekly",
                )
                for appointment_id, start in ((c.ada_series_first, 16), (c.ada_series_second, 16 + 7 * 24))
            ),
        ],
    )

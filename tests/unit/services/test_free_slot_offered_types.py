"""Find next free slot proposes only practitioners who offer the chosen appointment type.

The clinic (tests/support/clinic_builder.py): Grace offers video and initial, Alan every current type
(Pilates included). On Tuesday Grace is busy 09:00-09:30 and 10:00-10:45; Alan only has a cancelled
11:00 and a 14:00 video. Opening hours are 08:00-18:00.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from app.domain.entities import Practitioner
from app.services import free_slot_service
from app.services.errors import InvalidRequest
from app.services.free_slot_service import FreeSlot, TypeNotOffered, practitioners_offering
from app.services.workspace import ClinicWorkspace
from app.store import bulk
from tests.support.clinic_builder import RECORDS_CHANGED_AT, Clock, tuesday

from .clinic_data import CLINIC, make_appointment

NORA = CLINIC.big_id(1004)  # Nora Newton: free all Tuesday, listed after Hopper and Kay


def _add_nora(workspace: ClinicWorkspace, offers: frozenset[str] | None) -> None:
    nora = Practitioner(NORA, "Nora", "Newton", appointment_type_ids=offers, updated_at=RECORDS_CHANGED_AT)
    with workspace.writing() as session:
        bulk.upsert_practitioners(session, [nora])
        bulk.set_practitioner_appointment_types(session, NORA, offers)


def _book_alan(workspace: ClinicWorkspace, start: float, end: float) -> None:
    busy = make_appointment(
        CLINIC.big_id(9001),
        starts_at=tuesday(start),
        ends_at=tuesday(end),
        practitioner_id=CLINIC.alan,
        patient_id=CLINIC.bob,
    )
    with workspace.writing() as session:
        bulk.upsert_appointments(session, [busy])


def test_a_practitioner_not_offering_the_type_is_never_proposed(
    workspace: ClinicWorkspace, clock: Clock
) -> None:
    clock.now = tuesday(8)
    # Grace and Alan are both free at 08:00 and Grace is listed first, but only Alan teaches Pilates.
    found = free_slot_service.next_free_slot(workspace, appointment_type_id=CLINIC.group)
    assert found == FreeSlot(CLINIC.alan, tuesday(8), tuesday(9))
    by_length = free_slot_service.next_free_slot(workspace, duration=timedelta(hours=1))
    assert by_length == FreeSlot(CLINIC.grace, tuesday(8), tuesday(9)), "a length alone filters nobody"


def test_any_practitioner_picks_the_earliest_among_those_who_offer_it(
    workspace: ClinicWorkspace, clock: Clock
) -> None:
    clock.now = tuesday(9)
    _add_nora(workspace, frozenset({CLINIC.group}))  # free at 09:00, but no video consults
    _book_alan(workspace, 9, 10)  # Alan free from 10:00; Grace from 09:30

    found = free_slot_service.next_free_slot(workspace, appointment_type_id=CLINIC.video)
    assert found == FreeSlot(CLINIC.grace, tuesday(9.5), tuesday(10))

    asked = [NORA, CLINIC.alan, CLINIC.grace]
    chosen = free_slot_service.next_free_slot(
        workspace, appointment_type_id=CLINIC.video, practitioner_ids=asked
    )
    assert chosen == found, "the same answer when the candidates are named"


def test_a_practitioner_whose_types_are_unknown_stays_a_candidate(
    workspace: ClinicWorkspace, clock: Clock
) -> None:
    clock.now = tuesday(9)
    _add_nora(workspace, None)
    _book_alan(workspace, 9, 10)
    found = free_slot_service.next_free_slot(workspace, appointment_type_id=CLINIC.video)
    assert found == FreeSlot(NORA, tuesday(9), tuesday(9.5))


def test_asking_only_about_practitioners_who_do_not_offer_it_says_so(
    workspace: ClinicWorkspace, clock: Clock
) -> None:
    clock.now = tuesday(8)
    _add_nora(workspace, frozenset({CLINIC.video}))
    with pytest.raises(TypeNotOffered, match="Dr Grace Hopper does not offer Pilates class"):
        free_slot_service.next_free_slot(
            workspace, appointment_type_id=CLINIC.group, practitioner_ids=[CLINIC.grace]
        )
    with pytest.raises(TypeNotOffered, match="None of these practitioners offers Pilates class"):
        free_slot_service.next_free_slot(
            workspace, appointment_type_id=CLINIC.group, practitioner_ids=[CLINIC.grace, NORA]
        )


def test_an_unknown_type_is_refused(workspace: ClinicWorkspace) -> None:
    with pytest.raises(InvalidRequest, match="not in the local copy"):
        free_slot_service.next_free_slot(workspace, appointment_type_id="404", duration=timedelta(minutes=30))


def test_practitioners_offering_keeps_the_order_and_the_unknown() -> None:
    grace = Practitioner("g", "Grace", "Hopper", appointment_type_ids=frozenset({"video"}))
    alan = Practitioner("a", "Alan", "Kay", appointment_type_ids=frozenset({"initial"}))
    unknown = Practitioner("u", "Una", "Known", appointment_type_ids=None)
    assert practitioners_offering([unknown, alan, grace], "video") == ["u", "g"]
    assert practitioners_offering([grace, alan], "initial") == ["a"]

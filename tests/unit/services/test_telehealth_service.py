"""Patient link and Join from cached data: each rule refuses with its reason; links never reach the logs."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

import pytest

from app.domain.entities import Attendee, SignedInUser, UserRole
from app.domain.telehealth_link_policy import REASON_LINK_NOT_SYNCED
from app.remote.errors import NotFoundError, ServerUnavailableError
from app.services import appointment_status, telehealth_service
from app.services.errors import AppointmentNotFound
from app.services.settings import WorkspaceSettings
from app.services.workspace import ClinicWorkspace
from app.store import bulk
from app.store.catalog import get_appointment_type
from app.store.meta import set_signed_in_user
from tests.support.clinic_builder import Clock, tuesday

from .clinic_data import CLINIC, PATIENT_LINK, PRACTITIONER_LINK, big_id


def test_patient_link_is_handed_out_when_every_rule_holds(workspace: ClinicWorkspace) -> None:
    link = telehealth_service.patient_link(workspace, CLINIC.video_ada)
    assert (link.allowed, link.reason, link.url) == (True, None, PATIENT_LINK)
    assert PATIENT_LINK not in repr(link)


def test_each_refusal_gives_its_reason_and_no_link(workspace: ClinicWorkspace, clock: Clock) -> None:
    cases = {
        CLINIC.initial_bob: "Telehealth is off for Initial Consultation.",
        CLINIC.cancelled_ada: "This appointment is cancelled.",
        CLINIC.video_bob_no_link: REASON_LINK_NOT_SYNCED,
    }
    for appointment_id, reason in cases.items():
        link = telehealth_service.patient_link(workspace, appointment_id)
        assert (link.allowed, link.reason, link.url) == (False, reason, None)
    clock.now = tuesday(9.5)  # the end: the link has expired
    ended = telehealth_service.patient_link(workspace, CLINIC.video_ada)
    assert (ended.allowed, ended.url) == (False, None)
    assert ended.reason is not None
    assert "ended" in ended.reason


def test_the_type_is_read_at_the_moment_of_asking(workspace: ClinicWorkspace) -> None:
    with workspace.reading() as session:
        video = get_appointment_type(session, CLINIC.video)
    assert video is not None
    with workspace.writing() as session:
        bulk.upsert_appointment_types(
            session, [replace(video, telehealth_enabled=False, updated_at=tuesday(0))]
        )
    link = telehealth_service.patient_link(workspace, CLINIC.video_ada)
    assert link.reason == "Telehealth is off for Video consult."


def test_a_deleted_appointment_refuses_and_an_unknown_one_is_not_found(workspace: ClinicWorkspace) -> None:
    appointment_status.delete(workspace, CLINIC.video_ada)
    assert telehealth_service.patient_link(workspace, CLINIC.video_ada).reason == (
        "This appointment has been deleted."
    )
    with pytest.raises(AppointmentNotFound):
        telehealth_service.patient_link(workspace, "404")


def test_refreshing_reads_the_new_link_before_deciding(workspace: ClinicWorkspace) -> None:
    fresh = "https://x.cliniko.com/c/new-secret"
    asked: list[str] = []

    async def fetch(appointment_id: str) -> Sequence[Attendee]:
        asked.append(appointment_id)
        return [
            Attendee(big_id(5002), appointment_id, CLINIC.bob, telehealth_url=fresh, updated_at=tuesday(0))
        ]

    link = asyncio.run(telehealth_service.refreshed_patient_link(workspace, CLINIC.video_bob_no_link, fetch))
    assert asked == [CLINIC.video_bob_no_link]
    assert (link.allowed, link.url) == (True, fresh)
    assert workspace.known_offline is False
    # Stored: the cache-only look-up now agrees.
    assert telehealth_service.patient_link(workspace, CLINIC.video_bob_no_link).url == fresh


@pytest.mark.parametrize("failure", [ServerUnavailableError(), NotFoundError()])
def test_a_failed_refresh_falls_back_to_the_cache(workspace: ClinicWorkspace, failure: Exception) -> None:
    async def fetch(appointment_id: str) -> Sequence[Attendee]:
        raise failure

    link = asyncio.run(telehealth_service.refreshed_patient_link(workspace, CLINIC.video_ada, fetch))
    assert (link.allowed, link.url) == (True, PATIENT_LINK)
    assert workspace.known_offline is (True if isinstance(failure, ServerUnavailableError) else None)


def test_copying_is_logged_without_the_link(
    workspace: ClinicWorkspace, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="frontdesk.services")
    telehealth_service.record_patient_link_copied(workspace, CLINIC.video_ada)
    assert CLINIC.video_ada in caplog.text
    assert "2025-03-03T07:00:00Z" in caplog.text
    assert "cliniko.com" not in caplog.text


def test_join_by_role_inside_the_window(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(9) - timedelta(minutes=10)
    assert telehealth_service.current_role(workspace) == UserRole.ADMINISTRATOR
    allowed = telehealth_service.join_link(workspace, CLINIC.video_ada)
    assert (allowed.allowed, allowed.url) == (True, PRACTITIONER_LINK)
    refused = telehealth_service.join_link(workspace, CLINIC.video_ada, role=UserRole.RECEPTIONIST)
    assert (refused.allowed, refused.url) == (False, None)
    assert refused.reason == "Join is for practitioners and administrators only."


def test_join_window_comes_from_the_settings(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(9) - timedelta(minutes=10)
    workspace.update_settings(WorkspaceSettings(join_window=timedelta(minutes=5)))
    early = telehealth_service.join_link(workspace, CLINIC.video_ada, role=UserRole.PRACTITIONER)
    assert early.reason == "Join opens at 08:55, 5 min before the start."


def test_an_unknown_user_is_treated_as_reception(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(9)
    with workspace.writing() as session:
        set_signed_in_user(session, None)
    assert telehealth_service.current_role(workspace) == UserRole.RECEPTIONIST
    assert not telehealth_service.join_link(workspace, CLINIC.video_ada).allowed
    with workspace.writing() as session:
        set_signed_in_user(session, SignedInUser("1", "P", "R", None, UserRole.PRACTITIONER, CLINIC.grace))
    assert telehealth_service.join_link(workspace, CLINIC.video_ada).allowed

"""Service errors carry a `Reason` the GUI can translate, while their English message stays as it was."""

from __future__ import annotations

import pytest

from app.domain.reason_english import english
from app.domain.reasons import Reason, ReasonCode
from app.remote.errors import (
    AnswerLostError,
    AuthenticationError,
    MalformedResponseError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitedError,
    RemoteError,
    ServerUnavailableError,
    UnreadableBookingError,
    ValidationRefused,
)
from app.services import appointment_status, booking_service, outbox_service, telehealth_service
from app.services.errors import AppointmentNotFound, BookingInvalid, ChangeRefused, ServiceError
from app.services.failure_reasons import remote_failure_reason, store_failure_reason, sync_failure_reason
from app.services.workspace import ClinicWorkspace
from app.store.errors import CacheBusyError, CacheUnreadableError
from app.sync.errors import ConflictNotFound, MassDeletionRefused
from tests.support.clinic_builder import tuesday

from .clinic_data import CLINIC


def test_an_error_built_from_a_reason_says_it_in_english() -> None:
    error = ServiceError(Reason.of(ReasonCode.CACHE_BUSY))
    assert error.reason == Reason.of(ReasonCode.CACHE_BUSY)
    assert error.message == str(error) == "Another program is using the local cache; close it and try again."
    plain = ServiceError("Something only the operating system can say.")
    assert plain.reason is None


def test_a_missing_appointment_names_its_id() -> None:
    error = AppointmentNotFound("42")
    assert error.reason == Reason.of(ReasonCode.APPOINTMENT_NOT_CACHED, appointment_id="42")
    assert error.message == "Appointment 42 is not in the local copy. Sync and try again."


def test_invalid_booking_nests_each_problem(workspace: ClinicWorkspace) -> None:
    request = booking_service.BookingRequest(
        practitioner_id=CLINIC.retired,
        patient_id=CLINIC.gone,
        appointment_type_id=CLINIC.initial,
        starts_at=tuesday(15),
    )
    with pytest.raises(BookingInvalid) as raised:
        booking_service.book(workspace, request)
    error = raised.value
    assert error.reason is not None
    nested = error.reason.reasons("problems")
    assert [r.code for r in nested] == [ReasonCode.PATIENT_ARCHIVED, ReasonCode.PRACTITIONER_INACTIVE]
    assert nested[1].get("practitioner") == "Old Timer"
    assert error.message == " ".join(problem.message for problem in error.problems)
    assert error.message == english(error.reason)


def test_status_refusals_keep_their_reason_through_the_service(workspace: ClinicWorkspace) -> None:
    with pytest.raises(ChangeRefused) as raised:
        appointment_status.cancel(workspace, CLINIC.cancelled_ada, reason="50")
    assert raised.value.reason == Reason.of(ReasonCode.ALREADY_CANCELLED)
    assert raised.value.message == "This appointment is already cancelled."


def test_outbox_refusals_have_codes(workspace: ClinicWorkspace) -> None:
    with pytest.raises(ChangeRefused) as raised:
        outbox_service.retry_change(workspace, 987_654)
    assert raised.value.reason == Reason.of(ReasonCode.RETRY_ONLY_FAILED)


def test_link_refusals_reach_the_agenda_as_reasons(workspace: ClinicWorkspace) -> None:
    link = telehealth_service.patient_link(workspace, CLINIC.initial_bob)
    assert link.refusal is not None
    assert link.refusal.code == ReasonCode.TELEHEALTH_OFF
    assert link.reason == english(link.refusal)


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (AuthenticationError(), ReasonCode.SERVER_REFUSED_KEY),
        (ServerUnavailableError("timed out"), ReasonCode.SERVER_UNREACHABLE),
        (AnswerLostError("connection dropped"), ReasonCode.BOOKING_NOT_CONFIRMED),
        (MalformedResponseError(), ReasonCode.SERVER_ANSWER_UNREADABLE),
        (UnreadableBookingError(), ReasonCode.BOOKING_ANSWER_UNREADABLE),
        (ValidationRefused({}), ReasonCode.SERVER_REFUSED_CHANGE),
    ],
)
def test_remote_failures_map_to_their_meaning(error: RemoteError, code: ReasonCode) -> None:
    reason = remote_failure_reason(error)
    assert reason is not None
    assert reason.code == code


@pytest.mark.parametrize(
    "error",
    [
        AuthenticationError(),
        PermissionDeniedError(),
        NotFoundError(),
        RateLimitedError(),
        ServerUnavailableError(),
        AnswerLostError(),
        MalformedResponseError(),
        UnreadableBookingError(),
    ],
)
def test_the_english_of_a_mapped_failure_is_the_remote_layers_own(error: RemoteError) -> None:
    reason = remote_failure_reason(error)
    assert reason is not None
    assert english(reason) == error.message


def test_the_servers_own_words_are_kept_as_a_detail() -> None:
    reason = remote_failure_reason(ValidationRefused({"starts_at": ["can't be blank"]}))
    assert reason == Reason.of(ReasonCode.SERVER_REFUSED_CHANGE, details="starts at: can't be blank")
    assert english(reason) == "Cliniko did not accept the change: starts at: can't be blank."


def test_failures_with_nothing_general_to_say_have_no_reason() -> None:
    assert remote_failure_reason(RemoteError("Cliniko refused the request (HTTP 418).")) is None
    assert remote_failure_reason(MalformedResponseError("A redirect.")) is None
    assert store_failure_reason(CacheUnreadableError("disk I/O error")) is None


def test_sync_and_store_failures_map_to_their_meaning() -> None:
    mass = sync_failure_reason(MassDeletionRefused(90, 100))
    assert mass == Reason.of(ReasonCode.MASS_DELETION_REFUSED, would_delete=90, cached=100)
    assert english(mass) == MassDeletionRefused(90, 100).message
    assert sync_failure_reason(ConflictNotFound(7)) == Reason.of(ReasonCode.SYNC_CONFLICT_SETTLED)
    assert english(Reason.of(ReasonCode.SYNC_CONFLICT_SETTLED)) == ConflictNotFound(7).message
    assert store_failure_reason(CacheBusyError("busy")) == Reason.of(ReasonCode.CACHE_BUSY)

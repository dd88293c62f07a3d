"""Appointment status: booked, arrived, did not arrive, cancelled; deleted is absence."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest

from app.domain.entities import AppointmentStatus, CancellationReason
from app.domain.errors import NaiveDatetimeError, StatusChangeRefusedError
from app.domain.status import (
    cancel,
    mark_arrived,
    mark_booked,
    mark_did_not_arrive,
    status_change_refusal,
    status_of,
)

from .builders import make_appointment, sydney

NOW = sydney(2026, 1, 5, 9, 5)
BOOKED = make_appointment("a1")


def test_new_appointment_is_booked() -> None:
    assert status_of(BOOKED) == AppointmentStatus.BOOKED


def test_deleted_appointment_has_no_status() -> None:
    assert status_of(replace(BOOKED, deleted_at=NOW)) is None


def test_mark_arrived_then_did_not_arrive_excludes_each_other() -> None:
    arrived = mark_arrived(BOOKED)
    assert status_of(arrived) == AppointmentStatus.ARRIVED
    no_show = mark_did_not_arrive(arrived)
    assert status_of(no_show) == AppointmentStatus.DID_NOT_ARRIVE
    assert (no_show.patient_arrived, no_show.did_not_arrive) == (False, True)
    assert status_of(mark_arrived(no_show)) == AppointmentStatus.ARRIVED


def test_mark_booked_undoes_arrival() -> None:
    assert status_of(mark_booked(mark_arrived(BOOKED))) == AppointmentStatus.BOOKED


def test_cancel_records_reason_note_and_time() -> None:
    cancelled = cancel(BOOKED, reason=CancellationReason.SICK, now=NOW, note="  Flu  ")
    assert status_of(cancelled) == AppointmentStatus.CANCELLED
    assert (cancelled.cancelled_at, cancelled.cancellation_reason, cancelled.cancellation_note) == (
        NOW,
        "30",
        "Flu",
    )
    assert not cancelled.occupies_time


def test_cancel_accepts_reason_codes_as_text() -> None:
    assert cancel(BOOKED, reason="50", now=NOW, note=" ").cancellation_note is None


def test_cancel_rejects_unknown_reason_codes_and_naive_now() -> None:
    with pytest.raises(StatusChangeRefusedError, match="10, 20, 30, 31, 40, 50, 60"):
        cancel(BOOKED, reason="99", now=NOW)
    with pytest.raises(NaiveDatetimeError):
        cancel(BOOKED, reason="50", now=datetime(2026, 1, 5))  # noqa: DTZ001


@pytest.mark.parametrize("change", [mark_arrived, mark_did_not_arrive, mark_booked])
def test_cancelled_appointment_cannot_change_status(change: object) -> None:
    cancelled = cancel(BOOKED, reason="10", now=NOW)
    with pytest.raises(StatusChangeRefusedError, match="cancelled"):
        change(cancelled)  # type: ignore[operator]


def test_cannot_cancel_twice() -> None:
    cancelled = cancel(BOOKED, reason="10", now=NOW)
    with pytest.raises(StatusChangeRefusedError, match="already cancelled"):
        cancel(cancelled, reason="10", now=NOW)


def test_deleted_appointment_cannot_change_at_all() -> None:
    deleted = replace(BOOKED, deleted_at=NOW)
    for target in AppointmentStatus:
        assert status_change_refusal(deleted, target) == "This appointment has been deleted."


def test_marking_the_current_status_again_is_refused() -> None:
    assert (
        status_change_refusal(BOOKED, AppointmentStatus.BOOKED)
        == "This appointment is already marked booked."
    )
    assert status_change_refusal(mark_did_not_arrive(BOOKED), AppointmentStatus.DID_NOT_ARRIVE) == (
        "This appointment is already marked did not arrive."
    )
    assert status_change_refusal(BOOKED, AppointmentStatus.ARRIVED) is None

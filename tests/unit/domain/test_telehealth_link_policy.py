"""The telehealth link rules of product.md, one test per rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from app.domain.entities import UserRole
from app.domain.errors import NaiveDatetimeError
from app.domain.reasons import LocalMoment, Reason, ReasonCode
from app.domain.telehealth_link_policy import (
    DEFAULT_JOIN_WINDOW,
    REASON_APPOINTMENT_DELETED,
    REASON_ATTENDEE_CANCELLED,
    REASON_CANCELLED,
    REASON_ENDED,
    REASON_GROUP,
    REASON_LINK_NOT_SYNCED,
    REASON_NO_PRACTITIONER_LINK,
    REASON_RECEPTION_CANNOT_JOIN,
    REASON_TYPE_UNKNOWN,
    LinkDecision,
    join_decision,
    patient_link_decision,
)

from .builders import (
    PATIENT_LINK,
    PRACTITIONER_LINK,
    SYDNEY,
    make_appointment,
    make_attendee,
    make_type,
    sydney,
)

START = sydney(2026, 1, 5, 9)
END = sydney(2026, 1, 5, 9, 30)
BEFORE = sydney(2026, 1, 5, 8)
APPOINTMENT = make_appointment("a1", START, END)
TELEHEALTH = make_type(telehealth_enabled=True)
ATTENDEE = make_attendee(appointment_id="a1")


def _refused(decision: LinkDecision) -> str:
    assert decision.allowed is False
    assert decision.reason is not None
    return decision.reason


# --- Copy patient link ---------------------------------------------------------------------------


def test_patient_link_allowed_when_every_rule_holds() -> None:
    decision = patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, BEFORE)
    assert decision == LinkDecision(allowed=True, refusal=None)


def test_patient_link_refused_when_type_telehealth_off() -> None:
    off = make_type(name="Initial Consultation", telehealth_enabled=False)
    decision = patient_link_decision(APPOINTMENT, off, ATTENDEE, BEFORE)
    assert _refused(decision) == "Telehealth is off for Initial Consultation."
    assert decision.refusal == Reason.of(ReasonCode.TELEHEALTH_OFF, type_name="Initial Consultation")


def test_patient_link_follows_type_flag_at_the_moment_of_the_action() -> None:
    """The flag lives on the type: switching it changes the answer without touching the appointment."""
    assert patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, BEFORE).allowed
    switched_off = replace(TELEHEALTH, telehealth_enabled=False)
    assert not patient_link_decision(APPOINTMENT, switched_off, ATTENDEE, BEFORE).allowed


def test_patient_link_refused_when_type_unknown() -> None:
    reason = _refused(patient_link_decision(APPOINTMENT, None, ATTENDEE, BEFORE))
    assert reason == REASON_TYPE_UNKNOWN
    assert reason.startswith("The appointment type is unknown")


def test_patient_link_refused_for_group_appointment() -> None:
    group = replace(APPOINTMENT, is_group=True)
    assert _refused(patient_link_decision(group, TELEHEALTH, ATTENDEE, BEFORE)) == REASON_GROUP


def test_patient_link_refused_for_group_appointment_type() -> None:
    group_type = make_type(max_attendees=6, telehealth_enabled=True)
    assert _refused(patient_link_decision(APPOINTMENT, group_type, ATTENDEE, BEFORE)) == REASON_GROUP


def test_patient_link_refused_when_cancelled() -> None:
    cancelled = replace(APPOINTMENT, cancelled_at=BEFORE - timedelta(days=1))
    assert _refused(patient_link_decision(cancelled, TELEHEALTH, ATTENDEE, BEFORE)) == REASON_CANCELLED


def test_patient_link_refused_when_deleted() -> None:
    deleted = replace(APPOINTMENT, deleted_at=BEFORE - timedelta(days=1))
    assert (
        _refused(patient_link_decision(deleted, TELEHEALTH, ATTENDEE, BEFORE)) == REASON_APPOINTMENT_DELETED
    )


def test_patient_link_refused_when_appointment_absent() -> None:
    """Deleted is absence: a missing appointment is refused the same way."""
    assert _refused(patient_link_decision(None, TELEHEALTH, ATTENDEE, BEFORE)) == REASON_APPOINTMENT_DELETED


def test_patient_link_refused_after_appointment_ended() -> None:
    """Links expire after the end: at `ends_at` it is already too late (half-open)."""
    assert _refused(patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, END)) == REASON_ENDED
    assert patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, END - timedelta(seconds=1)).allowed


def test_patient_link_allowed_during_the_appointment_and_days_before() -> None:
    assert patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, START + timedelta(minutes=10)).allowed
    assert patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, START - timedelta(days=9)).allowed


@pytest.mark.parametrize(
    "attendee",
    [
        None,
        make_attendee(appointment_id="a1", telehealth_url=None),
        make_attendee(appointment_id="a1", telehealth_url=""),
        make_attendee(appointment_id="a1", telehealth_url="   "),
    ],
    ids=["no attendee", "null link", "empty link", "blank link"],
)
def test_patient_link_refused_when_attendee_link_not_synced(attendee: object) -> None:
    decision = patient_link_decision(APPOINTMENT, TELEHEALTH, attendee, BEFORE)  # type: ignore[arg-type]
    assert _refused(decision) == REASON_LINK_NOT_SYNCED


def test_patient_link_refused_for_attendee_of_another_appointment() -> None:
    stranger = make_attendee(appointment_id="a2")
    assert (
        _refused(patient_link_decision(APPOINTMENT, TELEHEALTH, stranger, BEFORE)) == REASON_LINK_NOT_SYNCED
    )


@pytest.mark.parametrize("field", ["cancelled_at", "deleted_at"])
def test_patient_link_refused_when_attendee_cancelled_or_deleted(field: str) -> None:
    gone = replace(ATTENDEE, **{field: BEFORE - timedelta(hours=1)})
    assert _refused(patient_link_decision(APPOINTMENT, TELEHEALTH, gone, BEFORE)) == REASON_ATTENDEE_CANCELLED


def test_patient_link_checks_run_in_documented_order() -> None:
    """Deleted, type unknown, telehealth off, group, cancelled, ended, link synced, attendee."""
    worst = replace(APPOINTMENT, is_group=True, cancelled_at=BEFORE)
    off = replace(TELEHEALTH, telehealth_enabled=False)
    after_end = END + timedelta(hours=1)
    assert _refused(patient_link_decision(replace(worst, deleted_at=BEFORE), off, None, after_end)) == (
        REASON_APPOINTMENT_DELETED
    )
    assert _refused(patient_link_decision(worst, None, None, after_end)) == REASON_TYPE_UNKNOWN
    assert _refused(patient_link_decision(worst, off, None, after_end)).startswith("Telehealth is off")
    assert _refused(patient_link_decision(worst, TELEHEALTH, None, after_end)) == REASON_GROUP
    not_group = replace(worst, is_group=False)
    assert _refused(patient_link_decision(not_group, TELEHEALTH, None, after_end)) == REASON_CANCELLED
    live = replace(not_group, cancelled_at=None)
    assert _refused(patient_link_decision(live, TELEHEALTH, None, after_end)) == REASON_ENDED
    assert _refused(patient_link_decision(live, TELEHEALTH, None, BEFORE)) == REASON_LINK_NOT_SYNCED


def test_refusal_reasons_never_contain_links_or_patient_names() -> None:
    cases = [
        patient_link_decision(APPOINTMENT, replace(TELEHEALTH, telehealth_enabled=False), ATTENDEE, BEFORE),
        patient_link_decision(replace(APPOINTMENT, cancelled_at=BEFORE), TELEHEALTH, ATTENDEE, BEFORE),
        patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, END),
        patient_link_decision(APPOINTMENT, TELEHEALTH, replace(ATTENDEE, cancelled_at=BEFORE), BEFORE),
        join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, BEFORE, zone=SYDNEY),
        join_decision(APPOINTMENT, TELEHEALTH, UserRole.RECEPTIONIST, START),
    ]
    for decision in cases:
        reason = _refused(decision)
        assert PATIENT_LINK not in reason
        assert PRACTITIONER_LINK not in reason
        assert "http" not in reason
        assert APPOINTMENT.patient_name not in reason


def test_link_decision_has_reason_exactly_when_refused() -> None:
    assert LinkDecision.allow().reason is None
    refused = LinkDecision.refuse(Reason.of(ReasonCode.TELEHEALTH_GROUP))
    assert refused.reason == REASON_GROUP
    with pytest.raises(ValueError, match="refusal"):
        LinkDecision(allowed=True, refusal=Reason.of(ReasonCode.TELEHEALTH_GROUP))
    with pytest.raises(ValueError, match="refusal"):
        LinkDecision(allowed=False, refusal=None)


def test_patient_link_rejects_naive_now() -> None:
    with pytest.raises(NaiveDatetimeError):
        patient_link_decision(APPOINTMENT, TELEHEALTH, ATTENDEE, datetime(2026, 1, 5, 8))  # noqa: DTZ001


# --- Join (practitioner link) ----------------------------------------------------------------------


def test_default_join_window_is_15_minutes() -> None:
    assert timedelta(minutes=15) == DEFAULT_JOIN_WINDOW


def test_join_refused_for_receptionist() -> None:
    decision = join_decision(APPOINTMENT, TELEHEALTH, UserRole.RECEPTIONIST, START)
    assert _refused(decision) == REASON_RECEPTION_CANNOT_JOIN


@pytest.mark.parametrize("role", [UserRole.PRACTITIONER, UserRole.ADMINISTRATOR])
def test_join_allowed_for_practitioners_and_administrators(role: UserRole) -> None:
    assert join_decision(APPOINTMENT, TELEHEALTH, role, START + timedelta(minutes=5)).allowed


def test_join_opens_15_minutes_before_start() -> None:
    opens = START - timedelta(minutes=15)
    assert join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, opens).allowed
    too_early = join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, opens - timedelta(seconds=1))
    assert _refused(too_early) == "Join opens 15 min before the start."


def test_join_closes_at_the_end() -> None:
    assert join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, END - timedelta(seconds=1)).allowed
    assert _refused(join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, END)) == (
        "This appointment has ended."
    )


def test_join_window_is_a_setting() -> None:
    half_hour_early = START - timedelta(minutes=30)
    assert not join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, half_hour_early).allowed
    assert join_decision(
        APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, half_hour_early, opens_before=timedelta(minutes=30)
    ).allowed


def test_join_reason_names_opening_time_in_business_zone() -> None:
    reason = _refused(join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, BEFORE, zone=SYDNEY))
    assert reason == "Join opens at 08:45, 15 min before the start."
    day_before = BEFORE - timedelta(days=1)
    decision = join_decision(APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, day_before, zone=SYDNEY)
    assert _refused(decision) == "Join opens at 08:45 on Mon 5 Jan, 15 min before the start."
    # The structured refusal carries the wall-clock opening time, for the GUI to word and format.
    assert decision.refusal == Reason.of(
        ReasonCode.JOIN_OPENS_AT_TIME_BEFORE_START,
        opens_at=LocalMoment(sydney(2026, 1, 5, 8, 45).astimezone(SYDNEY), show_day=True),
        lead=timedelta(minutes=15),
    )


def test_join_without_a_lead_opens_at_the_start() -> None:
    decision = join_decision(
        APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, BEFORE, opens_before=timedelta(0)
    )
    assert _refused(decision) == "Join opens at the start."
    decision = join_decision(
        APPOINTMENT, TELEHEALTH, UserRole.PRACTITIONER, BEFORE, opens_before=timedelta(0), zone=SYDNEY
    )
    assert _refused(decision) == "Join opens at 09:00, at the start."


def test_join_refused_when_type_telehealth_off() -> None:
    off = make_type(name="Follow-up", telehealth_enabled=False)
    assert (
        _refused(join_decision(APPOINTMENT, off, UserRole.PRACTITIONER, START))
        == "Telehealth is off for Follow-up."
    )


def test_join_refused_when_type_unknown() -> None:
    assert _refused(join_decision(APPOINTMENT, None, UserRole.ADMINISTRATOR, START)) == REASON_TYPE_UNKNOWN


@pytest.mark.parametrize("field", ["cancelled_at", "deleted_at"])
def test_join_refused_when_cancelled_or_deleted(field: str) -> None:
    gone = replace(APPOINTMENT, **{field: BEFORE})
    assert not join_decision(gone, TELEHEALTH, UserRole.PRACTITIONER, START).allowed


def test_join_refused_for_group_appointment() -> None:
    group = replace(APPOINTMENT, is_group=True)
    assert _refused(join_decision(group, TELEHEALTH, UserRole.PRACTITIONER, START)) == REASON_GROUP


@pytest.mark.parametrize("link", [None, "", "  "])
def test_join_refused_without_practitioner_link(link: str | None) -> None:
    unlinked = replace(APPOINTMENT, telehealth_url=link)
    assert _refused(join_decision(unlinked, TELEHEALTH, UserRole.PRACTITIONER, START)) == (
        REASON_NO_PRACTITIONER_LINK
    )


def test_join_checks_role_before_anything_else() -> None:
    decision = join_decision(None, None, UserRole.RECEPTIONIST, START)
    assert _refused(decision) == REASON_RECEPTION_CANNOT_JOIN

"""The conflict service finds each warning category from real cache data, and knows a stale cache."""

from __future__ import annotations

from datetime import timedelta

from app.domain.conflicts import BookingProposal, ConflictWarning, WarningCategory
from app.services import conflict_service
from app.services.settings import WorkspaceSettings
from app.services.workspace import ClinicWorkspace
from app.store.meta import set_last_successful_sync
from tests.support.clinic_builder import MONDAY_7AM, Clock, tuesday

from .clinic_data import CLINIC


def _proposal(**changes: object) -> BookingProposal:
    fields: dict[str, object] = {
        "practitioner_id": CLINIC.alan,
        "starts_at": tuesday(15),
        "ends_at": tuesday(15.5),
        "patient_id": CLINIC.bob,
        "appointment_type_id": CLINIC.video,
    }
    fields.update(changes)
    return BookingProposal(**fields)  # type: ignore[arg-type]


def _categories(warnings: list[ConflictWarning]) -> list[WarningCategory]:
    return [w.category for w in warnings]


def test_a_free_slot_has_no_warnings(workspace: ClinicWorkspace) -> None:
    assert conflict_service.check_conflicts(workspace, _proposal()) == []


def test_practitioner_double_booked_touching_is_fine(workspace: ClinicWorkspace) -> None:
    overlapping = _proposal(practitioner_id=CLINIC.grace, starts_at=tuesday(9.25), ends_at=tuesday(9.75))
    warnings = conflict_service.check_conflicts(workspace, overlapping)
    assert _categories(warnings) == [WarningCategory.PRACTITIONER_DOUBLE_BOOKED]
    assert warnings[0].appointment_ids == (CLINIC.video_ada,)
    touching = _proposal(practitioner_id=CLINIC.grace, starts_at=tuesday(9.5), ends_at=tuesday(10))
    assert conflict_service.check_conflicts(workspace, touching) == []


def test_the_appointment_being_edited_and_cancelled_ones_never_clash(workspace: ClinicWorkspace) -> None:
    itself = _proposal(
        practitioner_id=CLINIC.grace,
        patient_id=CLINIC.ada,
        starts_at=tuesday(9),
        ends_at=tuesday(9.5),
        exclude_appointment_id=CLINIC.video_ada,
    )
    assert conflict_service.check_conflicts(workspace, itself) == []
    over_cancelled = _proposal(patient_id=CLINIC.ada, starts_at=tuesday(11), ends_at=tuesday(11.5))
    assert conflict_service.check_conflicts(workspace, over_cancelled) == []


def test_unavailable_block_and_outside_opening_hours(workspace: ClinicWorkspace) -> None:
    lunch = _proposal(practitioner_id=CLINIC.grace, starts_at=tuesday(12.5), ends_at=tuesday(13))
    (warning,) = conflict_service.check_conflicts(workspace, lunch)
    assert warning.category == WarningCategory.PRACTITIONER_UNAVAILABLE
    assert warning.block_ids == (CLINIC.lunch,)
    evening = _proposal(starts_at=tuesday(18), ends_at=tuesday(18.5))
    (late,) = conflict_service.check_conflicts(workspace, evening)
    assert late.category == WarningCategory.PRACTITIONER_UNAVAILABLE
    assert "opening hours" in late.message


def test_patient_double_booked_with_another_practitioner(workspace: ClinicWorkspace) -> None:
    warnings = conflict_service.check_conflicts(
        workspace, _proposal(patient_id=CLINIC.ada, starts_at=tuesday(9), ends_at=tuesday(9.5))
    )
    assert _categories(warnings) == [WarningCategory.PATIENT_DOUBLE_BOOKED]
    assert warnings[0].appointment_ids == (CLINIC.video_ada,)
    assert "another practitioner" in warnings[0].message


def test_buffer_setting_makes_neighbours_too_close(workspace: ClinicWorkspace) -> None:
    after_bob = _proposal(practitioner_id=CLINIC.grace, starts_at=tuesday(10.75), ends_at=tuesday(11.25))
    assert conflict_service.check_conflicts(workspace, after_bob) == []
    workspace.update_settings(WorkspaceSettings(buffer=timedelta(minutes=10)))
    warnings = conflict_service.check_conflicts(workspace, after_bob)
    assert _categories(warnings) == [WarningCategory.BUFFER_TOO_SHORT]
    assert warnings[0].appointment_ids == (CLINIC.initial_bob,)


def test_group_over_capacity_and_type_not_offered(workspace: ClinicWorkspace) -> None:
    crowded = _proposal(appointment_type_id=CLINIC.group, attendee_count=7)
    assert _categories(conflict_service.check_conflicts(workspace, crowded)) == [
        WarningCategory.GROUP_OVER_CAPACITY
    ]
    not_offered = _proposal(practitioner_id=CLINIC.grace, appointment_type_id=CLINIC.group)
    warnings = conflict_service.check_conflicts(workspace, not_offered)
    assert _categories(warnings) == [WarningCategory.TYPE_NOT_OFFERED]
    assert "Pilates class" in warnings[0].message


def test_start_in_the_past(workspace: ClinicWorkspace, clock: Clock) -> None:
    clock.now = tuesday(15.25)
    assert _categories(conflict_service.check_conflicts(workspace, _proposal())) == [
        WarningCategory.START_IN_PAST,
        WarningCategory.STALE_CACHE,  # the last sync was a day and more ago by now
    ]


def test_stale_when_never_synced(empty_workspace: ClinicWorkspace) -> None:
    freshness = conflict_service.cache_freshness(empty_workspace)
    assert (freshness.last_synced_at, freshness.stale) == (None, True)
    warnings = conflict_service.check_conflicts(empty_workspace, _proposal())
    assert _categories(warnings) == [WarningCategory.STALE_CACHE]
    assert "not yet synced" in warnings[0].message


def test_stale_once_the_last_sync_is_older_than_the_setting(workspace: ClinicWorkspace, clock: Clock) -> None:
    assert not conflict_service.cache_freshness(workspace).stale
    clock.now = MONDAY_7AM + timedelta(minutes=4, seconds=59)  # synced at 06:59
    assert conflict_service.cache_freshness(workspace).stale
    workspace.update_settings(WorkspaceSettings(stale_after=timedelta(minutes=10)))
    assert not conflict_service.cache_freshness(workspace).stale
    (warning,) = conflict_service.check_conflicts(
        ClinicWorkspace(workspace.database, clock=lambda: MONDAY_7AM + timedelta(hours=1)), _proposal()
    )
    assert warning.category == WarningCategory.STALE_CACHE
    assert "last synced at 06:59" in warning.message


def test_stale_while_offline_even_just_after_a_sync(workspace: ClinicWorkspace) -> None:
    conflict_service.record_sync_outcome(workspace, reached_server=False)
    assert conflict_service.cache_freshness(workspace).offline
    # Another process on the same cache learns it from the stored outcome.
    other = ClinicWorkspace(workspace.database, clock=lambda: MONDAY_7AM)
    freshness = conflict_service.cache_freshness(other)
    assert (freshness.offline, freshness.stale) == (True, True)
    # A later successful sync clears it.
    with workspace.writing() as session:
        set_last_successful_sync(session, MONDAY_7AM + timedelta(seconds=1))
    later = ClinicWorkspace(workspace.database, clock=lambda: MONDAY_7AM + timedelta(seconds=2))
    assert not conflict_service.cache_freshness(later).stale


def test_series_check_names_each_clashing_date(workspace: ClinicWorkspace) -> None:
    proposals = [
        _proposal(
            practitioner_id=CLINIC.grace,
            patient_id=CLINIC.bob,
            starts_at=tuesday(10) + timedelta(weeks=n),
            ends_at=tuesday(10.5) + timedelta(weeks=n),
        )
        for n in range(3)
    ]
    warnings = conflict_service.check_series_conflicts(workspace, proposals)
    assert warnings[0].category == WarningCategory.REPEAT_INSTANCES_CONFLICT
    assert warnings[0].message.startswith("1 of 3 repeats clashes: Tue 4 Mar")
    assert WarningCategory.PRACTITIONER_DOUBLE_BOOKED in _categories(warnings)

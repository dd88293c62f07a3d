"""Properties of the conflict detector on random schedules (hypothesis).

The detector indexes and bisects; these tests compare it with the plainest possible reading of the
rules (scan everything, half-open overlap), and check the invariants product.md states: touching never
conflicts, cancelled and deleted never conflict, the appointment being edited never conflicts.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.conflicts import (
    BookingProposal,
    ConflictWarning,
    ScheduleContext,
    WarningCategory,
    detect_conflicts,
    detect_series_conflicts,
)
from app.domain.entities import Appointment, UnavailableBlock

BASE = datetime(2026, 3, 2, 8, tzinfo=UTC)
NOW = BASE - timedelta(days=1)
SLOT = timedelta(minutes=5)
PRACTITIONERS = ("p1", "p2", "p3")
PATIENTS = ("pt1", "pt2", "pt3", None)
SETTINGS = settings(max_examples=200, deadline=None)

offsets = st.integers(min_value=0, max_value=12 * 24)  # 5-minute slots over one day
lengths = st.integers(min_value=1, max_value=24)


@dataclass(frozen=True)
class Schedule:
    appointments: list[Appointment]
    blocks: list[UnavailableBlock]
    proposal: BookingProposal
    buffer: timedelta

    def context(self, **overrides: object) -> ScheduleContext:
        values: dict[str, object] = {
            "now": NOW,
            "appointments": self.appointments,
            "unavailable_blocks": self.blocks,
            "buffer": self.buffer,
        }
        values.update(overrides)
        return ScheduleContext(**values)  # type: ignore[arg-type]


@st.composite
def appointments(draw: st.DrawFn, count: int | None = None) -> list[Appointment]:
    rows = []
    total = draw(st.integers(0, 25)) if count is None else count
    for i in range(total):
        start = BASE + SLOT * draw(offsets)
        status = draw(
            st.sampled_from(["booked", "booked", "arrived", "did_not_arrive", "cancelled", "deleted"])
        )
        rows.append(
            Appointment(
                id=f"a{i}",
                starts_at=start,
                ends_at=start + SLOT * draw(lengths),
                practitioner_id=draw(st.sampled_from(PRACTITIONERS)),
                appointment_type_id="t1",
                business_id="b1",
                patient_id=draw(st.sampled_from(PATIENTS)),
                patient_arrived=status == "arrived",
                did_not_arrive=status == "did_not_arrive",
                cancelled_at=NOW if status == "cancelled" else None,
                deleted_at=NOW if status == "deleted" else None,
            )
        )
    return rows


@st.composite
def proposals(draw: st.DrawFn, ids: list[str]) -> BookingProposal:
    start = BASE + SLOT * draw(offsets)
    return BookingProposal(
        practitioner_id=draw(st.sampled_from(PRACTITIONERS)),
        starts_at=start,
        ends_at=start + SLOT * draw(lengths),
        patient_id=draw(st.sampled_from(PATIENTS)),
        exclude_appointment_id=draw(st.sampled_from([None, *ids])),
    )


@st.composite
def schedules(draw: st.DrawFn) -> Schedule:
    rows = draw(appointments())
    blocks = []
    for i in range(draw(st.integers(0, 4))):
        start = BASE + SLOT * draw(offsets)
        blocks.append(
            UnavailableBlock(
                id=f"u{i}",
                practitioner_id=draw(st.sampled_from(PRACTITIONERS)),
                starts_at=start,
                ends_at=start + SLOT * draw(lengths),
            )
        )
    proposal = draw(proposals([a.id for a in rows]))
    buffer = SLOT * draw(st.integers(0, 4))
    return Schedule(rows, blocks, proposal, buffer)


def _overlap(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    return a_start < b_end and b_start < a_end


def _ids_of(warnings: list[ConflictWarning], category: WarningCategory) -> set[str]:
    return {i for w in warnings if w.category == category for i in w.appointment_ids}


def _live_others(schedule: Schedule) -> list[Appointment]:
    p = schedule.proposal
    return [
        a
        for a in schedule.appointments
        if a.cancelled_at is None and a.deleted_at is None and a.id != p.exclude_appointment_id
    ]


@SETTINGS
@given(schedules())
def test_brute_force_overlap_agrees_with_detector(schedule: Schedule) -> None:
    p = schedule.proposal
    warnings = detect_conflicts(p, schedule.context())
    live = _live_others(schedule)
    practitioner_clashes = {
        a.id
        for a in live
        if a.practitioner_id == p.practitioner_id and _overlap(a.starts_at, a.ends_at, p.starts_at, p.ends_at)
    }
    patient_clashes = {
        a.id
        for a in live
        if p.patient_id is not None
        and a.patient_id == p.patient_id
        and _overlap(a.starts_at, a.ends_at, p.starts_at, p.ends_at)
    }
    tight = set()
    if schedule.buffer > timedelta(0):
        for a in live:
            if a.practitioner_id != p.practitioner_id:
                continue
            gap = max(p.starts_at - a.ends_at, a.starts_at - p.ends_at)
            if timedelta(0) <= gap < schedule.buffer:
                tight.add(a.id)
    blocked = {
        b.id
        for b in schedule.blocks
        if b.practitioner_id == p.practitioner_id and _overlap(b.starts_at, b.ends_at, p.starts_at, p.ends_at)
    }
    assert _ids_of(warnings, WarningCategory.PRACTITIONER_DOUBLE_BOOKED) == practitioner_clashes
    assert _ids_of(warnings, WarningCategory.PATIENT_DOUBLE_BOOKED) == patient_clashes
    assert _ids_of(warnings, WarningCategory.BUFFER_TOO_SHORT) == tight
    assert {i for w in warnings for i in w.block_ids} == blocked


@SETTINGS
@given(
    appointments(),
    st.integers(0, 12 * 24),
    lengths,
    st.sampled_from(PRACTITIONERS),
    st.sampled_from(PATIENTS),
)
def test_touching_intervals_never_conflict(
    rows: list[Appointment], offset: int, length: int, practitioner_id: str, patient_id: str | None
) -> None:
    start = BASE + SLOT * offset
    end = start + SLOT * length
    # Every appointment is moved to end exactly when the proposal starts or start exactly when it ends.
    touching = [
        replace(a, starts_at=start - (a.ends_at - a.starts_at), ends_at=start)
        if i % 2
        else replace(a, starts_at=end, ends_at=end + (a.ends_at - a.starts_at))
        for i, a in enumerate(rows)
    ]
    proposal = BookingProposal(practitioner_id, start, end, patient_id=patient_id)
    assert detect_conflicts(proposal, ScheduleContext(now=NOW, appointments=touching)) == []


@SETTINGS
@given(schedules())
def test_cancelled_and_deleted_never_conflict(schedule: Schedule) -> None:
    gone = [
        replace(a, cancelled_at=NOW) if i % 2 else replace(a, deleted_at=NOW)
        for i, a in enumerate(schedule.appointments)
    ]
    warnings = detect_conflicts(schedule.proposal, schedule.context(appointments=gone))
    assert all(w.appointment_ids == () for w in warnings)


@SETTINGS
@given(schedules(), st.data())
def test_excluded_id_never_appears(schedule: Schedule, data: st.DataObject) -> None:
    """Editing an appointment: moved anywhere near its old slot, it never clashes with itself."""
    live = [a for a in schedule.appointments if a.cancelled_at is None and a.deleted_at is None]
    if not live:
        return
    edited = data.draw(st.sampled_from(live))
    shift = SLOT * data.draw(st.integers(-6, 6))
    proposal = BookingProposal(
        practitioner_id=edited.practitioner_id,
        starts_at=edited.starts_at + shift,
        ends_at=edited.ends_at + shift,
        patient_id=edited.patient_id,
        exclude_appointment_id=edited.id,
    )
    warnings = detect_conflicts(proposal, schedule.context())
    assert all(edited.id not in w.appointment_ids for w in warnings)
    # Excluding an appointment is the same as leaving it out of the schedule.
    without = [a for a in schedule.appointments if a.id != edited.id]
    assert warnings == detect_conflicts(proposal, schedule.context(appointments=without))


@SETTINGS
@given(schedules())
def test_output_ids_come_from_the_input_sorted_and_unique(schedule: Schedule) -> None:
    warnings = detect_conflicts(schedule.proposal, schedule.context(stale_since=NOW))
    appointment_ids = {a.id for a in schedule.appointments}
    block_ids = {b.id for b in schedule.blocks}
    for warning in warnings:
        assert set(warning.appointment_ids) <= appointment_ids
        assert set(warning.block_ids) <= block_ids
        assert list(warning.appointment_ids) == sorted(set(warning.appointment_ids))
        assert list(warning.block_ids) == sorted(set(warning.block_ids))
        assert warning.message.endswith(".")
    assert warnings[-1].category == WarningCategory.STALE_CACHE


@SETTINGS
@given(schedules(), st.randoms(use_true_random=False))
def test_input_order_does_not_matter(schedule: Schedule, random: object) -> None:
    shuffled = list(schedule.appointments)
    random.shuffle(shuffled)  # type: ignore[attr-defined]
    assert detect_conflicts(schedule.proposal, schedule.context(appointments=shuffled)) == detect_conflicts(
        schedule.proposal, schedule.context()
    )


@SETTINGS
@given(schedules(), st.integers(1, 6), st.sampled_from([timedelta(hours=2), timedelta(days=1)]))
def test_series_agrees_with_checking_each_instance(schedule: Schedule, count: int, every: timedelta) -> None:
    first = schedule.proposal
    series = [
        replace(first, starts_at=first.starts_at + every * i, ends_at=first.ends_at + every * i)
        for i in range(count)
    ]
    context = schedule.context()
    combined = detect_series_conflicts(series, context)
    per_instance = [detect_conflicts(p, context) for p in series]
    clashing = [
        p
        for p, ws in zip(series, per_instance, strict=True)
        if any(w.appointment_ids or w.block_ids for w in ws)
    ]
    summaries = [w for w in combined if w.category == WarningCategory.REPEAT_INSTANCES_CONFLICT]
    if clashing:
        assert len(summaries) == 1
        assert summaries[0].message.startswith(f"{len(clashing)} of {count} repeat")
    else:
        assert summaries == []
    all_ids = {i for ws in per_instance for w in ws for i in w.appointment_ids}
    assert {i for w in combined for i in w.appointment_ids} == all_ids
    assert len(set(combined)) == len(combined)

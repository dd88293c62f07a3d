"""Pulling from the sandbox over real HTTP into a real cache file: first sync, incremental, edge cases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select, update
from sync_harness import (
    Clinic,
    RecordingObserver,
    RecordingTransport,
    assert_in_step,
    cache_state,
    differences,
    run_engine,
    server_book,
    sync,
)

from app.domain.telehealth_link_policy import patient_link_decision, telehealth_off_reason
from app.remote.cliniko_endpoints import LISTS, OPTIONAL_LISTS
from app.sandbox import schema
from app.sandbox.server import SandboxServer
from app.store.catalog import get_appointment_type, get_practitioner, list_appointment_types
from app.store.cursors import get_cursor
from app.store.database import CacheDatabase
from app.store.meta import get_last_successful_sync, get_signed_in_user
from app.store.models import AppointmentRow
from app.store.queries import attendee_for_appointment, get_appointment
from app.sync.errors import MassDeletionRefused
from app.sync.pull import EVERY_PAGE
from app.sync.status import SyncPhase


def _count_starting_in(server: SandboxServer, start: datetime, end: datetime) -> int:
    a = schema.individual_appointments
    query = select(func.count()).where(a.c.deleted_at.is_(None), a.c.starts_at >= start, a.c.starts_at < end)
    with server.store.engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def _cached_starting_in(cache: CacheDatabase, start: datetime, end: datetime) -> int:
    query = select(func.count()).where(AppointmentRow.starts_at >= start, AppointmentRow.starts_at < end)
    with cache.session() as session:
        return int(session.execute(query).scalar_one())


def test_first_sync_fetches_the_visible_window_first_then_everything(
    demo_server: SandboxServer, cache: CacheDatabase
) -> None:
    now = datetime.now(UTC)
    window = (now - timedelta(days=1), now + timedelta(days=6))
    in_window_when_backfill_began: list[int] = []

    def on_phase(phase: SyncPhase) -> None:
        if phase is SyncPhase.BACKFILLING:
            in_window_when_backfill_began.append(_cached_starting_in(cache, *window))

    observer = RecordingObserver(on_phase=on_phase)
    summary = sync(demo_server, cache, visible_window=window, observer=observer)

    assert [phase for phase, _ in observer.phases] == [
        SyncPhase.PUSHING,
        SyncPhase.PULLING,
        SyncPhase.BACKFILLING,
        SyncPhase.DONE,
    ]
    expected_in_window = _count_starting_in(demo_server, *window)
    assert expected_in_window > 0
    assert in_window_when_backfill_began == [expected_in_window]
    assert_in_step(demo_server, cache)
    assert summary.pulled >= len(cache_state(cache)["appointments"])
    assert summary.skipped_malformed == 0
    assert summary.requests > 0
    with cache.session() as session:
        assert get_last_successful_sync(session) is not None
        user = get_signed_in_user(session)
    assert user is not None
    assert user.role.value == "administrator"


def test_incremental_sync_brings_every_kind_of_server_change(
    demo_server: SandboxServer, cache: CacheDatabase
) -> None:
    sync(demo_server, cache)
    store = demo_server.store
    live = [i for i in store.ids_of("individual_appointments") if store.row("individual_appointments", i)]
    uncancelled = [i for i in live if store.row("individual_appointments", i)["cancelled_at"] is None]
    noted, moved, cancelled, deleted = uncancelled[:4]
    store.update_appointment(noted, {"notes": "Bring the referral letter"})
    old = store.row("individual_appointments", moved)
    assert old is not None
    store.update_appointment(moved, {"starts_at": (old["starts_at"] + timedelta(days=1)).isoformat()})
    store.cancel_appointment(cancelled, 40, "Away")
    store.delete_appointment(deleted)
    with cache.session() as session:
        bookable = next(t for t in list_appointment_types(session) if t.max_attendees == 1)
    new_id = store.create_appointment(
        {
            "starts_at": (old["starts_at"] + timedelta(days=2)).isoformat(),
            "practitioner_id": str(old["practitioner_id"]),
            "patient_id": str(old["patient_id"]),
            "appointment_type_id": bookable.id,
            "business_id": str(old["business_id"]),
        }
    )
    store.set_patient_archived(str(old["patient_id"]), True)

    summary = sync(demo_server, cache)

    assert_in_step(demo_server, cache)
    assert summary.deleted == 1
    # Four appointments changed and one is new, each with its attendee; the deleted appointment's
    # attendee (from /attendees/deleted); one patient; nothing else.
    assert summary.pulled == 5 + 5 + 1 + 1
    with cache.session() as session:
        assert get_appointment(session, deleted) is None
        created = get_appointment(session, new_id)
        assert created is not None
        assert attendee_for_appointment(session, new_id) is not None


def test_a_sync_with_nothing_new_reads_each_list_once_and_pulls_nothing(
    demo_server: SandboxServer, cache: CacheDatabase
) -> None:
    sync(demo_server, cache)
    transport = RecordingTransport()

    summary = sync(demo_server, cache, transport=transport)

    assert summary.pulled == 0
    assert summary.deleted == 0
    lists = {**LISTS, **OPTIONAL_LISTS}  # the sandbox has the optional deleted lists too
    for endpoint, (path, _collection) in lists.items():
        # The adapter's signed-in-user check reads the practitioners list to find the user's own.
        expected = 2 if endpoint.kind.value == "practitioners" else 1
        assert transport.count("GET", f"/v1/{path}") == expected, path
    assert transport.count("GET", "/v1/user") == 1
    assert transport.count() == len(lists) + 2
    assert transport.count(status=200) == transport.count()


def test_records_changing_appearing_and_disappearing_mid_walk_still_converge(
    demo_server: SandboxServer, cache: CacheDatabase
) -> None:
    store = demo_server.store
    pages_seen = 0
    template = store.row("individual_appointments", store.ids_of("individual_appointments")[0])
    assert template is not None

    def cached_ids() -> list[str]:
        with cache.session() as session:
            return sorted(session.scalars(select(AppointmentRow.id)))

    def not_cached_ids() -> list[str]:
        known = set(cached_ids())
        return [i for i in store.ids_of("individual_appointments") if i not in known]

    def meddle(progress: object) -> None:
        nonlocal pages_seen
        if getattr(progress, "label", None) != "appointments":
            return
        pages_seen += 1
        if pages_seen in (2, 5):
            pulled, ahead = cached_ids(), not_cached_ids()
            store.delete_appointment(pulled[pages_seen])
            store.update_appointment(pulled[pages_seen + 1], {"notes": f"edited after page {pages_seen}"})
            store.cancel_appointment(pulled[pages_seen + 2], 10)
            store.delete_appointment(ahead[0])
            store.update_appointment(ahead[1], {"notes": "edited before its page"})
            store.create_appointment(
                {
                    "starts_at": (template["starts_at"] + timedelta(days=pages_seen)).isoformat(),
                    "practitioner_id": str(template["practitioner_id"]),
                    "patient_id": str(template["patient_id"]),
                    "appointment_type_id": str(template["appointment_type_id"]),
                    "business_id": str(template["business_id"]),
                }
            )

    sync(demo_server, cache, observer=RecordingObserver(on_progress=meddle), commit_policy=EVERY_PAGE)

    assert pages_seen > 5
    assert_in_step(demo_server, cache)
    # The first run caught every change: the next one has nothing to bring.
    assert sync(demo_server, cache).pulled == 0


def test_a_malformed_record_is_skipped_counted_and_walked_past(
    demo_server: SandboxServer, cache: CacheDatabase
) -> None:
    # Inserted behind the API, as a server bug would store it: it ends before it starts, which the
    # client's validation refuses. Its updated_at is old, so it sits in the middle of the walk.
    store = demo_server.store
    template = store.row("individual_appointments", store.ids_of("individual_appointments")[0])
    assert template is not None
    bad_id = 1_234_567_890_123_456_789
    bad = {
        **template,
        "id": bad_id,
        "starts_at": template["starts_at"] + timedelta(hours=2),
        "ends_at": template["starts_at"] + timedelta(hours=1),
        "updated_at": template["updated_at"] - timedelta(days=1),
    }
    store.insert_rows([("individual_appointments", [bad])])

    summary = sync(demo_server, cache)

    assert summary.skipped_malformed == 1
    assert differences(demo_server, cache) == {"appointments": [str(bad_id)]}
    assert str(bad_id) not in cache_state(cache)["appointments"]
    again = sync(demo_server, cache)
    assert again.skipped_malformed == 0
    assert again.pulled == 0


def test_a_pull_deleting_most_of_the_cache_stops_unless_allowed(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase
) -> None:
    ids = [server_book(empty_server, clinic, n, patient=n % 6) for n in range(40)]
    sync(empty_server, cache)
    for appointment_id in ids[:30]:
        empty_server.store.delete_appointment(appointment_id)
    observer = RecordingObserver()

    with pytest.raises(MassDeletionRefused) as refused:
        sync(empty_server, cache, observer=observer)

    assert (refused.value.would_delete, refused.value.cached) == (30, 40)
    assert observer.phases[-1][0] is SyncPhase.ERROR
    assert len(cache_state(cache)["appointments"]) == 40
    with cache.session() as session:
        assert get_cursor(session, "appointments:deleted") is None
    summary = sync(empty_server, cache, allow_mass_delete=True)
    assert summary.deleted == 30
    assert_in_step(empty_server, cache)


def test_a_telehealth_switch_on_the_server_reaches_the_patient_link_rule(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase
) -> None:
    appointment_id = server_book(empty_server, clinic, 1)  # type 0 has telehealth on
    sync(empty_server, cache)
    now = datetime.now(UTC)

    def decision() -> tuple[bool, str | None]:
        with cache.session() as session:
            appointment = get_appointment(session, appointment_id)
            assert appointment is not None
            kind = get_appointment_type(session, appointment.appointment_type_id)
            attendee = attendee_for_appointment(session, appointment_id)
        result = patient_link_decision(appointment, kind, attendee, now)
        return result.allowed, result.reason

    assert decision() == (True, None)
    # Switched off without touching updated_at (no appointment changes either): only a full re-read
    # of the types can notice.
    types = schema.appointment_types
    with empty_server.store.engine.begin() as connection:
        connection.execute(
            update(types).where(types.c.id == int(clinic.type_ids[0])).values(telehealth_enabled=False)
        )

    sync(empty_server, cache)

    with cache.session() as session:
        kind = get_appointment_type(session, clinic.type_ids[0])
    assert kind is not None
    assert kind.telehealth_enabled is False
    assert decision() == (False, telehealth_off_reason(kind))
    empty_server.store.set_appointment_type_telehealth(clinic.type_ids[0], True)
    sync(empty_server, cache)
    assert decision() == (True, None)


def test_practitioner_types_are_read_on_the_first_sync_and_not_again_unless_changed(
    empty_server: SandboxServer, clinic: Clinic, cache: CacheDatabase
) -> None:
    first, second = RecordingTransport(), RecordingTransport()

    run_engine(empty_server, cache, lambda engine: engine.run_once(), transport=first)
    run_engine(empty_server, cache, lambda engine: engine.run_once(), transport=second)

    assert first.count("GET", "/appointment_types") >= len(clinic.practitioner_ids) + 1
    assert second.count("GET", "/appointment_types") == 1  # the main list only
    with cache.session() as session:
        practitioner = get_practitioner(session, clinic.practitioner_ids[0])
    assert practitioner is not None
    assert practitioner.appointment_type_ids == frozenset(clinic.type_ids[:2])

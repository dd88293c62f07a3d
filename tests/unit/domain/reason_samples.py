"""One realistic `Reason` per `ReasonCode`, for the tests that every code can be worded (English here,
every GUI language in tests/ui/test_translations.py). A new code without a sample fails both.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.domain.reasons import (
    AppointmentSlot,
    BufferGap,
    Listing,
    LocalDay,
    LocalMoment,
    LocalSpan,
    OpeningPeriod,
    PatientBooking,
    Reason,
    ReasonCode,
)

SYDNEY = ZoneInfo("Australia/Sydney")


def at(hour: int, minute: int = 0, day: int = 5) -> datetime:
    """A wall-clock time in Sydney on a day of January 2026 (5 January is a Monday)."""
    return datetime(2026, 1, day, hour, minute, tzinfo=SYDNEY)


MORNING = LocalSpan(at(9), at(9, 30))
NEXT_DAY = LocalSpan(at(10, day=6), at(10, 45, day=6), show_day=True)
SLOT = AppointmentSlot(MORNING, "Ada Lovelace")


def _r(code: ReasonCode, **params: object) -> Reason:
    return Reason.of(code, **params)  # type: ignore[arg-type]


# Codes without parameters are their own sample; the others are replaced below.
SAMPLES: dict[ReasonCode, Reason] = {code: _r(code) for code in ReasonCode}
SAMPLES.update(
    {
        ReasonCode.TELEHEALTH_OFF: _r(ReasonCode.TELEHEALTH_OFF, type_name="Initial Consultation"),
        ReasonCode.JOIN_OPENS_BEFORE_START: _r(
            ReasonCode.JOIN_OPENS_BEFORE_START, lead=timedelta(minutes=15)
        ),
        ReasonCode.JOIN_OPENS_AT_TIME_BEFORE_START: _r(
            ReasonCode.JOIN_OPENS_AT_TIME_BEFORE_START,
            opens_at=LocalMoment(at(8, 45), show_day=True),
            lead=timedelta(minutes=15),
        ),
        ReasonCode.JOIN_OPENS_AT_TIME_AT_START: _r(
            ReasonCode.JOIN_OPENS_AT_TIME_AT_START, opens_at=LocalMoment(at(9), show_day=False)
        ),
        ReasonCode.ALREADY_MARKED: _r(ReasonCode.ALREADY_MARKED, status="did_not_arrive"),
        ReasonCode.APPOINTMENT_TYPE_ARCHIVED: _r(
            ReasonCode.APPOINTMENT_TYPE_ARCHIVED, type_name="Old Massage"
        ),
        ReasonCode.PRACTITIONER_INACTIVE: _r(
            ReasonCode.PRACTITIONER_INACTIVE, practitioner="Dr Grace Hopper"
        ),
        ReasonCode.PRACTITIONER_DOUBLE_BOOKED: _r(
            ReasonCode.PRACTITIONER_DOUBLE_BOOKED,
            practitioner="Dr Grace Hopper",
            clashes=Listing((SLOT, AppointmentSlot(NEXT_DAY), SLOT, SLOT), 3),
        ),
        ReasonCode.PRACTITIONER_UNAVAILABLE: _r(
            ReasonCode.PRACTITIONER_UNAVAILABLE, practitioner=None, spans=Listing((MORNING, NEXT_DAY), 3)
        ),
        ReasonCode.BUSINESS_CLOSED: _r(ReasonCode.BUSINESS_CLOSED, business="City Clinic", weekday=6),
        ReasonCode.OUTSIDE_OPENING_HOURS: _r(
            ReasonCode.OUTSIDE_OPENING_HOURS,
            business="City Clinic",
            booking=LocalSpan(at(19), at(19, 30)),
            hours=Listing((OpeningPeriod(time(8), time(12)), OpeningPeriod(time(13), time(0))), 2),
            weekday=0,
        ),
        ReasonCode.PATIENT_DOUBLE_BOOKED: _r(
            ReasonCode.PATIENT_DOUBLE_BOOKED,
            patient="Ada Lovelace",
            bookings=Listing(
                (
                    PatientBooking(MORNING, same_practitioner=True, practitioner_name="Dr Grace Hopper"),
                    PatientBooking(NEXT_DAY, same_practitioner=False),
                ),
                3,
            ),
        ),
        ReasonCode.BUFFER_TOO_SHORT: _r(
            ReasonCode.BUFFER_TOO_SHORT,
            practitioner="Dr Grace Hopper",
            buffer=timedelta(minutes=15),
            gaps=Listing(
                (
                    BufferGap(timedelta(minutes=5), after_neighbour=True, neighbour=SLOT),
                    BufferGap(timedelta(0), after_neighbour=False, neighbour=AppointmentSlot(NEXT_DAY)),
                ),
                3,
            ),
        ),
        ReasonCode.GROUP_OVER_CAPACITY: _r(
            ReasonCode.GROUP_OVER_CAPACITY, type_name="Pilates class", max_attendees=6, attendees=7
        ),
        ReasonCode.TYPE_NOT_OFFERED: _r(
            ReasonCode.TYPE_NOT_OFFERED, practitioner="Dr Grace Hopper", type_name="Massage"
        ),
        ReasonCode.START_IN_PAST: _r(
            ReasonCode.START_IN_PAST, starts_at=LocalMoment(at(6), show_day=True, show_year=False)
        ),
        ReasonCode.REPEATS_CLASH: _r(
            ReasonCode.REPEATS_CLASH,
            days=Listing((LocalDay(date(2026, 1, 5)), LocalDay(date(2027, 1, 4), show_year=True)), 10),
            total=10,
        ),
        ReasonCode.CACHE_STALE_SINCE: _r(ReasonCode.CACHE_STALE_SINCE, synced_at=LocalMoment(at(6, 59))),
        ReasonCode.APPOINTMENT_NOT_CACHED: _r(ReasonCode.APPOINTMENT_NOT_CACHED, appointment_id="1234"),
        ReasonCode.BOOKING_INVALID: _r(
            ReasonCode.BOOKING_INVALID,
            problems=(_r(ReasonCode.CHOOSE_PATIENT), _r(ReasonCode.END_NOT_AFTER_START)),
        ),
        ReasonCode.BOOKING_HAS_WARNINGS: _r(ReasonCode.BOOKING_HAS_WARNINGS, count=2),
        ReasonCode.MASS_DELETION_REFUSED: _r(ReasonCode.MASS_DELETION_REFUSED, would_delete=90, cached=100),
        ReasonCode.SERVER_REFUSED_CHANGE: _r(
            ReasonCode.SERVER_REFUSED_CHANGE, details="starts at: is invalid"
        ),
    }
)

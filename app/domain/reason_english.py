"""The English wording of every `Reason`: what the CLI prints and the `message` properties return.

The GUI does not use this module: it renders the same reasons in the user's language
(`app.ui.domain_text`). The wording here is the product's English and part of the headless output
(`frontdesk conflicts --json` messages, `patient_link_reason`, error lines), so change it only on
purpose: tests/integration/cli and the domain tests pin it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from app.domain.formatting import WEEKDAY_PLURALS, format_day, format_duration, join_words
from app.domain.reasons import (
    AppointmentSlot,
    BufferGap,
    Listing,
    ListItem,
    LocalDay,
    LocalMoment,
    LocalSpan,
    OpeningPeriod,
    PatientBooking,
    Reason,
    ReasonCode,
)

THE_PRACTITIONER = "The practitioner"
STATUS_WORDS = {
    "booked": "booked",
    "arrived": "arrived",
    "did_not_arrive": "did not arrive",
    "cancelled": "cancelled",
}

# Sentences without parameters.
FIXED: dict[ReasonCode, str] = {
    ReasonCode.APPOINTMENT_DELETED: "This appointment has been deleted.",
    ReasonCode.APPOINTMENT_CANCELLED: "This appointment is cancelled.",
    ReasonCode.TELEHEALTH_TYPE_UNKNOWN: (
        "The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again."
    ),
    ReasonCode.TELEHEALTH_GROUP: "Group appointments have no telehealth links.",
    ReasonCode.PATIENT_LINK_EXPIRED: "This appointment has ended; its telehealth link has expired.",
    ReasonCode.PATIENT_LINK_NOT_SYNCED: (
        "The patient's telehealth link has not been synced yet. Sync and try again."
    ),
    ReasonCode.ATTENDEE_CANCELLED: "The patient's place on this appointment was cancelled.",
    ReasonCode.JOIN_NOT_FOR_RECEPTION: "Join is for practitioners and administrators only.",
    ReasonCode.JOIN_APPOINTMENT_ENDED: "This appointment has ended.",
    ReasonCode.JOIN_NO_LINK: "This appointment has no telehealth link yet. Sync and try again.",
    ReasonCode.JOIN_OPENS_AT_START: "Join opens at the start.",
    ReasonCode.ALREADY_CANCELLED: "This appointment is already cancelled.",
    ReasonCode.CANCELLED_STATUS_FIXED: "This appointment is cancelled; its status cannot change.",
    ReasonCode.CHOOSE_PATIENT: "Choose a patient.",
    ReasonCode.CHOOSE_PRACTITIONER: "Choose a practitioner.",
    ReasonCode.CHOOSE_APPOINTMENT_TYPE: "Choose an appointment type.",
    ReasonCode.APPOINTMENT_TYPE_UNKNOWN: "The chosen appointment type is unknown. Sync and choose it again.",
    ReasonCode.CHOOSE_START: "Choose a start time.",
    ReasonCode.START_WITHOUT_ZONE: "The start time has no time zone.",
    ReasonCode.CHOOSE_END: "Choose an end time.",
    ReasonCode.END_WITHOUT_ZONE: "The end time has no time zone.",
    ReasonCode.TIME_WITHOUT_ZONE: "The time has no time zone.",
    ReasonCode.END_NOT_AFTER_START: "The end must be after the start.",
    ReasonCode.PATIENT_NOT_CACHED: "The chosen patient is not in the local copy. Sync and try again.",
    ReasonCode.PATIENT_ARCHIVED: "This patient is archived and cannot be booked.",
    ReasonCode.PRACTITIONER_NOT_CACHED: (
        "The chosen practitioner is not in the local copy. Sync and try again."
    ),
    ReasonCode.BUSINESS_NOT_CACHED: "The chosen business is not in the local copy. Sync and try again.",
    ReasonCode.NO_BUSINESS_YET: "No business is known yet. Sync first.",
    ReasonCode.CACHE_NEVER_SYNCED: (
        "Working offline and not yet synced: bookings made at other desks are unknown."
    ),
    ReasonCode.APPOINTMENT_CHANGED_WHILE_EDITING: (
        "The appointment changed while it was being edited. Please try again."
    ),
    ReasonCode.CANCELLED_CANNOT_BE_EDITED: "This appointment is cancelled; it cannot be moved or edited.",
    ReasonCode.RETRY_ONLY_FAILED: "Only a failed change can be tried again.",
    ReasonCode.DISCARD_ONLY_FAILED_OR_WAITING: "Only a failed or waiting change can be discarded.",
    ReasonCode.BOOKING_BEING_SENT: "This booking is being sent right now; try again after the sync.",
    ReasonCode.SYNC_CONFLICT_SETTLED: "That sync conflict has already been settled.",
    ReasonCode.SYNC_CONFLICT_CANNOT_KEEP: (
        "This appointment was deleted on the server, so the change made here cannot be kept. "
        "Take the server's version, then book again if needed."
    ),
    ReasonCode.SERVER_REFUSED_KEY: (
        "The server refused the API key. Check the key, and its region suffix (e.g. -au1)."
    ),
    ReasonCode.SERVER_PERMISSION_DENIED: (
        "The account this API key belongs to is not allowed to do that. "
        "Ask a Cliniko administrator to check the user's permissions."
    ),
    ReasonCode.SERVER_RECORD_NOT_FOUND: "The record was not found on the server. It may have been deleted.",
    ReasonCode.SERVER_RATE_LIMITED: (
        "Cliniko is receiving too many requests from this account. The app will try again shortly."
    ),
    ReasonCode.SERVER_UNREACHABLE: (
        "Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again."
    ),
    ReasonCode.BOOKING_NOT_CONFIRMED: (
        "Cliniko did not confirm the booking. It may have been made; the app will check before trying again."
    ),
    ReasonCode.SERVER_ANSWER_UNREADABLE: (
        "Cliniko sent an answer the app could not read. Please try again later."
    ),
    ReasonCode.BOOKING_ANSWER_UNREADABLE: (
        "Cliniko accepted the booking but sent back an answer the app could not read. "
        "It will appear after the next sync; do not book it again."
    ),
    ReasonCode.CACHE_BUSY: "Another program is using the local cache; close it and try again.",
    ReasonCode.CACHE_DISK_FULL: "The disk holding the local cache is full; free some space and try again.",
    ReasonCode.CACHE_TOO_NEW: (
        "The local cache was written by a newer version of Frontdesk. Update Frontdesk, "
        "or choose another data folder."
    ),
    ReasonCode.DEMO_CANNOT_START: "The demo clinic could not start on this computer.",
}


def english(reason: Reason) -> str:
    """The English sentence for `reason`."""
    fixed = FIXED.get(reason.code)
    if fixed is not None:
        return fixed
    return _WITH_PARAMS[reason.code](reason)


# --- pieces ------------------------------------------------------------------------------------------


def day_words(day: LocalDay) -> str:
    """`Mon 5 Jan`, or `Mon 5 Jan 2027` when the year is not the current one."""
    return format_day(day.day, with_year=day.show_year)


def clock_words(moment: LocalMoment) -> str:
    """`09:05` on the clinic's wall clock."""
    return f"{moment.at:%H:%M}"


def span_words(span: LocalSpan) -> str:
    """`09:00-09:30`, or `Mon 5 Jan 09:00-09:30` when the day is worth naming."""
    text = f"{span.starts_at:%H:%M}-{span.ends_at:%H:%M}"
    return f"{day_words(span.day)} {text}" if span.show_day else text


def _slot_words(slot: AppointmentSlot) -> str:
    when = span_words(slot.span)
    return f"{when} ({slot.patient_name})" if slot.patient_name else when


def _booking_words(booking: PatientBooking) -> str:
    if booking.same_practitioner:
        with_whom = booking.practitioner_name or THE_PRACTITIONER
    else:
        with_whom = "another practitioner"
    return f"{span_words(booking.span)} with {with_whom}"


def _gap_words(gap: BufferGap) -> str:
    side = "after" if gap.after_neighbour else "before"
    return f"{format_duration(gap.gap)} {side} {_slot_words(gap.neighbour)}"


def _period_words(period: OpeningPeriod) -> str:
    # A period closing at midnight reads "24:00": "08:00-00:00" would look like a mistake.
    closes = "24:00" if period.closes == time(0) else f"{period.closes:%H:%M}"
    return f"{period.opens:%H:%M}-{closes}"


def item_words(item: ListItem) -> str:
    """One item of a `Listing` in words."""
    if isinstance(item, LocalSpan):
        return span_words(item)
    if isinstance(item, LocalDay):
        return day_words(item)
    if isinstance(item, AppointmentSlot):
        return _slot_words(item)
    if isinstance(item, PatientBooking):
        return _booking_words(item)
    if isinstance(item, BufferGap):
        return _gap_words(item)
    return _period_words(item)


def listing_words(listing: Listing) -> str:
    """`a`, `a and b`, `a, b and c`, `a, b, c and 2 more`."""
    return join_words([item_words(item) for item in listing.items], limit=listing.limit)


def _practitioner(reason: Reason) -> str:
    return reason.text("practitioner") or THE_PRACTITIONER


def _weekdays(reason: Reason) -> str:
    return WEEKDAY_PLURALS[reason.number("weekday") % 7]


# --- sentences with parameters ----------------------------------------------------------------------


def _telehealth_off(reason: Reason) -> str:
    return f"Telehealth is off for {reason.text('type_name') or 'this appointment type'}."


def _join_opens_before_start(reason: Reason) -> str:
    return f"Join opens {format_duration(reason.duration('lead'))} before the start."


def _opens_at(reason: Reason) -> str:
    opens = reason.moment("opens_at")
    on_day = f" on {day_words(opens.day)}" if opens.show_day else ""
    return f"Join opens at {clock_words(opens)}{on_day}"


def _join_opens_at_time_before_start(reason: Reason) -> str:
    return f"{_opens_at(reason)}, {format_duration(reason.duration('lead'))} before the start."


def _join_opens_at_time_at_start(reason: Reason) -> str:
    return f"{_opens_at(reason)}, at the start."


def _already_marked(reason: Reason) -> str:
    status = str(reason.get("status"))
    return f"This appointment is already marked {STATUS_WORDS.get(status, status)}."


def _type_archived(reason: Reason) -> str:
    return f"{reason.get('type_name')} is archived and can no longer be booked. Choose another type."


def _practitioner_inactive(reason: Reason) -> str:
    return f"{reason.get('practitioner')} is no longer active."


def _practitioner_double_booked(reason: Reason) -> str:
    return f"{_practitioner(reason)} is already booked {listing_words(reason.listing('clashes'))}."


def _practitioner_unavailable(reason: Reason) -> str:
    return f"{_practitioner(reason)} is unavailable {listing_words(reason.listing('spans'))}."


def _business_closed(reason: Reason) -> str:
    return f"{reason.text('business') or 'The business'} is closed on {_weekdays(reason)}."


def _outside_opening_hours(reason: Reason) -> str:
    name = reason.text("business") or "The business"
    booking = span_words(reason.span("booking"))
    hours = listing_words(reason.listing("hours"))
    return f"This booking ({booking}) is outside {name}'s opening hours ({hours} on {_weekdays(reason)})."


def _patient_double_booked(reason: Reason) -> str:
    patient = reason.text("patient") or "The patient"
    return f"{patient} is already booked {listing_words(reason.listing('bookings'))}."


def _buffer_too_short(reason: Reason) -> str:
    return (
        f"{_practitioner(reason)} needs {format_duration(reason.duration('buffer'))} between appointments; "
        f"this booking leaves {listing_words(reason.listing('gaps'))}."
    )


def _group_over_capacity(reason: Reason) -> str:
    return (
        f"{reason.get('type_name')} takes at most {reason.number('max_attendees')} attendees; "
        f"this booking has {reason.number('attendees')}."
    )


def _type_not_offered(reason: Reason) -> str:
    type_name = reason.get("type_name")
    offered = type_name if type_name is not None else "this appointment type"
    return f"{_practitioner(reason)} does not offer {offered}."


def _start_in_past(reason: Reason) -> str:
    start = reason.moment("starts_at")
    return f"This booking starts in the past ({day_words(start.day)} {clock_words(start)})."


def _repeats_clash(reason: Reason) -> str:
    days = reason.listing("days")
    count = len(days.items)
    verb = "clashes" if count == 1 else "clash"
    return f"{count} of {reason.number('total')} repeats {verb}: {listing_words(days)}."


def _cache_stale_since(reason: Reason) -> str:
    synced = reason.moment("synced_at")
    return (
        f"Working offline, last synced at {clock_words(synced)} on {day_words(synced.day)}: "
        "bookings made at other desks since then are unknown."
    )


def _appointment_not_cached(reason: Reason) -> str:
    return f"Appointment {reason.get('appointment_id')} is not in the local copy. Sync and try again."


def _booking_invalid(reason: Reason) -> str:
    return " ".join(english(problem) for problem in reason.reasons("problems")) or "The booking is invalid."


def _booking_has_warnings(reason: Reason) -> str:
    count = reason.number("count")
    noun = "warning" if count == 1 else "warnings"
    return f"The booking has {count} {noun}; book anyway to save it regardless."


def _mass_deletion_refused(reason: Reason) -> str:
    return (
        f"The server lists {reason.number('would_delete')} of the {reason.number('cached')} saved "
        "appointments as deleted. Nothing was deleted. Check that the API key belongs to this clinic, "
        "then sync again allowing the deletions."
    )


def _server_refused_change(reason: Reason) -> str:
    details = reason.text("details")
    return (
        f"Cliniko did not accept the change: {details}." if details else "Cliniko did not accept the change."
    )


_WITH_PARAMS: dict[ReasonCode, Callable[[Reason], str]] = {
    ReasonCode.TELEHEALTH_OFF: _telehealth_off,
    ReasonCode.JOIN_OPENS_BEFORE_START: _join_opens_before_start,
    ReasonCode.JOIN_OPENS_AT_TIME_BEFORE_START: _join_opens_at_time_before_start,
    ReasonCode.JOIN_OPENS_AT_TIME_AT_START: _join_opens_at_time_at_start,
    ReasonCode.ALREADY_MARKED: _already_marked,
    ReasonCode.APPOINTMENT_TYPE_ARCHIVED: _type_archived,
    ReasonCode.PRACTITIONER_INACTIVE: _practitioner_inactive,
    ReasonCode.PRACTITIONER_DOUBLE_BOOKED: _practitioner_double_booked,
    ReasonCode.PRACTITIONER_UNAVAILABLE: _practitioner_unavailable,
    ReasonCode.BUSINESS_CLOSED: _business_closed,
    ReasonCode.OUTSIDE_OPENING_HOURS: _outside_opening_hours,
    ReasonCode.PATIENT_DOUBLE_BOOKED: _patient_double_booked,
    ReasonCode.BUFFER_TOO_SHORT: _buffer_too_short,
    ReasonCode.GROUP_OVER_CAPACITY: _group_over_capacity,
    ReasonCode.TYPE_NOT_OFFERED: _type_not_offered,
    ReasonCode.START_IN_PAST: _start_in_past,
    ReasonCode.REPEATS_CLASH: _repeats_clash,
    ReasonCode.CACHE_STALE_SINCE: _cache_stale_since,
    ReasonCode.APPOINTMENT_NOT_CACHED: _appointment_not_cached,
    ReasonCode.BOOKING_INVALID: _booking_invalid,
    ReasonCode.BOOKING_HAS_WARNINGS: _booking_has_warnings,
    ReasonCode.MASS_DELETION_REFUSED: _mass_deletion_refused,
    ReasonCode.SERVER_REFUSED_CHANGE: _server_refused_change,
}

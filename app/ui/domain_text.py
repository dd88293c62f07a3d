"""The domain's and the services' sentences in the user's language: every `Reason` rendered through Qt.

The domain and the services describe refusals, problems, warnings and errors as `Reason`s (a stable
code with its facts; see `app.domain.reasons`), and keep English for the CLI. Everything the GUI
shows of them goes through here: `reason_text` words a reason with the catalogue's sentence for its
code (context "DomainText"), fills the named {placeholders} with the facts (names as given, never
translated), and formats times, dates, durations and numbers with the user's locale
(`domain_words`). Sentences without parameters are in `domain_sentences`.

`error_text` does the same for a `ServiceError`; one without a reason (its words come from outside,
e.g. the operating system) shows its message as it is. tests/ui/test_translations.py fails when a
code has no rendering here or a language lacks its sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from app.domain.booking_validation import ValidationProblem
from app.domain.conflicts import ConflictWarning
from app.domain.reason_english import english
from app.domain.reasons import Reason, ReasonCode
from app.log import ui_log
from app.services.errors import ServiceError
from app.ui.domain_sentences import DomainText, fixed_sentence
from app.ui.domain_words import (
    clock_text,
    duration_text,
    fill,
    listing_text,
    local_day_text,
    number_text,
    on_weekdays_text,
    span_text,
)


def reason_text(reason: Reason) -> str:
    """The sentence for `reason` in the user's language."""
    render = _RENDERERS.get(reason.code)
    if render is not None:
        return render(reason)
    fixed = fixed_sentence(reason.code)
    if fixed is not None:
        return fixed
    # A code added without a rendering (the translation test fails on it): English beats nothing.
    ui_log.warning("no translated rendering for reason %s", reason.code.value)
    return english(reason)


def error_text(error: ServiceError) -> str:
    """What went wrong, in the user's language when the error says it as a `Reason`."""
    return reason_text(error.reason) if error.reason is not None else error.message


def warning_text(warning: ConflictWarning) -> str:
    """A conflict warning's sentence in the user's language."""
    return reason_text(warning.reason)


def problem_text(problem: ValidationProblem) -> str:
    """A blocking problem's sentence in the user's language."""
    return reason_text(problem.reason)


def _practitioner(reason: Reason) -> str:
    return reason.text("practitioner") or DomainText.tr("The practitioner", "unknown, starts a sentence")


# --- sentences with facts in them ---------------------------------------------------------------------


def _telehealth_off(reason: Reason) -> str:
    name = reason.text("type_name")
    if name is None:
        return DomainText.tr("Telehealth is off for this appointment type.")
    return fill(DomainText.tr("Telehealth is off for {type}."), type=name)


def _join_opens(reason: Reason) -> str:
    lead = duration_text(reason.duration("lead"))
    if reason.code == ReasonCode.JOIN_OPENS_BEFORE_START:
        return fill(DomainText.tr("Join opens {lead} before the start."), lead=lead)
    opens = reason.moment("opens_at")
    values = {"time": clock_text(opens.at), "day": local_day_text(opens.day), "lead": lead}
    if reason.code == ReasonCode.JOIN_OPENS_AT_TIME_AT_START:
        if opens.show_day:
            return fill(DomainText.tr("Join opens at {time} on {day}, at the start."), **values)
        return fill(DomainText.tr("Join opens at {time}, at the start."), **values)
    if opens.show_day:
        return fill(DomainText.tr("Join opens at {time} on {day}, {lead} before the start."), **values)
    return fill(DomainText.tr("Join opens at {time}, {lead} before the start."), **values)


def _already_marked(reason: Reason) -> str:
    status = str(reason.get("status"))
    words = {
        "booked": DomainText.tr("booked", "appointment status"),
        "arrived": DomainText.tr("arrived", "appointment status"),
        "did_not_arrive": DomainText.tr("did not arrive", "appointment status"),
        "cancelled": DomainText.tr("cancelled", "appointment status"),
    }
    template = DomainText.tr("This appointment is already marked \u201c{status}\u201d.")
    return fill(template, status=words.get(status, status))


def _type_archived(reason: Reason) -> str:
    template = DomainText.tr("{type} is archived and can no longer be booked. Choose another type.")
    return fill(template, type=str(reason.get("type_name")))


def _practitioner_inactive(reason: Reason) -> str:
    return fill(DomainText.tr("{practitioner} is no longer active."), practitioner=_practitioner(reason))


def _practitioner_double_booked(reason: Reason) -> str:
    template = DomainText.tr("{practitioner} is already booked {appointments}.")
    return fill(
        template, practitioner=_practitioner(reason), appointments=listing_text(reason.listing("clashes"))
    )


def _practitioner_unavailable(reason: Reason) -> str:
    template = DomainText.tr("{practitioner} is unavailable {times}.")
    return fill(template, practitioner=_practitioner(reason), times=listing_text(reason.listing("spans")))


def _business_closed(reason: Reason) -> str:
    days = on_weekdays_text(reason.number("weekday"))
    name = reason.text("business")
    if name is None:
        return fill(DomainText.tr("The business is closed {on_weekdays}."), on_weekdays=days)
    return fill(DomainText.tr("{business} is closed {on_weekdays}."), business=name, on_weekdays=days)


def _outside_opening_hours(reason: Reason) -> str:
    values = {
        "booking": span_text(reason.span("booking")),
        "hours": listing_text(reason.listing("hours")),
        "on_weekdays": on_weekdays_text(reason.number("weekday")),
        "business": reason.text("business") or "",
    }
    if not values["business"]:
        template = DomainText.tr(
            "This booking ({booking}) is outside the opening hours ({hours} {on_weekdays})."
        )
    else:
        template = DomainText.tr(
            "This booking ({booking}) is outside the opening hours of {business} ({hours} {on_weekdays})."
        )
    return fill(template, **values)


def _patient_double_booked(reason: Reason) -> str:
    patient = reason.text("patient") or DomainText.tr("The patient", "unknown, starts a sentence")
    template = DomainText.tr("{patient} is already booked {appointments}.")
    return fill(template, patient=patient, appointments=listing_text(reason.listing("bookings")))


def _buffer_too_short(reason: Reason) -> str:
    template = DomainText.tr(
        "{practitioner} needs {buffer} between appointments; this booking leaves {gaps}."
    )
    return fill(
        template,
        practitioner=_practitioner(reason),
        buffer=duration_text(reason.duration("buffer")),
        gaps=listing_text(reason.listing("gaps")),
    )


def _group_over_capacity(reason: Reason) -> str:
    template = DomainText.tr(
        "{type} takes at most %n attendee(s); this booking has {attendees}.",
        "",
        reason.number("max_attendees"),
    )
    return fill(
        template, type=str(reason.get("type_name")), attendees=number_text(reason.number("attendees"))
    )


def _type_not_offered(reason: Reason) -> str:
    name = reason.text("type_name")
    if name is None:
        template = DomainText.tr("{practitioner} does not offer this appointment type.")
    else:
        template = DomainText.tr("{practitioner} does not offer {type}.")
    return fill(template, practitioner=_practitioner(reason), type=name or "")


def _start_in_past(reason: Reason) -> str:
    start = reason.moment("starts_at")
    template = DomainText.tr("This booking starts in the past ({day}, {time}).")
    return fill(template, day=local_day_text(start.day), time=clock_text(start.at))


def _repeats_clash(reason: Reason) -> str:
    days = reason.listing("days")
    template = DomainText.tr("%n of {total} repeats clash: {days}.", "", len(days.items))
    return fill(template, total=number_text(reason.number("total")), days=listing_text(days))


def _cache_stale_since(reason: Reason) -> str:
    synced = reason.moment("synced_at")
    template = DomainText.tr(
        "Working offline, last synced at {time} on {day}: "
        "bookings made at other desks since then are unknown."
    )
    return fill(template, time=clock_text(synced.at), day=local_day_text(synced.day))


def _appointment_not_cached(reason: Reason) -> str:
    template = DomainText.tr("Appointment {id} is not in the local copy. Sync and try again.")
    return fill(template, id=str(reason.get("appointment_id")))


def _booking_invalid(reason: Reason) -> str:
    problems = [reason_text(problem) for problem in reason.reasons("problems")]
    return " ".join(problems) or DomainText.tr("The booking is invalid.")


def _booking_has_warnings(reason: Reason) -> str:
    return DomainText.tr(
        "The booking has %n warning(s); choose Book anyway to save it regardless.", "", reason.number("count")
    )


def _mass_deletion_refused(reason: Reason) -> str:
    template = DomainText.tr(
        "The server lists {deleted} of the {saved} saved appointments as deleted. Nothing was deleted. "
        "Check that the API key belongs to this clinic, then sync again allowing the deletions."
    )
    return fill(
        template,
        deleted=number_text(reason.number("would_delete")),
        saved=number_text(reason.number("cached")),
    )


def _server_refused_change(reason: Reason) -> str:
    details = reason.text("details")
    if details is None:
        return DomainText.tr("Cliniko did not accept the change.")
    # The details are the server's own words (field names and messages), shown as they came.
    return fill(DomainText.tr("Cliniko did not accept the change: {details}."), details=details)


_RENDERERS: dict[ReasonCode, Callable[[Reason], str]] = {
    ReasonCode.TELEHEALTH_OFF: _telehealth_off,
    ReasonCode.JOIN_OPENS_BEFORE_START: _join_opens,
    ReasonCode.JOIN_OPENS_AT_TIME_BEFORE_START: _join_opens,
    ReasonCode.JOIN_OPENS_AT_TIME_AT_START: _join_opens,
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


def has_rendering(code: ReasonCode) -> bool:
    """Whether `code` has its own sentence here (the translation test checks every code)."""
    return code in _RENDERERS or fixed_sentence(code) is not None

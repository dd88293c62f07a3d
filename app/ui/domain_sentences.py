"""The domain's and the services' sentences that carry no facts, in the user's language.

One sentence per `ReasonCode` without parameters, under the translation context "DomainText"
(`app.ui.domain_text` renders the rest and is the module to call). The English here is the GUI's
source text; the CLI's English lives in `app.domain.reason_english`.
"""

from __future__ import annotations

from app.domain.reasons import ReasonCode
from app.ui.translation_context import TrContext


class DomainText(TrContext):
    """The translation context of the domain's and the services' sentences."""


def fixed_sentence(code: ReasonCode) -> str | None:
    """The sentence for a code without parameters (None for a code that has some)."""
    # Built on each call: the words must follow the language installed now, not at import.
    sentences = {
        # Telehealth links and appointment status.
        ReasonCode.APPOINTMENT_DELETED: DomainText.tr("This appointment has been deleted."),
        ReasonCode.APPOINTMENT_CANCELLED: DomainText.tr("This appointment is cancelled."),
        ReasonCode.TELEHEALTH_TYPE_UNKNOWN: DomainText.tr(
            "The appointment type is unknown, so telehealth cannot be confirmed. Sync and try again."
        ),
        ReasonCode.TELEHEALTH_GROUP: DomainText.tr("Group appointments have no telehealth links."),
        ReasonCode.PATIENT_LINK_EXPIRED: DomainText.tr(
            "This appointment has ended; its telehealth link has expired."
        ),
        ReasonCode.PATIENT_LINK_NOT_SYNCED: DomainText.tr(
            "The patient's telehealth link has not been synced yet. Sync and try again."
        ),
        ReasonCode.ATTENDEE_CANCELLED: DomainText.tr(
            "The patient's place on this appointment was cancelled."
        ),
        ReasonCode.JOIN_NOT_FOR_RECEPTION: DomainText.tr(
            "Join is for practitioners and administrators only."
        ),
        ReasonCode.JOIN_APPOINTMENT_ENDED: DomainText.tr("This appointment has ended."),
        ReasonCode.JOIN_NO_LINK: DomainText.tr(
            "This appointment has no telehealth link yet. Sync and try again."
        ),
        ReasonCode.JOIN_OPENS_AT_START: DomainText.tr("Join opens at the start."),
        ReasonCode.ALREADY_CANCELLED: DomainText.tr("This appointment is already cancelled."),
        ReasonCode.CANCELLED_STATUS_FIXED: DomainText.tr(
            "This appointment is cancelled; its status cannot change."
        ),
        # Input that blocks a booking.
        ReasonCode.CHOOSE_PATIENT: DomainText.tr("Choose a patient."),
        ReasonCode.CHOOSE_PRACTITIONER: DomainText.tr("Choose a practitioner."),
        ReasonCode.CHOOSE_APPOINTMENT_TYPE: DomainText.tr("Choose an appointment type."),
        ReasonCode.APPOINTMENT_TYPE_UNKNOWN: DomainText.tr(
            "The chosen appointment type is unknown. Sync and choose it again."
        ),
        ReasonCode.CHOOSE_START: DomainText.tr("Choose a start time."),
        ReasonCode.START_WITHOUT_ZONE: DomainText.tr("The start time has no time zone."),
        ReasonCode.CHOOSE_END: DomainText.tr("Choose an end time."),
        ReasonCode.END_WITHOUT_ZONE: DomainText.tr("The end time has no time zone."),
        ReasonCode.TIME_WITHOUT_ZONE: DomainText.tr("The time has no time zone."),
        ReasonCode.END_NOT_AFTER_START: DomainText.tr("The end must be after the start."),
        ReasonCode.PATIENT_NOT_CACHED: DomainText.tr(
            "The chosen patient is not in the local copy. Sync and try again."
        ),
        ReasonCode.PATIENT_ARCHIVED: DomainText.tr("This patient is archived and cannot be booked."),
        ReasonCode.PRACTITIONER_NOT_CACHED: DomainText.tr(
            "The chosen practitioner is not in the local copy. Sync and try again."
        ),
        ReasonCode.BUSINESS_NOT_CACHED: DomainText.tr(
            "The chosen business is not in the local copy. Sync and try again."
        ),
        ReasonCode.NO_BUSINESS_YET: DomainText.tr("No business is known yet. Sync first."),
        # Conflict warnings.
        ReasonCode.CACHE_NEVER_SYNCED: DomainText.tr(
            "Working offline and not yet synced: bookings made at other desks are unknown."
        ),
        # Service errors.
        ReasonCode.APPOINTMENT_CHANGED_WHILE_EDITING: DomainText.tr(
            "The appointment changed while it was being edited. Please try again."
        ),
        ReasonCode.CANCELLED_CANNOT_BE_EDITED: DomainText.tr(
            "This appointment is cancelled; it cannot be moved or edited."
        ),
        ReasonCode.RETRY_ONLY_FAILED: DomainText.tr("Only a failed change can be tried again."),
        ReasonCode.DISCARD_ONLY_FAILED_OR_WAITING: DomainText.tr(
            "Only a failed or waiting change can be discarded."
        ),
        ReasonCode.BOOKING_BEING_SENT: DomainText.tr(
            "This booking is being sent right now; try again after the sync."
        ),
        ReasonCode.SYNC_CONFLICT_SETTLED: DomainText.tr("That sync conflict has already been settled."),
        ReasonCode.SYNC_CONFLICT_CANNOT_KEEP: DomainText.tr(
            "This appointment was deleted on the server, so the change made here cannot be kept. "
            "Take the server's version, then book again if needed."
        ),
        ReasonCode.SERVER_REFUSED_KEY: DomainText.tr(
            "The server refused the API key. Check the key, and its region suffix (e.g. -au1)."
        ),
        ReasonCode.SERVER_PERMISSION_DENIED: DomainText.tr(
            "The account this API key belongs to is not allowed to do that. "
            "Ask a Cliniko administrator to check the user's permissions."
        ),
        ReasonCode.SERVER_RECORD_NOT_FOUND: DomainText.tr(
            "The record was not found on the server. It may have been deleted."
        ),
        ReasonCode.SERVER_RATE_LIMITED: DomainText.tr(
            "Cliniko is receiving too many requests from this account. The app will try again shortly."
        ),
        ReasonCode.SERVER_UNREACHABLE: DomainText.tr(
            "Cannot reach Cliniko right now. The app keeps working from its saved copy and will try again."
        ),
        ReasonCode.BOOKING_NOT_CONFIRMED: DomainText.tr(
            "Cliniko did not confirm the booking. It may have been made; "
            "the app will check before trying again."
        ),
        ReasonCode.SERVER_ANSWER_UNREADABLE: DomainText.tr(
            "Cliniko sent an answer the app could not read. Please try again later."
        ),
        ReasonCode.BOOKING_ANSWER_UNREADABLE: DomainText.tr(
            "Cliniko accepted the booking but sent back an answer the app could not read. "
            "It will appear after the next sync; do not book it again."
        ),
        ReasonCode.CACHE_BUSY: DomainText.tr(
            "Another program is using the local cache; close it and try again."
        ),
        ReasonCode.CACHE_DISK_FULL: DomainText.tr(
            "The disk holding the local cache is full; free some space and try again."
        ),
        ReasonCode.CACHE_TOO_NEW: DomainText.tr(
            "The local cache was written by a newer version of Frontdesk. Update Frontdesk, "
            "or choose another data folder."
        ),
        ReasonCode.DEMO_CANNOT_START: DomainText.tr("The demo clinic could not start on this computer."),
    }
    return sentences.get(code)

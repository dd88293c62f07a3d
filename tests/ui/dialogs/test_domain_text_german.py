"""Under German, the sentences that come from the domain and the services are German too (issue #6):
the conflict panel's warnings, the reason Copy patient link is off, a field's blocking problem, and
what the status bar says of a sync.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.domain.conflicts import WarningCategory
from app.domain.reasons import Reason, ReasonCode
from app.remote.errors import ServerUnavailableError
from app.services.errors import ServerUnreachable
from app.services.sync_service import RemoteAdapter, SyncPhase
from app.services.workspace import ClinicWorkspace
from app.ui.appointment_actions import AppointmentActions
from app.ui.appointment_dialog import AppointmentDialog, BookingPrefill
from app.ui.domain_text import error_text
from app.ui.sync_controller import SyncController
from app.ui.translations_loader import install_translations, uninstall_translations
from tests.support.clinic_builder import at

from .dialog_clinic import CLINIC

pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support grabbing the keyboard"
)

TELEHEALTH_OFF = "Die Videosprechstunde ist für „Initial Consultation“ ausgeschaltet."


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    """The German catalogue and formats installed (widgets made after this speak German)."""
    assert install_translations(qapp, "de") == "de"
    yield
    uninstall_translations(qapp)


def test_the_copy_patient_link_tooltip_says_why_in_german(
    german: None, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    actions = AppointmentActions(workspace, parent=owner)
    with qtbot.waitSignal(actions.statusMessage, timeout=2000) as status:
        actions.set_appointment(CLINIC.initial_bob)
    action = actions.copy_patient_link_action
    assert not action.isEnabled()
    assert action.statusTip() == TELEHEALTH_OFF
    assert action.toolTip().startswith("Patientenlink kopieren")
    assert action.toolTip().endswith(TELEHEALTH_OFF)
    assert status.args == [TELEHEALTH_OFF]
    # Cancelling a cancelled appointment is refused in German as well.
    actions.set_appointment(CLINIC.cancelled_ada)
    assert actions.cancel_action.statusTip() == "Dieser Termin ist bereits abgesagt."


def test_the_conflict_panel_and_field_problems_are_german(
    german: None, qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    # Over Ada's video call with Grace (Tue 4 Mar 09:00-09:30).
    prefill = BookingPrefill(
        CLINIC.grace, at(4, 9.25), appointment_type_id=CLINIC.video, patient_id=CLINIC.bob
    )
    dialog = AppointmentDialog(workspace, prefill=prefill)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(
        lambda: dialog.panel.categories() == [WarningCategory.PRACTITIONER_DOUBLE_BOOKED], timeout=3000
    )
    (row,) = dialog.panel.warning_rows()
    expected = "Dr Grace Hopper ist bereits gebucht: 09:00\N{EN DASH}09:30 (Ada Lovelace)."
    assert row.message_label.text() == expected
    assert row.accessibleName() == f"Behandler bereits gebucht: {expected}"
    # The English stays for the CLI.
    assert (
        dialog.panel.warnings()[0].message == "Dr Grace Hopper is already booked 09:00-09:30 (Ada Lovelace)."
    )

    dialog.form.set_end(at(4, 9))  # before the start
    dialog.check_now()
    dialog.book_anyway_button.click()
    assert dialog.form.error("ends_at") == "Das Ende muss nach dem Beginn liegen."


def test_sync_reports_are_german(german: None, workspace: ClinicWorkspace) -> None:
    adapter: RemoteAdapter = object()  # type: ignore[assignment]  (this test starts no sync)
    controller = SyncController(workspace, adapter)
    details: list[str] = []
    controller.phaseChanged.connect(lambda _phase, detail: details.append(detail))
    controller.sync_phase_changed(SyncPhase.BACKFILLING, "Fetching the rest of the clinic's records.")
    controller.sync_phase_changed(SyncPhase.OFFLINE, ServerUnavailableError("timed out").message)
    assert details == ["Die übrigen Daten der Praxis werden abgerufen.", ""]
    offline = ServerUnreachable(
        "Cannot reach Cliniko (timed out).", reason=Reason.of(ReasonCode.SERVER_UNREACHABLE)
    )
    assert error_text(offline).startswith("Cliniko ist gerade nicht erreichbar.")

"""The cancel dialog, the series question and the conflict panel on their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.domain.conflicts import ConflictWarning, WarningCategory
from app.domain.entities import CancellationReason
from app.domain.reasons import Listing, LocalMoment, LocalSpan, PatientBooking, Reason, ReasonCode
from app.services.change_recording import SeriesScope
from app.ui.cancel_dialog import CancelAppointmentDialog
from app.ui.conflict_panel import ConflictWarningsPanel
from app.ui.series_scope_dialog import SeriesScopeDialog


def test_cancel_dialog_offers_clinikos_reasons_and_needs_one(qtbot: QtBot) -> None:
    dialog = CancelAppointmentDialog(summary="Ada Lovelace, Tue 4 Mar 2025, 09:00-09:30")
    qtbot.addWidget(dialog)
    combo = dialog.reason_combo
    codes = [combo.itemData(i) for i in range(combo.count())]
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert codes == ["10", "20", "30", "31", "40", "50", "60"]
    assert labels == [
        "Feeling better",
        "Condition worse",
        "Sick",
        "COVID-19 related",
        "Away",
        "Other",
        "Work",
    ]
    assert dialog.reason() is None
    assert not dialog.confirm_button.isEnabled()

    dialog.set_reason(CancellationReason.AWAY)
    dialog.note_edit.setPlainText("  Travelling until April  ")
    assert dialog.confirm_button.isEnabled()
    with qtbot.waitSignal(dialog.finished, timeout=2000) as finished:
        dialog.confirm_button.click()
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    assert (dialog.reason(), dialog.note()) == (CancellationReason.AWAY, "Travelling until April")


def test_series_question_defaults_to_this_one(qtbot: QtBot) -> None:
    dialog = SeriesScopeDialog("Move")
    qtbot.addWidget(dialog)
    assert dialog.scope() == SeriesScope.THIS
    assert dialog.apply_button.text() == "Move"
    dialog.set_scope(SeriesScope.WHOLE_SERIES)
    assert dialog.scope() == SeriesScope.WHOLE_SERIES


def test_panel_rows_activate_with_the_keyboard_and_plain_notices_do_not(qtbot: QtBot) -> None:
    panel = ConflictWarningsPanel()
    qtbot.addWidget(panel)
    panel.show()
    clock = datetime(2025, 3, 3, 9, tzinfo=UTC)
    booked = PatientBooking(LocalSpan(clock, clock + timedelta(minutes=30)), same_practitioner=False)
    warnings = [
        ConflictWarning(
            WarningCategory.PATIENT_DOUBLE_BOOKED,
            Reason.of(ReasonCode.PATIENT_DOUBLE_BOOKED, patient="Ada", bookings=Listing((booked,), 3)),
            ("42", "7"),
        ),
        ConflictWarning(
            WarningCategory.START_IN_PAST,
            Reason.of(ReasonCode.START_IN_PAST, starts_at=LocalMoment(clock - timedelta(hours=3))),
        ),
    ]
    panel.set_warnings(warnings)
    assert panel.title_label.text() == "Warnings (2)"
    clash, notice = panel.warning_rows()
    assert clash.message_label.text().startswith("Ada is already booked ")
    assert clash.message_label.text().endswith(" with another practitioner.")
    assert notice.message_label.text().startswith("This booking starts in the past (")
    assert clash.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert notice.focusPolicy() == Qt.FocusPolicy.NoFocus
    with qtbot.waitSignal(panel.jumpToAppointmentRequested, timeout=2000) as jump:
        qtbot.keyClick(clash, Qt.Key.Key_Return)
    assert jump.args == ["42"]
    with qtbot.assertNotEmitted(panel.jumpToAppointmentRequested):
        qtbot.mouseClick(notice, Qt.MouseButton.LeftButton)

    panel.set_warnings([])
    assert panel.warning_rows() == []
    assert "No clashes" in panel.status_label.text()

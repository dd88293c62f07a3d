"""The Find next free slot dialog: the service decides who offers the type, the dialog says why nothing
was proposed. (The dialogs' clinic: only Alan teaches the Pilates class; Grace is free at 08:00 Tuesday.)
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.services import directory_service
from app.services.free_slot_service import FreeSlot
from app.services.workspace import ClinicWorkspace
from app.ui.free_slot_dialog import FreeSlotDialog
from tests.support.clinic_builder import tuesday

from .dialog_clinic import CLINIC


def _dialog(qtbot: QtBot, workspace: ClinicWorkspace, type_id: str, practitioner_id: str) -> FreeSlotDialog:
    dialog = FreeSlotDialog(
        workspace,
        practitioners=directory_service.practitioners(workspace),
        zone=ZoneInfo("Europe/London"),
        after=tuesday(8),
    )
    qtbot.addWidget(dialog)
    dialog.appointment_type.setCurrentIndex(dialog.appointment_type.findData(type_id))
    dialog.practitioner.setCurrentIndex(dialog.practitioner.findData(practitioner_id))
    return dialog


def test_any_practitioner_finds_one_who_offers_the_type(qtbot: QtBot, workspace: ClinicWorkspace) -> None:
    dialog = _dialog(qtbot, workspace, CLINIC.group, "")

    dialog.search()

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.found() == FreeSlot(CLINIC.alan, tuesday(8), tuesday(9))


def test_a_chosen_practitioner_who_does_not_offer_the_type_is_named(
    qtbot: QtBot, workspace: ClinicWorkspace
) -> None:
    dialog = _dialog(qtbot, workspace, CLINIC.group, CLINIC.grace)

    dialog.search()

    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.found() is None
    assert dialog.message.text() == "Dr Grace Hopper does not offer this appointment type."

"""Help > About: the version, and what it runs on (for support calls)."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from app import APP_NAME, __version__


class AboutDialog(QDialog):
    """Name, version, Qt/PySide/Python versions and the data folder."""

    def __init__(
        self, *, data_dir: Path | None = None, demo: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.setAccessibleName(self.tr("About %1").replace("%1", APP_NAME))
        title = QLabel(f"{APP_NAME} {__version__}", self)
        title.setObjectName("AboutTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        summary = QLabel(self.tr("Scheduling for a clinic's front desk, kept in step with Cliniko."), self)
        summary.setWordWrap(True)
        lines = [
            self.tr("Version %1").replace("%1", __version__),
            f"Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}",
            f"{platform.system()} {platform.release()}",
        ]
        if demo:
            lines.append(self.tr("Running the demo clinic (a copy that is deleted on exit)."))
        elif data_dir is not None:
            lines.append(self.tr("Data folder: %1").replace("%1", str(data_dir)))
        details = QLabel("\n".join(lines), self)
        details.setObjectName("AboutDetails")
        details.setTextFormat(Qt.TextFormat.PlainText)
        details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        details.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addSpacing(8)
        layout.addWidget(details)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

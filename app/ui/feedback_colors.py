"""The few colours the dialogs add to the palette: errors, warnings, muted text, chosen for contrast.

Light and dark themes both come from the system palette; these tints are picked by the window's
lightness so an error stays readable on either.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme (dark window background)."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def error_color(palette: QPalette) -> QColor:
    """Red for a message that blocks (a field to fix)."""
    return QColor("#ff8a80") if is_dark(palette) else QColor("#b3261e")


def warning_color(palette: QPalette) -> QColor:
    """Amber for a warning that does not block."""
    return QColor("#ffb74d") if is_dark(palette) else QColor("#a05a00")


def warning_fill(palette: QPalette) -> QColor:
    """A faint amber behind a warning row."""
    return QColor(255, 183, 77, 38) if is_dark(palette) else QColor(255, 166, 0, 28)


def muted_text_color(palette: QPalette) -> QColor:
    """Secondary text: between the text colour and the background."""
    text = palette.color(QPalette.ColorRole.WindowText)
    base = palette.color(QPalette.ColorRole.Window)
    return QColor(
        (text.red() * 3 + base.red() * 2) // 5,
        (text.green() * 3 + base.green() * 2) // 5,
        (text.blue() * 3 + base.blue() * 2) // 5,
    )


def success_color(palette: QPalette) -> QColor:
    """Green for "no warnings"."""
    return QColor("#81c784") if is_dark(palette) else QColor("#2e7d32")


def tint(widget: QWidget, color: QColor) -> None:
    """Give `widget`'s text `color` while enabled (disabled text keeps the palette's greyed colour)."""
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, widget.foregroundRole(), color)
    widget.setPalette(palette)

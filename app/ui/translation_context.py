"""A translation context for code outside QObject classes (what Qt's Q_DECLARE_TR_FUNCTIONS does in C++).

lupdate's Python reader files `Name.tr("text")` under the context `Name` and reads any third argument
as a plural count, whatever the expression. `QCoreApplication.translate("Ctx", "%n …", None, count)`
is not read as a plural unless the count is a literal number, and is dropped entirely when the count
is an attribute or a call, so module-level code with %n strings subclasses `TrContext` instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class TrContext:
    """Subclass it and call `Subclass.tr(...)`: the subclass's name is the context, as lupdate reads it."""

    @classmethod
    def tr(cls, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """`text` translated in this class's context (`n` picks the plural form for %n)."""
        return QCoreApplication.translate(cls.__name__, text, disambiguation, n)

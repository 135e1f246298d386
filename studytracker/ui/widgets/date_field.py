"""A date field that Tab leaves: QDateEdit's own Tab walks its year, month and day first, so a
keyboard user crossed a form's dates in three steps each. Its sections stay reachable with the
arrow keys, and the calendar with Alt+Down."""

from __future__ import annotations

from PySide6.QtWidgets import QDateEdit, QWidget


class DateField(QDateEdit):
    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)

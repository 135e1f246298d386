"""A date field written as the learner's locale writes dates (with the whole year), that Tab
leaves: QDateEdit's own Tab walks its year, month and day first, so a keyboard user crossed a
form's dates in three steps each. Its sections stay reachable with the arrow keys, and the
calendar with Alt+Down."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QWidget

from studytracker.i18n import current


class DateField(QDateEdit):
    def __init__(self, day: QDate | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(day, QDate):
            super().__init__(day, parent)
        else:
            super().__init__(day if day is not None else parent)
        self.setDisplayFormat(current().date_field_format())

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: A002, N802 - Qt's names
        return QWidget.focusNextPrevChild(self, next)

"""A date field that can be typed into and that Tab leaves.

Its dates are written year first, 2026-11-28: typed in that order a date never passes through a
day beyond its maximum (today, for a session), and it reads the same in every language; the
calendar is on Alt+Down. A click or the focus selects the part of the date it lands on, so the
digits typed replace that part (Qt's own field inserts them beside the old ones, and refuses
them); "-" or "/" moves to the next part. QDateEdit's own Tab walks the year, month and day
first, so a keyboard user crossed a form's dates in three steps each; here Tab leaves the field,
and its parts stay reachable with the arrow keys.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

DATE_FIELD_FORMAT = "yyyy-MM-dd"

_LEAVING_KEYS = (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
_SEPARATORS = ("-", "/", ".")


class DateField(QDateEdit):
    def __init__(self, day: QDate | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(day, QDate):
            super().__init__(day, parent)
        else:
            super().__init__(day if day is not None else parent)
        self.setDisplayFormat(DATE_FIELD_FORMAT)
        self._moved_on_by_digits = False
        self.lineEdit().installEventFilter(self)

    def event(self, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _LEAVING_KEYS
            and not event.modifiers()
            & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        ):
            forward = (
                event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            return QWidget.focusNextPrevChild(self, forward)
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        line = self.lineEdit()
        text = event.text()
        if text in _SEPARATORS and self._moved_on_by_digits:
            # the part just typed was complete and Qt moved on by itself: the "-" typed after it
            # would skip the next part
            self._moved_on_by_digits = False
            return
        if text.isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
            self.setSelectedSection(self.sectionAt(0))  # all selected (Ctrl+A): typing starts over
        part = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on_by_digits = text.isdigit() and self.currentSection() != part

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # A click lands on the field's line edit, not on the field: once it has placed the cursor,
        # the part under it is selected.
        if watched is self.lineEdit() and event.type() == QEvent.Type.MouseButtonRelease:
            QTimer.singleShot(0, self, self._select_part_at_cursor)
        return super().eventFilter(watched, event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # after Qt has placed the cursor; the timer goes with the field
        QTimer.singleShot(0, self, self._select_part_at_cursor)

    def _select_part_at_cursor(self) -> None:
        line = self.lineEdit()
        if self.hasFocus() and not line.hasSelectedText():
            self.setSelectedSection(self.currentSection())

"""The learner's preferences, kept in the database: name (for the report), report page size,
daily goal and pomodoro lengths."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QSpinBox, QWidget

from studytracker.store.policy import LEARNER_NAME_KEY, PAGE_SIZE_KEY, POMODORO_KEYS
from studytracker.ui.timer_bar import pomodoro_settings

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker


class PreferencesDialog(QDialog):
    def __init__(self, tracker: Tracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle("Preferences")
        self.tracker = tracker
        self.name = QLineEdit(tracker.setting(LEARNER_NAME_KEY, "") or "", self)
        self.name.setPlaceholderText("shown on the progress report")
        self.page_size = QComboBox(self)
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem("Letter", "letter")
        self.page_size.setCurrentIndex(
            max(self.page_size.findData(tracker.setting(PAGE_SIZE_KEY) or "a4"), 0)
        )
        self.goal = self._minutes(tracker.daily_goal(), 1, 24 * 60)
        pomodoro = pomodoro_settings(tracker)
        self.work = self._minutes(pomodoro.work_minutes, 1, 240)
        self.short_break = self._minutes(pomodoro.short_break_minutes, 1, 120)
        self.long_break = self._minutes(pomodoro.long_break_minutes, 1, 240)
        self.long_every = QSpinBox(self)
        self.long_every.setRange(1, 12)
        self.long_every.setValue(pomodoro.long_break_every)
        self.long_every.setSuffix(" work periods")
        form = QFormLayout(self)
        form.addRow("Your &name", self.name)
        form.addRow("Report &page size", self.page_size)
        form.addRow("Daily &goal", self.goal)
        form.addRow("Pomodoro &work", self.work)
        form.addRow("&Short break", self.short_break)
        form.addRow("&Long break", self.long_break)
        form.addRow("Long break &every", self.long_every)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _minutes(self, value: int, low: int, high: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(" min")
        return box

    def save(self) -> None:
        tracker = self.tracker
        tracker.set_setting(LEARNER_NAME_KEY, self.name.text().strip())
        tracker.set_setting(PAGE_SIZE_KEY, self.page_size.currentData())
        tracker.set_daily_goal(self.goal.value())
        values = (
            self.work.value(),
            self.short_break.value(),
            self.long_break.value(),
            self.long_every.value(),
        )
        for key, value in zip(POMODORO_KEYS, values, strict=True):
            tracker.set_setting(key, str(value))

"""The learner's preferences, kept in the database: name (for the report), report page size,
daily goal and pomodoro lengths."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from studytracker.reminders import ReminderSettings
from studytracker.store.policy import (
    LEARNER_NAME_KEY,
    LONG_TIMER_KEY,
    PAGE_SIZE_KEY,
    POMODORO_KEYS,
    REMINDER_DAYS_KEY,
    REMINDER_TIME_KEY,
)
from studytracker.ui.timer_bar import pomodoro_settings

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

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
        self.day_ends = QSpinBox(self)
        self.day_ends.setRange(0, 12)
        self.day_ends.setValue(tracker.day_start_hour())
        self.day_ends.setSuffix(":00")
        self.day_ends.setToolTip("Study after midnight and before this hour counts to the evening before")
        streaks = tracker.streaks()
        self.streaks = QCheckBox("Show streaks of days that met the goal", self)
        self.streaks.setChecked(streaks.enabled)
        self.rest_day = QCheckBox("One rest day a week keeps a streak", self)
        self.rest_day.setChecked(streaks.rest_days_per_week == 1)
        today = tracker.clock.now().date()
        target = tracker.target_date()
        self.has_target = QCheckBox("Finish this roadmap by", self)
        self.has_target.setChecked(target is not None)
        shown = target or today.replace(year=today.year + 1)
        self.target = QDateEdit(QDate(shown.year, shown.month, shown.day), self)
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("yyyy-MM-dd")
        self.target.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.target.setEnabled(target is not None)
        self.has_target.toggled.connect(self.target.setEnabled)
        reminders = ReminderSettings.from_settings(tracker.setting)
        self.remind = QCheckBox("Remind me at", self)
        self.remind.setChecked(reminders.at is not None)
        at = reminders.at
        self.remind_at = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(19, 0), self)
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_days = [QCheckBox(name, self) for name in WEEKDAYS]
        for index, box in enumerate(self.remind_days):
            box.setChecked(index in reminders.weekdays if reminders.at else index < 5)
        self.long_timer = self._minutes(reminders.long_timer_minutes, 30, 24 * 60)
        form = QFormLayout(self)
        form.addRow("Your &name", self.name)
        form.addRow("Report &page size", self.page_size)
        form.addRow("Daily &goal", self.goal)
        form.addRow("Pomodoro &work", self.work)
        form.addRow("&Short break", self.short_break)
        form.addRow("&Long break", self.long_break)
        form.addRow("Long break &every", self.long_every)
        form.addRow("A study &day ends at", self.day_ends)
        form.addRow(self.streaks)
        form.addRow(self.rest_day)
        form.addRow(self.has_target, self.target)
        days = QHBoxLayout()
        for box in self.remind_days:
            days.addWidget(box)
        form.addRow(self.remind, self.remind_at)
        form.addRow("on", days)
        form.addRow("Note a timer running &over", self.long_timer)
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
        tracker.set_day_start_hour(self.day_ends.value())
        tracker.set_streaks(self.streaks.isChecked(), 1 if self.rest_day.isChecked() else 0)
        if self.has_target.isChecked():
            chosen = self.target.date()
            tracker.set_target_date(date(chosen.year(), chosen.month(), chosen.day()))
        else:
            tracker.set_target_date(None)
        at = self.remind_at.time()
        tracker.set_setting(
            REMINDER_TIME_KEY, f"{at.hour():02d}:{at.minute():02d}" if self.remind.isChecked() else ""
        )
        tracker.set_setting(
            REMINDER_DAYS_KEY, ",".join(str(i) for i, box in enumerate(self.remind_days) if box.isChecked())
        )
        tracker.set_setting(LONG_TIMER_KEY, str(self.long_timer.value()))

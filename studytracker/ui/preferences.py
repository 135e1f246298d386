"""The learner's preferences (kept in the database, saved as one): name (for the report),
report page size, daily goal, pomodoro lengths, the study day, streaks, the target date and
reminders."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from studytracker.store.records import Preferences

WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class PreferencesDialog(QDialog):
    """Shows the preferences and gives back what the learner chose (`chosen`); saving is the
    caller's, in one unit of work."""

    def __init__(
        self, preferences: Preferences, target: date | None, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle("Preferences")
        self.preferences = preferences
        p = preferences
        self.name = QLineEdit(p.learner_name, self)
        self.name.setPlaceholderText("shown on the progress report")
        self.page_size = QComboBox(self)
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem("Letter", "letter")
        self.page_size.setCurrentIndex(max(self.page_size.findData(p.page_size), 0))
        self.goal = self._minutes(p.daily_goal_minutes, 1, 24 * 60)
        self.work = self._minutes(p.pomodoro_work_minutes, 1, 240)
        self.short_break = self._minutes(p.pomodoro_short_break_minutes, 1, 120)
        self.long_break = self._minutes(p.pomodoro_long_break_minutes, 1, 240)
        self.long_every = QSpinBox(self)
        self.long_every.setRange(1, 12)
        self.long_every.setValue(p.pomodoro_long_break_every)
        self.long_every.setSuffix(" work periods")
        self.day_ends = QSpinBox(self)
        self.day_ends.setRange(0, 12)
        self.day_ends.setValue(p.day_start_hour)
        self.day_ends.setSuffix(":00")
        self.day_ends.setToolTip("Study after midnight and before this hour counts to the evening before")
        self.streaks = QCheckBox("Show streaks of days that met the goal", self)
        self.streaks.setChecked(p.streaks_enabled)
        self.rest_day = QCheckBox("One rest day a week keeps a streak", self)
        self.rest_day.setChecked(p.rest_days_per_week == 1)
        self.has_target = QCheckBox("Finish this roadmap by", self)
        self.has_target.setChecked(target is not None)
        shown = target or today.replace(year=today.year + 1)
        self.target = QDateEdit(QDate(shown.year, shown.month, shown.day), self)
        self.target.setCalendarPopup(True)
        self.target.setDisplayFormat("yyyy-MM-dd")
        self.target.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.target.setEnabled(target is not None)
        self.has_target.toggled.connect(self.target.setEnabled)
        self.remind = QCheckBox("Remind me at", self)
        self.remind.setChecked(p.reminder_at is not None)
        at = p.reminder_at
        self.remind_at = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(19, 0), self)
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_days = [QCheckBox(name, self) for name in WEEKDAYS]
        for index, box in enumerate(self.remind_days):
            box.setChecked(index in p.reminder_weekdays)
        self.long_timer = self._minutes(p.long_timer_minutes, 30, 24 * 60)
        self.retention = QDoubleSpinBox(self)
        self.retention.setRange(80, 97)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setValue(round(p.review_retention * 100))
        self.retention.setToolTip(
            "The chance of still recalling a finished topic when it comes back for review: higher means"
            " more frequent reviews"
        )
        self.reviews_per_day = QSpinBox(self)
        self.reviews_per_day.setRange(1, 500)
        self.reviews_per_day.setValue(p.reviews_per_day)
        self.reviews_per_day.setSuffix(" reviews")
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
        form.addRow("Reviews aim at &recall of", self.retention)
        form.addRow("At &most a day", self.reviews_per_day)
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

    def chosen(self) -> tuple[Preferences, date | None]:
        """The preferences as the learner left them, and the roadmap's target date (or None)."""
        at = self.remind_at.time()
        preferences = dataclasses.replace(
            self.preferences,
            learner_name=self.name.text().strip(),
            page_size=self.page_size.currentData(),
            daily_goal_minutes=self.goal.value(),
            pomodoro_work_minutes=self.work.value(),
            pomodoro_short_break_minutes=self.short_break.value(),
            pomodoro_long_break_minutes=self.long_break.value(),
            pomodoro_long_break_every=self.long_every.value(),
            day_start_hour=self.day_ends.value(),
            streaks_enabled=self.streaks.isChecked(),
            rest_days_per_week=1 if self.rest_day.isChecked() else 0,
            reminder_at=time(at.hour(), at.minute()) if self.remind.isChecked() else None,
            reminder_weekdays=frozenset(i for i, box in enumerate(self.remind_days) if box.isChecked()),
            long_timer_minutes=self.long_timer.value(),
            review_retention=round(self.retention.value()) / 100,
            reviews_per_day=self.reviews_per_day.value(),
        )
        chosen = self.target.date()
        target = date(chosen.year(), chosen.month(), chosen.day()) if self.has_target.isChecked() else None
        return preferences, target

"""The learner's preferences (kept in the database, saved as one): name (for the report),
report page size, daily goal, pomodoro lengths, the study day, streaks, the target date,
reminders and what is shared with a cohort's mentor; and the window's theme and language (kept
with the window's layout, on this computer)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSettings, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from studytracker.formatting import a_year_after, format_size
from studytracker.i18n import LANGUAGE_KEY, LANGUAGES, Context, current, saved_language, translate
from studytracker.store.policy import OFFLINE_RESOURCE_CAP_RANGE, OFFLINE_TOTAL_CAP_RANGE
from studytracker.store.records import Preferences, SharingChoice
from studytracker.ui.shell.theme import THEMES, saved_theme
from studytracker.ui.widgets.date_field import DateField
from studytracker.ui.widgets.sharing_box import SharingBox

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from studytracker.ui.controllers.operations import OperationRunner

Options = Context("Options")


class PreferencesDialog(QDialog):
    """Shows the preferences and gives back what the learner chose (`chosen`); saving is the
    caller's, in one unit of work."""

    def __init__(
        self,
        preferences: Preferences,
        target: date | None,
        today: date,
        parent: QWidget | None = None,
        theme: str = "system",
        language: str = "system",
        sharing: SharingChoice | None = None,
        offline_used: Callable[[], int] | None = None,
        free_offline: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferences")
        self.setWindowTitle(Options.tr("Preferences"))
        self.preferences = preferences
        p = preferences
        self.name = QLineEdit(p.learner_name, self)
        self.name.setPlaceholderText(Options.tr("shown on the progress report"))
        self.page_size = QComboBox(self)
        self.page_size.addItem("A4", "a4")
        self.page_size.addItem(Options.tr("Letter"), "letter")
        self.page_size.setCurrentIndex(max(self.page_size.findData(p.page_size), 0))
        self.theme = QComboBox(self)
        self.theme.setObjectName("theme")
        for key, label in THEMES.items():
            self.theme.addItem(translate("Theme", label), key)
        self.theme.setCurrentIndex(max(self.theme.findData(theme), 0))
        self.theme.setToolTip(Options.tr("System follows the desktop's light or dark setting"))
        self.language = QComboBox(self)
        self.language.setObjectName("language")
        for key, label in LANGUAGES.items():  # each language named in itself
            self.language.addItem(Options.tr("System") if key == "system" else label, key)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language.setToolTip(
            Options.tr("System follows the computer's language; a change applies at the next start")
        )
        self.goal = self._minutes(p.daily_goal_minutes, 1, 24 * 60)
        self.work = self._minutes(p.pomodoro_work_minutes, 1, 240)
        self.short_break = self._minutes(p.pomodoro_short_break_minutes, 1, 120)
        self.long_break = self._minutes(p.pomodoro_long_break_minutes, 1, 240)
        self.long_every = QSpinBox(self)
        self.long_every.setRange(1, 12)
        self.long_every.setValue(p.pomodoro_long_break_every)
        self.long_every.setSuffix(Options.tr(" work periods"))
        self.day_ends = QSpinBox(self)
        self.day_ends.setRange(0, 12)
        self.day_ends.setValue(p.day_start_hour)
        self.day_ends.setSuffix(":00")
        self.day_ends.setToolTip(
            Options.tr("Study after midnight and before this hour counts to the evening before")
        )
        self.streaks = QCheckBox(Options.tr("Show streaks of days that met the goal"), self)
        self.streaks.setChecked(p.streaks_enabled)
        self.rest_day = QCheckBox(Options.tr("One rest day a week keeps a streak"), self)
        self.rest_day.setChecked(p.rest_days_per_week == 1)
        self.has_target = QCheckBox(Options.tr("Finish this roadmap by"), self)
        self.has_target.setChecked(target is not None)
        shown = target or a_year_after(today)
        self.target = DateField(QDate(shown.year, shown.month, shown.day), self)
        self.target.setCalendarPopup(True)
        self.target.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.target.setEnabled(target is not None)
        self.has_target.toggled.connect(self.target.setEnabled)
        self.remind = QCheckBox(Options.tr("Remind me at"), self)
        self.remind.setChecked(p.reminder_at is not None)
        at = p.reminder_at
        self.remind_at = QTimeEdit(QTime(at.hour, at.minute) if at else QTime(19, 0), self)
        self.remind_at.setDisplayFormat("HH:mm")
        self.remind_days = [QCheckBox(current().day_name(day), self) for day in range(7)]
        for index, box in enumerate(self.remind_days):
            box.setChecked(index in p.reminder_weekdays)
        self.long_timer = self._minutes(p.long_timer_minutes, 30, 24 * 60)
        self.retention = QDoubleSpinBox(self)
        self.retention.setRange(80, 97)
        self.retention.setDecimals(0)
        self.retention.setSuffix(" %")
        self.retention.setValue(round(p.review_retention * 100))
        self.retention.setToolTip(
            Options.tr(
                "The chance of still recalling a finished topic when it comes back for review: higher means"
                " more frequent reviews"
            )
        )
        self.reviews_per_day = QSpinBox(self)
        self.reviews_per_day.setRange(1, 500)
        self.reviews_per_day.setValue(p.reviews_per_day)
        self.reviews_per_day.setSuffix(Options.tr(" reviews"))
        # Short pages rather than one long form: the dialog fits a 640-pixel-high screen.
        pages = QTabWidget(self)
        general = self._page(pages, Options.tr("&General"))
        general.addRow(Options.tr("Your &name"), self.name)
        general.addRow(Options.tr("Report &page size"), self.page_size)
        general.addRow(Options.tr("&Theme"), self.theme)
        general.addRow(Options.tr("&Language"), self.language)
        study = self._page(pages, Options.tr("&Study"))
        study.addRow(Options.tr("Daily &goal"), self.goal)
        study.addRow(Options.tr("A study &day ends at"), self.day_ends)
        study.addRow(self.streaks)
        study.addRow(self.rest_day)
        study.addRow(self.has_target, self.target)
        days = QHBoxLayout()
        for box in self.remind_days:
            days.addWidget(box)
        study.addRow(self.remind, self.remind_at)
        study.addRow(Options.tr("on"), days)
        study.addRow(Options.tr("Note a timer running &over"), self.long_timer)
        pomodoro = self._page(pages, Options.tr("P&omodoro"))
        pomodoro.addRow(Options.tr("&Work"), self.work)
        pomodoro.addRow(Options.tr("&Short break"), self.short_break)
        pomodoro.addRow(Options.tr("&Long break"), self.long_break)
        pomodoro.addRow(Options.tr("Long break &every"), self.long_every)
        review = self._page(pages, Options.tr("Re&view"))
        review.addRow(Options.tr("Reviews aim at &recall of"), self.retention)
        review.addRow(Options.tr("At &most a day"), self.reviews_per_day)
        self.sharing = SharingBox(self)
        self.sharing.show_choice(sharing or SharingChoice())
        self._page(pages, Options.tr("Sh&aring")).addRow(self.sharing)
        self._offline_page(pages, p, offline_used, free_offline)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(pages)
        layout.addWidget(buttons)

    def _offline_page(
        self,
        pages: QTabWidget,
        p: Preferences,
        used: Callable[[], int] | None,
        free: Callable[[], object] | None,
    ) -> None:
        """Offline reading: the most a saved copy may take, one and all, the space they take
        now, and the way to free it."""
        self.offline_resource_cap = QSpinBox(self)
        self.offline_resource_cap.setObjectName("offlineResourceCap")
        self.offline_resource_cap.setRange(*OFFLINE_RESOURCE_CAP_RANGE)
        self.offline_resource_cap.setValue(p.offline_resource_cap_mb)
        self.offline_resource_cap.setSuffix(" MB")
        self.offline_total_cap = QSpinBox(self)
        self.offline_total_cap.setObjectName("offlineTotalCap")
        self.offline_total_cap.setRange(*OFFLINE_TOTAL_CAP_RANGE)
        self.offline_total_cap.setValue(p.offline_total_cap_mb)
        self.offline_total_cap.setSuffix(" MB")
        self.offline_used = QLabel(self)
        self.offline_used.setObjectName("offlineUsed")
        self.free_button = QPushButton(Options.tr("&Remove every offline copy…"), self)
        self.free_button.setObjectName("freeOfflineButton")
        self.free_button.setAutoDefault(False)

        def show_used() -> None:
            size = used() if used is not None else 0
            self.offline_used.setText(
                Options.tr("Offline copies take {size} now.").format(size=format_size(size))
            )
            self.free_button.setEnabled(size > 0 and free is not None)

        def free_and_show() -> None:
            if free is not None:
                free()
            show_used()

        self.free_button.clicked.connect(free_and_show)
        show_used()
        page = self._page(pages, Options.tr("&Offline"))
        page.addRow(Options.tr("One saved &page at most"), self.offline_resource_cap)
        page.addRow(Options.tr("All saved pages at mo&st"), self.offline_total_cap)
        page.addRow(self.offline_used)
        page.addRow(self.free_button)

    def _page(self, pages: QTabWidget, title: str) -> QFormLayout:
        page = QWidget(pages)
        pages.addTab(page, title)
        return QFormLayout(page)

    def _minutes(self, value: int, low: int, high: int) -> QSpinBox:
        box = QSpinBox(self)
        box.setRange(low, high)
        box.setValue(value)
        box.setSuffix(" min")  # as `format_minutes` writes it in every shipped language
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
            offline_resource_cap_mb=self.offline_resource_cap.value(),
            offline_total_cap_mb=self.offline_total_cap.value(),
        )
        chosen = self.target.date()
        target = date(chosen.year(), chosen.month(), chosen.day()) if self.has_target.isChecked() else None
        return preferences, target

    def chosen_sharing(self) -> SharingChoice:
        """What the learner shares with a cohort's mentor, as they left it."""
        return self.sharing.choice()

    def chosen_theme(self) -> str:
        """ "system", "light" or "dark": the window's theme, as the learner left it."""
        return str(self.theme.currentData())

    def chosen_language(self) -> str:
        """ "system", "en" or "es": the window's language from its next start."""
        return str(self.language.currentData())


def edit_preferences(
    runner: OperationRunner,
    settings: QSettings,
    window: QMainWindow,
    use_theme: Callable[[str], None],
    free_offline: Callable[[], object] | None = None,
) -> None:
    """Edit → Preferences: the learner's preferences saved in one unit of work; the theme applied
    at once (`use_theme`); the language kept in `settings` for the next start, as the status bar says."""
    reads = runner.reads
    if reads is None:
        return
    theme, language = saved_theme(settings), saved_language(settings)
    dialog = PreferencesDialog(
        reads.settings.preferences(),
        reads.plan.target_date(),
        reads.clock.now().date(),
        window,
        theme,
        language,
        reads.settings.sharing(),
        reads.offline.used_bytes,
        free_offline,
    )
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.chosen_theme() != theme:
        use_theme(dialog.chosen_theme())
    if dialog.chosen_language() != language:
        settings.setValue(LANGUAGE_KEY, dialog.chosen_language())
        window.statusBar().showMessage(
            Options.tr("The language changes when StudyTracker starts again"), 10000
        )
    preferences, target = dialog.chosen()
    sharing = dialog.chosen_sharing()
    runner.run(
        Options.tr("Preferences not saved"),
        lambda tracker: tracker.settings.save_preferences(preferences, target_date=target, sharing=sharing),
    )

"""The first start's welcome: the learner's name (for the report), a daily goal and an optional
target date, and the offer to import another roadmap. Shown once, on a new data folder."""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from studytracker.formatting import a_year_after
from studytracker.i18n import Context
from studytracker.store.policy import WELCOMED_KEY
from studytracker.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from studytracker.store.reads import Reads
    from studytracker.store.records import Preferences
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.controllers.roadmap_flows import RoadmapFlows


Welcome = Context("Welcome")


def is_new_data_folder(reads: Reads) -> bool:
    """Nothing done yet and no welcome shown: a learner's first start."""
    with reads.snapshot() as snapshot:
        if snapshot.settings.value(WELCOMED_KEY) == "1":
            return False
        preferences = snapshot.settings.preferences()
        status = snapshot.progress.status()
        return not preferences.learner_name and not status.minutes_total and not status.overall.done


class WelcomeDialog(QDialog):
    """What the learner chose is read back with `chosen`; `wants_import` says whether they asked
    to import another roadmap."""

    def __init__(
        self, roadmap_title: str, preferences: Preferences, today: date, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setWindowTitle(Welcome.tr("Welcome to StudyTracker"))
        self.preferences = preferences
        self.wants_import = False
        self.intro = intro = QLabel(
            Welcome.tr(
                "You are set up to follow the {roadmap}. Tick topics as you learn them, time your "
                "study with the timer, and keep notes beside each topic. Everything stays on this computer."
            ).format(roadmap=roadmap_title),
            self,
        )
        intro.setWordWrap(True)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(Welcome.tr("shown on your progress report"))
        self.goal = QSpinBox(self)
        self.goal.setRange(1, 24 * 60)
        self.goal.setValue(preferences.daily_goal_minutes)
        self.goal.setSuffix(Welcome.tr(" min a day"))
        self.has_target = QCheckBox(Welcome.tr("Finish by"), self)
        later = a_year_after(today)
        self.target = DateField(QDate(later.year, later.month, later.day), self)
        self.target.setCalendarPopup(True)
        self.target.setMinimumDate(QDate(today.year, today.month, today.day).addDays(1))
        self.target.setEnabled(False)
        self.has_target.toggled.connect(self.target.setEnabled)
        form = QFormLayout()
        form.addRow(Welcome.tr("Your &name"), self.name)
        form.addRow(Welcome.tr("Daily &goal"), self.goal)
        form.addRow(self.has_target, self.target)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton(Welcome.tr("&Start learning"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button = QPushButton(Welcome.tr("&Import another roadmap…"), self)
        # (connected before the button box's own accept, which closes the dialog)
        self.import_button.clicked.connect(self._import_chosen)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(Welcome.tr("Skip"), QDialogButtonBox.ButtonRole.RejectRole)
        start.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(Welcome.tr("All of this can be changed later in Edit → Preferences."), self)
        hint.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def _import_chosen(self) -> None:
        self.wants_import = True

    def chosen(self) -> tuple[Preferences, date | None]:
        picked = self.target.date()
        target = date(picked.year(), picked.month(), picked.day()) if self.has_target.isChecked() else None
        preferences = dataclasses.replace(
            self.preferences, learner_name=self.name.text().strip(), daily_goal_minutes=self.goal.value()
        )
        return preferences, target


def offer_welcome(
    runner: OperationRunner, roadmap_flows: RoadmapFlows, parent: QWidget
) -> WelcomeDialog | None:
    """On a new data folder, the welcome, over the window (it waits for an answer without
    blocking the event loop); what the learner chooses, and that it was shown, are saved in one
    unit of work. None when this is not a first start."""
    reads = runner.reads
    if runner.tracker is None or reads is None or not is_new_data_folder(reads):
        return None
    dialog = WelcomeDialog(
        reads.progress.status().roadmap.title, reads.settings.preferences(), reads.clock.now().date(), parent
    )

    def finished(result: int) -> None:
        accepted = result == QDialog.DialogCode.Accepted
        preferences, target = dialog.chosen() if accepted else (None, None)
        runner.run(
            Welcome.tr("Preferences not saved"),
            lambda tracker: tracker.settings.finish_welcome(preferences, target),
        )
        if accepted and dialog.wants_import:
            roadmap_flows.import_file()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog

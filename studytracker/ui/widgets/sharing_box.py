"""What a learner shares with a cohort's mentor on the hub: three boxes, the same in Preferences
and in File → Sync… (and as the sync indicator's menu items, `controllers.sync`)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from studytracker.i18n import Context
from studytracker.store.records import SharingChoice

Sharing = Context("Sharing")


class SharingBox(QWidget):
    """Progress, study time and this roadmap's notes, each shared or not.

    Signals:
        changed: the learner ticked or cleared a box (not when `show_choice` sets them).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = QCheckBox(
            Sharing.tr("Share my &progress (topics done, in progress, reviews due)"), self
        )
        self.time = QCheckBox(Sharing.tr("Share my study &time (minutes a day, streak)"), self)
        self.notes = QCheckBox(Sharing.tr("Share my &notes on this roadmap"), self)
        explanation = QLabel(
            Sharing.tr(
                "Only a cohort's mentor sees what you share, and only when you sync through its hub. "
                "Session notes are never shared; what you stop sharing leaves the hub at the next sync."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (self.progress, self.time, self.notes):
            layout.addWidget(box)
            box.toggled.connect(self._toggled)
        layout.addWidget(explanation)
        self._showing = False

    def show_choice(self, choice: SharingChoice) -> None:
        self._showing = True
        try:
            self.progress.setChecked(choice.progress)
            self.time.setChecked(choice.time)
            self.notes.setChecked(choice.notes)
        finally:
            self._showing = False

    def choice(self) -> SharingChoice:
        return SharingChoice(self.progress.isChecked(), self.time.isChecked(), self.notes.isChecked())

    def _toggled(self, _checked: bool) -> None:
        if not self._showing:
            self.changed.emit()

"""The bar above a note edited on two devices (neither over the other): the note shows the newer
text; the learner compares, keeps it, or uses the other device's. Both stay in the history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from studytracker.i18n import Context
from studytracker.ui.widgets.choice_bar import ChoiceBar

Notes = Context("Notes")


class SyncConflictBar(ChoiceBar):
    """Shown while the note has another device's text (`other`).

    Signals:
        compare_requested, keep_requested, use_other_requested: the learner's choice.
    """

    compare_requested = Signal()
    keep_requested = Signal()
    use_other_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            "syncConflict",
            Notes.tr("Edited on two devices: this is the newer text; the other is kept too."),
            [
                (Notes.tr("Compare…"), "", "compare_requested"),
                (Notes.tr("Keep this text"), "keepThisText", "keep_requested"),
                (Notes.tr("Use the other"), "useOtherText", "use_other_requested"),
            ],
            parent,
        )
        self.other = ""

    def show_other(self, other: str | None) -> None:
        """Another device's text of the note shown (None: there is none)."""
        self.other = other or ""
        self.setVisible(other is not None)

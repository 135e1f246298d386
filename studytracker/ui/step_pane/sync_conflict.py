"""The bar above a note edited on two devices (neither over the other): the note shows the newer
text; the learner compares, keeps it, or uses the other device's. Both stay in the history."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from studytracker.i18n import Context

Notes = Context("Notes")


class SyncConflictBar(QFrame):
    """Shown while the note has another device's text (`other`).

    Signals:
        compare_requested, keep_requested, use_other_requested: the learner's choice.
    """

    compare_requested = Signal()
    keep_requested = Signal()
    use_other_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflict")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.other = ""
        label = QLabel(
            Notes.tr("Edited on two devices: this is the newer text; the other is kept too."), self
        )
        label.setWordWrap(True)
        compare = QPushButton(Notes.tr("Compare…"), self)
        compare.clicked.connect(self.compare_requested)
        keep = QPushButton(Notes.tr("Keep this text"), self)
        keep.setObjectName("keepThisText")
        keep.clicked.connect(self.keep_requested)
        use_other = QPushButton(Notes.tr("Use the other"), self)
        use_other.setObjectName("useOtherText")
        use_other.clicked.connect(self.use_other_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(label, 1)
        for button in (compare, keep, use_other):
            layout.addWidget(button)
        self.hide()

    def show_other(self, other: str | None) -> None:
        """Another device's text of the note shown (None: there is none)."""
        self.other = other or ""
        self.setVisible(other is not None)

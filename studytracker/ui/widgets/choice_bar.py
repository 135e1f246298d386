"""A bar above a note's editor that asks the learner to choose between two texts of the note:
a line saying why, Compare…, and the two choices (`step_pane.notes.NoteConflictBar` for another
program's text, `step_pane.sync_conflict.SyncConflictBar` for another device's)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class ChoiceBar(QFrame):
    """Built hidden; each button emits the subclass's signal named with it."""

    def __init__(
        self,
        name: str,
        text: str,
        buttons: list[tuple[str, str, str]],  # (text, object name or "", signal's name)
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(label, 1)
        for button_text, button_name, signal in buttons:
            button = QPushButton(button_text, self)
            if button_name:
                button.setObjectName(button_name)
            button.clicked.connect(getattr(self, signal))
            layout.addWidget(button)
        self.hide()

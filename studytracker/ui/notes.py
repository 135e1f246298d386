"""Markdown note editors with a live preview, saved a moment after typing stops and on close."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from studytracker.i18n import Context
from studytracker.store.errors import StoreError
from studytracker.ui.error_text import error_text
from studytracker.ui.markdown_html import escape, markdown_to_html
from studytracker.ui.text_browser import TextBrowser

Notes = Context("Notes")

AUTOSAVE_DELAY_MS = 800

#: Saves (target kind, target id, body, editing burst); raises StoreError on failure.
SaveNote = Callable[[str, str, str, str], None]


def _new_burst() -> str:
    import uuid

    return uuid.uuid4().hex


class NoteEditor(QWidget):
    """One note's editor and preview. Typing is saved a moment after it stops; one stretch of
    typing (its "burst": until the note is switched, the window closes, or ten minutes pass
    without typing) makes one revision of the note.

    Signals:
        history_requested: (target kind, target id) of the note whose history the learner asked for.
    """

    history_requested = Signal(str, str)

    def __init__(self, heading: str, save: SaveNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self._target: tuple[str, str] | None = None
        self._dirty = False
        self._burst = _new_burst()
        self.heading = QLabel(heading, self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)  # a long step title wraps rather than widen the tab
        self.history_button = QPushButton(Notes.tr("History…"), self)
        self.history_button.setObjectName("noteHistory")
        self.history_button.setToolTip(Notes.tr("Earlier versions of this note: compare and restore"))
        self.history_button.clicked.connect(self._ask_history)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(Notes.tr("Write in markdown: # headings, **bold**, - lists, `code`…"))
        self.editor.setAccessibleName(heading)
        self.editor.setTabChangesFocus(True)  # Tab moves on, as everywhere else; notes indent with spaces
        self.preview = TextBrowser(self)  # shows attached images, loads nothing else
        self.preview.setAccessibleName(Notes.tr("{heading} preview").format(heading=heading))
        self.state = QLabel(self)
        self.state.setObjectName("noteState")
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.editor)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        header.addWidget(self.history_button)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.state)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self.editor.textChanged.connect(self._edited)
        self.set_target(None, "", "")

    @property
    def target(self) -> tuple[str, str] | None:
        return self._target

    def set_target(self, target: tuple[str, str] | None, heading: str, body: str) -> None:
        """Edit another note; whatever was typed into the previous one is saved first."""
        self.flush()
        self.end_burst()
        self._target = target
        self.heading.setText(heading)
        self.history_button.setEnabled(target is not None)
        self.editor.blockSignals(True)
        self.editor.setPlainText(body)
        self.editor.blockSignals(False)
        self.editor.setEnabled(target is not None)
        self._show_preview(body)
        self._dirty = False
        self.state.clear()

    def _show_preview(self, body: str) -> None:
        """The note rendered; an empty one's preview says what to do rather than stay blank."""
        if body.strip():
            self.preview.setHtml(markdown_to_html(body))
            return
        hint = (
            Notes.tr(
                "Nothing written yet. Type on the left: # headings, **bold**, - lists, `code`, tables."
                " Notes save as you type, and History… keeps every version."
            )
            if self._target is not None
            else Notes.tr("Choose a topic in the checklist to keep notes on it.")
        )
        self.preview.setHtml(f'<p style="color: gray">{escape(hint)}</p>')

    def end_burst(self) -> None:
        """The next typing makes a new revision (the note was switched, or the window closes)."""
        self._burst = _new_burst()

    def _ask_history(self) -> None:
        if self._target is not None:
            self.flush()
            self.history_requested.emit(*self._target)

    def _edited(self) -> None:
        self._dirty = True
        self._show_preview(self.editor.toPlainText())
        self.state.setText(Notes.tr("Editing…"))
        self._timer.start()

    def flush(self) -> bool:
        """Save now if there are unsaved changes; False when saving failed (the text stays)."""
        self._timer.stop()
        if not self._dirty or self._target is None:
            return True
        kind, target_id = self._target
        try:
            self._save(kind, target_id, self.editor.toPlainText(), self._burst)
        except StoreError as error:  # the text stays in the editor and is tried again
            self.state.setText(Notes.tr("Not saved: {reason}").format(reason=error_text(error)))
            return False
        self._dirty = False
        self.state.setText(Notes.tr("Saved"))
        return True


class NotesPanel(QWidget):
    """The step's note above the selected topic's note."""

    def __init__(self, save: SaveNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_note = NoteEditor(Notes.tr("Step notes"), save, self)
        self.step_note.setObjectName("stepNote")
        self.topic_note = NoteEditor(Notes.tr("Topic notes"), save, self)
        self.topic_note.setObjectName("topicNote")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.step_note)
        splitter.addWidget(self.topic_note)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def flush(self) -> bool:
        return self.step_note.flush() & self.topic_note.flush()

    def set_attachments_folder(self, folder: Path | None) -> None:
        """Where the previews may load images from (a note may show an attached picture)."""
        self.step_note.preview.set_attachments_folder(folder)
        self.topic_note.preview.set_attachments_folder(folder)

    def end_bursts(self) -> None:
        """Saved and closed: the next typing in either note makes a new revision."""
        self.step_note.end_burst()
        self.topic_note.end_burst()

"""The Notes tab's work: which notes its two editors show (the step's, the current topic's),
saving what is typed through the runner, and a note's history."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from studytracker.i18n import Context

if TYPE_CHECKING:
    from studytracker.store.records import TopicView
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.step_pane.note_history import NoteHistoryDialog
    from studytracker.ui.step_pane.notes import NoteEditor, NoteSave, NotesPanel
    from studytracker.ui.step_pane.viewer import ResourceViewer

Checklist = Context("Checklist")


def owner_ids(kind: str, target_id: str) -> tuple[str | None, str | None]:
    """(step id, topic id) of a note's owner ("step" or "topic", its id), as the store takes them."""
    return (target_id, None) if kind == "step" else (None, target_id)


class NotesTab(QObject):
    """Fills the notes panel and saves from it; the editors keep what the learner is typing.
    (The panel is made the first time it is needed: `ResourceViewer.notes`.)"""

    def __init__(self, runner: OperationRunner, viewer: ResourceViewer) -> None:
        super().__init__(viewer)
        self.runner = runner
        self.viewer = viewer
        viewer.notes_made.connect(self._wire)
        if viewer.has_notes:
            self._wire(viewer.notes)

    @property
    def panel(self) -> NotesPanel:
        return self.viewer.notes

    def _wire(self, panel: NotesPanel) -> None:
        for editor in (panel.step_note, panel.topic_note):
            editor.history_requested.connect(self.show_history)
            editor.notice.connect(lambda text: self.runner.message.emit(text, 10000))
            bar = editor.sync_bar
            bar.keep_requested.connect(partial(self._settle, editor, None))
            bar.use_other_requested.connect(partial(self._settle, editor, True))
            bar.compare_requested.connect(partial(self._compare, editor))

    def save(self, save: NoteSave) -> None:
        """The editors' save (a moment after typing stops): the store's error reaches the
        editor, which keeps it under the text, rather than in a dialog."""
        step_id, topic_id = owner_ids(save.kind, save.target_id)
        self.runner.attempt(
            lambda tracker: tracker.notes.save(
                save.body, step_id=step_id, topic_id=topic_id, burst=save.burst, expected=save.expected
            )
        )

    def show(self, step_id: str, step_title: str, topic: TopicView | None) -> None:
        """The step's note and the topic's, as stored (an editor showing the same note keeps
        what is being typed: `NoteEditor.set_target`)."""
        reads = self.runner.reads
        assert reads is not None
        note = reads.notes.get(step_id=step_id)
        self.panel.step_note.set_target(
            ("step", step_id),
            Checklist.tr("Notes on {title}").format(title=step_title),
            note.body if note else "",
        )
        self._show_other_device(self.panel.step_note)
        self.show_topic(topic)

    def show_topic(self, topic: TopicView | None) -> None:
        editor = self.panel.topic_note
        if topic is None:
            editor.set_target(None, Checklist.tr("Topic notes (choose a topic)"), "")
            return
        reads = self.runner.reads
        assert reads is not None
        note = reads.notes.get(topic_id=topic.id)
        editor.set_target(
            ("topic", topic.id),
            Checklist.tr("Notes on {title}").format(title=topic.title),
            note.body if note else "",
        )
        self._show_other_device(editor)

    # --- a note edited on two devices -------------------------------------------------------

    def _show_other_device(self, editor: NoteEditor) -> None:
        """The bar over a note edited on two devices, with the other device's text."""
        reads, target = self.runner.reads, editor.target
        others = reads.notes.other_texts(*owner_ids(*target)) if reads is not None and target else []
        editor.sync_bar.show_other(others[0] if others else None)

    def _settle(self, editor: NoteEditor, use_other: bool | None) -> None:
        """Keep the text shown (with what was typed), or use the other device's: a revision
        written over both, so every device sees the note settled."""
        target = editor.target
        if target is None or not editor.flush():
            return
        body = editor.sync_bar.other if use_other else editor.editor.toPlainText()
        step_id, topic_id = owner_ids(*target)
        self.runner.run(
            Checklist.tr("Note not saved"),
            lambda tracker: tracker.notes.settle(body, step_id=step_id, topic_id=topic_id),
        )

    def _compare(self, editor: NoteEditor) -> None:
        from studytracker.ui.step_pane.note_history import NoteCompareDialog

        dialog = NoteCompareDialog(
            editor.sync_bar.other, editor.editor.toPlainText(), self.panel, other_device=True
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.keep_mine_chosen.connect(partial(self._settle, editor, None))
        dialog.take_theirs_chosen.connect(partial(self._settle, editor, True))
        dialog.open()

    def owners(self) -> set[tuple[str, str]]:
        """The notes shown, by owner (what `Changes.notes` names)."""
        return {target for target in (self.panel.step_note.target, self.panel.topic_note.target) if target}

    def show_history(self, kind: str, target_id: str) -> NoteHistoryDialog:
        """The history of a note: its revisions, the difference to now, and restoring one."""
        from studytracker.ui.step_pane.note_history import NoteHistoryDialog

        step_id, topic_id = owner_ids(kind, target_id)
        dialog = NoteHistoryDialog(self.runner, step_id, topic_id, self.panel)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored_version.connect(lambda: self._restored(kind, target_id))
        dialog.open()
        return dialog

    def _editor_of(self, kind: str) -> NoteEditor:
        return self.panel.step_note if kind == "step" else self.panel.topic_note

    def _restored(self, kind: str, target_id: str) -> None:
        """The editor shows the restored text, as one undoable edit (what it held was saved
        before the history opened, and stays in the history)."""
        editor = self._editor_of(kind)
        if editor.target != (kind, target_id):
            return
        reads = self.runner.reads
        assert reads is not None
        step_id, topic_id = owner_ids(kind, target_id)
        note = reads.notes.get(step_id=step_id, topic_id=topic_id)
        editor.show_restored(note.body if note else "")

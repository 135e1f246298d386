"""The step pane: the shown step's topic checklist and its viewer tabs (overview, resources,
notes, statistics), filled lazily: only the tab on show is read, the others when shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import QActionGroup, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QSplitter, QTreeView, QWidget

from studytracker.i18n import Context
from studytracker.ui.icons import icon
from studytracker.ui.models.topic_tree import (
    StatusRole,
    TopicIdRole,
    TopicTreeModel,
    status_label,
    status_word,
)
from studytracker.ui.viewer import VIEWS, ResourceViewer

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QResizeEvent

    from studytracker.store.reads import Reads
    from studytracker.store.records import Changes, SearchHit, TopicView
    from studytracker.ui.note_history import NoteHistoryDialog
    from studytracker.ui.notes import NoteSave
    from studytracker.ui.operations import OperationRunner
    from studytracker.ui.questions import Questions
    from studytracker.ui.review_panel import ReviewPanel

Checklist = Context("Checklist")

#: Keys on the checklist: Space ticks or unticks; these set a status directly.
STATUS_KEYS = {
    Qt.Key.Key_I: "in-progress",
    Qt.Key.Key_S: "skipped",
    Qt.Key.Key_D: "done",
    Qt.Key.Key_T: "todo",
    Qt.Key.Key_Backspace: "todo",
}
#: The checklist menu's statuses: (status, key).
STATUS_MENU = (("done", "D"), ("in-progress", "I"), ("skipped", "S"), ("todo", "T"))


def checklist_keys() -> tuple[tuple[str, str], ...]:
    """The checklist's keys, for the shortcuts help."""
    return (
        (Checklist.tr("Space"), Checklist.tr("tick or untick the topic")),
        ("D / I / S", Checklist.tr("done / in progress / skipped")),
        (Checklist.tr("T or Backspace"), Checklist.tr("back to do")),
    )


#: The narrowest the checklist goes, and the width below which its Time column gives way to the
#: titles (the time per topic is in the step's overview and statistics too).
MIN_CHECKLIST_WIDTH = 240
TIME_COLUMN_FROM_WIDTH = 420
TIME_COLUMN = 2


class TopicTreeView(QTreeView):
    """The checklist: keys ask for a status on the current topic.

    Signals:
        status_requested: (topic id, status) for the current topic.
    """

    status_requested = Signal(str, str)

    def resizeEvent(self, event: QResizeEvent) -> None:
        narrow = self.width() < TIME_COLUMN_FROM_WIDTH
        if self.isColumnHidden(TIME_COLUMN) != narrow:
            self.setColumnHidden(TIME_COLUMN, narrow)
        super().resizeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if index.isValid() and modifiers == Qt.KeyboardModifier.NoModifier:
            topic_id = index.siblingAtColumn(0).data(TopicIdRole)
            if event.key() == Qt.Key.Key_Space:
                status = index.siblingAtColumn(0).data(StatusRole)
                self.status_requested.emit(topic_id, "todo" if status == "done" else "done")
                return
            if event.key() in STATUS_KEYS:
                self.status_requested.emit(topic_id, STATUS_KEYS[Qt.Key(event.key())])
                return
        super().keyPressEvent(event)


def _find(topics: list[TopicView] | tuple[TopicView, ...], topic_id: str) -> TopicView | None:
    for topic in topics:
        if topic.id == topic_id:
            return topic
        found = _find(topic.children, topic_id)
        if found is not None:
            return found
    return None


def _leaf_statuses(topic: TopicView) -> dict[str, str]:
    """The statuses of a topic's leaves (itself, when it has no sub-topics): parents derive theirs."""
    if not topic.children:
        return {topic.id: topic.status}
    leaves: dict[str, str] = {}
    for child in topic.children:
        leaves.update(_leaf_statuses(child))
    return leaves


class _StatusCommand(QUndoCommand):
    """A status change of the checklist: its topics' statuses before and after. Applied once
    outside the undo stack, so a refusal reaches the learner and lands nothing on the stack."""

    def __init__(self, pane: StepPane, text: str, before: dict[str, str], after: dict[str, str]) -> None:
        super().__init__(text)
        self.pane, self.before, self.after = pane, before, after
        self._applied = False

    def apply(self) -> bool:
        self._applied = self.pane.write_statuses(self.after)
        return self._applied

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo(); the change is made already
            self._applied = False
        else:
            self.pane.write_statuses(self.after)

    def undo(self) -> None:
        self.pane.write_statuses(self.before)


class StepPane(QSplitter):
    """The checklist and the viewer of one step; it reads through the runner's read API and
    writes through the runner, never through the window.

    Signals:
        timer_requested: (topic id) the learner asked to time study of this topic.
    """

    timer_requested = Signal(str)

    def __init__(
        self,
        runner: OperationRunner,
        questions: Questions,
        open_url: Callable[[QUrl], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("innerSplitter")
        self.runner = runner
        self.questions = questions
        self.open_url = open_url
        self.step_id = ""
        self.tree: list[TopicView] = []  # the shown step's topics, as last read
        self.stale_tabs: set[str] = set()
        self._review_panel: ReviewPanel | None = None
        #: Status changes of the checklist, undoable (Edit → Undo, Ctrl+Z).
        self.undo_stack = QUndoStack(self)
        #: A parent's sub-topics as they were before it was ticked done here, to give back on untick.
        self._before_tick: dict[str, dict[str, str]] = {}

        self.topic_model = TopicTreeModel(self)
        self.topic_model.status_requested.connect(self.set_topic_status)
        self.checklist = TopicTreeView(self)
        self.checklist.setObjectName("topicChecklist")
        self.checklist.setAccessibleName(Checklist.tr("Topics"))
        self.checklist.setModel(self.topic_model)
        self.checklist.setUniformRowHeights(True)
        # Room for titles beside the status (and the time, where there is room for it): a wide tab
        # never squeezes the checklist to nothing.
        self.checklist.setMinimumWidth(MIN_CHECKLIST_WIDTH)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.checklist.customContextMenuRequested.connect(self._checklist_menu)
        self.checklist.status_requested.connect(self.set_topic_status)
        header = self.checklist.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths for status and time: sizing them to their contents would read every row's
        # text on each step switch.
        metrics = self.checklist.fontMetrics()
        widest_status = max(self.topic_model.status_words(), key=metrics.horizontalAdvance)
        for column, widest in ((1, widest_status), (2, "100 h 00 min")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 16)
        self.checklist.selectionModel().currentChanged.connect(self._topic_changed)

        self.viewer = ResourceViewer(self._save_note, self)
        self.viewer.open_link_requested.connect(self.open_link)
        self.viewer.currentChanged.connect(lambda _index: self.refresh_current_tab())
        self.viewer.statistics_scope_changed.connect(self._statistics_scope_changed)
        self.viewer.resources.attach_requested.connect(self.attach_file)
        self.viewer.resources.remove_button.clicked.connect(self.remove_attachment)
        self.viewer.resources.page_changed.connect(self._pdf_page_changed)
        self.viewer.resources.system_viewer_requested.connect(
            lambda path: self.open_url(QUrl.fromLocalFile(path))
        )
        for editor in (self.viewer.notes.step_note, self.viewer.notes.topic_note):
            editor.history_requested.connect(self.show_note_history)
            editor.notice.connect(lambda text: self.runner.message.emit(text, 10000))

        self.addWidget(self.checklist)
        self.addWidget(self.viewer)
        # Even shares: on a small screen the checklist keeps room for its titles.
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([470, 530])

    @property
    def review_panel(self) -> ReviewPanel:
        """The Review tab's panel, made the first time it is needed."""
        if self._review_panel is None:
            from studytracker.ui.review_panel import ReviewPanel

            self._review_panel = ReviewPanel(self.runner, self.viewer.review_page)
            self._review_panel.open_link_requested.connect(self.open_link)
            layout = self.viewer.review_page.layout()
            assert layout is not None
            layout.addWidget(self._review_panel)
            self._review_panel.show()
        return self._review_panel

    @property
    def reads(self) -> Reads:
        reads = self.runner.reads
        if reads is None:
            raise RuntimeError("the window has no data yet")
        return reads

    # --- showing ---------------------------------------------------------------------------

    def show_step(self, step_id: str) -> None:
        """Show another step: its checklist now, its tabs when shown."""
        self.viewer.notes.flush()
        self.viewer.set_attachments_folder(self.reads.attachments.folder)
        self.step_id = step_id
        self.tree = self.reads.progress.topic_tree(step_id)
        self.checklist.setUpdatesEnabled(False)  # one layout for the new tree, not one per row
        self.topic_model.set_topics(step_id, self.tree)
        self.checklist.expandAll()
        self.checklist.setUpdatesEnabled(True)
        self.stale_tabs = set(VIEWS)
        self.refresh_current_tab()

    def apply(self, changes: Changes, everything: bool = False) -> None:
        """Take what changed: the statuses and times of the shown step, and the tabs that show
        what changed (marked stale, and the one on show read again)."""
        if not self.step_id:
            return
        if everything or self.step_id in changes.steps or changes.sessions:
            self.tree = self.reads.progress.topic_tree(self.step_id)
            self.topic_model.update_statuses(self.tree)
        stale = (
            {"overview", "statistics"} if (changes.steps or changes.sessions or changes.settings) else set()
        )
        if changes.attachments or everything:
            stale.add("resources")
        if changes.reviews or changes.topics or changes.settings:
            stale |= {"review", "statistics"}  # a review done, a topic ticked, another daily limit
        if everything:
            stale |= {"notes", "review"}
        self.stale_tabs |= stale
        self.refresh_current_tab()

    def _statistics_scope_changed(self) -> None:
        self.stale_tabs.add("statistics")
        self.refresh_current_tab()

    def refresh_current_tab(self) -> None:
        """Fill only the tab on show; the others wait until they are shown (fast step switching)."""
        view = self.viewer.current_view()
        if view not in self.stale_tabs or not self.step_id or self.runner.reads is None:
            return
        if view == "overview":
            self.stale_tabs.discard(view)
            self.viewer.show_overview(self.reads.roadmaps.step_detail(self.step_id), self.tree)
        elif view == "statistics":
            from studytracker.report.stats import compute_statistics

            self.stale_tabs.discard(view)
            statistics = self.viewer.statistics
            statistics.set_statistics(compute_statistics(self.reads, statistics.all_roadmaps()))
        elif view == "review":
            self.stale_tabs.discard(view)
            self.review_panel.reload()
        elif self.runner.tracker is not None:  # notes and files wait for the Tracker (stale until then)
            self.stale_tabs.discard(view)
            if view == "resources":
                self._fill_resources()
            else:
                self._fill_notes()

    def _fill_resources(self) -> None:
        titles: dict[str, str] = {}

        def collect(topics: list[TopicView] | tuple[TopicView, ...]) -> None:
            for topic in topics:
                titles[topic.id] = topic.title
                collect(topic.children)

        collect(self.tree)
        with self.reads.snapshot() as reads:
            detail = reads.roadmaps.step_detail(self.step_id)
            attachments = reads.attachments.of_step(self.step_id)
        self.viewer.resources.show_step(detail, attachments, titles)

    def _fill_notes(self) -> None:
        with self.reads.snapshot() as reads:
            detail = reads.roadmaps.step_detail(self.step_id)
            note = reads.notes.get(step_id=self.step_id)
        self.viewer.notes.step_note.set_target(
            ("step", self.step_id),
            Checklist.tr("Notes on {title}").format(title=detail.title),
            note.body if note else "",
        )
        self._show_topic_note()

    def _show_topic_note(self) -> None:
        topic = self.current_topic()
        editor = self.viewer.notes.topic_note
        if topic is None:
            editor.set_target(None, Checklist.tr("Topic notes (choose a topic)"), "")
            return
        note = self.reads.notes.get(topic_id=topic.id)
        editor.set_target(
            ("topic", topic.id),
            Checklist.tr("Notes on {title}").format(title=topic.title),
            note.body if note else "",
        )

    def current_topic(self) -> TopicView | None:
        return self.topic_model.topic_at(self.checklist.currentIndex().siblingAtColumn(0))

    def selected_topic(self) -> TopicView | None:
        selected = self.checklist.selectionModel().selectedRows()
        return self.topic_model.topic_at(selected[0]) if selected else None

    def _topic_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if "notes" not in self.stale_tabs and self.runner.tracker is not None and self.step_id:
            self._show_topic_note()

    def select_topic(self, topic_id: str) -> bool:
        """Make a topic of the shown step the current and selected one, scrolled into view."""
        from PySide6.QtCore import QItemSelectionModel

        index = self.topic_model.index_of(topic_id)
        if not index.isValid():
            return False
        self.checklist.setCurrentIndex(index)
        self.checklist.selectionModel().select(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.checklist.scrollTo(index)
        return True

    def show_hit(self, hit: SearchHit) -> None:
        """After the sidebar moved to the hit's step: select its topic, resource or note."""
        if hit.topic_id:
            self.select_topic(hit.topic_id)
        if hit.kind == "resource" and hit.resource_id:
            self.viewer.show_view("resources")
            self.viewer.resources.select_resource(hit.resource_id)
        elif hit.kind == "attachment" and hit.attachment_id is not None:
            self.viewer.show_view("resources")
            self.viewer.resources.select_attachment(hit.attachment_id)
        elif hit.kind == "note":
            self.viewer.show_view("notes")
        else:
            self.checklist.setFocus()

    # --- changing --------------------------------------------------------------------------

    def set_topic_status(self, topic_id: str, status: str) -> None:
        """Set a topic's status (and its sub-topics'), undoably. Unticking a parent ticked here
        gives its sub-topics back the statuses they had before the tick."""
        topic = _find(self.tree, topic_id)
        if topic is None or self.runner.tracker is None:
            self.runner.run(
                Checklist.tr("Not saved"), lambda tracker: tracker.progress.set_status(topic_id, status)
            )
            return
        before = _leaf_statuses(topic)
        remembered = self._before_tick.pop(topic_id, None)
        if status == "todo" and topic.children and remembered and set(before.values()) == {"done"}:
            after = remembered  # back to how the sub-topics were
        else:
            after = dict.fromkeys(before, status)
            if status == "done" and topic.children and set(before.values()) != {"done"}:
                self._before_tick[topic_id] = before
        if after == before:
            return
        text = Checklist.tr("{status}: {topic}").format(status=status_word(status), topic=topic.title)
        command = _StatusCommand(self, text, before, after)
        if command.apply():
            self.undo_stack.push(command)

    def write_statuses(self, statuses: dict[str, str]) -> bool:
        """Write these leaf topics' statuses (for a status change, its undo and its redo)."""
        return (
            self.runner.run(
                Checklist.tr("Not saved"), lambda tracker: tracker.progress.set_statuses(statuses)
            )
            is not None
        )

    def _save_note(self, save: NoteSave) -> None:
        """The note editors' save (a moment after typing stops): the store's error stays under
        the editor, with the text kept, rather than in a dialog."""
        step_id, topic_id = (save.target_id, None) if save.kind == "step" else (None, save.target_id)
        self.runner.attempt(
            lambda tracker: tracker.notes.save(
                save.body, step_id=step_id, topic_id=topic_id, burst=save.burst, expected=save.expected
            )
        )

    def show_note_history(self, kind: str, target_id: str) -> NoteHistoryDialog:
        """The history of a note: its revisions, the difference to now, and restoring one."""
        from studytracker.ui.note_history import NoteHistoryDialog

        step_id, topic_id = (target_id, None) if kind == "step" else (None, target_id)
        dialog = NoteHistoryDialog(self.runner, step_id, topic_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored_version.connect(lambda: self._note_restored(kind, target_id))
        dialog.open()
        return dialog

    def _note_restored(self, kind: str, target_id: str) -> None:
        """The editor shows the restored text, as one undoable edit (what it held was saved
        before the history opened, and stays in the history)."""
        notes = self.viewer.notes
        editor = notes.step_note if kind == "step" else notes.topic_note
        if editor.target != (kind, target_id):
            return
        step_id, topic_id = (target_id, None) if kind == "step" else (None, target_id)
        note = self.reads.notes.get(step_id=step_id, topic_id=topic_id)
        editor.show_restored(note.body if note else "")

    def open_link(self, url: str) -> None:
        """Open a web link in the system browser: only on the learner's request, never inside the app."""

        qurl = QUrl(url)
        if qurl.scheme() not in ("http", "https"):
            self.questions.inform(
                Checklist.tr("Not a web link"),
                Checklist.tr("Only web links open in the browser:\n{url}").format(url=url),
            )
            return
        self.open_url(qurl)

    def attach_file(self, path: Path | None = None) -> None:
        if self.runner.tracker is None:
            self.runner.message.emit(Checklist.tr("Still opening your data; nothing was attached."), 4000)
            return
        resource_id = self.viewer.resources.current_resource_id()
        topic = None if resource_id else self.current_topic()
        if resource_id is None and topic is None:
            self.questions.warn(
                Checklist.tr("Attach a file"),
                Checklist.tr("Choose a resource (or a topic in the checklist) to attach a file to."),
            )
            return
        source = path or self.viewer.choose_file()
        if source is None:
            return
        step_id, topic_id = self.step_id, topic.id if topic else None
        attached = self.runner.run(
            Checklist.tr("Could not attach the file"),
            lambda tracker: tracker.attachments.attach(
                source, step_id, resource_id=resource_id, topic_id=topic_id
            ),
        )
        if attached is not None:
            self.viewer.show_view("resources")
            self.refresh_current_tab()
            self.viewer.resources.select_attachment(attached.attachment.id)

    def remove_attachment(self) -> None:
        attachment = self.viewer.resources.current_attachment()
        if attachment is None:
            return
        if self.questions.confirm(  # plain text: the name is shown as written
            Checklist.tr("Remove file"),
            Checklist.tr(
                "Remove {name} from StudyTracker?\nThe copy in the data folder is deleted; "
                "your original file is not touched."
            ).format(name=attachment.name),
        ):
            self.runner.run(
                Checklist.tr("Not removed"), lambda tracker: tracker.attachments.remove(attachment.id)
            )

    def _pdf_page_changed(self, attachment_id: int, page: int) -> None:
        # where a PDF was left: remembered quietly, no view changes
        self.runner.run_quietly(lambda tracker: tracker.attachments.set_page(attachment_id, page))

    def _checklist_menu(self, position: QPoint) -> None:
        index = self.checklist.indexAt(position)
        if not index.isValid():
            return
        self.checklist.setCurrentIndex(index)  # what the menu acts on is the topic it was opened on
        self.checklist_menu(index.siblingAtColumn(0).data(TopicIdRole)).exec(
            self.checklist.viewport().mapToGlobal(position)
        )

    def checklist_menu(self, topic_id: str) -> QMenu:
        """The topic's menu: its statuses (the current one ticked), the timer, notes, a file."""
        menu = QMenu(self)
        topic = _find(self.tree, topic_id)
        statuses = QActionGroup(menu)
        for status, key in STATUS_MENU:
            action = menu.addAction(f"{status_label(status)}\t{key}")
            action.setCheckable(True)
            action.setChecked(topic is not None and topic.status == status)
            statuses.addAction(action)
            action.triggered.connect(lambda _checked=False, s=status: self.set_topic_status(topic_id, s))
        menu.addSeparator()
        writable = self.runner.tracker is not None
        timer = menu.addAction(Checklist.tr("Start the timer on this topic"))
        timer.triggered.connect(lambda: self.timer_requested.emit(topic_id))
        timer.setEnabled(writable)
        notes = menu.addAction(icon("note"), Checklist.tr("Open its notes"))
        notes.triggered.connect(self._open_topic_notes)
        attach = menu.addAction(icon("attach"), Checklist.tr("Attach file to this topic…"))
        attach.triggered.connect(self._attach_to_topic_at_cursor)
        attach.setEnabled(writable)
        return menu

    def _open_topic_notes(self) -> None:
        self.viewer.show_view("notes")
        self.viewer.notes.topic_note.editor.setFocus()

    def _attach_to_topic_at_cursor(self) -> None:
        self.viewer.resources.tree.setCurrentItem(None)  # type: ignore[call-overload]  # None: no current item
        self.attach_file()

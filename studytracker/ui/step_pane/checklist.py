"""The checklist of a step's topics: the view with its keys, and changing statuses from it,
undoably (a parent ticked here gives its sub-topics back what they had when unticked)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QActionGroup, QPainter, QPalette, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from studytracker.i18n import Context
from studytracker.ui.models.topic_tree import (
    StatusRole,
    TopicIdRole,
    TopicTreeModel,
    status_label,
    status_word,
)
from studytracker.ui.widgets.icons import icon

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent, QPaintEvent, QResizeEvent

    from studytracker.store.records import TopicView
    from studytracker.ui.controllers.operations import OperationRunner

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
        (Checklist.tr("Space"), Checklist.tr("Tick or untick the topic")),
        ("D / I / S", Checklist.tr("Mark the topic done, in progress or skipped")),
        (Checklist.tr("T or Backspace"), Checklist.tr("Mark the topic to do again")),
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

    def __init__(self, model: TopicTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("topicChecklist")
        self.setAccessibleName(Checklist.tr("Topics"))
        self.setModel(model)
        self.setUniformRowHeights(True)
        # A title longer than its room keeps its start and its end ("Variables, data types, … and
        # OOPs"); its tooltip holds it whole. (Wrapping would cost every row its uniform height.)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        # Room for titles beside the status (and the time, where there is room for it): a wide tab
        # never squeezes the checklist to nothing.
        self.setMinimumWidth(MIN_CHECKLIST_WIDTH)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths for status and time: sizing them to their contents would read every row's
        # text on each step switch.
        metrics = self.fontMetrics()
        widest_status = max(model.status_words(), key=metrics.horizontalAdvance)
        for column, widest in ((1, widest_status), (2, "100 h 00 min")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 16)

    def show_topics(self, model: TopicTreeModel, step_id: str, topics: list[TopicView]) -> None:
        """Another step's topics, every one open (one layout for the new tree, not one per row)."""
        self.setUpdatesEnabled(False)
        model.set_topics(step_id, topics)
        for parent in model.parent_indexes():  # expandAll would ask the model about every row
            self.setExpanded(parent, True)
        self.setUpdatesEnabled(True)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model().rowCount():
            return
        # A step with nothing to tick says so, and what to do instead, where the topics would be.
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        area = self.viewport().rect().adjusted(12, 10, -12, -10)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_text())
        painter.end()

    def empty_text(self) -> str:
        return Checklist.tr(
            "This step has no topics to tick. Study from its overview and resources, time it with the "
            "timer, and keep notes on it in the Notes tab."
        )

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

    def __init__(
        self, editing: StatusEditing, text: str, before: dict[str, str], after: dict[str, str]
    ) -> None:
        super().__init__(text)
        self.editing, self.before, self.after = editing, before, after
        self._applied = False

    def apply(self) -> bool:
        self._applied = self.editing.write_statuses(self.after)
        return self._applied

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push calls redo(); the change is made already
            self._applied = False
        elif self.editing.write_statuses(self.after):
            self.editing.say(Checklist.tr("Redone: {change}").format(change=self.text()))

    def undo(self) -> None:
        # said in the status bar: the topic may be on a step not shown
        if self.editing.write_statuses(self.before):
            self.editing.say(Checklist.tr("Undone: {change}").format(change=self.text()))


class StatusEditing(QObject):
    """Statuses set from the checklist (keys, check boxes, its menu), each undoable, written
    through the runner.

    Signals:
        timer_requested: (topic id) the learner asked to time study of this topic.
        notes_requested: the learner asked for the current topic's notes.
        attach_requested: the learner asked to attach a file to the current topic.
    """

    timer_requested = Signal(str)
    notes_requested = Signal()
    attach_requested = Signal()

    def __init__(self, runner: OperationRunner, view: TopicTreeView, model: TopicTreeModel) -> None:
        super().__init__(view)
        self.runner = runner
        self.view = view
        self.model = model
        #: Status changes of the checklist, undoable (Edit → Undo, Ctrl+Z).
        self.undo_stack = QUndoStack(self)
        #: A parent's sub-topics as they were before it was ticked done here, to give back on untick.
        self._before_tick: dict[str, dict[str, str]] = {}
        model.status_requested.connect(self.set_topic_status)
        view.status_requested.connect(self.set_topic_status)
        view.customContextMenuRequested.connect(self._menu_at)

    def set_topic_status(self, topic_id: str, status: str) -> None:
        """Set a topic's status (and its sub-topics'), undoably. Unticking a parent ticked here
        gives its sub-topics back the statuses they had before the tick."""
        topic = self.model.topic_at(self.model.index_of(topic_id))
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
        # read as an action after "Undo: " and "Redo: " ("Undo: mark Libraries to do")
        text = Checklist.tr("mark {topic} {status}").format(status=status_word(status), topic=topic.title)
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

    def say(self, text: str) -> None:
        self.runner.message.emit(text, 6000)

    def forget(self) -> None:
        """Another roadmap is shown: its topics are not the ones undo would change."""
        self.undo_stack.clear()
        self._before_tick.clear()

    def _menu_at(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)  # what the menu acts on is the topic it was opened on
        self.menu(index.siblingAtColumn(0).data(TopicIdRole)).exec(self.view.viewport().mapToGlobal(position))

    def menu(self, topic_id: str) -> QMenu:
        """The topic's menu: its statuses (the current one ticked), the timer, notes, a file."""
        menu = QMenu(self.view)
        topic = self.model.topic_at(self.model.index_of(topic_id))
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
        notes.triggered.connect(self.notes_requested)
        attach = menu.addAction(icon("attach"), Checklist.tr("Attach file to this topic…"))
        attach.triggered.connect(self.attach_requested)
        attach.setEnabled(writable)
        return menu

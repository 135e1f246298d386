"""The topic checklist's model: a step's topic tree with check boxes and statuses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from studytracker.formatting import format_minutes
from studytracker.i18n import Context
from studytracker.store.records import STATUSES, TopicView

TopicIdRole = Qt.ItemDataRole.UserRole + 1
StatusRole = Qt.ItemDataRole.UserRole + 2

Topics = Context("Topics")


def status_word(status: str) -> str:
    """A status in running text (Edit → Undo, a search hit, the Status column): "done",
    "in progress", "skipped", "to do", and "to revisit" for a done topic marked to revisit."""
    words = {
        "done": Topics.tr("done"),
        "in-progress": Topics.tr("in progress"),
        "skipped": Topics.tr("skipped"),
        "todo": Topics.tr("to do"),
        "to revisit": Topics.tr("to revisit"),
    }
    return words.get(status, status)


def status_label(status: str) -> str:
    """A status as a menu names it: "Done", "In progress", "Skipped", "To do"."""
    labels = {
        "done": Topics.tr("Done"),
        "in-progress": Topics.tr("In progress"),
        "skipped": Topics.tr("Skipped"),
        "todo": Topics.tr("To do"),
    }
    return labels.get(status, status)


def status_labels() -> dict[str, str]:
    """The Status column's words: a topic to do shows none."""
    return {status: "" if status == "todo" else status_word(status) for status in (*STATUSES, "to revisit")}


_Index = QModelIndex | QPersistentModelIndex
# Looked up once: views call `data` and `flags` for every cell on every paint, and reaching
# a Python enum member through its class each time is slow.
_DISPLAY = Qt.ItemDataRole.DisplayRole
_CHECK_STATE = Qt.ItemDataRole.CheckStateRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole
_FONT = Qt.ItemDataRole.FontRole
_ROLES_ANSWERED = frozenset(
    {_DISPLAY, _CHECK_STATE, _TOOLTIP, _ACCESSIBLE_TEXT, _FONT, TopicIdRole, StatusRole}
)
_CHECK_STATES = {
    "done": Qt.CheckState.Checked,
    "in-progress": Qt.CheckState.PartiallyChecked,
}
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_TOPIC_CELL_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsUserCheckable


class _Node:
    __slots__ = ("topic", "parent", "children", "row")

    def __init__(self, topic: TopicView | None, parent: _Node | None, row: int) -> None:
        self.topic = topic
        self.parent = parent
        self.row = row
        self.children: list[_Node] = []


def _build(topics: list[TopicView] | tuple[TopicView, ...], parent: _Node) -> None:
    for row, topic in enumerate(topics):
        node = _Node(topic, parent, row)
        parent.children.append(node)
        _build(topic.children, node)


class TopicTreeModel(QAbstractItemModel):
    #: The learner asked for a new status (a check box was clicked); the window saves it.
    status_requested = Signal(str, str)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._root = _Node(None, None, 0)
        self.step_id = ""
        # Translated once: `data` runs for every cell on every paint.
        self._labels = status_labels()
        self._to_do = Topics.tr("to do")
        self._columns = (Topics.tr("Topic"), Topics.tr("Status"), Topics.tr("Time"))

    def status_words(self) -> list[str]:
        """Every word the Status column may show (the column is made as wide as the widest)."""
        return [label for label in self._labels.values() if label]

    # --- loading -------------------------------------------------------------------------

    def set_topics(self, step_id: str, topics: list[TopicView]) -> None:
        """Show another step's topics (a reset: the whole tree is new)."""
        self.beginResetModel()
        self.step_id = step_id
        self._root = _Node(None, None, 0)
        _build(topics, self._root)
        self.endResetModel()

    def update_statuses(self, topics: list[TopicView]) -> None:
        """Take fresh statuses for the same tree, signalling only the rows that changed."""

        def walk(nodes: list[_Node], fresh: list[TopicView] | tuple[TopicView, ...]) -> bool:
            if [n.topic.id for n in nodes if n.topic] != [t.id for t in fresh]:
                return False
            for node, topic in zip(nodes, fresh, strict=True):
                if node.topic != topic:
                    shown = node.topic
                    changed = shown is not None and (
                        (shown.title, shown.detail, shown.status, shown.minutes, shown.to_revisit)
                        != (topic.title, topic.detail, topic.status, topic.minutes, topic.to_revisit)
                    )
                    node.topic = topic
                    if changed:
                        left = self.createIndex(node.row, 0, node)
                        self.dataChanged.emit(left, self.createIndex(node.row, len(self._columns) - 1, node))
                if not walk(node.children, topic.children):
                    return False
            return True

        if not walk(self._root.children, topics):
            self.set_topics(self.step_id, topics)

    # --- QAbstractItemModel --------------------------------------------------------------

    def _node(self, index: _Index) -> _Node:
        return index.internalPointer() if index.isValid() else self._root  # type: ignore[return-value]

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if 0 <= row < len(node.children) and 0 <= column < len(self._columns):
            return self.createIndex(row, column, node.children[row])
        return QModelIndex()

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        if node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _TOPIC_CELL_FLAGS if index.column() == 0 else _CELL_FLAGS

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        # Views ask for many roles per cell on every paint; answer the unused ones at once.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        topic = index.internalPointer().topic
        column = index.column()
        if role == _DISPLAY:
            if column == 0:
                return topic.title
            if column == 1:
                return self._labels[
                    "to revisit" if topic.to_revisit and topic.status == "done" else topic.status
                ]
            return format_minutes(topic.minutes) if topic.minutes else ""
        if role == _CHECK_STATE:
            return _CHECK_STATES.get(topic.status, Qt.CheckState.Unchecked) if column == 0 else None
        if role == _TOOLTIP:
            return f"{topic.title}\n{topic.detail}" if topic.detail else topic.title
        if role == _ACCESSIBLE_TEXT:
            return f"{topic.title}, {self._labels[topic.status] or self._to_do}"
        if role == _FONT and topic.status == "skipped":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == TopicIdRole:
            return topic.id
        if role == StatusRole:
            return topic.status
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() != 0:
            return False
        topic = self._node(index).topic
        assert topic is not None
        # A click on a done topic unticks it; on anything else (to do, in progress, a partly
        # done parent) it ticks it, whatever state Qt would cycle to.
        self.status_requested.emit(topic.id, "todo" if topic.status == "done" else "done")
        return True

    # --- lookups -------------------------------------------------------------------------

    def index_of(self, topic_id: str) -> QModelIndex:
        def find(node: _Node) -> _Node | None:
            for child in node.children:
                if child.topic and child.topic.id == topic_id:
                    return child
                found = find(child)
                if found:
                    return found
            return None

        node = find(self._root)
        return self.createIndex(node.row, 0, node) if node else QModelIndex()

    def parent_indexes(self) -> list[QModelIndex]:
        """Every topic that has sub-topics, parents before their children (to expand them: a
        view's expandAll asks the model about every row)."""
        found = []

        def walk(node: _Node) -> None:
            for child in node.children:
                if child.children:
                    found.append(self.createIndex(child.row, 0, child))
                    walk(child)

        walk(self._root)
        return found

    def topic_at(self, index: _Index) -> TopicView | None:
        return self._node(index).topic if index.isValid() else None

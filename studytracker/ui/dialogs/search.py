"""Search (Ctrl+F) over topics, resources, notes, session notes and attached files; each hit
says what it is, its step and (a topic) its status; choosing one jumps to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from studytracker.i18n import Context, current
from studytracker.store.records import SearchHit
from studytracker.ui.models.topic_tree import status_word
from studytracker.ui.widgets.icons import icon

Search = Context("Search")

HitRole = Qt.ItemDataRole.UserRole + 1
KIND_ICONS = {
    "topic": "topic",  # a done topic has the tick (`hit_icon`)
    "resource": "link",
    "note": "note",
    "session": "course",
    "attachment": "file",
}


def hit_icon(hit: SearchHit) -> str:
    """The icon of a hit: what it is, and for a topic whether it is done."""
    return "practice" if hit.kind == "topic" and hit.status == "done" else KIND_ICONS[hit.kind]


def kind_name(kind: str) -> str:
    """What a hit is: "Topic", "Resource", "Note", "Study session", "Attached file"."""
    names = {
        "topic": Search.tr("Topic"),
        "resource": Search.tr("Resource"),
        "note": Search.tr("Note"),
        "session": Search.tr("Study session"),
        "attachment": Search.tr("Attached file"),
    }
    return names.get(kind, kind)


def hit_subject(hit: SearchHit) -> str:
    """What a hit is about, worded in the learner's language."""
    if hit.kind == "note":
        return Search.tr("Note: {title}").format(title=hit.title)
    if hit.kind == "session" and hit.day is not None:
        return Search.tr("Session of {day}: {step}").format(
            day=current().medium_date(hit.day), step=hit.title
        )
    if hit.kind == "attachment":
        return Search.tr("File: {name}").format(name=hit.title)
    return hit.title


def hit_text(hit: SearchHit) -> str:
    """One line: the subject, a topic's status, the step, and where the words were found."""
    text = hit_subject(hit)
    if hit.status:
        text += f"  [{status_word(hit.status)}]"
    if hit.step_title and hit.kind != "session":  # a session's subject names its step already
        text += f"  ·  {hit.step_title}"
    if hit.snippet:
        text += f"  —  {hit.snippet}"
    return text


class SearchDialog(QDialog):
    hit_chosen = Signal(object)  # SearchHit

    def __init__(self, search: Callable[[str], list[SearchHit]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.setWindowTitle(Search.tr("Search"))
        self._search = search
        self.query = QLineEdit(self)
        self.query.setObjectName("searchQuery")
        self.query.setPlaceholderText(Search.tr("Search topics, resources, notes, sessions and files"))
        self.query.setAccessibleName(Search.tr("Search"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(Search.tr("Search results"))
        # A hit on as many lines as it takes: the words found are at its end, never off to the right.
        self.results.setWordWrap(True)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self.resize(600, 440)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._choose_current)
        self.results.itemActivated.connect(self._choose)
        self.query.installEventFilter(self)

    def run_search(self) -> None:
        self._debounce.stop()
        hits = self._search(self.query.text())
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(icon(hit_icon(hit)), hit_text(hit))
            item.setData(HitRole, hit)
            item.setToolTip(
                Search.tr("{kind} in {step}").format(
                    kind=kind_name(hit.kind), step=hit.step_title or hit.step_id
                )
            )
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        text = self.query.text().strip()
        if not text:
            self.summary.setText("")
        elif hits:
            self.summary.setText(Search.tr("%n found · Enter or double-click goes to one", None, len(hits)))
        else:
            self.summary.setText(Search.tr("Nothing found for “{text}” in this roadmap").format(text=text))

    def eventFilter(self, watched: object, event: object) -> bool:
        # Up and Down in the query field move through the results.
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
            self.results.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _choose_current(self) -> None:
        if self._debounce.isActive():
            self.run_search()
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        """Go to the hit: the search steps aside (Ctrl+F brings it back as it was), so that it
        covers nothing of what it found."""
        self.hide()
        self.hit_chosen.emit(item.data(HitRole))

    def hideEvent(self, event: QHideEvent) -> None:
        # The keys go back to the window (a window manager would do it; without one, or with
        # a slow one, the shortcuts would wait for a click).
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()
        super().hideEvent(event)


def open_search(dialog: SearchDialog) -> None:
    """Show the search dialog (made once, kept between searches), its query ready to retype."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.query.setFocus()
    dialog.query.selectAll()

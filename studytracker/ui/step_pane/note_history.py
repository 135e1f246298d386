"""A note's history: its revisions with date and size, what a chosen one differs from the note
now (lines added and removed), and restoring it (as a new revision: nothing is lost)."""

from __future__ import annotations

import difflib
import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studytracker.i18n import Context, current

if TYPE_CHECKING:
    from studytracker.store.records import NoteRevisionView
    from studytracker.ui.controllers.operations import OperationRunner


def source_name(source: str) -> str:
    """Where a revision came from, in the learner's words."""
    names = {
        "window": History.tr("typed here"),
        "cli": History.tr("command line"),
        "restore": History.tr("restored"),
        "import": History.tr("imported"),
        "earlier": History.tr("kept from before"),
    }
    return names.get(source, source)


History = Context("History")


#: (added, removed) line colours on a light page and on a dark one: each at 4.5:1 or more
#: against the text areas' colour of its theme (tests/ui/test_contrast.py).
DIFF_COLOURS = {"light": ("#1b7f3b", "#b3261e"), "dark": ("#7ddc97", "#ff9a90")}


def diff_colours(palette: QPalette) -> tuple[str, str]:
    """The added and removed colours for text areas of this palette (light or dark)."""
    dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
    return DIFF_COLOURS["dark" if dark else "light"]


def difference_html(old: str, new: str, palette: QPalette | None = None) -> str:
    """The lines that turn `old` into `new`: removed ones struck in red with −, added ones in
    green with +, the rest plain; as HTML (every character of the notes escaped), in the
    colours that read on `palette`'s text areas (a light page's by default)."""
    added, removed = diff_colours(palette) if palette is not None else DIFF_COLOURS["light"]
    lines = []
    for line in difflib.ndiff(old.splitlines(), new.splitlines()):
        mark, text = line[:1], html.escape(line[2:]) or "&nbsp;"
        if mark == "+":
            lines.append(f'<div style="color:{added}">+ {text}</div>')
        elif mark == "-":
            lines.append(f'<div style="color:{removed}"><s>− {text}</s></div>')
        elif mark == " ":
            lines.append(f"<div>&nbsp;&nbsp;{text}</div>")
    if old == new:
        same = History.tr("The same as the note now.")
        lines.insert(0, f"<p><i>{same}</i></p>")
    return f'<div style="font-family:monospace; white-space:pre-wrap">{"".join(lines)}</div>'


class NoteHistoryDialog(QDialog):
    """The revisions of one note, newest first; "Restore this version" writes through the runner.

    Signals:
        restored_version: an older version became the note's text.
    """

    restored_version = Signal()

    def __init__(
        self,
        runner: OperationRunner,
        step_id: str | None,
        topic_id: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteHistory")
        self.setWindowTitle(History.tr("Note history"))
        self.runner = runner
        self.step_id, self.topic_id = step_id, topic_id
        self.revisions: list[NoteRevisionView] = []
        self.summary = QLabel(self)
        self.list = QListWidget(self)
        self.list.setObjectName("revisionList")
        self.list.setAccessibleName(History.tr("Revisions"))
        self.list.currentRowChanged.connect(self._show_revision)
        self.difference = QTextBrowser(self)
        self.difference.setObjectName("revisionDifference")
        self.difference.setAccessibleName(History.tr("Difference to the note now"))
        self.difference.setOpenLinks(False)
        self.restore_button = QPushButton(History.tr("&Restore this version"), self)
        self.restore_button.setObjectName("restoreRevision")
        self.restore_button.clicked.connect(self.restore_selected)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.difference)
        splitter.setSizes([280, 520])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        self.resize(820, 480)
        self.reload()

    def reload(self) -> None:
        reads = self.runner.reads
        assert reads is not None
        self.revisions = reads.notes.history(self.step_id, self.topic_id)
        self.list.clear()
        language = current()
        for revision in reversed(self.revisions):  # newest first
            saved = f"{language.medium_date(revision.saved.date())}, {language.time(revision.saved)}"
            characters = History.tr("{count} character(s)", None, revision.chars).format(
                count=language.number(revision.chars)
            )
            # two lines, so that a narrow list cuts none of it ("835 caracte…")
            item = QListWidgetItem(
                f"{revision.revision}. {saved}\n{characters} · {source_name(revision.source)}"
            )
            item.setToolTip(item.text().replace("\n", " · "))
            item.setData(Qt.ItemDataRole.UserRole, revision.revision)
            self.list.addItem(item)
        count = len(self.revisions)
        self.summary.setText(
            History.tr(
                "%n version(s) of this note. Choose one to see how it differs "
                "from the note now; restoring it keeps every version.",
                None,
                count,
            )
            if count
            else History.tr("This note has no saved versions yet.")
        )
        self.restore_button.setEnabled(False)
        if count:
            self.list.setCurrentRow(min(1, count - 1))  # the version before the current one

    def selected(self) -> NoteRevisionView | None:
        item = self.list.currentItem()
        if item is None:
            return None
        number = item.data(Qt.ItemDataRole.UserRole)
        return self.revisions[number - 1]

    def _show_revision(self, _row: int) -> None:
        revision = self.selected()
        if revision is None or not self.revisions:
            self.difference.clear()
            return
        current = self.revisions[-1].body
        self.difference.setHtml(difference_html(current, revision.body, self.difference.palette()))
        self.restore_button.setEnabled(revision.body != current)

    def restore_selected(self) -> bool:
        revision = self.selected()
        if revision is None:
            return False
        step_id, topic_id, number = self.step_id, self.topic_id, revision.revision
        if (
            self.runner.run(
                History.tr("Not restored"), lambda tracker: tracker.notes.restore(number, step_id, topic_id)
            )
            is None
        ):
            return False
        self.reload()
        self.restored_version.emit()
        return True


class NoteCompareDialog(QDialog):
    """Another program's text of a note beside the one typed here: what keeping mine would
    change in theirs, and the two choices of the conflict bar.

    Signals:
        keep_mine_chosen, take_theirs_chosen: the learner's choice (the dialog then closes).
    """

    keep_mine_chosen = Signal()
    take_theirs_chosen = Signal()

    def __init__(
        self, theirs: str, mine: str, parent: QWidget | None = None, other_device: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteCompare")
        self.setWindowTitle(History.tr("Compare the two texts"))
        explanation = QLabel(
            History.tr(
                "Lines in green are only in this device's text, lines struck in red only in the other "
                "device's. Whichever you choose, both texts stay in the note's history."
            )
            if other_device
            else History.tr(
                "Lines in green are only in your text, lines struck in red only in the other "
                "program's. Whichever you choose, both texts stay in the note's history."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.difference = QTextBrowser(self)
        self.difference.setObjectName("conflictDifference")
        self.difference.setAccessibleName(History.tr("Your text against the other program's"))
        self.difference.setOpenLinks(False)
        self.difference.setHtml(difference_html(theirs, mine, self.difference.palette()))
        buttons = QDialogButtonBox(self)
        keep_text = History.tr("Keep this text") if other_device else History.tr("Keep mine")
        take_text = History.tr("Use the other device's") if other_device else History.tr("Take theirs")
        keep = buttons.addButton(keep_text, QDialogButtonBox.ButtonRole.AcceptRole)
        take = buttons.addButton(take_text, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        keep.clicked.connect(lambda: self._chosen(self.keep_mine_chosen))
        take.clicked.connect(lambda: self._chosen(self.take_theirs_chosen))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.difference, 1)
        layout.addWidget(buttons)
        self.resize(720, 460)

    def _chosen(self, choice: SignalInstance) -> None:
        self.accept()
        choice.emit()

"""The resource viewer beside the checklist: the step's overview, its resources and files, the notes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QIcon, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from studytracker.formatting import names_its_number
from studytracker.i18n import Context
from studytracker.store.records import StepDetail, TopicView
from studytracker.ui.step_pane.resources_panel import ResourcesPanel
from studytracker.ui.widgets.icons import icon
from studytracker.ui.widgets.markdown_html import (
    escape_markdown,
    markdown_link_target,
    roadmap_markdown,
)
from studytracker.ui.widgets.text_browser import TextBrowser

if TYPE_CHECKING:
    from studytracker.ui.step_pane.notes import NotesPanel, SaveNote
    from studytracker.ui.step_pane.statistics_view import StatisticsView

Viewer = Context("Viewer")

VIEWS = ("overview", "resources", "notes", "statistics", "review")
READABLE_PATTERNS = "*.pdf *.md *.markdown *.txt *.html *.htm *.png *.jpg *.jpeg *.gif *.svg"


def readable_files_filter() -> str:
    """The file dialog's filter for files the app can show."""
    return Viewer.tr("Readable files ({patterns});;All files (*)").format(patterns=READABLE_PATTERNS)


def overview_markdown(detail: StepDetail, topics: list[TopicView]) -> str:
    """The step's why, what to learn, tips and resources as one page, in markdown for Qt's own
    renderer (QTextBrowser.setMarkdown): the overview is on the first paint, and Qt renders it
    without loading a parser. The roadmap's titles are escaped; its why is markdown, with any
    raw HTML in it sanitised (`roadmap_markdown`)."""
    title = escape_markdown(detail.title)
    if detail.number is not None and not names_its_number(detail.title, detail.number):
        title = Viewer.tr("Step {number}: {title}").format(number=detail.number, title=title)
    parts = [f"## {title}"]
    if detail.optional:
        parts.append("*" + Viewer.tr("Optional") + "*")
    if detail.why.strip():
        parts.append("### " + Viewer.tr("Why") + "\n\n" + roadmap_markdown(detail.why.strip()))

    def topic_list(items: list[TopicView] | tuple[TopicView, ...], indent: str) -> list[str]:
        lines = []
        for topic in items:
            mark = {"done": "✔ ", "skipped": "– ", "in-progress": "◐ "}.get(topic.status, "")
            detail_text = f" — {escape_markdown(topic.detail)}" if topic.detail else ""
            lines.append(f"{indent}- {mark}{escape_markdown(topic.title)}{detail_text}")
            lines.extend(topic_list(topic.children, indent + "  "))
        return lines

    if topics:
        parts.append("### " + Viewer.tr("What to learn") + "\n\n" + "\n".join(topic_list(topics, "")))
    if detail.tips:
        tips = "\n".join(f"- {escape_markdown(tip)}" for tip in detail.tips)
        parts.append("### " + Viewer.tr("Tips") + "\n\n" + tips)
    if detail.resources:
        items = "\n".join(
            f"- [{escape_markdown(r.title)}]({markdown_link_target(r.url)}) *({escape_markdown(r.kind)})*"
            + (f" — {escape_markdown(r.note)}" if r.note else "")
            for r in detail.resources
        )
        parts.append("### " + Viewer.tr("Resources") + "\n\n" + items)
    return "\n\n".join(parts) + "\n"


class ResourceViewer(QTabWidget):
    open_link_requested = Signal(str)
    #: The statistics were asked for this roadmap's study time or every roadmap's.
    statistics_scope_changed = Signal()
    #: The note editors were made (`notes`): whoever saves and fills them wires up now.
    notes_made = Signal(object)

    def __init__(self, save_note: SaveNote, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resourceViewer")
        self.step_id = ""
        self.overview = TextBrowser(self)  # links go to the system browser, and only on request
        self.overview.setObjectName("overview")
        self.overview.setAccessibleName(Viewer.tr("Step overview"))
        self.overview.anchorClicked.connect(lambda url: self.open_link_requested.emit(url.toString()))
        self.resources = ResourcesPanel(self)
        self.resources.open_link_requested.connect(self.open_link_requested)
        # The note editors are made the first time they are needed: not on the way to the
        # first paint, where the overview is on show.
        self._save_note = save_note
        self._notes: NotesPanel | None = None
        self._notes_page = QWidget(self)
        self._notes_layout = QVBoxLayout(self._notes_page)
        self._notes_layout.setContentsMargins(0, 0, 0, 0)
        self._attachments_folder: Path | None = None
        self.addTab(self.overview, icon("docs"), Viewer.tr("&Overview"))
        self.addTab(self.resources, icon("link"), Viewer.tr("&Resources"))
        self.addTab(self._notes_page, icon("note"), Viewer.tr("&Notes"))
        # The statistics (charts and their module) are made the first time the tab is shown.
        self._statistics: StatisticsView | None = None
        self._statistics_page = QWidget(self)
        self._statistics_layout = QVBoxLayout(self._statistics_page)
        self._statistics_layout.setContentsMargins(0, 0, 0, 0)
        self.addTab(self._statistics_page, icon("statistics"), Viewer.tr("S&tatistics"))
        self.setTabToolTip(3, Viewer.tr("Statistics of the whole roadmap"))
        # The review place is made the first time it is shown, too (by the step pane, which
        # gives it the operation runner).
        self.review_page = QWidget(self)
        self.review_page.setObjectName("reviewPage")
        QVBoxLayout(self.review_page).setContentsMargins(0, 0, 0, 0)
        self.addTab(self.review_page, icon("review"), Viewer.tr("Re&view"))
        self.setTabToolTip(4, Viewer.tr("Finished topics due for review"))
        self._tab_icons = [self.tabIcon(index) for index in range(self.count())]
        self._tabs_width_with_icons = 0  # measured at the first resize, once every tab is in

    def resizeEvent(self, event: QResizeEvent) -> None:
        """On a narrow pane the tabs drop their icons, so that every tab's name stays in view
        (rather than behind the tab bar's scroll arrows)."""
        if not self._tabs_width_with_icons:
            bar = self.tabBar()
            self._tabs_width_with_icons = sum(bar.tabSizeHint(index).width() for index in range(self.count()))
        with_icons = event.size().width() >= self._tabs_width_with_icons
        if with_icons != (not self.tabIcon(0).isNull()):
            for index, tab_icon in enumerate(self._tab_icons):
                self.setTabIcon(index, tab_icon if with_icons else QIcon())
        super().resizeEvent(event)

    @property
    def notes(self) -> NotesPanel:
        """The step's and the topic's note editors, made the first time they are needed."""
        if self._notes is None:
            from studytracker.ui.step_pane.notes import NotesPanel

            self._notes = NotesPanel(self._save_note, self._notes_page)
            self._notes.set_attachments_folder(self._attachments_folder)
            self._notes_layout.addWidget(self._notes)
            self._notes.show()
            self.notes_made.emit(self._notes)
        return self._notes

    @property
    def has_notes(self) -> bool:
        """Whether the note editors were made (nothing can be typed in them before)."""
        return self._notes is not None

    def save_notes(self) -> bool:
        """Save what was typed into the notes before they go away (another step, the window
        closing, the data replaced); False when a note could not be saved."""
        return self._notes.settle() if self._notes is not None else True

    @property
    def statistics(self) -> StatisticsView:
        if self._statistics is None:
            from studytracker.ui.step_pane.statistics_view import StatisticsView

            self._statistics = StatisticsView(self._statistics_page)
            self._statistics.scope_changed.connect(lambda _all: self.statistics_scope_changed.emit())
            self._statistics_layout.addWidget(self._statistics)
            self._statistics.show()  # at once, not when the layout gets round to it
        return self._statistics

    def set_attachments_folder(self, folder: Path | None) -> None:
        """The data folder's attachments: the only place the overview, the notes' previews and
        attached documents load images from."""
        self._attachments_folder = folder
        self.overview.set_attachments_folder(folder)
        if self._notes is not None:
            self._notes.set_attachments_folder(folder)
        self.resources.set_attachments_folder(folder)

    def show_overview(self, detail: StepDetail, topics: list[TopicView]) -> None:
        self.overview.setMarkdown(overview_markdown(detail, topics))
        # Qt's markdown puts headings right under the text before them: give them air.
        block = self.overview.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and block.blockNumber() > 0:
                cursor = QTextCursor(block)
                spaced = block.blockFormat()
                spaced.setTopMargin(14)
                spaced.setBottomMargin(4)
                cursor.setBlockFormat(spaced)
            block = block.next()

    def show_view(self, name: str) -> None:
        self.setCurrentIndex(VIEWS.index(name))

    def current_view(self) -> str:
        return VIEWS[self.currentIndex()]

    def choose_file(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(
            self,
            Viewer.tr("Attach a file"),
            str(Path.home()),
            readable_files_filter(),
        )
        return Path(name) if name else None

    def warn(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

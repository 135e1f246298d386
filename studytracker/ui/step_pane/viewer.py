"""The resource viewer beside the checklist: the step's overview, its resources and files, the notes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QResizeEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studytracker.formatting import format_size, names_its_number
from studytracker.i18n import Context
from studytracker.store.records import AttachmentView, StepDetail, TopicView
from studytracker.ui.widgets.icons import file_icon, icon, resource_icon
from studytracker.ui.widgets.markdown_html import (
    escape_markdown,
    markdown_link_target,
    plain_tooltip,
    roadmap_markdown,
)
from studytracker.ui.widgets.text_browser import TextBrowser

if TYPE_CHECKING:
    from studytracker.ui.step_pane.file_viewer import FileViewer
    from studytracker.ui.step_pane.notes import NotesPanel, SaveNote
    from studytracker.ui.step_pane.statistics_view import StatisticsView

ResourceIdRole = Qt.ItemDataRole.UserRole + 1
UrlRole = Qt.ItemDataRole.UserRole + 2
AttachmentRole = Qt.ItemDataRole.UserRole + 3

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


class ResourcesPanel(QWidget):
    """The step's resources with their attached files, and a reader for the files."""

    open_link_requested = Signal(str)
    attach_requested = Signal()
    page_changed = Signal(int, int)  # attachment id, the page a PDF was left on
    system_viewer_requested = Signal(str)  # an attached file's path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewer: FileViewer | None = None  # made when first needed: QtPdf loads then
        self._attachments_folder: Path | None = None
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("resourceList")
        self.tree.setAccessibleName(Viewer.tr("Resources and attached files"))
        self.tree.setHeaderLabels([Viewer.tr("Resource"), Viewer.tr("Kind")])
        self.tree.setIconSize(QSize(18, 18))
        self.tree.setColumnWidth(0, 300)
        self.open_button = QPushButton(icon("open-external"), Viewer.tr("Open in browser"), self)
        self.open_button.setObjectName("openLinkButton")
        self.attach_button = QPushButton(icon("attach"), Viewer.tr("Attach file…"), self)
        self.attach_button.setObjectName("attachButton")
        self.remove_button = QPushButton(icon("remove"), Viewer.tr("Remove file"), self)
        self.remove_button.setObjectName("removeAttachmentButton")
        # The link's button, then the files' on a row of their own: the tab stays narrow enough
        # for a small screen, beside a checklist that keeps its room.
        link_buttons, file_buttons = QHBoxLayout(), QHBoxLayout()
        for row, row_buttons in (
            (link_buttons, (self.open_button,)),
            (file_buttons, (self.attach_button, self.remove_button)),
        ):
            for button in row_buttons:
                button.setAutoDefault(False)
                row.addWidget(button)
            row.addStretch(1)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(link_buttons)
        left_layout.addLayout(file_buttons)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("resourcesSplitter")
        self.splitter.addWidget(left)
        self.file_hint = QLabel(Viewer.tr("Choose an attached file to read it here, or attach one."), self)
        self.file_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_hint.setWordWrap(True)
        self.splitter.addWidget(self.file_hint)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.open_button.clicked.connect(self._open_current_link)
        self.attach_button.clicked.connect(self.attach_requested)
        self._current_changed(None, None)

    @property
    def viewer(self) -> FileViewer:
        """The reader for attached files, put in place of the hint the first time it is needed."""
        if self._viewer is None:
            from studytracker.ui.step_pane import file_viewer

            self._viewer = file_viewer.FileViewer(self)
            self._viewer.set_attachments_folder(self._attachments_folder)
            self._viewer.page_changed.connect(self.page_changed)
            self._viewer.window_requested.connect(self.open_in_window)
            self._viewer.system_viewer_requested.connect(self.system_viewer_requested)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, self._viewer)
            self.file_hint.deleteLater()
            self.splitter.setSizes(sizes)
        return self._viewer

    def set_attachments_folder(self, folder: Path | None) -> None:
        """Where an attached document may load images from."""
        self._attachments_folder = folder
        if self._viewer is not None:
            self._viewer.set_attachments_folder(folder)

    def show_step(
        self, detail: StepDetail, attachments: list[AttachmentView], topic_titles: dict[str, str]
    ) -> None:
        current = self.current_attachment()
        self.tree.clear()
        by_resource: dict[str | None, list[AttachmentView]] = {}
        for attachment in attachments:
            by_resource.setdefault(attachment.resource_id, []).append(attachment)
        for resource in detail.resources:
            item = QTreeWidgetItem(self.tree, [resource.title, resource.kind])
            item.setIcon(0, resource_icon(resource.kind))
            item.setToolTip(0, plain_tooltip(resource.url + (f"\n{resource.note}" if resource.note else "")))
            item.setData(0, ResourceIdRole, resource.id)
            item.setData(0, UrlRole, resource.url)
            for attachment in by_resource.get(resource.id, []):
                self._attachment_item(item, attachment, "")
            item.setExpanded(True)
        topic_files = by_resource.get(None, [])
        if topic_files:
            group = QTreeWidgetItem(self.tree, [Viewer.tr("Files attached to topics"), ""])
            group.setIcon(0, icon("attach"))
            for attachment in topic_files:
                self._attachment_item(group, attachment, topic_titles.get(attachment.topic_id or "", ""))
            group.setExpanded(True)
        if (current is None or not self.select_attachment(current.id)) and self._viewer is not None:
            self._viewer.show_message(Viewer.tr("Choose an attached file to read it here, or attach one."))

    def _attachment_item(self, parent: QTreeWidgetItem, attachment: AttachmentView, topic: str) -> None:
        label = f"{attachment.name} — {topic}" if topic else attachment.name
        item = QTreeWidgetItem(parent, [label, format_size(attachment.size_bytes)])
        item.setIcon(0, file_icon(attachment.suffix))
        item.setData(0, AttachmentRole, attachment)
        item.setToolTip(
            0,
            plain_tooltip(Viewer.tr("{name} (a copy kept in the data folder)").format(name=attachment.name)),
        )

    def current_resource_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ResourceIdRole) if item else None

    def current_attachment(self) -> AttachmentView | None:
        item = self.tree.currentItem()
        return item.data(0, AttachmentRole) if item else None

    def select_resource(self, resource_id: str) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ResourceIdRole) == resource_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_attachment(self, attachment_id: int) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            for child in range(top.childCount() if top is not None else 0):
                item = top.child(child) if top is not None else None
                attachment = item.data(0, AttachmentRole) if item is not None else None
                if item is not None and attachment and attachment.id == attachment_id:
                    self.tree.setCurrentItem(item)
                    return True
        return False

    def open_in_window(self, attachment: AttachmentView) -> FileViewer:
        """An attached file in a window of its own (a PDF to read full screen, say); it reports
        where a PDF was left like the one in the tab."""
        from studytracker.ui.step_pane import file_viewer

        window = file_viewer.FileViewer(self, in_own_window=True)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowTitle(f"{attachment.name} · StudyTracker")
        window.set_attachments_folder(self._attachments_folder)
        window.page_changed.connect(self.page_changed)
        window.system_viewer_requested.connect(self.system_viewer_requested)
        window.resize(900, 1000)
        window.open(attachment)
        window.show()
        return window

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        url = current.data(0, UrlRole) if current else None
        attachment = current.data(0, AttachmentRole) if current else None
        self.open_button.setEnabled(bool(url))
        self.remove_button.setEnabled(attachment is not None)
        if attachment is not None:
            self.viewer.open(attachment)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        url = item.data(0, UrlRole)
        if url:
            self.open_link_requested.emit(url)

    def _open_current_link(self) -> None:
        item = self.tree.currentItem()
        if item and item.data(0, UrlRole):
            self.open_link_requested.emit(item.data(0, UrlRole))


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

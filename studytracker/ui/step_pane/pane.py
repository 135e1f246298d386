"""The step pane: the shown step's topic checklist beside its viewer tabs (overview, resources,
notes, statistics, review). It composes the checklist's status editing, the notes tab and the
files tab, and fills the tabs lazily: only the tab on show is read, the others when shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, QUrl, Signal
from PySide6.QtWidgets import QSplitter, QWidget

from studytracker.i18n import Context
from studytracker.ui.controllers.offline import OfflineKeeper
from studytracker.ui.models.topic_tree import TopicTreeModel
from studytracker.ui.step_pane.checklist import StatusEditing, TopicTreeView
from studytracker.ui.step_pane.files_tab import AttachedFiles
from studytracker.ui.step_pane.notes_tab import NotesTab
from studytracker.ui.step_pane.viewer import VIEWS, ResourceViewer

if TYPE_CHECKING:
    from studytracker.store.reads import Reads
    from studytracker.store.records import Changes, SearchHit, StepDetail, TopicView
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.dialogs.questions import Questions
    from studytracker.ui.step_pane.review_panel import ReviewPanel

Checklist = Context("Checklist")


class StepPane(QSplitter):
    """The checklist and the viewer of one step; it reads through the runner's read API and
    writes through the runner, never through the window.

    Attributes:
        editing: statuses set from the checklist, with their undo stack.
        notes_tab, files: the Notes and Resources tabs' work.
        offline: saving resources for offline reading and checking links, in the background.

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
        self._detail: StepDetail | None = None
        self._review_panel: ReviewPanel | None = None

        self.topic_model = TopicTreeModel(self)
        self.checklist = TopicTreeView(self.topic_model, self)
        # the topic's note follows the topic the learner chose (a click, the keys), not the current
        # row Qt gives the checklist when it first takes the focus
        self.checklist.selectionModel().selectionChanged.connect(self._topic_changed)
        self.viewer = ResourceViewer(lambda save: self.notes_tab.save(save), self)
        self.notes_tab = NotesTab(runner, self.viewer)
        self.offline = OfflineKeeper(runner, questions, self)
        self.files = AttachedFiles(
            runner, questions, self.viewer, lambda: (self.step_id, self.current_topic()), self.offline
        )
        self.editing = StatusEditing(runner, self.checklist, self.topic_model)
        self.editing.timer_requested.connect(self.timer_requested)
        self.editing.notes_requested.connect(self._open_topic_notes)
        self.editing.attach_requested.connect(self.files.attach_to_topic)
        self.viewer.open_link_requested.connect(self.open_link)
        self.viewer.currentChanged.connect(lambda _index: self.refresh_current_tab())
        self.viewer.statistics_scope_changed.connect(self._statistics_scope_changed)
        self.viewer.resources.system_viewer_requested.connect(
            lambda path: self.open_url(QUrl.fromLocalFile(path))
        )

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
            from studytracker.ui.step_pane.review_panel import ReviewPanel

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

    @property
    def detail(self) -> StepDetail:
        """The shown step's text and resources, read once while it is shown."""
        if self._detail is None or self._detail.id != self.step_id:
            self._detail = self.reads.roadmaps.step_detail(self.step_id)
        return self._detail

    # --- showing ---------------------------------------------------------------------------

    def show_step(self, step_id: str) -> None:
        """Show another step: its checklist now, its tabs when shown."""
        self.viewer.save_notes()
        self.viewer.set_attachments_folder(self.reads.attachments.folder)
        self.step_id = step_id
        self._detail = None
        self.tree = self.reads.progress.topic_tree(step_id)
        self.checklist.show_topics(self.topic_model, step_id, self.tree)
        self.stale_tabs = set(VIEWS)
        self.refresh_current_tab()

    def apply(self, changes: Changes, everything: bool = False) -> None:
        """Take what changed: the statuses and times of the shown step's topics, and the tabs
        that show what changed (marked stale, and the one on show read again). `everything`:
        another program wrote, and anything may have moved."""
        if not self.step_id:
            return
        shown_step_moved = self.step_id in changes.steps
        if everything or self.step_id in changes.offline:  # offline: a link may have a new address
            self._detail = None
        if everything or shown_step_moved:
            self.tree = self.reads.progress.topic_tree(self.step_id)
            self.topic_model.update_statuses(self.tree)
        stale = set(VIEWS) if everything else set()
        if shown_step_moved:
            stale.add("overview")  # its list of topics carries their statuses
        if changes.steps or changes.sessions or changes.settings or changes.reviews:
            stale.add("statistics")
        if changes.attachments or self.step_id in changes.offline:
            stale.add("resources")
        if changes.reviews or changes.topics or changes.settings:
            stale.add("review")  # a review done, a topic ticked, another daily limit
        if self.viewer.has_notes and changes.notes & self.notes_tab.owners():
            stale.add("notes")
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
            self.viewer.show_overview(self.detail, self.tree)
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
                self.files.show(self.step_id, self.detail, self.tree)
            else:
                self.notes_tab.show(self.step_id, self.detail.title, self.selected_topic())

    def current_topic(self) -> TopicView | None:
        return self.topic_model.topic_at(self.checklist.currentIndex().siblingAtColumn(0))

    def selected_topic(self) -> TopicView | None:
        selected = self.checklist.selectionModel().selectedRows()
        return self.topic_model.topic_at(selected[0]) if selected else None

    def _topic_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if (
            "notes" not in self.stale_tabs
            and self.viewer.has_notes
            and self.runner.tracker is not None
            and self.step_id
        ):
            self.notes_tab.show_topic(self.selected_topic())

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

    def _open_topic_notes(self) -> None:
        self.viewer.show_view("notes")
        self.viewer.notes.topic_note.editor.setFocus()

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

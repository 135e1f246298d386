"""The main window: step sidebar, topic checklist, resource viewer, status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

# Qt classes needed only by a dialog or an action are imported where they are used: reaching
# a Qt class from Python the first time builds its enums, a cost the first paint need not pay.
from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QToolBar,
    QTreeView,
)

from studytracker import __version__
from studytracker.formatting import format_minutes
from studytracker.store.views import RoadmapInfo, SearchHit, SessionView, Status, TopicView
from studytracker.ui.icons import icon
from studytracker.ui.markdown_html import escape
from studytracker.ui.models.step_list import StepIdRole, StepListModel
from studytracker.ui.models.topic_tree import StatusRole, TopicIdRole, TopicTreeModel
from studytracker.ui.notify import Notifier, confirm
from studytracker.ui.step_delegate import StepDelegate
from studytracker.ui.timer_bar import TimerBar
from studytracker.ui.viewer import VIEWS, ResourceViewer

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QPoint, QUrl
    from PySide6.QtGui import QCloseEvent, QKeyEvent
    from PySide6.QtWidgets import QWidget

    from studytracker.report.pdf import ReportOptions
    from studytracker.roadmap.model import Roadmap
    from studytracker.store.reads import ReadOnlyData, Reads
    from studytracker.store.safety import CheckResult
    from studytracker.store.tracker import Tracker
    from studytracker.ui.search import SearchDialog
    from studytracker.ui.session_log import SessionLog
    from studytracker.ui.tasks import BackgroundTask

#: Keys on the checklist: Space ticks or unticks; these set a status directly.
STATUS_KEYS = {
    Qt.Key.Key_I: "in-progress",
    Qt.Key.Key_S: "skipped",
    Qt.Key.Key_D: "done",
    Qt.Key.Key_T: "todo",
    Qt.Key.Key_Backspace: "todo",
}
STATUS_MENU = (
    ("Done", "done", "D"),
    ("In progress", "in-progress", "I"),
    ("Skipped", "skipped", "S"),
    ("To do", "todo", "T"),
)


class TopicTreeView(QTreeView):
    """The checklist: keys set statuses on the current topic."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if index.isValid() and modifiers == Qt.KeyboardModifier.NoModifier:
            topic_id = index.siblingAtColumn(0).data(TopicIdRole)
            if event.key() == Qt.Key.Key_Space:
                status = index.siblingAtColumn(0).data(StatusRole)
                self._window.set_topic_status(topic_id, "todo" if status == "done" else "done")
                return
            if event.key() in STATUS_KEYS:
                self._window.set_topic_status(topic_id, STATUS_KEYS[Qt.Key(event.key())])
                return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: QSettings | None = None,
        open_url: Callable[[QUrl], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("StudyTracker")
        self.setWindowIcon(icon("studytracker"))
        self.settings = settings if settings is not None else QSettings()
        self.open_url = open_url if open_url is not None else QDesktopServices.openUrl
        self.tracker: Tracker | None = None
        #: Where the shown data is read from: the Tracker once attached; before that, the data
        #: folder opened read-only for the first view (see `show_first_view`).
        self.reads: Tracker | Reads | None = None
        self._first_view: ReadOnlyData | None = None
        self.roadmap_id = ""
        self.step_id = ""
        self._tree: list[TopicView] = []  # the shown step's topics, as last read
        self._shown_roadmaps: list[RoadmapInfo] = []  # in the switcher, as last read
        self._stale_tabs: set[str] = set()
        self._search: SearchDialog | None = None
        #: Asked on close while the timer runs: True stops and saves it. Tests replace it.
        self.confirm_close_running: Callable[[], bool] = self._ask_close_running
        self._build()
        self._restore_layout()
        self._data_version = -1
        # The command line may write while the window is open: look for its changes now and then.
        self.watch_timer = QTimer(self)
        self.watch_timer.setInterval(2000)
        self.watch_timer.timeout.connect(self.poll_changes)
        # Automatic backups: checked every 5 minutes, made when something changed in the last 30.
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(5 * 60 * 1000)
        self.backup_timer.timeout.connect(lambda: self.back_up(reason="timer"))
        # Reminders while the app runs: a study reminder, and a note on a very long timer.
        self.reminder_timer = QTimer(self)
        self.reminder_timer.setInterval(60 * 1000)
        self.reminder_timer.timeout.connect(self.check_reminders)
        self._reminded_day: date | None = None
        self._long_timer_noted: int | None = None  # the session id already noted

    # --- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.step_model = StepListModel(self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("stepSidebar")
        self.sidebar.setAccessibleName("Steps")
        self.sidebar.setModel(self.step_model)
        self.sidebar.setItemDelegate(StepDelegate(self.sidebar))
        self.sidebar.setUniformItemSizes(True)
        self.sidebar.setMinimumWidth(240)
        self.sidebar.selectionModel().currentChanged.connect(self._step_row_changed)

        self.topic_model = TopicTreeModel(self)
        self.topic_model.status_requested.connect(self.set_topic_status)
        self.checklist = TopicTreeView(self)
        self.checklist.setObjectName("topicChecklist")
        self.checklist.setAccessibleName("Topics")
        self.checklist.setModel(self.topic_model)
        self.checklist.setUniformRowHeights(True)
        self.checklist.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.checklist.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.checklist.customContextMenuRequested.connect(self._checklist_menu)
        header = self.checklist.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Fixed widths for status and time: sizing them to their contents would read every row's
        # text on each step switch.
        metrics = self.checklist.fontMetrics()
        for column, widest in ((1, "in progress"), (2, "100 h 00 min")):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, metrics.horizontalAdvance(widest) + 16)
        self.checklist.selectionModel().currentChanged.connect(self._topic_changed)

        self.viewer = ResourceViewer(self._save_note, self)
        self.viewer.open_link_requested.connect(self.open_link)
        self.viewer.currentChanged.connect(lambda _index: self._refresh_current_tab())
        self.viewer.resources.attach_requested.connect(self.attach_file)
        self.viewer.resources.remove_button.clicked.connect(self.remove_attachment)
        self.viewer.resources.page_changed.connect(self._pdf_page_changed)

        self.inner_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.inner_splitter.setObjectName("innerSplitter")
        self.inner_splitter.addWidget(self.checklist)
        self.inner_splitter.addWidget(self.viewer)
        self.inner_splitter.setStretchFactor(0, 2)
        self.inner_splitter.setStretchFactor(1, 3)
        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer_splitter.setObjectName("outerSplitter")
        self.outer_splitter.addWidget(self.sidebar)
        self.outer_splitter.addWidget(self.inner_splitter)
        self.outer_splitter.setStretchFactor(1, 1)
        self.outer_splitter.setSizes([270, 1000])
        self.inner_splitter.setSizes([420, 580])
        self.setCentralWidget(self.outer_splitter)

        self.roadmap_box = QComboBox(self)
        self.roadmap_box.setObjectName("roadmapSwitcher")
        self.roadmap_box.setAccessibleName("Roadmap")
        self.roadmap_box.setMinimumContentsLength(28)
        self.roadmap_box.activated.connect(self._roadmap_chosen)
        toolbar = QToolBar("Roadmap", self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(" Roadmap: ", self))
        toolbar.addWidget(self.roadmap_box)
        self.addToolBar(toolbar)

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("overallProgress")
        self.today_label = QLabel(self)
        self.today_label.setObjectName("todayTime")
        self.statusBar().addWidget(self.progress_label, 1)
        self.statusBar().addPermanentWidget(self.today_label)

        self.notifier = Notifier(self)
        self.timer_bar = TimerBar(self._timer_target, self.notifier, self)
        self.timer_bar.session_changed.connect(self.refresh_progress)
        timer_toolbar = QToolBar("Study timer", self)
        timer_toolbar.setObjectName("timerToolbar")
        timer_toolbar.setMovable(False)
        timer_toolbar.addWidget(self.timer_bar)
        self.addToolBarBreak()
        self.addToolBar(timer_toolbar)

        self._build_menus(toolbar)
        self._enable_data_actions(False)

    def _enable_data_actions(self, enabled: bool) -> None:
        for action in self.data_actions:
            action.setEnabled(enabled)
        self.roadmap_box.setEnabled(enabled)

    def _build_menus(self, toolbar: QToolBar) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        import_action = QAction("&Import roadmap…", self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(lambda: self.import_roadmap_file())
        file_menu.addAction(import_action)
        report_action = QAction("&Export report…", self)
        report_action.setShortcut(QKeySequence("Ctrl+E"))
        report_action.triggered.connect(lambda: self.export_report())
        file_menu.addAction(report_action)
        backup_action = QAction("&Back up now", self)
        backup_action.triggered.connect(lambda: self.back_up(reason="now"))
        file_menu.addAction(backup_action)
        restore_action = QAction("Restore a &backup…", self)
        restore_action.triggered.connect(lambda: self.restore_backup())
        file_menu.addAction(restore_action)
        file_menu.addSeparator()
        remove_action = QAction("&Remove this roadmap…", self)
        remove_action.triggered.connect(lambda: self.remove_roadmap())
        file_menu.addAction(remove_action)
        #: Actions that change or read beyond the first view: enabled once the Tracker is attached.
        self.data_actions = [import_action, report_action, backup_action, restore_action, remove_action]
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.file_menu = file_menu

        edit_menu = menu.addMenu("&Edit")
        self.find_action = QAction(icon("search"), "&Find…", self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.open_search)
        edit_menu.addAction(self.find_action)
        preferences = QAction("&Preferences…", self)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.triggered.connect(self.open_preferences)
        edit_menu.addAction(preferences)
        self.data_actions += [self.find_action, preferences]
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)

        study_menu = menu.addMenu("&Study")
        for text, shortcut, slot in (
            ("&Start or stop the timer", "Ctrl+T", self.toggle_timer),
            ("&Pause or resume", "Ctrl+Shift+P", self.timer_bar.toggle_pause),
            ("Session &log…", "Ctrl+L", self.open_session_log),
            ("Log a &past session…", "Ctrl+Shift+L", self.log_past_session),
            ("Daily &goal…", "", self.ask_daily_goal),
        ):
            action = QAction(text, self)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            study_menu.addAction(action)
            self.data_actions.append(action)

        go_menu = menu.addMenu("&Go")
        for text, shortcut, step in (("&Next step", "Ctrl+PgDown", 1), ("&Previous step", "Ctrl+PgUp", -1)):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, step=step: self._move_step(step))
            go_menu.addAction(action)
        go_menu.addSeparator()
        for number, view in enumerate(VIEWS, start=1):
            action = QAction(f"Show {view}", self)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, view=view: self.viewer.show_view(view))
            go_menu.addAction(action)

        help_menu = menu.addMenu("&Help")
        keys = QAction("&Keyboard shortcuts", self)
        keys.triggered.connect(self._show_keys)
        help_menu.addAction(keys)
        about = QAction("&About StudyTracker", self)
        about.triggered.connect(
            lambda: QMessageBox.about(
                self,
                "About StudyTracker",
                f"<b>StudyTracker {__version__}</b><p>Follow a learning roadmap: topics, study time, notes."
                "<p>Your data stays in one file on this computer; the app never goes online.",
            )
        )
        help_menu.addAction(about)

    # --- data ----------------------------------------------------------------------------

    def attach(self, tracker: Tracker, interactive: bool = True) -> None:
        """Show a tracker's data and hand it the window (after the first paint, once the store has
        loaded; see `ui.app`).

        `interactive` is False for a rendering only (a screenshot): no questions, and a running
        session is shown but not taken over.
        """
        took_over_first_view = self._first_view is not None
        self.close_first_view()
        self.tracker = tracker
        self.reads = tracker
        self._enable_data_actions(True)
        self.statusBar().clearMessage()
        if took_over_first_view and self._shows_roadmap_of(tracker):
            # What the first view showed is still there: only what changed since moves, and the
            # learner's place in the checklist (selection, scrolling) stays.
            self._stale_tabs = set(VIEWS)
            self.refresh_progress()
        else:
            self.reload_roadmap()
        if interactive:
            self.offer_recovery()
            running = tracker.running_session()
            if running is not None and running.source == "cli":
                tracker.heartbeat(adopt=True)  # started on the command line: the timer takes it on
        self.timer_bar.attach(tracker)
        self._data_version = tracker.db.data_version()
        self.watch_timer.start()
        self.backup_timer.start()
        self.reminder_timer.start()

    def show_first_view(self, reads: ReadOnlyData) -> None:
        """Fill the window from the data folder opened read-only, while the Tracker (and
        SQLAlchemy) load; `attach` takes over from it. Nothing can be changed until then."""
        self._first_view = reads
        self.reads = reads
        self.reload_roadmap()
        self.timer_bar.show_read_only(reads.running_session())

    def close_first_view(self) -> None:
        if self._first_view is not None:
            if self.reads is self._first_view:
                self.reads = None
            self._first_view.close()
            self._first_view = None

    def offer_recovery(self, answer: Callable[[SessionView], str] | None = None) -> None:
        """A timer session left behind by a crash: keep it up to its last heartbeat, or discard it."""
        tracker = self._require_tracker()
        interrupted = tracker.interrupted_session()
        if interrupted is None:
            return
        choice = (answer or self._ask_recovery)(interrupted)
        if choice == "keep":
            kept = tracker.keep_interrupted_session()
            self.statusBar().showMessage(f"Kept {format_minutes(kept.minutes)} on {kept.step_title}", 8000)
        elif choice == "discard":
            tracker.discard_running_session()
        self.refresh_progress()

    def _ask_recovery(self, session: SessionView) -> str:
        last = session.last_heartbeat or session.start
        box = QMessageBox(self)
        box.setObjectName("recoveryOffer")
        box.setWindowTitle("Interrupted study session")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            f"A study session on <b>{escape(session.step_title)}</b> started at {session.start:%H:%M} "
            f"({session.start:%d %b}) was interrupted: StudyTracker closed without stopping it.<p>"
            f"Keep it up to {last:%H:%M}, the last moment it was known to run?"
        )
        keep = box.addButton("Keep it", QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Discard it", QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return "keep" if box.clickedButton() is keep else "discard"

    def _shows_roadmap_of(self, tracker: Tracker) -> bool:
        """Whether the window shows the tracker's roadmaps and active roadmap's steps as they are."""
        return (
            tracker.roadmaps() == self._shown_roadmaps
            and [step.id for step in tracker.status().steps] == self.step_model.step_ids()
        )

    def reload_roadmap(self) -> None:
        reads = self._require_reads()
        roadmaps = reads.roadmaps()
        self._shown_roadmaps = roadmaps
        self.roadmap_box.blockSignals(True)
        self.roadmap_box.clear()
        for info in roadmaps:
            self.roadmap_box.addItem(info.title, info.id)
            if info.active:
                self.roadmap_box.setCurrentIndex(self.roadmap_box.count() - 1)
        self.roadmap_box.blockSignals(False)
        status = reads.status()
        self.roadmap_id = status.roadmap.id
        self.step_model.set_steps(status.steps)
        self._show_totals(status)
        remembered = str(self.settings.value(f"lastStep/{status.roadmap.id}", "") or "")
        ids = [s.id for s in status.steps]
        self.step_id = ""
        if ids:
            shown = remembered if remembered in ids else ids[0]
            self.select_step(shown)
            if self.step_id != shown:  # the row was current already: show its data all the same
                self._show_step(shown)

    def _require_reads(self) -> Tracker | Reads:
        if self.reads is None:
            raise RuntimeError("the window has no data yet")
        return self.reads

    def _require_tracker(self) -> Tracker:
        if self.tracker is None:
            raise RuntimeError("the window has no data yet")
        return self.tracker

    def _show_totals(self, status: Status) -> None:
        overall = status.overall
        self.progress_label.setText(
            f"{status.roadmap.title}: {overall.done} of {overall.total} topics done ({overall.percent:.1f}%)"
            f" · {format_minutes(status.minutes_total)} studied"
        )
        streak = self._require_reads().today_against_goal()
        text = f"Today: {format_minutes(streak.today_minutes)} of {format_minutes(streak.goal_minutes)}"
        if streak.enabled:
            text += f" · streak {streak.current} (best {streak.longest})"
        self.today_label.setText(text)

    def refresh_progress(self) -> None:
        """After a change: the sidebar rows that changed, the status bar, the checklist statuses."""
        reads = self._require_reads()
        status = reads.status()
        self.step_model.set_steps(status.steps)
        self._show_totals(status)
        if self.step_id:
            self._tree = reads.topic_tree(self.step_id)
            self.topic_model.update_statuses(self._tree)
            self._stale_tabs.update(("overview", "statistics"))
            self._refresh_current_tab()

    def select_step(self, step_id: str) -> None:
        row = self.step_model.row_of(step_id)
        if row < 0:
            raise ValueError(f"no step {step_id!r} in the sidebar")
        self.sidebar.setCurrentIndex(self.step_model.index(row))

    def _step_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        step_id = current.data(StepIdRole) if current.isValid() else ""
        if step_id and step_id != self.step_id and self.reads is not None:
            self._show_step(step_id)

    def _show_step(self, step_id: str) -> None:
        reads = self._require_reads()
        self.viewer.notes.flush()
        self.step_id = step_id
        self.settings.setValue(f"lastStep/{self.roadmap_id}", step_id)
        self._tree = reads.topic_tree(step_id)
        self.checklist.setUpdatesEnabled(False)  # one layout for the new tree, not one per row
        self.topic_model.set_topics(step_id, self._tree)
        self.checklist.expandAll()
        self.checklist.setUpdatesEnabled(True)
        self._stale_tabs = set(VIEWS)
        self._refresh_current_tab()

    def _refresh_current_tab(self) -> None:
        """Fill only the tab on show; the others wait until they are shown (fast step switching)."""
        view = self.viewer.current_view()
        if view not in self._stale_tabs or not self.step_id or self.reads is None:
            return
        if view == "overview":
            self._stale_tabs.discard(view)
            self.viewer.show_overview(self.reads.step_detail(self.step_id), self._tree)
        elif view == "statistics":
            from studytracker.report.stats import compute_statistics

            self._stale_tabs.discard(view)
            self.viewer.statistics.set_statistics(compute_statistics(self.reads))
        elif self.tracker is not None:  # notes and files wait for the Tracker (stale until then)
            self._stale_tabs.discard(view)
            if view == "resources":
                self._fill_resources()
            else:
                self._fill_notes()

    def _fill_resources(self) -> None:
        tracker = self._require_tracker()
        titles: dict[str, str] = {}

        def collect(topics: list[TopicView] | tuple[TopicView, ...]) -> None:
            for topic in topics:
                titles[topic.id] = topic.title
                collect(topic.children)

        collect(self._tree)
        self.viewer.resources.show_step(
            tracker.step_detail(self.step_id), tracker.attachments(self.step_id), titles
        )

    def _fill_notes(self) -> None:
        tracker = self._require_tracker()
        detail = tracker.step_detail(self.step_id)
        note = tracker.note(step_id=self.step_id)
        self.viewer.notes.step_note.set_target(
            ("step", self.step_id), f"Notes on {detail.title}", note.body if note else ""
        )
        self._show_topic_note()

    def _show_topic_note(self) -> None:
        tracker = self._require_tracker()
        topic = self.current_topic()
        editor = self.viewer.notes.topic_note
        if topic is None:
            editor.set_target(None, "Topic notes (choose a topic)", "")
            return
        note = tracker.note(topic_id=topic.id)
        editor.set_target(("topic", topic.id), f"Notes on {topic.title}", note.body if note else "")

    def current_topic(self) -> TopicView | None:
        return self.topic_model.topic_at(self.checklist.currentIndex().siblingAtColumn(0))

    def _topic_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        if "notes" not in self._stale_tabs and self.tracker is not None and self.step_id:
            self._show_topic_note()

    # --- actions -------------------------------------------------------------------------

    def set_topic_status(self, topic_id: str, status: str) -> None:
        tracker = self.tracker
        if tracker is None:  # the first view, read-only: the Tracker is a moment away
            self.statusBar().showMessage("Still opening your data; nothing was changed.", 4000)
            return
        try:
            tracker.set_status(topic_id, status)
        except Exception as error:  # the one-line message from the service
            QMessageBox.warning(self, "Not saved", str(error))
            return
        self.refresh_progress()

    def _timer_target(self) -> tuple[str, str | None, str]:
        selected = self.checklist.selectionModel().selectedRows()
        topic = self.topic_model.topic_at(selected[0]) if selected else None
        return self.step_id, topic.id if topic else None, topic.title if topic else ""

    def toggle_timer(self) -> None:
        if self.timer_bar.running is None:
            self.timer_bar.start()
        else:
            self.timer_bar.stop()

    def open_session_log(self) -> SessionLog:
        from studytracker.ui.session_log import SessionLog

        log = SessionLog(self._require_tracker(), self)
        log.sessions_changed.connect(self.refresh_progress)
        log.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        log.show()
        return log

    def log_past_session(self) -> None:
        log = self.open_session_log()
        log.log_new()

    def ask_daily_goal(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        tracker = self._require_tracker()
        minutes, ok = QInputDialog.getInt(
            self, "Daily goal", "Minutes of study a day:", tracker.daily_goal(), 1, 24 * 60, 5
        )
        if ok:
            tracker.set_daily_goal(minutes)
            self.refresh_progress()

    def _save_note(self, kind: str, target_id: str, body: str) -> None:
        tracker = self._require_tracker()
        if kind == "step":
            tracker.save_note(body, step_id=target_id)
        else:
            tracker.save_note(body, topic_id=target_id)

    def open_link(self, url: str) -> None:
        """Open a web link in the system browser: only on the learner's request, never inside the app."""
        from PySide6.QtCore import QUrl

        qurl = QUrl(url)
        if qurl.scheme() not in ("http", "https"):
            QMessageBox.information(self, "Not a web link", f"Only web links open in the browser:\n{url}")
            return
        self.open_url(qurl)

    def attach_file(self, path: Path | None = None) -> None:
        tracker = self.tracker
        if tracker is None:  # the first view, read-only: the Tracker is a moment away
            self.statusBar().showMessage("Still opening your data; nothing was attached.", 4000)
            return
        resource_id = self.viewer.resources.current_resource_id()
        topic = None if resource_id else self.current_topic()
        if resource_id is None and topic is None:
            self.viewer.warn(
                "Attach a file", "Choose a resource (or a topic in the checklist) to attach a file to."
            )
            return
        source = path or self.viewer.choose_file()
        if source is None:
            return
        try:
            attachment = tracker.attach_file(
                source, self.step_id, resource_id=resource_id, topic_id=topic.id if topic else None
            )
        except Exception as error:
            self.viewer.warn("Could not attach the file", str(error))
            return
        self._fill_resources()
        self.viewer.show_view("resources")
        self.viewer.resources.select_attachment(attachment.id)

    def remove_attachment(self) -> None:
        attachment = self.viewer.resources.current_attachment()
        if attachment is None:
            return
        if not confirm(
            self,
            "Remove file",
            f"Remove {attachment.name} from StudyTracker?\nThe copy in the data folder is deleted; "
            "your original file is not touched.",
        ):
            return
        self._require_tracker().remove_attachment(attachment.id)
        self._fill_resources()

    def _pdf_page_changed(self, attachment_id: int, page: int) -> None:
        if self.tracker is not None:
            self.tracker.set_attachment_page(attachment_id, page)

    def open_search(self) -> None:
        if self._search is None:
            from studytracker.ui.search import SearchDialog

            self._search = SearchDialog(self._require_tracker().search, self)
            self._search.hit_chosen.connect(self.go_to_hit)
        self._search.show()
        self._search.raise_()
        self._search.activateWindow()
        self._search.query.setFocus()
        self._search.query.selectAll()

    def go_to_hit(self, hit: SearchHit) -> None:
        from PySide6.QtCore import QItemSelectionModel

        self.select_step(hit.step_id)
        if hit.topic_id:
            index = self.topic_model.index_of(hit.topic_id)
            if index.isValid():
                self.checklist.setCurrentIndex(index)
                self.checklist.selectionModel().select(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.checklist.scrollTo(index)
        if hit.kind == "resource" and hit.resource_id:
            self.viewer.show_view("resources")
            self.viewer.resources.select_resource(hit.resource_id)
        elif hit.kind == "note":
            self.viewer.show_view("notes")
        else:
            self.checklist.setFocus()

    def _roadmap_chosen(self, index: int) -> None:
        roadmap_id = self.roadmap_box.itemData(index)
        tracker = self._require_tracker()
        if roadmap_id and roadmap_id != tracker.active_roadmap().id:
            self.viewer.notes.flush()
            tracker.use_roadmap(roadmap_id)
            self.reload_roadmap()

    def _move_step(self, delta: int) -> None:
        row = self.sidebar.currentIndex().row() + delta
        if 0 <= row < self.step_model.rowCount():
            self.sidebar.setCurrentIndex(self.step_model.index(row))

    def _checklist_menu(self, position: QPoint) -> None:
        index = self.checklist.indexAt(position)
        if not index.isValid():
            return
        topic_id = index.siblingAtColumn(0).data(TopicIdRole)
        menu = QMenu(self)
        for label, status, key in STATUS_MENU:
            action = menu.addAction(f"{label}\t{key}")
            action.triggered.connect(lambda _checked=False, s=status: self.set_topic_status(topic_id, s))
        menu.addSeparator()
        attach = menu.addAction(icon("attach"), "Attach file to this topic…")
        attach.triggered.connect(self._attach_to_topic_at_cursor)
        attach.setEnabled(self.tracker is not None)
        menu.exec(self.checklist.viewport().mapToGlobal(position))

    def _attach_to_topic_at_cursor(self) -> None:
        self.viewer.resources.tree.setCurrentItem(None)  # type: ignore[call-overload]  # None: no current item
        self.attach_file()

    def _show_keys(self) -> None:
        QMessageBox.information(
            self,
            "Keyboard shortcuts",
            "Checklist: Space ticks or unticks · D done · I in progress · S skipped · "
            "T or Backspace to do\n"
            "Ctrl+F search · Ctrl+PgDown / Ctrl+PgUp next / previous step · "
            "Alt+1/2/3/4 overview, resources, notes, statistics",
        )

    def open_preferences(self) -> None:
        from studytracker.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._require_tracker(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.save()
            self.refresh_progress()

    def export_report(
        self, out: Path | None = None, options: ReportOptions | None = None
    ) -> BackgroundTask | None:
        """Write the report in the background (the window stays responsive) and say where it went."""
        tracker = self._require_tracker()
        if options is None:
            days = tracker.minutes_by_day()
            today = tracker.clock.now().date()
            from studytracker.ui.report_dialog import ReportDialog

            dialog = ReportDialog(min(days) if days else today, today, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            first, last = dialog.period()
            from studytracker.report.pdf import ReportOptions

            options = ReportOptions(first, last, include_notes=dialog.notes.isChecked())
        if out is None:
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getSaveFileName(
                self, "Save the report", str(Path.home() / "progress-report.pdf"), "PDF (*.pdf)"
            )
            if not name:
                return None
            out = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        data_dir, chosen, target = tracker.data_dir, options, out

        def work() -> object:
            from studytracker.report.pdf import write_report
            from studytracker.store.tracker import Tracker

            worker_tracker = Tracker.open(data_dir, clock=tracker.clock)
            try:
                return write_report(worker_tracker, target, chosen)
            finally:
                worker_tracker.close()

        from studytracker.ui.tasks import BackgroundTask

        task = BackgroundTask(self, "Writing the progress report…", work)
        task.finished.connect(
            lambda result: self.statusBar().showMessage(
                f"Report saved: {result.path} ({result.pages} pages)", 10000
            )
        )
        task.failed.connect(lambda message: QMessageBox.warning(self, "Report not written", message))
        task.start()
        return task

    # --- data safety ---------------------------------------------------------------------

    def check_reminders(self) -> list[str]:
        """Send the reminders that are due now; returns their titles (for tests and the log)."""
        if self.tracker is None:
            return []
        from studytracker.reminders import ReminderSettings, long_timer_due, study_reminder_due

        tracker = self.tracker
        settings = ReminderSettings.from_settings(tracker.setting)
        sent = []
        day = tracker.study_today()
        if study_reminder_due(
            settings, tracker.clock.now(), day, tracker.today_minutes(), self._reminded_day
        ):
            self._reminded_day = day
            self.notifier.notify("Time to study", "Nothing studied yet today. A few minutes keep the habit.")
            sent.append("Time to study")
        running = self.timer_bar.running
        if running is not None and long_timer_due(
            settings, self.timer_bar.elapsed_seconds(), self._long_timer_noted == running.id
        ):
            self._long_timer_noted = running.id
            self.notifier.notify(
                "Still studying?",
                f"The timer has run for {format_minutes(int(self.timer_bar.elapsed_seconds() // 60))}. "
                "Stop it if you forgot it.",
            )
            sent.append("Still studying?")
        return sent

    def bring_to_front(self) -> None:
        """A second start asked for this window."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    def poll_changes(self) -> bool:
        """Show what another program (the command line) wrote; True when something changed."""
        if self.tracker is None:
            return False
        version = self.tracker.db.data_version()
        if version == self._data_version:
            return False
        self._data_version = version
        self.refresh_progress()
        self.timer_bar.attach(self.tracker)  # the running session may have started or stopped
        return True

    def back_up(self, reason: str) -> Path | None:
        """A backup now ("now", "close"), or from the timer when changes happened (at most every 30 min)."""
        if self.tracker is None:
            return None
        from datetime import datetime

        from studytracker.store.safety import BACKUP_INTERVAL_SECONDS, Backups

        backups = Backups(self.tracker.data_dir)
        if reason != "now" and not backups.changed_since_last_backup():
            return None
        if reason == "timer":
            newest = backups.newest_first()
            if newest and (datetime.now() - newest[0].made_at).total_seconds() < BACKUP_INTERVAL_SECONDS:
                return None
        try:
            made = backups.create()
        except Exception as error:  # a failed backup must not stop the learner
            self.statusBar().showMessage(f"Backup failed: {error}", 15000)
            return None
        if reason == "now":
            self.statusBar().showMessage(f"Backed up to {made}", 8000)
        return made

    def recover_damaged_database(
        self,
        data_dir: Path,
        answer: Callable[[str, str], bool] | None = None,
        checked: CheckResult | None = None,
    ) -> bool:
        """The quick integrity check on start (or its result, `checked`, made off the event loop).
        On damage nothing is opened for writing; the learner may restore the newest good backup
        (the damaged file is kept). False: do not open."""
        from studytracker.store.policy import DATABASE_NAME
        from studytracker.store.safety import Backups, check_database

        database = data_dir / DATABASE_NAME
        if not database.exists():
            return True
        result = checked or check_database(database, quick=True)
        if result.ok:
            return True
        self.close_first_view()  # the damaged file is shown no longer
        backups = Backups(data_dir)
        good = backups.newest_good()
        if good is None:
            QMessageBox.critical(
                self,
                "Your data is damaged",
                f"{result.summary()}\n\nThere is no good backup to restore. The file is left as it is; "
                "nothing was written.",
            )
            return False
        ask = answer or self._ask_restore_after_damage
        if not ask(result.summary(), f"{good.made_at:%d %B %Y at %H:%M}"):
            return False
        kept = backups.restore(good.path)
        self.statusBar().showMessage(
            f"Restored the backup of {good.made_at:%d %b %H:%M}; the damaged file is {kept}"
        )
        return True

    def _ask_restore_after_damage(self, problem: str, when: str) -> bool:
        answer = QMessageBox.warning(
            self,
            "Your data is damaged",
            f"{problem}\n\nStudyTracker opened nothing for writing. Restore the newest good backup, "
            f"from {when}? The damaged file is kept as it is.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_backup(self, path: Path | None = None) -> bool:
        """File → Restore a backup…: choose one of the backups; the current data is backed up first."""
        tracker = self._require_tracker()
        from studytracker.store.safety import Backups

        backups = Backups(tracker.data_dir)
        if path is None:
            listed = backups.newest_first()
            if not listed:
                QMessageBox.information(self, "Restore a backup", "There are no backups yet.")
                return False
            from PySide6.QtWidgets import QInputDialog

            labels = [f"{b.made_at:%a %d %b %Y, %H:%M:%S}  ({b.size_bytes / 1024:.0f} KB)" for b in listed]
            choice, ok = QInputDialog.getItem(
                self, "Restore a backup", "Backup to restore:", labels, 0, False
            )
            if not ok:
                return False
            path = listed[labels.index(choice)].path
            if not confirm(
                self,
                "Restore a backup",
                f"Replace your current data with the backup of {choice.split('  (')[0]}?\n"
                "Your current data is backed up first.",
            ):
                return False
        self.viewer.notes.flush()
        clock = tracker.clock
        data_dir = tracker.data_dir
        self.watch_timer.stop()
        tracker.close()
        try:
            backups.restore(path)
        except Exception as error:
            QMessageBox.warning(self, "Not restored", str(error))
            restored = False
        else:
            restored = True
        from studytracker.store.tracker import Tracker

        self.attach(Tracker.open(data_dir, clock=clock))  # the restored data (or, on failure, the same)
        if restored:
            self.statusBar().showMessage(f"Restored {path.name}", 8000)
        return restored

    # --- roadmaps ------------------------------------------------------------------------

    def import_roadmap_file(
        self,
        path: Path | None = None,
        confirm: Callable[[Roadmap, RoadmapInfo | None], bool] | None = None,
    ) -> None:
        """Read a roadmap file, show what was found, and import it once the learner agrees.

        Reading and importing run in the background; the import opens its own Tracker there.
        """
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getOpenFileName(
                self, "Import a roadmap", str(Path.home()), "Roadmaps (*.md *.markdown *.json)"
            )
            if not name:
                return
            path = Path(name)
        data_dir = self._require_tracker().data_dir
        ask = confirm or self._confirm_import

        from studytracker.ui.tasks import BackgroundTask

        def read() -> Roadmap:
            from studytracker.roadmap.files import load_roadmap_file

            return load_roadmap_file(path)

        def import_it(roadmap: Roadmap) -> None:
            def work() -> object:
                from studytracker.store.tracker import Tracker

                worker_tracker = Tracker.open(data_dir)
                try:
                    return worker_tracker.import_roadmap(roadmap)
                finally:
                    worker_tracker.close()

            task = BackgroundTask(self, f"Importing {roadmap.title}…", work)
            task.finished.connect(lambda _result: self._imported(roadmap.id))
            task.failed.connect(lambda message: QMessageBox.warning(self, "Import failed", message))
            task.start()

        def found(roadmap: Roadmap) -> None:
            existing = next((r for r in self._require_tracker().roadmaps() if r.id == roadmap.id), None)
            if ask(roadmap, existing):
                import_it(roadmap)

        task = BackgroundTask(self, f"Reading {path.name}…", read)
        task.finished.connect(found)
        task.failed.connect(lambda message: QMessageBox.warning(self, "Cannot import this file", message))
        task.start()

    def _confirm_import(self, roadmap: Roadmap, existing: RoadmapInfo | None) -> bool:
        steps, topics, resources = roadmap.counts()
        edition = f", edition {roadmap.edition}" if roadmap.edition else ""
        what = (
            f"This updates <b>{escape(existing.title)}</b>: progress is kept for every topic whose id "
            "remains; topics it no longer has are archived, not deleted."
            if existing
            else "This adds a new roadmap beside the ones you follow."
        )
        box = QMessageBox(self)
        box.setObjectName("importConfirm")
        box.setWindowTitle("Import roadmap")
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            f"<b>{escape(roadmap.title)}</b> ({escape(roadmap.id)}{escape(edition)})<br>"
            f"{steps} steps, {topics} topics, {resources} resources.<p>{what}"
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText("Import")
        return box.exec() == QMessageBox.StandardButton.Ok

    def _imported(self, roadmap_id: str) -> None:
        tracker = self._require_tracker()
        tracker.use_roadmap(roadmap_id)
        self.reload_roadmap()
        self.statusBar().showMessage(f"Imported {tracker.active_roadmap().title}", 5000)

    def remove_roadmap(self, answer: Callable[[str, tuple[int, int, int]], str | None] | None = None) -> None:
        """Ask first; then remove the shown roadmap, keeping its sessions if the learner chose so."""
        tracker = self._require_tracker()
        roadmap = tracker.active_roadmap()
        if len(tracker.roadmaps()) < 2:
            QMessageBox.information(
                self, "Remove roadmap", f"{roadmap.title} is your only roadmap; import another first."
            )
            return
        choice = (answer or self._ask_removal)(roadmap.title, tracker.removal_counts(roadmap.id))
        if choice is None:
            return
        self.viewer.notes.flush()
        tracker.remove_roadmap(roadmap.id, keep_sessions=choice == "keep-sessions")
        self.reload_roadmap()

    def _ask_removal(self, title: str, counts: tuple[int, int, int]) -> str | None:
        progress, sessions, notes = counts
        box = QMessageBox(self)
        box.setObjectName("removeConfirm")
        box.setWindowTitle("Remove roadmap")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            f"Remove <b>{escape(title)}</b>?<p>It has progress on {progress} topics, {sessions} study "
            f"sessions and {notes} notes."
        )
        keep = box.addButton("Remove, keep sessions", QMessageBox.ButtonRole.AcceptRole)
        everything = box.addButton("Remove everything", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return "keep-sessions"
        if box.clickedButton() is everything:
            return "everything"
        return None

    def _ask_close_running(self) -> bool:
        answer = QMessageBox.question(
            self,
            "The timer is running",
            "Stop the study timer and save the session before closing?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save

    # --- window state --------------------------------------------------------------------

    def _restore_layout(self) -> None:
        for key, restore in (
            ("window/geometry", self.restoreGeometry),
            ("window/state", self.restoreState),
            ("window/outerSplitter", self.outer_splitter.restoreState),
            ("window/innerSplitter", self.inner_splitter.restoreState),
            ("window/resourcesSplitter", self.viewer.resources.splitter.restoreState),
        ):
            value = self.settings.value(key)
            if isinstance(value, QByteArray):
                restore(value)
        if not isinstance(self.settings.value("window/geometry"), QByteArray):
            self.resize(1280, 800)

    def save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        self.settings.setValue("window/outerSplitter", self.outer_splitter.saveState())
        self.settings.setValue("window/innerSplitter", self.inner_splitter.saveState())
        self.settings.setValue("window/resourcesSplitter", self.viewer.resources.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.timer_bar.running is not None:
            if not self.confirm_close_running():
                event.ignore()
                return
            self.timer_bar.stop()
        if not self.viewer.notes.flush():
            answer = QMessageBox.warning(
                self,
                "Notes not saved",
                "A note could not be saved (see the message under it). Close anyway and lose the change?",
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        self.save_layout()
        self.watch_timer.stop()
        self.backup_timer.stop()
        self.reminder_timer.stop()
        self.back_up(reason="close")
        super().closeEvent(event)

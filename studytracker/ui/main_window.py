"""The main window: a shell that lays out the step sidebar, the step pane and the timer, builds
the menus from the action table, and wires the parts that do the work (`operations`,
`data_folder`, `backups`, `roadmap_flows`, `watchers`, `questions`)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QToolBar,
    QWidget,
)

from studytracker.i18n import Context
from studytracker.ui.actions import build_actions
from studytracker.ui.backups import BackupKeeper
from studytracker.ui.data_folder import DataFolder
from studytracker.ui.eliding_combo import ElidingComboBox
from studytracker.ui.help import Help
from studytracker.ui.icons import icon
from studytracker.ui.models.step_list import StepIdRole, StepListModel
from studytracker.ui.notify import Notifier
from studytracker.ui.operations import OperationRunner
from studytracker.ui.questions import Questions
from studytracker.ui.roadmap_flows import RoadmapFlows
from studytracker.ui.status_bar import progress_text, reviews_text, reviews_tooltip, today_text
from studytracker.ui.step_delegate import StepDelegate
from studytracker.ui.step_pane import StepPane
from studytracker.ui.theme import THEME_KEY, apply_theme
from studytracker.ui.timer_bar import TimerBar
from studytracker.ui.viewer import VIEWS
from studytracker.ui.watchers import DataVersionWatcher, ReminderWatcher
from studytracker.ui.window_layout import WindowLayout

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex, QUrl
    from PySide6.QtGui import QCloseEvent

    from studytracker.report.pdf import ReportOptions
    from studytracker.store.clock import Clock
    from studytracker.store.reads import Reads
    from studytracker.store.records import Changes, RoadmapInfo, SearchHit, Status, StreakInfo
    from studytracker.store.tracker import Tracker
    from studytracker.ui.search import SearchDialog
    from studytracker.ui.session_log import SessionLog
    from studytracker.ui.tasks import BackgroundTask
    from studytracker.ui.welcome import WelcomeDialog

Window = Context("Window")


class MainWindow(QMainWindow):
    """The window. It owns the layout and the wiring; each area's work is in its own module."""

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
        self.questions = Questions(self)
        self.runner = OperationRunner(self.questions, self)
        self.runner.changed.connect(self._apply_changes)
        self.runner.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.roadmap_flows = RoadmapFlows(self.runner, self.questions)
        self.data_folder: DataFolder | None = None  # set by `open_data_folder` or `attach`
        self.backups: BackupKeeper | None = None
        self.roadmap_id = ""
        self._shown_roadmaps: list[RoadmapInfo] = []  # in the switcher, as last read
        self._search: SearchDialog | None = None
        self._interactive = True
        self._build(open_url if open_url is not None else QDesktopServices.openUrl)
        self.window_layout = WindowLayout(
            self.settings,
            self,
            {
                "outerSplitter": self.outer_splitter,
                "innerSplitter": self.step_pane,
                "resourcesSplitter": self.viewer.resources.splitter,
            },
        )
        self.window_layout.restore()
        self.data_watcher = DataVersionWatcher(self.runner)
        self.data_watcher.outside_change.connect(self._apply_outside_change)
        self.reminders = ReminderWatcher(self.runner, self.timer_bar, self.notifier)

    # --- building ------------------------------------------------------------------------

    def _build(self, open_url: Callable[[QUrl], object]) -> None:
        self.step_model = StepListModel(self)
        self.sidebar = QListView(self)
        self.sidebar.setObjectName("stepSidebar")
        self.sidebar.setAccessibleName(Window.tr("Steps"))
        self.sidebar.setModel(self.step_model)
        self.sidebar.setItemDelegate(StepDelegate(self.sidebar))
        self.sidebar.setUniformItemSizes(False)  # a step group's first row also holds its title
        self.sidebar.setMinimumWidth(240)
        self.sidebar.selectionModel().currentChanged.connect(self._step_row_changed)

        self.step_pane = StepPane(self.runner, self.questions, open_url, self)
        self.checklist = self.step_pane.checklist
        self.topic_model = self.step_pane.topic_model
        self.viewer = self.step_pane.viewer
        self.roadmap_flows.about_to_change.connect(self.viewer.notes.flush)
        self.step_pane.timer_requested.connect(self._time_topic)

        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer_splitter.setObjectName("outerSplitter")
        self.outer_splitter.addWidget(self.sidebar)
        self.outer_splitter.addWidget(self.step_pane)
        self.outer_splitter.setStretchFactor(1, 1)
        self.outer_splitter.setSizes([270, 1000])
        self.setCentralWidget(self.outer_splitter)

        self.roadmap_box = ElidingComboBox(self)
        self.roadmap_box.setObjectName("roadmapSwitcher")
        self.roadmap_box.setAccessibleName(Window.tr("Roadmap"))
        self.roadmap_box.setMinimumContentsLength(44)  # the bundled title whole; longer ones elide
        self.roadmap_box.activated.connect(
            lambda index: self.roadmap_flows.choose(self.roadmap_box.itemData(index))
        )
        toolbar = QToolBar(Window.tr("Roadmap"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(Window.tr(" Roadmap: "), self))
        toolbar.addWidget(self.roadmap_box)
        self.addToolBar(toolbar)

        self.progress_label = QLabel(self)
        self.progress_label.setObjectName("overallProgress")
        self.today_label = QLabel(self)
        self.today_label.setObjectName("todayTime")
        self.reviews_label = QLabel(self)
        self.reviews_label.setObjectName("reviewsDue")
        self.statusBar().addWidget(self.progress_label, 1)
        self.statusBar().addPermanentWidget(self.reviews_label)
        self.statusBar().addPermanentWidget(self.today_label)

        self.notifier = Notifier(self)
        self.timer_bar = TimerBar(self._timer_target, self.runner, self.notifier, self.questions, self)
        timer_toolbar = QToolBar(Window.tr("Study timer"), self)
        timer_toolbar.setObjectName("timerToolbar")
        timer_toolbar.setMovable(False)
        timer_toolbar.addWidget(self.timer_bar)
        self.addToolBarBreak()
        self.addToolBar(timer_toolbar)

        self.help = Help(
            self.questions,
            lambda: self.data_folder.data_dir if self.data_folder is not None else None,
            open_url,
            self,
        )
        self.actions_by_name = build_actions(self, self._action_handlers())
        self.find_action = self.actions_by_name["find"]
        self.timer_bar.pomodoro_box.toggled.connect(self.actions_by_name["pomodoro"].setChecked)
        self._wire_undo()
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        self._enable_data_actions(False)
        self._set_keyboard_order()

    def _set_keyboard_order(self) -> None:
        """Tab follows the layout: the roadmap, the timer, the steps, the checklist, the tabs.
        The step list and the checklist draw a frame when they have the keyboard."""
        bar = self.timer_bar
        chain = (
            self.roadmap_box,
            bar.start_button,
            bar.pause_button,
            bar.stop_button,
            bar.pomodoro_box,
            self.sidebar,
            self.checklist,
            self.viewer,
        )
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._style_focus_frames()

    def _style_focus_frames(self) -> None:
        """(Again after a theme change: a style sheet takes the palette's colours when set.)"""
        for view in (self.sidebar, self.checklist):
            view.setStyleSheet(
                f"#{view.objectName()} {{ border: 1px solid palette(mid); }}"
                f"#{view.objectName()}:focus {{ border: 2px solid palette(highlight); }}"
            )

    def _action_handlers(self) -> dict[str, Callable[[], object]]:
        handlers: dict[str, Callable[[], object]] = {
            "import_roadmap": self.roadmap_flows.import_file,
            "export_report": self.export_report,
            "back_up": lambda: self.backups.back_up_in_background("now") if self.backups else None,
            "restore_backup": lambda: self.backups.restore() if self.backups else None,
            "remove_roadmap": self.roadmap_flows.remove,
            "quit": self.close,
            "undo": self.step_pane.undo_stack.undo,
            "redo": self.step_pane.undo_stack.redo,
            "find": self.open_search,
            "preferences": self.open_preferences,
            "toggle_timer": self.toggle_timer,
            "toggle_pause": lambda: self.timer_bar.toggle_pause(),
            "pomodoro": lambda: self.timer_bar.pomodoro_box.setChecked(
                self.actions_by_name["pomodoro"].isChecked()
            ),
            "session_log": self.open_session_log,
            "log_past_session": self.log_past_session,
            "daily_goal": self.ask_daily_goal,
            "next_step": lambda: self._move_step(1),
            "previous_step": lambda: self._move_step(-1),
            "guide": self.help.show_guide,
            "shortcuts": self.help.show_keys,
            "open_data_folder": self.help.open_data_folder,
            "about": self.help.show_about,
        }
        for view in VIEWS:
            handlers[f"show_{view}"] = partial(self.viewer.show_view, view)
        return handlers

    def _wire_undo(self) -> None:
        """Edit → Undo and Redo name the status change they would undo or redo."""
        stack = self.step_pane.undo_stack
        undo, redo = self.actions_by_name["undo"], self.actions_by_name["redo"]
        undo.setEnabled(False)
        redo.setEnabled(False)
        stack.canUndoChanged.connect(lambda can: undo.setEnabled(can and self.runner.tracker is not None))
        stack.canRedoChanged.connect(lambda can: redo.setEnabled(can and self.runner.tracker is not None))
        stack.undoTextChanged.connect(
            lambda text: undo.setText(
                Window.tr("&Undo {change}").format(change=text) if text else Window.tr("&Undo")
            )
        )
        stack.redoTextChanged.connect(
            lambda text: redo.setText(
                Window.tr("&Redo {change}").format(change=text) if text else Window.tr("&Redo")
            )
        )

    def _enable_data_actions(self, enabled: bool) -> None:
        from studytracker.ui.actions import ACTIONS

        stack = self.step_pane.undo_stack
        can = {"undo": stack.canUndo(), "redo": stack.canRedo()}
        for spec in ACTIONS:
            if spec.needs_store:
                self.actions_by_name[spec.name].setEnabled(enabled and can.get(spec.name, True))
        self.roadmap_box.setEnabled(enabled)

    # --- the data ------------------------------------------------------------------------

    @property
    def tracker(self) -> Tracker | None:
        return self.runner.tracker

    @property
    def reads(self) -> Reads | None:
        return self.runner.reads

    @property
    def step_id(self) -> str:
        return self.step_pane.step_id

    def use_data_folder(self, data_dir: Path, clock: Clock | None = None) -> DataFolder:
        """The data folder this window shows; its opening sequence reports back here."""
        data_folder = DataFolder(data_dir, self.runner, self.questions, clock)
        data_folder.attached.connect(self._attached)
        data_folder.first_view_closed.connect(self._emptied)
        data_folder.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.data_folder = data_folder
        self.backups = BackupKeeper(self.runner, data_folder, self.questions, self)
        self.backups.about_to_restore.connect(self._before_restore)
        return data_folder

    def show_first_view(self, data_dir: Path, clock: Clock | None = None) -> bool:
        """Fill the window, before its first paint, from the data folder opened read-only;
        nothing can be changed until the Tracker is attached (`load_store`)."""
        from studytracker.store.errors import StoreError

        data_folder = self.data_folder or self.use_data_folder(data_dir, clock)
        if not data_folder.open_first_view():
            return False
        try:
            self.reload_roadmap()
            self.timer_bar.refresh()
        except StoreError:  # a damaged file, say: the integrity check of `load_store` tells
            data_folder.close_first_view()
            return False
        return True

    def attach(self, tracker: Tracker, interactive: bool = True) -> None:
        """Show an opened Tracker's data (tests, the screenshot). `interactive` False renders
        only: no questions, and a running session is shown but not taken over."""
        self._interactive = interactive
        data_folder = self.data_folder or self.use_data_folder(tracker.data_dir, tracker.clock)
        data_folder.adopt(tracker)

    def _attached(self, took_over_first_view: bool) -> None:
        self._enable_data_actions(True)
        self.statusBar().clearMessage()
        if took_over_first_view and self._shows_roadmap_as_stored():
            # What the first view showed is still there: only what changed since moves, and the
            # learner's place in the checklist (selection, scrolling) stays.
            self._refresh_in_place()
        else:
            self.reload_roadmap()
        if self._interactive:
            self.timer_bar.offer_recovery()
            self.timer_bar.take_over_command_line_session()
        self.timer_bar.refresh()
        self.data_watcher.start()
        if self.backups is not None:
            self.backups.timer.start()
        self.reminders.timer.start()

    def _emptied(self) -> None:
        """The first view closed without a Tracker (damaged data): show nothing."""
        self.step_model.set_steps([])
        self.roadmap_box.clear()
        self.progress_label.clear()

    def _before_restore(self) -> None:
        self.viewer.notes.flush()
        self.data_watcher.stop()

    def _shows_roadmap_as_stored(self) -> bool:
        """Whether the window shows the roadmaps and the active roadmap's steps as they are."""
        reads = self._reads()
        with reads.snapshot() as snapshot:
            return (
                snapshot.roadmaps.all() == self._shown_roadmaps
                and [s.id for s in snapshot.progress.status().steps] == self.step_model.step_ids()
            )

    def _reads(self) -> Reads:
        reads = self.runner.reads
        if reads is None:
            raise RuntimeError("the window has no data yet")
        return reads

    def reload_roadmap(self) -> None:
        """Show the active roadmap anew: the switcher, the sidebar, the step shown last time."""
        with self._reads().snapshot() as reads:
            roadmaps = reads.roadmaps.all()
            status = reads.progress.status()
            today = reads.plan.today_against_goal()
            # (not on the first paint: the review scheduler loads once the store is attached)
            reviews_due = len(reads.reviews.due()) if self.runner.tracker is not None else 0
        self._shown_roadmaps = roadmaps
        if status.roadmap.id != self.roadmap_id:
            self.step_pane.undo_stack.clear()  # its topics are another roadmap's
        self.roadmap_box.blockSignals(True)
        self.roadmap_box.clear()
        for info in roadmaps:
            self.roadmap_box.addItem(info.title, info.id)
            self.roadmap_box.setItemData(
                self.roadmap_box.count() - 1, info.title, Qt.ItemDataRole.ToolTipRole
            )
            if info.active:
                self.roadmap_box.setCurrentIndex(self.roadmap_box.count() - 1)
        self.roadmap_box.blockSignals(False)
        self.roadmap_box.setToolTip(self.roadmap_box.currentText())
        self.roadmap_id = status.roadmap.id
        self.step_model.set_steps(status.steps)
        self._show_totals(status, today)
        self._show_reviews_due(reviews_due)
        remembered = str(self.settings.value(f"lastStep/{status.roadmap.id}", "") or "")
        ids = [s.id for s in status.steps]
        self.step_pane.step_id = ""
        if ids:
            shown = remembered if remembered in ids else ids[0]
            self.select_step(shown)
            if self.step_id != shown:  # the row was current already: show its data all the same
                self._show_step(shown)

    def _show_totals(self, status: Status, today: StreakInfo) -> None:
        self.progress_label.setText(progress_text(status))
        self.today_label.setText(today_text(today))

    def _show_reviews_due(self, due: int) -> None:
        self.reviews_label.setText(reviews_text(due))
        self.reviews_label.setToolTip(reviews_tooltip())

    def _refresh_totals(self) -> None:
        """The sidebar rows that changed and the status bar."""
        with self._reads().snapshot() as reads:
            status = reads.progress.status()
            today = reads.plan.today_against_goal()
            reviews_due = len(reads.reviews.due())
        self.step_model.set_steps(status.steps)
        self._show_totals(status, today)
        self._show_reviews_due(reviews_due)

    def _apply_changes(self, changes: Changes) -> None:
        """The one place a change reaches the views: each updates only what `changes` names."""
        if changes.roadmaps:
            self.reload_roadmap()
            return
        if changes.steps or changes.topics or changes.sessions or changes.settings or changes.reviews:
            self._refresh_totals()
        self.step_pane.apply(changes)

    def _apply_outside_change(self) -> None:
        """Another program (the command line) wrote: anything shown may have changed."""
        if self._shows_roadmap_as_stored():
            self._refresh_in_place()
        else:
            self.reload_roadmap()
        self.timer_bar.refresh()

    def _refresh_in_place(self) -> None:
        from studytracker.store.records import Changes

        self._refresh_totals()
        self.step_pane.apply(Changes(), everything=True)

    # --- steps ---------------------------------------------------------------------------

    def select_step(self, step_id: str) -> None:
        row = self.step_model.row_of(step_id)
        if row < 0:
            raise ValueError(f"no step {step_id!r} in the sidebar")
        self.sidebar.setCurrentIndex(self.step_model.index(row))

    def _step_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        step_id = current.data(StepIdRole) if current.isValid() else ""
        if step_id and step_id != self.step_id and self.runner.reads is not None:
            self._show_step(step_id)

    def _show_step(self, step_id: str) -> None:
        self.settings.setValue(f"lastStep/{self.roadmap_id}", step_id)
        self.step_pane.show_step(step_id)

    def _move_step(self, delta: int) -> None:
        row = self.sidebar.currentIndex().row() + delta
        if 0 <= row < self.step_model.rowCount():
            self.sidebar.setCurrentIndex(self.step_model.index(row))

    def current_topic(self) -> object:
        return self.step_pane.current_topic()

    def set_topic_status(self, topic_id: str, status: str) -> None:
        self.step_pane.set_topic_status(topic_id, status)

    # --- study ---------------------------------------------------------------------------

    def _timer_target(self) -> tuple[str, str | None, str]:
        topic = self.step_pane.selected_topic()
        return self.step_id, topic.id if topic else None, topic.title if topic else ""

    def _time_topic(self, topic_id: str) -> None:
        """Start the timer on a topic (the checklist's menu): a session already running stops first."""
        self.step_pane.select_topic(topic_id)
        if self.timer_bar.running is not None:
            self.timer_bar.stop()
        self.timer_bar.start()

    def toggle_timer(self) -> None:
        if self.timer_bar.running is None:
            self.timer_bar.start()
        else:
            self.timer_bar.stop()

    def open_session_log(self) -> SessionLog:
        from studytracker.ui.session_log import SessionLog

        log = SessionLog(self.runner, self)
        log.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        log.show()
        return log

    def log_past_session(self) -> None:
        self.open_session_log().ask_new(self.step_id)

    def ask_daily_goal(self) -> None:
        current = self._reads().plan.daily_goal()
        minutes = self.questions.whole_number(
            Window.tr("Daily goal"), Window.tr("Minutes of study a day:"), current, 1, 24 * 60
        )
        if minutes is not None:
            self.runner.run(
                Window.tr("Goal not saved"),
                lambda tracker: tracker.settings.update_preferences(daily_goal_minutes=minutes),
            )

    def open_preferences(self) -> None:
        from studytracker.ui.preferences import edit_preferences

        edit_preferences(self.runner, self.settings, self, self.use_theme)

    def use_theme(self, theme: str) -> None:
        """Colour the application with `theme` now, and at every start from now on."""
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        apply_theme(app, theme)
        self.settings.setValue(THEME_KEY, theme)
        self._style_focus_frames()

    # --- search and the report -----------------------------------------------------------

    def open_search(self) -> None:
        if self._search is None:
            from studytracker.ui.search import SearchDialog

            self._search = SearchDialog(lambda text: self._reads().search.find(text), self)
            self._search.hit_chosen.connect(self.go_to_hit)
        self._search.show()
        self._search.raise_()
        self._search.activateWindow()
        self._search.query.setFocus()
        self._search.query.selectAll()

    def go_to_hit(self, hit: SearchHit) -> None:
        self.select_step(hit.step_id)
        self.step_pane.show_hit(hit)
        if hit.kind == "session" and hit.session_id is not None:
            self.open_session_log().show_session(hit.session_id)

    def export_report(
        self, out: Path | None = None, options: ReportOptions | None = None
    ) -> BackgroundTask | None:
        """Write the report in the background (the window stays responsive) and say where it went."""
        from studytracker.ui.report_dialog import export_report

        return export_report(self.runner, self.questions, self, out, options)

    # --- help ----------------------------------------------------------------------------

    def offer_welcome(self) -> WelcomeDialog | None:
        """A new data folder's welcome (the running app asks once the store is attached)."""
        from studytracker.ui.welcome import offer_welcome

        return offer_welcome(self.runner, self.roadmap_flows, self)

    def bring_to_front(self) -> None:
        """A second start asked for this window."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # --- window state --------------------------------------------------------------------

    def save_layout(self) -> None:
        self.window_layout.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.timer_bar.running is not None:
            answer = self.questions.close_while_running()
            if answer is None:
                event.ignore()
                return
            if answer == "save":
                self.timer_bar.stop()
            else:
                self.timer_bar.discard()
        if not self.viewer.notes.flush() and not self.questions.close_with_unsaved_note():
            event.ignore()
            return
        self.save_layout()
        self.data_watcher.stop()
        self.reminders.timer.stop()
        if self.backups is not None:
            self.backups.timer.stop()
            self.backups.back_up("close")
        super().closeEvent(event)

"""The main window: a shell that lays out the step sidebar, the step pane and the timer, builds
the menus from the action table, and wires the rooms that do the work: the controllers (the
operation runner, the data folder, backups, roadmap flows, watchers), the roadmap as shown and
every change routed to it (`roadmap_view`), the Study menu's work (`study_actions`), the dialogs."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from studytracker.i18n import Context
from studytracker.ui.controllers.backups import BackupKeeper
from studytracker.ui.controllers.data_folder import DataFolder
from studytracker.ui.controllers.operations import OperationRunner
from studytracker.ui.controllers.roadmap_flows import RoadmapFlows
from studytracker.ui.controllers.sync import SyncKeeper
from studytracker.ui.controllers.watchers import DataVersionWatcher, ReminderWatcher
from studytracker.ui.dialogs.questions import Questions
from studytracker.ui.models.step_list import StepListModel
from studytracker.ui.shell.actions import UndoActions, build_actions, enable_data_actions
from studytracker.ui.shell.help import Help
from studytracker.ui.shell.notify import Notifier
from studytracker.ui.shell.roadmap_switcher import RoadmapSwitcher
from studytracker.ui.shell.roadmap_view import RoadmapView
from studytracker.ui.shell.status_bar import StudyStatusBar
from studytracker.ui.shell.step_sidebar import StepSidebar
from studytracker.ui.shell.study_actions import StudyActions
from studytracker.ui.shell.theme import style_focus_frame
from studytracker.ui.shell.timer_bar import TimerBar
from studytracker.ui.shell.window_layout import LastStep, WindowLayout
from studytracker.ui.step_pane.pane import StepPane
from studytracker.ui.step_pane.viewer import VIEWS
from studytracker.ui.widgets.icons import icon

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QCloseEvent

    from studytracker.report.pdf import ReportOptions
    from studytracker.store.clock import Clock
    from studytracker.store.reads import Reads
    from studytracker.store.records import SearchHit
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.tasks import BackgroundTask
    from studytracker.ui.dialogs.search import SearchDialog
    from studytracker.ui.dialogs.welcome import WelcomeDialog

Window = Context("Window")


class MainWindow(QMainWindow):
    """The window. It owns the layout and the wiring; each area's work is in its own module.

    Attributes:
        runner: the one way to the data (`run` writes, `reads` reads, `changed` tells).
        roadmap_view: the switcher, the sidebar, the status bar and the step shown, kept in step
            with the data (every change goes through it).
        step_pane: the checklist and the viewer of the shown step.
        study: the Study menu's work (timer, session log, goal, preferences).
    """

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
        self.roadmap_flows = RoadmapFlows(self.runner, self.questions)
        self.data_folder: DataFolder | None = None  # set by `use_data_folder` or `attach`
        self.backups: BackupKeeper | None = None
        self.last_step = LastStep(self.settings, self)
        self._search: SearchDialog | None = None
        self._interactive = True
        self._build(open_url if open_url is not None else QDesktopServices.openUrl)
        self.runner.message.connect(self.status_bar.showMessage)
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
        self.data_watcher.outside_change.connect(self.roadmap_view.apply_outside)
        self.reminders = ReminderWatcher(self.runner, self.timer_bar, self.notifier)
        self.sync = SyncKeeper(self.runner, self.questions, self.status_bar, self.go_to_hit, self)

    # --- building ------------------------------------------------------------------------

    def _build(self, open_url: Callable[[QUrl], object]) -> None:
        self.step_model = StepListModel(self)
        self.sidebar = StepSidebar(self.step_model, self)
        self.step_pane = StepPane(self.runner, self.questions, open_url, self)
        self.checklist = self.step_pane.checklist
        self.topic_model = self.step_pane.topic_model
        self.viewer = self.step_pane.viewer
        self.roadmap_flows.about_to_change.connect(self.viewer.save_notes)

        self.outer_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.outer_splitter.setObjectName("outerSplitter")
        self.outer_splitter.addWidget(self.sidebar)
        self.outer_splitter.addWidget(self.step_pane)
        self.outer_splitter.setStretchFactor(1, 1)
        self.outer_splitter.setSizes([270, 1000])
        self.setCentralWidget(self.outer_splitter)

        self.roadmap_box = RoadmapSwitcher(self)
        self.roadmap_box.activated.connect(
            lambda index: self.roadmap_flows.choose(self.roadmap_box.itemData(index))
        )
        toolbar = self._toolbar(Window.tr("Roadmap"), "mainToolbar")
        toolbar.addWidget(QLabel(Window.tr(" Roadmap: "), self))
        toolbar.addWidget(self.roadmap_box)

        self.status_bar = StudyStatusBar(self)
        self.setStatusBar(self.status_bar)
        self.progress_label = self.status_bar.progress_label
        self.today_label = self.status_bar.today_label
        self.reviews_label = self.status_bar.reviews_label
        self.roadmap_view = RoadmapView(
            self.runner, self.roadmap_box, self.sidebar, self.status_bar, self.step_pane, self.last_step
        )
        self.runner.changed.connect(self.roadmap_view.apply)

        self.notifier = Notifier(self)
        self.study = StudyActions(
            self.runner, self.questions, self.settings, self.step_pane, self, self._style_focus_frames
        )
        self.timer_bar = TimerBar(self.study.timer_target, self.runner, self.notifier, self.questions, self)
        self.study.timer_bar = self.timer_bar
        self.timer_bar.studied_minutes.connect(self.status_bar.show_running_minutes)
        self.roadmap_view.after_outside_change = self.timer_bar.refresh
        self.step_pane.timer_requested.connect(self.study.time_topic)
        self.addToolBarBreak()
        self._toolbar(Window.tr("Study timer"), "timerToolbar").addWidget(self.timer_bar)

        self.help = Help(
            self.questions,
            lambda: self.data_folder.data_dir if self.data_folder is not None else None,
            open_url,
            self,
        )
        self.actions_by_name = build_actions(self, self._action_handlers())
        self.find_action = self.actions_by_name["find"]
        self.timer_bar.pomodoro_box.toggled.connect(self.actions_by_name["pomodoro"].setChecked)
        UndoActions(self.actions_by_name, self.step_pane.editing.undo_stack, lambda: self.tracker is not None)
        toolbar.addSeparator()
        toolbar.addAction(self.find_action)
        self._enable_data_actions(False)
        # Tab follows the layout: the roadmap, the timer, the steps, the checklist, the tabs.
        bar = self.timer_bar
        chain = (self.roadmap_box, bar.start_button, bar.pause_button, bar.stop_button, bar.pomodoro_box)
        for first, second in pairwise((*chain, self.sidebar, self.checklist, self.viewer)):
            QWidget.setTabOrder(first, second)
        self._style_focus_frames()

    def _style_focus_frames(self) -> None:
        for view in (self.sidebar, self.checklist):
            style_focus_frame(view)

    def _toolbar(self, title: str, name: str) -> QToolBar:
        toolbar = QToolBar(title, self)
        toolbar.setObjectName(name)
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        return toolbar

    def _action_handlers(self) -> dict[str, Callable[[], object]]:
        study, undo_stack = self.study, self.step_pane.editing.undo_stack
        handlers: dict[str, Callable[[], object]] = {
            "import_roadmap": self.roadmap_flows.import_file,
            "export_report": self.export_report,
            "back_up": lambda: self.backups.back_up_in_background("now") if self.backups else None,
            "restore_backup": lambda: self.backups.restore() if self.backups else None,
            "sync_now": lambda: self.sync.sync_now(),
            "sync_settings": lambda: self.sync.open_dialog(),
            **self.step_pane.offline.handlers(),
            "remove_roadmap": self.roadmap_flows.remove,
            "quit": self.close,
            "undo": undo_stack.undo,
            "redo": undo_stack.redo,
            "find": self.open_search,
            "preferences": study.open_preferences,
            "toggle_timer": study.toggle_timer,
            "toggle_pause": lambda: self.timer_bar.toggle_pause(),
            "pomodoro": lambda: self.timer_bar.pomodoro_box.setChecked(
                self.actions_by_name["pomodoro"].isChecked()
            ),
            "session_log": study.open_session_log,
            "log_past_session": study.log_past_session,
            "daily_goal": study.ask_daily_goal,
            "next_step": lambda: self.roadmap_view.move_step(1),
            "previous_step": lambda: self.roadmap_view.move_step(-1),
            "guide": self.help.show_guide,
            "shortcuts": self.help.show_keys,
            "open_data_folder": self.help.open_data_folder,
            "about": self.help.show_about,
        }
        for view in VIEWS:
            handlers[f"show_{view}"] = partial(self.viewer.show_view, view)
        return handlers

    def _enable_data_actions(self, enabled: bool) -> None:
        enable_data_actions(self.actions_by_name, self.step_pane.editing.undo_stack, enabled)
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
        data_folder.first_view_closed.connect(self.roadmap_view.clear)
        data_folder.message.connect(self.status_bar.showMessage)
        self.data_folder = data_folder
        self.backups = BackupKeeper(self.runner, data_folder, self.questions, self)
        self.backups.about_to_restore.connect(self.viewer.save_notes)
        self.backups.about_to_restore.connect(self.data_watcher.stop)
        return data_folder

    def show_first_view(self, data_dir: Path, clock: Clock | None = None) -> bool:
        """Fill the window, before its first paint, from the data folder opened read-only;
        nothing can be changed until the Tracker is attached (`load_store`)."""
        from studytracker.store.errors import StoreError

        data_folder = self.data_folder or self.use_data_folder(data_dir, clock)
        if not data_folder.open_first_view():
            return False
        try:
            self.roadmap_view.reload()
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
        self.status_bar.clearMessage()
        if took_over_first_view and self.roadmap_view.is_as_stored():
            # What the first view showed is still there: only what changed since moves, and the
            # learner's place in the checklist (selection, scrolling) stays.
            self.roadmap_view.refresh_in_place()
        else:
            self.roadmap_view.reload()
        if self._interactive:
            self.timer_bar.offer_recovery()
            self.timer_bar.take_over_command_line_session()
        self.timer_bar.refresh()
        self.data_watcher.start()
        self.sync.start()
        if self.backups is not None:
            self.backups.timer.start()
        self.reminders.timer.start()

    def select_step(self, step_id: str) -> None:
        self.roadmap_view.select_step(step_id)

    def set_topic_status(self, topic_id: str, status: str) -> None:
        self.step_pane.editing.set_topic_status(topic_id, status)

    # --- search, the report, the welcome -------------------------------------------------

    def open_search(self) -> None:
        from studytracker.ui.dialogs.search import SearchDialog, open_search

        if self._search is None:
            self._search = SearchDialog(
                lambda text: self.runner.reads.search.find(text) if self.runner.reads else [], self
            )
            self._search.hit_chosen.connect(self.go_to_hit)
        open_search(self._search)

    def go_to_hit(self, hit: SearchHit) -> None:
        self.select_step(hit.step_id)
        self.step_pane.show_hit(hit)
        if hit.kind == "session" and hit.session_id is not None:
            self.study.open_session_log().show_session(hit.session_id)

    def export_report(
        self, out: Path | None = None, options: ReportOptions | None = None
    ) -> BackgroundTask | None:
        """Write the report in the background (the window stays responsive) and say where it went."""
        from studytracker.ui.dialogs.report_dialog import export_report

        return export_report(self.runner, self.questions, self, out, options)

    def offer_welcome(self) -> WelcomeDialog | None:
        """A new data folder's welcome (the running app asks once the store is attached)."""
        from studytracker.ui.dialogs.welcome import offer_welcome

        return offer_welcome(self.runner, self.roadmap_flows, self)

    def bring_to_front(self) -> None:
        """A second start asked for this window."""
        self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # --- window state --------------------------------------------------------------------

    def save_layout(self) -> None:
        self.last_step.save()
        self.window_layout.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        # The notes first: a note that cannot be saved may keep the window open, and then the
        # timer must still be running as it was.
        notes_kept = self.viewer.save_notes() or self.questions.close_with_unsaved_note()
        if not notes_kept or not self.study.end_session_for_closing():
            event.ignore()
            return
        self.save_layout()
        self.data_watcher.stop()
        self.reminders.timer.stop()
        self.sync.sync_at_quit()
        if self.backups is not None:
            self.backups.timer.stop()
            self.backups.back_up("close")
        super().closeEvent(event)

"""The active roadmap as the window shows it: the switcher, the sidebar's rows and the status bar,
the step shown (remembered per roadmap), and each change routed to the parts that show what it
names, so that a tick updates one row, not the roadmap."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject

from studytracker.store.records import Changes
from studytracker.store.rules import sum_progress
from studytracker.ui.models.step_list import StepIdRole

if TYPE_CHECKING:
    from studytracker.store.reads import Reads
    from studytracker.store.records import Status
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.models.step_list import StepListModel
    from studytracker.ui.shell.roadmap_switcher import RoadmapSwitcher
    from studytracker.ui.shell.status_bar import StudyStatusBar
    from studytracker.ui.shell.step_sidebar import StepSidebar
    from studytracker.ui.shell.window_layout import LastStep
    from studytracker.ui.step_pane.pane import StepPane


class RoadmapView(QObject):
    """Fills the switcher, the step list, the status bar and the step pane, and updates only
    what a change names (`apply`); another program's write is taken in place (`apply_outside`)."""

    def __init__(
        self,
        runner: OperationRunner,
        switcher: RoadmapSwitcher,
        sidebar: StepSidebar,
        status_bar: StudyStatusBar,
        step_pane: StepPane,
        last_step: LastStep,
    ) -> None:
        super().__init__(runner)
        self.runner = runner
        self._selecting_quietly = False
        self.switcher = switcher
        self.sidebar = sidebar
        self.steps: StepListModel = sidebar.step_model
        self.status_bar = status_bar
        self.step_pane = step_pane
        self.last_step = last_step
        self.roadmap_id = ""
        self.status: Status | None = None  # the active roadmap's progress, as shown
        #: Called after another program's write was taken in (the timer shows what runs).
        self.after_outside_change: Callable[[], object] = lambda: None
        sidebar.selectionModel().currentChanged.connect(self._step_row_changed)

    def _reads(self) -> Reads:
        reads = self.runner.reads
        if reads is None:
            raise RuntimeError("the window has no data yet")
        return reads

    # --- the roadmap -------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything anew: the roadmaps, the active one's steps, today, the reviews due, and the
        step shown last time on this roadmap."""
        with self._reads().snapshot() as reads:
            roadmaps = reads.roadmaps.all()
            status = self._show_totals(reads)
        self.switcher.show_roadmaps(roadmaps)
        if status.roadmap.id != self.roadmap_id:
            self.step_pane.editing.forget()  # its topics are another roadmap's
        self.roadmap_id = status.roadmap.id
        remembered = self.last_step.of(status.roadmap.id)
        ids = [s.id for s in status.steps]
        self.step_pane.step_id = ""
        if ids:
            shown = remembered if remembered in ids else ids[0]
            # The row is selected quietly and the step shown here, not from the selection's
            # signal: a read that fails (a damaged file) then reaches the caller, not Qt.
            self._selecting_quietly = True
            try:
                self.select_step(shown)
            finally:
                self._selecting_quietly = False
            self._show_step(shown)

    def is_as_stored(self) -> bool:
        """Whether the roadmaps and the active roadmap's steps shown are the ones stored."""
        with self._reads().snapshot() as reads:
            return (
                reads.roadmaps.all() == self.switcher.shown
                and [s.id for s in reads.progress.status().steps] == self.steps.step_ids()
            )

    def clear(self) -> None:
        """Nothing shown (the data could not be opened)."""
        self.status = None
        self.steps.set_steps([])
        self.switcher.clear()
        self.status_bar.clear_standing()

    # --- changes -------------------------------------------------------------------------------

    def apply(self, changes: Changes) -> None:
        """The one place a change reaches the views: each updates only what `changes` names."""
        if changes.roadmaps:
            self.reload()
            return
        if changes.sessions or changes.settings:
            self.refresh_totals()  # time totals, today against the goal, the streak: read whole
        else:
            if changes.steps or changes.offline:  # offline: a step's sidebar mark
                self.refresh_steps(changes.steps | changes.offline)
            if changes.reviews:
                self.status_bar.show_reviews_due(len(self._reads().reviews.due()))
        self.step_pane.apply(changes)

    def apply_outside(self) -> None:
        """Another program (the command line, a sync) wrote: anything shown may have changed. The
        learner's place (the step, the checklist's selection and scrolling, what is being typed)
        stays where the roadmap is still the one shown."""
        if self.is_as_stored():
            self.refresh_in_place()
        else:
            self.reload()
        self.after_outside_change()

    def refresh_in_place(self) -> None:
        self.refresh_totals()
        self.step_pane.apply(Changes(), everything=True)

    def refresh_totals(self) -> None:
        """Every step's figures, the time totals, today against the goal and the reviews due."""
        with self._reads().snapshot() as reads:
            self._show_totals(reads)

    def _show_totals(self, reads: Reads) -> Status:
        """The steps' rows and the status bar, read in one snapshot; the roadmap's progress."""
        status = reads.progress.status()
        self._show(status)
        self.status_bar.show_today(reads.plan.today_against_goal())
        # (not on the first paint: the review scheduler loads once the store is attached)
        self.status_bar.show_reviews_due(len(reads.reviews.due()) if self.runner.tracker is not None else 0)
        return status

    def refresh_steps(self, step_ids: frozenset[str]) -> None:
        """Statuses moved on these steps (and no time): their rows, and the overall progress
        summed from the rows; the rest of the roadmap is not read."""
        self.steps.update_steps(self._reads().progress.step_summaries(step_ids))
        if self.status is not None:
            steps = self.steps.steps()
            self.status = dataclasses.replace(
                self.status,
                steps=steps,
                overall=sum_progress([s.progress for s in steps]),
                required=sum_progress([s.progress for s in steps if not s.optional]),
            )
            self.status_bar.show_progress(self.status)

    def _show(self, status: Status) -> None:
        self.status = status
        self.steps.set_steps(status.steps)
        self.status_bar.show_progress(status)

    # --- the step shown -----------------------------------------------------------------------

    def select_step(self, step_id: str) -> None:
        row = self.steps.row_of(step_id)
        if row < 0:
            raise ValueError(f"no step {step_id!r} in the sidebar")
        self.sidebar.setCurrentIndex(self.steps.index(row))

    def move_step(self, delta: int) -> None:
        row = self.sidebar.currentIndex().row() + delta
        if 0 <= row < self.steps.rowCount():
            self.sidebar.setCurrentIndex(self.steps.index(row))

    def _step_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        step_id = current.data(StepIdRole) if current.isValid() else ""
        if self._selecting_quietly:
            return
        if step_id and step_id != self.step_pane.step_id and self.runner.reads is not None:
            self._show_step(step_id)

    def _show_step(self, step_id: str) -> None:
        self.last_step.remember(self.roadmap_id, step_id)
        self.step_pane.show_step(step_id)

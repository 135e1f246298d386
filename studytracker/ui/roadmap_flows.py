"""The roadmap flows of the window: importing a roadmap file, choosing the roadmap shown, and
removing one, each asking the learner first where that matters."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from studytracker.roadmap.model import Roadmap
    from studytracker.store.records import ImportResult
    from studytracker.store.tracker import Tracker
    from studytracker.ui.operations import OperationRunner
    from studytracker.ui.questions import Questions
    from studytracker.ui.tasks import BackgroundTask

ROADMAP_FILES = "Roadmaps (*.md *.markdown *.json)"


class RoadmapFlows(QObject):
    """Signals:
    about_to_change: the roadmap shown is about to change (unsaved notes must be saved now).
    """

    about_to_change = Signal()

    def __init__(self, runner: OperationRunner, questions: Questions) -> None:
        super().__init__(runner)
        self.runner = runner
        self.questions = questions

    def import_file(self, path: Path | None = None) -> BackgroundTask | None:
        """Read a roadmap file, show what was found, and import it once the learner agrees.

        Reading and importing both run in the background."""
        if path is None:
            path = self.questions.open_file("Import a roadmap", ROADMAP_FILES)
            if path is None:
                return None
        chosen = path

        def read(_tracker: Tracker) -> Roadmap:
            from studytracker.roadmap.files import load_roadmap_file

            return load_roadmap_file(chosen)

        return self.runner.run_in_background(
            f"Reading {chosen.name}…", read, self._found, failed_title="Cannot import this file"
        )

    def _found(self, roadmap: Roadmap) -> None:
        reads = self.runner.reads
        assert reads is not None  # the import action waits for the store
        existing = next((r for r in reads.roadmaps.all() if r.id == roadmap.id), None)
        if not self.questions.import_roadmap(roadmap, existing):
            return

        def import_it(tracker: Tracker) -> ImportResult:
            result = tracker.roadmaps.import_roadmap(roadmap)
            tracker.roadmaps.use(roadmap.id)
            return result

        self.about_to_change.emit()
        self.runner.run_in_background(
            f"Importing {roadmap.title}…",
            import_it,
            lambda result: self.runner.message.emit(f"Imported {result.title}", 5000),
            failed_title="Import failed",
        )

    def choose(self, roadmap_id: str) -> None:
        """Show another roadmap."""
        reads = self.runner.reads
        if reads is None or not roadmap_id or roadmap_id == reads.roadmaps.active().id:
            return
        self.about_to_change.emit()
        self.runner.run("Roadmap not changed", lambda tracker: tracker.roadmaps.use(roadmap_id))

    def remove(self) -> None:
        """Ask first; then remove the shown roadmap, keeping its sessions if the learner chose so."""
        reads = self.runner.reads
        if reads is None or self.runner.tracker is None:
            return
        roadmap = reads.roadmaps.active()
        if len(reads.roadmaps.all()) < 2:
            self.questions.inform(
                "Remove roadmap", f"{roadmap.title} is your only roadmap; import another first."
            )
            return
        choice = self.questions.removal(roadmap.title, reads.roadmaps.removal_counts(roadmap.id))
        if choice is None:
            return
        self.about_to_change.emit()
        self.runner.run(
            "Roadmap not removed",
            lambda tracker: tracker.roadmaps.remove(roadmap.id, keep_sessions=choice == "keep-sessions"),
        )

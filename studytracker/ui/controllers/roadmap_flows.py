"""The roadmap flows of the window: importing a roadmap file, choosing the roadmap shown, and
removing one, each asking the learner first where that matters."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from studytracker.i18n import Context

if TYPE_CHECKING:
    from studytracker.roadmap.markdown_import import ImportOptions, MarkdownImport
    from studytracker.roadmap.model import Roadmap
    from studytracker.store.records import ImportResult, RoadmapInfo
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.controllers.tasks import BackgroundTask
    from studytracker.ui.dialogs.import_preview import PreviewChoice
    from studytracker.ui.dialogs.questions import Questions

ROADMAP_PATTERNS = "*.md *.markdown *.json"


Roadmaps = Context("Roadmaps")


class RoadmapFlows(QObject):
    """Signals:
    about_to_change: the roadmap shown is about to change (unsaved notes must be saved now).
    """

    about_to_change = Signal()

    def __init__(self, runner: OperationRunner, questions: Questions) -> None:
        super().__init__(runner)
        self.runner = runner
        self.questions = questions
        self._reading: Path | None = None  # the file whose preview is shown

    def import_file(
        self, path: Path | None = None, options: ImportOptions | None = None
    ) -> BackgroundTask | None:
        """Read a roadmap file, show what was found, and import it once the learner agrees.

        Reading and importing both run in the background."""
        from studytracker.roadmap.markdown_import import ImportOptions

        if path is None:
            path = self.questions.open_file(
                Roadmaps.tr("Import a roadmap"),
                Roadmaps.tr("Roadmaps ({patterns})").format(patterns=ROADMAP_PATTERNS),
            )
            if path is None:
                return None
        chosen, wanted = path, options or ImportOptions()

        def read(_tracker: Tracker) -> MarkdownImport:
            from studytracker.roadmap.files import read_roadmap_file

            return read_roadmap_file(chosen, wanted)

        return self.runner.run_in_background(
            Roadmaps.tr("Reading {file}…").format(file=chosen.name),
            read,
            lambda found: self._found(found, chosen, wanted),
            failed_title=Roadmaps.tr("Cannot import this file"),
        )

    def preview(self, found: MarkdownImport, options: ImportOptions) -> PreviewChoice | None:
        """The learner's look at what a curriculum's import would make, and their choices,
        read again as they change them (the file being imported: `_reading`)."""
        from studytracker.roadmap.files import read_roadmap_file
        from studytracker.ui.dialogs.import_preview import ImportPreview

        path = self._reading
        reread = (lambda chosen: read_roadmap_file(path, chosen)) if path is not None else None
        name = path.name if path is not None else "FILE"
        return ImportPreview(found, options, self.runner.parent_widget, reread, name).choice()

    def _found(self, found: MarkdownImport, path: Path, options: ImportOptions) -> None:
        from studytracker.ui.dialogs.import_preview import has_choices

        reads = self.runner.reads
        assert reads is not None  # the import action waits for the store
        roadmap = found.roadmap
        shown = {r.id: r for r in reads.roadmaps.all()}
        existing = shown.get(roadmap.id)
        if has_choices(found):
            self._reading = path
            choice = self.preview(found, options)
            if choice is None:
                return
            if choice.action == "import" and choice.found is not None:
                found = choice.found  # read with the choices, as the preview showed it
            elif choice.options != options:
                if choice.action == "preview":
                    self.import_file(path, choice.options)
                else:
                    self._read_and_import(path, choice.options)
                return
            if choice.action == "preview":
                self._found(found, path, options)
                return
        elif existing is None and not self.questions.import_roadmap(roadmap, None):
            return
        self._import(found, shown)

    def _read_and_import(self, path: Path, options: ImportOptions) -> None:
        """Read again with the learner's choices, then import without another preview."""

        def read(_tracker: Tracker) -> MarkdownImport:
            from studytracker.roadmap.files import read_roadmap_file

            return read_roadmap_file(path, options)

        def import_found(found: MarkdownImport) -> None:
            reads = self.runner.reads
            assert reads is not None
            self._import(found, {r.id: r for r in reads.roadmaps.all()})

        self.runner.run_in_background(
            Roadmaps.tr("Reading {file}…").format(file=path.name),
            read,
            import_found,
            failed_title=Roadmaps.tr("Cannot import this file"),
        )

    def _carried(self, roadmap: Roadmap) -> tuple[int, int]:
        """Of the topics the learner marked on the roadmap of this id: how many the new reading
        keeps by id, and how many it does not have."""
        reads = self.runner.reads
        if reads is None:
            return 0, 0
        marked = {str(item["topic"]) for item in reads.progress.exported() if item["roadmap"] == roadmap.id}
        ids = {topic.id for _step, topic in roadmap.all_topics()}
        return len(marked & ids), len(marked - ids)

    def _import(self, found: MarkdownImport, shown: dict[str, RoadmapInfo]) -> None:
        """Import a roadmap read and agreed to; one whose id is there is replaced or added as new
        only as the learner answers (an older edition is never replaced unasked)."""
        from studytracker.roadmap.model import edition_is_older, free_roadmap_id

        roadmap = found.roadmap
        existing = shown.get(roadmap.id)
        if existing is not None:
            older = edition_is_older(roadmap.edition, existing.edition)
            answer = self.questions.roadmap_already_there(roadmap, existing, older, self._carried(roadmap))
            if answer is None:
                return
            if answer == "as-new":
                taken = self.runner.reads.roadmaps.ids_ever() if self.runner.reads is not None else set(shown)
                roadmap = replace(roadmap, id=free_roadmap_id(roadmap.id, roadmap.edition, taken))
        done_topics = found.done_topics

        def import_it(tracker: Tracker) -> ImportResult:
            return tracker.roadmaps.import_roadmap(roadmap, done_topics=done_topics, activate=True)

        self.about_to_change.emit()
        self.runner.run_in_background(
            Roadmaps.tr("Importing {roadmap}…").format(roadmap=roadmap.title),
            import_it,
            lambda result: self.runner.message.emit(
                Roadmaps.tr("Imported {roadmap}").format(roadmap=result.title), 5000
            ),
            failed_title=Roadmaps.tr("Import failed"),
        )

    def choose(self, roadmap_id: str) -> None:
        """Show another roadmap."""
        reads = self.runner.reads
        if reads is None or not roadmap_id or roadmap_id == reads.roadmaps.active().id:
            return
        self.about_to_change.emit()
        self.runner.run(Roadmaps.tr("Roadmap not changed"), lambda tracker: tracker.roadmaps.use(roadmap_id))

    def remove(self) -> None:
        """Ask first; then remove the shown roadmap, keeping its sessions if the learner chose so."""
        reads = self.runner.reads
        if reads is None or self.runner.tracker is None:
            return
        roadmap = reads.roadmaps.active()
        if len(reads.roadmaps.all()) < 2:
            self.questions.inform(
                Roadmaps.tr("Remove roadmap"),
                Roadmaps.tr("{roadmap} is your only roadmap; import another first.").format(
                    roadmap=roadmap.title
                ),
            )
            return
        choice = self.questions.removal(roadmap.title, reads.roadmaps.removal_counts(roadmap.id))
        if choice is None:
            return
        self.about_to_change.emit()
        self.runner.run(
            Roadmaps.tr("Roadmap not removed"),
            lambda tracker: tracker.roadmaps.remove(roadmap.id, keep_sessions=choice == "keep-sessions"),
        )

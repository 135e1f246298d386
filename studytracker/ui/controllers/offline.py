"""Offline reading from the window: saving a resource, a step or the roadmap for reading without
internet, checking the roadmap's links, removing copies and taking a moved link's new address.
The network is reached only from here, and only when the learner asks; each run is on the thread
pool behind a progress dialog with Stop, and the window stays usable."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject

from studytracker.formatting import format_size
from studytracker.i18n import Context

if TYPE_CHECKING:
    from studytracker.offline.runs import LinkRun, SaveRun
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.dialogs.questions import Questions

Offline = Context("Offline")

Progress = Callable[[int, int, str], None]
R = TypeVar("R")


class OfflineKeeper(QObject):
    """The window's offline runs, written through the runner (which announces what changed)."""

    def __init__(self, runner: OperationRunner, questions: Questions, parent: QObject) -> None:
        super().__init__(parent)
        self.runner = runner
        self.questions = questions
        self.running = False  # one run at a time: two would fetch the same pages

    def handlers(self) -> dict[str, Callable[[], object]]:
        """The menu's actions this keeper answers."""
        return {"save_roadmap_offline": self.save_roadmap, "check_links": self.check_links}

    # --- saving ----------------------------------------------------------------------------

    def save_roadmap(self) -> None:
        self.save(Offline.tr("Saving the roadmap for offline reading…"))

    def save_step(self, step_id: str) -> None:
        self.save(Offline.tr("Saving this step's resources for offline reading…"), step_id=step_id)

    def save_resource(self, step_id: str, resource_id: str) -> None:
        """Save one resource; one saved already is asked for again (kept if it did not change)."""
        label = Offline.tr("Saving the resource for offline reading…")
        self.save(label, step_id=step_id, resource=resource_id, refresh=True)

    def save(
        self, label: str, step_id: str | None = None, resource: str | None = None, refresh: bool = False
    ) -> None:
        if self.running:
            self.runner.message.emit(Offline.tr("Already saving or checking; wait for it to finish."), 4000)
            return

        def work(tracker: Tracker, progress: Progress, stop: threading.Event) -> SaveRun:
            from studytracker.offline.runs import save_offline, select_resources

            chosen = select_resources(tracker, step_id=step_id, resource=resource)
            return save_offline(tracker, chosen, cancel=stop, progress=progress, refresh=refresh)

        self._start(label, work, self._saved)

    def _saved(self, run: SaveRun) -> None:
        readable = run.count("article", "pdf", "video", "unchanged", "kept")
        message = Offline.tr("%n of {total} resource(s) can be read offline.", None, readable).format(
            total=run.to_do
        )
        sign_in = run.count("needs-sign-in")
        if sign_in:
            message += " " + Offline.tr("%n need(s) a sign-in and cannot be saved.", None, sign_in)
        problems = [outcome for outcome in run.outcomes if outcome.state in ("unavailable", "over-cap")]
        if run.cancelled:
            message += " " + Offline.tr("Stopped: saving again goes on where it stopped.")
        if problems:
            lines = "\n".join(f"• {outcome.resource.title}: {outcome.detail}" for outcome in problems[:12])
            self.questions.warn(
                Offline.tr("Some resources were not saved"),
                message + "\n\n" + Offline.tr("Not saved:") + "\n" + lines,
            )
        else:
            self.runner.message.emit(message, 8000)

    # --- links -----------------------------------------------------------------------------

    def check_links(self) -> None:
        if self.running:
            self.runner.message.emit(Offline.tr("Already saving or checking; wait for it to finish."), 4000)
            return

        def work(tracker: Tracker, progress: Progress, stop: threading.Event) -> LinkRun:
            from studytracker.offline.runs import check_links

            return check_links(tracker, cancel=stop, progress=progress)

        self._start(Offline.tr("Checking the roadmap's links…"), work, self._checked)

    def _checked(self, run: LinkRun) -> None:
        message = Offline.tr("Checked %n link(s):", None, len(run.results))
        counts = [
            (Offline.tr("%n dead", None, run.count("dead")), run.count("dead")),
            (Offline.tr("%n moved", None, run.count("moved")), run.count("moved")),
            (Offline.tr("%n blocked", None, run.count("blocked")), run.count("blocked")),
            (Offline.tr("%n unknown", None, run.count("unknown")), run.count("unknown")),
        ]
        found = [text for text, count in counts if count]
        listed = (
            Offline.tr(", ", "between the counts of a list").join(found) if found else Offline.tr("all fine")
        )
        message += " " + Offline.tr("{counts}.", "the counts end the sentence").format(counts=listed)
        if run.cancelled:
            message += " " + Offline.tr("(stopped; the links checked so far are kept)")
        self.runner.message.emit(message + " " + Offline.tr("See the Resources tab."), 10000)

    def update_link(self, resource_pk: int, new_url: str = "") -> None:
        """Take the address a moved link now lives at, and say so."""
        changed = self.runner.run(
            Offline.tr("Link not updated"), lambda tracker: tracker.offline.update_link(resource_pk)
        )
        if changed is not None and new_url:
            self.runner.message.emit(Offline.tr("The link now leads to {url}").format(url=new_url), 8000)

    # --- removing --------------------------------------------------------------------------

    def remove(self, resource_pks: list[int], size_bytes: int) -> None:
        if not resource_pks:
            return
        if self.questions.confirm(
            Offline.tr("Remove offline copies"),
            Offline.tr(
                "Remove %n offline copy(ies) ({size})? The links stay; save them again any time.",
                None,
                len(resource_pks),
            ).format(size=format_size(size_bytes)),
        ):
            self.runner.run(Offline.tr("Not removed"), lambda tracker: tracker.offline.remove(resource_pks))

    def free_all(self) -> bool:
        """Remove every offline copy, of every roadmap (Preferences → Offline reading)."""
        reads = self.runner.reads
        if reads is None:
            return False
        with reads.snapshot() as snapshot:
            kept = [
                resource
                for roadmap in snapshot.roadmaps.all()
                for resource in snapshot.offline.resources(roadmap.id)
                if resource.state is not None
            ]
        self.remove([resource.pk for resource in kept], sum(resource.size_bytes for resource in kept))
        return True

    def _start(
        self,
        label: str,
        work: Callable[[Tracker, Progress, threading.Event], R],
        done: Callable[[R], object],
    ) -> None:
        task = self.runner.run_stoppable(label, work, done, Offline.tr("Not done"))
        if task is not None:
            self.running = True
            task.destroyed.connect(self._ended)  # whichever way it ended: finished, failed, a bug

    def _ended(self) -> None:
        self.running = False

"""The Resources tab's work: the step's resources with the files attached to them or to its
topics, attaching and removing files, the page a PDF was left at, and offline reading's requests
(saving, removing copies, checking links) handed to the offline keeper."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from studytracker.i18n import Context

if TYPE_CHECKING:
    from collections.abc import Callable

    from studytracker.store.records import OfflineResource, StepDetail, TopicView
    from studytracker.ui.controllers.offline import OfflineKeeper
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.dialogs.questions import Questions
    from studytracker.ui.step_pane.viewer import ResourceViewer

Checklist = Context("Checklist")


class AttachedFiles(QObject):
    """Files attached to the shown step's resources and topics, written through the runner."""

    def __init__(
        self,
        runner: OperationRunner,
        questions: Questions,
        viewer: ResourceViewer,
        shown: Callable[[], tuple[str, TopicView | None]],
        offline: OfflineKeeper,
    ) -> None:
        super().__init__(viewer)
        self.runner = runner
        self.questions = questions
        self.viewer = viewer
        self._shown = shown  # the step shown, and the checklist's current topic
        resources = viewer.resources
        resources.attach_requested.connect(self.attach_file)
        resources.remove_button.clicked.connect(self.remove_attachment)
        resources.page_changed.connect(self._pdf_page_changed)
        resources.save_offline_requested.connect(self._save_offline)
        resources.remove_offline_requested.connect(self._remove_offline)
        resources.check_links_requested.connect(offline.check_links)
        resources.update_link_requested.connect(offline.update_link)
        self.offline = offline

    def show(self, step_id: str, detail: StepDetail, topics: list[TopicView]) -> None:
        titles: dict[str, str] = {}

        def collect(items: list[TopicView] | tuple[TopicView, ...]) -> None:
            for topic in items:
                titles[topic.id] = topic.title
                collect(topic.children)

        collect(topics)
        reads = self.runner.reads
        assert reads is not None
        with reads.snapshot() as snapshot:
            attachments = snapshot.attachments.of_step(step_id)
            offline = snapshot.offline.resources(snapshot.roadmaps.get().id, step_id)
        self.viewer.resources.show_step(detail, attachments, titles, offline)

    def _save_offline(self, resource_id: str) -> None:
        """Save one resource (by its id), or every resource of the shown step ("")."""
        step_id, _topic = self._shown()
        if resource_id:
            self.offline.save_resource(step_id, resource_id)
        else:
            self.offline.save_step(step_id)

    def _remove_offline(self, resources: list[OfflineResource]) -> None:
        self.offline.remove([resource.pk for resource in resources], sum(r.size_bytes for r in resources))

    def attach_to_topic(self) -> None:
        """Attach a file to the checklist's current topic (not to the resource chosen)."""
        self.viewer.resources.tree.setCurrentItem(None)  # type: ignore[call-overload]  # None: no current item
        self.attach_file()

    def attach_file(self, path: Path | None = None) -> None:
        if self.runner.tracker is None:
            self.runner.message.emit(Checklist.tr("Still opening your data; nothing was attached."), 4000)
            return
        step_id, current = self._shown()
        resource_id = self.viewer.resources.current_resource_id()
        topic = None if resource_id else current
        if resource_id is None and topic is None:
            self.questions.warn(
                Checklist.tr("Attach a file"),
                Checklist.tr("Choose a resource (or a topic in the checklist) to attach a file to."),
            )
            return
        source = path or self.viewer.choose_file()
        if source is None:
            return
        topic_id = topic.id if topic else None
        attached = self.runner.run(
            Checklist.tr("Could not attach the file"),
            lambda tracker: tracker.attachments.attach(
                source, step_id, resource_id=resource_id, topic_id=topic_id
            ),
        )
        if attached is not None:
            self.viewer.show_view("resources")
            self.viewer.resources.select_attachment(attached.attachment.id)

    def remove_attachment(self) -> None:
        attachment = self.viewer.resources.current_attachment()
        if attachment is None:
            return
        if self.questions.confirm(  # plain text: the name is shown as written
            Checklist.tr("Remove file"),
            Checklist.tr(
                "Remove {name} from StudyTracker?\nThe copy in the data folder is deleted; "
                "your original file is not touched."
            ).format(name=attachment.name),
        ):
            self.runner.run(
                Checklist.tr("Not removed"), lambda tracker: tracker.attachments.remove(attachment.id)
            )

    def _pdf_page_changed(self, attachment_id: int, page: int) -> None:
        # where a PDF was left: remembered quietly, no view changes
        self.runner.run_quietly(lambda tracker: tracker.attachments.set_page(attachment_id, page))

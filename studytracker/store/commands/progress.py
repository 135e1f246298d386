"""Writing progress: a topic's status (and its sub-topics')."""

from __future__ import annotations

from studytracker.store.commands.base import Commands
from studytracker.store.commands.reviews import sync_review_cards
from studytracker.store.errors import InputError
from studytracker.store.models import TopicProgress
from studytracker.store.records import STATUSES, Changes


class ProgressCommands(Commands):
    def set_status(self, topic_id: str, status: str, roadmap_id: str | None = None) -> Changes:
        """Set a topic's status; on a topic with sub-topics it applies to all of them.

        The changes name every topic whose status was written, and its step.
        """
        if status not in STATUSES:
            raise InputError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
        context = self.context
        with context.write() as work:
            reads = work.reads
            roadmap = reads.roadmaps.get(roadmap_id).id
            topic = reads.roadmaps.topic(roadmap, topic_id)
            affected = reads.progress.subtree(topic.pk)
            now = context.now_iso()
            for pk, _slug in affected:
                work.session.merge(
                    TopicProgress(profile_id=context.profile_id, topic_pk=pk, status=status, changed_at=now)
                )
            reviews = sync_review_cards(work)  # done: a review card from now; not done: none
        return Changes(
            steps=frozenset([topic.step_id]),
            topics=frozenset(slug for _pk, slug in affected),
            reviews=reviews,
        )

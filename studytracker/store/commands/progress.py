"""Writing progress: a topic's status (and its sub-topics')."""

from __future__ import annotations

from studytracker.store.commands.base import Commands, Work
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
                put_status(work, pk, status, now)
            reviews = sync_review_cards(work)  # done: a review card from now; not done: none
        return Changes(
            steps=frozenset([topic.step_id]),
            topics=frozenset(slug for _pk, slug in affected),
            reviews=reviews,
        )

    def set_statuses(self, statuses: dict[str, str], roadmap_id: str | None = None) -> Changes:
        """Give each topic its own status, in one unit of work (undo, and giving a parent's
        sub-topics back what they had before it was ticked)."""
        if not statuses:
            return Changes()
        with self.context.write() as work:
            return put_statuses(work, statuses, roadmap_id)


def put_statuses(work: Work, statuses: dict[str, str], roadmap_id: str | None) -> Changes:
    """Each topic's own status, inside an open unit of work (an import marks ticked items done
    in its own)."""
    bad = sorted({status for status in statuses.values() if status not in STATUSES})
    if bad:
        raise InputError(f"unknown status {bad[0]!r}: use one of {', '.join(STATUSES)}")
    reads = work.reads
    roadmap = reads.roadmaps.get(roadmap_id).id
    topics = {topic_id: reads.roadmaps.topic(roadmap, topic_id) for topic_id in statuses}
    now = work.context.now_iso()
    for topic_id, status in statuses.items():
        put_status(work, topics[topic_id].pk, status, now)
    reviews = sync_review_cards(work)
    return Changes(
        steps=frozenset(topic.step_id for topic in topics.values()),
        topics=frozenset(statuses),
        reviews=reviews,
    )


def put_status(work: Work, topic_pk: int, status: str, now: str) -> None:
    """A topic's status as of now; one it has already keeps the moment it got it (a topic
    ticked again stays ticked since the first time: its review card counts from then)."""
    key = (work.context.profile_id, topic_pk)
    current = work.session.get(TopicProgress, key)
    if current is not None and current.status == status:
        return
    work.session.merge(TopicProgress(profile_id=key[0], topic_pk=topic_pk, status=status, changed_at=now))

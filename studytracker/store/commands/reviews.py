"""Writing spaced review: a review rated Again, Hard, Good or Easy, and the review cards kept in
step with what is done (a card when a topic is marked done, none when it no longer is)."""

from __future__ import annotations

from datetime import datetime

from studytracker.store.commands.base import Commands, Work
from studytracker.store.errors import InputError
from studytracker.store.models import ReviewCard, ReviewLog
from studytracker.store.records import Changes
from studytracker.store.spaced_review import RATINGS, after_review, first_recall


class ReviewCommands(Commands):
    def rate(self, topic_id: str, rating: str) -> Changes:
        """Record a review of a finished topic now; Again marks it "to revisit" until the next
        successful review."""
        if rating not in RATINGS:
            raise InputError(f"unknown rating {rating!r}: use one of {', '.join(RATINGS)}")
        with self.context.write() as work:
            reads = work.reads
            topic = reads.roadmaps.topic(reads.roadmaps.get().id, topic_id)
            found = reads.reviews.card(topic.pk)
            if found is None:
                raise InputError(f"topic {topic_id!r} is not done, so it has no review (mark it done first)")
            before, _revisit = found
            now = self.context.clock.now()
            after = after_review(
                before, rating, int(now.timestamp()), reads.settings.preferences().review_retention
            )
            card = work.session.get(ReviewCard, (self.context.profile_id, topic.pk))
            assert card is not None
            card.stability, card.difficulty = after.stability, after.difficulty
            card.due_utc, card.last_review_utc = after.due_utc, after.last_review_utc
            card.to_revisit = rating == "again"
            offset = now.utcoffset()
            work.session.add(
                ReviewLog(
                    profile_id=self.context.profile_id,
                    topic_pk=topic.pk,
                    rating=RATINGS.index(rating) + 1,
                    reviewed_utc=int(now.timestamp()),
                    utc_offset_min=int(offset.total_seconds() // 60) if offset else 0,
                    due_utc=before.due_utc,
                )
            )
        return Changes(steps=frozenset([topic.step_id]), topics=frozenset([topic_id]), reviews=True)


def sync_review_cards(work: Work) -> bool:
    """Give every finished topic its review card (as a first recall when it was ticked) and take
    it from a topic no longer done; True when a card came or went."""
    reads = work.reads
    retention = reads.settings.preferences().review_retention
    profile = work.context.profile_id
    gone = reads.reviews.unfinished()
    for topic_pk in gone:
        card = work.session.get(ReviewCard, (profile, topic_pk))
        if card is not None:
            work.session.delete(card)
    new = reads.reviews.unscheduled()
    for topic_pk, ticked in new:
        try:
            finished = int(datetime.fromisoformat(ticked).timestamp())
        except ValueError:
            finished = int(work.context.clock.now().timestamp())
        state = first_recall(finished, retention)
        work.session.add(
            ReviewCard(
                profile_id=profile,
                topic_pk=topic_pk,
                stability=state.stability,
                difficulty=state.difficulty,
                due_utc=state.due_utc,
                last_review_utc=state.last_review_utc,
                to_revisit=False,
            )
        )
    return bool(gone or new)

"""Reads of spaced review: the cards of the active roadmap's finished topics, what is due on a
study day (spread by the daily limit), the forecast, retention now, and the review log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from studytracker.store.reads.base import Area, read
from studytracker.store.records import DueReview, ReviewDone
from studytracker.store.spaced_review import MemoryState, Pending, retrievability, spread


@dataclass(frozen=True)
class CardRow:
    topic_pk: int
    topic_id: str
    title: str
    step_id: str
    step_title: str
    state: MemoryState
    to_revisit: bool


class ReviewReads(Area):
    name = "reviews"

    @read
    def cards(self) -> list[CardRow]:
        """The review cards of the active roadmap's topics, in roadmap order."""
        rows = self.rows(
            "SELECT t.pk, t.slug, t.title, st.slug, st.title, c.stability, c.difficulty, c.due_utc,"
            " c.last_review_utc, c.to_revisit FROM review_card c JOIN topic t ON t.pk = c.topic_pk"
            " JOIN step st ON st.pk = t.step_pk WHERE c.profile_id = :profile AND t.roadmap_id = :roadmap"
            " AND NOT t.archived ORDER BY st.position, t.position",
            roadmap=self.reads.roadmaps.get().id,
        )
        return [
            CardRow(
                pk,
                topic,
                title,
                step,
                step_title,
                MemoryState(stability, difficulty, due, last),
                bool(revisit),
            )
            for pk, topic, title, step, step_title, stability, difficulty, due, last, revisit in rows
        ]

    @read
    def card(self, topic_pk: int) -> tuple[MemoryState, bool] | None:
        """A topic's memory state and whether it is to be revisited (None: it has no card)."""
        row = self.first(
            "SELECT stability, difficulty, due_utc, last_review_utc, to_revisit FROM review_card"
            " WHERE profile_id = :profile AND topic_pk = :topic",
            topic=topic_pk,
        )
        return (MemoryState(*row[:4]), bool(row[4])) if row else None

    @read
    def next_due(self, topic_id: str) -> date | None:
        """The study day a finished topic of the active roadmap comes back for review (None: it
        has no review card)."""
        topic = self.reads.roadmaps.topic(self.reads.roadmaps.get().id, topic_id)
        found = self.card(topic.pk)
        return self._due_day(found[0].due_utc) if found else None

    def _due_day(self, due_utc: int) -> date:
        return self.reads.plan.study_day(self.reads.clock.from_timestamp(due_utc))

    @read
    def plan(self, first_day: date | None = None, days: int = 1) -> dict[date, list[DueReview]]:
        """The reviews of each study day from `first_day` (today by default): what is due by
        then, at most the daily limit a day, the most at risk first."""
        first_day = first_day or self.reads.plan.study_day()
        now = int(self.reads.clock.now().timestamp())
        cards = {card.topic_id: card for card in self.cards()}
        pending = [
            Pending(card.topic_id, self._due_day(card.state.due_utc), retrievability(card.state, now))
            for card in cards.values()
        ]
        per_day = self.reads.settings.preferences().reviews_per_day
        return {
            day: [
                DueReview(
                    topic_id=p.topic_id,
                    title=cards[p.topic_id].title,
                    step_id=cards[p.topic_id].step_id,
                    step_title=cards[p.topic_id].step_title,
                    due=day,
                    retrievability=p.retrievability,
                    to_revisit=cards[p.topic_id].to_revisit,
                )
                for p in chosen
            ]
            for day, chosen in spread(pending, first_day, per_day, days).items()
        }

    @read
    def due(self, on: date | None = None) -> list[DueReview]:
        """The topics to review on a study day (today by default), overdue ones included."""
        day = on or self.reads.plan.study_day()
        return self.plan(day, 1)[day]

    @read
    def forecast(self, days: int = 30) -> dict[date, int]:
        """How many reviews come up on each of the next `days` study days, from today."""
        return {day: len(reviews) for day, reviews in self.plan(None, days).items()}

    @read
    def retention(self) -> float | None:
        """The mean chance that a finished topic is recalled now (None: nothing finished yet)."""
        now = int(self.reads.clock.now().timestamp())
        chances = [retrievability(card.state, now) for card in self.cards()]
        return sum(chances) / len(chances) if chances else None

    @read
    def done(self, date_from: date | None = None, date_to: date | None = None) -> list[ReviewDone]:
        """The reviews done on the active roadmap, oldest first (both ends included)."""
        rows = self.rows(
            "SELECT r.rating, r.reviewed_utc, r.due_utc FROM review_log r JOIN topic t ON t.pk = r.topic_pk"
            " WHERE r.profile_id = :profile AND t.roadmap_id = :roadmap ORDER BY r.reviewed_utc",
            roadmap=self.reads.roadmaps.get().id,
        )
        reviews = []
        for rating, reviewed, due in rows:
            day = self._due_day(reviewed)
            if (date_from and day < date_from) or (date_to and day > date_to):
                continue
            reviews.append(ReviewDone(day, rating, on_time=day <= self._due_day(due)))
        return reviews

    @read
    def unscheduled(self) -> list[tuple[int, str]]:
        """(topic row, when ticked) of finished topics that have no review card yet."""
        return [
            (pk, changed)
            for pk, changed in self.rows(
                "SELECT t.pk, p.changed_at FROM topic_progress p JOIN topic t ON t.pk = p.topic_pk"
                " WHERE p.profile_id = :profile AND p.status = 'done' AND t.is_leaf AND NOT t.archived"
                " AND NOT EXISTS (SELECT 1 FROM review_card c"
                " WHERE c.profile_id = :profile AND c.topic_pk = t.pk)"
                " ORDER BY p.changed_at"
            )
        ]

    @read
    def unfinished(self) -> list[int]:
        """Topic rows that have a review card but are no longer done (a card goes with them)."""
        return [
            pk
            for (pk,) in self.rows(
                "SELECT c.topic_pk FROM review_card c LEFT JOIN topic_progress p"
                " ON p.topic_pk = c.topic_pk AND p.profile_id = c.profile_id"
                " WHERE c.profile_id = :profile AND COALESCE(p.status, 'todo') != 'done'"
            )
        ]

    @read
    def exported(self) -> list[dict[str, object]]:
        """Every card and review of roadmaps that are there, by ids (for the export)."""
        cards = self.rows(
            "SELECT t.roadmap_id, t.slug, c.stability, c.difficulty, c.due_utc, c.last_review_utc,"
            " c.to_revisit FROM review_card c JOIN topic t ON t.pk = c.topic_pk"
            " JOIN roadmap r ON r.id = t.roadmap_id"
            " WHERE c.profile_id = :profile AND r.removed_at IS NULL ORDER BY c.topic_pk"
        )
        keys = ("roadmap", "topic", "stability", "difficulty", "due_utc", "last_review_utc", "to_revisit")
        return [dict(zip(keys, (*row[:6], bool(row[6])), strict=True)) for row in cards]

    @read
    def logged(self) -> list[tuple[int, int]]:
        """(topic row, when) of every review done, to merge an import's without twins."""
        return [
            (pk, at)
            for pk, at in self.rows(
                "SELECT topic_pk, reviewed_utc FROM review_log WHERE profile_id = :profile"
            )
        ]

    @read
    def exported_log(self) -> list[dict[str, object]]:
        rows = self.rows(
            "SELECT t.roadmap_id, t.slug, l.rating, l.reviewed_utc, l.utc_offset_min, l.due_utc"
            " FROM review_log l JOIN topic t ON t.pk = l.topic_pk JOIN roadmap r ON r.id = t.roadmap_id"
            " WHERE l.profile_id = :profile AND r.removed_at IS NULL ORDER BY l.id"
        )
        keys = ("roadmap", "topic", "rating", "reviewed_utc", "utc_offset_min", "due_utc")
        return [dict(zip(keys, row, strict=True)) for row in rows]

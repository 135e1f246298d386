"""Spaced review of finished topics, scheduled by FSRS (the `fsrs` library, as Anki uses it).

A topic marked done is a first successful recall at that moment; every review after it is rated
Again, Hard, Good or Easy. Intervals are whole days (no minute learning steps), aimed at the
learner's desired retention. No more than a daily limit come due on one study day: the rest wait
for the next days, the most at risk of being forgotten first. Plain functions over plain values;
the store keeps the memory state, this module computes with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fsrs import Card, Scheduler

RATINGS = ("again", "hard", "good", "easy")  # FSRS's 1 to 4
#: The store keys cards by topic; without an id of its own, fsrs makes one from the clock and
#: sleeps a millisecond to keep them apart (a third of a second for a few hundred cards).
NO_CARD_ID = 0


@dataclass(frozen=True)
class MemoryState:
    """What the scheduler knows of a topic: how long it is remembered and how hard it is."""

    stability: float  # days until recall falls to 90%
    difficulty: float
    due_utc: int
    last_review_utc: int


@dataclass(frozen=True)
class Pending:
    """A card waiting for review: its topic, the study day it is due, and its recall chance."""

    topic_id: str
    due_day: date
    retrievability: float


@lru_cache(maxsize=8)
def _scheduler(retention: float) -> Scheduler:
    from fsrs import Scheduler

    # day-level intervals only: no minute learning or relearning steps; no fuzz, so the same
    # reviews always give the same days (the daily limit spreads the load instead)
    return Scheduler(
        desired_retention=retention, learning_steps=(), relearning_steps=(), enable_fuzzing=False
    )


def _utc(epoch: int) -> datetime:
    return datetime.fromtimestamp(epoch, tz=timezone.utc)


def _card(state: MemoryState) -> Card:
    from fsrs import Card, State

    return Card(
        card_id=NO_CARD_ID,
        state=State.Review,
        stability=state.stability,
        difficulty=state.difficulty,
        due=_utc(state.due_utc),
        last_review=_utc(state.last_review_utc),
    )


def _state(card: Card) -> MemoryState:
    assert card.stability is not None and card.difficulty is not None and card.last_review is not None
    return MemoryState(
        card.stability, card.difficulty, int(card.due.timestamp()), int(card.last_review.timestamp())
    )


def first_recall(finished_utc: int, retention: float) -> MemoryState:
    """The memory state of a topic just finished: a first successful (Good) recall then."""
    from fsrs import Card, Rating

    card, _log = _scheduler(retention).review_card(Card(card_id=NO_CARD_ID), Rating.Good, _utc(finished_utc))
    return _state(card)


def after_review(state: MemoryState, rating: str, reviewed_utc: int, retention: float) -> MemoryState:
    """The memory state after a review rated `rating` (one of RATINGS)."""
    from fsrs import Rating

    card, _log = _scheduler(retention).review_card(
        _card(state), Rating(RATINGS.index(rating) + 1), _utc(reviewed_utc)
    )
    return _state(card)


def retrievability(state: MemoryState, at_utc: int) -> float:
    """The chance the topic is still recalled at that moment (0 to 1)."""
    # (the recall chance does not depend on the desired retention: any scheduler answers)
    return float(_scheduler(0.9).get_card_retrievability(_card(state), _utc(at_utc)))


def spread(pending: Iterable[Pending], first_day: date, per_day: int, days: int) -> dict[date, list[Pending]]:
    """The study day each card comes up on, from `first_day` for `days` days: every day takes up
    to `per_day` of the cards due by then, the most at risk (lowest recall chance) first; the
    rest wait for the next day. Cards that do not fit in the days are left out."""
    waiting = sorted(pending, key=lambda card: card.due_day)
    backlog: list[Pending] = []
    plan: dict[date, list[Pending]] = {}
    index = 0
    for offset in range(days):
        day = first_day + timedelta(days=offset)
        while index < len(waiting) and waiting[index].due_day <= day:
            backlog.append(waiting[index])
            index += 1
        backlog.sort(key=lambda card: (card.retrievability, card.topic_id))
        plan[day], backlog = backlog[:per_day], backlog[per_day:]
    return plan

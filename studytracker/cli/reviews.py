"""Spaced review on the command line: `review [--on DATE] [--json]` lists the finished topics due
on a study day (overdue ones included), and `review TOPIC_ID again|hard|good|easy` records one."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from studytracker.cli.common import EXIT_OK, UsageError, parse_date
from studytracker.formatting import count_of

if TYPE_CHECKING:
    from studytracker.store.tracker import Tracker


def cmd_review(tracker: Tracker, args: argparse.Namespace) -> int:
    if args.topic_id is not None:
        if args.rating is None:
            raise UsageError("name the rating after the topic: again, hard, good or easy")
        if args.on or args.json:
            raise UsageError("--on and --json go with the list of reviews, not with a rating")
        tracker.reviews.rate(args.topic_id, args.rating)
        [card] = [c for c in tracker.reads.reviews.cards() if c.topic_id == args.topic_id]
        next_day = tracker.reads.plan.study_day(tracker.clock.from_timestamp(card.state.due_utc))
        print(f"reviewed {args.topic_id}: {args.rating}; next due {next_day.isoformat()}")
        return EXIT_OK
    day = parse_date(args.on, "--on") if args.on else None
    due = tracker.reads.reviews.due(day)
    if args.json:
        print(json.dumps([review.to_json() for review in due], indent=2, ensure_ascii=False))
        return EXIT_OK
    for review in due:
        revisit = "  (to revisit)" if review.to_revisit else ""
        where = f"{review.step_title} › {review.title}"
        print(f"{review.retrievability:4.0%}  {where}  ({review.topic_id}){revisit}")
    on = day or tracker.reads.plan.study_day()
    print(f"{count_of(len(due), 'review', 'reviews')} due on {on.isoformat()}")
    return EXIT_OK

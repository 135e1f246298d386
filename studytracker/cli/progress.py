"""Progress on the command line: `status`, `topics`, `mark` and `plan`."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from studytracker.cli.common import EXIT_OK, UsageError, parse_date, parse_minutes
from studytracker.formatting import count_of, format_minutes

if TYPE_CHECKING:
    from studytracker.store.reads import Reads
    from studytracker.store.tracker import Tracker


def _reviews_json(reads: Reads) -> dict[str, Any]:
    """Spaced review in `status --json`: reviews due today, and the estimated retention of the
    finished topics (null while none is finished)."""
    retention = reads.reviews.retention()
    return {
        "due": len(reads.reviews.due()),
        "retention": round(retention, 4) if retention is not None else None,
    }


def _plan_json(reads: Reads) -> dict[str, Any]:
    """Extra keys of `status --json`: today against the goal, streaks when on, and the plan."""
    from studytracker.report.stats import compute_statistics

    stats = compute_statistics(reads)
    plan = stats.plan
    data: dict[str, Any] = {
        "today": {
            "day": stats.today.isoformat(),
            "minutes": reads.plan.today_minutes(),
            "goal": stats.goal_minutes,
        },
        "forecast": {
            "finish": stats.forecast.finish.isoformat() if stats.forecast.finish else None,
            "topics_per_week": round(stats.forecast.topics_per_week, 2),
            "explanation": stats.forecast.explanation,
        },
        "plan": {
            "target": plan.target.isoformat() if plan.target else None,
            "on_track": plan.on_track,
            "topics_per_week_needed": round(plan.topics_per_week_needed, 2)
            if plan.topics_per_week_needed is not None
            else None,
            "minutes_per_day_needed": round(plan.minutes_per_day_needed)
            if plan.minutes_per_day_needed is not None
            else None,
            "explanation": plan.explanation,
        },
    }
    if stats.streaks_enabled:
        data["streak"] = {"current": stats.current_streak, "longest": stats.longest_streak}
    return data


def cmd_plan(tracker: Tracker, args: argparse.Namespace) -> int:
    """Show the plan; options change its settings first."""
    if args.target and args.no_target:
        raise UsageError("give either --target or --no-target")
    if args.target:
        tracker.roadmaps.set_target_date(parse_date(args.target, "--target"))
    if args.no_target:
        tracker.roadmaps.set_target_date(None)
    preferences: dict[str, object] = {}
    if args.day_ends is not None:
        if not args.day_ends.isdigit():
            raise UsageError(f"--day-ends {args.day_ends!r} is not an hour from 0 to 12")
        preferences["day_start_hour"] = int(args.day_ends)
    if args.goal is not None:
        preferences["daily_goal_minutes"] = parse_minutes(args.goal)
    if args.streaks is not None:
        preferences["streaks_enabled"] = args.streaks == "on"
    if args.rest_day is not None:
        preferences["rest_days_per_week"] = int(args.rest_day == "on")
    if args.retention is not None:
        try:
            preferences["review_retention"] = float(args.retention)
        except ValueError:
            raise UsageError(f"--retention {args.retention!r} is not a number such as 0.90") from None
    if args.reviews_per_day is not None:
        if not args.reviews_per_day.isdigit():
            raise UsageError(f"--reviews-per-day {args.reviews_per_day!r} is not a whole number")
        preferences["reviews_per_day"] = int(args.reviews_per_day)
    if preferences:
        tracker.settings.update_preferences(**preferences)
    data = _plan_json(tracker.reads)
    if args.json:
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    today = data["today"]
    print(
        f"Today ({today['day']}, the day ends at {tracker.reads.plan.day_start_hour()}:00): "
        f"{format_minutes(today['minutes'])} of a {format_minutes(today['goal'])} goal"
    )
    if "streak" in data:
        streak = data["streak"]
        print(f"Streak: {count_of(streak['current'], 'day', 'days')}, longest {streak['longest']}")
    print(data["forecast"]["explanation"])
    print(data["plan"]["explanation"])
    return EXIT_OK


def cmd_status(reads: Reads, args: argparse.Namespace) -> int:
    status = reads.progress.status()
    if args.json:
        data = {
            "roadmap": {
                "id": status.roadmap.id,
                "title": status.roadmap.title,
                "edition": status.roadmap.edition,
            },
            "overall": status.overall.to_json(),
            "required": status.required.to_json(),
            "minutes_total": status.minutes_total,
            "steps": [
                {
                    "id": step.id,
                    "number": step.number,
                    "title": step.title,
                    "optional": step.optional,
                    "group": step.group,
                    **step.progress.to_json(),
                    "minutes": step.minutes,
                }
                for step in status.steps
            ],
            "running": status.running.to_json() if status.running else None,
            "reviews": _reviews_json(reads),
            **_plan_json(reads),
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    overall = status.overall
    print(f"{status.roadmap.title}  [{status.roadmap.id}]")
    print(
        f"Overall: {overall.done}/{overall.total} topics done ({overall.percent:.1f}%), "
        f"{format_minutes(status.minutes_total)} studied"
    )
    width = max((len(step.title) for step in status.steps), default=10)
    group: str | None = None
    for step in status.steps:
        if step.group != group and step.group:
            print(f"  {step.group}")  # the phase over the steps below it ("Month 1" over weeks)
        group = step.group
        number = f"{step.number:>2}" if step.number is not None else " -"
        optional = " (optional)" if step.optional else ""
        progress = step.progress
        print(
            f"  {number}  {step.title:<{width}}  {progress.done:>3}/{progress.total:<3} "
            f"{progress.percent:5.1f}%  {format_minutes(step.minutes):>12}  {step.id}{optional}"
        )
    if status.running:
        running = status.running
        print(f"Running: {running.step_title} since {running.start:%H:%M} ({running.minutes} min)")
    return EXIT_OK


def cmd_topics(reads: Reads, args: argparse.Namespace) -> int:
    steps = [args.step] if args.step else [s.id for s in reads.progress.status().steps]
    trees = {step: reads.progress.topic_tree(step) for step in steps}
    if args.json:

        def as_json(topic: Any) -> dict[str, Any]:
            return {
                "id": topic.id,
                "title": topic.title,
                "status": topic.status,
                "children": [as_json(c) for c in topic.children],
            }

        print(json.dumps({s: [as_json(t) for t in tree] for s, tree in trees.items()}, indent=2))
        return EXIT_OK
    marks = {"todo": "[ ]", "in-progress": "[~]", "done": "[x]", "skipped": "[-]"}

    def show(topic: Any, depth: int) -> None:
        print(f"{'  ' * depth}{marks[topic.status]} {topic.title}  ({topic.id})")
        for child in topic.children:
            show(child, depth + 1)

    for step, tree in trees.items():
        print(f"{step}:")
        for topic in tree:
            show(topic, 1)
    return EXIT_OK


def cmd_mark(tracker: Tracker, args: argparse.Namespace) -> int:
    changed = tracker.progress.set_status(args.topic_id, args.status).topics
    extra = f" (and {len(changed) - 1} sub-topics)" if len(changed) > 1 else ""
    print(f"{args.topic_id}: {args.status}{extra}")
    return EXIT_OK

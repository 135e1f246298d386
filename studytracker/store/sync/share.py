"""What a learner in a cohort shares with its mentor, built on the learner's own device from the
same reads as `status`, so the mentor sees each figure as the learner's own status shows it.

Only what the learner chose (`SharingChoice`) is in it: progress (the roadmap's and each step's,
the days topics were done, topics in progress, review cards' due days) and time (minutes per
day for a year, in all, streaks when the learner shows them). Notes travel apart, and only for
a roadmap whose notes the learner turned on; session notes never.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from studytracker.store.reads import Reads

#: The shape of the figures; a mentor's StudyTracker reads the ones it knows.
SHARE_FORMAT = 1
#: The days of study time shared: a year and the weeks a month's total may reach back.
SHARED_DAYS = 400


def shared_figures(data: Reads, roadmap_id: str) -> dict[str, Any] | None:
    """The figures the learner shares of a roadmap, from one snapshot; None when they share
    neither progress nor time."""
    with data.snapshot() as reads:
        choice = reads.settings.sharing(roadmap_id)
        if not (choice.progress or choice.time):
            return None
        today = reads.plan.study_day()
        status = reads.progress.status(roadmap_id)
        last_active = reads.shared.last_active(roadmap_id)
        figures: dict[str, Any] = {
            "format": SHARE_FORMAT,
            "roadmap": {"id": status.roadmap.id, "title": status.roadmap.title},
            "shared_at": reads.clock.now().isoformat(timespec="seconds"),
            "today": today.isoformat(),
            "last_active": last_active.isoformat(timespec="seconds") if last_active else None,
            "steps": [
                {"id": step.id, "number": step.number, "title": step.title, "optional": step.optional}
                | ({"minutes": step.minutes} if choice.time else {})
                | (step.progress.to_json() if choice.progress else {})
                for step in status.steps
            ],
        }
        if choice.progress:
            figures["overall"] = status.overall.to_json()
            figures["required"] = status.required.to_json()
            figures["completions"] = [day.isoformat() for day in reads.progress.completion_dates(roadmap_id)]
            figures["in_progress"] = [
                {"topic": topic, "title": title, "step": step, "since": since}
                for topic, title, step, since in reads.shared.in_progress(roadmap_id)
            ]
            figures["reviews_due"] = [day.isoformat() for day in reads.shared.review_due_days(roadmap_id)]
        if choice.time:
            first = today - timedelta(days=SHARED_DAYS - 1)
            by_day = reads.plan.minutes_by_day(first, today, roadmap_id=roadmap_id)
            figures["minutes_total"] = status.minutes_total
            figures["minutes_by_day"] = {day.isoformat(): minutes for day, minutes in sorted(by_day.items())}
            streaks = reads.plan.streaks()
            if streaks.enabled:
                figures["streak"] = {"current": streaks.current, "longest": streaks.longest}
        return figures


def shared_notes(data: Reads, roadmap_id: str) -> list[tuple[str, str, str, str]]:
    """(step id, topic id or "", heading, text) of the roadmap's notes, when the learner shares them."""
    with data.snapshot() as reads:
        if not reads.settings.sharing(roadmap_id).notes:
            return []
        return reads.shared.notes(roadmap_id)

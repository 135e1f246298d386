"""The status bar's standing texts: the roadmap's progress, today's study against the goal, and
the reviews due, in the learner's language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from studytracker.formatting import format_minutes
from studytracker.i18n import Context, current

if TYPE_CHECKING:
    from studytracker.store.records import Status, StreakInfo

StatusBar = Context("StatusBar")


def progress_text(status: Status) -> str:
    """ "Python: 12 of 120 topics done (10.0%) · 3 h 20 min studied"."""
    overall = status.overall
    return StatusBar.tr(
        "{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied", None, overall.total
    ).format(
        roadmap=status.roadmap.title,
        done=overall.done,
        percent=current().number(overall.percent, 1),
        time=format_minutes(status.minutes_total),
    )


def today_text(today: StreakInfo) -> str:
    """ "Today: 20 min of 1 h · streak 3 (best 5)"."""
    text = StatusBar.tr("Today: {studied} of {goal}").format(
        studied=format_minutes(today.today_minutes), goal=format_minutes(today.goal_minutes)
    )
    if today.enabled:
        text += StatusBar.tr(" · streak {current} (best {longest})").format(
            current=today.current, longest=today.longest
        )
    return text


def reviews_text(due: int) -> str:
    """ "2 reviews due", or nothing when none is."""
    return StatusBar.tr("%n review(s) due", None, due) if due else ""


def reviews_tooltip() -> str:
    return StatusBar.tr("Finished topics due for review today: see the Review tab (Alt+5)")

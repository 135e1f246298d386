"""The records the store hands out (plain frozen data; widgets and the command line never see ORM
rows), the learner's preferences, and `Changes`: what a command changed."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

STATUSES = ("todo", "in-progress", "done", "skipped")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # leaf topics that count: archived and skipped ones do not
    in_progress: int = 0
    skipped: int = 0

    @property
    def percent(self) -> float:
        return round(100.0 * self.done / self.total, 1) if self.total else 0.0

    def to_json(self) -> dict[str, int | float]:
        """As `status --json` writes it (and a cohort's share)."""
        return {
            "done": self.done,
            "total": self.total,
            "percent": self.percent,
            "in_progress": self.in_progress,
            "skipped": self.skipped,
        }


@dataclass(frozen=True)
class RoadmapInfo:
    id: str
    title: str
    edition: str
    active: bool
    steps: int
    topics: int


@dataclass(frozen=True)
class StepSummary:
    id: str
    number: int | None
    title: str
    optional: bool
    progress: Progress
    minutes: int
    group: str | None = None  # the outer phase over this step ("Month 1" over "Week 1")
    #: Every web resource of the step has a copy to read offline.
    offline: bool = False


@dataclass(frozen=True)
class Status:
    roadmap: RoadmapInfo
    overall: Progress
    required: Progress  # the steps that are not optional
    minutes_total: int
    steps: tuple[StepSummary, ...]
    running: SessionView | None


@dataclass(frozen=True)
class TopicView:
    id: str
    title: str
    detail: str
    status: str
    children: tuple[TopicView, ...] = ()
    minutes: int = 0  # studied on this topic itself
    to_revisit: bool = False  # done, but its last review was rated Again


@dataclass(frozen=True)
class SessionView:
    id: int
    step_id: str
    step_title: str
    topic_id: str | None
    start: datetime
    end: datetime | None  # None while it runs
    minutes: int
    note: str
    source: str
    paused: bool = False
    roadmap_id: str = ""
    elapsed_seconds: int = 0  # studied so far (pauses left out); for a running session's clock
    last_heartbeat: datetime | None = None
    topic_title: str | None = None

    @property
    def what(self) -> str:
        """The step, and the topic if any, by their titles: "SQL › Joins"."""
        return f"{self.step_title} › {self.topic_title}" if self.topic_title else self.step_title

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "step": self.step_id,
            "topic": self.topic_id,
            "start": self.start.isoformat(timespec="seconds"),
            "end": self.end.isoformat(timespec="seconds") if self.end else None,
            "minutes": self.minutes,
            "note": self.note,
            "running": self.end is None,
            "roadmap": self.roadmap_id,
        }


@dataclass(frozen=True)
class NoteView:
    step_id: str | None
    topic_id: str | None
    body: str
    updated_at: str


@dataclass(frozen=True)
class NoteRevisionView:
    """One version of a note; `revision` counts from 1, the oldest, in the order they were saved."""

    revision: int
    saved: datetime
    body: str
    source: str  # window | cli | restore | import | earlier

    @property
    def chars(self) -> int:
        return len(self.body)

    def to_json(self) -> dict[str, object]:
        return {
            "revision": self.revision,
            "saved": self.saved.isoformat(timespec="seconds"),
            "chars": self.chars,
            "source": self.source,
        }


@dataclass(frozen=True)
class DueReview:
    """A finished topic to review: `due` is the study day it comes up (the daily limit may have
    moved it from the day the scheduler gave), `retrievability` the chance it is recalled now."""

    topic_id: str
    title: str
    step_id: str
    step_title: str
    due: date
    retrievability: float
    to_revisit: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "topic": self.topic_id,
            "title": self.title,
            "step": self.step_id,
            "due": self.due.isoformat(),
            "retrievability": round(self.retrievability, 4),
        }


@dataclass(frozen=True)
class ReviewDone:
    """One review of the log: the study day it was done, its rating, and whether it was on time."""

    day: date
    rating: int  # 1 again … 4 easy
    on_time: bool


@dataclass(frozen=True)
class ImportResult:
    roadmap_id: str
    title: str
    steps: int
    topics: int
    resources: int
    added_topics: int
    kept_topics: int
    archived_topics: int
    first_import: bool

    @property
    def changes(self) -> Changes:
        return Changes(roadmaps=True)


@dataclass(frozen=True)
class ResourceView:
    id: str
    title: str
    url: str
    kind: str
    note: str


@dataclass(frozen=True)
class StepDetail:
    """What the viewer shows for a step: its text, resources and tips."""

    id: str
    number: int | None
    title: str
    optional: bool
    why: str
    tips: tuple[str, ...]
    resources: tuple[ResourceView, ...]
    group: str | None = None


@dataclass(frozen=True)
class AttachmentView:
    id: int
    name: str  # the file's own name, as the learner knows it
    path: str  # the copy inside DATA_DIR/attachments
    size_bytes: int
    step_id: str
    resource_id: str | None
    topic_id: str | None
    last_page: int
    #: For a resource's offline copy: the address it was saved from, and when (ISO-8601).
    saved_from: str = ""
    saved_at: str = ""

    @property
    def suffix(self) -> str:
        return self.name.rsplit(".", 1)[-1].lower() if "." in self.name else ""


@dataclass(frozen=True)
class LinkView:
    """The last check of a resource's link (`verdict`: ok, moved, dead, blocked, unknown)."""

    url: str
    checked_at: str
    verdict: str
    http_status: int | None
    detail: str
    new_url: str | None

    @property
    def archive_url(self) -> str:
        """The Internet Archive's copies of the page, offered for a dead link (never fetched)."""
        return f"https://web.archive.org/web/{self.url}"


@dataclass(frozen=True)
class OfflineResource:
    """A step's resource as offline reading sees it: whether a copy is kept (`state`: article,
    pdf, video, needs-sign-in, unavailable, or None when it was never saved), and its link's
    last check."""

    pk: int
    roadmap_id: str
    step_id: str
    resource_id: str
    title: str
    url: str
    state: str | None = None
    saved_at: str = ""
    saved_from: str = ""  # the address the copy was made from (the resource's, then)
    size_bytes: int = 0
    detail: str = ""
    etag: str | None = None
    last_modified: str | None = None
    attachment_id: int | None = None
    link: LinkView | None = None

    @property
    def public_state(self) -> str:
        """The state as the command line's contract names it: saved (a page or a PDF), video,
        needs-sign-in, failed, not-saved."""
        if self.state is None:
            return "not-saved"
        return {"article": "saved", "pdf": "saved", "unavailable": "failed"}.get(self.state, self.state)

    @property
    def available_offline(self) -> bool:
        """A copy can be read without internet (a video's card says it needs internet to play,
        but it is kept, and is all there is to keep)."""
        return self.state in ("article", "pdf", "video")


@dataclass(frozen=True)
class OfflineStepMark:
    """How much of a step can be read offline: its web resources, and those with a copy."""

    resources: int
    available: int

    @property
    def complete(self) -> bool:
        return self.resources > 0 and self.available == self.resources


@dataclass(frozen=True)
class SearchHit:
    """One place the words were found. `title` is what it is about, as stored (the topic's,
    resource's or step's title, the note's topic or step, the session's step, the file's name):
    the window words it ("Note: …") in the learner's language."""

    kind: str  # topic | resource | note | session | attachment
    step_id: str
    title: str
    snippet: str
    topic_id: str | None = None
    resource_id: str | None = None
    step_title: str = ""
    status: str | None = None  # a topic's status, as the checklist shows it
    session_id: int | None = None
    attachment_id: int | None = None
    day: date | None = None  # a session's study day


@dataclass(frozen=True)
class StreakInfo:
    goal_minutes: int
    today_minutes: int
    current: int  # days in a row that met the goal, up to today (or yesterday, today still open)
    longest: int
    enabled: bool = False  # streaks are shown only when the learner turned them on
    rest_days_per_week: int = 0


@dataclass(frozen=True)
class Changes:
    """What one command changed, by id, so that each view updates only that: the steps whose
    progress or time moved, the topics whose status moved, the sessions written or removed, the
    notes written (by owner: ("step", id) or ("topic", id)), the attachments added or removed,
    the settings, the steps whose resources' offline copies or link checks moved, and whether
    reviews or roadmaps moved."""

    steps: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    sessions: frozenset[int] = frozenset()
    notes: frozenset[tuple[str, str]] = frozenset()
    attachments: frozenset[int] = frozenset()
    settings: frozenset[str] = frozenset()
    offline: frozenset[str] = frozenset()
    reviews: bool = False  # a review was done, or cards came or went
    #: A roadmap was added, replaced, removed or chosen: everything shown may be different.
    roadmaps: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            steps=self.steps | other.steps,
            topics=self.topics | other.topics,
            sessions=self.sessions | other.sessions,
            notes=self.notes | other.notes,
            attachments=self.attachments | other.attachments,
            settings=self.settings | other.settings,
            offline=self.offline | other.offline,
            reviews=self.reviews or other.reviews,
            roadmaps=self.roadmaps or other.roadmaps,
        )

    def __bool__(self) -> bool:
        return self != NOTHING_CHANGED


NOTHING_CHANGED = Changes()


@dataclass(frozen=True)
class SessionChange:
    """A session as a command left it, and what the command changed."""

    session: SessionView
    changes: Changes


@dataclass(frozen=True)
class AttachmentChange:
    """A file just attached, and what attaching it changed."""

    attachment: AttachmentView
    changes: Changes


@dataclass(frozen=True)
class Preferences:
    """The learner's preferences, read and saved as one (`setting` rows underneath)."""

    learner_name: str = ""
    page_size: str = "a4"  # a4 | letter
    daily_goal_minutes: int = 30
    pomodoro_work_minutes: int = 25
    pomodoro_short_break_minutes: int = 5
    pomodoro_long_break_minutes: int = 15
    pomodoro_long_break_every: int = 4
    day_start_hour: int = 4  # study after midnight and before this hour counts to the day before
    streaks_enabled: bool = False
    rest_days_per_week: int = 0  # 0 or 1
    reminder_at: time | None = None  # None: no study reminder
    reminder_weekdays: frozenset[int] = field(default_factory=lambda: frozenset(range(5)))  # Monday is 0
    long_timer_minutes: int = 180
    review_retention: float = 0.90  # the recall chance spaced review aims at (0.80 to 0.97)
    reviews_per_day: int = 10  # at most this many reviews come due on a study day
    offline_resource_cap_mb: int = 25  # the most one resource's offline copy may take
    offline_total_cap_mb: int = 2048  # the most all offline copies together may take


@dataclass(frozen=True)
class SharingChoice:
    """What the learner shares of a roadmap with a cohort's mentor on the hub (never session notes)."""

    progress: bool = True
    time: bool = True
    notes: bool = False


@dataclass(frozen=True)
class Interval:
    """A session as a stretch of time, for the overlap checks."""

    session_id: int
    start: int  # UTC seconds
    end: int
    step_title: str


@dataclass(frozen=True)
class RemovalCounts:
    """What removing a roadmap would touch."""

    topics_with_progress: int
    sessions: int
    notes: int

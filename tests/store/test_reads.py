"""The read API, checked against figures worked out by hand on a small roadmap built here, read
through the folder opened read-only (the first view's and the command line's path); and every
SQL statement it runs compiles against a freshly migrated schema (EXPLAIN)."""

from __future__ import annotations

import inspect
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, time
from pathlib import Path

import pytest

from studytracker.roadmap.model import Resource, Roadmap, Step, Topic
from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.reads import Reads, open_read_only
from studytracker.store.reads.base import Area
from studytracker.store.reads.notes import NoteTarget
from studytracker.store.records import Preferences, Progress, ResourceView, TopicView
from studytracker.store.tracker import Tracker

SMALL = Roadmap(
    id="small",
    title="A Small Roadmap",
    edition="1",
    summary="Two steps.",
    steps=(
        Step(
            id="basics",
            number=1,
            title="Basics",
            why="Start here.",
            topics=(
                Topic(id="basics/a", title="Alpha"),
                Topic(
                    id="basics/b",
                    title="Beta",
                    children=(
                        Topic(id="basics/b/one", title="Beta one"),
                        Topic(id="basics/b/two", title="Beta two"),
                    ),
                ),
            ),
            resources=(
                Resource(id="basics/book", title="The Book", url="https://example.org/book", kind="docs"),
            ),
        ),
        Step(
            id="extra",
            number=None,
            title="Extra",
            optional=True,
            topics=(Topic(id="extra/x", title="Xylophone"),),
        ),
    ),
)


@pytest.fixture
def small(tracker: Tracker) -> Tracker:
    tracker.roadmaps.import_roadmap(SMALL)
    tracker.roadmaps.use("small")
    return tracker


@pytest.fixture
def stored(small: Tracker, clock: FixedClock, data_dir: Path, tmp_path: Path) -> Iterator[Reads]:
    """Tuesday 24 Nov 2026: Alpha done, Beta one in progress, Xylophone skipped; 45 min on
    Basics (Alpha) on Monday at 10:00, 20 min on Extra on Tuesday at 09:00, and a session on
    Basics running since 17:30 (30 min at 18:00, the clock); a file attached to The Book. Read
    through the folder opened read-only."""
    small.progress.set_status("basics/a", "done")
    small.progress.set_status("basics/b/one", "in-progress")
    small.progress.set_status("extra/x", "skipped")
    small.study.log("basics", 45, day=date(2026, 11, 23), at=time(10, 0), topic_id="basics/a", note="first")
    small.study.log("extra", 20, day=date(2026, 11, 24), at=time(9, 0))
    clock.advance(minutes=-30)
    small.study.start("basics")
    clock.advance(minutes=30)
    small.notes.save("# On Basics", step_id="basics")
    small.notes.save("beta is **tricky**", topic_id="basics/b")
    chapter = tmp_path / "chapter 1.md"
    chapter.write_text("# Chapter 1\n", encoding="utf-8")
    small.attachments.attach(chapter, "basics", resource_id="basics/book")
    reads = open_read_only(data_dir, clock)
    assert reads is not None
    with reads:
        yield reads


def test_progress_per_step_and_overall_counts_leaf_topics(stored: Reads) -> None:
    status = stored.progress.status()
    basics, extra = status.steps
    # Basics' leaves: Alpha (done), Beta one (in progress), Beta two (to do); its parent Beta not counted
    assert basics.progress == Progress(done=1, total=3, in_progress=1, skipped=0)
    assert basics.minutes == 45  # finished sessions only: the running one is not in the sums yet
    assert extra.progress == Progress(done=0, total=0, in_progress=0, skipped=1)  # skipped leaves the total
    assert extra.minutes == 20 and extra.optional and extra.number is None
    assert status.overall == Progress(done=1, total=3, in_progress=1, skipped=1)
    assert status.required == Progress(done=1, total=3, in_progress=1, skipped=0)
    assert status.minutes_total == 65
    assert status.roadmap.id == "small" and status.roadmap.topics == 4
    assert status.running is not None and status.running.minutes == 30


def test_the_summaries_of_some_steps_read_those_steps_alone(stored: Reads) -> None:
    (extra,) = stored.progress.step_summaries({"extra"})
    assert extra.id == "extra" and extra.minutes == 20
    assert extra.progress == Progress(done=0, total=0, in_progress=0, skipped=1)
    basics = stored.progress.step_summaries(["basics", "no-such-step"])
    assert [s.progress for s in basics] == [Progress(done=1, total=3, in_progress=1, skipped=0)]
    assert stored.progress.step_summaries([]) == []


def test_the_topic_tree_derives_parents_and_carries_time(stored: Reads) -> None:
    alpha, beta = stored.progress.topic_tree("basics")
    assert (alpha.status, alpha.minutes) == ("done", 45)
    assert beta.status == "in-progress"  # one child in progress, one to do
    assert [(c.id, c.status) for c in beta.children] == [
        ("basics/b/one", "in-progress"),
        ("basics/b/two", "todo"),
    ]
    assert stored.progress.topic_tree("extra") == [TopicView("extra/x", "Xylophone", "", "skipped")]


def test_step_text_resources_and_the_roadmaps(stored: Reads) -> None:
    detail = stored.roadmaps.step_detail("basics")
    assert (detail.title, detail.number, detail.why) == ("Basics", 1, "Start here.")
    assert detail.resources == (
        ResourceView("basics/book", "The Book", "https://example.org/book", "docs", ""),
    )
    # by title: "A Small Roadmap" before "Machine Learning Engineer Roadmap"
    assert [(r.id, r.active, r.steps, r.topics) for r in stored.roadmaps.all()][0] == ("small", True, 2, 4)
    assert [r.id for r in stored.roadmaps.all()] == ["small", "machine-learning-engineer"]
    assert stored.roadmaps.export("small") == SMALL


def test_sessions_days_and_the_goal(stored: Reads) -> None:
    log = stored.sessions.log()
    assert [(s.step_id, s.minutes, s.end is None) for s in log] == [
        ("basics", 45, False),
        ("extra", 20, False),
        ("basics", 30, True),
    ]
    assert (
        log[0].start == datetime(2026, 11, 23, 10, 0, tzinfo=log[0].start.tzinfo) and log[0].note == "first"
    )
    assert [s.minutes for s in stored.sessions.log(date(2026, 11, 24), date(2026, 11, 24))] == [20, 30]
    assert stored.plan.minutes_by_day() == {date(2026, 11, 23): 45, date(2026, 11, 24): 50}
    today = stored.plan.today_against_goal()
    assert (today.today_minutes, today.goal_minutes, today.enabled) == (50, 30, False)
    streaks = stored.plan.streaks()
    assert (streaks.current, streaks.longest) == (2, 2)  # Monday and Tuesday met the 30-minute goal
    assert stored.progress.completion_dates() == [date(2026, 11, 24)]


def test_overlaps_are_found_and_named(stored: Reads) -> None:
    monday = int(stored.clock.localize(datetime(2026, 11, 23, 10, 30)).timestamp())
    assert [i.step_title for i in stored.sessions.busy(monday, monday + 60)] == ["Basics"]
    assert stored.sessions.busy(monday + 3600, monday + 7200) == []  # it ended at 10:45


def test_notes_search_and_removal_counts(stored: Reads) -> None:
    assert stored.notes.get(step_id="basics").body == "# On Basics"  # type: ignore[union-attr]
    assert stored.notes.get(topic_id="basics/a") is None
    assert stored.notes.of_roadmap() == [
        ("Step 1: Basics", "# On Basics"),
        ("Step 1: Basics › Beta", "beta is **tricky**"),
    ]
    hits = stored.search.find("beta")
    assert [(h.kind, h.title) for h in hits] == [
        ("topic", "Beta"),
        ("topic", "Beta one"),
        ("topic", "Beta two"),
        ("note", "Beta"),
    ]
    assert [h.kind for h in stored.search.find("example.org")] == ["resource"]
    assert stored.search.find("100%") == []  # LIKE's wildcards are searched as written
    [attached] = stored.attachments.of_step("basics")
    assert (attached.name, attached.resource_id, attached.size_bytes) == ("chapter 1.md", "basics/book", 12)
    assert stored.attachments.get(attached.id) == attached
    assert Path(attached.path).read_text(encoding="utf-8") == "# Chapter 1\n"
    counts = stored.roadmaps.removal_counts("small")
    assert (counts.topics_with_progress, counts.sessions, counts.notes) == (3, 3, 2)


def test_unparsable_settings_read_as_their_defaults(
    small: Tracker, data_dir: Path, clock: FixedClock
) -> None:
    small.settings.set("daily_goal_minutes", "lots")
    small.settings.set("report_page_size", "tabloid")
    small.settings.set("day_start_hour", "25")
    small.settings.set("reminder_time", "7 pm")
    reads = open_read_only(data_dir, clock)
    assert reads is not None
    with reads:
        preferences = reads.settings.preferences()
    assert (preferences.daily_goal_minutes, preferences.page_size, preferences.day_start_hour) == (
        30,
        "a4",
        4,
    )
    assert preferences.reminder_at is None
    assert Preferences() == Preferences(daily_goal_minutes=30)


def test_a_snapshot_sees_one_moment(small: Tracker, data_dir: Path, clock: FixedClock) -> None:
    reads = open_read_only(data_dir, clock)
    assert reads is not None
    with reads, reads.snapshot() as snapshot:
        before = snapshot.progress.status().overall.done
        small.progress.set_status("basics/a", "done")  # committed by another connection meanwhile
        assert snapshot.progress.status().overall.done == before == 0
        assert reads.progress.status().overall.done == 0  # inside the snapshot: the same moment
    assert small.reads.progress.status().overall.done == 1


class _Explaining:
    """A sqlite3 connection that compiles every statement with EXPLAIN before running it."""

    def __init__(self, connection: sqlite3.Connection, seen: set[str]) -> None:
        self.connection = connection
        self.seen = seen

    def execute(self, sql: str, parameters: dict[str, object]) -> sqlite3.Cursor:
        self.connection.execute(f"EXPLAIN {sql}", parameters).fetchall()  # fails on a renamed column
        self.seen.add(sql)
        return self.connection.execute(sql, parameters)


def test_every_read_compiles_against_the_migrated_schema(stored: Reads, data_dir: Path) -> None:
    seen: set[str] = set()
    connection = sqlite3.connect((data_dir / DATABASE_NAME).as_uri() + "?mode=ro", uri=True)
    connection.isolation_level = None

    class Source:
        @contextmanager
        def read_transaction(self) -> Iterator[sqlite3.Connection]:
            yield _Explaining(connection, seen)  # type: ignore[misc]

    reads = Reads(Source(), data_dir / DATABASE_NAME, stored.clock)
    basics = stored.roadmaps.step_pk("small", "basics")
    beta = stored.roadmaps.topic("small", "basics/b").pk
    basics_note = stored.notes.find(stored.notes.target("basics", None))[0]  # type: ignore[index]
    calls = {
        "roadmaps": [
            ("active_id", ()),
            ("get", ()),
            ("stored", ("small",)),
            ("all", ()),
            ("ids_ever", ()),
            ("active", ()),
            ("step_pk", ("small", "basics")),
            ("topic", ("small", "basics/a")),
            ("topic_in_step", ("small", "basics", "basics/a")),
            ("resource_pk", (basics, "basics", "basics/book")),
            ("step_detail", ("basics",)),
            ("removal_counts", ("small",)),
            ("export", ()),
        ],
        "progress": [
            ("status", ()),
            ("step_summaries", (["basics"],)),
            ("topic_tree", ("basics",)),
            ("subtree", (beta,)),
            ("completion_dates", ()),
            ("exported", ()),
        ],
        "sessions": [
            ("get", (1,)),
            ("running", ()),
            ("log", (date(2026, 11, 1), date(2026, 11, 30), "basics")),
            ("busy", (0, 2**40)),
            ("spans", ()),
            ("unobserved_seconds", ()),
            ("interrupted", ()),
            ("exported", ()),
        ],
        "plan": [
            ("day_start_hour", ()),
            ("study_day", ()),
            ("day_bounds", (date(2026, 11, 24),)),
            ("minutes_by_day", (date(2026, 11, 1), date(2026, 11, 30))),
            ("minutes_on", (date(2026, 11, 24),)),
            ("today_minutes", ()),
            ("daily_goal", ()),
            ("today_against_goal", ()),
            ("streaks", ()),
            ("target_date", ()),
        ],
        "notes": [
            ("target", ("basics", None)),
            ("get", ("basics",)),
            ("of_roadmap", ()),
            ("exported", ()),
            ("find", (NoteTarget(None, beta),)),
            ("target_of", ("basics",)),
            ("history", ("basics",)),
            ("revision", (1, "basics")),
            ("latest_revision", (basics_note,)),
            ("has_revision", (basics_note, "# On Basics", "2026-11-24T18:00:00+01:00")),
            ("revision_keys", (basics_note,)),
            ("exported_revisions", ()),
            ("other_texts", ("basics",)),
            ("edited_on_two_devices", ()),
        ],
        "attachments": [
            ("of_step", ("basics",)),
            ("get", (stored.attachments.of_step("basics")[0].id,)),
            ("stored_names_of_roadmap", ("small",)),
            ("exported", ()),
        ],
        "offline": [
            ("resources", ("small", "basics")),
            ("by_url", ("small", "https://example.org/book")),
            ("links", ("small",)),
            ("link_results", ("small",)),
            ("step_marks", ("small",)),
            ("step_of", (stored.roadmaps.resource_pk(basics, "basics", "basics/book"),)),
            ("used_bytes", ()),
            ("stored_folders", ()),
            ("resource_pk", ("small", "basics/book")),
            ("exported", ()),
        ],
        "search": [("find", ("beta",))],
        "reviews": [
            ("cards", ()),
            ("card", (beta,)),
            ("next_due", ("basics/b",)),
            ("plan", (date(2026, 11, 24), 3)),
            ("due", ()),
            ("forecast", (5,)),
            ("retention", ()),
            ("done", (date(2026, 11, 1), date(2026, 11, 30))),
            ("unscheduled", ()),
            ("unfinished", ()),
            ("exported", ()),
            ("exported_log", ()),
            ("logged", ()),
        ],
        "settings": [("value", ("x",)), ("all", ()), ("preferences", ()), ("sharing", ())],
        "shared": [
            ("in_progress", ("small",)),
            ("review_due_days", ("small",)),
            ("last_active", ("small",)),
            ("notes", ("small",)),
        ],
    }
    areas = {name for name, value in vars(reads).items() if isinstance(value, Area)}
    assert set(calls) == areas, f"areas not checked: {areas - set(calls)}"
    for area_name, methods in calls.items():
        area = getattr(reads, area_name)
        for method, args in methods:
            getattr(area, method)(*args)
        public = {
            name
            for name, member in inspect.getmembers(type(area), inspect.isfunction)
            if not name.startswith("_") and name not in vars(Area)
        }
        called = {method for method, _args in methods}
        assert public - called <= {"describe"}, f"{area_name}: reads not checked: {public - called}"
    assert len(seen) >= 40
    connection.close()


def test_no_read_only_view_without_a_database(data_dir: Path) -> None:
    assert open_read_only(data_dir) is None


def test_no_read_only_view_when_a_migration_is_due(tracker: Tracker, data_dir: Path) -> None:
    tracker.close()
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0003'")
    assert open_read_only(data_dir) is None


def test_no_read_only_view_of_a_file_that_is_not_a_database(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_NAME).write_bytes(b"not a database at all" * 100)
    assert open_read_only(data_dir) is None


def test_a_folder_name_with_uri_characters_is_read_where_it_is(tmp_path: Path, clock: FixedClock) -> None:
    data_dir = tmp_path / "notes #1 ?draft %41"
    tracker = Tracker.open(data_dir, clock=clock)
    tracker.progress.set_status("sql/basics-select-insert-update-delete", "done")
    tracker.close()
    reads = open_read_only(data_dir, clock)
    assert reads is not None
    with reads:
        assert reads.progress.status().overall.done == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes #1 ?draft %41"]  # no stray file beside it


def test_today_against_the_goal_counts_runs_only_when_streaks_are_on(
    tracker: Tracker, clock: FixedClock
) -> None:
    for _ in range(3):
        tracker.study.log("sql", 40, day=clock.now().date())
        clock.advance(days=1)
    tracker.study.log("sql", 10, day=clock.now().date())
    off = tracker.reads.plan.today_against_goal()
    assert (off.today_minutes, off.goal_minutes, off.enabled, off.current) == (10, 30, False, 0)
    tracker.settings.update_preferences(streaks_enabled=True)
    on = tracker.reads.plan.today_against_goal()
    assert (on.today_minutes, on.enabled, on.current, on.longest) == (10, True, 3, 3)


def test_a_clock_set_back_never_gives_negative_study_time(tracker: Tracker, clock: FixedClock) -> None:
    tracker.study.log("sql", 30, day=clock.now().date())
    tracker.study.start("sql")
    clock.advance(hours=-2)  # the computer's clock was put back while the timer ran
    today = clock.now().date()
    assert tracker.reads.plan.minutes_by_day()[today] == 30
    assert tracker.reads.sessions.running().minutes == 0  # type: ignore[union-attr]
    assert tracker.reads.plan.today_against_goal().today_minutes == 30

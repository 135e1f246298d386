"""The service API: progress, sessions, notes and roadmap loading, on a real SQLite file."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import date, datetime, time
from pathlib import Path

import pytest

from studytracker.roadmap.model import Roadmap, Step, Topic
from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.errors import InputError, StoreError
from studytracker.store.records import RemovalCounts
from studytracker.store.rules import derive_parent_status
from studytracker.store.tracker import Tracker

NUMPY = "python-libraries/libraries/numpy"
LIBRARIES = "python-libraries/libraries"


def row_count(data_dir: Path, table: str) -> int:
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_fresh_folder_gets_the_bundled_roadmap(tracker: Tracker) -> None:
    [info] = tracker.reads.roadmaps.all()
    assert info.id == "machine-learning-engineer" and info.active
    status = tracker.reads.progress.status()
    assert status.overall.done == 0 and status.overall.total > 50
    assert [s.number for s in status.steps if s.number is not None] == list(range(1, 10))


def test_reopening_does_not_load_the_roadmap_twice(
    tracker: Tracker, data_dir: Path, clock: FixedClock
) -> None:
    topics_before = row_count(data_dir, "topic")
    tracker.close()
    again = Tracker.open(data_dir, clock=clock)
    again.close()
    assert row_count(data_dir, "topic") == topics_before
    assert row_count(data_dir, "roadmap") == 1


def test_marking_topic_done_updates_step_progress(tracker: Tracker) -> None:
    tracker.progress.set_status(NUMPY, "done")
    python = tracker.reads.progress.status().steps[0]
    assert (python.progress.done, python.progress.total) == (1, 4)
    assert python.progress.percent == 25.0
    assert tracker.reads.progress.status().overall.done == 1


def test_marking_a_parent_marks_all_its_sub_topics(tracker: Tracker) -> None:
    changed = tracker.progress.set_status(LIBRARIES, "done")
    assert changed.steps == {"python-libraries"}
    assert set(changed.topics) == {
        LIBRARIES,
        NUMPY,
        f"{LIBRARIES}/pandas-polars",
        f"{LIBRARIES}/matplotlib-seaborn",
    }
    [basics, libraries] = tracker.reads.progress.topic_tree("python-libraries")
    assert libraries.status == "done" and basics.status == "todo"
    tracker.progress.set_status(NUMPY, "todo")
    assert tracker.reads.progress.topic_tree("python-libraries")[1].status == "in-progress"


def test_skipped_topics_leave_the_total(tracker: Tracker) -> None:
    tracker.progress.set_status(NUMPY, "skipped")
    progress = tracker.reads.progress.status().steps[0].progress
    assert (progress.done, progress.total, progress.skipped) == (0, 3, 1)


def test_unknown_status_or_topic_is_refused(tracker: Tracker) -> None:
    with pytest.raises(InputError, match="unknown status 'finished'"):
        tracker.progress.set_status(NUMPY, "finished")
    with pytest.raises(InputError, match="unknown topic id 'nope' in roadmap 'machine-learning-engineer'"):
        tracker.progress.set_status("nope", "done")


def test_parent_status_derives_from_children() -> None:
    assert derive_parent_status(["done", "done"]) == "done"
    assert derive_parent_status(["done", "skipped"]) == "done"
    assert derive_parent_status(["todo", "in-progress"]) == "in-progress"
    assert derive_parent_status(["skipped", "skipped"]) == "skipped"
    assert derive_parent_status(["todo", "todo"]) == "todo"


def test_logged_sessions_add_up_per_step(tracker: Tracker) -> None:
    tracker.study.log("python-libraries", 45, day=date(2026, 11, 20), note="numpy")
    tracker.study.log("python-libraries", 30, day=date(2026, 11, 20))
    tracker.study.log("sql", 20)
    status = tracker.reads.progress.status()
    minutes = {s.id: s.minutes for s in status.steps}
    assert minutes["python-libraries"] == 75 and minutes["sql"] == 20
    assert status.minutes_total == 95


def test_a_session_logged_for_today_ends_now(tracker: Tracker, clock: FixedClock) -> None:
    session = tracker.study.log("sql", 20).session
    assert session.end == clock.now() and session.minutes == 20


def test_past_sessions_without_a_time_take_the_first_free_time(tracker: Tracker) -> None:
    first = tracker.study.log("sql", 60, day=date(2026, 11, 20)).session
    second = tracker.study.log("sql", 30, day=date(2026, 11, 20)).session
    assert first.start.time() == time(9, 0)
    assert second.start == first.end


def test_overlapping_session_is_refused_naming_the_other(tracker: Tracker) -> None:
    first = tracker.study.log("sql", 60, day=date(2026, 11, 20), at=time(10, 0)).session
    with pytest.raises(InputError, match=rf"overlaps session #{first.id} \(SQL, 2026-11-20 10:00–11:00\)"):
        tracker.study.log("python-libraries", 30, day=date(2026, 11, 20), at=time(10, 30))
    assert len(tracker.reads.sessions.log()) == 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"minutes": 0}, "minutes must be more than 0"),
        ({"minutes": -5}, "minutes must be more than 0"),
        ({"minutes": 24 * 60 + 1}, "cannot be over 24 hours"),
        ({"minutes": 10, "day": date(2026, 11, 25)}, "is in the future"),
        ({"minutes": 60, "at": time(17, 30)}, "would end in the future"),
        ({"minutes": 10, "topic_id": "sql/basics-select-insert-update-delete"}, "is not in step"),
        ({"minutes": 10, "step_id": "nope"}, "unknown step id 'nope'"),
    ],
)
def test_bad_session_values_are_refused_and_nothing_is_written(
    tracker: Tracker, kwargs: dict, message: str
) -> None:
    arguments = {"step_id": "python-libraries", **kwargs}
    with pytest.raises(InputError, match=message):
        tracker.study.log(**arguments)
    assert tracker.reads.sessions.log() == []


def test_running_session_is_stored_from_its_first_second(
    tracker: Tracker, data_dir: Path, clock: FixedClock
) -> None:
    started = tracker.study.start("sql", "sql/basics-select-insert-update-delete").session
    other = Tracker.open(data_dir, clock=clock)  # the command line, say, while the window runs
    try:
        running = other.reads.sessions.running()
        assert running is not None and running.id == started.id and running.end is None
        with pytest.raises(InputError, match="a session is already running"):
            other.study.start("python-libraries")
    finally:
        other.close()
    clock.advance(minutes=25)
    stopped = tracker.study.stop(note="joins").session
    assert stopped.minutes == 25 and stopped.note == "joins"
    assert tracker.reads.sessions.running() is None
    with pytest.raises(InputError, match="no session is running"):
        tracker.study.stop()


def test_sessions_filter_by_local_date(tracker: Tracker) -> None:
    for day in (18, 20, 22):
        tracker.study.log("sql", 30, day=date(2026, 11, day))
    days = [s.start.day for s in tracker.reads.sessions.log(date(2026, 11, 19), date(2026, 11, 22))]
    assert days == [20, 22]
    with pytest.raises(InputError, match="is after"):
        tracker.reads.sessions.log(date(2026, 11, 22), date(2026, 11, 19))


def test_notes_are_kept_per_step_and_topic(tracker: Tracker, clock: FixedClock) -> None:
    assert tracker.reads.notes.get(step_id="sql") is None
    tracker.notes.save("# SQL\nwindow functions!", step_id="sql")
    tracker.notes.save("broadcasting rules", topic_id=NUMPY)
    clock.advance(minutes=5)
    tracker.notes.save("# SQL\nwindow functions and CTEs", step_id="sql")
    note = tracker.reads.notes.get(step_id="sql")
    assert note is not None and note.body.endswith("CTEs")
    assert note.updated_at == clock.now().isoformat(timespec="seconds")
    assert tracker.reads.notes.get(topic_id=NUMPY).body == "broadcasting rules"  # type: ignore[union-attr]


def _next_edition(roadmap: Roadmap) -> Roadmap:
    """The bundled roadmap, a year on: NumPy renamed, Polars dropped, a JAX topic added."""
    python = roadmap.steps[0]
    basics, libraries = python.topics
    children = [c for c in libraries.children if c.id != f"{LIBRARIES}/pandas-polars"]
    children[0] = dataclasses.replace(children[0], title="NumPy 2")
    children.append(Topic(id=f"{LIBRARIES}/jax", title="JAX"))
    new_libraries = dataclasses.replace(libraries, children=tuple(children))
    new_python: Step = dataclasses.replace(python, topics=(basics, new_libraries))
    return dataclasses.replace(roadmap, edition="2026/27", steps=(new_python, *roadmap.steps[1:]))


def test_a_newer_edition_keeps_progress_by_id_and_archives_what_it_dropped(
    tracker: Tracker, data_dir: Path
) -> None:
    tracker.progress.set_status(NUMPY, "done")
    tracker.progress.set_status(f"{LIBRARIES}/pandas-polars", "done")
    tracker.study.log("python-libraries", 40, topic_id=f"{LIBRARIES}/pandas-polars")
    result = tracker.roadmaps.import_roadmap(_next_edition(tracker.reads.roadmaps.export()))
    assert (result.added_topics, result.archived_topics) == (1, 1)
    [_, libraries] = tracker.reads.progress.topic_tree("python-libraries")
    assert [(c.title, c.status) for c in libraries.children] == [
        ("NumPy 2", "done"),
        ("Matplotlib/Seaborn", "todo"),
        ("JAX", "todo"),
    ]
    assert tracker.reads.progress.status().steps[0].minutes == 40  # the session stays
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        archived = connection.execute(
            "SELECT t.archived, p.status FROM topic t JOIN topic_progress p ON p.topic_pk = t.pk "
            "WHERE t.slug = ?",
            (f"{LIBRARIES}/pandas-polars",),
        ).fetchone()
    assert archived == (1, "done")


def test_a_damaged_database_is_reported_with_its_path(data_dir: Path, clock: FixedClock) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / DATABASE_NAME).write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=rf"{DATABASE_NAME}: the database file is damaged"):
        Tracker.open(data_dir, clock=clock)
    assert (data_dir / DATABASE_NAME).read_bytes() == b"this is not a database" * 100


def test_a_database_from_a_newer_app_is_refused(tracker: Tracker, data_dir: Path, clock: FixedClock) -> None:
    tracker.close()
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(StoreError, match="made by a newer StudyTracker"):
        Tracker.open(data_dir, clock=clock)


def test_daylight_saving_day_keeps_wall_clock_times(data_dir: Path) -> None:
    from zoneinfo import ZoneInfo

    berlin = ZoneInfo("Europe/Berlin")
    clock = FixedClock(datetime(2026, 3, 30, 12, 0), tz=berlin)
    tracker = Tracker.open(data_dir, clock=clock)
    try:
        # 2026-03-29 is 23 hours long in Berlin; 09:00 local is 07:00 UTC.
        session = tracker.study.log("sql", 60, day=date(2026, 3, 29), at=time(9, 0)).session
        assert session.start.isoformat() == "2026-03-29T09:00:00+02:00"
        winter = tracker.study.log("sql", 60, day=date(2026, 3, 28), at=time(9, 0)).session
        assert winter.start.isoformat() == "2026-03-28T09:00:00+01:00"
    finally:
        tracker.close()


def _import_sample(tracker: Tracker, path: Path) -> str:
    from studytracker.roadmap.markdown_import import load_roadmap_markdown

    return tracker.roadmaps.import_roadmap(load_roadmap_markdown(path)).roadmap_id


def test_roadmaps_keep_their_own_progress_side_by_side(
    tracker: Tracker, sample_roadmaps: dict[str, Path]
) -> None:
    analyst = _import_sample(tracker, sample_roadmaps["data-analyst-2026"])
    tracker.progress.set_status(NUMPY, "done")
    assert tracker.reads.roadmaps.active().id == "machine-learning-engineer"  # importing does not switch
    tracker.roadmaps.use(analyst)
    assert tracker.reads.progress.status().overall.done == 0
    tracker.progress.set_status("sql/basics-select-insert-update-delete", "done")  # the analyst's SQL step
    tracker.roadmaps.use("machine-learning-engineer")
    assert tracker.reads.progress.status().overall.done == 1
    assert tracker.reads.progress.status(analyst).overall.done == 1


def test_removing_a_roadmap_can_keep_its_sessions(tracker: Tracker, sample_roadmaps: dict[str, Path]) -> None:
    analyst = _import_sample(tracker, sample_roadmaps["data-analyst-2026"])
    tracker.roadmaps.use(analyst)
    tracker.progress.set_status("sql/basics-select-insert-update-delete", "done")
    tracker.study.log("sql", 30)
    assert tracker.reads.roadmaps.removal_counts(analyst) == RemovalCounts(
        topics_with_progress=1, sessions=1, notes=0
    )
    tracker.roadmaps.remove(analyst, keep_sessions=True)
    assert [r.id for r in tracker.reads.roadmaps.all()] == ["machine-learning-engineer"]
    assert tracker.reads.roadmaps.active().id == "machine-learning-engineer"
    assert [s.step_title for s in tracker.reads.sessions.log()] == ["SQL"]
    with pytest.raises(InputError, match="unknown roadmap id 'data-analyst'"):
        tracker.roadmaps.use(analyst)
    _import_sample(tracker, sample_roadmaps["data-analyst-2026"])  # back, with its progress
    assert tracker.reads.progress.status(analyst).overall.done == 1


def test_removing_a_roadmap_without_keeping_deletes_all_of_it(
    tracker: Tracker, sample_roadmaps: dict[str, Path], data_dir: Path, tmp_path: Path
) -> None:
    analyst = _import_sample(tracker, sample_roadmaps["data-analyst-2026"])
    tracker.roadmaps.use(analyst)
    tracker.study.log("sql", 30)
    tracker.notes.save("joins", step_id="sql")
    source = tmp_path / "cheatsheet.txt"
    source.write_text("SELECT 1", encoding="utf-8")
    attachment = tracker.attachments.attach(
        source, "sql", topic_id="sql/basics-select-insert-update-delete"
    ).attachment
    tracker.roadmaps.remove(analyst, keep_sessions=False)
    assert tracker.reads.sessions.log() == [] and row_count(data_dir, "note") == 0
    assert row_count(data_dir, "topic") == row_count(
        data_dir, "topic WHERE roadmap_id = 'machine-learning-engineer'"
    )
    assert not Path(attachment.path).exists() and source.exists()
    with pytest.raises(InputError, match="the only roadmap"):
        tracker.roadmaps.remove("machine-learning-engineer", keep_sessions=False)


def _stored_rows(data_dir: Path, roadmap_id: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        return (
            connection.execute(
                "SELECT st.slug, st.number, st.title, st.position, st.group_title, t.slug, parent.slug,"
                " t.title, t.detail, t.position, t.is_leaf, t.archived"
                " FROM topic t JOIN step st ON st.pk = t.step_pk LEFT JOIN topic parent ON parent.pk = t.parent_pk"
                " WHERE t.roadmap_id = ? ORDER BY t.position",
                (roadmap_id,),
            ).fetchall()
            + connection.execute(
                "SELECT r.slug, st.slug, r.title, r.url, r.kind, r.note, r.position, r.archived"
                " FROM resource r LEFT JOIN step st ON st.pk = r.step_pk WHERE r.roadmap_id = ? ORDER BY r.slug",
                (roadmap_id,),
            ).fetchall()
        )


def test_a_first_import_writes_the_rows_an_update_in_place_would(tracker: Tracker, data_dir: Path) -> None:
    """A new roadmap is written in bulk; the same roadmap imported again is updated row by row,
    setting every column again: nothing may change."""
    roadmap = dataclasses.replace(tracker.reads.roadmaps.export(), id="copy", title="Copy")
    first = tracker.roadmaps.import_roadmap(roadmap)
    assert first.first_import and first.topics == 97  # parents and their sub-topics
    bulk = _stored_rows(data_dir, "copy")
    again = tracker.roadmaps.import_roadmap(roadmap)
    assert not again.first_import and (again.added_topics, again.archived_topics) == (0, 0)
    assert _stored_rows(data_dir, "copy") == bulk  # every column the row-by-row update sets
    tracker.roadmaps.use("copy")
    tracker.progress.set_status(NUMPY, "done")
    assert tracker.reads.progress.status().overall.done == 1


def test_a_big_roadmap_written_in_batches_is_the_roadmap_written_at_once(
    tracker: Tracker, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studytracker.store.commands import roadmaps

    roadmap = tracker.reads.roadmaps.export()
    tracker.roadmaps.import_roadmap(dataclasses.replace(roadmap, id="whole", title="Whole"))
    monkeypatch.setattr(roadmaps, "INSERT_BATCH", 3)  # a batch every step or so: 170 rows
    tracker.roadmaps.import_roadmap(dataclasses.replace(roadmap, id="batched", title="Batched"))

    # the same steps, topics (by position, with their parents) and resources, column by column
    assert _stored_rows(data_dir, "batched") == _stored_rows(data_dir, "whole")


def test_an_import_its_ticked_topics_and_activation_are_one_unit_of_work(tracker: Tracker) -> None:
    roadmap = dataclasses.replace(tracker.reads.roadmaps.export(), id="copy", title="Copy")
    with pytest.raises(InputError, match="unknown topic id 'copy/nowhere'"):
        tracker.roadmaps.import_roadmap(roadmap, done_topics=("copy/nowhere",), activate=True)
    assert "copy" not in tracker.reads.roadmaps.ids_ever()  # nothing of it was written
    assert tracker.reads.roadmaps.active().id == "machine-learning-engineer"
    tracker.roadmaps.import_roadmap(roadmap, done_topics=(NUMPY,), activate=True)
    assert tracker.reads.roadmaps.active().id == "copy"
    assert tracker.reads.progress.status().overall.done == 1


@pytest.mark.parametrize("stuck_at", [datetime(1970, 1, 1, 0, 5), datetime(2200, 3, 1, 12, 0)])
def test_a_clock_outside_the_days_kept_is_refused_and_nothing_is_written(
    tracker: Tracker, clock: FixedClock, stuck_at: datetime
) -> None:
    clock.advance(seconds=(clock.localize(stuck_at) - clock.now()).total_seconds())  # the battery died
    for write in (
        lambda: tracker.study.log("sql", 30),
        lambda: tracker.study.start("sql"),
        lambda: tracker.progress.set_status("sql/basics-select-insert-update-delete", "done"),
        lambda: tracker.notes.save("a note", step_id="sql"),
    ):
        with pytest.raises(StoreError, match="system clock says .* looks wrong"):
            write()
    assert tracker.reads.sessions.log() == [] and tracker.reads.sessions.running() is None
    assert tracker.reads.progress.status().overall.done == 0
    assert tracker.reads.notes.get(step_id="sql") is None


def test_a_time_that_does_not_exist_is_refused_not_moved(tracker: Tracker) -> None:
    """Berlin's clocks went from 02:00 to 03:00 on 2026-03-29: 02:30 never happened there."""
    with pytest.raises(InputError, match="2026-03-29 02:30 does not exist"):
        tracker.study.log("sql", 20, day=date(2026, 3, 29), at=time(2, 30))
    assert tracker.reads.sessions.log() == []
    logged = tracker.study.log("sql", 20, day=date(2026, 3, 29), at=time(3, 30)).session
    assert (logged.start.hour, logged.start.minute) == (3, 30)
    autumn = tracker.study.log("sql", 20, day=date(2026, 10, 25), at=time(2, 30)).session  # it happened twice
    assert (autumn.start.hour, autumn.start.minute) == (2, 30)

"""Backups, rotation, the integrity check, restore, export/import, and failures that lose nothing."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event

from studytracker.store.clock import FixedClock
from studytracker.store.database import DATABASE_NAME
from studytracker.store.errors import InputError, StoreError
from studytracker.store.policy import HEAD_SCHEMA, SCHEMA_HEAD
from studytracker.store.safety import Backups, check_database, keep_set
from studytracker.store.tracker import Tracker
from studytracker.store.transfer import export_all, merge_all


def damage(path: Path) -> None:
    """Overwrite the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        handle.write(b"\xde\xad\xbe\xef" * 2048)


def test_backup_and_restore_round_trip(tracker: Tracker, data_dir: Path, clock: FixedClock) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    backups = Backups(data_dir)
    made = backups.create(datetime(2026, 11, 24, 18, 0))
    assert check_database(made).ok
    tracker.study.log("sql", 45, day=date(2026, 11, 21))
    tracker.close()
    previous = backups.restore(made, datetime(2026, 11, 24, 18, 5))
    assert previous is not None and check_database(previous).ok  # the replaced data was backed up first
    reopened = Tracker.open(data_dir, clock=clock)
    try:
        assert [s.minutes for s in reopened.reads.sessions.log()] == [30]
    finally:
        reopened.close()
    with sqlite3.connect(previous) as connection:
        assert connection.execute("SELECT count(*) FROM study_session").fetchone() == (2,)


def test_rotation_keeps_ten_latest_one_a_day_for_a_week_one_a_week_for_a_month() -> None:
    now = datetime(2026, 11, 24, 18, 0)
    made = sorted((now - timedelta(hours=6 * n) for n in range(4 * 60)), reverse=True)  # 60 days, 4 a day
    kept = sorted((made[i] for i in keep_set(made, now)), reverse=True)
    assert kept[:10] == made[:10]
    days = {m.date() for m in kept if now - m <= timedelta(days=7)}
    assert len(days) == 8  # today and the seven days before
    assert min(kept) >= now - timedelta(weeks=5)
    assert len(kept) < 30


def test_rotation_removes_old_backup_files(tracker: Tracker, data_dir: Path) -> None:
    backups = Backups(data_dir)
    start = datetime(2026, 9, 1, 12, 0)
    for n in range(40):
        backups.create(start + timedelta(days=2 * n))
    kept = backups.newest_first()
    assert 10 <= len(kept) < 40
    assert kept[0].made_at == start + timedelta(days=78)


def test_a_damaged_database_is_detected_and_left_untouched(tracker: Tracker, data_dir: Path) -> None:
    for day in range(1, 28):
        tracker.study.log("sql", 30, day=date(2026, 10, day), note="x" * 500)
    tracker.close()
    database = data_dir / DATABASE_NAME
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(database)
    before = database.read_bytes()
    result = check_database(database)
    assert not result.ok and "damaged" in result.summary()
    assert database.read_bytes() == before


def test_restoring_over_a_damaged_database_keeps_the_damaged_file(tracker: Tracker, data_dir: Path) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    backups = Backups(data_dir)
    good = backups.create(datetime(2026, 11, 23, 9, 0))
    tracker.close()
    database = data_dir / DATABASE_NAME
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (data_dir / (DATABASE_NAME + "-wal")).unlink(missing_ok=True)
    database.write_bytes(b"garbage" * 4096)
    assert backups.newest_good() is not None and backups.newest_good().path == good  # type: ignore[union-attr]
    kept = backups.restore(good, datetime(2026, 11, 24, 9, 0))
    assert kept is not None and kept.read_bytes() == b"garbage" * 4096
    assert check_database(database).ok


def test_a_bad_backup_is_refused_and_nothing_changes(
    tracker: Tracker, data_dir: Path, tmp_path: Path
) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    tracker.close()
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(b"hello" * 100)
    database = data_dir / DATABASE_NAME
    before = database.read_bytes()
    with pytest.raises(InputError, match="cannot restore from it"):
        Backups(data_dir).restore(bad)
    assert database.read_bytes() == before and not (data_dir / "backups").exists()


def test_restoring_an_older_revision_migrates_it(data_dir: Path, tmp_path: Path, clock: FixedClock) -> None:
    from sqlalchemy import create_engine

    from studytracker.store.migrate import upgrade_to

    old = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        upgrade_to(connection, "0001")
    engine.dispose()
    Tracker.open(data_dir, clock=clock).close()
    Backups(data_dir).restore(old)
    assert check_database(data_dir / DATABASE_NAME).revision == SCHEMA_HEAD


def test_export_then_import_into_a_fresh_folder_reproduces_everything(
    tracker: Tracker, tmp_path: Path, clock: FixedClock, sample_roadmaps: dict[str, Path]
) -> None:
    from studytracker.roadmap.markdown_import import load_roadmap_markdown

    tracker.roadmaps.import_roadmap(load_roadmap_markdown(sample_roadmaps["data-analyst-2026"]))
    tracker.progress.set_status("python-libraries/libraries/numpy", "done")
    tracker.study.log("python-libraries", 40, day=date(2026, 11, 20), note="arrays")
    tracker.notes.save("remember broadcasting", topic_id="python-libraries/libraries/numpy")
    tracker.settings.update_preferences(daily_goal_minutes=45)
    data = json.loads(json.dumps(export_all(tracker)))  # through text, as a file would
    fresh = Tracker.open(tmp_path / "fresh", clock=clock)
    try:
        result = merge_all(fresh, data)
        assert (result.progress_set, result.sessions_added, result.notes_set) == (1, 1, 1)
        assert fresh.reads.progress.status() == tracker.reads.progress.status()
        assert [s.to_json() | {"id": 0} for s in fresh.reads.sessions.log()] == [
            s.to_json() | {"id": 0} for s in tracker.reads.sessions.log()
        ]
        assert (
            fresh.reads.notes.get(topic_id="python-libraries/libraries/numpy").body == "remember broadcasting"
        )  # type: ignore[union-attr]
        assert fresh.reads.plan.daily_goal() == 45 and {r.id for r in fresh.reads.roadmaps.all()} == {
            r.id for r in tracker.reads.roadmaps.all()
        }
        again = merge_all(fresh, data)  # merging twice adds nothing
        assert (again.sessions_added, again.sessions_skipped, again.notes_set, again.progress_set) == (
            0,
            1,
            0,
            0,
        )
    finally:
        fresh.close()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(format="other"), "not a StudyTracker export"),
        (
            lambda d: d["sessions"].append(
                {
                    "roadmap": "machine-learning-engineer",
                    "step": "nope",
                    "start_utc": 1790000000,
                    "end_utc": 1790000060,
                }
            ),
            "$.sessions[1]: unknown step 'nope'",
        ),
        (
            lambda d: d["progress"].append(
                {"roadmap": "machine-learning-engineer", "topic": "sql", "status": "done", "changed_at": "x"}
            ),
            "$.progress[0]: unknown topic 'sql'",
        ),
        (lambda d: d["roadmaps"][0].pop("steps"), "$.roadmaps[0]: missing required key 'steps'"),
        # values that would break `status`, `sessions`, `report` or `plan` later
        (lambda d: d["sessions"][0].update(start_utc=True), "$.sessions[0].start_utc: missing or not a int"),
        (lambda d: d["sessions"][0].update(start_utc=float("nan")), "$.sessions[0].start_utc"),
        (lambda d: d["sessions"][0].update(utc_offset_min=100000), "$.sessions[0].utc_offset_min"),
        (lambda d: d["sessions"][0].update(utc_offset_min="+02:00"), "$.sessions[0].utc_offset_min"),
        (lambda d: d["sessions"][0].update(paused_seconds=None), "$.sessions[0].paused_seconds"),
        (lambda d: d["sessions"][0].update(paused_seconds=-5), "$.sessions[0].paused_seconds"),
        (lambda d: d["sessions"][0].update(paused_seconds=7200), "$.sessions[0].paused_seconds"),
        (
            lambda d: d["sessions"][0].update(end_utc=d["sessions"][0]["start_utc"] + 400 * 86400),
            "over 24 hours",
        ),
        (lambda d: d["sessions"][0].update(note=["a", "list"]), "$.sessions[0].note: not a text"),
        (lambda d: d["sessions"][0].update(source="robot"), "$.sessions[0].source"),
        (
            lambda d: d["settings"].update(report_page_size="tabloid"),
            "'report_page_size' cannot be 'tabloid'",
        ),
        (lambda d: d["settings"].update(daily_goal_minutes=["30"]), "'daily_goal_minutes' is list"),
        (lambda d: d["settings"].update(favourite_colour="blue"), "unknown setting 'favourite_colour'"),
        (lambda d: d["settings"].update({"target_date:x": "0000-01-01"}), "'target_date:x' cannot be"),
    ],
)
def test_a_broken_export_is_refused_and_nothing_merged(
    tracker: Tracker, tmp_path: Path, clock: FixedClock, change, message: str
) -> None:  # type: ignore[no-untyped-def]
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    data = export_all(tracker)
    change(data)
    fresh = Tracker.open(tmp_path / "fresh", clock=clock)
    try:
        with pytest.raises(InputError, match=message.replace("[", r"\[").replace("$", r"\$")):
            merge_all(fresh, data, source="x.json")
        assert fresh.reads.sessions.log() == []
    finally:
        fresh.close()


def test_a_full_disk_is_reported_and_loses_nothing(tracker: Tracker) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 20))

    def full(dbapi_connection, _record):  # type: ignore[no-untyped-def]
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(tracker.db.write_engine, "connect", full)
    tracker.db.write_engine.dispose()  # new connections, each with the disk "full"
    with pytest.raises(StoreError, match="could not write to disk.*nothing was saved"):
        for day in range(1, 29):
            tracker.study.log("python-libraries", 20, day=date(2026, 10, day), note="n" * 3000)
    event.remove(tracker.db.write_engine, "connect", full)
    tracker.db.write_engine.dispose()
    sessions = tracker.reads.sessions.log()
    assert [s.minutes for s in sessions if s.start.date() == date(2026, 11, 20)] == [30]  # intact
    assert all(s.note in ("", "n" * 3000) for s in sessions)  # no half-written row
    assert check_database(tracker.db.path).ok


def test_a_read_only_folder_is_reported_and_loses_nothing(
    data_dir: Path, tmp_path: Path, clock: FixedClock
) -> None:
    tracker = Tracker.open(data_dir, clock=clock)
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    tracker.close()
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = (data_dir / DATABASE_NAME).read_bytes()
    command = [
        sys.executable,
        "-m",
        "studytracker",
        "--data-dir",
        str(data_dir),
        "log",
        "--step",
        "sql",
        "--minutes",
        "5",
    ]
    if os.geteuid() == 0:
        # Root passes permission checks by its capabilities (CAP_DAC_OVERRIDE and the like). Run as
        # root with none, so the kernel holds the process to the mode bits like any owner of the folder;
        # it stays the same user, so it still reaches the project wherever the clone sits.
        command = ["setpriv", "--inh-caps=-all", "--bounding-set=-all", *command]
    data_dir.chmod(0o555)
    (data_dir / DATABASE_NAME).chmod(0o444)
    try:
        result = subprocess.run(
            command, capture_output=True, text=True, timeout=60, env={**os.environ, "HOME": str(tmp_path)}
        )
    finally:
        data_dir.chmod(0o755)
        (data_dir / DATABASE_NAME).chmod(0o644)
    assert result.returncode == 1, result.stderr
    assert result.stderr.startswith("studytracker: error: ") and result.stderr.count("\n") == 1
    assert "read-only" in result.stderr or "cannot open" in result.stderr
    assert (data_dir / DATABASE_NAME).read_bytes() == before


def test_an_import_keeps_the_newer_note_and_status_by_their_moments(
    tracker: Tracker, tmp_path: Path, clock: FixedClock, data_dir: Path
) -> None:
    topic = "sql/basics-select-insert-update-delete"
    tracker.progress.set_status(topic, "done")  # 18:00 in Berlin: 17:00 UTC
    tracker.notes.save("mine, written at 18:00 Berlin", topic_id=topic)
    data = export_all(tracker)
    # the other device's copy says 20:00, but at +05:00: 15:00 UTC, two hours before ours
    data["progress"][0].update(status="todo", changed_at="2026-11-24T20:00:00+05:00")
    data["notes"][0].update(body="older text", updated_at="2026-11-24T20:00:00+05:00")
    before = len(Backups(data_dir).newest_first())
    result = merge_all(tracker, data, source="x.json")
    assert (result.progress_set, result.notes_set) == (0, 0)
    assert tracker.reads.notes.get(topic_id=topic).body == "mine, written at 18:00 Berlin"  # type: ignore[union-attr]
    assert tracker.reads.progress.status().overall.done == 1
    assert len(Backups(data_dir).newest_first()) == before + 1  # a backup was taken before merging
    # an hour after ours (19:00 UTC) it is newer, whatever its offset
    data["notes"][0].update(body="newer text", updated_at="2026-11-24T19:00:00+00:00")
    assert merge_all(tracker, data, source="x.json").notes_set == 1
    assert tracker.reads.notes.get(topic_id=topic).body == "newer text"  # type: ignore[union-attr]


@pytest.mark.parametrize("stamp", ["yesterday", "2026-11-24T20:00:00", "", "2026-13-01T00:00:00+00:00"])
def test_an_import_refuses_time_stamps_it_cannot_place(tracker: Tracker, stamp: str) -> None:
    topic = "sql/basics-select-insert-update-delete"
    tracker.notes.save("mine", topic_id=topic)
    data = export_all(tracker)
    data["notes"][0].update(body="theirs", updated_at=stamp)
    with pytest.raises(InputError, match=r"\$\.notes\[0\]\.updated_at"):
        merge_all(tracker, data, source="x.json")
    assert tracker.reads.notes.get(topic_id=topic).body == "mine"  # type: ignore[union-attr]


def test_a_restore_holds_writers_out_and_loses_no_committed_write(
    tracker: Tracker, data_dir: Path, clock: FixedClock
) -> None:
    import threading

    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    backup = Backups(data_dir).create(datetime(2026, 11, 20, 12, 0))
    tracker.study.log("sql", 45, day=date(2026, 11, 21))
    tracker.close()
    # another program is in the middle of writing a session when the restore begins
    writer = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None, timeout=10)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO study_session (profile_id, roadmap_id, step_pk, start_utc, end_utc, utc_offset_min,"
        " note, source, paused_seconds) SELECT 1, roadmap_id, step_pk, 1790000000, 1790000600, 60,"
        " 'committed during the restore', 'cli', 0 FROM study_session LIMIT 1"
    )
    outcome: dict[str, object] = {}
    restoring = threading.Thread(
        target=lambda: outcome.update(
            previous=Backups(data_dir).restore(backup, datetime(2026, 11, 24, 18, 0))
        )
    )
    restoring.start()
    restoring.join(timeout=1.0)
    assert restoring.is_alive()  # it waits for the writer rather than swapping the file under it
    writer.execute("COMMIT")
    writer.close()
    restoring.join(timeout=30)
    previous = outcome["previous"]
    assert isinstance(previous, Path)
    with sqlite3.connect(previous) as saved:  # the write is in the backup taken by the restore
        notes = [row[0] for row in saved.execute("SELECT note FROM study_session")]
    assert "committed during the restore" in notes
    reopened = Tracker.open(data_dir, clock=clock)
    try:
        assert [s.minutes for s in reopened.reads.sessions.log()] == [30]  # the restored data
        reopened.study.log("sql", 15, day=date(2026, 11, 22))  # and writes go on into it
        assert [s.minutes for s in reopened.reads.sessions.log()] == [30, 15]
    finally:
        reopened.close()


def test_a_file_with_the_revision_but_not_the_schema_is_refused(
    tracker: Tracker, data_dir: Path, tmp_path: Path
) -> None:
    impostor = tmp_path / "impostor.sqlite3"
    with sqlite3.connect(impostor) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num TEXT)")
        connection.execute(f"INSERT INTO alembic_version VALUES ('{SCHEMA_HEAD}')")
    checked = check_database(impostor)
    assert not checked.ok and "table 'attachment' is missing" in checked.summary()
    before = tracker.reads.progress.status()
    with pytest.raises(InputError, match="cannot restore from it: table"):
        Backups(data_dir).restore(impostor)
    assert tracker.reads.progress.status() == before
    # a column gone is found too
    with sqlite3.connect(impostor) as connection:
        connection.execute("DROP TABLE alembic_version")
    copy = Backups(data_dir).create()
    with sqlite3.connect(copy) as connection:
        connection.execute("ALTER TABLE note DROP COLUMN updated_at")
    assert "table 'note' has no column 'updated_at'" in check_database(copy).summary()


def test_the_schema_check_knows_the_newest_migration(tracker: Tracker, data_dir: Path) -> None:
    with sqlite3.connect(data_dir / DATABASE_NAME) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        schema = {
            t: frozenset(row[1] for row in connection.execute(f'PRAGMA table_info("{t}")')) for t in tables
        }
    assert schema == HEAD_SCHEMA


def test_an_import_skips_each_session_that_overlaps_one_here_even_among_overlapping_old_data(
    tracker: Tracker, data_dir: Path
) -> None:
    """The overlap check is a sorted timeline; sessions written before overlaps were refused
    (one inside another) still find every overlap, through the database's own check."""
    data = export_all(tracker)
    base = 1_790_000_000
    step = {"roadmap": "machine-learning-engineer", "step": "sql", "topic": None, "utc_offset_min": 60}

    def session(start: int, end: int) -> dict[str, object]:
        return {
            **step,
            "start_utc": base + start,
            "end_utc": base + end,
            "paused_seconds": 0,
            "note": "",
            "source": "manual",
        }

    data["sessions"] = [session(0, 1000), session(2000, 2600), session(2500, 2700), session(3000, 3100)]
    assert (
        merge_all(tracker, data).sessions_added == 3
    )  # the third overlaps the second, imported a moment before
    writer = sqlite3.connect(data_dir / DATABASE_NAME, isolation_level=None)
    writer.execute(  # an old session inside another, from before overlaps were refused
        "INSERT INTO study_session (profile_id, roadmap_id, step_pk, start_utc, end_utc, utc_offset_min,"
        " note, source, paused_seconds) SELECT 1, roadmap_id, step_pk, ?, ?, 60, 'old', 'cli', 0"
        " FROM study_session LIMIT 1",
        (base + 10, base + 20),
    )
    writer.close()
    data["sessions"] = [session(500, 600), session(5000, 5100)]  # the first inside the first session
    result = merge_all(tracker, data)
    assert (result.sessions_added, result.sessions_skipped) == (1, 1)

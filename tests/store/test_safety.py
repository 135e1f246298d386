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
    assert check_database(data_dir / DATABASE_NAME).revision == "0004"


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
                {"roadmap": "machine-learning-engineer", "step": "nope", "start_utc": 1, "end_utc": 2}
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

    event.listen(tracker.db.engine, "connect", full)
    tracker.db.engine.dispose()  # new connections, each with the disk "full"
    with pytest.raises(StoreError, match="could not write to disk.*nothing was saved"):
        for day in range(1, 29):
            tracker.study.log("python-libraries", 20, day=date(2026, 10, day), note="n" * 3000)
    event.remove(tracker.db.engine, "connect", full)
    tracker.db.engine.dispose()
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

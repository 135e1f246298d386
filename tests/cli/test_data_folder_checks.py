"""The data folder is the learner's alone: links where the app's own files belong, a folder or
database another user owns or may write, and a database gone from a folder that had one are each
refused in one line that names them, and nothing is read, changed or written through them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from tests.cli.conftest import Cli

DATABASE = "studytracker.sqlite3"


@pytest.fixture
def made(data_dir: Path, clock: FixedClock) -> Path:
    """A data folder with a database and a backup, closed."""
    tracker = Tracker.open(data_dir, clock=clock)
    tracker.study.log("sql", 30)
    tracker.close()
    return data_dir


def one_line_error(cli: Cli, *args: str) -> str:
    code, _out, err = cli(*args)
    assert code == 1, (code, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("studytracker: error: "), err
    return lines[0]


def test_a_database_that_is_a_link_is_refused_and_its_target_left_alone(
    cli: Cli, made: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.sqlite3"
    (made / DATABASE).rename(outside)
    outside.chmod(0o644)
    (made / DATABASE).symlink_to(outside)
    before = outside.read_bytes()
    for command in (("status",), ("log", "--step", "sql", "--minutes", "10")):
        error = one_line_error(cli, *command)
        assert str(made / DATABASE) in error and "link" in error
    assert stat.S_IMODE(outside.stat().st_mode) == 0o644  # never chmodded through the link
    assert outside.read_bytes() == before


def test_a_dangling_link_makes_no_database_where_it_points(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    data_dir.mkdir(mode=0o700)
    target = tmp_path / "planted" / ".bash_profile"
    target.parent.mkdir()
    (data_dir / DATABASE).symlink_to(target)
    error = one_line_error(cli, "log", "--step", "sql", "--minutes", "10")
    assert "link" in error
    assert not target.exists()


@pytest.mark.parametrize("name", [f"{DATABASE}-wal", f"{DATABASE}-shm"])
def test_a_linked_log_of_the_database_is_refused(cli: Cli, made: Path, tmp_path: Path, name: str) -> None:
    target = tmp_path / "victim.txt"
    target.write_text("keep me\n")
    (made / name).unlink(missing_ok=True)
    (made / name).symlink_to(target)
    error = one_line_error(cli, "log", "--step", "sql", "--minutes", "10")
    assert str(made / name) in error
    assert target.read_text() == "keep me\n"


@pytest.mark.parametrize("name", ["backups", "attachments"])
def test_a_linked_folder_of_the_app_is_refused(cli: Cli, made: Path, tmp_path: Path, name: str) -> None:
    other = tmp_path / "other-folder"
    other.mkdir()
    folder = made / name
    if folder.exists():
        for entry in folder.iterdir():
            entry.unlink()
        folder.rmdir()
    folder.symlink_to(other, target_is_directory=True)
    for command in (("backup",), ("status",)):
        error = one_line_error(cli, *command)
        assert str(folder) in error and "link" in error
    assert list(other.iterdir()) == []  # nothing written there


def test_a_folder_others_may_write_is_refused_with_the_fix(cli: Cli, made: Path) -> None:
    made.chmod(0o777)
    try:
        error = one_line_error(cli, "status")
        assert str(made) in error and "chmod go-w" in error
    finally:
        made.chmod(0o700)
    (made / DATABASE).chmod(0o666)
    error = one_line_error(cli, "log", "--step", "sql", "--minutes", "10")
    assert str(made / DATABASE) in error and "others may write" in error


def test_a_folder_of_another_user_is_refused(cli: Cli, made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "geteuid", lambda: os.stat(made).st_uid + 1)  # we are someone else now
    error = one_line_error(cli, "status")
    assert str(made) in error and "another user" in error


def test_a_database_gone_from_a_folder_that_had_one_is_not_started_afresh(
    cli: Cli, made: Path, clock: FixedClock
) -> None:
    tracker = Tracker.open(made, clock=clock)
    copy = tracker.data_dir / "backups" / "kept.sqlite3"
    from studytracker.store.safety import Backups

    Backups(made).create(out=copy)
    tracker.close()
    for suffix in ("", "-wal", "-shm"):
        (made / f"{DATABASE}{suffix}").unlink(missing_ok=True)
    for command in (("status",), ("log", "--step", "sql", "--minutes", "10")):
        error = one_line_error(cli, *command)
        assert "missing" in error and "restore" in error
    assert not (made / DATABASE).exists()  # no new, empty database
    code, out, err = cli("restore", str(copy))
    assert code == 0, err
    code, out, _ = cli("sessions")
    assert code == 0 and "1 session, 30 min" in out

"""Every file written with --out is whole or not written: on a disk that fills up mid-way (a
small tmpfs, mounted in a user and mount namespace of the test's own) the command says so in one
line, exits 1, leaves the earlier file exactly as it was, and leaves no half file beside it; a
temporary file a killed writer left behind is removed by the next write to that folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from studytracker.store.whole_files import write_bytes_whole

#: A disk with room for the file being replaced, not for a new report, screenshot or export.
FULL_DISK = "8k"

#: Run inside the namespace: mount the small disk on the output folder, put the earlier file
#: there, run the command, and say (as JSON) what it answered and what the folder then holds.
ON_A_FULL_DISK = """
import json, subprocess, sys
folder, size, name, earlier, *command = sys.argv[1:]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", folder], check=True)
with open(folder + "/" + name, "wb") as out:
    out.write(earlier.encode())
result = subprocess.run(command, capture_output=True, text=True, timeout=120)
import os
files = {entry: open(folder + "/" + entry, "rb").read().decode(errors="replace") for entry in os.listdir(folder)}
print(json.dumps({"code": result.returncode, "stderr": result.stderr, "files": files}))
"""


def studytracker(data_dir: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studytracker", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )


def in_a_mount_namespace(script: str, *arguments: str) -> dict[str, object]:
    """`script` run by Python in a user and mount namespace of the test's own (where it may mount
    a small or read-only disk), with `arguments`; what it printed, as JSON."""
    unshare = shutil.which("unshare")
    assert unshare, "util-linux's unshare is needed to make a small disk for this test"
    result = subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", sys.executable, "-c", script, *arguments],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, f"could not make a small disk: {result.stderr[-2000:]}"
    found: dict[str, object] = json.loads(result.stdout)
    return found


def on_a_full_disk(folder: Path, name: str, earlier: str, command: list[str]) -> dict[str, object]:
    """`command` run with `folder` a disk too small for what it writes (and `name` in it, holding
    `earlier`): its exit code, its stderr, and every file then in the folder with its text."""
    return in_a_mount_namespace(ON_A_FULL_DISK, str(folder), FULL_DISK, name, earlier, *command)


@pytest.fixture
def studied(data_dir: Path, clock: FixedClock) -> Path:
    tracker = Tracker.open(data_dir, clock=clock)
    for day in range(1, 121):  # a session log longer than the small disk holds, as CSV too
        tracker.study.log("sql", 45, day=date(2026, 7, 1) + timedelta(days=day), note="joins and subqueries")
    tracker.progress.set_status("sql/basics-select-insert-update-delete", "done")
    tracker.close()
    return data_dir


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (("report",), "report.pdf"),
        (("screenshot",), "window.png"),
        (("export",), "all.json"),
        (("export",), "sessions.csv"),
        (("roadmap", "export", "machine-learning-engineer"), "roadmap.json"),
    ],
    ids=["report", "screenshot", "export", "csv", "roadmap-export"],
)
def test_a_full_disk_keeps_the_earlier_file_and_says_so(
    studied: Path, tmp_path: Path, command: tuple[str, ...], name: str
) -> None:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    out = folder / name
    earlier = "an earlier file, which must survive\n"
    command_line = [
        sys.executable,
        "-m",
        "studytracker",
        "--data-dir",
        str(studied),
        *command,
        "--out",
        str(out),
    ]
    found = on_a_full_disk(folder, name, earlier, command_line)
    assert found["code"] == 1, found
    stderr = str(found["stderr"])
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("studytracker: error: ") and str(out) in lines[0], stderr
    assert found["files"] == {name: earlier}  # the earlier file untouched, no half file beside it


def test_a_backup_to_a_full_disk_says_so_and_leaves_nothing_there(studied: Path, tmp_path: Path) -> None:
    folder = tmp_path / "small-disk"
    folder.mkdir()
    out = folder / "copy.sqlite3"
    command_line = [
        sys.executable,
        "-m",
        "studytracker",
        "--data-dir",
        str(studied),
        "backup",
        "--out",
        str(out),
    ]
    found = on_a_full_disk(folder, "earlier.txt", "kept\n", command_line)
    assert found["code"] == 1, found
    lines = [line for line in str(found["stderr"]).splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith(f"studytracker: error: {out}"), lines
    assert found["files"] == {"earlier.txt": "kept\n"}


def test_a_whole_report_replaces_the_earlier_one(studied: Path, tmp_path: Path) -> None:
    out = tmp_path / "reports" / "report.pdf"
    out.parent.mkdir()
    out.write_bytes(b"old")
    result = studytracker(studied, "report", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # Qt's own notes are not the command's to print
    written = out.read_bytes()
    assert written.startswith(b"%PDF") and b"%%EOF" in written[-1024:]
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    assert sorted(p.name for p in out.parent.iterdir()) == ["report.pdf"]


def test_what_a_killed_writer_left_is_removed_by_the_next_write(tmp_path: Path) -> None:
    gone = 4_000_000  # above any pid this machine hands out
    leftovers = [
        tmp_path / f".report.pdf.{gone}.k3j9_x.partial",  # a report's, a screenshot's, an export's
        tmp_path / f"copy.sqlite3.{gone}.partial",  # a backup copy's
        tmp_path / f"copy.sqlite3.{gone}.partial-journal",  # and SQLite's journal beside it
    ]
    for leftover in leftovers:
        leftover.write_bytes(b"half")
    mine = tmp_path / f".other.pdf.{os.getpid()}.abc.partial"  # a write still going on: kept
    mine.write_bytes(b"in progress")
    write_bytes_whole(tmp_path / "notes.txt", b"whole\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([mine.name, "notes.txt"])


#: Inside the namespace: the data folder copied onto a small disk mounted read-only, and `check`
#: run on it; what it answered, as JSON.
CHECK_ON_A_READ_ONLY_DISK = """
import json, shutil, subprocess, sys
source, folder, *command = sys.argv[1:]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", folder], check=True)
shutil.copytree(source, folder + "/data")
subprocess.run(["mount", "-o", "remount,ro", folder], check=True)
result = subprocess.run([*command, "--data-dir", folder + "/data", "check"], capture_output=True, text=True)
print(json.dumps({"code": result.returncode, "stdout": result.stdout, "stderr": result.stderr}))
"""


def test_check_on_a_read_only_disk_does_not_call_sound_data_damaged(studied: Path, tmp_path: Path) -> None:
    # a write-ahead log beside the database: reading it needs its index file, which cannot be made
    tracker = Tracker.open(studied)
    tracker.study.log("sql", 5, note="in the log")
    (studied / "studytracker.sqlite3-shm").unlink(missing_ok=True)
    folder = tmp_path / "read-only-disk"
    folder.mkdir()
    command = (sys.executable, "-m", "studytracker")
    found = in_a_mount_namespace(CHECK_ON_A_READ_ONLY_DISK, str(studied), str(folder), *command)
    tracker.close()
    assert found["code"] == 1, found
    assert "damaged:" not in found["stderr"] and "could not be checked" in found["stderr"], found


#: Inside the namespace: a small disk mounted on `folder`, the data folder `source` (if any)
#: copied onto it, the rest of the disk filled, then each command (split on "|") run on that data
#: folder; what each answered and what the data folder then held, as JSON.
ON_A_FILLED_DATA_DISK = """
import json, os, shutil, subprocess, sys
source, folder, commands, *program = sys.argv[1:]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", folder], check=True)
data = folder + "/data"
if source:
    shutil.copytree(source, data)
try:
    with open(folder + "/filler", "wb") as filler:
        while True:
            filler.write(b"x" * 4096)
            filler.flush()
except OSError:
    pass
answers = []
for command in commands.split("|"):
    result = subprocess.run([*program, "--data-dir", data, *command.split()], capture_output=True, text=True)
    answers.append({"code": result.returncode, "stderr": result.stderr})
held = sorted(os.listdir(data)) if os.path.isdir(data) else []
print(json.dumps({"answers": answers, "held": held}))
"""


def on_a_filled_data_disk(source: Path | None, tmp_path: Path, *commands: str) -> dict[str, object]:
    folder = tmp_path / "full-disk"
    folder.mkdir()
    program = (sys.executable, "-m", "studytracker")
    return in_a_mount_namespace(
        ON_A_FILLED_DATA_DISK, str(source or ""), str(folder), "|".join(commands), *program
    )


def test_restore_onto_a_full_disk_says_the_disk_and_that_the_data_is_unchanged(
    studied: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.sqlite3"
    assert studytracker(studied, "backup", "--out", str(backup)).returncode == 0
    found = on_a_filled_data_disk(studied, tmp_path, f"restore {backup}", "check")
    restore, check = found["answers"]  # type: ignore[misc]
    assert restore["code"] == 1, restore
    line = restore["stderr"].strip()
    assert "\n" not in line and "open on this folder" not in line, line
    assert f"cannot restore {backup} into this folder" in line and "the data is unchanged" in line, line
    assert check["code"] == 0  # the data as it was


def test_a_read_only_command_on_a_full_disk_makes_no_half_database(tmp_path: Path) -> None:
    found = on_a_filled_data_disk(None, tmp_path, "status", "check", "status --json")
    status, check, status_json = found["answers"]  # type: ignore[misc]
    for answer in (status, status_json):
        line = answer["stderr"].strip()
        assert answer["code"] == 1 and "\n" not in line, line
        assert "cannot create the database" in line and "nothing was saved" not in line, line
    # no half-made database for `check` to call damaged, and the folder is not marked as one
    # that had data (a later start on a disk with room makes it as new)
    assert "damaged" not in check["stderr"] and "no database here yet" in check["stderr"], check
    assert "studytracker.sqlite3" not in found["held"] and ".studytracker-folder" not in found["held"]

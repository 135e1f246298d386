"""The command line as the contract describes it, run in-process and through the real entry point."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from studytracker import __version__
from tests.cli.conftest import Cli

NUMPY = "python-libraries/libraries/numpy"


def test_status_json_has_the_contract_shape_on_a_fresh_folder(cli: Cli) -> None:
    status = cli.json("status")
    assert status["roadmap"]["id"] == "machine-learning-engineer"
    assert set(status["overall"]) >= {"done", "total", "percent"}
    assert status["minutes_total"] == 0
    step = status["steps"][0]
    assert set(step) >= {"id", "title", "optional", "done", "total", "percent", "minutes"}
    assert sum(s["total"] for s in status["steps"]) == status["overall"]["total"]


def test_mark_and_log_show_in_status_and_sessions(cli: Cli) -> None:
    assert cli("mark", NUMPY, "done")[0] == 0
    code, out, _ = cli(
        "log",
        "--step",
        "python-libraries",
        "--minutes",
        "45",
        "--date",
        "2026-01-05",
        "--note",
        "arrays",
        "--topic",
        NUMPY,
    )
    assert code == 0 and "45 min" in out
    status = cli.json("status")
    python = status["steps"][0]
    assert (python["done"], python["minutes"], status["minutes_total"]) == (1, 45, 45)
    [session] = cli.json("sessions")
    assert set(session) >= {"id", "step", "topic", "start", "end", "minutes", "note"}
    assert (session["step"], session["topic"], session["minutes"], session["note"]) == (
        "python-libraries",
        NUMPY,
        45,
        "arrays",
    )
    assert session["start"].startswith("2026-01-05T09:00:00")
    assert cli.json("sessions", "--from", "2026-01-06") == []


def test_start_and_stop_share_one_running_session(cli: Cli) -> None:
    assert cli("start", "--step", "sql")[0] == 0
    assert cli.json("status")["running"]["step"] == "sql"
    assert cli("stop")[0] == 0
    [session] = cli.json("sessions")
    assert session["end"] is not None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["mark", "nope", "done"], "unknown topic id 'nope'"),
        (["mark", NUMPY, "finished"], "unknown status 'finished'"),
        (["log", "--step", "nope", "--minutes", "5"], "unknown step id 'nope'"),
        (["log", "--step", "sql", "--topic", NUMPY, "--minutes", "5"], "is not in step 'sql'"),
        (["log", "--step", "sql", "--minutes", "-5"], "minutes must be more than 0"),
        (["log", "--step", "sql", "--minutes", "0"], "minutes must be more than 0"),
        (["log", "--step", "sql", "--minutes", "ten"], "--minutes 'ten' is not a whole number"),
        (["log", "--step", "sql", "--minutes", "1441"], "cannot be over 24 hours"),
        (
            ["log", "--step", "sql", "--minutes", "5", "--date", "2026-02-30"],
            "2026-02-30 is not a real date",
        ),
        (
            ["log", "--step", "sql", "--minutes", "5", "--date", "24/11/2026"],
            "not a date in the form",
        ),
        (["log", "--step", "sql", "--minutes", "5", "--date", "2099-01-01"], "is in the future"),
        (
            ["log", "--step", "sql", "--minutes", "5", "--date", "2999-01-01"],
            "outside the days StudyTracker keeps",
        ),
        (
            ["log", "--step", "sql", "--minutes", "5", "--at", "25:00"],
            "not a time in the form HH:MM",
        ),
        (["stop"], "no session is running"),
        (["roadmap", "use", "nope"], "unknown roadmap id 'nope'"),
        (["sessions", "--from", "2026-13-01"], "not a real date"),
        (["frobnicate"], "invalid choice: 'frobnicate'"),
        (["log", "--minutes", "5"], "the following arguments are required: --step"),
    ],
)
def test_bad_input_exits_2_with_one_error_line_and_writes_nothing(
    cli: Cli, args: list[str], message: str
) -> None:
    before = (cli.json("status"), cli.json("sessions"))
    code, out, err = cli(*args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("studytracker: error: ")
    assert message in err
    assert (cli.json("status"), cli.json("sessions")) == before


def test_start_while_running_is_refused(cli: Cli) -> None:
    cli("start", "--step", "sql")
    code, _, err = cli("start", "--step", "python-libraries")
    assert code == 2 and "a session is already running" in err
    assert len(cli.json("sessions")) == 1


def test_roadmap_list_import_use_and_export(
    cli: Cli, sample_roadmaps: dict[str, Path], tmp_path: Path
) -> None:
    code, out, _ = cli("roadmap", "import", str(sample_roadmaps["data-analyst-2026"]))
    assert code == 0 and "10 steps, 67 topics, 28 resources" in out
    code, out, _ = cli("roadmap", "list")
    lines = out.splitlines()
    assert lines == [
        "data-analyst  Data Analyst Roadmap 2026",
        "machine-learning-engineer  Machine Learning Engineer Roadmap 2025/26  *",
    ]
    assert cli("roadmap", "use", "data-analyst")[0] == 0
    assert cli.json("status")["roadmap"]["id"] == "data-analyst"
    out_file = tmp_path / "da.json"
    assert cli("roadmap", "export", "data-analyst", "--out", str(out_file))[0] == 0
    exported = json.loads(out_file.read_text(encoding="utf-8"))
    assert exported["id"] == "data-analyst" and len(exported["steps"]) == 10
    code, out, err = cli("roadmap", "import", str(out_file))
    assert code == 2 and "already there" in err and "--replace" in err and "--as-new" in err
    assert len(err.strip().splitlines()) == 1
    code, out, _ = cli("roadmap", "import", str(out_file), "--replace")
    assert code == 0 and "kept progress on 67 topics, 0 new, 0 archived" in out
    code, out, _ = cli("roadmap", "import", str(out_file), "--as-new")
    assert code == 0 and "(data-analyst-2026, edition 2026)" in out
    assert "data-analyst-2026  Data Analyst Roadmap 2026" in cli("roadmap", "list")[1]
    assert cli("roadmap", "import", str(out_file), "--as-new", "--replace")[0] == 2


def test_roadmap_dry_run_imports_nothing(cli: Cli, sample_roadmaps: dict[str, Path]) -> None:
    code, out, _ = cli("roadmap", "import", "--dry-run", str(sample_roadmaps["ai-agent-developer-2025-26"]))
    assert code == 0 and "nothing imported" in out
    assert cli("roadmap", "list")[1].count("\n") == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_roadmap_saved_as_utf16_with_its_mark_imports_as_text(
    cli: Cli, tmp_path: Path, encoding: str
) -> None:
    """What Windows' Notepad saves as "Unicode": UTF-16 with a byte-order mark."""
    path = tmp_path / "notepad.md"
    text = "# Café Roadmap\n\n## Step 1: Básicos\n\n- Variables y tipos\n- Bucles\n"
    path.write_bytes(
        (codecs.BOM_UTF16_BE + text.encode("utf-16-be")) if encoding == "utf-16-be" else text.encode(encoding)
    )
    code, out, err = cli("roadmap", "import", str(path))
    assert code == 0, err
    assert "Café Roadmap" in out and "1 step, 2 topics" in out


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.md", b"", "file is empty"),
        ("binary.md", b"\x00\x01\x02PK", "is a binary file"),
        ("latin1.md", "# Café Roadmap\n## Step 1: x\n- y".encode("latin-1"), "not UTF-8 text"),
        ("half-utf16.md", b"\xff\xfe# \x00\x00\xd8", "marked as UTF-16 text but not valid UTF-16"),
        ("nosteps.md", b"# A Roadmap\n\n- just a list\n", "no steps found"),
        ("broken.json", b'{"id": "x",', "broken JSON at line 1"),
        ("roadmap.txt", b"# A\n## Step 1: B\n- c", "unknown roadmap file type '.txt'"),
    ],
)
def test_bad_roadmap_files_are_refused_and_nothing_is_imported(
    cli: Cli, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    code, _, err = cli("roadmap", "import", str(path))
    assert code == 2 and message in err and err.startswith("studytracker: error: ")
    assert cli("roadmap", "list")[1].count("\n") == 1


def test_export_to_a_missing_folder_is_refused(cli: Cli, tmp_path: Path) -> None:
    code, _, err = cli(
        "roadmap", "export", "machine-learning-engineer", "--out", str(tmp_path / "no" / "x.json")
    )
    assert code == 2 and "does not exist" in err


def test_damaged_database_exits_1_and_is_left_as_it_was(cli: Cli, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    damaged = data_dir / "studytracker.sqlite3"
    damaged.write_bytes(b"garbage" * 1000)
    code, _, err = cli("status")
    assert code == 1 and "damaged" in err and str(damaged) in err
    assert damaged.read_bytes() == b"garbage" * 1000


def run_entry_point(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "studytracker", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_entry_point_version_and_data_dir_from_the_environment(tmp_path: Path) -> None:
    result = run_entry_point("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"studytracker {__version__}"
    folder = tmp_path / "from-env"
    result = run_entry_point("status", "--json", env={"STUDYTRACKER_DATA_DIR": str(folder)})
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["overall"]["done"] == 0
    assert (folder / "studytracker.sqlite3").is_file()


def test_entry_point_reports_bad_usage_in_one_line(tmp_path: Path) -> None:
    result = run_entry_point("--data-dir", str(tmp_path), "mark", "nope", "done")
    assert result.returncode == 2
    assert (
        result.stderr
        == "studytracker: error: unknown topic id 'nope' in roadmap 'machine-learning-engineer'\n"
    )


def test_roadmap_remove_asks_for_yes_first(cli: Cli, sample_roadmaps: dict[str, Path]) -> None:
    cli("roadmap", "import", str(sample_roadmaps["data-analyst-2026"]))
    code, _, err = cli("roadmap", "remove", "data-analyst")
    assert code == 2 and "add --yes to confirm" in err
    assert "data-analyst" in cli("roadmap", "list")[1]
    code, out, _ = cli("roadmap", "remove", "data-analyst", "--yes")
    assert code == 0 and "removed data-analyst" in out
    assert "data-analyst" not in cli("roadmap", "list")[1]


def test_check_backup_restore_on_the_command_line(cli: Cli, data_dir: Path, tmp_path: Path) -> None:
    cli("log", "--step", "sql", "--minutes", "30", "--date", "2026-01-05")
    code, out, _ = cli("check")
    assert code == 0 and "ok (schema revision" in out
    backup = tmp_path / "mine.sqlite3"
    assert cli("backup", "--out", str(backup))[0] == 0
    code, _, err = cli("backup", "--out", str(backup))
    assert code == 2 and "already exists" in err
    cli("log", "--step", "sql", "--minutes", "20", "--date", "2026-01-06")
    code, out, _ = cli("restore", str(backup))
    assert code == 0 and "kept as" in out
    assert [s["minutes"] for s in cli.json("sessions")] == [30]
    code, _, err = cli("restore", str(tmp_path / "missing.sqlite3"))
    assert code == 2 and "no such file" in err


def test_check_exits_1_on_a_damaged_database(cli: Cli, data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    (data_dir / "studytracker.sqlite3").write_bytes(b"SQLite format 3\x00" + b"\x00" * 200 + b"junk" * 500)
    code, _, err = cli("check")
    assert code == 1 and err.startswith("studytracker: error: ") and "damaged" in err


def test_export_and_import_through_files(
    cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli("mark", NUMPY, "done")
    cli("log", "--step", "sql", "--minutes", "30", "--date", "2026-01-05", "--note", "joins")
    export = tmp_path / "all.json"
    assert cli("export", "--out", str(export))[0] == 0
    csv_file = tmp_path / "sessions.csv"
    assert cli("export", "--out", str(csv_file))[0] == 0
    assert csv_file.read_text(encoding="utf-8").splitlines()[1].endswith(",30,joins")
    other = Cli(tmp_path / "other", capsys)
    code, out, _ = other("import", str(export))
    assert code == 0 and "1 session added" in out
    assert other.json("status") == cli.json("status")
    strip = [{**s, "id": 0} for s in cli.json("sessions")]
    assert [{**s, "id": 0} for s in other.json("sessions")] == strip
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": ', encoding="utf-8")
    code, _, err = other("import", str(broken))
    assert code == 2 and "broken JSON" in err


def test_plan_command_sets_and_shows_the_plan(cli: Cli) -> None:
    code, out, _ = cli("plan", "--target", "2099-06-30", "--streaks", "on", "--goal", "45", "--day-ends", "5")
    assert code == 0 and "No target date" not in out
    plan = cli.json("plan")
    assert plan["plan"]["target"] == "2099-06-30" and plan["today"]["goal"] == 45 and "streak" in plan
    status = cli.json("status")
    assert status["plan"]["target"] == "2099-06-30" and status["today"]["goal"] == 45
    assert cli("plan", "--no-target")[0] == 0
    assert cli.json("status")["plan"]["target"] is None
    code, _, err = cli("plan", "--target", "2001-01-01")
    assert code == 2 and "not in the future" in err
    code, _, err = cli("plan", "--day-ends", "23")
    assert code == 2 and "an hour from 0 to 12" in err


def test_the_window_starts_without_the_commands_parser() -> None:
    from studytracker.cli.common import window_data_dir as _window_data_dir

    assert _window_data_dir([]) == (None,)
    assert _window_data_dir(["--data-dir", "/tmp/d"]) == ("/tmp/d",)
    assert _window_data_dir(["--data-dir=/tmp/d"]) == ("/tmp/d",)
    for argv in (
        ["status"],
        ["--data-dir", "/tmp/d", "status"],
        ["--version"],
        ["-h"],
        ["--data-dir"],
        ["--bogus"],
    ):
        assert _window_data_dir(argv) is None, argv  # the full parser answers these


def test_reading_commands_answer_the_same_without_the_tracker(
    cli: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`status` and `topics` read the folder opened read-only when they can; the answer is the
    Tracker's, to the byte."""
    import studytracker.store.reads as reads

    assert cli("mark", NUMPY, "done")[0] == 0
    assert cli("log", "--step", "python-libraries", "--minutes", "45", "--topic", NUMPY)[0] == 0
    assert cli("start", "--step", "sql")[0] == 0
    opened: list[object] = []
    real_open = reads.open_read_only
    monkeypatch.setattr(
        reads, "open_read_only", lambda *a, **k: opened.append(real_open(*a, **k)) or opened[-1]
    )
    answers = {
        command: cli(*command) for command in (("status", "--json"), ("status",), ("topics", "--json"))
    }
    assert opened and all(r is not None for r in opened)  # the read-only path was taken
    monkeypatch.setattr(reads, "open_read_only", lambda *a, **k: None)  # now through the Tracker
    for command, answer in answers.items():
        assert cli(*command) == answer, command


def test_a_reading_command_after_an_upgrade_of_the_bundled_roadmap_goes_through_the_tracker(
    cli: Cli, data_dir: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import studytracker.resources as resources

    assert cli("status")[0] == 0
    newer = tmp_path / "roadmap.json"
    newer.write_bytes(resources.resource_path(resources.BUNDLED_ROADMAP).read_bytes() + b"\n")
    monkeypatch.setattr(resources, "resource_path", lambda name: newer)
    assert cli("status")[0] == 0
    import sqlite3

    with sqlite3.connect(data_dir / "studytracker.sqlite3") as connection:
        stored = connection.execute(
            "SELECT value FROM setting WHERE key = 'bundled_roadmap_sha256'"
        ).fetchone()[0]
    import hashlib

    assert stored == hashlib.sha256(newer.read_bytes()).hexdigest()  # the Tracker loaded the new edition


def test_counts_on_the_command_line_are_real_plurals(cli: Cli) -> None:
    code, out, _err = cli("sessions")
    assert code == 0 and "0 sessions" in out
    cli("log", "--step", "sql", "--minutes", "20")
    code, out, _err = cli("sessions")
    assert "1 session, 20 min" in out and "(s)" not in out
    code, out, _err = cli("review")
    assert "0 reviews due on" in out and "(s)" not in out

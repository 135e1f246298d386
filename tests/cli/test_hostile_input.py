"""Bad arguments, odd folders and hostile values on the command line: one clean line each,
the right exit code, nothing written, never a traceback."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from studytracker.store.database import DATABASE_NAME
from studytracker.store.safety import Backups, check_database
from tests.cli.conftest import Cli

TOPIC = "sql/basics-select-insert-update-delete"
#: A real curriculum (its licence note is in tests/data/roadmaps/real/SOURCES.md).
WEEKS = str(Path(__file__).resolve().parent.parent / "data/roadmaps/real/techtonica-bootcamp-weeks.md")
BUNDLED_JSON = str(Path(__file__).resolve().parents[2] / "resources" / "roadmap.json")


def _one_clean_line(err: str) -> None:
    assert err.startswith("studytracker: error: "), err
    assert err.count("\n") == 1 and "Traceback" not in err, err


BAD_ARGUMENTS = [
    ("mark", "no/such/topic", "done"),
    ("mark", TOPIC, "finished"),
    ("log", "--step", "sql", "--minutes", "0"),
    ("log", "--step", "sql", "--minutes", "-5"),
    ("log", "--step", "sql", "--minutes", "1441"),
    ("log", "--step", "sql", "--minutes", "lots"),
    ("log", "--step", "nope", "--minutes", "5"),
    ("log", "--step", "sql", "--minutes", "5", "--date", "0001-01-01"),
    ("log", "--step", "sql", "--minutes", "5", "--date", "9999-12-31"),
    ("log", "--step", "sql", "--minutes", "5", "--date", "2026-02-30"),
    ("log", "--step", "sql", "--minutes", "5", "--at", "25:00"),
    ("log", "--step", "sql", "--topic", "python-libraries/libraries/numpy", "--minutes", "5"),
    ("start", "--step", "nope"),
    ("stop",),
    ("sessions", "--from", "0001-01-01"),
    ("sessions", "--to", "9999-12-31"),
    ("sessions", "--from", "2026-11-20", "--to", "2026-11-01"),
    ("report", "--out", "report.pdf", "--to", "9999-12-31"),
    ("report", "--out", "/no/such/folder/report.pdf"),
    ("report", "--out", "r.pdf", "--page-size", "tabloid"),
    ("plan", "--target", "2001-01-01"),
    ("plan", "--target", "someday"),
    ("plan", "--day-ends", "23"),
    ("plan", "--goal", "0"),
    ("topics", "--step", "nope"),
    ("roadmap", "use", "nope"),
    ("roadmap", "export", "nope", "--out", "x.json"),
    ("roadmap", "remove", "machine-learning-engineer", "--yes"),
    ("roadmap", "import", "/no/such/file.md"),
    ("roadmap", "frobnicate"),
    ("roadmap", "import", WEEKS, "--step-level", "0"),
    ("roadmap", "import", BUNDLED_JSON, "--as-new", "--step-level", "2"),  # markdown options on JSON
    ("roadmap", "import", WEEKS, "--step-level", "7"),
    ("roadmap", "import", WEEKS, "--step-level", "abc"),
    ("roadmap", "import", WEEKS, "--step-level", "6"),  # no headings at that level
    ("roadmap", "import", WEEKS, "--group-level", "7"),
    ("roadmap", "import", WEEKS, "--group-level", "-1"),
    ("roadmap", "import", WEEKS, "--group-level", "6"),  # no headings at that level above the steps
    ("roadmap", "import", BUNDLED_JSON, "--as-new", "--group-level", "0"),  # markdown options on JSON
    ("roadmap", "import", WEEKS, "--base-url", "notaurl"),
    ("roadmap", "import", WEEKS, "--base-url", "ftp://example.org/"),
    ("roadmap", "import", WEEKS, "--replace", "--as-new"),
    ("roadmap", "import", WEEKS, "--exclude"),
    ("import", "/no/such/export.json"),
    ("export", "--out", "/no/such/folder/x.json"),
    ("restore", "/no/such/backup.sqlite3"),
    ("screenshot", "--out", "shot.png", "--view", "nowhere"),
    ("screenshot", "--out", "shot.gif"),
    ("screenshot", "--out", "shot.png", "--size", "big"),
    ("screenshot", "--out", "shot.png", "--size", "10x10"),
    ("screenshot", "--out", "shot.png", "--size", "99999999x1"),
    ("screenshot", "--out", "shot.png", "--theme", "purple"),
    ("screenshot", "--out", "shot.png", "--lang", "xx"),
    ("backup", "--out", "/no/such/folder/b.sqlite3"),
    ("frobnicate",),
    ("--bogus",),
]


@pytest.mark.parametrize("arguments", BAD_ARGUMENTS, ids=lambda a: " ".join(a))
def test_every_bad_argument_gets_one_clean_line_and_writes_nothing(
    cli: Cli, arguments: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli("log", "--step", "sql", "--minutes", "5", "--date", "2026-11-02")[0] == 0
    before = (cli.json("status"), cli.json("sessions"))
    code, out, err = cli(*arguments)
    assert code in (1, 2)
    _one_clean_line(err)
    assert (cli.json("status"), cli.json("sessions")) == before
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob("*.png"))


def test_an_empty_data_dir_is_bad_usage(capsys: pytest.CaptureFixture[str]) -> None:
    from studytracker.__main__ import main

    for arguments in (["--data-dir", "", "status"], ["--data-dir", ""], ["--data-dir=", "log"]):
        assert main(arguments) == 2
        _one_clean_line(capsys.readouterr().err)


def test_a_relative_data_dir_works_for_every_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from studytracker.__main__ import main

    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", "d1", "log", "--step", "sql", "--minutes", "5"]) == 0
    for command in (["status"], ["topics", "--step", "sql"], ["status", "--json"], ["check"], ["backup"]):
        capsys.readouterr()
        assert main(["--data-dir", "d1", *command]) == 0, capsys.readouterr().err
    assert (tmp_path / "d1" / DATABASE_NAME).is_file()


@pytest.mark.parametrize("name", ["notes #1", "what?", "100%41 sure", "a#b?c%20d"])
def test_a_folder_name_with_uri_characters_keeps_its_data(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from studytracker.__main__ import main

    data_dir = tmp_path / name
    assert main(["--data-dir", str(data_dir), "log", "--step", "sql", "--minutes", "25"]) == 0
    assert main(["--data-dir", str(data_dir), "check"]) == 0
    assert main(["--data-dir", str(data_dir), "backup"]) == 0
    [backup] = Backups(data_dir).newest_first()
    with sqlite3.connect(backup.path) as connection:  # a real copy, not an empty file
        assert connection.execute("SELECT count(*) FROM study_session").fetchone() == (1,)
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no stray file beside the folder
    assert Backups(data_dir).newest_good() == backup
    named = tmp_path / name / "copy #2?.sqlite3"
    backup.path.rename(named)
    assert main(["--data-dir", str(data_dir), "log", "--step", "sql", "--minutes", "10"]) == 0
    assert main(["--data-dir", str(data_dir), "restore", str(named)]) == 0, capsys.readouterr().err
    capsys.readouterr()
    assert main(["--data-dir", str(data_dir), "sessions", "--json"]) == 0
    assert [s["minutes"] for s in json.loads(capsys.readouterr().out)] == [25]


def test_messages_name_what_is_wrong(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "a folder"
    folder.mkdir()
    code, _, err = cli("export", "--out", str(folder))
    assert code == 2 and f"{folder}: is a folder" in err and ".tmp" not in err
    code, _, err = cli("restore", str(folder))
    assert code == 2 and "is a folder" in err
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    code, _, err = cli("restore", str(fifo))
    assert code == 2 and "not a regular file" in err
    code, _, err = cli("restore", "/dev/null")
    assert code == 2 and "not a regular file" in err
    a_file = tmp_path / "a file"
    a_file.write_text("not a folder")
    from studytracker.__main__ import main

    for command in (
        ["status"],
        ["log", "--step", "sql", "--minutes", "5"],
        ["restore", str(fifo)],
        ["check"],
    ):
        assert main(["--data-dir", str(a_file), *command]) == 2
    assert a_file.read_text() == "not a folder"


def test_a_backup_to_an_unwritable_place_names_that_place(cli: Cli, tmp_path: Path) -> None:
    import subprocess
    import sys

    cli("status")
    locked = tmp_path / "locked"
    locked.mkdir()
    target = locked / "b.sqlite3"
    command = [
        sys.executable,
        "-m",
        "studytracker",
        "--data-dir",
        str(cli.data_dir),
        "backup",
        "--out",
        str(target),
    ]
    if os.geteuid() == 0:  # root passes permission checks by its capabilities: run without them
        command = ["setpriv", "--inh-caps=-all", "--bounding-set=-all", *command]
    locked.chmod(0o500)
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
    finally:
        locked.chmod(0o700)
    assert result.returncode == 1
    _one_clean_line(result.stderr)
    assert str(target) in result.stderr and str(cli.data_dir / DATABASE_NAME) not in result.stderr
    assert list(locked.iterdir()) == []


def test_terminal_output_holds_no_control_characters(cli: Cli) -> None:
    cli("log", "--step", "sql", "--minutes", "5", "--note", "\x1b[2J\x1b]0;pwned\x07 hello\x9b31m")
    code, out, _ = cli("sessions")
    assert code == 0 and "hello" in out
    assert not any(ord(c) < 32 and c not in "\n\t" or 0x7F <= ord(c) < 0xA0 for c in out)
    assert "\\u001b" in cli("sessions", "--json")[1]  # JSON keeps the text exact, escaped


def test_a_whole_day_session_shows_its_dates(cli: Cli) -> None:
    assert cli("log", "--step", "sql", "--minutes", "1440", "--date", "2026-11-02", "--at", "04:00")[0] == 0
    code, out, _ = cli("sessions")
    assert "2026-11-02 04:00–2026-11-03 04:00" in out


def test_a_screenshot_is_written_in_the_format_its_name_says(cli: Cli, tmp_path: Path) -> None:
    for name, magic in (
        ("shot.png", b"\x89PNG"),
        ("shot.jpg", b"\xff\xd8\xff"),
        ("shot.jpeg", b"\xff\xd8\xff"),
    ):
        code, _, err = cli("screenshot", "--out", str(tmp_path / name))
        assert code == 0, err
        assert (tmp_path / name).read_bytes().startswith(magic)


def test_a_screenshot_in_spanish_is_written_and_leaves_the_process_in_its_language(
    cli: Cli, tmp_path: Path
) -> None:
    from studytracker.i18n import application_language

    before = application_language()
    code, out, err = cli("screenshot", "--out", str(tmp_path / "es.png"), "--lang", "es")
    assert code == 0, err
    assert out.strip() == f"wrote {tmp_path / 'es.png'}"  # the command line stays English
    assert (tmp_path / "es.png").read_bytes().startswith(b"\x89PNG")
    assert application_language() == before


def test_the_data_folder_and_what_it_holds_are_the_learners_alone(cli: Cli, tmp_path: Path) -> None:
    assert cli("log", "--step", "sql", "--minutes", "5")[0] == 0
    assert cli("backup")[0] == 0
    assert cli("export", "--out", str(tmp_path / "all.json"))[0] == 0
    data_dir = cli.data_dir
    assert stat.S_IMODE(data_dir.stat().st_mode) == 0o700
    private = [data_dir / DATABASE_NAME, *Backups(data_dir).folder.iterdir(), tmp_path / "all.json"]
    private += [p for p in data_dir.glob(DATABASE_NAME + "-*")]
    for path in private:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    assert stat.S_IMODE(Backups(data_dir).folder.stat().st_mode) == 0o700


def test_a_restore_killed_half_way_leaves_nothing_at_the_next_start(cli: Cli) -> None:
    cli("status")
    dead = 2**22 + 12345  # no process has this id
    staged = cli.data_dir / f".restore-{dead}-1700000000.sqlite3"
    staged.write_bytes(b"half a copy")
    partial = Backups(cli.data_dir).folder / f"studytracker-20261124-180000.sqlite3.{dead}.partial"
    partial.parent.mkdir(exist_ok=True)
    partial.write_bytes(b"half a backup")
    mine = cli.data_dir / f".restore-{os.getpid()}-1700000000.sqlite3"  # a live process's: kept
    mine.write_bytes(b"in progress")
    assert cli("log", "--step", "sql", "--minutes", "5")[0] == 0
    assert not staged.exists() and not partial.exists() and mine.exists()
    assert check_database(cli.data_dir / DATABASE_NAME).ok


def test_an_export_too_big_to_import_back_is_refused(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studytracker.roadmap import reading

    assert cli("export", "--out", str(tmp_path / "fits.json"))[0] == 0
    assert cli("import", str(tmp_path / "fits.json"))[0] == 0  # the app's own export imports back
    monkeypatch.setattr(reading, "MAX_JSON_BYTES", 1000)
    for command in (
        ("export", "--out", str(tmp_path / "big.json")),
        ("roadmap", "export", "machine-learning-engineer", "--out", str(tmp_path / "big.json")),
    ):
        code, _, err = cli(*command)
        assert code == 2 and "limit of what can be read back" in err
        _one_clean_line(err)
    assert not (tmp_path / "big.json").exists()


def test_an_error_about_a_file_whose_name_holds_a_line_break_is_still_one_line(
    cli: Cli, tmp_path: Path
) -> None:
    odd = tmp_path / "bin\nary.md"
    odd.write_bytes(b"\x00\x01 not text")
    code, out, err = cli("roadmap", "import", str(odd))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "bin\\nary.md: is a binary file" in err


def test_a_file_that_cannot_be_imported_leaves_a_new_data_folder_unmade(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    from studytracker.cli.main import run

    binary = tmp_path / "binary.md"
    binary.write_bytes(b"\x00\x01\x02 not text")
    data_dir = tmp_path / "not-yet"
    assert run(["--data-dir", str(data_dir), "roadmap", "import", str(binary)]) == 2
    assert "is a binary file" in capsys.readouterr().err
    assert not data_dir.exists()  # the file is read before the data folder is opened


@pytest.mark.parametrize(
    "command",
    [
        ("log", "--step", "sql", "--minutes", "10", "--note", "caf\udce9"),
        ("note", "sql", "--set", "caf\udce9"),
        ("note", "sql", "--append", "caf\udce9"),
    ],
    ids=["log --note", "note --set", "note --append"],
)
def test_bytes_that_are_not_utf8_in_an_argument_are_refused_in_one_line(
    cli: Cli, command: tuple[str, ...]
) -> None:
    """`$'caf\\xe9'` in a UTF-8 shell: Python keeps the byte as a lone surrogate."""
    code, _out, err = cli(*command)
    assert code == 2 and err.startswith("studytracker: error: ") and err.count("\n") == 1, err
    assert "not valid Unicode" in err and "Traceback" not in err
    assert cli.json("sessions") == []  # nothing saved
    assert cli("note", "sql")[1].strip() == ""


def test_stop_with_a_note_that_is_not_utf8_is_refused_and_the_session_runs_on(cli: Cli) -> None:
    assert cli("start", "--step", "sql")[0] == 0
    code, _out, err = cli("stop", "--note", "caf\udce9")
    assert code == 2 and "not valid Unicode" in err and err.count("\n") == 1
    assert cli("stop")[0] == 0  # still running until then


def test_a_lone_surrogate_in_an_export_is_refused_by_its_path_before_any_backup(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    assert cli("log", "--step", "sql", "--minutes", "10", "--note", "plain")[0] == 0
    export = tmp_path / "all.json"
    assert cli("export", "--out", str(export))[0] == 0
    text = export.read_text(encoding="utf-8").replace('"note": "plain"', '"note": "caf\\ud800"', 1)
    assert "\\ud800" in text
    export.write_text(text, encoding="utf-8")
    backups_before = sorted((data_dir / "backups").iterdir()) if (data_dir / "backups").exists() else []
    code, _out, err = cli("import", str(export))
    assert code == 2 and err.count("\n") == 1 and "Traceback" not in err, err
    assert "$.sessions[0].note" in err and "not valid Unicode" in err
    after = sorted((data_dir / "backups").iterdir()) if (data_dir / "backups").exists() else []
    assert after == backups_before  # refused before the pre-import backup


def test_an_export_with_sessions_of_a_stopped_clock_imports_the_rest_and_says_how_many_were_left_out(
    cli: Cli, data_dir: Path, tmp_path: Path
) -> None:
    for minutes in (10, 20):
        assert cli("log", "--step", "sql", "--minutes", str(minutes), "--note", f"{minutes} min")[0] == 0
    export = tmp_path / "all.json"
    assert cli("export", "--out", str(export))[0] == 0
    data = json.loads(export.read_text(encoding="utf-8"))
    data["sessions"][0].update(start_utc=27_300, end_utc=27_900)  # 1970-01-01, a dead battery's clock
    data["sessions"].append({**data["sessions"][1], "end_utc": 2**63})  # and a value past any day
    export.write_text(json.dumps(data), encoding="utf-8")
    other = Cli(tmp_path / "other", cli.capsys)
    code, out, err = other("import", str(export))
    assert code == 0, err
    assert "1 session added" in out and "2 sessions dated outside 1970-01-02 to 2199-12-31 left out" in out
    assert len(other.json("sessions")) == 1

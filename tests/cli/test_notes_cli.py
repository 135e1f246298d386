"""`studytracker note`: print, write and restore the note of a step or a topic, as the contract says."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Cli

TOPIC = "sql/basics-select-insert-update-delete"


def test_notes_are_written_a_revision_each_and_restored(cli: Cli, tmp_path: Path) -> None:
    assert cli("note", "sql") == (0, "\n", "")  # no note yet: an empty one
    assert cli("note", "sql", "--set", "# SQL\nJOINs first")[0] == 0
    assert cli("note", "sql", "--append", "then GROUP BY")[0] == 0
    source = tmp_path / "notes.md"
    source.write_text("from a file", encoding="utf-8")
    code, out, _ = cli("note", TOPIC, "--from-file", str(source))
    assert code == 0 and "revision 1" in out
    assert cli("note", "sql")[1] == "# SQL\nJOINs first\nthen GROUP BY\n"
    history = cli.json("note", "sql", "--history")
    assert [(r["revision"], r["chars"]) for r in history] == [(1, 17), (2, 31)]  # type: ignore[index]
    assert all(set(r) >= {"revision", "saved", "chars"} for r in history)  # type: ignore[union-attr]
    assert cli("note", "sql", "--show", "1")[1] == "# SQL\nJOINs first\n"
    assert cli("note", "sql", "--restore", "1")[0] == 0
    assert cli("note", "sql")[1] == "# SQL\nJOINs first\n"
    assert len(cli.json("note", "sql", "--history")) == 3  # type: ignore[arg-type]
    code, out, _ = cli("note", "sql", "--history")
    assert code == 0 and len(out.splitlines()) == 3 and "restore" in out.splitlines()[-1]


def test_bad_ids_revisions_and_files_write_nothing(cli: Cli, tmp_path: Path) -> None:
    cli("note", "sql", "--set", "kept")
    before = cli.json("note", "sql", "--history")
    folder = tmp_path / "folder"
    folder.mkdir()
    binary = tmp_path / "blob.md"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")  # an image, named .md
    for arguments, says in (
        (("note", "nope", "--set", "x"), "unknown step or topic id 'nope'"),
        (("note", "sql", "--show", "7"), "has no revision 7 (it has revisions 1 to 1)"),
        (("note", "sql", "--restore", "0"), "is not a revision number"),
        (("note", "sql", "--show", "two"), "is not a revision number"),
        (("note", "sql", "--from-file", str(tmp_path / "missing.md")), "missing.md"),
        (("note", "sql", "--from-file", str(folder)), str(folder)),
        (("note", "sql", "--from-file", str(binary)), str(binary)),
        (("note", "sql", "--set", "a", "--append", "b"), "not allowed with"),
        (("note", "sql", "--set", "a", "--json"), "--json goes with --history"),
    ):
        code, _, err = cli(*arguments)
        assert code == 2 and err.startswith("studytracker: error: ") and err.count("\n") == 1, err
        assert says in err, err
    assert cli.json("note", "sql", "--history") == before
    assert json.loads(cli("note", "sql", "--history", "--json")[1]) == before

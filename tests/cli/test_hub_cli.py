"""A mentor and three learners on the command line against a real PostgreSQL hub: the cohort
report shows each learner's figures as their own `status` does, and a learner who stops sharing
notes leaves the notes column."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest

from tests.cli.conftest import Cli
from tests.conftest import PostgresServer


def code_of(output: str) -> str:
    found = re.search(r"--join (ST1-\S+)", output)
    assert found, output
    return found.group(1)


def report_rows(mentor: Cli, tmp_path: Path) -> dict[str, dict[str, str]]:
    out = tmp_path / "cohort.csv"
    code, _out, err = mentor("hub", "report", "--cohort", "spring", "--csv", str(out))
    assert code == 0, err
    return {row["learner"]: row for row in csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))}


def test_a_mentor_and_three_learners_study_sync_and_the_report_matches_their_status(
    qapp, postgres: PostgresServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    # (qapp: the report drawn in this process uses the tests' application, not one of its own)
    database = postgres.new_database()
    admin = Cli(tmp_path / "admin", capsys)
    mentor = Cli(tmp_path / "mentor", capsys)
    learners = {name: Cli(tmp_path / name, capsys) for name in ("Ana", "Ben", "Chen")}
    bare = f"postgresql://127.0.0.1:{postgres.port}/{database}"

    code, out, err = admin("hub", "mentor", "add", "Ms Mentor", "--hub", postgres.url(database))
    assert code == 0, err
    code, out, err = mentor("sync", "setup", "--hub", bare, "--join", code_of(out))
    assert code == 0, err
    code, out, err = mentor("hub", "cohort", "create", "spring", "--roadmap", "machine-learning-engineer")
    assert code == 0, err
    for name, learner in learners.items():
        code, out, err = mentor("hub", "invite", "spring", "--learner", name)
        assert code == 0 and "works once" in out, err
        code, out, err = learner("sync", "setup", "--hub", bare, "--join", code_of(out))
        assert code == 0, err
    learners["Ana"]("mark", "python-libraries/libraries/numpy", "done")
    learners["Ana"]("log", "--step", "python-libraries", "--minutes", "50")
    learners["Ben"]("mark", "sql/basics", "in-progress")
    learners["Ben"]("log", "--step", "sql", "--minutes", "25")
    learners["Ben"]("note", "sql", "--set", "window functions next")
    code, out, err = learners["Ben"]("hub", "share", "--notes", "on")
    assert code == 0 and "notes of machine-learning-engineer shared" in out, err
    for learner in learners.values():
        assert learner("sync")[0] == 0

    rows = report_rows(mentor, tmp_path)
    assert set(rows) == set(learners)
    for name, learner in learners.items():
        own = learner.json("status")
        assert isinstance(own, dict)
        assert float(rows[name]["percent"]) == own["overall"]["percent"]
        assert int(rows[name]["done"]) == own["overall"]["done"]
        assert int(rows[name]["total"]) == own["overall"]["total"]
        assert int(rows[name]["minutes_total"]) == own["minutes_total"]
    assert rows["Ben"]["notes_shared"] == "1" and rows["Ana"]["notes_shared"] == ""

    code, out, err = learners["Ben"]("hub", "share", "--notes", "off")
    assert code == 0, err
    assert report_rows(mentor, tmp_path)["Ben"]["notes_shared"] == ""

    pdf = tmp_path / "cohort.pdf"
    code, out, err = mentor("hub", "report", "--cohort", "spring", "--out", str(pdf), "--lang", "es")
    assert code == 0 and "3 learners" in out, err
    assert pdf.read_bytes().rstrip().endswith(b"%%EOF")


def test_hub_commands_give_one_line_errors(cli: Cli, postgres: PostgresServer) -> None:
    code, _out, err = cli("hub", "cohort", "list")
    assert code == 2 and "does not sync through a hub" in err and err.count("\n") == 1
    code, _out, err = cli("hub", "invite", "spring", "--hub", "mysql://x/y")
    assert code == 2 and "not a PostgreSQL address" in err
    code, _out, err = cli("hub", "report", "--cohort", "x", "--hub", postgres.url(postgres.new_database()))
    assert code == 2 and "either --out FILE.pdf or --csv FILE" in err
    code, _out, err = cli("sync", "setup", "--join", "ST1-abc")
    assert code == 2 and "give the hub's address too" in err

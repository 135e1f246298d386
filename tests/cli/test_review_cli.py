"""`studytracker review` and the review figures of `status --json`, as the contract says."""

from __future__ import annotations

from datetime import date, timedelta

from tests.cli.conftest import Cli

TOPIC = "sql/basics-select-insert-update-delete"


def test_review_lists_what_is_due_and_records_a_rating(cli: Cli) -> None:
    assert cli.json("review") == []
    assert cli("mark", TOPIC, "done")[0] == 0
    status = cli.json("status")
    assert status["reviews"]["due"] == 0 and 0.99 <= status["reviews"]["retention"] <= 1.0  # type: ignore[index]
    later = (date.today() + timedelta(days=3)).isoformat()
    [due] = cli.json("review", "--on", later)  # type: ignore[misc]
    assert due["topic"] == TOPIC and due["step"] == "sql" and due["due"] == later
    assert set(due) >= {"topic", "title", "step", "due", "retrievability"}
    code, out, _ = cli("review", TOPIC, "good")
    assert code == 0 and out.startswith(f"reviewed {TOPIC}: good; next due ")
    code, out, _ = cli("review")
    assert code == 0 and out.strip().endswith("0 reviews due on " + cli.json("plan")["today"]["day"])  # type: ignore[index]


def test_bad_reviews_get_the_one_line_error_and_write_nothing(cli: Cli) -> None:
    cli("mark", TOPIC, "done")
    for arguments in (
        ("review", TOPIC, "meh"),
        ("review", "no/such/topic", "good"),
        ("review", "sql/intermediate-joins-inner-left-right", "good"),
        ("review", TOPIC),
        ("review", "--on", "someday"),
        ("review", "--on", "0001-01-01"),
        ("review", TOPIC, "good", "--json"),
        ("plan", "--retention", "0.5"),
        ("plan", "--retention", "lots"),
        ("plan", "--reviews-per-day", "0"),
    ):
        code, _, err = cli(*arguments)
        assert code == 2 and err.startswith("studytracker: error: ") and err.count("\n") == 1, (
            arguments,
            err,
        )
    assert cli.json("status")["reviews"]["due"] == 0  # type: ignore[index]
    assert cli("plan", "--retention", "0.85", "--reviews-per-day", "5")[0] == 0

"""How titles and figures read: a step whose title already says its number gets no "Step N: "."""

from __future__ import annotations

import pytest

from studytracker.formatting import names_its_number
from studytracker.store.records import Progress, StepSummary
from studytracker.ui.models.step_list import step_description


@pytest.mark.parametrize(
    ("title", "number", "named"),
    [
        ("Week 0: Pre-Work", 0, True),
        ("Module 03 – Loops", 3, True),
        ("Ch. 2: Working with Text", 2, True),
        ("Python & Python Libraries", 1, False),
        ("Step 10: Projects", 1, False),
        ("A 1 minute intro", 1, False),
        ("Semana 4: Bucles", 4, True),
        ("Week 0: Pre-Work", None, False),
    ],
)
def test_a_title_that_says_its_number(title: str, number: int | None, named: bool) -> None:
    assert names_its_number(title, number) is named


def test_the_sidebar_reads_a_week_without_a_doubled_prefix() -> None:
    step = StepSummary("w0", 0, "Week 0: Pre-Work", False, Progress(0, 3), 0)
    assert step_description(step).startswith("Week 0: Pre-Work —")
    other = StepSummary("sql", 2, "SQL", False, Progress(1, 3), 0)
    assert step_description(other).startswith("Step 2: SQL —")

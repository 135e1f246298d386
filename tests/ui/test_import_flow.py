"""Importing a roadmap from the window: the preview's choices (step level, sections left out),
and a roadmap whose id is already there (replace, import as new, or cancel)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from studytracker.roadmap.files import read_roadmap_file
from studytracker.roadmap.markdown_import import ImportOptions, MarkdownImport
from studytracker.store.tracker import Tracker
from studytracker.ui.dialogs.import_preview import ImportPreview, PreviewChoice
from studytracker.ui.shell.main_window import MainWindow
from tests.conftest import PROJECT_DIR, TEST_DATA

WEEKS = TEST_DATA / "roadmaps" / "real" / "techtonica-bootcamp-weeks.md"
BUNDLED_JSON = PROJECT_DIR / "resources" / "roadmap.json"


def roadmap_ids(tracker: Tracker) -> list[str]:
    return sorted(info.id for info in tracker.reads.roadmaps.all())


def test_the_preview_offers_the_step_level_and_the_sections(qtbot: QtBot) -> None:
    found = read_roadmap_file(WEEKS)
    dialog = ImportPreview(found, ImportOptions())
    qtbot.addWidget(dialog)
    assert [dialog.level_box.itemData(i) for i in range(dialog.level_box.count())] == [3, 4]
    assert dialog.level_box.currentData() == 3
    titles = [dialog.sections.item(row).text() for row in range(dialog.sections.count())]
    assert "Week 0 - Pre-Work" in titles
    assert dialog.tree.topLevelItemCount() == 19
    # nothing changed: the reader's own reading is imported as it is
    assert dialog.chosen_options() == ImportOptions()
    dialog.sections.item(titles.index("Week 0 - Pre-Work")).setCheckState(Qt.CheckState.Unchecked)
    dialog.level_box.setCurrentIndex(1)
    assert dialog.chosen_options() == ImportOptions(step_level=4, exclude=("Week 0 - Pre-Work",))


def test_units_chosen_in_the_preview_read_the_file_again(qtbot: QtBot, tmp_path: Path) -> None:
    from studytracker.roadmap.files import read_roadmap_file as read

    course = tmp_path / "course.md"
    course.write_text(
        "# Course\n\n## Projects\n\n- Build it\n  - [ ] Plan\n  - [ ] Code\n- Ship it\n  - [ ] Deploy\n",
        encoding="utf-8",
    )
    dialog = ImportPreview(read(course), ImportOptions(), reread=lambda options: read(course, options))
    qtbot.addWidget(dialog)
    assert len(dialog.found.roadmap.steps) == 1
    dialog.units_box.setCurrentIndex(dialog.units_box.findData("items"))
    qtbot.waitUntil(lambda: len(dialog.found.roadmap.steps) == 2, timeout=10000)
    assert dialog.chosen_options().units == "items" and "--units items" in dialog.command.text()
    # the levels to choose the steps from follow the reading: the units are one level down
    assert [dialog.level_box.itemData(i) for i in range(dialog.level_box.count())] == [2, 3]


def test_sections_left_out_in_the_preview_are_not_imported(
    qtbot: QtBot, window: MainWindow, tracker: Tracker
) -> None:
    shown: list[MarkdownImport] = []

    def preview(found: MarkdownImport, options: ImportOptions) -> PreviewChoice:
        shown.append(found)
        return PreviewChoice("import", replace(options, exclude=("Week 0 - Pre-Work",)))

    window.roadmap_flows.preview = preview  # type: ignore[method-assign]
    window.roadmap_flows.import_file(WEEKS)
    qtbot.waitUntil(lambda: "techtonica-curriculum" in roadmap_ids(tracker), timeout=10000)
    assert len(shown) == 1 and len(shown[0].roadmap.steps) == 19
    steps = tracker.reads.progress.status("techtonica-curriculum").steps
    assert len(steps) == 18 and steps[0].title == "Week 1: Onboarding & Developer Tools"
    qtbot.waitUntil(lambda: window.step_model.rowCount() == 18, timeout=10000)


def test_a_step_level_chosen_in_the_preview_is_shown_again_before_importing(
    qtbot: QtBot, window: MainWindow, tracker: Tracker
) -> None:
    shown: list[int] = []

    def preview(found: MarkdownImport, options: ImportOptions) -> PreviewChoice | None:
        shown.append(len(found.roadmap.steps))
        if len(shown) == 1:
            return PreviewChoice("preview", replace(options, step_level=4))
        return PreviewChoice("import", options)

    window.roadmap_flows.preview = preview  # type: ignore[method-assign]
    window.roadmap_flows.import_file(WEEKS)
    qtbot.waitUntil(lambda: "techtonica-curriculum" in roadmap_ids(tracker), timeout=10000)
    assert shown == [19, 2]
    assert [s.title for s in tracker.reads.progress.status("techtonica-curriculum").steps] == [
        "Data Structures",
        "Algorithms",
    ]


def test_a_cancelled_preview_imports_nothing(qtbot: QtBot, window: MainWindow, tracker: Tracker) -> None:
    asked: list[str] = []
    window.roadmap_flows.preview = lambda found, options: asked.append(found.roadmap.id)  # type: ignore[method-assign,func-returns-value]
    task = window.roadmap_flows.import_file(WEEKS)
    assert task is not None
    qtbot.waitUntil(lambda: asked == ["techtonica-curriculum"], timeout=10000)
    assert roadmap_ids(tracker) == ["machine-learning-engineer"]


def edition_of_bundled(tmp_path: Path, edition: str) -> Path:
    data: dict[str, Any] = json.loads(BUNDLED_JSON.read_text(encoding="utf-8"))
    data["edition"] = edition
    path = tmp_path / f"bundled-{edition.replace('/', '-')}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def ask_with(window: MainWindow, answer: str | None) -> list[tuple[str, str, bool]]:
    asked: list[tuple[str, str, bool]] = []

    def already_there(roadmap, existing, older, carried=(0, 0)):  # type: ignore[no-untyped-def]
        asked.append((roadmap.edition, existing.edition, older))
        return answer

    window.questions.roadmap_already_there = already_there  # type: ignore[method-assign]
    window.questions.import_roadmap = lambda r, e: True  # type: ignore[method-assign]
    return asked


def test_a_roadmap_already_there_is_imported_as_new_when_the_learner_says_so(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:
    asked = ask_with(window, "as-new")
    window.roadmap_flows.import_file(edition_of_bundled(tmp_path, "2027"))
    qtbot.waitUntil(lambda: len(roadmap_ids(tracker)) == 2, timeout=10000)
    assert asked == [("2027", "2025/26", False)]
    assert roadmap_ids(tracker) == ["machine-learning-engineer", "machine-learning-engineer-2027"]
    assert tracker.reads.roadmaps.get("machine-learning-engineer").edition == "2025/26"


def test_a_newer_edition_replaces_keeping_progress_when_the_learner_says_so(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:
    tracker.progress.set_status("python-libraries/libraries/numpy", "done")
    asked = ask_with(window, "replace")
    window.roadmap_flows.import_file(edition_of_bundled(tmp_path, "2027"))
    qtbot.waitUntil(
        lambda: tracker.reads.roadmaps.get("machine-learning-engineer").edition == "2027", timeout=10000
    )
    assert asked == [("2027", "2025/26", False)]
    assert roadmap_ids(tracker) == ["machine-learning-engineer"]
    assert tracker.reads.progress.status().overall.done == 1


def test_an_older_edition_is_asked_about_and_cancelling_changes_nothing(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:
    asked = ask_with(window, None)
    window.roadmap_flows.import_file(edition_of_bundled(tmp_path, "2024/25"))
    qtbot.waitUntil(lambda: asked != [], timeout=10000)
    assert asked == [("2024/25", "2025/26", True)]
    assert roadmap_ids(tracker) == ["machine-learning-engineer"]
    assert tracker.reads.roadmaps.get("machine-learning-engineer").edition == "2025/26"


def test_the_preview_offers_ticked_items_as_done_and_the_import_marks_them(
    qtbot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plan = tmp_path / "plan.md"
    plan.write_text(
        "# My plan\n\n## Week 1: Basics\n\n- [x] Variables\n- [ ] Loops\n\n"
        "## Week 2: More\n\n- [x] Functions\n- [ ] Classes\n",
        encoding="utf-8",
    )
    seen: list[ImportPreview] = []

    def tick_and_import(dialog: ImportPreview) -> object:
        seen.append(dialog)
        assert dialog.ticked_done.isVisibleTo(dialog)
        assert dialog.ticked_done.text() == "Mark the 2 items ticked [x] in the file as done"
        assert not dialog.ticked_done.isChecked()  # only on request
        dialog.ticked_done.setChecked(True)
        dialog._finish("import")
        return PreviewChoice("import", dialog.chosen_options())

    window.roadmap_flows.preview = lambda found, options: tick_and_import(ImportPreview(found, options))  # type: ignore[method-assign]
    task = window.roadmap_flows.import_file(plan)
    assert task is not None
    qtbot.waitUntil(lambda: "my-plan" in [r.id for r in tracker.reads.roadmaps.all()], timeout=10000)

    def statuses() -> dict[str, str]:
        steps = [s.id for s in tracker.reads.roadmaps.export("my-plan").steps]
        return {
            t.title: t.status for step in steps for t in tracker.reads.progress.topic_tree(step, "my-plan")
        }

    qtbot.waitUntil(lambda: statuses().get("Functions") == "done", timeout=10000)
    assert statuses() == {"Variables": "done", "Loops": "todo", "Functions": "done", "Classes": "todo"}
    assert len(seen) == 1


def test_a_step_n_roadmap_with_ticked_items_offers_only_that_choice_and_imports_them_done(
    qtbot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    plan = tmp_path / "data-roadmap.md"
    plan.write_text(
        "# Data Roadmap 2026\n\n## Step 1: SQL\n\n- [x] Joins\n- [ ] Window functions\n\n"
        "## Step 2: Python\n\n- [x] Pandas\n",
        encoding="utf-8",
    )

    def tick_and_import(dialog: ImportPreview) -> object:
        qtbot.addWidget(dialog)
        # one reading only: no heading level or sections to choose, only the ticked items
        assert not dialog.level_box.isVisibleTo(dialog) and not dialog.sections.isVisibleTo(dialog)
        assert dialog.ticked_done.isVisibleTo(dialog)
        dialog.ticked_done.setChecked(True)
        assert dialog.chosen_options() == ImportOptions(ticked_done=True)
        return PreviewChoice("import", dialog.chosen_options())

    window.roadmap_flows.preview = lambda found, options: tick_and_import(ImportPreview(found, options))  # type: ignore[method-assign]
    assert window.roadmap_flows.import_file(plan) is not None
    qtbot.waitUntil(lambda: "data" in [r.id for r in tracker.reads.roadmaps.all()], timeout=10000)
    qtbot.waitUntil(lambda: tracker.reads.progress.status("data").overall.done == 2, timeout=10000)


def test_the_preview_says_why_sections_were_left_out_in_the_learner_s_language(qapp) -> None:  # type: ignore[no-untyped-def]
    from studytracker.i18n import install_translator, remove_translator
    from studytracker.roadmap.phases import _NOT_CONTENT
    from studytracker.ui.dialogs.import_preview import LEFT_OUT_REASONS, left_out_reason

    for _pattern, reason in _NOT_CONTENT:  # every reason the reader gives has its wording here
        assert reason in LEFT_OUT_REASONS, reason
    install_translator(qapp, "es")
    try:
        assert left_out_reason("community and contact") == "comunidad y contacto"
        assert left_out_reason("something new") == "something new"  # shown as written
    finally:
        remove_translator(qapp)


def test_the_preview_shows_every_topic_under_its_step_and_group_with_the_file_s_ticks(qtbot: QtBot) -> None:
    from studytracker.roadmap.markdown_import import read_markdown

    text = (
        "# Plan\n\n## Month 1\n\n### Week 1: Basics\n\n- [x] Variables\n  - [ ] Scope\n- [ ] Loops\n\n"
        "### Week 2: Functions\n\n- [ ] Closures [docs](https://example.org/closures)\n\n"
        "## Month 2\n\n### Week 3: Data\n\n- [ ] Lists\n\n### Week 4: Files\n\n- [ ] Paths\n"
    )
    found = read_markdown(text, "plan.md")
    dialog = ImportPreview(found, ImportOptions())
    qtbot.addWidget(dialog)
    month = dialog.tree.topLevelItem(0)
    assert [dialog.tree.topLevelItem(i).text(0) for i in range(2)] == ["Month 1", "Month 2"]
    week = month.child(0)
    # the topics to tick, as the sidebar will count them: Scope (under Variables) and Loops
    assert [week.text(0), week.text(1), week.text(2)] == ["1. Week 1: Basics", "2", "0"]
    assert [week.child(i).text(0) for i in range(week.childCount())] == ["☑ Variables", "Loops"]
    assert week.child(0).child(0).text(0) == "Scope"
    assert month.child(1).text(2) == "1"  # the closures link
    assert week.isExpanded()  # a short tree opens every step


def test_the_preview_says_which_relative_links_lead_nowhere(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLabel

    (tmp_path / "notes.md").write_text("# Notes\n", encoding="utf-8")
    plan = tmp_path / "plan.md"
    plan.write_text("# Plan\n\n## Week 1: A\n\n- [Notes](notes.md)\n- [Lab](lab/one.md)\n", encoding="utf-8")
    dialog = ImportPreview(read_roadmap_file(plan), ImportOptions())
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("1 relative link with no file beside this one, left out: lab/one.md" in text for text in texts)


def test_the_live_preview_edits_the_guess_and_imports_exactly_what_it_shows(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    shown: dict[str, object] = {}

    def drive(dialog: ImportPreview) -> QDialog.DialogCode:
        assert not dialog.again_button.isVisibleTo(dialog)  # no button to press: it follows each change
        assert dialog.tree.topLevelItemCount() == 19
        dialog.level_box.setCurrentIndex(dialog.level_box.findData(4))
        # the two level-4 steps, in the step group of the week heading that holds them
        qtbot.waitUntil(
            lambda: dialog.import_button.isEnabled() and len(dialog.found.roadmap.steps) == 2, timeout=10000
        )
        (week,) = [dialog.tree.topLevelItem(row) for row in range(dialog.tree.topLevelItemCount())]
        assert week.text(0) == "Week 11 - Data Structures & Algorithms" and week.childCount() == 2
        assert "--step-level 4" in dialog.command.text()
        dialog.level_box.setCurrentIndex(dialog.level_box.findData(3))  # back to the guess
        titles = [dialog.sections.item(row).text() for row in range(dialog.sections.count())]
        dialog.sections.item(titles.index("Week 0 - Pre-Work")).setCheckState(Qt.CheckState.Unchecked)
        qtbot.waitUntil(
            lambda: dialog.import_button.isEnabled() and dialog.tree.topLevelItemCount() == 18, timeout=10000
        )
        dialog.title_edit.setText("Techtonica")
        dialog.title_edit.textEdited.emit("Techtonica")
        first = dialog.tree.topLevelItem(0)
        first.setCheckState(3, Qt.CheckState.Checked)  # the learner marks the first week optional
        qtbot.waitUntil(
            lambda: dialog.import_button.isEnabled() and dialog.found.roadmap.title == "Techtonica",
            timeout=10000,
        )
        assert dialog.found.roadmap.steps[0].optional
        command = dialog.command.text()
        assert "--exclude 'Week 0 - Pre-Work'" in command and "--title Techtonica" in command
        assert f"--optional {dialog.found.roadmap.steps[0].id}" in command
        shown["counts"] = [int(dialog.tree.topLevelItem(row).text(1)) for row in range(18)]
        dialog.action = "import"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportPreview, "exec", drive)
    window.roadmap_flows.import_file(WEEKS)
    qtbot.waitUntil(lambda: "techtonica-curriculum" in roadmap_ids(tracker), timeout=20000)
    status = tracker.reads.progress.status("techtonica-curriculum")
    assert status.roadmap.title == "Techtonica" and len(status.steps) == 18
    assert status.steps[0].optional and not status.steps[1].optional
    # the preview's counts are the sidebar's
    assert [step.progress.total for step in status.steps] == shown["counts"]


def test_a_reimport_says_how_many_marks_carry_over_before_the_learner_agrees(
    qtbot: QtBot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:
    from studytracker.ui.dialogs.questions import carried_over

    plan = tmp_path / "plan.md"
    plan.write_text("# Plan\n\n## Week 1: A\n\n- one\n- two\n\n## Week 2: B\n\n- three\n", encoding="utf-8")
    tracker.roadmaps.import_roadmap(read_roadmap_file(plan).roadmap)
    ids = [t.id for _s, t in read_roadmap_file(plan).roadmap.all_topics()]
    tracker.progress.set_statuses(dict.fromkeys(ids, "done"), roadmap_id="plan")
    plan.write_text("# Plan\n\n## Week 1: A\n\n- one\n- two\n\n## Week 2: C\n\n- four\n", encoding="utf-8")
    asked: list[tuple[int, int]] = []

    def already_there(roadmap, existing, older, carried=(0, 0)):  # type: ignore[no-untyped-def]
        asked.append(carried)
        return None  # the learner cancels

    window.questions.roadmap_already_there = already_there  # type: ignore[method-assign]
    window.roadmap_flows.preview = lambda found, options: PreviewChoice("import", options)  # type: ignore[method-assign]
    window.roadmap_flows.import_file(plan)
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert asked == [(2, 1)]  # "one" and "two" carry over; "three" is not in the new reading
    assert "2 topics carry over" in carried_over(2, 1) and "1 marked topic" in carried_over(2, 1)
    assert carried_over(0, 0) == ""


def test_the_preview_offers_a_base_address_for_relative_links(qtbot: QtBot, tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text(
        "# Plan\n\n## Week 1: A\n\n- [Lab](lab/one.md)\n\n## Week 2: B\n\n- [Two](lab/two.md)\n",
        encoding="utf-8",
    )
    dialog = ImportPreview(
        read_roadmap_file(plan),
        ImportOptions(),
        reread=lambda o: read_roadmap_file(plan, o),
        file_name="plan.md",
    )
    qtbot.addWidget(dialog)
    assert dialog.base_url_row.isVisibleTo(dialog) and dialog.found.unresolved
    dialog.base_url.setText("https://github.com/o/r/blob/main/")
    dialog.base_url.editingFinished.emit()
    qtbot.waitUntil(lambda: not dialog.found.unresolved and dialog.import_button.isEnabled(), timeout=10000)
    assert [r.url for r in dialog.found.roadmap.steps[0].resources] == [
        "https://github.com/o/r/blob/main/lab/one.md"
    ]
    assert "--base-url https://github.com/o/r/blob/main/" in dialog.command.text()


def test_the_preview_lets_the_learner_choose_which_headings_group_the_steps(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from studytracker.roadmap.files import read_roadmap_file as read

    course = tmp_path / "course.md"
    course.write_text(
        "# The course\n\n## Part A\n\n### Module 1\n\n#### Lesson 1\n\n- one\n\n#### Lesson 2\n\n- two\n\n"
        "### Module 2\n\n#### Lesson 3\n\n- three\n\n## Part B\n\n### Module 3\n\n#### Lesson 4\n\n- four\n",
        encoding="utf-8",
    )
    options = ImportOptions(step_level=4)
    dialog = ImportPreview(read(course, options), options, reread=lambda chosen: read(course, chosen))
    qtbot.addWidget(dialog)

    def groups_shown() -> list[str]:
        return [dialog.tree.topLevelItem(row).text(0) for row in range(dialog.tree.topLevelItemCount())]

    box = dialog.group_box
    assert [box.itemData(i) for i in range(box.count())] == [0, 2, 3]  # none, or a level above the steps
    assert box.currentData() == 3 and groups_shown() == ["Module 1", "Module 2", "Module 3"]
    assert dialog.chosen_options().group_level is None  # the reading's own groups, untouched
    box.setCurrentIndex(box.findData(2))
    box.activated.emit(box.currentIndex())  # as a click on the list does
    qtbot.waitUntil(lambda: groups_shown() == ["Part A", "Part B"], timeout=10000)
    assert "--group-level 2" in dialog.command.text()
    box.setCurrentIndex(box.findData(0))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: groups_shown() == [f"{n}. Lesson {n}" for n in range(1, 5)], timeout=10000)
    assert dialog.chosen_options().group_level == 0


def test_sections_the_reading_leaves_out_are_not_offered_as_ticked(qtbot: QtBot) -> None:
    found = read_roadmap_file(TEST_DATA / "roadmaps" / "real" / "lesson-plan-phases-modules.md")
    dialog = ImportPreview(found, ImportOptions())
    qtbot.addWidget(dialog)
    offered = {
        dialog.sections.item(row).text()
        for row in range(dialog.sections.count())
        if not dialog.sections.item(row).isHidden()
    }
    left_out = {title for title, _why in found.left_out}
    assert "Advice For Learners" in left_out and "Advice For Learners" not in offered
    assert "Recommended Learning Roadmap" in offered
    assert "Advice For Learners" in dialog.notes.text()  # said, with its reason, under the tree
    assert dialog.chosen_options() == ImportOptions()  # hiding them is no choice of the learner's

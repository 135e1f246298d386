"""The first start: a welcome that asks what the report and the plan need, once; empty places
that say what to do."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from studytracker.store.policy import WELCOMED_KEY
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow


def test_a_new_data_folder_is_welcomed_once_and_the_answers_are_saved(
    window: MainWindow, tracker: Tracker
) -> None:
    dialog = window.offer_welcome()
    assert dialog is not None and dialog.isVisible()
    assert "follow the Machine Learning Engineer Roadmap" in dialog.intro.text()
    dialog.name.setText("  Grace Hopper ")
    dialog.goal.setValue(45)
    dialog.has_target.setChecked(True)
    dialog.target.setDate(dialog.target.date().addDays(-30))
    chosen_target = dialog.chosen()[1]
    dialog.accept()
    preferences = tracker.reads.settings.preferences()
    assert preferences.learner_name == "Grace Hopper" and preferences.daily_goal_minutes == 45
    assert tracker.reads.plan.target_date() == chosen_target is not None
    assert tracker.reads.settings.value(WELCOMED_KEY) == "1"
    assert window.offer_welcome() is None  # once


def test_skipping_the_welcome_saves_nothing_but_that_it_was_shown(
    window: MainWindow, tracker: Tracker
) -> None:
    dialog = window.offer_welcome()
    assert dialog is not None
    dialog.name.setText("Not saved")
    dialog.reject()
    assert tracker.reads.settings.preferences().learner_name == ""
    assert window.offer_welcome() is None


def test_the_welcome_offers_to_import_another_roadmap(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[bool] = []
    monkeypatch.setattr(window.roadmap_flows, "import_file", lambda: asked.append(True))
    dialog = window.offer_welcome()
    assert dialog is not None
    dialog.import_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and asked == [True]


def test_a_learner_who_has_studied_is_not_welcomed(window: MainWindow, tracker: Tracker) -> None:
    tracker.study.log("sql", 20, day=date(2026, 11, 20))
    assert window.offer_welcome() is None
    assert tracker.reads.settings.value(WELCOMED_KEY) is None


def test_an_empty_note_says_what_to_write_there(qtbot: QtBot, window: MainWindow) -> None:
    window.viewer.show_view("notes")
    step_note = window.viewer.notes.step_note
    assert step_note.editor.toPlainText() == ""
    assert step_note.preview.toPlainText().startswith("Nothing written yet")
    topic_note = window.viewer.notes.topic_note
    if topic_note.target is None:
        assert topic_note.preview.toPlainText() == "Choose a topic in the checklist to keep notes on it."
    else:
        assert topic_note.preview.toPlainText().startswith("Nothing written yet")
    step_note.editor.setPlainText("# Plan")
    qtbot.waitUntil(lambda: step_note.preview.toPlainText() == "Plan")  # a moment after the keys

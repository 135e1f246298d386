"""The statistics tab and the report exported from the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QPoint

from studytracker.report.pdf import ReportOptions
from studytracker.store.tracker import Tracker
from studytracker.ui.dialogs.preferences import PreferencesDialog
from studytracker.ui.shell.main_window import MainWindow


def test_statistics_tab_shows_the_figures_with_exact_tooltips(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    window.viewer.show_view("statistics")
    window.runner.run("Log", lambda t: t.study.log("sql", 45, day=date(2026, 11, 20)))
    canvas = window.viewer.statistics.canvas
    assert canvas.stats is not None and canvas.stats.minutes_by_day == {date(2026, 11, 20): 45}
    assert "0 of 69 topics done" in canvas.summary_lines()[0]
    canvas.resize(900, canvas.sizeHint().height())
    canvas.repaint()
    tips = [text for _rect, text in canvas.hits]
    assert "Fri 20 Nov 2026: 45 min" in tips
    assert "SQL: 45 min" in tips
    rect = next(r for r, t in canvas.hits if t == "SQL: 45 min")
    assert canvas.hit_at(QPoint(int(rect.center().x()), int(rect.center().y()))) == "SQL: 45 min"


def test_statistics_refresh_after_a_change(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    window.viewer.show_view("statistics")
    window.set_topic_status("sql/basics-select-insert-update-delete", "done")
    assert window.viewer.statistics.canvas.stats.overall.done == 1  # type: ignore[union-attr]


def test_report_exported_from_the_window_in_the_background(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    out = tmp_path / "mine.pdf"
    task = window.export_report(out, ReportOptions(date(2026, 11, 1), date(2026, 11, 24)))
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert out.read_bytes().startswith(b"%PDF")
    assert "Report saved" in window.statusBar().currentMessage()


def test_preferences_are_saved_for_the_learner(qtbot, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    today = tracker.clock.now().date()
    dialog = PreferencesDialog(tracker.reads.settings.preferences(), None, today)
    qtbot.addWidget(dialog)
    dialog.name.setText("Grace Hopper")
    dialog.goal.setValue(45)
    dialog.work.setValue(50)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.has_target.setChecked(True)
    dialog.target.setDate(QDate(today.year + 1, 6, 30))
    preferences, target = dialog.chosen()
    assert target == date(today.year + 1, 6, 30)
    changed = tracker.settings.save_preferences(preferences, target_date=target)
    assert {"learner_name", "daily_goal_minutes", "pomodoro_work", "report_page_size"} <= changed.settings
    assert tracker.reads.plan.target_date() == date(today.year + 1, 6, 30)
    assert (
        tracker.reads.settings.value("learner_name") == "Grace Hopper"
        and tracker.reads.plan.daily_goal() == 45
    )
    assert (
        tracker.reads.settings.value("pomodoro_work") == "50"
        and tracker.reads.settings.value("report_page_size") == "letter"
    )


def test_statistics_say_whose_study_time_they_count_and_let_the_learner_choose(
    qtbot, window: MainWindow, tracker: Tracker, sample_roadmaps
) -> None:  # type: ignore[no-untyped-def]
    from studytracker.roadmap.markdown_import import load_roadmap_markdown

    tracker.study.log("sql", 90, day=date(2026, 11, 20))  # on the bundled roadmap
    tracker.roadmaps.import_roadmap(load_roadmap_markdown(sample_roadmaps["data-analyst-2026"]))
    tracker.roadmaps.use("data-analyst")
    window.roadmap_view.reload()
    window.viewer.show_view("statistics")
    statistics = window.viewer.statistics
    canvas = statistics.canvas
    assert statistics.scope_box.currentText() == "This roadmap"
    assert canvas.stats is not None and canvas.stats.minutes_by_day == {}  # nothing on this one
    assert canvas.summary_lines()[0].endswith("0 min studied on this roadmap")
    assert "Nothing studied yet" in canvas.summary_lines()[1]  # what to do, not empty charts
    statistics.scope_box.setCurrentIndex(statistics.scope_box.findText("All roadmaps"))
    assert canvas.stats.minutes_by_day == {date(2026, 11, 20): 90}
    assert canvas.summary_lines()[0].endswith("1 h 30 min studied on all roadmaps")
    canvas.resize(900, canvas.sizeHint().height())
    canvas.repaint()
    assert "Fri 20 Nov 2026: 1 h 30 min" in [text for _rect, text in canvas.hits]


def test_statistics_fit_a_narrow_pane_with_the_newest_week_in_view(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    today = tracker.clock.now().date()
    tracker.study.log("sql", 45, day=today)
    window.viewer.show_view("statistics")
    view = window.viewer.statistics
    view.resize(330, 500)
    view.show()
    qtbot.waitUntil(lambda: view.canvas.width() <= 330)
    assert not view.scroll_area.horizontalScrollBar().isVisible()  # no scrolling sideways
    view.canvas.repaint()
    tips = [text for _rect, text in view.canvas.hits]
    assert f"{today:%a %d %b %Y}: 45 min" in tips  # today's square is drawn
    assert all(rect.right() <= view.canvas.width() for rect, _text in view.canvas.hits)


def test_preferences_offer_system_light_and_dark_and_apply_the_choice_at_once(
    qtbot, window: MainWindow, qapp, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPalette

    from studytracker.ui.dialogs import preferences

    def choose_dark(dialog: PreferencesDialog) -> int:
        assert [dialog.theme.itemText(i) for i in range(dialog.theme.count())] == ["System", "Light", "Dark"]
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", choose_dark)
    try:
        window.study.open_preferences()
        assert qapp.palette().color(QPalette.ColorRole.Base).lightness() < 60
        assert window.settings.value("appearance/theme") == "dark"  # kept for the next start
    finally:
        window.study.use_theme("system")
    assert qapp.palette().color(QPalette.ColorRole.Base).lightness() > 200

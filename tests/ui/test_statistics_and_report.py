"""The statistics tab and the report exported from the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QPoint

from studytracker.report.pdf import ReportOptions
from studytracker.store.tracker import Tracker
from studytracker.ui.main_window import MainWindow
from studytracker.ui.preferences import PreferencesDialog


def test_statistics_tab_shows_the_figures_with_exact_tooltips(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    tracker.log_session("sql", 45, day=date(2026, 11, 20))
    window.refresh_progress()
    window.viewer.show_view("statistics")
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
    tracker.set_status("sql/basics-select-insert-update-delete", "done")
    window.refresh_progress()
    assert window.viewer.statistics.canvas.stats.overall.done == 1  # type: ignore[union-attr]


def test_report_exported_from_the_window_in_the_background(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    tracker.log_session("sql", 30, day=date(2026, 11, 20))
    out = tmp_path / "mine.pdf"
    task = window.export_report(out, ReportOptions(date(2026, 11, 1), date(2026, 11, 24)))
    assert task is not None
    with qtbot.waitSignal(task.finished, timeout=20000):
        pass
    assert out.read_bytes().startswith(b"%PDF")
    assert "Report saved" in window.statusBar().currentMessage()


def test_preferences_are_saved_for_the_learner(qtbot, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    dialog = PreferencesDialog(tracker)
    qtbot.addWidget(dialog)
    dialog.name.setText("Grace Hopper")
    dialog.goal.setValue(45)
    dialog.work.setValue(50)
    dialog.page_size.setCurrentIndex(dialog.page_size.findData("letter"))
    dialog.save()
    assert tracker.setting("learner_name") == "Grace Hopper" and tracker.daily_goal() == 45
    assert tracker.setting("pomodoro_work") == "50" and tracker.setting("report_page_size") == "letter"

"""The study timer, pomodoro, crash recovery and the session log, with an injected clock."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QSettings, Qt
from PySide6.QtWidgets import QPushButton

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow

NUMPY = "python-libraries/libraries/numpy"


def select_topic(window: MainWindow, topic_id: str) -> None:
    index = window.topic_model.index_of(topic_id)
    window.checklist.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )


def test_timer_runs_pauses_and_saves_on_the_selected_topic(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    clock: FixedClock,  # type: ignore[no-untyped-def]
) -> None:
    bar = window.timer_bar
    select_topic(window, NUMPY)
    qtbot.mouseClick(bar.start_button, Qt.MouseButton.LeftButton)
    running = tracker.reads.sessions.running()
    assert running is not None and running.topic_id == NUMPY  # in the database from its first second
    assert bar.what.text() == "Python & Python Libraries › NumPy"  # titles, not ids
    assert window.topic_model.index_of(NUMPY).siblingAtColumn(1).data() == "in progress"  # it was to do
    clock.advance(minutes=12, seconds=5)
    bar.tick()
    assert bar.clock_label.text() == "0:12:05"
    assert "Today: 12 min" in window.today_label.text()  # the running session counts already
    qtbot.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)
    assert bar.pause_button.text() == "Resume"
    clock.advance(minutes=30)
    bar.tick()
    assert bar.clock_label.text() == "0:12:05"  # a pause is not study time
    qtbot.mouseClick(bar.pause_button, Qt.MouseButton.LeftButton)
    clock.advance(minutes=8)
    qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    [session] = tracker.reads.sessions.log()
    assert session.minutes == 20 and session.topic_id == NUMPY
    assert window.statusBar().currentMessage() == "Saved 20 min on Python & Python Libraries › NumPy"
    row = window.step_model.row_of("python-libraries")
    assert window.step_model.step_at(row).minutes == 20  # type: ignore[union-attr]
    assert window.topic_model.index_of(NUMPY).siblingAtColumn(2).data() == "20 min"
    assert "Today: 20 min" in window.today_label.text()
    log = window.study.open_session_log()
    topic_column = 5
    assert log.model.index(0, topic_column).data() == "NumPy"
    log.close()


def test_the_heartbeat_is_written_every_beat(window: MainWindow, tracker: Tracker, clock: FixedClock) -> None:
    window.timer_bar.start()
    clock.advance(seconds=30)
    window.timer_bar.beat()
    running = tracker.reads.sessions.running()
    assert running is not None and running.last_heartbeat == clock.now()


def test_a_gap_is_asked_about_and_not_counted_when_declined(
    window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:
    asked: list[int] = []
    window.timer_bar.ask_count_gap = lambda gap: asked.append(gap) or False  # type: ignore[func-returns-value]
    window.timer_bar.start()
    clock.advance(minutes=4)
    window.timer_bar.beat()
    assert asked == []  # only a gap over 5 minutes is asked about
    clock.advance(minutes=45)  # asleep
    window.timer_bar.beat()
    assert asked == [45 * 60]
    clock.advance(minutes=5)
    window.timer_bar.stop()
    assert tracker.reads.sessions.log()[0].minutes == 9


def test_pomodoro_switches_to_a_break_and_back_with_notifications(
    window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:
    bar = window.timer_bar
    bar.pomodoro_box.setChecked(True)
    bar.start()
    clock.advance(minutes=25)
    bar.tick()
    assert tracker.reads.sessions.running().paused  # type: ignore[union-attr]
    assert window.notifier.sent[-1] == ("Time for a break", "A 5-minute short break.")
    assert bar.clock_label.text() == "0:05:00"  # the countdown is the big figure
    assert bar.phase_label.text() == "Short break · pomodoro 1 of 4 · 1 done · 0:25:00 studied"
    clock.advance(minutes=5)
    bar.tick()
    assert not tracker.reads.sessions.running().paused  # type: ignore[union-attr]
    assert window.notifier.sent[-1][0] == "Back to work"
    clock.advance(minutes=10)
    bar.stop()
    assert tracker.reads.sessions.log()[0].minutes == 35


def test_closing_the_window_stops_and_saves_a_running_timer(
    qtbot,
    tracker: Tracker,
    settings: QSettings,
    clock: FixedClock,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(window)
    window.attach(tracker)
    window.timer_bar.start()
    clock.advance(minutes=7)
    window.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]
    window.close()
    assert tracker.reads.sessions.running() is None and tracker.reads.sessions.log()[0].minutes == 7


def test_pomodoro_counts_down_and_is_in_the_study_menu(window: MainWindow, clock: FixedClock) -> None:
    bar = window.timer_bar
    menu_item = window.actions_by_name["pomodoro"]
    assert menu_item.isCheckable() and not menu_item.isChecked()
    menu_item.trigger()
    assert bar.pomodoro_box.isChecked()
    bar.start()
    clock.advance(minutes=10)
    bar.tick()
    assert bar.clock_label.text() == "0:15:00"
    assert bar.phase_label.text() == "Work · pomodoro 1 of 4 · 0 done · 0:10:00 studied"
    bar.pomodoro_box.setChecked(False)  # the box and the menu item are one setting
    assert not menu_item.isChecked()
    assert bar.clock_label.text() == "0:10:00" and bar.phase_label.text() == ""


def test_a_stop_under_a_minute_saves_no_session_and_says_so(
    window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:
    bar = window.timer_bar
    bar.start()
    clock.advance(seconds=40)
    bar.stop()
    assert tracker.reads.sessions.running() is None
    assert tracker.reads.sessions.log() == []
    assert window.statusBar().currentMessage() == "Stopped after less than a minute: no session saved"
    assert bar.start_button.isEnabled()


@pytest.mark.parametrize(
    ("answer", "closed", "saved"), [("save", True, [7]), ("discard", True, []), (None, False, [])]
)
def test_quitting_with_the_timer_running_offers_save_discard_and_cancel(
    qtbot,  # type: ignore[no-untyped-def]
    tracker: Tracker,
    settings: QSettings,
    clock: FixedClock,
    answer: str | None,
    closed: bool,
    saved: list[int],
) -> None:
    window = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(window)
    window.attach(tracker)
    window.show()
    window.timer_bar.start()
    clock.advance(minutes=7)
    window.questions.close_while_running = lambda: answer  # type: ignore[method-assign]
    window.close()
    assert window.isVisible() is not closed
    assert [s.minutes for s in tracker.reads.sessions.log() if s.end is not None] == saved
    assert (tracker.reads.sessions.running() is None) is closed
    window.questions.close_while_running = lambda: "discard"  # type: ignore[method-assign]


TIMER_PROCESS = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from studytracker.store.tracker import Tracker

    tracker = Tracker.open(Path(sys.argv[1]))
    tracker.study.start("sql", source="timer")
    while True:
        time.sleep(1.05)
        beat = tracker.study.heartbeat()
        print(int(beat.session.last_heartbeat.timestamp()), flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_after_a_kill_the_window_offers_the_session_up_to_its_last_heartbeat(
    qtbot,
    data_dir: Path,
    settings: QSettings,  # type: ignore[no-untyped-def]
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", TIMER_PROCESS, str(data_dir)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    beats = [int(process.stdout.readline()) for _ in range(2)]
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    beats += [int(line) for line in process.stdout.read().split()]

    from datetime import datetime, timedelta

    later = FixedClock(datetime.now().astimezone() + timedelta(minutes=10))
    tracker = Tracker.open(data_dir, clock=later)
    try:
        offered = []
        window = MainWindow(settings=settings, open_url=lambda _u: True)
        qtbot.addWidget(window)
        window.questions.recovery = lambda session: offered.append(session) or "keep"  # type: ignore[method-assign]
        window.attach(tracker)
        assert len(offered) == 1 and offered[0].step_id == "sql"
        [kept] = tracker.reads.sessions.log()
        assert kept.end is not None and int(kept.end.timestamp()) == beats[-1]
        assert window.timer_bar.running is None
    finally:
        tracker.close()


def test_session_log_adds_edits_deletes_and_undoes(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    log = window.study.open_session_log()
    qtbot.addWidget(log)
    values = {
        "step_id": "sql",
        "topic_id": None,
        "day": date(2026, 11, 20),
        "at": time(9, 0),
        "minutes": 45,
        "note": "joins",
    }
    assert log.log_new(values)
    assert log.model.rowCount() == 1 and "45 min" in log.totals.text()
    assert window.step_model.step_at(window.step_model.row_of("sql")).minutes == 45  # type: ignore[union-attr]

    log.table.selectRow(0)
    assert log.edit_selected({**values, "minutes": 60, "note": "joins and CTEs"})
    assert tracker.reads.sessions.log()[0].minutes == 60
    log.undo_stack.undo()
    assert (tracker.reads.sessions.log()[0].minutes, tracker.reads.sessions.log()[0].note) == (45, "joins")

    log.table.selectRow(0)
    assert log.delete_selected()
    assert tracker.reads.sessions.log() == [] and log.model.rowCount() == 0
    assert log.undo_button.text() == "Undo: delete a session"  # it names what it undoes
    log.undo_stack.undo()
    assert [s.note for s in tracker.reads.sessions.log()] == ["joins"]
    log.undo_stack.redo()
    assert tracker.reads.sessions.log() == []


def test_an_overlapping_session_is_refused_naming_the_other(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:

    warnings: list[str] = []
    monkeypatch.setattr(window.questions, "warn", lambda title, message: warnings.append(message))
    first = tracker.study.log("sql", 60, day=date(2026, 11, 20), at=time(9, 0)).session
    log = window.study.open_session_log()
    qtbot.addWidget(log)
    values = {
        "step_id": "sql",
        "topic_id": None,
        "day": date(2026, 11, 20),
        "at": time(9, 30),
        "minutes": 30,
        "note": "",
    }
    assert not log.log_new(values)
    assert warnings and f"overlaps session #{first.id}" in warnings[0]
    assert len(tracker.reads.sessions.log()) == 1 and not log.undo_stack.canUndo()


def test_log_a_session_from_the_log_starts_on_the_step_the_window_shows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.select_step("sql")
    log = window.study.open_session_log()
    qtbot.addWidget(log)
    form = log.ask_new()  # the log's own "Log a session…" button
    assert form.step_box.currentData() == "sql"
    form.close()


def test_session_log_filters_by_step_and_date_and_shows_the_streak(
    qtbot,
    window: MainWindow,
    tracker: Tracker,  # type: ignore[no-untyped-def]
) -> None:
    tracker.settings.update_preferences(daily_goal_minutes=20)
    tracker.settings.update_preferences(streaks_enabled=True)
    for day in (22, 23, 24):
        tracker.study.log("sql" if day != 23 else "python-libraries", 30, day=date(2026, 11, day))
    tracker.study.log("sql", 30, day=date(2026, 9, 1))
    log = window.study.open_session_log()
    qtbot.addWidget(log)
    assert log.model.rowCount() == 3  # the last 30 days
    log.step_filter.setCurrentIndex(log.step_filter.findData("sql"))
    assert log.model.rowCount() == 2
    assert "streak 3 days, longest 3" in log.goal_label.text()


def test_reminders_fire_in_the_window(window: MainWindow, tracker: Tracker, clock: FixedClock) -> None:
    tracker.settings.set("reminder_time", "17:00")
    tracker.settings.set("reminder_weekdays", "1")  # Tuesdays; the clock says Tuesday 18:00
    assert window.reminders.check() == ["Time to study"]
    assert window.reminders.check() == []  # once a day
    assert window.notifier.sent[-1][0] == "Time to study"
    window.timer_bar.start()
    clock.advance(hours=3, minutes=1)
    assert window.reminders.check() == ["Still studying?"]
    assert window.reminders.check() == []


def test_a_refused_past_session_keeps_the_form_as_typed(
    qtbot, window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    window.select_step("sql")
    window.study.log_past_session()
    from studytracker.ui.dialogs.session_log import SessionEditDialog

    [dialog] = [d for d in window.findChildren(SessionEditDialog) if d.isVisible()]
    assert dialog.step_box.currentData() == "sql"  # the step the learner has selected
    dialog.time_edit.selectAll()
    qtbot.keyClicks(dialog.time_edit, "17:40")
    assert dialog.time_edit.text() == "17:40"  # typed as typed
    dialog.minutes_box.setValue(45)  # 17:40 + 45 min ends after 18:00, the clock's now
    dialog.note_edit.setText("window functions")
    dialog.accept()
    assert dialog.isVisible() and "would end in the future" in dialog.error.text()
    assert (dialog.step_box.currentData(), dialog.minutes_box.value(), dialog.note_edit.text()) == (
        "sql",
        45,
        "window functions",
    )
    assert tracker.reads.sessions.log() == []
    dialog.minutes_box.setValue(15)
    dialog.accept()
    assert not dialog.isVisible()
    [session] = tracker.reads.sessions.log()
    assert (session.step_id, session.minutes, f"{session.start:%H:%M}", session.note) == (
        "sql",
        15,
        "17:40",
        "window functions",
    )


def test_the_session_log_says_what_to_do_when_empty_and_deletes_with_the_delete_key(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    log = window.study.open_session_log()
    assert log.totals.text().startswith("No study sessions from")
    assert "Ctrl+T" in log.totals.text()
    assert not log.edit_button.isEnabled() and not log.delete_button.isEnabled()
    tracker.study.log("sql", 25, day=date(2026, 11, 20))
    log.refresh()
    assert log.totals.text().startswith("1 session, 25 min")
    assert not log.delete_button.isEnabled()  # nothing selected yet
    log.table.selectRow(0)
    assert log.edit_button.isEnabled() and log.delete_button.isEnabled()
    log.table.setFocus()
    qtbot.waitUntil(log.table.hasFocus)
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert tracker.reads.sessions.log() == []
    assert not log.delete_button.isEnabled()
    # a Close button, for a window that has no title bar to close it by
    [close] = [b for b in log.findChildren(QPushButton) if b.text() == "Close"]
    close.click()
    assert not log.isVisible()


def test_a_session_logged_before_the_dates_shown_is_shown_and_selected(
    qtbot, window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    log = window.study.open_session_log()
    form = log.ask_new("sql")
    long_ago = clock.now().date() - timedelta(days=40)  # the log shows the last 30 days
    form.day_edit.setDate(QDate(long_ago.year, long_ago.month, long_ago.day))
    form.time_edit.setText("10:00")
    form.accept()
    selected = log.selected()
    assert selected is not None and selected.start.date() == long_ago
    assert "1 session" in log.totals.text()
    log.close()

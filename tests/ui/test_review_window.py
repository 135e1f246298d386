"""The Review tab: what is due, most at risk first, rated with keys 1 to 4, counted in the status
bar, and a topic rated Again shown "to revisit" in the checklist."""

from __future__ import annotations

from PySide6.QtCore import Qt

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow

FIRST = "sql/basics-select-insert-update-delete"
SECOND = "sql/intermediate-joins-inner-left-right"


def test_review_due_topics_with_the_keys(
    qtbot, window: MainWindow, tracker: Tracker, other_program: Tracker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    window.select_step("sql")
    window.set_topic_status(FIRST, "done")
    clock.advance(days=2)
    window.set_topic_status(SECOND, "done")
    clock.advance(days=3)  # both due now; the first has waited longer, so it is more at risk
    other_program.notes.save("**INSERT** … **DELETE**", topic_id=FIRST)
    assert window.data_watcher.poll()
    assert window.reviews_label.text() == "2 reviews due"
    window.viewer.show_view("review")
    panel = window.step_pane.review_panel
    assert [r.topic_id for r in panel.due] == [FIRST, SECOND]
    assert panel.due[0].retrievability < panel.due[1].retrievability
    assert "2 finished topics to review today" in panel.heading.text()
    assert "INSERT" not in panel.details.toPlainText()  # recalled first, then looked at
    panel.reveal.click()
    assert "INSERT" in panel.details.toPlainText() and "Resources of the step" in panel.details.toPlainText()
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_1)  # Again
    assert [r.topic_id for r in panel.due] == [SECOND]
    assert window.reviews_label.text() == "1 review due"
    status_cell = window.topic_model.index_of(FIRST).siblingAtColumn(1)
    assert status_cell.data() == "to revisit"  # still done, to be revisited
    qtbot.keyClick(panel.list, Qt.Key.Key_3)  # Good
    coming_back = tracker.reads.reviews.next_due(SECOND)
    assert coming_back is not None and coming_back > clock.now().date()
    said = window.statusBar().currentMessage()
    assert "comes back for review on" in said and str(coming_back.year) in said  # when, in words
    assert panel.due == [] and window.reviews_label.text() == ""
    assert "Nothing to review today" in panel.heading.text()
    assert [r.rating for r in tracker.reads.reviews.done()] == [1, 3]


def test_the_daily_reminder_mentions_due_reviews(
    window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:
    tracker.progress.set_status(FIRST, "done")
    clock.advance(days=3)
    tracker.settings.set("reminder_time", "17:00")
    tracker.settings.set("reminder_weekdays", "4")  # the clock now says Friday 18:00
    assert window.reminders.check() == ["Time to study"]
    assert "1 finished topic due for review" in window.notifier.sent[-1][1]


def test_the_due_list_takes_the_room_its_topics_need(
    qtbot, window: MainWindow, tracker: Tracker, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    topics = [t.id for step in ("sql", "python-libraries") for t in tracker.reads.progress.topic_tree(step)]
    for topic in topics:
        tracker.progress.set_status(topic, "done")
    clock.advance(days=6)
    window.data_watcher.poll()
    window.viewer.show_view("review")
    panel = window.step_pane.review_panel
    panel.reload()
    qtbot.waitUntil(lambda: panel.list.count() >= 5)
    panel.resize(500, 600)
    qtbot.wait(10)
    list_height, rest = panel.splitter.sizes()
    total = list_height + rest
    rows = panel.list.sizeHintForRow(0) * panel.list.count()
    assert list_height >= min(rows, total * 3 // 5) - 8  # its rows in view, up to three fifths
    assert list_height > total // 4  # more than the fixed quarter it had

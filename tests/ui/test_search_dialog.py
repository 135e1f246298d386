"""The search dialog: its hits' icons and a long hit read whole."""

from __future__ import annotations

from studytracker.store.records import SearchHit
from studytracker.ui.dialogs.search import SearchDialog, hit_icon


def _topic(status: str) -> SearchHit:
    return SearchHit("topic", "python", "NumPy", "", topic_id="python/numpy", step_title="Python", status=status)


def test_only_a_done_topic_has_the_tick() -> None:
    assert hit_icon(_topic("done")) == "practice"
    assert {hit_icon(_topic(status)) for status in ("todo", "in-progress", "skipped")} == {"topic"}
    assert hit_icon(SearchHit("note", "python", "NumPy", "")) == "note"


def test_a_long_hit_wraps_rather_than_runs_off_to_the_right(qtbot) -> None:
    words = "the words found at the end of a long hit, " * 6
    dialog = SearchDialog(lambda _text: [SearchHit("note", "python", "NumPy", words.strip())])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.query.setText("words")
    dialog.run_search()
    row = dialog.results.visualItemRect(dialog.results.item(0))
    assert row.right() <= dialog.results.viewport().width()
    assert row.height() > 2 * dialog.results.fontMetrics().height()  # on several lines
    assert not dialog.results.horizontalScrollBar().isVisible()

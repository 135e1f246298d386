"""The small things a user of a good desktop app expects: long titles, menus, previews, dialogs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt

from studytracker.store.tracker import Tracker
from studytracker.ui.dialogs.report_dialog import ReportDialog
from studytracker.ui.shell.main_window import MainWindow
from studytracker.ui.widgets.markdown_html import markdown_to_html

NUMPY = "python-libraries/libraries/numpy"


def test_the_roadmap_box_elides_a_long_title_and_shows_it_whole_as_a_tooltip(
    window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:
    from studytracker.roadmap.markdown_import import load_roadmap_markdown

    long_title = "A Very Long Roadmap Title That Goes On " * 4
    source = tmp_path / "long.md"
    source.write_text(f"# {long_title.strip()}\n\n## Step 1: Begin\n\n- First topic\n", encoding="utf-8")
    roadmap = load_roadmap_markdown(source)
    tracker.roadmaps.import_roadmap(roadmap)
    tracker.roadmaps.use(roadmap.id)
    window.roadmap_view.reload()
    box = window.roadmap_box
    assert box.currentText() == long_title.strip()
    assert box.width() < box.fontMetrics().horizontalAdvance(long_title)  # it did not grow
    shown = box.shown_text()
    assert shown.endswith("…") and long_title.startswith(shown[:-1])
    assert box.toolTip() == long_title.strip()
    assert box.itemData(box.currentIndex(), Qt.ItemDataRole.ToolTipRole) == long_title.strip()


def test_the_checklist_menu_ticks_the_current_status_and_offers_the_timer_and_notes(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    window.set_topic_status(NUMPY, "in-progress")
    menu = window.step_pane.editing.menu(NUMPY)
    texts = {action.text().split("\t")[0]: action for action in menu.actions() if action.text()}
    assert texts["In progress"].isChecked() and not texts["Done"].isChecked()
    texts["Start the timer on this topic"].trigger()
    running = tracker.reads.sessions.running()
    assert running is not None and running.topic_id == NUMPY
    texts["Open its notes"].trigger()
    assert window.viewer.current_view() == "notes"
    assert window.viewer.notes.topic_note.editor.isEnabled()


def test_the_note_preview_draws_table_grids_and_task_boxes() -> None:
    html = markdown_to_html("| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] read\n- [x] done\n- keep [x] mid-line")
    assert '<table border="1"' in html
    assert "<li>☐ read</li>" in html and "<li>☑ done</li>" in html
    assert "keep [x] mid-line" in html


def test_the_export_dialog_is_wide_enough_for_its_title(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ReportDialog(date(2026, 1, 1), date(2026, 11, 25))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.width() >= dialog.fontMetrics().horizontalAdvance(dialog.windowTitle()) + 100
    assert dialog.windowTitle() == "Export progress report"
    assert dialog.isVisible() and Qt.WindowType.Dialog & dialog.windowFlags()


def test_a_narrow_checklist_keeps_its_titles_and_no_tab_squeezes_it(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    from studytracker.ui.step_pane.checklist import MIN_CHECKLIST_WIDTH, TIME_COLUMN, TIME_COLUMN_FROM_WIDTH

    for view in ("overview", "resources", "notes", "statistics", "review"):
        window.viewer.show_view(view)
        qtbot.wait(10)
        assert window.checklist.width() >= MIN_CHECKLIST_WIDTH, view
        assert window.width() <= window.screen().availableGeometry().width(), view
    checklist = window.checklist
    sizes = window.step_pane.sizes()
    window.step_pane.setSizes([MIN_CHECKLIST_WIDTH, sum(sizes) - MIN_CHECKLIST_WIDTH])
    qtbot.waitUntil(lambda: checklist.width() < TIME_COLUMN_FROM_WIDTH)
    assert checklist.isColumnHidden(TIME_COLUMN)  # the titles get its room
    assert checklist.columnWidth(0) > 100
    checklist.resize(TIME_COLUMN_FROM_WIDTH + 100, checklist.height())
    assert not checklist.isColumnHidden(TIME_COLUMN)


def test_on_a_narrow_pane_every_tab_s_name_stays_in_view(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    viewer = window.viewer
    bar = viewer.tabBar()
    viewer.resize(2000, viewer.height())
    assert not viewer.tabIcon(0).isNull()  # room enough: the icons stay
    viewer.resize(400, viewer.height())
    qtbot.waitUntil(lambda: viewer.tabIcon(0).isNull())
    assert all(viewer.tabIcon(index).isNull() for index in range(viewer.count()))
    needed = sum(bar.tabSizeHint(index).width() for index in range(viewer.count()))
    assert needed <= 400  # no tab behind the scroll arrows
    viewer.resize(2000, viewer.height())
    assert not viewer.tabIcon(4).isNull()


def test_a_long_topic_title_keeps_its_start_and_end_and_its_tooltip_holds_it_whole(
    window: MainWindow,
) -> None:
    long_topic = "python-libraries/python-basics/variables-data-types-loops-conditionals"
    index = window.topic_model.index_of(long_topic)
    title = index.data()
    assert window.checklist.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert title in index.data(Qt.ItemDataRole.ToolTipRole)


def test_statistics_and_review_have_tab_icons_of_their_own(window: MainWindow) -> None:
    viewer = window.viewer
    names = [viewer.tabText(i).replace("&", "") for i in range(viewer.count())]
    viewer.resize(2000, viewer.height())  # room enough for the icons
    icons = {name: viewer.tabIcon(i).cacheKey() for i, name in enumerate(names)}
    assert icons["Statistics"] != icons["Review"]


def test_a_step_with_no_topics_says_so_and_what_to_do_where_the_topics_would_be(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage

    from studytracker.roadmap.model import Roadmap, Step, Topic

    roadmap = Roadmap(
        "bootcamp",
        "Bootcamp",
        steps=(
            Step("week-0", 0, "Week 0: Pre-Work", why="Install the tools."),
            Step("week-1", 1, "Week 1: Basics", topics=(Topic("week-1/loops", "Loops"),)),
        ),
    )
    tracker.roadmaps.import_roadmap(roadmap, activate=True)
    window.roadmap_view.reload()
    window.select_step("week-0")
    checklist = window.checklist
    qtbot.waitUntil(lambda: checklist.model().rowCount() == 0)
    assert "no topics to tick" in checklist.empty_text()
    blank = QImage(checklist.viewport().size(), QImage.Format.Format_RGB32)
    blank.fill(checklist.palette().color(checklist.viewport().backgroundRole()))
    drawn = checklist.viewport().grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    assert drawn != blank  # the line is there
    assert window.viewer.overview.toPlainText().startswith("Week 0: Pre-Work")  # no "Step 0: "


def test_a_list_right_under_a_paragraph_is_a_list_in_the_note_preview_as_in_the_report() -> None:
    """The report draws notes with Qt's CommonMark reader; the preview must read them the same."""
    from PySide6.QtGui import QTextDocument

    note = "Things to read:\n- the pandas guide\n- the polars guide"
    preview = markdown_to_html(note)
    assert "<ul>" in preview and "<li>the pandas guide</li>" in preview
    printed = QTextDocument()
    printed.setMarkdown(note)
    assert printed.toHtml().count("<li") == 2  # the report's reading: a list of two
    code = "```\n- not a list\n```"
    assert "<li>" not in markdown_to_html(code)


def test_a_step_title_too_long_for_one_line_takes_two_and_its_row_grows(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from studytracker.ui.shell.step_delegate import ROW_HEIGHT, TITLE_LINE

    sidebar = window.sidebar
    delegate = sidebar.itemDelegate()
    sidebar.resize(260, sidebar.height())
    qtbot.wait(20)
    model = sidebar.model()
    heights = {row: sidebar.visualRect(model.index(row, 0)).height() for row in range(model.rowCount())}
    maths = window.step_model.row_of("mathematics-machine-learning")
    sql = window.step_model.row_of("sql")
    assert heights[sql] == ROW_HEIGHT
    assert heights[maths] == ROW_HEIGHT + TITLE_LINE
    lines = delegate.title_lines(
        "Mathematics for Machine Learning", sidebar.font(), delegate.title_width(sidebar.viewport().width())
    )
    assert len(lines) == 2 and "…" not in lines[0]
    sidebar.resize(900, sidebar.height())  # wide enough: back to one line
    qtbot.waitUntil(lambda: sidebar.visualRect(model.index(maths, 0)).height() == ROW_HEIGHT)


def test_the_topic_note_waits_for_a_topic_the_learner_chose(
    qtbot, window: MainWindow, tracker: Tracker
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QItemSelectionModel

    window.viewer.show_view("notes")
    topic_note = window.viewer.notes.topic_note
    # Qt makes the first row current when the checklist takes the focus: no choice of the learner's
    first = window.topic_model.index(0, 0)
    window.checklist.selectionModel().setCurrentIndex(first, QItemSelectionModel.SelectionFlag.NoUpdate)
    qtbot.waitUntil(lambda: topic_note.heading.text() != "", timeout=5000)
    assert "choose a topic" in topic_note.heading.text() and not topic_note.editor.isEnabled()
    assert topic_note.editor.placeholderText() == ""  # no invitation to write where nothing can be
    assert window.step_pane.select_topic(NUMPY)  # a click on NumPy
    qtbot.waitUntil(lambda: "NumPy" in topic_note.heading.text(), timeout=5000)
    assert topic_note.editor.isEnabled() and topic_note.editor.placeholderText().startswith(
        "Write in markdown"
    )

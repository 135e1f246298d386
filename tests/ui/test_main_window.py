"""The main window, driven as a learner would: keys, clicks, and what ends up in the database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QUrl
from PySide6.QtGui import QPixmap

from studytracker.store.clock import FixedClock
from studytracker.store.tracker import Tracker
from studytracker.ui.dialogs.session_log import SessionLog
from studytracker.ui.models.step_list import StepRole
from studytracker.ui.models.topic_tree import StatusRole, TopicIdRole
from studytracker.ui.shell.main_window import MainWindow

NUMPY = "python-libraries/libraries/numpy"


def step_row(window: MainWindow, step_id: str):  # type: ignore[no-untyped-def]
    return window.step_model.index(window.step_model.row_of(step_id)).data(StepRole)


def checklist_index(window: MainWindow, topic_id: str) -> QModelIndex:
    index = window.topic_model.index_of(topic_id)
    assert index.isValid(), topic_id
    return index


def test_window_opens_on_the_first_step_with_its_topics(window: MainWindow) -> None:
    assert window.step_model.rowCount() == 13
    assert window.step_id == "python-libraries"
    titles = [window.topic_model.index(r, 0).data() for r in range(window.topic_model.rowCount())]
    assert titles == ["Python Basics", "Libraries"]
    assert "Step 1: Python & Python Libraries" in window.viewer.overview.toPlainText()
    assert "0 of 69 topics done" in window.progress_label.text()


def test_selecting_a_step_fills_the_checklist_and_the_viewer(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    window.sidebar.setCurrentIndex(window.step_model.index(window.step_model.row_of("sql")))
    assert window.step_id == "sql"
    assert window.topic_model.rowCount() == 3
    assert "Step 2: SQL" in window.viewer.overview.toPlainText()
    window.viewer.show_view("resources")
    tree = window.viewer.resources.tree
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "SQL Learning Playlist",
        "Programming with Mosh - SQL Playlist",
    ]


def test_space_ticks_a_topic_and_updates_database_sidebar_and_status_bar(
    qtbot,
    window: MainWindow,
    tracker: Tracker,  # type: ignore[no-untyped-def]
) -> None:
    window.checklist.setFocus()
    window.checklist.setCurrentIndex(checklist_index(window, NUMPY))
    qtbot.keyClick(window.checklist, Qt.Key.Key_Space)
    assert tracker.reads.progress.topic_tree("python-libraries")[1].children[0].status == "done"
    assert checklist_index(window, NUMPY).data(StatusRole) == "done"
    assert checklist_index(window, NUMPY).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert step_row(window, "python-libraries").progress.done == 1
    assert "1 of 69 topics done" in window.progress_label.text()
    qtbot.keyClick(window.checklist, Qt.Key.Key_Space)
    assert tracker.reads.progress.status().overall.done == 0


def test_keys_set_in_progress_and_skipped(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    window.checklist.setCurrentIndex(checklist_index(window, NUMPY))
    qtbot.keyClick(window.checklist, Qt.Key.Key_I)
    assert checklist_index(window, NUMPY).data(StatusRole) == "in-progress"
    parent = checklist_index(window, "python-libraries/libraries")
    assert parent.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.PartiallyChecked
    qtbot.keyClick(window.checklist, Qt.Key.Key_S)
    assert tracker.reads.progress.status().steps[0].progress.skipped == 1
    assert step_row(window, "python-libraries").progress.total == 3


def test_clicking_a_check_box_saves_the_status(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    index = checklist_index(window, "python-libraries/libraries")
    window.topic_model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    libraries = tracker.reads.progress.topic_tree("python-libraries")[1]
    assert libraries.status == "done" and all(c.status == "done" for c in libraries.children)
    assert step_row(window, "python-libraries").progress.done == 3


def test_a_link_goes_to_the_system_browser_only_when_asked(qtbot, window: MainWindow, opened_urls) -> None:  # type: ignore[no-untyped-def]
    assert opened_urls == []  # nothing opened on its own
    window.viewer.show_view("resources")
    resources = window.viewer.resources
    resources.tree.setCurrentItem(resources.tree.topLevelItem(0))
    qtbot.mouseClick(resources.open_button, Qt.MouseButton.LeftButton)
    assert [u.toString() for u in opened_urls] == ["https://docs.python.org/3/tutorial/index.html"]
    window.viewer.show_view("overview")
    window.viewer.overview.anchorClicked.emit(opened_urls[0].__class__("https://www.youtube.com/x"))
    assert opened_urls[-1].toString() == "https://www.youtube.com/x"
    assert window.viewer.overview.source().isEmpty()  # the viewer itself loaded nothing


def test_a_note_typed_and_the_window_closed_at_once_is_saved(
    qtbot,
    tracker: Tracker,
    settings: QSettings,
    opened_urls,  # type: ignore[no-untyped-def]
) -> None:
    window = MainWindow(settings=settings, open_url=opened_urls)
    qtbot.addWidget(window)
    window.attach(tracker)
    window.show()
    window.viewer.show_view("notes")
    window.checklist.setCurrentIndex(checklist_index(window, NUMPY))
    step_editor = window.viewer.notes.step_note.editor
    qtbot.keyClicks(step_editor, "# Plan")
    qtbot.keyClick(step_editor, Qt.Key.Key_Return)
    qtbot.keyClicks(step_editor, "finish numpy")
    qtbot.keyClicks(window.viewer.notes.topic_note.editor, "broadcasting")
    window.close()  # well before the autosave delay
    assert tracker.reads.notes.get(step_id="python-libraries").body == "# Plan\nfinish numpy"  # type: ignore[union-attr]
    assert tracker.reads.notes.get(topic_id=NUMPY).body == "broadcasting"  # type: ignore[union-attr]


def test_a_note_saves_itself_after_typing_stops(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    window.viewer.show_view("notes")
    qtbot.keyClicks(window.viewer.notes.step_note.editor, "**bold** idea")
    assert (
        "<b>bold</b>" in window.viewer.notes.step_note.preview.toHtml()
        or "bold" in window.viewer.notes.step_note.preview.toPlainText()
    )
    qtbot.waitUntil(lambda: tracker.reads.notes.get(step_id="python-libraries") is not None, timeout=3000)
    assert tracker.reads.notes.get(step_id="python-libraries").body == "**bold** idea"  # type: ignore[union-attr]


def test_switching_step_saves_the_note_of_the_step_left(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    window.viewer.show_view("notes")
    qtbot.keyClicks(window.viewer.notes.step_note.editor, "left behind")
    window.select_step("sql")
    assert tracker.reads.notes.get(step_id="python-libraries").body == "left behind"  # type: ignore[union-attr]
    assert window.viewer.notes.step_note.editor.toPlainText() == ""


def make_pdf(path: Path, pages: int) -> None:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        painter.drawText(100, 100, f"page {page + 1}")
    painter.end()


def test_an_attached_pdf_opens_at_the_page_it_was_left_on(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    pdf = tmp_path / "numpy-cheatsheet.pdf"
    make_pdf(pdf, 5)
    original = pdf.read_bytes()
    window.viewer.show_view("resources")
    resources = window.viewer.resources
    resources.tree.setCurrentItem(resources.tree.topLevelItem(0))
    window.step_pane.files.attach_file(pdf)
    [attachment] = tracker.reads.attachments.of_step("python-libraries")
    assert attachment.resource_id == "python-libraries/r/official-python-docs"
    assert Path(attachment.path).read_bytes() == original and pdf.read_bytes() == original
    viewer = resources.viewer
    assert viewer.pdf_document.pageCount() == 5
    viewer.page_box.setValue(4)  # the learner reads on to page 4
    qtbot.waitUntil(
        lambda: tracker.reads.attachments.of_step("python-libraries")[0].last_page == 3, timeout=3000
    )

    window.select_step("sql")
    window.select_step("python-libraries")
    window.viewer.show_view("resources")
    assert resources.select_attachment(attachment.id)
    assert viewer.current_page() == 3
    assert viewer.page_box.value() == 4


def test_an_attached_pdf_reads_in_a_window_of_its_own_or_the_system_viewer(
    qtbot, window: MainWindow, tracker: Tracker, tmp_path: Path, opened_urls
) -> None:  # type: ignore[no-untyped-def]
    from studytracker.ui.step_pane.file_viewer import FileViewer

    pdf = tmp_path / "lecture.pdf"
    make_pdf(pdf, 3)
    window.viewer.show_view("resources")
    resources = window.viewer.resources
    resources.tree.setCurrentItem(resources.tree.topLevelItem(0))
    window.step_pane.files.attach_file(pdf)
    [attachment] = tracker.reads.attachments.of_step("python-libraries")
    viewer = resources.viewer
    assert viewer.window_button.isEnabled() and viewer.system_button.isEnabled()
    qtbot.mouseClick(viewer.window_button, Qt.MouseButton.LeftButton)
    [own] = [w for w in resources.findChildren(FileViewer) if w.isWindow()]
    assert own.isVisible() and own.windowTitle() == "lecture.pdf · StudyTracker"
    assert own.pdf_document.pageCount() == 3 and not own.window_button.isVisible()
    own.page_box.setValue(3)  # read on in the big window: the place is kept as in the tab
    qtbot.waitUntil(
        lambda: tracker.reads.attachments.of_step("python-libraries")[0].last_page == 2, timeout=3000
    )
    qtbot.mouseClick(own.system_button, Qt.MouseButton.LeftButton)
    assert opened_urls[-1] == QUrl.fromLocalFile(attachment.path)
    own.close()


def test_a_markdown_file_attached_to_a_topic_is_shown(
    qtbot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    notes = tmp_path / "summary.md"
    notes.write_text("# Broadcasting\n\nShapes align **from the right**.", encoding="utf-8")
    window.checklist.setCurrentIndex(checklist_index(window, NUMPY))
    window.viewer.resources.tree.setCurrentItem(None)
    window.step_pane.files.attach_file(notes)
    [attachment] = tracker.reads.attachments.of_step("python-libraries")
    assert attachment.topic_id == NUMPY
    shown = window.viewer.resources.viewer.text.toPlainText()
    assert "Broadcasting" in shown and "from the right" in shown


def test_search_jumps_to_a_topic_in_another_step(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dialog = window._search
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.query, "lightgbm")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert window.step_id == "statistical-machine-learning"
    assert not dialog.isVisible()  # it covers nothing of what it found
    current = window.checklist.currentIndex().siblingAtColumn(0)
    assert current.data(TopicIdRole).endswith("/lightgbm")


def test_search_finds_notes_and_resources(qtbot, window: MainWindow, tracker: Tracker) -> None:  # type: ignore[no-untyped-def]
    tracker.notes.save("remember the kaggle titanic set", step_id="projects")
    window.open_search()
    dialog = window._search
    assert dialog is not None
    dialog.query.setText("titanic")
    dialog.run_search()
    assert dialog.results.count() == 1
    dialog.results.itemActivated.emit(dialog.results.item(0))
    assert window.step_id == "projects" and window.viewer.current_view() == "notes"
    dialog.query.setText("statsmodels")
    dialog.run_search()
    dialog.results.itemActivated.emit(dialog.results.item(0))
    assert window.viewer.current_view() == "resources"
    assert window.viewer.resources.current_resource_id().endswith("statsmodels")  # type: ignore[union-attr]


def test_window_remembers_the_last_step_and_layout(qtbot, tracker: Tracker, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(first)
    first.attach(tracker)
    first.show()
    qtbot.waitExposed(first)
    first.select_step("deep-learning")
    first.outer_splitter.setSizes([290, 490])  # the learner widens the sidebar
    sizes = (first.outer_splitter.sizes()[0], first.step_pane.sizes()[0])
    assert sizes[0] == 290
    first.close()
    second = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(second)
    second.attach(tracker)
    second.show()
    qtbot.waitExposed(second)
    assert second.step_id == "deep-learning"
    assert (second.outer_splitter.sizes()[0], second.step_pane.sizes()[0]) == sizes


def test_switching_roadmap_shows_its_steps(
    qtbot, window: MainWindow, tracker: Tracker, other_program: Tracker, sample_roadmaps
) -> None:  # type: ignore[no-untyped-def]
    from studytracker.roadmap.markdown_import import load_roadmap_markdown

    other_program.roadmaps.import_roadmap(load_roadmap_markdown(sample_roadmaps["data-analyst-2026"]))
    assert window.data_watcher.poll()  # another program imported it: the window notices
    assert window.roadmap_box.count() == 2
    row = window.roadmap_box.findData("data-analyst")
    window.roadmap_box.setCurrentIndex(row)
    window.roadmap_box.activated.emit(row)
    assert tracker.reads.roadmaps.active().id == "data-analyst"
    assert window.step_model.rowCount() == 10 and window.step_id == "statistics-data-analysts"


def test_controls_have_accessible_names(window: MainWindow) -> None:
    for widget in (window.sidebar, window.checklist, window.roadmap_box, window.viewer.overview):
        assert widget.accessibleName()


def test_screenshot_command_writes_a_png(tmp_path: Path, data_dir: Path, clock: FixedClock) -> None:
    from studytracker.__main__ import main as run

    out = tmp_path / "window.png"
    code = run(
        ["--data-dir", str(data_dir), "screenshot", "--out", str(out), "--step", "sql", "--view", "resources"]
    )
    assert code == 0
    image = QPixmap(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert run(["--data-dir", str(data_dir), "screenshot", "--out", str(out), "--view", "nope"]) == 2
    assert run(["--data-dir", str(data_dir), "screenshot", "--out", str(out), "--step", "nope"]) == 2


def test_screenshot_takes_a_small_screen_size_and_a_dark_theme(
    qapp, tmp_path: Path, data_dir: Path, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QImage, QPalette

    from studytracker.__main__ import main as run
    from studytracker.ui.shell.theme import apply_theme

    light, dark = tmp_path / "light.png", tmp_path / "dark.png"
    arguments = ["--data-dir", str(data_dir), "screenshot", "--size", "1024x640"]
    try:
        assert run([*arguments, "--out", str(light), "--theme", "light"]) == 0
        assert run([*arguments, "--out", str(dark), "--theme", "dark"]) == 0
    finally:
        apply_theme(qapp, "system")
    assert qapp.palette().color(QPalette.ColorRole.Window).lightness() > 128  # back to the system's

    def mean_lightness(path: Path) -> float:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1024, 640)
        samples = [image.pixelColor(x, y).lightness() for x in range(0, 1024, 16) for y in range(0, 640, 16)]
        return sum(samples) / len(samples)

    assert mean_lightness(light) > 170 and mean_lightness(dark) < 90


def test_the_window_never_opens_larger_than_the_screen(qtbot, tracker: Tracker, settings: QSettings) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QRect

    from studytracker.ui.shell.window_layout import fitted_geometry

    assert fitted_geometry(QRect(0, 0, 2560, 1400)).size().toTuple() == (1280, 800)
    small = fitted_geometry(QRect(0, 0, 1280, 720))
    assert small.size().toTuple() == (1264, 672) and QRect(0, 0, 1280, 720).contains(small)
    # a layout saved on a big screen is not restored on this (800x800) one
    settings.setValue("window/screen", [2560, 1400])
    big = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(big)
    big.setGeometry(0, 0, 2400, 1300)
    settings.setValue("window/geometry", big.saveGeometry())
    window = MainWindow(settings=settings, open_url=lambda _u: True)
    qtbot.addWidget(window)
    available = window.screen().availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() <= available.width() - 16 and window.height() <= available.height() - 48


def test_importing_a_roadmap_from_the_window_shows_what_was_found_first(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    sample_roadmaps,  # type: ignore[no-untyped-def]
) -> None:
    seen = []

    def confirm(roadmap, existing):  # type: ignore[no-untyped-def]
        seen.append((roadmap.id, roadmap.counts(), existing))
        return True

    window.questions.import_roadmap = confirm  # type: ignore[method-assign]
    window.roadmap_flows.import_file(sample_roadmaps["ai-agent-developer-2025-26"])
    qtbot.waitUntil(lambda: window.step_model.rowCount() == 10, timeout=10000)
    assert seen == [("ai-agent-developer", (10, 32, 28), None)]
    assert tracker.reads.roadmaps.active().id == "ai-agent-developer"
    assert window.roadmap_box.currentData() == "ai-agent-developer"


def test_a_declined_import_writes_nothing(
    qtbot, window: MainWindow, tracker: Tracker, sample_roadmaps
) -> None:  # type: ignore[no-untyped-def]
    asked = []
    window.questions.import_roadmap = lambda r, e: asked.append(r) or False  # type: ignore[method-assign]
    window.roadmap_flows.import_file(sample_roadmaps["data-analyst-2026"])
    qtbot.waitUntil(lambda: bool(asked), timeout=10000)
    assert [r.id for r in tracker.reads.roadmaps.all()] == ["machine-learning-engineer"]


def test_a_broken_file_is_reported_and_nothing_imported(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:

    warnings = []
    monkeypatch.setattr(window.questions, "warn", lambda title, message: warnings.append(message))
    broken = tmp_path / "broken.md"
    broken.write_text("# Only a title\n", encoding="utf-8")
    window.questions.import_roadmap = lambda r, e: True  # type: ignore[method-assign]
    window.roadmap_flows.import_file(broken)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "no steps found" in warnings[0]
    assert len(tracker.reads.roadmaps.all()) == 1


def test_removing_the_shown_roadmap_asks_and_can_keep_sessions(
    qtbot,
    window: MainWindow,
    tracker: Tracker,
    other_program: Tracker,
    sample_roadmaps,  # type: ignore[no-untyped-def]
) -> None:
    from studytracker.roadmap.markdown_import import load_roadmap_markdown

    other_program.roadmaps.import_roadmap(load_roadmap_markdown(sample_roadmaps["data-analyst-2026"]))
    other_program.roadmaps.use("data-analyst")
    other_program.study.log("sql", 30)
    assert window.data_watcher.poll()
    window.questions.removal = lambda title, counts: None  # type: ignore[method-assign]  # cancelled
    window.roadmap_flows.remove()
    assert len(tracker.reads.roadmaps.all()) == 2
    window.questions.removal = lambda title, counts: "keep-sessions"  # type: ignore[method-assign]
    window.roadmap_flows.remove()
    assert [r.id for r in tracker.reads.roadmaps.all()] == ["machine-learning-engineer"]
    assert window.step_model.rowCount() == 13
    assert len(tracker.reads.sessions.log()) == 1


def test_search_shows_status_and_step_and_finds_session_notes_and_attached_files(
    qtbot, window: MainWindow, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    numpy = "python-libraries/libraries/numpy"
    tracker.progress.set_status(numpy, "done")
    logged = tracker.study.log("sql", 30, day=date(2026, 10, 2), note="window functions with PARTITION BY")
    cheats = tmp_path / "cheatsheet.md"
    cheats.write_text("# Joins\n\nA LEFT JOIN keeps every row of the left table.\n", encoding="utf-8")
    tracker.attachments.attach(cheats, "sql", topic_id="sql/basics-select-insert-update-delete")
    slides = tmp_path / "Attention slides.pdf"
    slides.write_bytes(b"%PDF-1.4 not searched inside")
    tracker.attachments.attach(slides, "deep-learning", topic_id="deep-learning/architectures")
    window.open_search()
    dialog = window._search
    assert dialog is not None

    def search(text: str) -> list[str]:
        dialog.query.setText(text)
        dialog.run_search()
        return [dialog.results.item(row).text() for row in range(dialog.results.count())]

    [numpy_hit] = [text for text in search("numpy") if text.startswith("NumPy")]
    assert numpy_hit.startswith("NumPy  [done]  ·  Python & Python Libraries")
    [session_hit] = search("partition by")
    assert session_hit.startswith("Session of 02 Oct 2026: SQL") and "PARTITION BY" in session_hit
    [file_hit] = search("left join keeps")
    assert file_hit.startswith("File: cheatsheet.md  ·  SQL")
    assert search("attention slides")[0].startswith("File: Attention slides.pdf")
    assert search("not searched inside") == []  # only markdown and text files are read
    assert dialog.summary.text() == "Nothing found for “not searched inside” in this roadmap"
    search("partition by")
    dialog.results.itemActivated.emit(dialog.results.item(0))
    log = window.findChild(SessionLog)
    assert log is not None and log.selected() is not None
    assert log.selected().id == logged.session.id  # type: ignore[union-attr]
    search("left join keeps")
    dialog.results.itemActivated.emit(dialog.results.item(0))
    assert window.step_id == "sql" and window.viewer.current_view() == "resources"


def test_search_words_its_hits_in_the_learner_s_language_and_reads_files_only_for_real_words(
    qapp, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from studytracker.i18n import install_translator, remove_translator
    from studytracker.ui.dialogs.search import hit_text

    tracker.study.log("sql", 30, day=date(2026, 10, 2), note="window functions")
    notes = tmp_path / "joins.md"
    notes.write_text("A LEFT JOIN keeps every row.", encoding="utf-8")
    tracker.attachments.attach(notes, "sql", topic_id="sql/basics-select-insert-update-delete")
    assert "attachment" not in [
        h.kind for h in tracker.reads.search.find("ke")
    ]  # no file read for two letters
    assert [h.kind for h in tracker.reads.search.find("keeps")] == ["attachment"]
    install_translator(qapp, "es")
    try:
        [file_hit] = tracker.reads.search.find("keeps")
        [session_hit] = [h for h in tracker.reads.search.find("window functions") if h.kind == "session"]
        assert hit_text(file_hit).startswith("Archivo: joins.md")
        assert hit_text(session_hit).startswith("Sesión del 2 de oct de 2026: SQL")
    finally:
        remove_translator(qapp)

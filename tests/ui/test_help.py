"""The Help menu: the guide inside the app, About with the data folder, the folder opened."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence

from studytracker.store.tracker import Tracker
from studytracker.ui.shell.main_window import MainWindow
from tests.ui.conftest import OpenedUrls


def test_the_guide_reads_offline_inside_the_app_on_f1(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.actions_by_name["guide"]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    guide = window.help.guide
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    assert "Ticking topics" in text and "Ctrl+T" in text and "**" not in text  # rendered markdown


def test_about_names_the_data_folder_and_a_menu_item_opens_it(
    window: MainWindow, tracker: Tracker, opened_urls: OpenedUrls
) -> None:
    assert str(tracker.data_dir) in window.help.about_text()
    window.actions_by_name["open_data_folder"].trigger()
    assert opened_urls == [QUrl.fromLocalFile(str(tracker.data_dir))]


def test_every_shortcut_of_the_menus_is_in_the_shortcuts_help(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[str] = []
    monkeypatch.setattr(window.questions, "about", lambda _title, text: shown.append(text))
    window.actions_by_name["shortcuts"].trigger()
    for action in window.actions_by_name.values():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            assert keys in shown[0], action.objectName()
    assert "<b>Space</b></td><td>Tick or untick the topic" in shown[0]


def test_the_guide_is_in_the_window_s_language(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    from studytracker.i18n import install_translator, remove_translator
    from studytracker.ui.shell.help import GuideDialog

    install_translator(qapp, "es")
    try:
        guide = GuideDialog(lambda _url: None)
        qtbot.addWidget(guide)
        text = guide.browser.toPlainText()
        assert "Marcar temas" in text and "Ticking topics" not in text
    finally:
        remove_translator(qapp)  # back to the source English the other tests read
    guide = GuideDialog(lambda _url: None)
    qtbot.addWidget(guide)
    assert "Ticking topics" in guide.browser.toPlainText()


def test_the_keyboard_shortcuts_are_a_table_with_a_key_on_every_row(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from studytracker.ui.shell.actions import shortcut_rows

    rows = shortcut_rows()
    assert rows and all(keys for keys, _what in rows)
    shown: list[str] = []
    monkeypatch.setattr(window.questions, "about", lambda _title, text: shown.append(text))
    window.actions_by_name["shortcuts"].trigger()
    assert shown and shown[0].startswith("<table>") and shown[0].count("<tr>") >= len(rows)

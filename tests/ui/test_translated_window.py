"""The window in the learner's language: Spanish with the Spanish translation installed, English
with the English one (and with none, as every other test runs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from studytracker import i18n
from studytracker.store.tracker import Tracker
from studytracker.ui.dialogs.preferences import PreferencesDialog
from studytracker.ui.shell.main_window import MainWindow


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test; English again (the source texts) afterwards."""

    def use(code: str) -> str:
        return i18n.install_translator(qapp, code)

    yield use
    i18n.remove_translator(qapp)


def _window(qtbot, tracker: Tracker, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings=settings, open_url=lambda _url: True)
    main.questions.close_while_running = lambda: "save"  # type: ignore[method-assign]
    qtbot.addWidget(main)
    main.attach(tracker, interactive=False)
    main.show()
    qtbot.waitExposed(main)
    return main


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.viewer.tabText(index) for index in range(window.viewer.count())]


def test_the_window_speaks_spanish(qtbot, tracker: Tracker, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    assert language("es") == "es"
    window = _window(qtbot, tracker, tmp_path)
    assert menu_titles(window) == ["&Archivo", "&Editar", "E&studio", "&Ir", "A&yuda"]
    assert tab_titles(window) == ["&Resumen", "Re&cursos", "&Notas", "Es&tadísticas", "Re&paso"]
    bar = window.timer_bar
    assert [bar.start_button.text(), bar.pause_button.text(), bar.stop_button.text()] == [
        "Iniciar",
        "Pausar",
        "Detener",
    ]
    assert bar.pomodoro_box.text() == "Pomodoro" and bar.what.text() == "Ninguna sesión en marcha"
    # the status bar: "<roadmap>: 0 de 120 temas terminados (0,0 %) · 0 min de estudio"
    progress = window.progress_label.text()
    assert " temas terminados (0,0 %) · 0 min de estudio" in progress and " de " in progress
    assert window.today_label.text().startswith("Hoy: 0 min de ")
    assert window.actions_by_name["find"].text() == "&Buscar…"
    assert window.actions_by_name["show_statistics"].text() == "Mostrar las estadísticas"
    # the checklist's columns, and the roadmap's own content as written
    model = window.topic_model
    assert [model.headerData(c, window.checklist.header().orientation()) for c in range(3)] == [
        "Tema",
        "Estado",
        "Tiempo",
    ]
    assert window.roadmap_box.currentText() == tracker.reads.progress.status().roadmap.title


def test_the_window_speaks_english_with_english_installed(
    qtbot, tracker: Tracker, tmp_path: Path, language
) -> None:  # type: ignore[no-untyped-def]
    assert language("en") == "en"
    window = _window(qtbot, tracker, tmp_path)
    assert menu_titles(window) == ["&File", "&Edit", "&Study", "&Go", "&Help"]
    assert tab_titles(window) == ["&Overview", "&Resources", "&Notes", "S&tatistics", "Re&view"]
    assert window.timer_bar.start_button.text() == "Start"
    assert " topics done (0.0%) · 0 min studied" in window.progress_label.text()
    assert "(s)" not in window.progress_label.text()


def test_plural_forms_reach_the_status_bar(qtbot, tracker: Tracker, tmp_path: Path, language) -> None:  # type: ignore[no-untyped-def]
    language("es")
    window = _window(qtbot, tracker, tmp_path)
    window.status_bar.show_reviews_due(1)
    assert window.reviews_label.text() == "1 repaso pendiente"
    window.status_bar.show_reviews_due(3)
    assert window.reviews_label.text() == "3 repasos pendientes"


def test_preferences_offer_the_languages_and_keep_the_choice(qtbot, tracker: Tracker, language) -> None:  # type: ignore[no-untyped-def]
    language("es")
    today = tracker.clock.now().date()
    dialog = PreferencesDialog(tracker.reads.settings.preferences(), None, today, language="en")
    qtbot.addWidget(dialog)
    box = dialog.language
    assert [box.itemText(i) for i in range(box.count())] == [
        "Sistema",
        "English",
        "Español",
        "Português (Brasil)",
        "简体中文",
    ]
    assert dialog.chosen_language() == "en"
    box.setCurrentIndex(box.findData("es"))
    assert dialog.chosen_language() == "es"
    box.setCurrentIndex(box.findData("zh_CN"))
    assert dialog.chosen_language() == "zh_CN"
    box.setCurrentIndex(box.findData("es"))
    assert dialog.windowTitle() == "Preferencias"
    assert [dialog.remind_days[i].text() for i in (0, 6)] == ["lun", "dom"]


def test_a_language_chosen_in_preferences_is_kept_for_the_next_start(
    qtbot, window: MainWindow, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from studytracker.ui.dialogs import preferences

    def choose_spanish(dialog: PreferencesDialog) -> int:
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        return PreferencesDialog.DialogCode.Accepted.value

    monkeypatch.setattr(preferences.PreferencesDialog, "exec", choose_spanish)
    window.study.open_preferences()
    assert window.settings.value(i18n.LANGUAGE_KEY) == "es"
    assert i18n.saved_language(window.settings) == "es"
    assert window.statusBar().currentMessage() == "The language changes when StudyTracker starts again"
    assert window.timer_bar.start_button.text() == "Start"  # this run keeps its language


def test_a_database_failure_reads_in_the_learner_s_language(  # type: ignore[no-untyped-def]
    qtbot, tracker: Tracker, tmp_path: Path, language
) -> None:
    import sqlite3

    from studytracker.store.errors import database_failure

    failure = database_failure(
        sqlite3.OperationalError("attempt to write a readonly database"), Path("/d/x.db")
    )
    assert str(failure) == "/d/x.db: the database is read-only (attempt to write a readonly database)"
    language("es")
    window = _window(qtbot, tracker, tmp_path)
    shown: list[str] = []
    window.questions.warn = lambda _title, text: shown.append(text)  # type: ignore[method-assign]

    def fail(_tracker: Tracker) -> None:
        raise failure

    assert window.runner.run("Guardar", fail) is None
    assert shown == ["/d/x.db: la base de datos es de solo lectura (attempt to write a readonly database)"]


def test_a_spanish_window_shows_an_import_refusal_in_spanish(
    qtbot, language, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    language("es")
    main = _window(qtbot, tracker, tmp_path)
    warned: list[tuple[str, str]] = []
    main.questions.warn = lambda title, message: warned.append((title, message))  # type: ignore[method-assign]
    empty = tmp_path / "curso.md"
    empty.write_text("   \n", encoding="utf-8")
    no_steps = tmp_path / "notas.md"
    no_steps.write_text("# Mis notas\n\nSolo texto, sin secciones.\n", encoding="utf-8")
    for path in (empty, no_steps):
        task = main.roadmap_flows.import_file(path)
        assert task is not None
        qtbot.waitUntil(lambda: len(warned) > 0, timeout=10_000)
        title, message = warned.pop()
        assert path.name in message
        assert "el archivo está vacío" in message or "no se encontraron pasos" in message, message


@pytest.mark.parametrize(
    ("code", "menus", "tabs", "start"),
    [
        (
            "pt_BR",
            ["&Arquivo", "&Editar", "E&studo", "&Ir", "Aj&uda"],
            ["Visão &geral", "&Recursos", "&Notas", "Es&tatísticas", "Re&visão"],
            "Iniciar",
        ),
        (
            "zh_CN",
            ["文件(&F)", "编辑(&E)", "学习(&S)", "转到(&G)", "帮助(&H)"],
            ["概览(&O)", "资源(&R)", "笔记(&N)", "统计(&T)", "复习(&V)"],
            "开始",
        ),
    ],
)
def test_the_window_speaks_brazilian_portuguese_and_simplified_chinese(  # type: ignore[no-untyped-def]
    qtbot,
    tracker: Tracker,
    tmp_path: Path,
    language,
    code: str,
    menus: list[str],
    tabs: list[str],
    start: str,
) -> None:
    assert language(code) == code
    window = _window(qtbot, tracker, tmp_path)
    assert menu_titles(window) == menus and tab_titles(window) == tabs
    assert window.timer_bar.start_button.text() == start
    progress = window.progress_label.text()
    assert ("0 de 69 tópicos concluídos" if code == "pt_BR" else "已完成 0/69 个知识点") in progress


def clipped(window: MainWindow) -> list[str]:
    """The visible buttons and one-line labels narrower than their text, in every viewer tab."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for index in range(window.viewer.count()):
        window.viewer.setCurrentIndex(index)
        QApplication.processEvents()
        for widget in [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]:
            if (
                not widget.isVisible()
                or not widget.text()
                or (isinstance(widget, QLabel) and widget.wordWrap())
            ):
                continue
            needed = widget.sizeHint() if isinstance(widget, QAbstractButton) else widget.minimumSizeHint()
            if needed.width() > widget.width() + 1:
                found.append(
                    f"{type(widget).__name__} {widget.text()!r}: {widget.width()} of {needed.width()} px"
                )
    return found


@pytest.mark.parametrize("code", i18n.SHIPPED)
def test_no_label_is_clipped_at_1024_by_640(
    qtbot, tracker: Tracker, tmp_path: Path, language, code: str
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    window = _window(qtbot, tracker, tmp_path)
    window.resize(1024, 640)
    QApplication.processEvents()
    assert clipped(window) == []
    # (the check finds a clipped one)
    window.timer_bar.start_button.setFixedWidth(8)
    assert any(window.timer_bar.start_button.text() in line for line in clipped(window))

"""The translations: every `.ts` file finished and in step with the code, every string the report
draws marked for translation, and the language helpers (choice, plural forms, locale formats)."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date, time
from pathlib import Path

import pytest

from studytracker import i18n
from tools.translations import TRANSLATIONS, sources, ts_files, update

PACKAGE = Path(__file__).resolve().parent.parent / "studytracker"
REPORT_MODULES = sorted((PACKAGE / "report").glob("*.py"))
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")

Message = tuple[str, str, bool]  # (context, source, numerus)


def messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (
            context.findtext("name", ""),
            message.findtext("source", ""),
            message.get("numerus") == "yes",
        ): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def translated_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_the_project_ships_spanish_and_english_plurals() -> None:
    assert {ts.name for ts in ts_files()} >= {"studytracker_es.ts", "studytracker_en.ts"}
    assert set(i18n.SHIPPED) == {ts.stem.removeprefix("studytracker_") for ts in ts_files()}


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_every_entry_is_translated_and_none_is_left_over(ts: Path) -> None:
    unfinished, left_over, empty = [], [], []
    for (context, source, _numerus), message in messages(ts).items():
        kind = (message.find("translation") or ET.Element("translation")).get("type")
        if kind == "unfinished":
            unfinished.append(f"{context}: {source}")
        elif kind in ("obsolete", "vanished"):
            left_over.append(f"{context}: {source}")
        elif not all(form.strip() for form in translated_forms(message)):
            empty.append(f"{context}: {source}")
    assert (unfinished, left_over, empty) == ([], [], [])


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_translations_keep_the_placeholders_and_the_count(ts: Path) -> None:
    wrong = []
    for (context, source, numerus), message in messages(ts).items():
        expected = sorted(PLACEHOLDER.findall(source))
        forms = translated_forms(message)
        if any(sorted(PLACEHOLDER.findall(form)) != expected for form in forms):
            wrong.append(f"{context}: {source}")
        # the plural form (the last) says the count; a singular may say it in words
        if numerus and "%n" in source and "%n" not in forms[-1]:
            wrong.append(f"{context}: {source} (no %n)")
    assert wrong == []


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_ts_files_are_in_step_with_the_code(ts: Path, tmp_path: Path) -> None:
    """pyside6-lupdate run over the code into a copy finds exactly the strings the file holds:
    none marked in the code is missing, none in the file is gone from the code."""
    copy = tmp_path / ts.name
    shutil.copyfile(ts, copy)
    update(copy)
    assert sorted(messages(copy)) == sorted(messages(ts))


@pytest.mark.parametrize("ts", ts_files(), ids=lambda p: p.name)
def test_the_compiled_translations_are_built_from_the_sources(ts: Path) -> None:
    """`make` (setup, test, run) compiles each .ts into the .qm the app loads."""
    qm = ts.with_suffix(".qm")
    assert qm.is_file(), f"{qm.name} missing: run `make translations`"
    assert qm.stat().st_mtime >= ts.stat().st_mtime, (
        f"{qm.name} older than {ts.name}: run `make translations`"
    )


def test_the_english_file_holds_the_plural_forms_only() -> None:
    english = messages(TRANSLATIONS / "studytracker_en.ts")
    spanish = messages(TRANSLATIONS / "studytracker_es.ts")
    assert english and all(numerus for _, _, numerus in english)
    assert set(english) == {key for key in spanish if key[2]}


# --- every string the report draws is marked

#: Calls whose string arguments a reader sees (drawn, set as the PDF's title, laid out).
VISIBLE_CALLS = {"text", "drawText", "draw_text", "section", "chart", "setTitle", "row", "Table"}
#: Words that stay as they are in every language: the product's name.
NOT_WORDS = {"StudyTracker"}
#: A string a reader would read: two letters in a row (not a colour such as "#1d4f91").
WORDS = re.compile(r"[^\W\d_]{2,}")
COLOUR = re.compile(r"#[0-9a-fA-F]{3,8}")


def _is_words(text: str) -> bool:
    return bool(WORDS.search(text)) and not COLOUR.fullmatch(text) and text.strip() not in NOT_WORDS


def _marked(node: ast.AST) -> bool:
    """Inside a `Context.tr(...)` call: `Report.tr("…")`."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "tr"
        and isinstance(node.func.value, ast.Name)
    )


def _unmarked_strings(node: ast.AST) -> list[str]:
    """Words within an argument that no `tr` call wraps (the text of f-strings included)."""
    if _marked(node):
        return []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _is_words(node.value) else []
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _unmarked_strings(child)
    return found


def _call_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def unmarked_in(source: str, filename: str) -> list[str]:
    tree = ast.parse(source, filename)
    found = []
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or _call_name(call) not in VISIBLE_CALLS:
            continue
        for argument in call.args:
            found += [f"{filename}:{call.lineno}: {text!r}" for text in _unmarked_strings(argument)]
    return found


@pytest.mark.parametrize("module", REPORT_MODULES, ids=lambda p: p.name)
def test_every_string_the_report_draws_is_marked(module: Path) -> None:
    assert unmarked_in(module.read_text(encoding="utf-8"), module.name) == []


def test_the_marking_check_finds_an_unmarked_string() -> None:
    code = (
        'pages.text("Progress report", size=20, color="#1d4f91")\n'
        'painter.drawText(rect, 0, f"Week of {day}")\n'
        'section(pages, Report.tr("Steps"), 40)\n'
        'table.row([number, title, Report.tr("{title} (optional)").format(title=title)])\n'
        'pages.text(", ".join(names))\n'
    )
    found = unmarked_in(code, "sample.py")
    assert found == ["sample.py:1: 'Progress report'", "sample.py:2: 'Week of '"]
    assert unmarked_in('pages.text(f"{done}/{total}", color="#555555")', "fine.py") == []


# --- every string the window shows is marked

UI_MODULES = sorted((PACKAGE / "ui").rglob("*.py"))
#: Calls whose string arguments a learner sees, with the positions that hold them (None: all).
#: `emit` counts only as `message.emit` (the status bar); other signals carry ids and statuses.
UI_VISIBLE_CALLS: dict[str, tuple[int, ...] | None] = {
    **dict.fromkeys(
        [
            "setText",
            "setWindowTitle",
            "setToolTip",
            "setTabToolTip",
            "setAccessibleName",
            "setAccessibleDescription",
            "setPlaceholderText",
            "setPrefix",
            "setSuffix",
            "setStatusTip",
            "addItem",
            "addRow",
            "addTab",
            "addAction",
            "addMenu",
            "addButton",
            "setHeaderLabels",
            "QLabel",
            "QPushButton",
            "QCheckBox",
            "QToolBar",
            "QAction",
            "QMenu",
            "QTreeWidgetItem",
            "QListWidgetItem",
            "QProgressDialog",
            "QMessageBox",
            "showMessage",
            "showText",
            "inform",
            "warn",
            "critical",
            "information",
            "warning",
            "question",
            "confirm",
            "choose",
            "whole_number",
            "about",
            "open_file",
            "save_file",
            "getOpenFileName",
            "notify",
            "show_message",
            "emit",
            "run_in_background",
            "BackgroundTask",
            "setHtml",
            "drawText",
            "createUndoAction",
            "createRedoAction",
            "NoteEditor",
        ],
        None,
    ),
    "run": (0,),  # the title; the command is a lambda
    "set_target": (1, 2),  # (kind, id) first: a key
}
#: Not words to translate: the product's name, a paper size, a file type, a time pattern; and
#: "min", written so in every shipped language (`format_minutes`).
UI_NOT_WORDS = ("StudyTracker", "A4", "PDF (*.pdf)", "HH:MM")
UI_NOT_WORDS_WHOLE = {" min", " MB"}  # " MB": as `format_size` writes it in every language
TAG = re.compile(r"<[^>]*>|&\w+;")
FILE_NAME = re.compile(r"[\w-]*\.\w{2,4}")  # "progress-report.pdf", ".pdf"


def _ui_is_words(text: str) -> bool:
    if text in UI_NOT_WORDS_WHOLE:
        return False
    text = TAG.sub(" ", text)
    for allowed in UI_NOT_WORDS:
        text = text.replace(allowed, " ")
    return bool(WORDS.search(text)) and not FILE_NAME.fullmatch(text.strip())


def _ui_unmarked_strings(node: ast.AST) -> list[str]:
    """Words no `tr` call wraps, outside other calls (an icon name, a key), lambdas (commands) and
    comparisons (a condition's key)."""
    if _marked(node) or isinstance(node, ast.Lambda | ast.Compare):
        return []
    if isinstance(node, ast.Call):  # "…".format(…) reads its receiver; other calls own their arguments
        func = node.func
        return _ui_unmarked_strings(func.value) if isinstance(func, ast.Attribute) else []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value] if _ui_is_words(node.value) else []
    found: list[str] = []
    for child in ast.iter_child_nodes(node):
        found += _ui_unmarked_strings(child)
    return found


def ui_unmarked_in(source: str, filename: str) -> list[str]:
    found = []
    for call in ast.walk(ast.parse(source, filename)):
        if not isinstance(call, ast.Call):
            continue
        name = _call_name(call)
        if name not in UI_VISIBLE_CALLS:
            continue
        func = call.func
        if name == "emit" and not (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Attribute)
            and func.value.attr == "message"
        ):
            continue
        positions = UI_VISIBLE_CALLS[name]
        arguments = list(call.args)
        if name == "addItem" and len(arguments) > 1:
            arguments = arguments[:-1]  # the item's data: a key
        for index, argument in enumerate(arguments):
            if positions is None or index in positions:
                found += [f"{filename}:{call.lineno}: {text!r}" for text in _ui_unmarked_strings(argument)]
    return found


@pytest.mark.parametrize("module", UI_MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_string_the_window_shows_is_marked(module: Path) -> None:
    assert ui_unmarked_in(module.read_text(encoding="utf-8"), module.name) == []


def test_the_window_marking_check_finds_an_unmarked_string() -> None:
    code = (
        'self.setWindowTitle("Session log")\n'
        'self.runner.message.emit(f"Saved {time} on {step}", 8000)\n'
        'box.setText("<p><i>" + Review.tr("No notes.") + "</i></p>")\n'
        'self.runner.run("Not saved", lambda tracker: tracker.progress.set_status(topic, "done"))\n'
        'QPushButton(icon("open-external"), Viewer.tr("Open in browser"), self)\n'
        'self.status_requested.emit(topic_id, "done")\n'
        'editor.set_target(("step", step_id), "Notes on the step", "")\n'
        'self.page_size.addItem("A4", "a4")\n'
        'window.setWindowTitle(f"{name} · StudyTracker")\n'
        'self.box.addItem("Letter", "letter")\n'
    )
    assert ui_unmarked_in(code, "sample.py") == [
        "sample.py:1: 'Session log'",
        "sample.py:2: 'Saved '",
        "sample.py:2: ' on '",
        "sample.py:4: 'Not saved'",
        "sample.py:7: 'Notes on the step'",
        "sample.py:10: 'Letter'",
    ]


def test_each_context_is_named_as_lupdate_reads_it() -> None:
    """lupdate takes the name before `.tr` as the context: `Report = Context("Report")`."""
    bindings = []
    for module in sources(PACKAGE):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and _call_name(node.value) == "Context"
            ):
                target = node.targets[0]
                argument = node.value.args[0]
                assert isinstance(target, ast.Name) and isinstance(argument, ast.Constant)
                bindings.append((target.id, argument.value))
    assert bindings and all(name == context for name, context in bindings)


# --- the language and its formats


def test_a_choice_is_system_or_a_shipped_language() -> None:
    assert [i18n.language_choice(v) for v in ("es", "ES", "es-MX", "en_GB", "system", "", None, "xx")] == [
        "es",
        "es",
        "es",
        "en",
        "system",
        "system",
        "system",
        "system",
    ]
    assert i18n.resolve("es") == "es" and i18n.resolve("system") in i18n.SHIPPED
    # Portuguese of any country reads the Brazilian translation, Chinese the Simplified one
    assert [
        i18n.language_choice(v) for v in ("pt_BR", "pt-br", "pt", "pt_PT", "zh_CN", "zh-Hans-CN", "zh")
    ] == [
        "pt_BR",
        "pt_BR",
        "pt_BR",
        "pt_BR",
        "zh_CN",
        "zh_CN",
        "zh_CN",
    ]


def test_the_setting_is_read_from_qsettings(tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "look.ini"), QSettings.Format.IniFormat)
    assert i18n.saved_language(settings) == "system"
    settings.setValue("appearance/language", "es")
    assert i18n.saved_language(settings) == "es"


def test_plural_forms_in_spanish_and_english() -> None:
    streak = "Daily goal {goal} (study on any roadmap counts): current streak %n day(s), longest {longest}."
    report = i18n.Context("Report")
    with i18n.using("es"):
        assert "racha actual: 1 día;" in report.tr(streak, None, 1)
        assert "racha actual: 4 días;" in report.tr(streak, None, 4)
        assert report.tr("Steps") == "Pasos"
    with i18n.using("en"):
        assert "current streak 1 day," in report.tr(streak, None, 1)
        assert "current streak 4 days," in report.tr(streak, None, 4)
    # outside any language: the command line's English, plural forms included
    assert "current streak 4 days," in report.tr(streak, None, 4)
    assert "day(s)" not in report.tr(streak, None, 1)


def test_dates_times_and_numbers_follow_the_locale() -> None:
    day = date(2026, 11, 4)
    spanish, english, fixed = i18n.language("es"), i18n.language("en"), i18n.current()
    assert spanish.long_date(day) == "4 de noviembre de 2026"
    assert spanish.day_name(0) == "lun" and spanish.month_name(1) == "ene"
    assert spanish.number(1234.56, 1) == "1234,6" and spanish.time(time(18, 5)) == "18:05"
    assert english.long_date(day) == "November 4, 2026" and english.time(time(18, 5)).split() == [
        "6:05",
        "PM",
    ]
    # a day and month with no year, nor what belongs to it ("de", "年")
    assert i18n.language("pt_BR").day_month(day) == "4 de nov."
    assert i18n.language("zh_CN").day_month(day) == "11月4日"
    assert i18n.language("zh_CN").long_date(day) == "2026年11月4日"
    # the command line's fixed English, as it always printed
    assert fixed.long_date(day) == "04 November 2026" and fixed.short_date(day) == "Wed 04 Nov 2026"
    assert fixed.number(1234.56, 1) == "1234.6"


def test_a_language_chosen_for_the_report_stays_in_its_thread() -> None:
    import threading

    seen: dict[str, str] = {}

    def elsewhere() -> None:
        seen["other thread"] = i18n.Context("Report").tr("Steps")

    with i18n.using("es"):
        thread = threading.Thread(target=elsewhere)
        thread.start()
        thread.join()
        seen["here"] = i18n.Context("Report").tr("Steps")
    assert seen == {"other thread": "Steps", "here": "Pasos"}


def test_the_command_line_s_fixed_english_loads_no_qt() -> None:
    """`status` and its statistics speak fixed English without Qt: a command starts the faster."""
    import subprocess
    import sys

    code = (
        "import sys; from datetime import date; from studytracker import i18n; "
        "from studytracker.report import stats; "
        "english = i18n.current(); "
        "print(english.translate('Pace', '%n topic(s) done', None, 1), '|', "
        "english.translate('Pace', '%n topic(s) done', None, 3), '|', english.long_date(date(2026, 11, 4)), '|', "
        "english.short_date(date(2026, 11, 24)), '|', 'PySide6.QtCore' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert (
        result.stdout.strip() == "1 topic done | 3 topics done | 04 November 2026 | Tue 24 Nov 2026 | False"
    )

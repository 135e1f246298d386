"""The report in the learner's language, read back from the PDF: Spanish or English headings,
dates and plural forms; `report --lang` over the setting, the setting over the system's language;
the roadmap's own words as written."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from studytracker.report.pdf import ReportOptions, write_report
from studytracker.report.stats import compute_statistics
from studytracker.store.tracker import Tracker
from tests.report.test_report import pdf_text

PROJECT_DIR = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 24)  # the clock fixture's day
SPANISH_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
ENGLISH_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SPANISH_HEADINGS = (
    "Informe de progreso",
    "Progreso general",
    "Pasos",
    "Tiempo de estudio",
    "Minutos por semana, las 16 semanas hasta el final del periodo",
    "Temas terminados a lo largo del tiempo",
    "Retención",
    "Sesiones de estudio",
)
ENGLISH_HEADINGS = (
    "Progress report",
    "Overall progress",
    "Steps",
    "Study time",
    "Minutes per week, the 16 weeks up to the end of the period",
    "Topics done over time",
    "Retention",
    "Study sessions",
)


@pytest.fixture
def gui(qapp):  # type: ignore[no-untyped-def]
    return qapp


def study_days(tracker: Tracker, days: int) -> None:
    """A streak of `days` days up to today, each meeting the daily goal, and a topic done."""
    tracker.settings.update_preferences(streaks_enabled=True)
    tracker.progress.set_status("python-libraries/libraries/numpy", "done")
    tracker.notes.save("Vectorise.", topic_id="python-libraries/libraries/numpy")
    for back in range(days):
        tracker.study.log("sql", 45, day=TODAY - timedelta(days=back), note="joins")
    assert compute_statistics(tracker.reads).current_streak == days


def assert_spanish(text: str) -> None:
    missing = [heading for heading in SPANISH_HEADINGS if heading not in text]
    english = [heading for heading in ENGLISH_HEADINGS if heading in text and heading not in ("Retention",)]
    assert (missing, english) == ([], [])
    assert "page 1 of" not in text and "página 1 de" in text


def assert_english(text: str) -> None:
    missing = [heading for heading in ENGLISH_HEADINGS if heading not in text]
    assert missing == []
    assert "Informe de progreso" not in text and "page 1 of" in text


@pytest.mark.parametrize(("days", "streak"), [(1, "racha actual: 1 día;"), (4, "racha actual: 4 días;")])
def test_a_spanish_report(gui, tracker: Tracker, tmp_path: Path, days: int, streak: str) -> None:  # type: ignore[no-untyped-def]
    study_days(tracker, days)
    out = tmp_path / "informe.pdf"
    write_report(tracker.reads, out, ReportOptions(include_notes=True, language="es"))
    _, text = pdf_text(out)
    assert_spanish(text)
    assert f"elaborado el 24 de noviembre de {TODAY.year}" in text
    assert "1 de 69 temas terminados (1,4 %)" in text
    assert streak in text
    first = TODAY - timedelta(days=days - 1)
    assert (
        f"Periodo: del {first.day} de {SPANISH_MONTHS[first.month - 1]} de {first.year} al 24 de noviembre"
        in text
    )
    assert "mar 24/11/26" in text  # the session's day in the log, the Spanish way
    # the roadmap's own words are shown as written; the report's words around them are Spanish
    assert "Paso 1: Python & Python Libraries › NumPy" in text and "Vectorise." in text
    assert "Additional Language (opcional)" in text


@pytest.mark.parametrize(("days", "streak"), [(1, "current streak 1 day,"), (4, "current streak 4 days,")])
def test_an_english_report(gui, tracker: Tracker, tmp_path: Path, days: int, streak: str) -> None:  # type: ignore[no-untyped-def]
    study_days(tracker, days)
    out = tmp_path / "report.pdf"
    write_report(tracker.reads, out, ReportOptions(include_notes=True, language="en"))
    _, text = pdf_text(out)
    assert_english(text)
    assert "made on November 24, 2026" in text  # English month names, the en locale's order
    assert "1 of 69 topics done (1.4%)" in text and streak in text
    assert "day(s)" not in text and "session(s)" not in text
    assert "Step 1: Python & Python Libraries › NumPy" in text


def run_report(data_dir: Path, out: Path, config: Path, lang: str, *args: str) -> str:
    """The report command in a process of its own (the system language is read at start-up)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("LC_", "LANG"))}
    env.update(LANG=lang, XDG_CONFIG_HOME=str(config), QT_QPA_PLATFORM="offscreen", HOME=str(config))
    command = [sys.executable, "-m", "studytracker", "--data-dir", str(data_dir), "report", "--out", str(out)]
    done = subprocess.run(
        [*command, *args], env=env, cwd=PROJECT_DIR, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(f"wrote {out}: ")  # the command line's own words stay English
    return pdf_text(out)[1]


def test_the_report_follows_the_system_language_and_lang_overrides_it(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data_dir, config = tmp_path / "data", tmp_path / "config"
    today = date.today()
    spanish = run_report(data_dir, tmp_path / "system.pdf", config, "es_ES.UTF-8")
    assert_spanish(spanish)
    assert f"{today.day} de {SPANISH_MONTHS[today.month - 1]} de {today.year}" in spanish
    english = run_report(data_dir, tmp_path / "en.pdf", config, "es_ES.UTF-8", "--lang", "en")
    assert_english(english)
    assert f"{ENGLISH_MONTHS[today.month - 1]} {today.day}, {today.year}" in english
    back = run_report(data_dir, tmp_path / "es.pdf", config, "en_US.UTF-8", "--lang", "es")
    assert_spanish(back)


def test_the_language_setting_wins_over_the_system_language(gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config"
    (config / "StudyTracker").mkdir(parents=True)
    (config / "StudyTracker" / "StudyTracker.conf").write_text(
        "[appearance]\nlanguage=en\n", encoding="utf-8"
    )
    text = run_report(tmp_path / "data", tmp_path / "r.pdf", config, "es_ES.UTF-8")
    assert_english(text)


def test_an_unknown_language_is_bad_usage(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from studytracker.__main__ import main as run

    out = tmp_path / "r.pdf"
    assert run(["--data-dir", str(data_dir), "report", "--out", str(out), "--lang", "tlh"]) == 2
    assert "--lang 'tlh'" in capsys.readouterr().err and not out.exists()


@pytest.mark.parametrize(
    ("code", "title", "done"),
    [
        ("pt_BR", "Relatório de progresso", "1 de 69 tópicos concluídos"),
        ("zh_CN", "进度报告", "69 个知识点中已完成 1 个（1.4%）"),
    ],
)
def test_a_report_in_brazilian_portuguese_and_in_simplified_chinese(  # type: ignore[no-untyped-def]
    gui, tracker: Tracker, tmp_path: Path, code: str, title: str, done: str
) -> None:
    study_days(tracker, 2)
    out = tmp_path / f"report-{code}.pdf"
    write_report(tracker.reads, out, ReportOptions(include_notes=True, language=code))
    _, text = pdf_text(out)  # the text read back: the glyphs are there, not boxes
    assert title in text and done in text, text[:400]
    assert "Progress report" not in text

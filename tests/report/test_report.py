"""The report PDF, read back with QtPdf: pages, step titles, totals equal to the database."""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from studytracker.__main__ import main as run
from studytracker.report.pdf import MAX_SESSION_ROWS, ReportOptions, write_report
from studytracker.report.stats import compute_statistics, cumulative, forecast_completion, weekly_totals
from studytracker.store.records import Progress
from studytracker.store.tracker import Tracker


@pytest.fixture
def gui(qapp):  # type: ignore[no-untyped-def]
    return qapp


def pdf_text(path: Path) -> tuple[int, str]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    pages = document.pageCount()
    document.close()
    return pages, " ".join(text.split())


def test_report_lists_every_step_and_the_database_totals(gui, tracker: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tracker.progress.set_status("python-libraries/libraries/numpy", "done")
    tracker.study.log("python-libraries", 50, day=date(2026, 11, 20), note="broadcasting")
    tracker.study.log("sql", 40, day=date(2026, 11, 23))
    out = tmp_path / "report.pdf"
    result = write_report(tracker.reads, out, ReportOptions(learner_name="Ada Lovelace"))
    pages, text = pdf_text(out)
    assert pages == result.pages >= 2
    for step in tracker.reads.progress.status().steps:
        assert step.title[:40] in text, step.title
    assert "Ada Lovelace" in text
    assert "1 of 69 topics done" in text
    assert "Studied 1 h 30 min in 2 sessions in this period" in text
    assert "broadcasting" in text
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text


def test_an_empty_history_gives_a_sensible_report(gui, tracker: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "empty.pdf"
    write_report(tracker.reads, out)
    _, text = pdf_text(out)
    assert "0 of 69 topics done" in text
    assert "No study sessions in this period." in text
    assert "Too little recent progress to forecast" in text


def test_notes_are_included_on_request(gui, tracker: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tracker.notes.save("Remember: vectorise, never loop.", topic_id="python-libraries/libraries/numpy")
    without, with_notes = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_report(tracker.reads, without)
    write_report(tracker.reads, with_notes, ReportOptions(include_notes=True))
    assert "vectorise" not in pdf_text(without)[1]
    text = pdf_text(with_notes)[1]
    assert "Step 1: Python & Python Libraries › NumPy" in text and "vectorise, never loop" in text


def test_letter_pages_and_a_long_log_break_cleanly(gui, tracker: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start = date(2026, 8, 1)
    for offset in range(90):
        for hour in (8, 12, 18):
            tracker.study.log(
                "sql", 25, day=start + timedelta(days=offset), at=time(hour, 0), note=f"n{offset}-{hour}"
            )
    out = tmp_path / "letter.pdf"
    result = write_report(
        tracker.reads, out, ReportOptions(page_size="letter", date_from=start, date_to=date(2026, 10, 29))
    )
    document = QPdfDocument()
    document.load(str(out))
    size = document.pagePointSize(0)
    assert round(size.width()) == 612 and round(size.height()) == 792  # US Letter
    assert result.sessions == 270 <= MAX_SESSION_ROWS
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    notes = re.findall(r"n(\d+)-(\d+)", text)
    assert len(notes) == 270  # every session row whole, none lost at a page break
    document.close()


def test_report_command_writes_the_pdf_and_refuses_bad_ranges(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    assert run(["--data-dir", str(data_dir), "report", "--out", str(out), "--notes"]) == 0
    assert out.stat().st_size > 1000
    bad = tmp_path / "bad.pdf"
    assert (
        run(
            [
                "--data-dir",
                str(data_dir),
                "report",
                "--out",
                str(bad),
                "--from",
                "2026-11-20",
                "--to",
                "2026-11-01",
            ]
        )
        == 2
    )
    assert not bad.exists()
    assert run(["--data-dir", str(data_dir), "report", "--out", str(tmp_path / "x" / "r.pdf")]) == 2


def test_forecast_needs_enough_recent_progress() -> None:
    today = date(2026, 11, 24)
    few = forecast_completion([today], Progress(1, 10), today)
    assert few.finish is None and "Too little recent progress" in few.explanation
    pace = [today - timedelta(days=d) for d in (1, 5, 9, 13)]  # 4 topics in 28 days: 1 a week
    forecast = forecast_completion(pace, Progress(4, 10), today)
    assert forecast.finish == today + timedelta(days=42) and round(forecast.topics_per_week, 1) == 1.0
    assert forecast_completion(pace, Progress(10, 10), today).explanation == "Every topic is done."


def test_weekly_totals_and_cumulative_counts() -> None:
    today = date(2026, 11, 25)  # a Wednesday
    weeks = weekly_totals({date(2026, 11, 23): 30, date(2026, 11, 25): 15, date(2026, 11, 16): 60}, today, 3)
    assert weeks == [(date(2026, 11, 9), 0), (date(2026, 11, 16), 60), (date(2026, 11, 23), 45)]
    assert cumulative([date(2026, 1, 2), date(2026, 1, 1), date(2026, 1, 2)]) == [
        (date(2026, 1, 1), 1),
        (date(2026, 1, 2), 3),
    ]


def test_statistics_match_the_database(tracker: Tracker) -> None:
    tracker.study.log("sql", 30, day=date(2026, 11, 20))
    tracker.progress.set_status("sql/basics-select-insert-update-delete", "done")
    stats = compute_statistics(tracker.reads)
    assert stats.minutes_by_day == {date(2026, 11, 20): 30}
    assert stats.completed_by_day == [(date(2026, 11, 24), 1)]
    assert sum(m for _, m in stats.weeks) == 30


def test_notes_print_rendered_not_as_markdown_source(gui, tracker: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    note = (
        "# NumPy notes\n\nBroadcasting follows the **trailing dims** rule.\n\n"
        "- shapes align from the right\n- a dimension of 1 stretches\n\n"
        "```python\nx = np.ones((3, 1)) + np.ones(4)\n```\n\n![diagram](/etc/passwd)\n"
    )
    tracker.notes.save(note, topic_id="python-libraries/libraries/numpy")
    out = tmp_path / "notes.pdf"
    write_report(tracker.reads, out, ReportOptions(include_notes=True))
    _, text = pdf_text(out)
    assert "NumPy notes" in text and "# NumPy" not in text
    assert "trailing dims rule" in text and "**" not in text
    assert "shapes align from the right" in text
    assert "x = np.ones((3, 1)) + np.ones(4)" in text and "```" not in text


def test_a_long_note_breaks_across_pages_without_losing_a_line(gui, tracker: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    lines = [f"- point number {n} of the long note" for n in range(1, 181)]
    tracker.notes.save("\n".join(lines), step_id="sql")
    out = tmp_path / "long.pdf"
    write_report(tracker.reads, out, ReportOptions(include_notes=True))
    pages, text = pdf_text(out)
    assert pages >= 3
    for n in range(1, 181):  # each line once: none drawn again, out of sight, on the next page
        assert text.count(f"point number {n} of the long note") == 1, n


def test_the_summary_reads_as_a_mentor_would_read_it(gui, tracker: Tracker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    tracker.study.start("sql", source="timer")
    tracker.clock.advance(seconds=20)  # type: ignore[attr-defined]
    tracker.study.stop()  # a 0-minute session: left out of the report
    tracker.study.log("python-libraries", 40, day=date(2026, 11, 20))
    out = tmp_path / "summary.pdf"
    write_report(tracker.reads, out)
    _, text = pdf_text(out)
    assert "Studied 40 min in 1 session in this period" in text
    assert re.search(r"in the required steps 0 of \d+ topics", text)
    assert "day(s)" not in text and "topic(s)" not in text
    session_table = text.split("Study sessions", 1)[1]
    assert "Python & Python Libraries" in session_table and "SQL" not in session_table


def test_a_note_of_megabytes_prints_its_first_pages_and_says_where_the_rest_is(
    gui, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    paragraphs = [f"Paragraph {n}: what I learned about window functions today." for n in range(1, 80_001)]
    tracker.notes.save("\n\n".join(paragraphs), step_id="sql")
    out = tmp_path / "huge.pdf"
    write_report(tracker.reads, out, ReportOptions(include_notes=True))
    pages, text = pdf_text(out)
    assert pages < 15, pages  # not the 700 pages of the whole note
    assert "Paragraph 1: what" in text and "Paragraph 80000" not in text
    shown = max(n for n in range(1, 80_001) if f"Paragraph {n}:" in text)
    assert f"Paragraph {shown}: what I learned about window functions today." in text  # a whole paragraph
    left_out = len("\n\n".join(paragraphs[shown:])) + 2
    assert f"The rest of this note, {left_out:,} more characters, is in StudyTracker's Notes tab." in text


def test_a_cut_note_closes_the_code_block_it_was_cut_in() -> None:
    from studytracker.report.pdf import NOTE_CHARACTERS_IN_REPORT, note_for_report

    body = "Intro\n\n```python\n" + "x = 1\n" * NOTE_CHARACTERS_IN_REPORT + "```\n"
    shown, left_out = note_for_report(body)
    assert shown.endswith("\n```") and shown.count("```") == 2
    assert left_out > 0 and len(shown) <= NOTE_CHARACTERS_IN_REPORT + 4
    assert note_for_report("short") == ("short", 0)


def test_a_report_written_in_a_worker_thread_leaves_nothing_for_another_thread_to_free(
    gui, tracker: Tracker, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The window writes a report on a worker thread: its text documents must go there too, not
    to the cycle collector in the window's thread (where Qt says "QBasicTimer::stop: Failed")."""
    import gc

    from PySide6.QtCore import QRunnable, QThreadPool, qInstallMessageHandler

    tracker.notes.save("# Notes\n\n" + "\n\n".join(f"paragraph {n}" for n in range(200)), step_id="sql")
    heard: list[str] = []

    class Job(QRunnable):
        def run(self) -> None:
            write_report(tracker.reads, tmp_path / "r.pdf", ReportOptions(include_notes=True))

    previous = qInstallMessageHandler(lambda _kind, _context, message: heard.append(message))
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        job = Job()
        job.setAutoDelete(False)
        QThreadPool.globalInstance().start(job)
        QThreadPool.globalInstance().waitForDone()
        gc.collect()  # what the window's thread would do, some time later
    finally:
        if was_enabled:
            gc.enable()
        qInstallMessageHandler(previous)
    assert (tmp_path / "r.pdf").stat().st_size > 0
    assert not [message for message in heard if "QBasicTimer" in message], heard

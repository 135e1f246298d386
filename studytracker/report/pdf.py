"""The progress report PDF, drawn with QPdfWriter and QPainter (no screen, no extra dependency).

Layout runs once into a list of pages of drawing operations, so that each page can say
"page N of M", and rows are never split across pages: a row that does not fit starts a new page.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter

from studytracker.formatting import format_minutes, names_its_number
from studytracker.i18n import Context, Language, application_language, current, saved_language, using
from studytracker.report.charts import (
    ChartColors,
    draw_completion_line,
    draw_heatmap,
    draw_step_bars,
    draw_week_bars,
)
from studytracker.report.page_layout import (
    PAGE_SIZES,
    Pages,
    Table,
    chart,
    markdown,
    paint_pages,
    pdf_pages,
    progress_bar,
    section,
)
from studytracker.report.stats import compute_statistics, cumulative, weekly_totals
from studytracker.store.policy import LEARNER_NAME_KEY, PAGE_SIZE_KEY
from studytracker.store.whole_files import write_whole

if TYPE_CHECKING:
    from studytracker.store.reads import Reads
    from studytracker.store.records import SessionView, StepSummary

#: Above this many sessions in the period, the log shows one line per day instead.
MAX_SESSION_ROWS = 400

#: The strings of this module, for pyside6-lupdate and Qt's translators.
Report = Context("Report")
#: The weeks the report's weekly chart shows.
REPORT_WEEKS = 16


@dataclass(frozen=True)
class ReportOptions:
    date_from: date | None = None  # default: the first day with a session (or today)
    date_to: date | None = None  # default: today
    include_notes: bool = False
    learner_name: str | None = None  # default: the learner's setting
    page_size: str | None = None  # "a4" or "letter"; default: the learner's setting, else A4
    #: "system", "en", "es"; default: the window's language, else the setting (LANGUAGE_KEY)
    language: str | None = None


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sessions: int
    date_from: date
    date_to: date


def _default_range(reads: Reads, options: ReportOptions) -> tuple[date, date]:
    today = reads.clock.now().date()
    date_to = options.date_to or today
    if options.date_from:
        date_from = options.date_from
    else:
        days = reads.plan.minutes_by_day(None, date_to)
        date_from = min(days) if days else date_to
    return date_from, date_to


def report_language(options: ReportOptions) -> str:
    """The report's language choice: the option, else the window's language, else the learner's
    setting (QSettings LANGUAGE_KEY, "system" when unset)."""
    return options.language or application_language() or saved_language()


def write_report(data: Reads, out: Path, options: ReportOptions | None = None) -> ReportResult:
    """Write the report for the active roadmap to `out` (atomically: a failure leaves no file),
    from one snapshot of the data, in the report's language (`report_language`)."""
    options = options or ReportOptions()
    with using(report_language(options)) as language, data.snapshot() as reads:
        return _write_report(reads, out, options, language)


def _write_report(reads: Reads, out: Path, options: ReportOptions, lang: Language) -> ReportResult:
    date_from, date_to = _default_range(reads, options)
    if date_from > date_to:
        raise ValueError(f"--from {date_from} is after --to {date_to}")
    page_key = (options.page_size or reads.settings.value(PAGE_SIZE_KEY) or "a4").lower()
    if page_key not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_key!r}: use A4 or Letter")
    name = (
        options.learner_name
        if options.learner_name is not None
        else reads.settings.value(LEARNER_NAME_KEY, "") or ""
    )

    stats = compute_statistics(reads, all_roadmaps=False)
    status = reads.progress.status()
    # This roadmap's sessions; one that came to under a minute says nothing to a mentor.
    sessions = [
        s
        for s in reads.sessions.log(date_from, date_to)
        if s.roadmap_id == status.roadmap.id and s.minutes > 0
    ]
    minutes_in_range = sum(s.minutes for s in sessions)
    by_step: dict[str, int] = defaultdict(int)
    for session in sessions:
        by_step[session.step_id] += session.minutes

    page_count = 0

    def paint(pdf: Path) -> None:
        nonlocal page_count
        pages = pdf_pages(
            pdf, Report.tr("Progress report: {roadmap}").format(roadmap=status.roadmap.title), page_key
        )

        # --- title and summary
        pages.text(Report.tr("Progress report"), size=20, bold=True, color="#1d4f91", gap=2)
        edition = status.roadmap.edition
        edition = f" ({edition})" if edition and edition not in status.roadmap.title else ""
        pages.text(f"{status.roadmap.title}{edition}", size=12.5, bold=True, gap=2)
        if name:
            pages.text(Report.tr("Learner: {name}").format(name=name), size=10.5, gap=1)
        period = Report.tr("Period: {first} to {last} · made on {today}")
        pages.text(
            period.format(
                first=lang.long_date(date_from),
                last=lang.long_date(date_to),
                today=lang.long_date(stats.today),
            ),
            size=9.5,
            color="#555555",
        )
        overall, required = status.overall, status.required
        section(pages, Report.tr("Overall progress"), pages.points(40))
        done = Report.tr("{done} of %n topic(s) done ({percent}%)", None, overall.total)
        skipped = Report.tr(", %n skipped", None, overall.skipped) if overall.skipped else ""
        in_required = Report.tr(
            "; in the required steps {done} of %n topic(s) ({percent}%).", None, required.total
        )
        pages.text(
            done.format(done=overall.done, percent=lang.number(overall.percent, 1))
            + skipped
            + in_required.format(done=required.done, percent=lang.number(required.percent, 1)),
            size=10.5,
        )
        studied = Report.tr(
            "Studied {time} in %n session(s) in this period; {total} in all.", None, len(sessions)
        )
        pages.text(
            studied.format(time=format_minutes(minutes_in_range), total=format_minutes(status.minutes_total)),
            size=10.5,
        )
        if stats.streaks_enabled:
            goal = Report.tr(
                "Daily goal {goal} (study on any roadmap counts): current streak %n day(s), "
                "longest {longest}.",
                None,
                stats.current_streak,
            ).format(goal=format_minutes(stats.goal_minutes), longest=stats.longest_streak)
        else:
            goal = Report.tr("Daily goal {goal}.").format(goal=format_minutes(stats.goal_minutes))
        pages.text(goal, size=10.5)
        pages.text(stats.forecast.explanation, size=10.5)
        if stats.plan.target:
            pages.text(stats.plan.explanation, size=10.5)
        progress_bar(pages, overall.done, overall.total)

        # --- steps
        section(pages, Report.tr("Steps"), pages.points(40))
        table = Table(
            pages,
            [
                ("#", 0.05, False),
                (Report.tr("Step"), STEP_TITLE_SHARE, False),
                (Report.tr("Progress"), PROGRESS_BAR_SHARE, False),
                (Report.tr("Done"), 0.1, True),
                (Report.tr("In period"), 0.1, True),
                (Report.tr("In all"), 0.1, True),
            ],
        )
        table.header()
        bar_left = pages.width * (0.05 + STEP_TITLE_SHARE) + 4
        bar_width = pages.width * PROGRESS_BAR_SHARE - 8
        for index, step in enumerate(status.steps):
            progress = step.progress
            fraction = progress.done / progress.total if progress.total else 0.0

            def bar(painter: QPainter, top: float, fraction: float = fraction) -> None:
                height = table.row_height * 0.38
                y = top + (table.row_height - height) / 2
                painter.fillRect(QRectF(bar_left, y, bar_width, height), QColor("#e3e7ee"))
                painter.fillRect(QRectF(bar_left, y, bar_width * fraction, height), QColor("#2d6fb8"))

            number = str(step.number) if step.number is not None else "–"
            title = Report.tr("{title} (optional)").format(title=step.title) if step.optional else step.title
            table.row(
                [
                    number,
                    title,
                    "",
                    f"{progress.done}/{progress.total}",
                    format_minutes(by_step.get(step.id, 0)),
                    format_minutes(step.minutes),
                ],
                extra=bar,
                shaded=index % 2 == 1,
            )

        # --- charts
        colors = ChartColors.for_print()
        period_days = reads.plan.minutes_by_day(
            max(date_from, date_to - timedelta(days=370)), date_to, roadmap_id=status.roadmap.id
        )
        section(pages, Report.tr("Study time"), pages.points(120))
        chart(
            pages,
            Report.tr("Minutes per day, the year up to the end of the period"),
            95,
            lambda p, r: draw_heatmap(p, r, period_days, date_to, stats.goal_minutes, colors),
        )
        weeks = weekly_totals(period_days, date_to, REPORT_WEEKS)
        chart(
            pages,
            Report.tr("Minutes per week, the %n week(s) up to the end of the period", None, REPORT_WEEKS),
            110,
            lambda p, r: draw_week_bars(p, r, weeks, colors),
        )
        steps_height = 12.5 * len(status.steps) + 4
        chart(
            pages,
            Report.tr("Time per step, in all"),
            steps_height,
            lambda p, r: draw_step_bars(p, r, status.steps, colors),
        )
        completions = cumulative([d for d in reads.progress.completion_dates() if d <= date_to])
        chart(
            pages,
            Report.tr("Topics done over time"),
            110,
            lambda p, r: draw_completion_line(p, r, completions, overall.total, date_to, colors),
        )

        # --- spaced review
        section(pages, Report.tr("Retention"), pages.points(40))
        reviews = reads.reviews.done(date_from, date_to)
        on_time = sum(1 for review in reviews if review.on_time)
        pages.text(
            Report.tr(
                "%n review(s) of finished topics in this period, {on_time} of them on time.",
                None,
                len(reviews),
            ).format(on_time=on_time)
            if reviews
            else Report.tr("No reviews of finished topics in this period."),
            size=10.5,
        )
        retention = stats.retention
        pages.text(
            Report.tr(
                "Retention now: an estimated {percent}% of the finished topics are still remembered "
                "(the mean recall chance the review scheduler gives).",
            ).format(percent=lang.number(retention * 100))
            if retention is not None
            else Report.tr("Retention now: no topic finished yet."),
            size=10.5,
        )

        # --- sessions
        section(pages, Report.tr("Study sessions"), pages.points(40))
        _session_log(pages, sessions, lang)

        # --- notes
        if options.include_notes:
            _notes(pages, reads, status.steps)

        page_count = len(pages.pages)

        def footer(page: int, total: int) -> str:
            return Report.tr("{roadmap} · page {page} of {pages}").format(
                roadmap=status.roadmap.title, page=lang.number(page), pages=lang.number(total)
            )

        paint_pages(pages, footer, out)  # the painter's end completes the file

    write_whole(out, paint)  # checked whole (its %%EOF) before it replaces anything
    return ReportResult(out, page_count, len(sessions), date_from, date_to)


def _session_log(pages: Pages, sessions: list[SessionView], lang: Language) -> None:
    if not sessions:
        pages.text(Report.tr("No study sessions in this period."), size=10)
        return
    if len(sessions) > MAX_SESSION_ROWS:
        pages.text(
            Report.tr(
                "%n session(s) in this period, shown one line per day; a shorter period (--from, --to) "
                "lists each session.",
                None,
                len(sessions),
            ),
            size=9.5,
            color="#555555",
        )
        per_day: dict[date, list[SessionView]] = defaultdict(list)
        for session in sessions:
            per_day[session.start.date()].append(session)
        table = Table(
            pages,
            [
                (Report.tr("Day"), 0.2, False),
                (Report.tr("Sessions"), 0.12, True),
                (Report.tr("Minutes"), 0.12, True),
                (Report.tr("Steps"), 0.56, False),
            ],
        )
        table.header()
        for index, (day, items) in enumerate(sorted(per_day.items())):
            steps = ", ".join(dict.fromkeys(s.step_title for s in items))
            table.row(
                [
                    lang.short_date(day),
                    lang.number(len(items)),
                    lang.number(sum(s.minutes for s in items)),
                    steps,
                ],
                shaded=index % 2 == 1,
            )
        return
    table = Table(
        pages,
        [
            (Report.tr("Day"), 0.17, False),
            (Report.tr("Time"), 0.16, False),
            (Report.tr("Minutes"), 0.1, True),
            (Report.tr("Step"), 0.29, False),
            (Report.tr("Note"), 0.28, False),
        ],
    )
    table.header()
    running = Report.tr("running")
    for index, session in enumerate(sessions):
        end = lang.time(session.end) if session.end else running
        topic = f" › {session.topic_title}" if session.topic_title else ""
        table.row(
            [
                lang.short_date(session.start.date()),
                f"{lang.time(session.start)}–{end}",
                lang.number(session.minutes),
                session.step_title + topic,
                session.note,
            ],
            shaded=index % 2 == 1,
        )


def _notes(pages: Pages, reads: Reads, steps: tuple[StepSummary, ...]) -> None:
    section(pages, Report.tr("Notes"), pages.points(30))
    notes = reads.notes.of_roadmap()
    if not notes:
        pages.text(Report.tr("No notes yet."), size=10)
        return
    # The store names a numbered step "Step N: title"; the report says it in its own language.
    numbered = {
        f"Step {step.number}: {step.title}": Report.tr("Step {number}: {title}").format(
            number=step.number, title=step.title
        )
        for step in steps
        if step.number is not None and not names_its_number(step.title, step.number)
    }
    for heading, body in notes:
        step, mark, topic = heading.partition(" › ")
        pages.space(4)
        pages.text(numbered.get(step, step) + mark + topic, size=10.5, bold=True, gap=2)
        shown, left_out = note_for_report(body.strip())
        markdown(pages, shown)
        if left_out:
            pages.text(
                Report.tr(
                    "The rest of this note, {count} more characters, is in StudyTracker's Notes tab."
                ).format(count=current().number(left_out)),
                size=9,
                color="#555555",
            )


#: The steps table's shares of the page width for the step's title and its progress bar: the
#: title takes what the numbers leave ("Additional Skills (Mandatory for GenAI-LLMs Domain)").
STEP_TITLE_SHARE, PROGRESS_BAR_SHARE = 0.5, 0.15
#: The characters of one note the report prints (a few pages): a note of megabytes would be
#: hundreds of pages, and minutes of work, that nobody reading a progress report wants.
NOTE_CHARACTERS_IN_REPORT = 12_000


def note_for_report(body: str) -> tuple[str, int]:
    """The part of a note the report prints (whole, or cut at a paragraph's end, with a code
    block left open closed again) and how many characters are left out."""
    if len(body) <= NOTE_CHARACTERS_IN_REPORT:
        return body, 0
    cut = body.rfind("\n\n", 0, NOTE_CHARACTERS_IN_REPORT)
    if cut < NOTE_CHARACTERS_IN_REPORT // 2:
        cut = body.rfind("\n", 0, NOTE_CHARACTERS_IN_REPORT)
    if cut < NOTE_CHARACTERS_IN_REPORT // 2:
        cut = NOTE_CHARACTERS_IN_REPORT
    shown = body[:cut].rstrip()
    if sum(line.lstrip().startswith("```") for line in shown.splitlines()) % 2:
        shown += "\n```"
    return shown, len(body) - cut

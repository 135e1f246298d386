"""The cohort report PDF: a mentor's view of every learner of a cohort, with the look of the
learner's own report (same pages, tables and colours) and in the mentor's language; landscape,
as its tables are wide."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from studytracker.formatting import format_minutes
from studytracker.i18n import Context, Language, using
from studytracker.report.charts import ChartColors
from studytracker.report.page_layout import (
    PAGE_SIZES,
    Pages,
    Table,
    chart,
    draw_text,
    markdown,
    paint_pages,
    pdf_pages,
    section,
)
from studytracker.store.whole_files import write_whole

if TYPE_CHECKING:
    from studytracker.report.cohort import CohortFigures, LearnerFigures

#: The strings of this module, for pyside6-lupdate and Qt's translators.
CohortReport = Context("CohortReport")
#: Learners in one block of the steps × learners chart (a page's width).
LEARNERS_PER_BLOCK = 45
NOT_SHARED = "–"


def write_cohort_report(figures: CohortFigures, out: Path, language: str, page_size: str = "a4") -> int:
    """Write the cohort report to `out` (whole or not at all); the number of pages."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"unknown page size {page_size!r}: use A4 or Letter")
    page_count = 0

    def paint(pdf: Path) -> None:
        nonlocal page_count
        with using(language) as lang:
            title = CohortReport.tr("Cohort report: {cohort}").format(cohort=figures.cohort.name)
            pages = pdf_pages(pdf, title, page_size, landscape=True)
            _lay_out(pages, figures, lang)
            page_count = len(pages.pages)

            def footer(page: int, total: int) -> str:
                return CohortReport.tr("{cohort} · page {page} of {pages}").format(
                    cohort=figures.cohort.name, page=lang.number(page), pages=lang.number(total)
                )

            paint_pages(pages, footer, out)

    write_whole(out, paint)
    return page_count


def _minutes(value: float | None) -> str:
    return NOT_SHARED if value is None else format_minutes(round(value))


def _lay_out(pages: Pages, figures: CohortFigures, lang: Language) -> None:
    cohort = figures.cohort
    pages.text(CohortReport.tr("Cohort report"), size=20, bold=True, color="#1d4f91", gap=2)
    pages.text(figures.roadmap_title, size=12.5, bold=True, gap=2)
    pages.text(CohortReport.tr("Cohort: {name}").format(name=cohort.name), size=10.5, gap=1)
    target = (
        CohortReport.tr("Target date: {day}").format(day=lang.long_date(cohort.target))
        if cohort.target
        else CohortReport.tr("No target date.")
    )
    made = CohortReport.tr("Made on {today}").format(today=lang.long_date(figures.today))
    pages.text(f"{target} · {made}", size=9.5, color="#555555")

    learners = figures.learners
    section(pages, CohortReport.tr("The cohort"), pages.points(40))
    joined = sum(1 for row in learners if row.joined)
    pages.text(
        CohortReport.tr("%n learner(s), {joined} of them joined.", None, len(learners)).format(joined=joined),
        size=10.5,
    )
    average = figures.average_percent
    pages.text(
        CohortReport.tr(
            "Average progress {percent}%; average study time {week} this week and {month} this month."
        ).format(
            percent=lang.number(average, 1) if average is not None else NOT_SHARED,
            week=_minutes(figures.average_week),
            month=_minutes(figures.average_month),
        ),
        size=10.5,
    )
    pages.text(
        CohortReport.tr(
            "Each learner's figures are as their own StudyTracker showed them at their last sync; "
            "a dash is something they do not share (a streak, only learners who show streaks)."
        ),
        size=9,
        color="#555555",
    )

    section(pages, CohortReport.tr("Learners"), pages.points(40))
    table = Table(
        pages,
        [
            (CohortReport.tr("Learner"), 0.18, False),
            (CohortReport.tr("Progress"), 0.08, True),
            (CohortReport.tr("Week"), 0.09, True),
            (CohortReport.tr("Month"), 0.1, True),
            (CohortReport.tr("Streak"), 0.06, True),
            (CohortReport.tr("Last active"), 0.11, False),
            (CohortReport.tr("Stuck"), 0.08, True),
            (CohortReport.tr("Overdue"), 0.08, True),
            (CohortReport.tr("Forecast"), 0.22, False),
        ],
        size=8,
    )
    table.header()
    for index, row in enumerate(learners):
        table.row(learner_cells(row, lang), shaded=index % 2 == 1)

    section(pages, CohortReport.tr("Where learners are stuck"), pages.points(30))
    stuck = figures.stuck_steps()
    if not stuck:
        pages.text(CohortReport.tr("No topic has been in progress for more than 14 days."), size=10)
    for title, count in stuck:
        pages.text(CohortReport.tr("{step}: %n learner(s)", None, count).format(step=title), size=10)

    _steps_by_learners(pages, figures)
    _shared_notes(pages, figures)


def learner_cells(row: LearnerFigures, lang: Language) -> list[str]:
    if row.forecast is None:
        forecast = NOT_SHARED
    elif row.on_track is None:
        forecast = lang.short_date(row.forecast)
    elif row.on_track:
        forecast = CohortReport.tr("{day}, on track").format(day=lang.short_date(row.forecast))
    else:
        forecast = CohortReport.tr("{day}, late").format(day=lang.short_date(row.forecast))
    name = row.name if row.joined else CohortReport.tr("{name} (not joined)").format(name=row.name)
    return [
        name,
        f"{lang.number(row.progress.percent, 1)}%" if row.progress else NOT_SHARED,
        _minutes(row.minutes_week),
        _minutes(row.minutes_month),
        lang.number(row.streak) if row.streak is not None else NOT_SHARED,
        lang.short_date(row.last_active.date()) if row.last_active else NOT_SHARED,
        lang.number(len(row.stuck)) if row.stuck is not None else NOT_SHARED,
        lang.number(row.reviews_overdue) if row.reviews_overdue is not None else NOT_SHARED,
        forecast,
    ]


def _steps_by_learners(pages: Pages, figures: CohortFigures) -> None:
    """A grid per block of learners: a row per step, a column per learner, each cell shaded by
    the share of the step's topics the learner has done."""
    sharing = [row for row in figures.learners if row.step_percent]
    section(pages, CohortReport.tr("Steps × learners"), pages.points(60))
    if not sharing or not figures.steps:
        pages.text(CohortReport.tr("No learner shares their progress yet."), size=10)
        return
    pages.text(
        CohortReport.tr(
            "The darker a cell, the more of the step the learner has done: none, up to a quarter, "
            "a half, three quarters, or all of it."
        ),
        size=9,
        color="#555555",
    )
    colors = ChartColors.for_print()
    for start in range(0, len(sharing), LEARNERS_PER_BLOCK):
        block = sharing[start : start + LEARNERS_PER_BLOCK]
        height = 11 * len(figures.steps) + 70
        chart(
            pages,
            CohortReport.tr("Share of each step done, learners {first} to {last}").format(
                first=start + 1, last=start + len(block)
            ),
            height,
            lambda painter, rect, block=block: _draw_grid(painter, rect, figures, block, colors),  # type: ignore[misc]
        )


def _draw_grid(
    painter: QPainter, rect: QRectF, figures: CohortFigures, block: list[LearnerFigures], colors: ChartColors
) -> None:
    font = painter.font()
    font.setPointSizeF(font.pointSizeF() * 0.75)
    painter.setFont(font)
    metrics = painter.fontMetrics()
    longest = max((metrics.horizontalAdvance(row.name) for row in block), default=0)
    label_width, names_height = rect.width() * 0.3, min(longest + 8, metrics.height() * 6)
    cell_width = min((rect.width() - label_width) / max(len(block), 1), rect.width() * 0.06)
    cell_height = (rect.height() - names_height) / max(len(figures.steps), 1)
    text_color = colors.text.name()
    for column, row in enumerate(block):  # the names, turned a quarter to fit over their column
        painter.save()
        painter.translate(rect.left() + label_width + (column + 0.5) * cell_width, rect.top() + names_height)
        painter.rotate(-90)
        painter.setPen(colors.text)
        painter.drawText(
            QRectF(2, -cell_width / 2, names_height - 4, cell_width),
            int(Qt.AlignmentFlag.AlignVCenter),
            row.name,
        )
        painter.restore()
    for line, (step_id, title) in enumerate(figures.steps):
        top = rect.top() + names_height + line * cell_height
        draw_text(painter, font, text_color, QRectF(rect.left(), top, label_width - 4, cell_height), title)
        for column, row in enumerate(block):
            percent = row.step_percent.get(step_id, 0.0)
            level = 0 if percent <= 0 else min(4, 1 + int(percent // 25.01))
            cell = QRectF(
                rect.left() + label_width + column * cell_width, top, cell_width - 1, cell_height - 1
            )
            painter.fillRect(cell, colors.shade(level) if level else QColor(colors.empty))


def _shared_notes(pages: Pages, figures: CohortFigures) -> None:
    """The notes learners chose to share, each under its step (and topic)."""
    sharing = [row for row in figures.learners if row.notes]
    if not sharing:
        return
    section(pages, CohortReport.tr("Shared notes"), pages.points(30))
    for row in sharing:
        pages.space(4)
        pages.text(row.name, size=11.5, bold=True, color="#1d4f91", gap=2)
        for _step, _topic, heading, body in row.notes:
            pages.text(heading, size=10, bold=True, gap=2)
            markdown(pages, body.strip())

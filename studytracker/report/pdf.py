"""The progress report PDF, drawn with QPdfWriter and QPainter (no screen, no extra dependency).

Layout runs once into a list of pages of drawing operations, so that each page can say
"page N of M", and rows are never split across pages: a row that does not fit starts a new page.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from studytracker.formatting import format_minutes
from studytracker.report.charts import (
    ChartColors,
    draw_completion_line,
    draw_heatmap,
    draw_step_bars,
    draw_week_bars,
)
from studytracker.report.stats import compute_statistics, cumulative, weekly_totals
from studytracker.store.policy import LEARNER_NAME_KEY, PAGE_SIZE_KEY

if TYPE_CHECKING:
    from studytracker.store.reads import Reads
    from studytracker.store.records import SessionView

PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
#: Above this many sessions in the period, the log shows one line per day instead.
MAX_SESSION_ROWS = 400
RESOLUTION = 300

Draw = Callable[[QPainter], None]


@dataclass(frozen=True)
class ReportOptions:
    date_from: date | None = None  # default: the first day with a session (or today)
    date_to: date | None = None  # default: today
    include_notes: bool = False
    learner_name: str | None = None  # default: the learner's setting
    page_size: str | None = None  # "a4" or "letter"; default: the learner's setting, else A4


@dataclass(frozen=True)
class ReportResult:
    path: Path
    pages: int
    sessions: int
    date_from: date
    date_to: date


class _Pages:
    """Lays content out top to bottom, starting a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        paint = writer.pageLayout().paintRectPixels(writer.resolution())
        self.left, self.top = 0.0, 0.0
        self.width = float(paint.width())
        self.footer_height = self.points(14)
        self.bottom = float(paint.height()) - self.footer_height
        self.pages: list[list[Draw]] = [[]]
        self.y = self.top
        self.on_new_page: Callable[[], None] | None = None

    def points(self, value: float) -> float:
        return value * self.writer.resolution() / 72.0

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.top:
            self.pages.append([])
            self.y = self.top
            if self.on_new_page is not None:
                self.on_new_page()

    def draw(self, operation: Draw) -> None:
        self.pages[-1].append(operation)

    def text(
        self, text: str, size: float = 10, bold: bool = False, color: str = "#202020", gap: float = 4
    ) -> None:
        """A paragraph, wrapped to the page width; long paragraphs break between lines."""
        font = self.font(size, bold)
        metrics = self.metrics(font)
        height = metrics.height()
        for line in _wrap(text, metrics, self.width):
            self.ensure(height)
            self.draw(
                partial(
                    _draw_text, font=font, color=color, rect=QRectF(0, self.y, self.width, height), text=line
                )
            )
            self.y += height
        self.y += self.points(gap)

    def space(self, value: float) -> None:
        self.y += self.points(value)


def _draw_text(painter: QPainter, font: QFont, color: str, rect: QRectF, text: str, align: int = 0) -> None:
    painter.setFont(font)
    painter.setPen(QColor(color))
    flags = align or (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(rect, int(flags), text)


def _wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def _elide(text: str, metrics: QFontMetricsF, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def _cell_alignment(right: bool) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class _Table:
    """Rows of cells at fixed column fractions; the header repeats at the top of each page."""

    def __init__(self, pages: _Pages, columns: list[tuple[str, float, bool]], size: float = 8.5) -> None:
        self.pages = pages
        self.columns = columns  # (title, width fraction, right-aligned)
        self.font = pages.font(size)
        self.bold = pages.font(size, bold=True)
        self.metrics = pages.metrics(self.font)
        self.row_height = self.metrics.height() * 1.45

    def _cells(self) -> list[tuple[float, float, bool]]:
        x, cells = 0.0, []
        for _title, fraction, right in self.columns:
            width = self.pages.width * fraction
            cells.append((x, width, right))
            x += width
        return cells

    def header(self) -> None:
        pages = self.pages
        pages.ensure(self.row_height * 2)
        top = pages.y
        cells = self._cells()
        titles = [c[0] for c in self.columns]

        def draw(painter: QPainter) -> None:
            for (x, width, right), title in zip(cells, titles, strict=True):
                align = _cell_alignment(right)
                _draw_text(
                    painter,
                    self.bold,
                    "#404040",
                    QRectF(x + 4, top, width - 8, self.row_height),
                    title,
                    align,
                )
            painter.setPen(QPen(QColor("#909090"), pages.points(0.6)))
            painter.drawLine(0, int(top + self.row_height), int(pages.width), int(top + self.row_height))

        pages.draw(draw)
        pages.y += self.row_height

    def row(
        self, values: list[str], extra: Callable[[QPainter, float], None] | None = None, shaded: bool = False
    ) -> None:
        """One row; `extra` draws more into it, given the row's top."""
        pages = self.pages
        if pages.room() < self.row_height:
            pages.ensure(self.row_height)
            self.header()
        top = pages.y
        cells = self._cells()
        texts = [_elide(v, self.metrics, width - 8) for v, (_x, width, _r) in zip(values, cells, strict=True)]

        def draw(painter: QPainter) -> None:
            if shaded:
                painter.fillRect(QRectF(0, top, pages.width, self.row_height), QColor("#f4f6f9"))
            for (x, width, right), text in zip(cells, texts, strict=True):
                align = _cell_alignment(right)
                _draw_text(
                    painter, self.font, "#202020", QRectF(x + 4, top, width - 8, self.row_height), text, align
                )
            if extra is not None:
                extra(painter, top)

        pages.draw(draw)
        pages.y += self.row_height


def _default_range(reads: Reads, options: ReportOptions) -> tuple[date, date]:
    today = reads.clock.now().date()
    date_to = options.date_to or today
    if options.date_from:
        date_from = options.date_from
    else:
        days = reads.plan.minutes_by_day(None, date_to)
        date_from = min(days) if days else date_to
    return date_from, date_to


def _section(pages: _Pages, title: str, keep_with_next: float) -> None:
    font = pages.font(13, bold=True)
    height = pages.metrics(font).height()
    pages.space(8)
    pages.ensure(height + keep_with_next)
    top = pages.y
    pages.draw(lambda p: _draw_text(p, font, "#1d4f91", QRectF(0, top, pages.width, height), title))
    pages.y += height + pages.points(4)


def _chart(
    pages: _Pages, title: str, height_points: float, draw_chart: Callable[[QPainter, QRectF], object]
) -> None:
    title_font = pages.font(9.5, bold=True)
    title_height = pages.metrics(title_font).height()
    height = pages.points(height_points)
    pages.ensure(title_height + height + pages.points(10))
    top = pages.y

    def draw(painter: QPainter) -> None:
        _draw_text(painter, title_font, "#303030", QRectF(0, top, pages.width, title_height), title)
        painter.save()
        painter.setFont(pages.font(9))
        draw_chart(painter, QRectF(0, top + title_height + pages.points(3), pages.width, height))
        painter.restore()

    pages.draw(draw)
    pages.y += title_height + height + pages.points(12)


def write_report(data: Reads, out: Path, options: ReportOptions | None = None) -> ReportResult:
    """Write the report for the active roadmap to `out` (atomically: a failure leaves no file),
    from one snapshot of the data."""
    with data.snapshot() as reads:
        return _write_report(reads, out, options)


def _write_report(reads: Reads, out: Path, options: ReportOptions | None) -> ReportResult:
    options = options or ReportOptions()
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

    stats = compute_statistics(reads)
    status = reads.progress.status()
    sessions = reads.sessions.log(date_from, date_to)
    roadmap_sessions = [s for s in sessions if s.roadmap_id == status.roadmap.id]
    minutes_in_range = sum(s.minutes for s in roadmap_sessions)
    by_step: dict[str, int] = defaultdict(int)
    for session in roadmap_sessions:
        by_step[session.step_id] += session.minutes

    folder = out.parent if str(out.parent) else Path(".")
    handle, temp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".pdf", dir=folder)
    os.close(handle)
    try:
        writer = QPdfWriter(temp_name)
        writer.setResolution(RESOLUTION)
        writer.setTitle(f"Progress report: {status.roadmap.title}")
        writer.setCreator("StudyTracker")
        writer.setPageLayout(
            QPageLayout(
                QPageSize(PAGE_SIZES[page_key]), QPageLayout.Orientation.Portrait, QMarginsF(16, 16, 16, 14)
            )
        )
        pages = _Pages(writer)

        # --- title and summary
        pages.text("Progress report", size=20, bold=True, color="#1d4f91", gap=2)
        edition = status.roadmap.edition
        edition = f" ({edition})" if edition and edition not in status.roadmap.title else ""
        pages.text(f"{status.roadmap.title}{edition}", size=12.5, bold=True, gap=2)
        if name:
            pages.text(f"Learner: {name}", size=10.5, gap=1)
        pages.text(
            f"Period: {date_from:%d %B %Y} to {date_to:%d %B %Y} · made on {stats.today:%d %B %Y}",
            size=9.5,
            color="#555555",
        )
        overall = status.overall
        _section(pages, "Overall progress", pages.points(40))
        pages.text(
            f"{overall.done} of {overall.total} topics done ({overall.percent:.1f}%)"
            + (f", {overall.skipped} skipped" if overall.skipped else "")
            + f"; required steps {status.required.done} of {status.required.total} "
            f"({status.required.percent:.1f}%).",
            size=10.5,
        )
        pages.text(
            f"Studied {format_minutes(minutes_in_range)} in {len(roadmap_sessions)} sessions in this period; "
            f"{format_minutes(status.minutes_total)} in all.",
            size=10.5,
        )
        goal = f"Daily goal {format_minutes(stats.goal_minutes)}"
        if stats.streaks_enabled:
            goal += f": current streak {stats.current_streak} day(s), longest {stats.longest_streak}"
        pages.text(goal + ".", size=10.5)
        pages.text(stats.forecast.explanation, size=10.5)
        if stats.plan.target:
            pages.text(stats.plan.explanation, size=10.5)
        _progress_bar(pages, overall.done, overall.total)

        # --- steps
        _section(pages, "Steps", pages.points(40))
        table = _Table(
            pages,
            [
                ("#", 0.05, False),
                ("Step", 0.43, False),
                ("Progress", 0.2, False),
                ("Done", 0.1, True),
                ("In period", 0.11, True),
                ("In all", 0.11, True),
            ],
        )
        table.header()
        bar_left, bar_width = pages.width * 0.48 + 4, pages.width * 0.2 - 8
        for index, step in enumerate(status.steps):
            progress = step.progress
            fraction = progress.done / progress.total if progress.total else 0.0

            def bar(painter: QPainter, top: float, fraction: float = fraction) -> None:
                height = table.row_height * 0.38
                y = top + (table.row_height - height) / 2
                painter.fillRect(QRectF(bar_left, y, bar_width, height), QColor("#e3e7ee"))
                painter.fillRect(QRectF(bar_left, y, bar_width * fraction, height), QColor("#2d6fb8"))

            number = str(step.number) if step.number is not None else "–"
            title = step.title + (" (optional)" if step.optional else "")
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
        period_days = reads.plan.minutes_by_day(max(date_from, date_to - timedelta(days=370)), date_to)
        _section(pages, "Study time", pages.points(120))
        _chart(
            pages,
            "Minutes per day, the year up to the end of the period",
            95,
            lambda p, r: draw_heatmap(p, r, period_days, date_to, stats.goal_minutes, colors),
        )
        weeks = weekly_totals(period_days, date_to, 16)
        _chart(
            pages,
            "Minutes per week, the 16 weeks up to the end of the period",
            110,
            lambda p, r: draw_week_bars(p, r, weeks, colors),
        )
        steps_height = 12.5 * len(status.steps) + 4
        _chart(
            pages,
            "Time per step, in all",
            steps_height,
            lambda p, r: draw_step_bars(p, r, status.steps, colors),
        )
        completions = cumulative([d for d in reads.progress.completion_dates() if d <= date_to])
        _chart(
            pages,
            "Topics done over time",
            110,
            lambda p, r: draw_completion_line(p, r, completions, overall.total, date_to, colors),
        )

        # --- spaced review
        _section(pages, "Retention", pages.points(40))
        reviews = reads.reviews.done(date_from, date_to)
        on_time = sum(1 for review in reviews if review.on_time)
        pages.text(
            f"{len(reviews)} review{'s' if len(reviews) != 1 else ''} of finished topics in this period"
            + (f", {on_time} of them on time." if reviews else "."),
            size=10.5,
        )
        retention = stats.retention
        pages.text(
            f"Retention now: an estimated {retention:.0%} of the finished topics are still remembered "
            "(the mean recall chance the review scheduler gives)."
            if retention is not None
            else "Retention now: no topic finished yet.",
            size=10.5,
        )

        # --- sessions
        _section(pages, "Study sessions", pages.points(40))
        _session_log(pages, sessions)

        # --- notes
        if options.include_notes:
            _notes(pages, reads)

        total = len(pages.pages)
        painter = QPainter()
        if not painter.begin(writer):
            raise OSError(f"{out}: cannot write the PDF")
        footer_font = pages.font(8)
        try:
            for page_number, operations in enumerate(pages.pages, start=1):
                if page_number > 1:
                    writer.newPage()
                for operation in operations:
                    operation(painter)
                footer = QRectF(
                    0, pages.bottom + pages.footer_height * 0.3, pages.width, pages.footer_height * 0.7
                )
                label = f"{status.roadmap.title} · page {page_number} of {total}"
                _draw_text(painter, footer_font, "#808080", footer, label, int(Qt.AlignmentFlag.AlignCenter))
        finally:
            painter.end()
        del writer
        os.replace(temp_name, out)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return ReportResult(out, total, len(sessions), date_from, date_to)


def _progress_bar(pages: _Pages, done: int, total: int) -> None:
    height = pages.points(9)
    pages.ensure(height)
    top = pages.y
    fraction = done / total if total else 0.0

    def draw(painter: QPainter) -> None:
        painter.fillRect(QRectF(0, top, pages.width, height), QColor("#e3e7ee"))
        painter.fillRect(QRectF(0, top, pages.width * fraction, height), QColor("#2d6fb8"))

    pages.draw(draw)
    pages.y += height + pages.points(4)


def _session_log(pages: _Pages, sessions: list[SessionView]) -> None:
    if not sessions:
        pages.text("No study sessions in this period.", size=10)
        return
    if len(sessions) > MAX_SESSION_ROWS:
        pages.text(
            f"{len(sessions)} sessions in this period, shown one line per day; a shorter period "
            "(--from, --to) lists each session.",
            size=9.5,
            color="#555555",
        )
        per_day: dict[date, list[SessionView]] = defaultdict(list)
        for session in sessions:
            per_day[session.start.date()].append(session)
        table = _Table(
            pages,
            [("Day", 0.2, False), ("Sessions", 0.12, True), ("Minutes", 0.12, True), ("Steps", 0.56, False)],
        )
        table.header()
        for index, (day, items) in enumerate(sorted(per_day.items())):
            steps = ", ".join(dict.fromkeys(s.step_title for s in items))
            table.row(
                [f"{day:%a %d %b %Y}", str(len(items)), str(sum(s.minutes for s in items)), steps],
                shaded=index % 2 == 1,
            )
        return
    table = _Table(
        pages,
        [
            ("Day", 0.17, False),
            ("Time", 0.13, False),
            ("Minutes", 0.1, True),
            ("Step", 0.3, False),
            ("Note", 0.3, False),
        ],
    )
    table.header()
    for index, session in enumerate(sessions):
        end = f"{session.end:%H:%M}" if session.end else "running"
        topic = f" › {session.topic_title}" if session.topic_title else ""
        table.row(
            [
                f"{session.start:%a %d %b %Y}",
                f"{session.start:%H:%M}–{end}",
                str(session.minutes),
                session.step_title + topic,
                session.note,
            ],
            shaded=index % 2 == 1,
        )


def _notes(pages: _Pages, reads: Reads) -> None:
    _section(pages, "Notes", pages.points(30))
    notes = reads.notes.of_roadmap()
    if not notes:
        pages.text("No notes yet.", size=10)
        return
    for heading, body in notes:
        pages.space(4)
        pages.text(heading, size=10.5, bold=True, gap=2)
        pages.text(body.strip(), size=9.5, gap=6)

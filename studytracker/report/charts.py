"""The charts, drawn with QPainter into a rectangle: the same code for the window and the PDF.

Each function returns the hit areas (rectangle, exact figures) that the window turns into tooltips.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen

from studytracker.formatting import format_minutes
from studytracker.i18n import Context, current
from studytracker.report.colors import standing_out, with_alpha
from studytracker.store.records import StepSummary

Hit = tuple[QRectF, str]

#: The strings of this module, for pyside6-lupdate and Qt's translators.
Charts = Context("Charts")
#: The fewest days the "topics done over time" chart spans.
COMPLETION_MIN_DAYS = 7


@dataclass(frozen=True)
class ChartColors:
    text: QColor
    faint: QColor
    grid: QColor
    accent: QColor
    empty: QColor

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartColors:
        text = palette.color(QPalette.ColorRole.WindowText)
        window = palette.color(QPalette.ColorRole.Window)
        return cls(
            text,
            with_alpha(text, 0.6),
            with_alpha(text, 0.15),
            # the selection's colour, lightened on a dark window until bars stand out at 3:1
            standing_out(palette.color(QPalette.ColorRole.Highlight), window),
            with_alpha(text, 0.08),
        )

    @classmethod
    def for_print(cls) -> ChartColors:
        return cls(
            QColor("#202020"), QColor("#6b6b6b"), QColor("#dddddd"), QColor("#2d6fb8"), QColor("#eeeeee")
        )

    def shade(self, level: int) -> QColor:
        """Heatmap colour for level 0 (nothing) to 4 (the most)."""
        if level <= 0:
            return self.empty
        alpha = (0.25, 0.45, 0.7, 1.0)[min(level, 4) - 1]
        return with_alpha(self.accent, alpha)


def _small_font(painter: QPainter, scale: float = 0.85) -> QFont:
    font = QFont(painter.font())
    font.setPointSizeF(max(6.0, font.pointSizeF() * scale))
    return font


def heat_level(minutes: int, goal: int) -> int:
    if minutes <= 0:
        return 0
    goal = max(goal, 1)
    if minutes < goal / 2:
        return 1
    if minutes < goal:
        return 2
    if minutes < goal * 2:
        return 3
    return 4


HEATMAP_WEEKS = 53  # a year, starting on the same weekday
MIN_HEATMAP_CELL = 9.0  # pixels: a day's square smaller than this is not worth drawing


def draw_heatmap(
    painter: QPainter,
    rect: QRectF,
    minutes_by_day: dict[date, int],
    today: date,
    goal: int,
    colors: ChartColors,
) -> list[Hit]:
    """A year of days as weekly columns (Monday at the top), darker for more study. Where a
    year's squares would be too small to see, the newest weeks that fit are drawn."""
    painter.save()
    painter.setFont(_small_font(painter, 0.75))
    metrics = painter.fontMetrics()
    language = current()
    day_names = [(row, language.day_name(row)) for row in (0, 2, 4)]  # Monday, Wednesday, Friday
    label_width = max(metrics.horizontalAdvance(name) for _, name in day_names) + 6
    top = metrics.height() + 2
    weeks = max(4, min(HEATMAP_WEEKS, int((rect.width() - label_width) / MIN_HEATMAP_CELL)))
    first_monday = today - timedelta(days=today.weekday()) - timedelta(weeks=weeks - 1)
    cell = min((rect.width() - label_width) / weeks, (rect.height() - top) / 7)
    gap = max(cell * 0.15, 0.5)
    hits: list[Hit] = []
    painter.setPen(colors.faint)
    for row, name in day_names:
        painter.drawText(
            QRectF(rect.left(), rect.top() + top + row * cell, label_width - 4, cell),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            name,
        )
    last_month = None
    painter.setPen(Qt.PenStyle.NoPen)
    for column in range(weeks):
        monday = first_monday + timedelta(weeks=column)
        x = rect.left() + label_width + column * cell
        # a month's name over the column of its first Monday
        if monday.month != last_month and monday.day <= 7 and column < weeks - 2:
            painter.setPen(colors.faint)
            painter.drawText(QPointF(x, rect.top() + metrics.ascent()), language.month_name(monday.month))
            painter.setPen(Qt.PenStyle.NoPen)
            last_month = monday.month
        for row in range(7):
            day = monday + timedelta(days=row)
            if day > today:
                continue
            minutes = minutes_by_day.get(day, 0)
            box = QRectF(x, rect.top() + top + row * cell, cell - gap, cell - gap)
            painter.setBrush(QBrush(colors.shade(heat_level(minutes, goal))))
            painter.drawRoundedRect(box, cell * 0.2, cell * 0.2)
            hits.append((box, f"{language.short_date(day)}: {format_minutes(minutes)}"))
    painter.restore()
    return hits


def axis_ticks(maximum: int) -> list[tuple[int, str]]:
    """(minutes, label) of a time axis up to `maximum` minutes: about four hours' lines, or
    quarters of an hour when the most is an hour or less (a scale is always there to read)."""
    if maximum > 60:
        step = max(1, round(maximum / 60 / 4)) * 60
        return [
            (value, Charts.tr("{hours} h").format(hours=value // 60))
            for value in range(step, maximum + 1, step)
        ]
    return [(value, format_minutes(value)) for value in range(15, maximum + 1, 15)]


def _value_axis(painter: QPainter, rect: QRectF, maximum: int, colors: ChartColors) -> float:
    """Grid lines with their time labels; returns the value scale (pixels per minute). The top
    line's label stays inside `rect` (above it is the chart's title)."""
    painter.setFont(_small_font(painter, 0.75))
    scale = (rect.height() - painter.fontMetrics().height()) / max(maximum, 1)
    for value, label in axis_ticks(maximum):
        y = rect.bottom() - value * scale
        painter.setPen(QPen(colors.grid, 1))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(colors.faint)
        painter.drawText(QPointF(rect.left() + 2, y - 2), label)
    painter.setPen(QPen(colors.grid, 1))
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    return scale


def draw_week_bars(
    painter: QPainter, rect: QRectF, weeks: list[tuple[date, int]], colors: ChartColors
) -> list[Hit]:
    """Minutes per week as bars, the current week last."""
    painter.save()
    painter.setFont(_small_font(painter, 0.75))
    label_height = painter.fontMetrics().height() + 2
    area = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - label_height)
    maximum = max((m for _, m in weeks), default=0)
    scale = _value_axis(painter, area, max(maximum, 60), colors)
    hits: list[Hit] = []
    width = area.width() / max(len(weeks), 1)
    language = current()
    widest = max(
        (painter.fontMetrics().horizontalAdvance(language.day_month(m)) for m, _ in weeks), default=0
    )
    # a date under every n-th bar, n as small as the labels allow, the newest week always labelled
    every = max(2, math.ceil((widest + 8) / max(width, 1)))
    for index, (monday, minutes) in enumerate(weeks):
        x = area.left() + index * width
        height = minutes * scale
        bar = QRectF(x + width * 0.15, area.bottom() - height, width * 0.7, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.accent)
        painter.drawRect(bar)
        hits.append(
            (
                QRectF(x, area.top(), width, area.height()),
                Charts.tr("Week of {day}: {time}").format(
                    day=language.medium_date(monday), time=format_minutes(minutes)
                ),
            )
        )
        if (len(weeks) - 1 - index) % every == 0:
            painter.setPen(colors.faint)
            painter.drawText(
                QRectF(x + width / 2 - width * every / 2, area.bottom() + 2, width * every, label_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                language.day_month(monday),
            )
    painter.restore()
    return hits


def draw_day_counts(
    painter: QPainter,
    rect: QRectF,
    days: list[tuple[date, int]],
    colors: ChartColors,
    what: str | Callable[[int], str],
    when_none: str = "",
) -> list[Hit]:
    """A count per day as bars (reviews done, reviews coming), labelled every week. `what` names
    a count in the tooltips: a function of the count (its plural form, "3 reviews done"), or a
    word put after it. `when_none` is said across the chart when every count is 0."""
    language = current()
    painter.save()
    painter.setFont(_small_font(painter, 0.75))
    label_height = painter.fontMetrics().height() + 2
    area = QRectF(rect.left(), rect.top(), rect.width(), rect.height() - label_height)
    maximum = max((count for _, count in days), default=0)
    scale = area.height() / max(maximum, 1)
    painter.setPen(QPen(colors.grid, 1))
    painter.drawLine(area.bottomLeft(), area.bottomRight())
    if maximum:
        painter.setPen(colors.faint)
        painter.drawText(QPointF(area.left() + 2, area.top() + painter.fontMetrics().ascent()), str(maximum))
    elif when_none:
        painter.setPen(colors.faint)
        painter.drawText(area, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), when_none)
    hits: list[Hit] = []
    width = area.width() / max(len(days), 1)
    for index, (day, count) in enumerate(days):
        x = area.left() + index * width
        bar = QRectF(x + width * 0.15, area.bottom() - count * scale, width * 0.7, count * scale)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.accent)
        painter.drawRect(bar)
        counted = what(count) if callable(what) else f"{count} {what}"
        hits.append((QRectF(x, area.top(), width, area.height()), f"{language.short_date(day)}: {counted}"))
        if index % 7 == 0:
            painter.setPen(colors.faint)
            painter.drawText(
                QRectF(x - width, area.bottom() + 2, width * 4, label_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                language.day_month(day),
            )
    painter.restore()
    return hits


def distinct_labels(titles: list[str], metrics: QFontMetrics, width: int) -> list[str]:
    """Titles cut to `width` at their end; where two would then read the same ("Additional
    Skills (Mandatory for …" twice), those are cut in the middle instead, so that each keeps
    what tells it apart."""
    labels = [metrics.elidedText(title, Qt.TextElideMode.ElideRight, width) for title in titles]
    seen = Counter(label for label, title in zip(labels, titles, strict=True) if label != title)
    return [
        metrics.elidedText(title, Qt.TextElideMode.ElideMiddle, width) if seen[label] > 1 else label
        for label, title in zip(labels, titles, strict=True)
    ]


def draw_step_bars(
    painter: QPainter, rect: QRectF, steps: tuple[StepSummary, ...] | list[StepSummary], colors: ChartColors
) -> list[Hit]:
    """Time studied per step as horizontal bars, with the step's name and the time beside."""
    painter.save()
    painter.setFont(_small_font(painter, 0.8))
    metrics = painter.fontMetrics()
    rows = max(len(steps), 1)
    row_height = min(rect.height() / rows, metrics.height() * 1.6)
    label_width = min(
        rect.width() * 0.38, max((metrics.horizontalAdvance(s.title) for s in steps), default=0) + 8
    )
    value_width = metrics.horizontalAdvance(format_minutes(60 * 100 - 1)) + 6
    bar_width = max(rect.width() - label_width - value_width, 10)
    maximum = max((s.minutes for s in steps), default=0) or 1
    labels = distinct_labels([s.title for s in steps], metrics, int(label_width - 6))
    hits: list[Hit] = []
    for index, step in enumerate(steps):
        y = rect.top() + index * row_height
        painter.setPen(colors.text)
        painter.drawText(
            QRectF(rect.left(), y, label_width - 6, row_height),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            labels[index],
        )
        bar = QRectF(
            rect.left() + label_width,
            y + row_height * 0.2,
            bar_width * step.minutes / maximum,
            row_height * 0.6,
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colors.accent if step.minutes else colors.empty)
        painter.drawRect(bar if step.minutes else QRectF(bar.left(), bar.top(), 2, bar.height()))
        painter.setPen(colors.faint)
        painter.drawText(
            QRectF(bar.right() + 4, y, value_width, row_height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            format_minutes(step.minutes),
        )
        hits.append(
            (
                QRectF(rect.left(), y, rect.width(), row_height),
                f"{step.title}: {format_minutes(step.minutes)}",
            )
        )
    painter.restore()
    return hits


def draw_completion_line(
    painter: QPainter,
    rect: QRectF,
    points: list[tuple[date, int]],
    total: int,
    today: date,
    colors: ChartColors,
) -> list[Hit]:
    """Topics done over time: a rising line from the first tick to today, against the total."""
    painter.save()
    painter.setFont(_small_font(painter, 0.75))
    metrics = painter.fontMetrics()
    label_height = metrics.height() + 2
    area = QRectF(
        rect.left() + metrics.horizontalAdvance("000") + 4, rect.top(), 0, rect.height() - label_height
    )
    area.setRight(rect.right())
    painter.setPen(QPen(colors.grid, 1))
    painter.drawLine(area.bottomLeft(), area.bottomRight())
    painter.drawLine(area.topLeft(), area.topRight())
    painter.setPen(colors.faint)
    painter.drawText(QPointF(rect.left(), area.top() + metrics.ascent()), str(total))
    painter.drawText(QPointF(rect.left(), area.bottom()), "0")
    hits: list[Hit] = []
    if not points:
        painter.drawText(area, Qt.AlignmentFlag.AlignCenter, Charts.tr("No topic done yet"))
        painter.restore()
        return hits
    language = current()
    # at least a week wide: a first tick today would put the same date at both ends
    start = min(points[0][0], today - timedelta(days=COMPLETION_MIN_DAYS))
    span = max((today - start).days, 1)

    def position(day: date, count: int) -> QPointF:
        return QPointF(
            area.left() + area.width() * (day - start).days / span,
            area.bottom() - area.height() * count / max(total, 1),
        )

    path = QPainterPath(QPointF(position(start, 0)))
    previous = 0
    for day, count in points:
        path.lineTo(position(day, previous))
        path.lineTo(position(day, count))
        previous = count
        spot = position(day, count)
        label = Charts.tr("{day}: {done} of %n topic(s) done", None, total)
        hits.append(
            (
                QRectF(spot.x() - 4, spot.y() - 4, 8, 8),
                label.format(day=language.medium_date(day), done=count),
            )
        )
    path.lineTo(position(today, previous))
    painter.setPen(QPen(colors.accent, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.setPen(colors.faint)
    painter.drawText(QPointF(area.left(), rect.bottom() - 2), language.medium_date(start))
    end_label = language.medium_date(today)
    painter.drawText(
        QPointF(area.right() - metrics.horizontalAdvance(end_label), rect.bottom() - 2), end_label
    )
    painter.restore()
    return hits

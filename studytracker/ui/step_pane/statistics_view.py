"""The statistics view: a year of study as a heatmap, minutes per week, time per step, topics done
over time, streaks and the forecast; every chart gives exact figures in its tooltips."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QToolTip, QVBoxLayout, QWidget

from studytracker.formatting import format_minutes
from studytracker.i18n import Context, current
from studytracker.report.charts import (
    ChartColors,
    Hit,
    draw_completion_line,
    draw_day_counts,
    draw_heatmap,
    draw_step_bars,
    draw_week_bars,
)
from studytracker.report.stats import Statistics

StatsPane = Context("StatsPane")

MARGIN = 16
TITLE_GAP = 22
#: The narrowest the charts go before the pane scrolls sideways (small screens lay out to this).
MIN_CANVAS_WIDTH = 260


def retention_line(stats: Statistics) -> str:
    """What spaced review says of the finished topics, in a sentence."""
    if stats.retention is None:
        return StatsPane.tr(
            "Spaced review: finished topics come back for review here once you tick one done."
        )
    due = stats.reviews_coming[0][1] if stats.reviews_coming else 0
    return StatsPane.tr(
        "Retention now: an estimated {percent}% of your finished topics are still remembered"
        " · %n review(s) due today",
        None,
        due,
    ).format(percent=current().number(stats.retention * 100))


def reviews_done(count: int) -> str:
    return StatsPane.tr("%n review(s) done", None, count)


def reviews_due(count: int) -> str:
    return StatsPane.tr("%n review(s) due", None, count)


class StatisticsCanvas(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsCanvas")
        self.setAccessibleName(StatsPane.tr("Statistics"))
        self.stats: Statistics | None = None
        self.hits: list[Hit] = []

    def set_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        self.setAccessibleDescription(self.summary_lines()[0] if stats else "")
        self.updateGeometry()
        self.update()

    def scope(self) -> str:
        """Whose study time the time charts show."""
        if self.stats is None or self.stats.all_roadmaps:
            return StatsPane.tr("all roadmaps")
        return StatsPane.tr("this roadmap")

    def summary_lines(self) -> list[str]:
        stats = self.stats
        if stats is None:
            return [StatsPane.tr("No statistics yet.")]
        overall = stats.overall
        first = StatsPane.tr(
            "{roadmap}: {done} of %n topic(s) done ({percent}%) · {time} studied on {scope}",
            None,
            overall.total,
        ).format(
            roadmap=stats.roadmap_title,
            done=overall.done,
            percent=current().number(overall.percent, 1),
            time=format_minutes(stats.minutes_total),
            scope=self.scope(),
        )
        if self.is_empty():
            # Nothing to chart yet: say how the charts fill, instead of drawing empty ones.
            return [
                first,
                StatsPane.tr(
                    "Nothing studied yet. Start the timer (Ctrl+T) on a topic, or log a past session "
                    "(Ctrl+Shift+L), and tick topics as you finish them: the charts fill as you go."
                ),
            ]
        return [
            first,
            (
                StatsPane.tr(
                    "Streak (all roadmaps): %n day(s) meeting the {goal} goal · longest {longest}",
                    None,
                    stats.current_streak,
                ).format(goal=format_minutes(stats.goal_minutes), longest=stats.longest_streak)
                if stats.streaks_enabled
                else StatsPane.tr("Daily goal: {goal}").format(goal=format_minutes(stats.goal_minutes))
            ),
            stats.forecast.explanation,
            *([stats.plan.explanation] if stats.plan.target else []),
            retention_line(stats),
        ]

    def is_empty(self) -> bool:
        """No study and no topic done: only the summary (which says how to begin) is drawn."""
        stats = self.stats
        return stats is None or (
            not stats.minutes_total and not stats.overall.done and not stats.weeks[-1][1]
        )

    def _layout(self) -> list[tuple[str, float]]:
        if self.is_empty():
            return []
        steps = len(self.stats.steps) if self.stats else 0
        scope = self.scope()
        # the heatmap's squares take their size from the width: 53 weeks across (the newest
        # that fit, on a narrow pane), 7 days down
        heatmap = min(140.0, (max(self.width(), MIN_CANVAS_WIDTH) - 2 * MARGIN - 40) / 53 * 7 + 20)
        return [
            (StatsPane.tr("Minutes per day, {scope}").format(scope=scope), max(heatmap, 90.0)),
            (StatsPane.tr("Minutes per week, {scope}").format(scope=scope), 150),
            (StatsPane.tr("Time per step"), 20 * steps + 8),
            (StatsPane.tr("Topics done over time"), 150),
            (StatsPane.tr("Reviews done, the last 30 days"), 90),
            (StatsPane.tr("Reviews coming up, the next 30 days"), 90),
        ]

    def _summary_height(self, width: int) -> float:
        flags = int(Qt.TextFlag.TextWordWrap)
        metrics = self.fontMetrics()
        return sum(
            metrics.boundingRect(0, 0, width, 10_000, flags, line).height() + 6
            for line in self.summary_lines()
        )

    def sizeHint(self) -> QSize:
        width = max(self.width(), MIN_CANVAS_WIDTH) - 2 * MARGIN
        height = MARGIN * 2 + self._summary_height(width) + 12
        height += sum(TITLE_GAP + h + 18 for _t, h in self._layout())
        return QSize(640, int(height))

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.updateGeometry()  # the height follows the width (wrapped text, heatmap squares)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        return QSize(MIN_CANVAS_WIDTH, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colors = ChartColors.from_palette(self.palette())
        width = self.width() - 2 * MARGIN
        y = float(MARGIN)
        painter.setPen(colors.text)
        flags = int(Qt.TextFlag.TextWordWrap)
        for index, line in enumerate(self.summary_lines()):
            font = QFont(self.font())
            font.setBold(index == 0)
            painter.setFont(font)
            height = painter.fontMetrics().boundingRect(0, 0, width, 10_000, flags, line).height()
            painter.drawText(QRectF(MARGIN, y, width, height), flags, line)
            y += height + 6
        self.hits = []
        stats = self.stats
        if stats is None or self.is_empty():
            painter.end()
            return
        y += 12
        drawers = (
            lambda r: draw_heatmap(painter, r, stats.minutes_by_day, stats.today, stats.goal_minutes, colors),
            lambda r: draw_week_bars(painter, r, stats.weeks, colors),
            lambda r: draw_step_bars(painter, r, stats.steps, colors),
            lambda r: draw_completion_line(
                painter, r, stats.completed_by_day, stats.overall.total, stats.today, colors
            ),
            lambda r: draw_day_counts(
                painter,
                r,
                stats.reviews_done,
                colors,
                reviews_done,
                StatsPane.tr("No reviews done in these 30 days"),
            ),
            lambda r: draw_day_counts(
                painter,
                r,
                stats.reviews_coming,
                colors,
                reviews_due,
                StatsPane.tr("No reviews due in the next 30 days"),
            ),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        for (title, chart_height), draw in zip(self._layout(), drawers, strict=True):
            painter.setFont(bold)
            painter.setPen(colors.text)
            painter.drawText(QRectF(MARGIN, y, width, TITLE_GAP), int(Qt.AlignmentFlag.AlignVCenter), title)
            painter.setFont(self.font())
            self.hits += draw(QRectF(MARGIN, y + TITLE_GAP, width, chart_height))
            y += TITLE_GAP + chart_height + 18
        painter.end()

    def hit_at(self, point: QPoint) -> str | None:
        for rect, text in self.hits:
            if rect.contains(point.toPointF()):
                return text
        return None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.hit_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


class StatisticsView(QWidget):
    """The charts under a choice of whose study time they count: this roadmap's or every one's.

    Signals:
        scope_changed: the learner chose the other scope (True: all roadmaps); read again.
    """

    scope_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.scope_box = QComboBox(self)
        self.scope_box.setObjectName("statisticsScope")
        self.scope_box.addItem(StatsPane.tr("This roadmap"), False)
        self.scope_box.addItem(StatsPane.tr("All roadmaps"), True)
        self.scope_box.setToolTip(StatsPane.tr("Whose study time the totals and the time charts count"))
        self.scope_box.currentIndexChanged.connect(lambda _i: self.scope_changed.emit(self.all_roadmaps()))
        label = QLabel(StatsPane.tr("Study time of:"), self)
        label.setBuddy(self.scope_box)
        row = QHBoxLayout()
        row.setContentsMargins(MARGIN, 6, MARGIN, 0)
        row.addWidget(label)
        row.addWidget(self.scope_box)
        row.addStretch(1)
        self.scroll_area = QScrollArea(self)
        self.canvas = StatisticsCanvas(self.scroll_area)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.scroll_area, 1)

    def all_roadmaps(self) -> bool:
        return bool(self.scope_box.currentData())

    def set_statistics(self, stats: Statistics) -> None:
        self.canvas.set_statistics(stats)

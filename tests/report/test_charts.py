"""The charts answer their questions: a time axis always has a scale to read, and the "topics done
over time" chart never labels both ends with one date."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from studytracker.report.charts import (
    ChartColors,
    axis_ticks,
    distinct_labels,
    draw_completion_line,
    draw_day_counts,
)


def test_a_time_axis_under_an_hour_is_marked_in_quarters() -> None:
    assert axis_ticks(60) == [(15, "15 min"), (30, "30 min"), (45, "45 min"), (60, "1 h 00 min")]
    assert axis_ticks(40) == [(15, "15 min"), (30, "30 min")]


def test_a_time_axis_over_an_hour_is_marked_in_hours() -> None:
    assert [label for _value, label in axis_ticks(8 * 60)] == ["2 h", "4 h", "6 h", "8 h"]
    assert all(value % 60 == 0 for value, _label in axis_ticks(25 * 60))


def test_topics_done_today_for_the_first_time_sit_at_the_right_end_of_a_week(qapp) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 12, 2)
    image = QImage(400, 200, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    rect = QRectF(0, 0, 400, 200)
    hits = draw_completion_line(painter, rect, [(today, 3)], 69, today, ChartColors.for_print())
    painter.end()
    ((spot, text),) = hits
    assert spot.center().x() > rect.width() * 0.9  # today is the right end; the left end a week back
    assert "3 of 69" in text


def test_a_count_chart_with_nothing_in_it_says_so(qapp) -> None:  # type: ignore[no-untyped-def]
    days = [(date(2026, 11, 1) + timedelta(days=n), 0) for n in range(30)]

    def middle_ink(when_none: str) -> int:
        image = QImage(400, 100, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        draw_day_counts(painter, QRectF(0, 0, 400, 100), days, ChartColors.for_print(), "reviews", when_none)
        painter.end()
        white = QColor("white").rgb()
        return sum(image.pixel(x, y) != white for x in range(100, 300) for y in range(25, 60))

    assert middle_ink("") == 0  # an empty chart, mute: a reader cannot tell it from a broken one
    assert middle_ink("No reviews done in these 30 days") > 50


def test_step_labels_that_would_read_the_same_keep_what_tells_them_apart(qapp) -> None:  # type: ignore[no-untyped-def]
    metrics = QFontMetrics(QFont())
    titles = [
        "Python",
        "Additional Skills (Mandatory for GenAI-LLMs Domain)",
        "Additional Skills (Mandatory for Computer Vision Domain)",
        "Mathematics for Machine Learning and Data Science, the long way",
    ]
    width = metrics.horizontalAdvance("Additional Skills (Mandat")
    labels = distinct_labels(titles, metrics, width)
    assert labels[0] == "Python"
    assert labels[1] != labels[2]
    assert labels[1].endswith("Domain)") and labels[2].endswith("Domain)")  # cut in the middle
    assert labels[3].endswith("…")  # a title alone in its cut keeps its beginning
    assert all(metrics.horizontalAdvance(label) <= width for label in labels)

"""A date field takes a typed date, part by part, and Tab leaves it."""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from studytracker.ui.widgets.date_field import DateField


def _form(qtbot: QtBot) -> tuple[QWidget, DateField, QLineEdit]:
    form = QWidget()
    field = DateField(QDate(2026, 12, 3), form)
    field.setMaximumDate(QDate(2026, 12, 3))  # as a session's day is: today at most
    after = QLineEdit(form)
    layout = QVBoxLayout(form)
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form, field, after


def test_a_date_typed_after_a_click_is_taken_part_by_part(qtbot: QtBot) -> None:
    _form_, field, after = _form(qtbot)
    qtbot.mouseClick(
        field.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(4, field.lineEdit().height() // 2)
    )
    qtbot.waitUntil(lambda: field.lineEdit().hasSelectedText())  # the year, under the click
    qtbot.keyClicks(field, "2026-11-28")
    assert field.date() == QDate(2026, 11, 28)
    assert field.hasFocus() and after.text() == ""  # "-" moved to the next part, not out of the field


def test_a_date_typed_over_everything_selected_starts_at_the_year(qtbot: QtBot) -> None:
    _form_, field, _after = _form(qtbot)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.lineEdit().selectAll()
    qtbot.keyClicks(field, "2025/07/04")
    assert field.date() == QDate(2025, 7, 4)
    assert field.text() == "2025-07-04"


def test_tab_leaves_the_field_at_once(qtbot: QtBot) -> None:
    _form_, field, after = _form(qtbot)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_a_click_on_a_part_of_a_focused_field_selects_that_part(qtbot: QtBot) -> None:
    _form_, field, _after = _form(qtbot)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    line = field.lineEdit()
    metrics = line.fontMetrics()
    on_the_month = metrics.horizontalAdvance("2026-1") + line.textMargins().left() + 2
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(on_the_month, line.height() // 2))
    qtbot.waitUntil(lambda: line.selectedText() == "12")  # the month, under the click
    qtbot.keyClicks(field, "10")
    assert field.date() == QDate(2026, 10, 3)

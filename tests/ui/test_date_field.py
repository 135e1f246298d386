"""Date fields are written as the learner's locale writes dates, with the whole year."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate

from studytracker.i18n import language, using
from studytracker.ui.widgets.date_field import DateField


@pytest.mark.parametrize(
    ("code", "shown"), [("en", "11/4/2026"), ("es", "4/11/2026"), ("pt_BR", "04/11/2026"), ("zh_CN", "2026/11/4")]
)
def test_a_date_field_writes_the_day_as_the_locale_does(qtbot, code: str, shown: str) -> None:
    with using(code):
        field = DateField(QDate(2026, 11, 4))
    qtbot.addWidget(field)
    assert field.text() == shown
    assert field.date() == QDate(2026, 11, 4)


def test_the_command_line_s_fixed_english_keeps_iso_dates() -> None:
    assert language("C").date_field_format() == "yyyy-MM-dd"

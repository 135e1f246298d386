"""WCAG 2.1 AA in the Light and Dark themes: text at 4.5:1 against what it is drawn on, the
boundaries of controls and the marks of charts at 3:1; the note history's diff colours and the
charts' colours as well as the palettes' roles."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from studytracker.report.charts import ChartColors
from studytracker.report.colors import contrast, mixed, standing_out
from studytracker.ui.shell.theme import boundary_colour, dark_palette, light_palette, outlined_palette
from studytracker.ui.step_pane.note_history import diff_colours

R = QPalette.ColorRole
TEXT, BOUNDARY = 4.5, 3.0
#: (text, what it is drawn on): every pair a learner reads.
TEXT_ROLES = [
    (R.Text, R.Base),
    (R.WindowText, R.Window),
    (R.ButtonText, R.Button),
    (R.HighlightedText, R.Highlight),
    (R.Link, R.Base),
    (R.LinkVisited, R.Base),
    (R.ToolTipText, R.ToolTipBase),
    (R.PlaceholderText, R.Base),
]


def palettes(app: QApplication) -> dict[str, QPalette]:
    return {"light": light_palette(app), "dark": dark_palette()}


def seen(colour: QColor, background: QColor) -> QColor:
    """A colour as drawn over a background (a translucent one mixes with it)."""
    return mixed(colour, background, colour.alphaF())


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_role_reads_at_4_5_to_1(qapp: QApplication, theme: str) -> None:
    palette = palettes(qapp)[theme]
    low = {
        f"{fg.name} on {bg.name}": round(ratio, 2)
        for fg, bg in TEXT_ROLES
        if (ratio := contrast(seen(palette.color(fg), palette.color(bg)), palette.color(bg))) < TEXT
    }
    assert low == {}


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_check_boxes_are_drawn_outlined_at_3_to_1(qapp: QApplication, theme: str) -> None:
    """A check box as the style draws it with the palette its widgets get: its outline's pixels
    against the base inside it and the window around it."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtWidgets import QStyle, QStyleFactory, QStyleOptionButton

    palette = palettes(qapp)[theme]
    style = QStyleFactory.create("Fusion")
    option = QStyleOptionButton()
    option.palette = outlined_palette(palette)
    option.rect = QRect(4, 4, 16, 16)
    option.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Off
    image = QImage(24, 24, QImage.Format.Format_RGB32)
    image.fill(palette.color(R.Window))
    painter = QPainter(image)
    style.drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorCheckBox, option, painter)
    painter.end()
    outline = QColor(image.pixel(4, 12))  # the left edge, half way down
    assert contrast(outline, palette.color(R.Base)) >= BOUNDARY
    assert contrast(outline, palette.color(R.Window)) >= BOUNDARY
    assert contrast(boundary_colour(palette), palette.color(R.Base)) >= BOUNDARY


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_note_historys_diff_colours_read_at_4_5_to_1(qapp: QApplication, theme: str) -> None:
    palette = palettes(qapp)[theme]
    for colour in diff_colours(palette):
        assert contrast(QColor(colour), palette.color(R.Base)) >= TEXT, colour


@pytest.mark.parametrize("theme", ["light", "dark", "print"])
def test_chart_labels_read_and_bars_stand_out(qapp: QApplication, theme: str) -> None:
    if theme == "print":
        colours, background = ChartColors.for_print(), QColor("#ffffff")
    else:
        palette = palettes(qapp)[theme]
        colours, background = ChartColors.from_palette(palette), palette.color(R.Window)
    assert contrast(seen(colours.text, background), background) >= TEXT
    assert contrast(seen(colours.faint, background), background) >= TEXT  # axis labels
    assert contrast(seen(colours.accent, background), background) >= BOUNDARY  # bars and lines


def test_the_ratio_is_wcags() -> None:
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21)
    assert contrast(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast(standing_out(QColor("#2f65d4"), QColor("#2b2d30")), QColor("#2b2d30")) >= 3

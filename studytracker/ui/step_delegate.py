"""Draws a sidebar row: number, title, optional mark, a progress bar with done/total, time studied."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from studytracker.formatting import format_minutes
from studytracker.report.colors import with_alpha
from studytracker.store.records import StepSummary
from studytracker.ui.models.step_list import StepRole

ROW_HEIGHT = 52  # the bundled roadmap's 13 rows fit the default window without scrolling
PADDING = 8
BADGE = 26

# Looked up once: the sidebar paints every row on every repaint, and each trip through a PySide
# enum class (or a combination of flags) costs a few microseconds of Python.
_CENTER = Qt.AlignmentFlag.AlignCenter
_LEFT_MIDDLE = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_ELIDE_RIGHT = Qt.TextElideMode.ElideRight
_NO_PEN = Qt.PenStyle.NoPen
_ANTIALIASING = QPainter.RenderHint.Antialiasing
_TEXT, _HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
_HIGHLIGHT, _BASE = QPalette.ColorRole.Highlight, QPalette.ColorRole.Base


class StepDelegate(QStyledItemDelegate):
    def __init__(self, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._fonts_for = ""  # the view font the fonts below were made from
        self._bold = self._small = QFont()

    def _derived_fonts(self, font: QFont) -> tuple[QFont, QFont]:
        """The bold and the small font of a row, made once per view font."""
        key = font.key()
        if key != self._fonts_for:
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._small = QFont(font)
            self._small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            self._fonts_for = key
        return self._bold, self._small

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(220, ROW_HEIGHT)

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the base paints only the row's background; `paint` draws the rest

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        # The selection and hover background as the platform draws them. (Asking the option's
        # state here would load all of QStyle's enums into Python: a few ms of start-up.)
        super().paint(painter, option, index)
        step: StepSummary | None = index.data(StepRole)
        view = option.widget
        if step is None or not isinstance(view, QAbstractItemView):
            return
        painter.save()
        palette = option.palette
        selected = view.selectionModel().isSelected(index)
        text = palette.color(_HIGHLIGHTED_TEXT if selected else _TEXT)
        accent = palette.color(_HIGHLIGHT)
        base = palette.color(_BASE)
        bold, small = self._derived_fonts(option.font)
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)
        top = rect.top()

        # the number badge (a dash for unnumbered sections)
        badge = QRect(rect.left(), top + 4, BADGE, BADGE)
        painter.setRenderHint(_ANTIALIASING)
        painter.setPen(_NO_PEN)
        painter.setBrush(base if selected else accent)
        painter.drawEllipse(badge)
        painter.setPen(accent if selected else palette.color(_HIGHLIGHTED_TEXT))
        painter.setFont(bold)
        painter.drawText(badge, _CENTER, str(step.number) if step.number is not None else "•")

        # title and optional mark; bold once every topic is done
        progress = step.progress
        left = badge.right() + PADDING
        title_rect = QRect(left, top, rect.right() - left, 20)
        painter.setPen(text)
        painter.setFont(bold if progress.total > 0 and progress.done == progress.total else option.font)
        title = step.title + ("  (optional)" if step.optional else "")
        painter.drawText(
            title_rect,
            _LEFT_MIDDLE,
            painter.fontMetrics().elidedText(title, _ELIDE_RIGHT, title_rect.width()),
        )

        # progress bar and figures
        figures = f"{progress.done}/{progress.total} · {format_minutes(step.minutes)}"
        painter.setFont(small)
        figures_width = painter.fontMetrics().horizontalAdvance(figures) + 4
        bar = QRect(left, top + 28, max(20, rect.right() - left - figures_width - PADDING), 8)
        painter.setPen(_NO_PEN)
        painter.setBrush(with_alpha(text, 0.18))
        painter.drawRoundedRect(bar, 4, 4)
        if progress.total and progress.done:
            filled = QRect(bar)
            filled.setWidth(max(8, int(bar.width() * progress.done / progress.total)))
            painter.setBrush(base if selected else accent)
            painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(with_alpha(text, 0.65))
        painter.drawText(QRect(bar.right() + PADDING, top + 22, figures_width, 20), _LEFT_MIDDLE, figures)
        painter.restore()

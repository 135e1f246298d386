"""Draws a sidebar row: number (marked when every resource of the step can be read offline),
title, optional mark, a progress bar with done/total, time studied, and above the first step of
a step group, the group's title."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from studytracker.formatting import format_minutes
from studytracker.i18n import Context
from studytracker.report.colors import with_alpha
from studytracker.store.records import StepSummary
from studytracker.ui.models.step_list import GroupHeaderRole, StepRole
from studytracker.ui.widgets.icons import icon

ROW_HEIGHT = 52  # the bundled roadmap's 13 rows fit the default window without scrolling
#: Rows kept as drawn: a long roadmap's visible rows several times over, a few MB at most.
ROWS_KEPT = 96
HEADER_HEIGHT = 26  # a step group's title above its first step
#: A title's line: a title too long for one takes two (the second elided), and its row grows.
TITLE_LINE = 20
PADDING = 8
BADGE = 26
#: The widest figures beside a bar: every bar is as long as this text leaves room for.
Sidebar = Context("Sidebar")
WIDEST_FIGURES = "000/000 · 000 h 00 min"

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
    """Paints the step sidebar's rows (the model is `StepListModel`)."""

    def __init__(self, parent: QAbstractItemView) -> None:
        super().__init__(parent)
        self._fonts_for = ""  # the view font the fonts below were made from
        self._bold = self._small = QFont()
        self._figures_width = 0  # of WIDEST_FIGURES in the small font
        self._optional = Sidebar.tr("{title}  (optional)")  # translated once, not on every paint
        self._rows: dict[tuple[object, ...], QPixmap] = {}  # rows as drawn, oldest first
        self._lines: dict[tuple[str, str, int], list[str]] = {}  # titles as laid out, by width
        self._sizes: dict[tuple[int, int], QSize] = {}  # rows' sizes, by row and width

    def _derived_fonts(self, font: QFont) -> tuple[QFont, QFont]:
        """The bold and the small font of a row, made once per view font."""
        key = font.key()
        if key != self._fonts_for:
            self._bold = QFont(font)
            self._bold.setBold(True)
            self._small = QFont(font)
            self._small.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
            self._figures_width = QFontMetrics(self._small).horizontalAdvance(WIDEST_FIGURES) + 4
            self._fonts_for = key
        return self._bold, self._small

    def figures_width(self, font: QFont) -> int:
        """The room the done/total and time figures take beside a bar, the same on every row."""
        self._derived_fonts(font)
        return self._figures_width

    def title_lines(self, title: str, font: QFont, width: int) -> list[str]:
        """A title on one line, or on two where one is too narrow (the second elided), in the
        font it is drawn in."""
        key = (title, font.key(), width)
        lines = self._lines.get(key)
        if lines is None:
            metrics = QFontMetrics(font)
            lines = [title]
            if metrics.horizontalAdvance(title) > width:
                words, first = title.split(" "), ""
                for position, word in enumerate(words):
                    longer = f"{first} {word}" if first else word
                    if metrics.horizontalAdvance(longer) > width:
                        rest = " ".join(words[position:])
                        lines = (
                            [first, metrics.elidedText(rest, _ELIDE_RIGHT, width)]
                            if first
                            else [metrics.elidedText(title, _ELIDE_RIGHT, width)]
                        )
                        break
                    first = longer
            if len(self._lines) > 4 * ROWS_KEPT:
                self._lines.clear()
            self._lines[key] = lines
        return lines

    def title_font(self, step: StepSummary, font: QFont) -> QFont:
        """Bold once every topic of the step is done."""
        progress = step.progress
        return (
            self._derived_fonts(font)[0] if progress.total > 0 and progress.done == progress.total else font
        )

    def shown_title(self, step: StepSummary) -> str:
        """A step's title as its row shows it, "(optional)" and all."""
        return self._optional.format(title=step.title) if step.optional else step.title

    def title_width(self, row_width: int) -> int:
        return row_width - 2 * PADDING - BADGE - PADDING

    def forget_sizes(self) -> None:
        """The rows changed (the model was reset): their heights are worked out again."""
        self._sizes.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        # Asked for every row at each step switch: kept by row and width until the model resets.
        view = self.parent()
        width = view.viewport().width() if isinstance(view, QAbstractItemView) else 0
        key = (index.row(), width)
        size = self._sizes.get(key)
        if size is None:
            height = ROW_HEIGHT + (HEADER_HEIGHT if index.data(GroupHeaderRole) else 0)
            step = index.data(StepRole)
            if width and step is not None:
                font, title_width = self.title_font(step, option.font), self.title_width(width)
                if len(self.title_lines(self.shown_title(step), font, title_width)) > 1:
                    height += TITLE_LINE
            size = self._sizes[key] = QSize(220, height)
        return size

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.text = ""  # the base paints only the row's background; `paint` draws the rest

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """A row as last drawn, when nothing it shows has changed (its step, its selection, the
        mouse over it, its size, font and colours): a scroll or a step switch repaints rows that
        are the same, and drawing one takes a tenth of a millisecond of Python."""
        view = option.widget
        if not isinstance(view, QAbstractItemView):
            self._paint_row(painter, option, index)
            return
        ratio = painter.device().devicePixelRatioF()
        key = (
            index.data(StepRole),
            index.data(GroupHeaderRole),
            view.selectionModel().isSelected(index),
            view.currentIndex() == index and view.hasFocus(),
            int(option.state.value),  # the mouse over it, the view active or not
            option.rect.size().toTuple(),
            option.font.key(),
            option.palette.cacheKey(),
            ratio,
        )
        row = self._rows.get(key)
        if row is None:
            row = QPixmap((option.rect.size().toSizeF() * ratio).toSize())
            row.setDevicePixelRatio(ratio)
            row.fill(option.palette.color(_BASE))
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(QPoint(0, 0), option.rect.size())
            row_painter = QPainter(row)
            self._paint_row(row_painter, at_origin, index)
            row_painter.end()
            self._rows[key] = row
            while len(self._rows) > ROWS_KEPT:
                del self._rows[next(iter(self._rows))]  # the oldest
        painter.drawPixmap(option.rect.topLeft(), row)

    def _paint_row(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        header: str | None = index.data(GroupHeaderRole)
        if header:
            self._paint_header(painter, option, header)
            option = QStyleOptionViewItem(option)
            option.rect = option.rect.adjusted(0, HEADER_HEIGHT, 0, 0)
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
        if step.offline:  # every resource of the step can be read offline: a mark on the badge
            mark = QRect(badge.right() - 8, badge.bottom() - 8, 14, 14)
            painter.setPen(_NO_PEN)
            painter.setBrush(base)
            painter.drawEllipse(mark)
            icon("offline").paint(painter, mark.adjusted(1, 1, -1, -1))

        # title and optional mark, on two lines where one is too narrow; bold once every topic is done
        progress = step.progress
        left = badge.right() + PADDING
        painter.setPen(text)
        font = self.title_font(step, option.font)
        painter.setFont(font)
        lines = self.title_lines(self.shown_title(step), font, rect.right() - left)
        room = 1 + (option.rect.height() - ROW_HEIGHT) // TITLE_LINE  # (the header is already off)
        if len(lines) > room:  # it took one line when the row was laid out (not yet bold, say)
            lines = [
                painter.fontMetrics().elidedText(self.shown_title(step), _ELIDE_RIGHT, rect.right() - left)
            ]
        for number, line in enumerate(lines):
            painter.drawText(
                QRect(left, top + number * TITLE_LINE, rect.right() - left, TITLE_LINE), _LEFT_MIDDLE, line
            )
        top += (len(lines) - 1) * TITLE_LINE

        # progress bar and figures
        figures = f"{progress.done}/{progress.total} · {format_minutes(step.minutes)}"
        painter.setFont(small)
        figures_width = self._figures_width
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

    def _paint_header(self, painter: QPainter, option: QStyleOptionViewItem, title: str) -> None:
        """A step group's title over the top of its first step's row, with a rule under it."""
        painter.save()
        bold, _small = self._derived_fonts(option.font)
        area = QRect(option.rect.left(), option.rect.top(), option.rect.width(), HEADER_HEIGHT)
        palette = option.palette
        painter.fillRect(area, palette.color(_BASE))
        text_rect = area.adjusted(PADDING, 2, -PADDING, -2)
        painter.setFont(bold)
        painter.setPen(with_alpha(palette.color(_TEXT), 0.8))
        painter.drawText(
            text_rect,
            _LEFT_MIDDLE,
            painter.fontMetrics().elidedText(title, _ELIDE_RIGHT, text_rect.width()),
        )
        painter.setPen(with_alpha(palette.color(_TEXT), 0.25))
        painter.drawLine(text_rect.left(), area.bottom(), text_rect.right(), area.bottom())
        painter.restore()

"""Draws a sidebar row: number, title, optional mark, a progress bar with done/total, time studied."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem

from studytracker.formatting import format_minutes
from studytracker.report.colors import with_alpha
from studytracker.store.views import StepSummary
from studytracker.ui.models.step_list import StepRole

ROW_HEIGHT = 58
PADDING = 8
BADGE = 26


class StepDelegate(QStyledItemDelegate):
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
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text = palette.color(text_role)
        faint = with_alpha(text, 0.65)
        rect = option.rect.adjusted(PADDING, PADDING // 2, -PADDING, -PADDING // 2)

        # the number badge (a dash for unnumbered sections)
        badge = QRect(rect.left(), rect.top() + 4, BADGE, BADGE)
        accent = palette.color(QPalette.ColorRole.Highlight)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Base) if selected else accent)
        painter.drawEllipse(badge)
        painter.setPen(accent if selected else palette.color(QPalette.ColorRole.HighlightedText))
        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        label = str(step.number) if step.number is not None else "•"
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        # title and optional mark
        left = badge.right() + PADDING
        title_rect = QRect(left, rect.top(), rect.right() - left, 20)
        painter.setPen(text)
        title_font = QFont(option.font)
        title_font.setBold(step.progress.total > 0 and step.progress.done == step.progress.total)
        painter.setFont(title_font)
        suffix = "  (optional)" if step.optional else ""
        metrics = painter.fontMetrics()
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(step.title + suffix, Qt.TextElideMode.ElideRight, title_rect.width()),
        )

        # progress bar and figures
        figures = f"{step.progress.done}/{step.progress.total} · {format_minutes(step.minutes)}"
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, option.font.pointSizeF() * 0.85))
        painter.setFont(small)
        figures_width = painter.fontMetrics().horizontalAdvance(figures) + 4
        bar = QRect(left, rect.top() + 28, max(20, rect.right() - left - figures_width - PADDING), 8)
        track = with_alpha(text, 0.18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 4, 4)
        if step.progress.total:
            filled = QRect(bar)
            filled.setWidth(max(8, int(bar.width() * step.progress.done / step.progress.total)))
            if step.progress.done:
                painter.setBrush(palette.color(QPalette.ColorRole.Base) if selected else accent)
                painter.drawRoundedRect(filled, 4, 4)
        painter.setPen(faint)
        painter.drawText(
            QRect(bar.right() + PADDING, rect.top() + 22, figures_width, 20),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            figures,
        )
        painter.restore()

"""The step sidebar: the active roadmap's steps, one row each, drawn by `StepDelegate`."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from studytracker.ui.models.step_list import StepListModel
from studytracker.ui.shell.step_delegate import Sidebar, StepDelegate


def _viewport(view: QListView) -> QWidget:
    """A viewport made from Python, as Qt makes its own: the delegate asks for its width for
    every row's size, and Qt's own viewport would first be looked up among every QWidget class
    PySide6 knows (some forty enum classes made on the way to the first paint)."""
    viewport = QWidget(view)
    viewport.setObjectName("qt_scrollarea_viewport")
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    return viewport


class StepSidebar(QListView):
    """The list of steps. A row's height depends only on whether it begins a step group and on
    whether its title takes two lines at the list's width: the model's reset or a resize; so a
    row whose figures changed is repainted alone, rather than the whole list laid out and
    painted again (QListView's way with rows of different heights)."""

    def __init__(self, model: StepListModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setViewport(_viewport(self))
        self.step_model = model
        self.setObjectName("stepSidebar")
        self.setAccessibleName(Sidebar.tr("Steps"))
        self.setModel(model)
        self.delegate = StepDelegate(self)
        self.setItemDelegate(self.delegate)
        model.modelReset.connect(self.delegate.forget_sizes)
        model.rowsInserted.connect(self.delegate.forget_sizes)
        model.rowsRemoved.connect(self.delegate.forget_sizes)
        self.setUniformItemSizes(False)  # a step group's first row also holds its title
        self.setMinimumWidth(240)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # titles may take one line more, or one less

    def dataChanged(
        self,
        topLeft: QModelIndex | QPersistentModelIndex,
        bottomRight: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        QAbstractItemView.dataChanged(self, topLeft, bottomRight, list(roles))

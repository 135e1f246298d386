"""The roadmap switcher in the toolbar: the roadmaps the learner follows, the active one chosen."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from studytracker.i18n import Context
from studytracker.ui.widgets.eliding_combo import ElidingComboBox

if TYPE_CHECKING:
    from studytracker.store.records import RoadmapInfo

Window = Context("Window")


class RoadmapSwitcher(ElidingComboBox):
    """Lists the roadmaps by title (each title whole in its tooltip); `activated` gives the row
    of the one the learner chose, whose id is its item data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roadmapSwitcher")
        self.setAccessibleName(Window.tr("Roadmap"))
        self.setMinimumContentsLength(44)  # the bundled title whole; longer ones elide
        self.shown: list[RoadmapInfo] = []  # as last read

    def show_roadmaps(self, roadmaps: list[RoadmapInfo]) -> None:
        """These roadmaps, the active one current (saying nothing: no roadmap was chosen)."""
        self.shown = roadmaps
        self.blockSignals(True)
        self.clear()
        for info in roadmaps:
            self.addItem(info.title, info.id)
            self.setItemData(self.count() - 1, info.title, Qt.ItemDataRole.ToolTipRole)
            if info.active:
                self.setCurrentIndex(self.count() - 1)
        self.blockSignals(False)
        self.setToolTip(self.currentText())

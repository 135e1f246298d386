"""The sidebar's own viewport is the one Qt would make: same background, same name."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QListView

from studytracker.ui.models.step_list import StepListModel
from studytracker.ui.shell.step_sidebar import StepSidebar


def test_the_sidebar_viewport_is_like_qts_own(qtbot) -> None:
    sidebar = StepSidebar(StepListModel())
    plain = QListView()
    qtbot.addWidget(sidebar)
    qtbot.addWidget(plain)
    ours, qts = sidebar.viewport(), plain.viewport()
    assert ours.parent() is sidebar
    assert ours.backgroundRole() == qts.backgroundRole() == QPalette.ColorRole.Base
    assert ours.autoFillBackground() and qts.autoFillBackground()
    assert ours.objectName() == qts.objectName()
    assert ours.focusProxy() is sidebar

"""The step sidebar's model: one row per step with its progress and time studied; the first step
of each step group ("Phase 1" over its modules) also carries the group's title, drawn above it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from studytracker.formatting import format_minutes, names_its_number
from studytracker.i18n import Context
from studytracker.store.records import StepSummary

StepRole = Qt.ItemDataRole.UserRole + 1
StepIdRole = Qt.ItemDataRole.UserRole + 2
#: The title of the step group that begins at this row (drawn as a header above it), else None.
GroupHeaderRole = Qt.ItemDataRole.UserRole + 3

_Index = QModelIndex | QPersistentModelIndex


Sidebar = Context("Sidebar")


def step_description(step: StepSummary) -> str:
    """A step's row read out or shown as a tooltip: "Step 3: SQL — 4 of 12 topics done, 2 h studied"."""
    title = step.title
    if step.number is not None and not names_its_number(title, step.number):
        title = Sidebar.tr("Step {number}: {title}").format(number=step.number, title=title)
    if step.group:
        title = f"{step.group} — {title}"
    if step.optional:
        title = Sidebar.tr("{title} (optional)").format(title=title)
    progress = step.progress
    description = Sidebar.tr(
        "{title} — {done} of %n topic(s) done, {time} studied", None, progress.total
    ).format(title=title, done=progress.done, time=format_minutes(step.minutes))
    if step.offline:
        description += Sidebar.tr("; every resource can be read offline")
    return description


class StepListModel(QAbstractListModel):
    """The active roadmap's steps in order, one row each (a group header is part of its first
    step's row, so rows, step ids and keyboard moves stay one to one)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[StepSummary] = []
        self._headers: list[str | None] = []
        self._rows: dict[str, int] = {}  # each step's row, by id

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._steps)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._steps):
            return None
        step = self._steps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return step.title
        if role == StepRole:
            return step
        if role == StepIdRole:
            return step.id
        if role == GroupHeaderRole:
            return self._headers[index.row()]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return step_description(step)
        return None

    def set_steps(self, steps: list[StepSummary] | tuple[StepSummary, ...]) -> None:
        """Replace the rows when the roadmap changes; same ids means only changed rows update."""
        new = list(steps)
        if [(s.id, s.group) for s in new] != [(s.id, s.group) for s in self._steps]:
            # other rows or other headers (and so other row heights): lay the list out anew
            self.beginResetModel()
            self._steps = new
            self._headers = group_headers(new)
            self._rows = {step.id: row for row, step in enumerate(new)}
            self.endResetModel()
            return
        self.update_steps(new)

    def update_steps(self, steps: list[StepSummary] | tuple[StepSummary, ...]) -> None:
        """Fresh summaries of some of the shown steps: only the rows that changed are updated."""
        for fresh in steps:
            row = self._rows.get(fresh.id, -1)
            if row >= 0 and self._steps[row] != fresh:
                self._steps[row] = fresh
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def steps(self) -> tuple[StepSummary, ...]:
        return tuple(self._steps)

    def step_ids(self) -> list[str]:
        return [step.id for step in self._steps]

    def row_of(self, step_id: str) -> int:
        return self._rows.get(step_id, -1)

    def step_at(self, row: int) -> StepSummary | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None


def group_headers(steps: list[StepSummary]) -> list[str | None]:
    """For each step, the title of the group it begins (None inside a group or outside any)."""
    headers: list[str | None] = []
    previous: str | None = None
    for step in steps:
        headers.append(step.group if step.group and step.group != previous else None)
        previous = step.group
    return headers

"""The step sidebar's model: one row per step with its progress and time studied."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from studytracker.formatting import format_minutes
from studytracker.store.records import StepSummary

StepRole = Qt.ItemDataRole.UserRole + 1
StepIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class StepListModel(QAbstractListModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._steps: list[StepSummary] = []

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
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            number = f"Step {step.number}: " if step.number is not None else ""
            optional = " (optional)" if step.optional else ""
            progress = step.progress
            return (
                f"{number}{step.title}{optional} — {progress.done} of {progress.total} topics done, "
                f"{format_minutes(step.minutes)} studied"
            )
        return None

    def set_steps(self, steps: list[StepSummary] | tuple[StepSummary, ...]) -> None:
        """Replace the rows when the roadmap changes; same ids means only changed rows update."""
        new = list(steps)
        if [s.id for s in new] != [s.id for s in self._steps]:
            self.beginResetModel()
            self._steps = new
            self.endResetModel()
            return
        for row, (old, fresh) in enumerate(zip(self._steps, new, strict=True)):
            if old != fresh:
                self._steps[row] = fresh
                index = self.index(row)
                self.dataChanged.emit(index, index)

    def step_ids(self) -> list[str]:
        return [step.id for step in self._steps]

    def row_of(self, step_id: str) -> int:
        return next((row for row, s in enumerate(self._steps) if s.id == step_id), -1)

    def step_at(self, row: int) -> StepSummary | None:
        return self._steps[row] if 0 <= row < len(self._steps) else None

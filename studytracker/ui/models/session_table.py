"""The session log's table: one row per study session, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from studytracker.i18n import Context, current
from studytracker.store.records import SessionView

Sessions = Context("Sessions")


def columns() -> tuple[str, ...]:
    return (
        Sessions.tr("Date"),
        Sessions.tr("Start"),
        Sessions.tr("End"),
        Sessions.tr("Minutes"),
        Sessions.tr("Step"),
        Sessions.tr("Topic"),
        Sessions.tr("Note"),
    )


_Index = QModelIndex | QPersistentModelIndex
_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
TOPIC_COLUMN, NOTE_COLUMN = 5, 6


class SessionTableModel(QAbstractTableModel):
    """Sessions as rows: date, start, end, minutes, step, topic, note."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionView] = []
        self._columns = columns()
        self._running = Sessions.tr("running")
        self._no_topic, self._no_note = Sessions.tr("no topic"), Sessions.tr("no note")

    def set_sessions(self, sessions: list[SessionView]) -> None:
        self.beginResetModel()
        self.sessions = list(reversed(sessions))  # newest first
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sessions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in _ROLES:
            return None
        session = self.sessions[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:  # what a screen reader says of an empty cell
            if index.column() == TOPIC_COLUMN and not session.topic_title:
                return self._no_topic
            if index.column() == NOTE_COLUMN and not session.note:
                return self._no_note
            return None  # the shown text
        language = current()
        values = (
            language.short_date(session.start.date()),
            language.time(session.start),
            language.time(session.end) if session.end else self._running,
            str(session.minutes),
            session.step_title,
            session.topic_title or "",
            session.note,
        )
        return values[index.column()]

    def session_at(self, row: int) -> SessionView | None:
        return self.sessions[row] if 0 <= row < len(self.sessions) else None

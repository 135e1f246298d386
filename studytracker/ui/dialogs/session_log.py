"""The session log: sessions by date range and step, with totals, the daily goal and streaks;
log a past session, edit or delete one, and undo either."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import (
    QDate,
    QRegularExpression,
    Qt,
)
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from studytracker.formatting import format_minutes
from studytracker.i18n import Context, current
from studytracker.store.errors import StoreError
from studytracker.store.policy import MAX_SESSION_MINUTES
from studytracker.store.records import Changes, SessionView, StepSummary, TopicView
from studytracker.ui.controllers.error_text import error_text
from studytracker.ui.models.session_table import SessionTableModel
from studytracker.ui.shell.actions import menu_literal
from studytracker.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from studytracker.store.commands.study import DeletedSession
    from studytracker.store.reads import Reads
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.operations import OperationRunner

Sessions = Context("Sessions")
R = TypeVar("R")


class SessionEditDialog(QDialog):
    """Log a past session, or change one: step, topic, day, start, minutes, note."""

    def __init__(
        self,
        reads: Reads,
        steps: list[StepSummary] | tuple[StepSummary, ...],
        session: SessionView | None = None,
        parent: QWidget | None = None,
        step_id: str | None = None,
        submit: Callable[[dict[str, Any]], str | None] | None = None,
    ) -> None:
        """`submit` saves the values and returns why not (the form then stays open, as typed),
        or None; `step_id` is the step a new session starts on."""
        super().__init__(parent)
        self.setObjectName("sessionEditDialog")
        self.submit = submit
        self.setWindowTitle(Sessions.tr("Edit session") if session else Sessions.tr("Log a past session"))
        self.reads = reads
        self.step_box = QComboBox(self)
        self.step_box.setAccessibleName(Sessions.tr("Step"))
        for step in steps:
            self.step_box.addItem(step.title, step.id)
        self.topic_box = QComboBox(self)
        self.topic_box.setAccessibleName(Sessions.tr("Topic"))
        now = reads.clock.now()
        self.day_edit = DateField(self)
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setMaximumDate(QDate(now.year, now.month, now.day))
        # A plain field: what is typed is what counts (a time editor's sections would turn
        # "17:00" typed over a selection into another hour).
        self.time_edit = QLineEdit(self)
        self.time_edit.setPlaceholderText("HH:MM")
        self.time_edit.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"([01]?\d|2[0-3]):[0-5]\d"), self.time_edit)
        )
        self.minutes_box = QSpinBox(self)
        self.minutes_box.setRange(1, MAX_SESSION_MINUTES)
        self.minutes_box.setSuffix(" min")
        self.note_edit = QLineEdit(self)
        self.error = QLabel(self)
        self.error.setObjectName("sessionError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(Sessions.tr("&Step"), self.step_box)
        form.addRow(Sessions.tr("&Topic"), self.topic_box)
        form.addRow(Sessions.tr("&Day"), self.day_edit)
        form.addRow(Sessions.tr("Start &time"), self.time_edit)
        form.addRow(Sessions.tr("&Minutes"), self.minutes_box)
        form.addRow(Sessions.tr("&Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.step_box.currentIndexChanged.connect(lambda _i: self._fill_topics(None))
        if session is not None:
            self.step_box.setCurrentIndex(max(self.step_box.findData(session.step_id), 0))
            self._fill_topics(session.topic_id)
            self.day_edit.setDate(QDate(session.start.year, session.start.month, session.start.day))
            self.time_edit.setText(f"{session.start:%H:%M}")
            self.minutes_box.setValue(max(session.minutes, 1))
            self.note_edit.setText(session.note)
        else:
            if step_id is not None:
                self.step_box.setCurrentIndex(max(self.step_box.findData(step_id), 0))
            self._fill_topics(None)
            start = now - timedelta(minutes=30)
            self.day_edit.setDate(QDate(start.year, start.month, start.day))
            self.time_edit.setText(f"{start:%H:%M}")
            self.minutes_box.setValue(30)

    def accept(self) -> None:
        """Save through `submit`; on a refusal say why at the form and keep what was typed."""
        if not self.time_edit.hasAcceptableInput():
            self._refused(Sessions.tr("The start time is a time of day such as 17:00."), self.time_edit)
            return
        problem = self.submit(self.values()) if self.submit else None
        if problem:
            field = self.minutes_box if "minute" in problem and "overlaps" not in problem else self.time_edit
            self._refused(problem, field)
            return
        super().accept()

    def _refused(self, problem: str, field: QWidget) -> None:
        self.error.setText(problem)
        field.setFocus()

    def _fill_topics(self, selected: str | None) -> None:
        self.topic_box.clear()
        self.topic_box.addItem(Sessions.tr("(the whole step)"), None)
        step_id = self.step_box.currentData()
        if not step_id:
            return

        def add(topics: list[TopicView] | tuple[TopicView, ...], depth: int) -> None:
            for topic in topics:
                self.topic_box.addItem("    " * depth + topic.title, topic.id)
                add(topic.children, depth + 1)

        add(self.reads.progress.topic_tree(step_id), 0)
        if selected:
            self.topic_box.setCurrentIndex(max(self.topic_box.findData(selected), 0))

    def values(self) -> dict[str, Any]:
        qdate = self.day_edit.date()
        from datetime import time

        hour, _, minute = self.time_edit.text().partition(":")
        return {
            "step_id": self.step_box.currentData(),
            "topic_id": self.topic_box.currentData(),
            "day": date(qdate.year(), qdate.month(), qdate.day()),
            "at": time(int(hour), int(minute)) if self.time_edit.hasAcceptableInput() else None,
            "minutes": self.minutes_box.value(),
            "note": self.note_edit.text().strip(),
        }


class _SessionCommand(QUndoCommand):
    """An undoable change to the log, written through the operation runner (which tells every
    view, the log among them, what changed). It is applied once outside the undo stack, so that
    a refusal (an overlap, say) reaches the learner and nothing lands on the stack."""

    # Each command below defines both: do() makes the change, undo_it() takes it back.
    do: Callable[[], None]
    undo_it: Callable[[], None]

    def __init__(self, log: SessionLog, text: str) -> None:
        super().__init__(text)
        self.log = log
        self._pushed_after_apply = False

    def write(self, command: Callable[[Tracker], R]) -> R:
        return self.log.runner.attempt(command)

    def apply(self) -> None:
        self.do()
        self._pushed_after_apply = True

    def redo(self) -> None:
        if self._pushed_after_apply:  # QUndoStack.push calls redo(); the work is already done
            self._pushed_after_apply = False
        else:
            self.log.attempt_quietly(self.do)

    def undo(self) -> None:
        self.log.attempt_quietly(self.undo_it)


class _LogCommand(_SessionCommand):
    def __init__(self, log: SessionLog, values: dict[str, Any]) -> None:
        super().__init__(log, Sessions.tr("log a session"))
        self.values = values
        self.session_id: int | None = None
        self.deleted: DeletedSession | None = None

    def do(self) -> None:
        deleted, values = self.deleted, self.values
        if deleted is not None:  # a redo after an undo puts back the very same session
            result = self.write(lambda tracker: tracker.study.restore(deleted))
        else:
            result = self.write(lambda tracker: tracker.study.log(**values))
        self.session_id = result.session.id
        self.log.show_session(self.session_id)  # a day before the dates shown: they widen to it

    def undo_it(self) -> None:
        session_id = self.session_id
        assert session_id is not None
        self.deleted = self.write(lambda tracker: tracker.study.delete(session_id))


class _EditCommand(_SessionCommand):
    def __init__(self, log: SessionLog, before: SessionView, values: dict[str, Any]) -> None:
        super().__init__(log, Sessions.tr("edit a session"))
        self.before, self.values = before, values

    def do(self) -> None:
        before, values = self.before, self.values
        self.write(lambda tracker: tracker.study.update(before.id, **values))

    def undo_it(self) -> None:
        before = self.before
        self.write(
            lambda tracker: tracker.study.update(
                before.id,
                before.step_id,
                before.minutes,
                before.start.date(),
                before.start.time().replace(second=0),
                topic_id=before.topic_id,
                note=before.note,
            )
        )


class _DeleteCommand(_SessionCommand):
    def __init__(self, log: SessionLog, session_id: int) -> None:
        super().__init__(log, Sessions.tr("delete a session"))
        self.session_id = session_id
        self.deleted: DeletedSession | None = None

    def do(self) -> None:
        session_id = self.session_id
        self.deleted = self.write(lambda tracker: tracker.study.delete(session_id))

    def undo_it(self) -> None:
        deleted = self.deleted
        assert deleted is not None
        self.session_id = self.write(lambda tracker: tracker.study.restore(deleted)).session.id


class SessionLog(QDialog):
    """Sessions filtered by date range and step, newest first; logging, editing and deleting
    them with undo, through the operation runner. It listens to the runner's changes as every
    view does, so a session the timer stops shows here too."""

    def __init__(
        self,
        runner: OperationRunner,
        parent: QWidget | None = None,
        shown_step: Callable[[], str | None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sessionLog")
        self.setWindowTitle(Sessions.tr("Session log"))
        self.runner = runner
        self.shown_step = shown_step
        self.undo_stack = QUndoStack(self)
        today = self.reads.clock.now().date()
        self.from_edit = DateField(QDate(today.year, today.month, today.day).addDays(-29), self)
        self.to_edit = DateField(QDate(today.year, today.month, today.day), self)
        for date_edit, name in ((self.from_edit, Sessions.tr("From")), (self.to_edit, Sessions.tr("To"))):
            date_edit.setCalendarPopup(True)
            date_edit.setAccessibleName(name)
            date_edit.dateChanged.connect(lambda _d: self.refresh())
        self.step_filter = QComboBox(self)
        self.step_filter.setAccessibleName(Sessions.tr("Step"))
        self.model = SessionTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("sessionTable")
        self.table.setAccessibleName(Sessions.tr("Sessions"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.totals = QLabel(self)
        self.totals.setObjectName("sessionTotals")
        self.goal_label = QLabel(self)
        self.goal_label.setObjectName("goalAndStreak")
        add = QPushButton(Sessions.tr("&Log a session…"), self)
        edit = self.edit_button = QPushButton(Sessions.tr("&Edit…"), self)
        delete = self.delete_button = QPushButton(Sessions.tr("&Delete"), self)
        delete_key = QAction(self)
        delete_key.setShortcut(QKeySequence.StandardKey.Delete)
        delete_key.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete_key.triggered.connect(self.delete_selected)
        self.table.addAction(delete_key)
        undo = self.undo_stack.createUndoAction(self, Sessions.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, Sessions.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        undo_button = self.undo_button = QPushButton(Sessions.tr("Undo"), self)
        undo_button.clicked.connect(undo.trigger)
        self.undo_stack.canUndoChanged.connect(undo_button.setEnabled)
        # the button names what it undoes ("Undo: delete a session")
        self.undo_stack.undoTextChanged.connect(
            lambda change: undo_button.setText(
                Sessions.tr("Undo: {change}").format(change=menu_literal(change))
                if change
                else Sessions.tr("Undo")
            )
        )
        undo_button.setEnabled(False)
        add.clicked.connect(lambda: self.ask_new())
        edit.clicked.connect(lambda: self.edit_selected())
        delete.clicked.connect(self.delete_selected)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(Sessions.tr("From"), self))
        filters.addWidget(self.from_edit)
        filters.addWidget(QLabel(Sessions.tr("to"), self))
        filters.addWidget(self.to_edit)
        filters.addWidget(QLabel(Sessions.tr("Step"), self))
        filters.addWidget(self.step_filter, 1)
        buttons = QHBoxLayout()
        for button in (add, edit, delete, undo_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.goal_label)
        layout.addLayout(buttons)
        self.resize(860, 520)
        self.reload_steps()
        self.step_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table.selectionModel().selectionChanged.connect(lambda _s, _d: self._enable_row_buttons())
        runner.changed.connect(self._data_changed)
        self.refresh()

    def reload_steps(self) -> None:
        self.step_filter.blockSignals(True)
        self.step_filter.clear()
        self.step_filter.addItem(Sessions.tr("All steps"), None)
        self.steps = self.reads.progress.status().steps
        for step in self.steps:
            self.step_filter.addItem(step.title, step.id)
        self.step_filter.blockSignals(False)

    def _range(self) -> tuple[date, date]:
        first, last = self.from_edit.date(), self.to_edit.date()
        return date(first.year(), first.month(), first.day()), date(last.year(), last.month(), last.day())

    def refresh(self) -> None:
        date_from, date_to = self._range()
        if date_from > date_to:
            self.totals.setText(Sessions.tr("The start date is after the end date."))
            self.model.set_sessions([])
            return
        sessions = self.reads.sessions.log(date_from, date_to, step_id=self.step_filter.currentData())
        self.model.set_sessions(sessions)
        self._enable_row_buttons()
        language = current()
        first, last = language.medium_date(date_from), language.medium_date(date_to)
        if sessions:
            self.totals.setText(
                Sessions.tr("%n session(s), {time} from {first} to {last}", None, len(sessions)).format(
                    time=format_minutes(sum(s.minutes for s in sessions)), first=first, last=last
                )
            )
        else:
            self.totals.setText(
                Sessions.tr(
                    "No study sessions from {first} to {last}. Start the timer (Ctrl+T) while you study,"
                    " or log one you did (Log a session…)."
                ).format(first=first, last=last)
            )
        streak = self.reads.plan.streaks()
        text = Sessions.tr("Today: {studied} of a {goal} daily goal").format(
            studied=format_minutes(streak.today_minutes), goal=format_minutes(streak.goal_minutes)
        )
        if streak.enabled:
            text += Sessions.tr(" · streak %n day(s), longest {longest}", None, streak.current).format(
                longest=streak.longest
            )
        self.goal_label.setText(text)

    @property
    def reads(self) -> Reads:
        reads = self.runner.reads
        assert reads is not None  # the session log opens once the store is attached
        return reads

    def _data_changed(self, changes: Changes) -> None:
        """Another part of the window (or this log) changed data: sessions, the steps' titles
        when a roadmap moved, today's goal and streak with the settings."""
        if changes.roadmaps:
            self.reload_steps()
        if changes.sessions or changes.roadmaps or changes.settings:
            self.refresh()

    def attempt_quietly(self, change: Callable[[], None]) -> None:
        """An undo or a redo: refused (the data moved meanwhile), it is said, not raised."""
        try:
            change()
        except StoreError as error:
            self.runner.questions.warn(Sessions.tr("Not saved"), error_text(error))

    def _enable_row_buttons(self) -> None:
        """Edit and Delete need a finished session selected."""
        session = self.selected()
        can = session is not None and session.end is not None
        self.edit_button.setEnabled(can)
        self.delete_button.setEnabled(can)

    def show_session(self, session_id: int) -> bool:
        """Widen the filters to a session (a search hit, say) and select it."""
        session = self.reads.sessions.get(session_id)
        if session is None:
            return False
        day = session.start.date()
        if not self._range()[0] <= day <= self._range()[1]:
            self.from_edit.setDate(QDate(day.year, day.month, day.day))
        self.step_filter.setCurrentIndex(0)
        self.refresh()
        for row in range(self.model.rowCount()):
            shown = self.model.session_at(row)
            if shown is not None and shown.id == session_id:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
                return True
        return False

    def selected(self) -> SessionView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.session_at(rows[0].row()) if rows else None

    def _try(self, command: _SessionCommand) -> str | None:
        """Apply a change and put it on the undo stack; why it was refused, or None."""
        try:
            command.apply()
        except StoreError as error:  # refused: nothing was written, nothing to undo
            return error_text(error)
        self.undo_stack.push(command)
        return None

    def _push(self, command: _SessionCommand) -> bool:
        problem = self._try(command)
        if problem:
            self.runner.questions.warn(Sessions.tr("Not saved"), problem)
        return problem is None

    def log_new(self, values: dict[str, Any]) -> bool:
        return self._push(_LogCommand(self, values))

    def ask_new(self, step_id: str | None = None) -> SessionEditDialog:
        """The form for a past session, on `step_id` (the one the learner has selected)."""
        dialog = SessionEditDialog(
            self.reads,
            self.steps,
            parent=self,
            # the step asked for, else the one the log shows, else the one the window shows
            step_id=step_id or self.step_filter.currentData() or self.shown_step(),
            submit=lambda values: self._try(_LogCommand(self, values)),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_selected(self, values: dict[str, Any] | None = None) -> bool | SessionEditDialog:
        """Change the selected session: with `values` at once, else through the form."""
        session = self.selected()
        if session is None or session.end is None:
            return False
        if values is not None:
            return self._push(_EditCommand(self, session, values))
        chosen = session
        dialog = SessionEditDialog(
            self.reads,
            self.steps,
            session,
            parent=self,
            submit=lambda values: self._try(_EditCommand(self, chosen, values)),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def delete_selected(self) -> bool:
        session = self.selected()
        if session is None or session.end is None:
            return False
        return self._push(_DeleteCommand(self, session.id))

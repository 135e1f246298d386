"""The Cohort view: a mentor's cohorts on the hub, each learner's figures as they share them, the
steps × learners grid and where learners are stuck; saved as the cohort report (PDF) or CSV.
Everything is read from the hub off the event loop."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from studytracker.formatting import format_minutes
from studytracker.i18n import Context, current

if TYPE_CHECKING:
    from datetime import date

    from studytracker.report.cohort import CohortFigures
    from studytracker.store.sync.cohort import Cohort
    from studytracker.ui.dialogs.questions import Questions

CohortView = Context("CohortView")
DASH = "–"


def read_cohort(
    address: str, data_dir: Path, wanted: str | None, today: date
) -> tuple[list[Cohort], CohortFigures | None]:
    """The mentor's cohorts, and the figures of the one named (else the first); on a worker thread."""
    from studytracker.report.cohort import cohort_figures
    from studytracker.store.sync.cohort import HubCohorts
    from studytracker.store.sync.hub import HubTransport

    transport = HubTransport(address, data_dir)
    try:
        cohorts = HubCohorts(transport)
        found = cohorts.cohorts()
        chosen = next((c for c in found if c.name == wanted), found[0] if found else None)
        return found, cohort_figures(chosen, cohorts.shares(chosen), today) if chosen else None
    finally:
        transport.close()


class CohortDialog(QDialog):
    """The cohorts this device's hub role runs (none for a learner, which it says)."""

    def __init__(
        self, address: str, data_dir: Path, today: date, questions: Questions, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cohortView")
        self.setWindowTitle(CohortView.tr("Cohort"))
        self.address, self.data_dir, self.today, self.questions = address, data_dir, today, questions
        self.figures: CohortFigures | None = None
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(CohortView.tr("Cohort"))
        self.choice.activated.connect(lambda _index: self.load(self.choice.currentText()))
        refresh = QPushButton(CohortView.tr("&Refresh"), self)
        refresh.clicked.connect(lambda: self.load(self.choice.currentText() or None))
        top = QHBoxLayout()
        top.addWidget(QLabel(CohortView.tr("Cohort:"), self))
        top.addWidget(self.choice, 1)
        top.addWidget(refresh)
        self.summary = QLabel(CohortView.tr("Reading the hub…"), self)
        self.summary.setWordWrap(True)
        self.learners = self._table(CohortView.tr("Learners"))
        self.grid = self._table(CohortView.tr("Steps × learners"))
        self.stuck = QListWidget(self)
        self.stuck.setAccessibleName(CohortView.tr("Where learners are stuck"))
        tabs = QTabWidget(self)
        tabs.addTab(self.learners, CohortView.tr("&Learners"))
        tabs.addTab(self.grid, CohortView.tr("&Steps × learners"))
        tabs.addTab(self.stuck, CohortView.tr("Where they are s&tuck"))
        self.notes = QTextBrowser(self)
        self.notes.setAccessibleName(CohortView.tr("Shared notes"))
        self.notes.setOpenLinks(False)  # a note's links are the learner's: never followed from here
        tabs.addTab(self.notes, CohortView.tr("Shared &notes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.pdf_button = buttons.addButton(
            CohortView.tr("Save as &PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.csv_button = buttons.addButton(
            CohortView.tr("Save as &CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self._enable(False)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(self)
        table.setAccessibleName(name)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        return table

    def _enable(self, ready: bool) -> None:
        self.pdf_button.setEnabled(ready)
        self.csv_button.setEnabled(ready)

    def load(self, wanted: str | None = None) -> None:
        from studytracker.ui.controllers.tasks import BackgroundWork

        self._enable(False)
        self.summary.setText(CohortView.tr("Reading the hub…"))
        address, data_dir, today = self.address, self.data_dir, self.today
        work = BackgroundWork(self, lambda: read_cohort(address, data_dir, wanted, today))
        work.finished.connect(self._show)
        work.failed.connect(self.summary.setText)
        work.start()

    def _show(self, result: tuple[list[Cohort], CohortFigures | None]) -> None:
        cohorts, figures = result
        self.choice.clear()
        self.choice.addItems([cohort.name for cohort in cohorts])
        self.figures = figures
        if figures is None:
            self.summary.setText(
                CohortView.tr(
                    "You run no cohort on this hub: this view is a mentor's. As a learner, you choose "
                    "what your mentor sees in File → Sync with other devices…. A mentor creates a cohort "
                    "with 'studytracker hub cohort create NAME --roadmap ID' and invites each learner "
                    "with 'studytracker hub invite NAME --learner NAME'."
                )
            )
            return
        self.choice.setCurrentText(figures.cohort.name)
        language = current()
        average = figures.average_percent
        self.summary.setText(
            CohortView.tr(
                "{roadmap} · %n learner(s) · average progress {percent}%, study time {week} this week "
                "and {month} this month. Each learner's figures are as of their last sync; a dash is "
                "something they do not share (a streak, only learners who show streaks).",
                None,
                len(figures.learners),
            ).format(
                roadmap=figures.roadmap_title,
                percent=language.number(average, 1) if average is not None else DASH,
                week=format_minutes(round(figures.average_week))
                if figures.average_week is not None
                else DASH,
                month=format_minutes(round(figures.average_month))
                if figures.average_month is not None
                else DASH,
            )
        )
        self._fill_learners(figures)
        self._fill_grid(figures)
        self.stuck.clear()
        for title, count in figures.stuck_steps():
            self.stuck.addItem(CohortView.tr("{step}: %n learner(s)", None, count).format(step=title))
        if not self.stuck.count():
            self.stuck.addItem(CohortView.tr("No topic has been in progress for more than 14 days."))
        self._fill_notes(figures)
        self._enable(True)

    def _fill_notes(self, figures: CohortFigures) -> None:
        """The notes learners chose to share, under each learner's name and the note's heading."""
        from studytracker.ui.widgets.markdown_html import escape, markdown_to_html

        parts = [
            f"<h2>{escape(row.name)}</h2>"
            + "".join(
                f"<h3>{escape(heading)}</h3>{markdown_to_html(body)}" for _s, _t, heading, body in row.notes
            )
            for row in figures.learners
            if row.notes
        ]
        nobody = CohortView.tr("No learner of this cohort shares their notes.")
        self.notes.setHtml("".join(parts) or f"<p>{escape(nobody)}</p>")

    def _fill_learners(self, figures: CohortFigures) -> None:
        from studytracker.report.cohort_pdf import learner_cells

        headers = [
            CohortView.tr("Learner"),
            CohortView.tr("Progress"),
            CohortView.tr("This week"),
            CohortView.tr("This month"),
            CohortView.tr("Streak"),
            CohortView.tr("Last active"),
            CohortView.tr("Stuck"),
            CohortView.tr("Reviews overdue"),
            CohortView.tr("Forecast"),
        ]
        table = self.learners
        table.clear()
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setRowCount(len(figures.learners))
        language = current()
        for row, learner in enumerate(figures.learners):
            for column, text in enumerate(learner_cells(learner, language)):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_grid(self, figures: CohortFigures) -> None:
        table = self.grid
        table.clear()
        sharing = [learner for learner in figures.learners if learner.step_percent]
        table.setColumnCount(len(sharing))
        table.setRowCount(len(figures.steps))
        table.setHorizontalHeaderLabels([learner.name for learner in sharing])
        table.setVerticalHeaderLabels([title for _id, title in figures.steps])
        highlight = self.palette().highlight().color()
        language = current()
        for row, (step_id, _title) in enumerate(figures.steps):
            for column, learner in enumerate(sharing):
                percent = learner.step_percent.get(step_id, 0.0)
                item = QTableWidgetItem(f"{language.number(percent)}%")
                shade = QColor(highlight)
                shade.setAlphaF(0.1 + 0.9 * percent / 100 if percent else 0.0)
                item.setBackground(shade)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def save(self, kind: str) -> None:
        figures = self.figures
        if figures is None:
            return
        suggested = Path.home() / f"{figures.cohort.name}.{kind}"
        if kind == "pdf":
            out = self.questions.save_file(
                self.windowTitle(), suggested, CohortView.tr("PDF (*.pdf)"), ".pdf"
            )
        else:
            out = self.questions.save_file(
                self.windowTitle(), suggested, CohortView.tr("CSV (*.csv)"), ".csv"
            )
        if out is None:
            return
        from studytracker.ui.controllers.tasks import BackgroundTask

        language = current().code
        task = BackgroundTask(
            self,
            CohortView.tr("Writing the cohort report…"),
            lambda: write_cohort(figures, out, kind, language),
        )
        task.finished.connect(
            lambda _result: self.questions.inform(
                self.windowTitle(), CohortView.tr("Saved {path}").format(path=out)
            )
        )
        task.failed.connect(lambda message: self.questions.warn(self.windowTitle(), message))
        task.start()


def write_cohort(figures: CohortFigures, out: Path, kind: str, language: str) -> None:
    """The cohort report as PDF or CSV, whole or not at all (a worker thread)."""
    from studytracker.report.cohort import cohort_csv
    from studytracker.report.cohort_pdf import write_cohort_report
    from studytracker.store.whole_files import write_whole

    if kind == "pdf":
        write_cohort_report(figures, out, language)
    else:
        text = cohort_csv(figures)
        write_whole(out, lambda path: path.write_text(text, encoding="utf-8"))

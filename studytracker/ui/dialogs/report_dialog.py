"""File → Export report…: the period and whether to include notes, then the PDF in the background."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from studytracker.i18n import Context
from studytracker.ui.widgets.date_field import DateField

if TYPE_CHECKING:
    from studytracker.report.pdf import ReportOptions, ReportResult
    from studytracker.store.tracker import Tracker
    from studytracker.ui.controllers.operations import OperationRunner
    from studytracker.ui.controllers.tasks import BackgroundTask
    from studytracker.ui.dialogs.questions import Questions


ReportExport = Context("ReportExport")


class ReportDialog(QDialog):
    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle(ReportExport.tr("Export progress report"))
        self.from_edit = DateField(QDate(first.year, first.month, first.day), self)
        self.to_edit = DateField(QDate(last.year, last.month, last.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
        self.notes = QCheckBox(ReportExport.tr("Include my &notes"), self)
        form = QFormLayout(self)
        form.addRow(ReportExport.tr("&From"), self.from_edit)
        form.addRow(ReportExport.tr("&To"), self.to_edit)
        form.addRow(self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ReportExport.tr("Choose file…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # wide enough that the window manager shows the whole title
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.windowTitle()) + 160)

    def period(self) -> tuple[date, date]:
        first, last = self.from_edit.date(), self.to_edit.date()
        return date(first.year(), first.month(), first.day()), date(last.year(), last.month(), last.day())


def export_report(
    runner: OperationRunner,
    questions: Questions,
    parent: QWidget,
    out: Path | None = None,
    options: ReportOptions | None = None,
) -> BackgroundTask | None:
    """Ask for the period and the file (unless given), then write the report in the background
    and say where it went."""
    reads = runner.reads
    if reads is None:
        return None
    if options is None:
        from studytracker.report.pdf import ReportOptions

        days = reads.plan.minutes_by_day()
        today = reads.clock.now().date()
        dialog = ReportDialog(min(days) if days else today, today, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        first, last = dialog.period()
        options = ReportOptions(first, last, include_notes=dialog.notes.isChecked())
    if out is None:
        out = questions.save_file(
            ReportExport.tr("Save the report"), Path.home() / "progress-report.pdf", "PDF (*.pdf)", ".pdf"
        )
        if out is None:
            return None
    chosen, target = options, out

    def work(tracker: Tracker) -> ReportResult:
        from studytracker.report.pdf import write_report

        return write_report(tracker.reads, target, chosen)

    def written(result: ReportResult) -> None:
        runner.message.emit(
            ReportExport.tr("Report saved: {path} (%n page(s))", None, result.pages).format(path=result.path),
            10000,
        )

    return runner.run_in_background(
        ReportExport.tr("Writing the progress report…"),
        work,
        written,
        failed_title=ReportExport.tr("Report not written"),
    )

"""File → Export report…: the period and whether to include notes, then the PDF in the background."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget


class ReportDialog(QDialog):
    def __init__(self, first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportDialog")
        self.setWindowTitle("Export progress report")
        self.from_edit = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.to_edit = QDateEdit(QDate(last.year, last.month, last.day), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.notes = QCheckBox("Include my notes", self)
        form = QFormLayout(self)
        form.addRow("&From", self.from_edit)
        form.addRow("&To", self.to_edit)
        form.addRow(self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Choose file…")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        first, last = self.from_edit.date(), self.to_edit.date()
        return date(first.year(), first.month(), first.day()), date(last.year(), last.month(), last.day())

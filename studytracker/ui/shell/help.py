"""The Help menu: the user guide (offline, bundled), the keyboard shortcuts (from the action
table), About with the data folder, and opening the data folder in the file manager."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from studytracker import __version__
from studytracker.i18n import Context, current
from studytracker.resources import resource_path
from studytracker.ui.shell.actions import shortcut_rows
from studytracker.ui.step_pane.checklist import checklist_keys
from studytracker.ui.widgets.markdown_html import escape
from studytracker.ui.widgets.text_browser import TextBrowser

if TYPE_CHECKING:
    from studytracker.ui.dialogs.questions import Questions

HelpMenu = Context("HelpMenu")

GUIDE = "guide.md"


def guide_path() -> Path:
    """The guide in the window's language (`guide.<code>.md`), else the English one."""
    translated = resource_path(f"guide.{current().code}.md")
    return translated if translated.is_file() else resource_path(GUIDE)


class GuideDialog(QDialog):
    """The user guide, read in the app; its links (none leave the app unasked) go to `open_url`."""

    def __init__(self, open_url: Callable[[QUrl], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(HelpMenu.tr("StudyTracker guide"))
        self.browser = TextBrowser(self)
        self.browser.setAccessibleName(HelpMenu.tr("User guide"))
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(open_url)
        self.browser.setMarkdown(guide_path().read_text(encoding="utf-8"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 560)


class Help:
    """What the Help menu's items do."""

    def __init__(
        self,
        questions: Questions,
        data_dir: Callable[[], Path | None],
        open_url: Callable[[QUrl], object],
        parent: QWidget,
    ) -> None:
        self.questions = questions
        self._data_dir = data_dir
        self.open_url = open_url
        self.parent = parent
        self.guide: GuideDialog | None = None

    def show_guide(self) -> GuideDialog:
        if self.guide is None:
            self.guide = GuideDialog(self.open_url, self.parent)
        self.guide.show()
        self.guide.raise_()
        return self.guide

    def show_keys(self) -> None:
        rows = shortcut_rows(checklist_keys())
        table = "".join(
            f"<tr><td style='padding-right:18px'><b>{escape(keys)}</b></td><td>{escape(what)}</td></tr>"
            for keys, what in rows
        )
        self.questions.about(HelpMenu.tr("Keyboard shortcuts"), f"<table>{table}</table>")

    def about_text(self) -> str:
        data_dir = self._data_dir()
        where = (
            "<p>"
            + HelpMenu.tr("Your data: {folder} (Help → Open data folder)").format(
                folder=f"<code>{escape(str(data_dir))}</code>"
            )
            if data_dir is not None
            else ""
        )
        return (
            f"<b>StudyTracker {__version__}</b><p>"
            + HelpMenu.tr("Follow a learning roadmap: topics, study time, notes.")
            + "<p>"
            + HelpMenu.tr(
                "Your data stays in one file on this computer; the app goes online only when you ask "
                "it to: to sync with your other devices or a hub you set up."
            )
            + where
        )

    def show_about(self) -> None:
        self.questions.about(HelpMenu.tr("About StudyTracker"), self.about_text())

    def open_data_folder(self) -> None:
        """The data folder in the system's file manager."""
        data_dir = self._data_dir()
        if data_dir is not None:
            self.open_url(QUrl.fromLocalFile(str(data_dir)))

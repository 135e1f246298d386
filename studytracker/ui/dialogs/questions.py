"""Every question and message the window puts to the learner, in one place.

Controllers ask through a `Questions` object rather than opening message boxes themselves, so a
test answers by replacing one method (`window.questions.confirm = lambda *a: True`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from studytracker.i18n import Context, current
from studytracker.ui.widgets.markdown_html import escape

if TYPE_CHECKING:
    from studytracker.roadmap.model import Roadmap
    from studytracker.store.records import RemovalCounts, RoadmapInfo, SessionView


Ask = Context("Ask")


def roadmap_counts(steps: int, topics: int, resources: int) -> str:
    """ "12 steps, 140 topics, 80 resources." (one sentence to translate, each count a word)"""
    return Ask.tr("{steps}, {topics}, {resources}.").format(
        steps=Ask.tr("%n step(s)", None, steps),
        topics=Ask.tr("%n topic(s)", None, topics),
        resources=Ask.tr("%n resource(s)", None, resources),
    )


def carried_over(kept: int, lost: int) -> str:
    """What replacing does to the learner's marks, said before they agree (never silently)."""
    if not kept and not lost:
        return ""
    text = Ask.tr("<p>Your marks on %n topic(s) carry over.", None, kept)
    if lost:
        text += " " + Ask.tr(
            "<b>%n marked topic(s) are not in this reading</b>: they would be archived with their marks.",
            None,
            lost,
        )
    return text


class Questions:
    """Message boxes and file choosers, parented to one widget (the main window)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    # --- plain messages -------------------------------------------------------------------

    def _plain(
        self, icon: QMessageBox.Icon, title: str, message: str, buttons: QMessageBox.StandardButton
    ) -> int:
        """A message box whose text is shown as written: a file name or an imported title that
        looks like HTML is never read as HTML (which could load a picture from anywhere)."""
        box = QMessageBox(icon, title, message, buttons, self.parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec()

    def inform(self, title: str, message: str) -> None:
        self._plain(QMessageBox.Icon.Information, title, message, QMessageBox.StandardButton.Ok)

    def warn(self, title: str, message: str) -> None:
        self._plain(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok)

    def critical(self, title: str, message: str) -> None:
        self._plain(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok)

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self.parent, title, text)  # the app's own rich text

    def confirm(self, title: str, question: str) -> bool:
        """A yes-or-no question; True when the learner answers yes."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = self._plain(QMessageBox.Icon.Question, title, question, buttons)
        return answer == QMessageBox.StandardButton.Yes

    # --- choosing -------------------------------------------------------------------------

    def choose(self, title: str, label: str, items: list[str]) -> str | None:
        from PySide6.QtWidgets import QInputDialog

        choice, ok = QInputDialog.getItem(self.parent, title, label, items, 0, False)
        return choice if ok else None

    def whole_number(self, title: str, label: str, value: int, low: int, high: int) -> int | None:
        from PySide6.QtWidgets import QInputDialog

        number, ok = QInputDialog.getInt(self.parent, title, label, value, low, high, 5)
        return number if ok else None

    def open_file(self, title: str, file_filter: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self.parent, title, str(Path.home()), file_filter)
        return Path(name) if name else None

    def save_file(self, title: str, suggested: Path, file_filter: str, suffix: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(self.parent, title, str(suggested), file_filter)
        if not name:
            return None
        return Path(name if name.lower().endswith(suffix) else f"{name}{suffix}")

    # --- the app's own questions ----------------------------------------------------------

    def recovery(self, session: SessionView) -> str:
        """A timer session left by a crash: "keep" (up to its last heartbeat) or "discard"."""
        last = session.last_heartbeat or session.start
        box = QMessageBox(self.parent)
        box.setObjectName("recoveryOffer")
        box.setWindowTitle(Ask.tr("Interrupted study session"))
        box.setIcon(QMessageBox.Icon.Question)
        language = current()
        box.setText(
            Ask.tr(
                "A study session on {step} started at {start} ({day}) was interrupted: StudyTracker"
                " closed without stopping it.<p>Keep it up to {last}, the last moment it was known to run?"
            ).format(
                step=f"<b>{escape(session.step_title)}</b>",
                start=language.time(session.start),
                day=language.day_month(session.start.date()),
                last=language.time(last),
            )
        )
        keep = box.addButton(Ask.tr("Keep it"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(Ask.tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(keep)
        box.exec()
        return "keep" if box.clickedButton() is keep else "discard"

    def restore_after_damage(self, problem: str, when: str) -> bool:
        answer = QMessageBox.warning(
            self.parent,
            Ask.tr("Your data is damaged"),
            Ask.tr(
                "{problem}\n\nStudyTracker opened nothing for writing. Restore the newest good backup, "
                "from {when}? The damaged file is kept as it is."
            ).format(problem=problem, when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def import_roadmap(self, roadmap: Roadmap, existing: RoadmapInfo | None) -> bool:
        steps, topics, resources = roadmap.counts()
        edition = Ask.tr(", edition {edition}").format(edition=roadmap.edition) if roadmap.edition else ""
        what = (
            Ask.tr(
                "This updates {title}: progress is kept for every topic whose id "
                "remains; topics it no longer has are archived, not deleted."
            ).format(title=f"<b>{escape(existing.title)}</b>")
            if existing
            else Ask.tr("This adds a new roadmap beside the ones you follow.")
        )
        box = QMessageBox(self.parent)
        box.setObjectName("importConfirm")
        box.setWindowTitle(Ask.tr("Import roadmap"))
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(
            f"<b>{escape(roadmap.title)}</b> ({escape(roadmap.id)}{escape(edition)})<br>"
            + roadmap_counts(steps, topics, resources)
            + f"<p>{what}"
        )
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Ok).setText(Ask.tr("Import"))
        return box.exec() == QMessageBox.StandardButton.Ok

    def roadmap_already_there(
        self, roadmap: Roadmap, existing: RoadmapInfo, older: bool, carried: tuple[int, int] = (0, 0)
    ) -> str | None:
        """Importing a roadmap whose id is there: "replace" (a newer edition: progress kept by id,
        the rest archived), "as-new" (a separate roadmap), or None to cancel. An older edition
        is said to be older, and adding it as new is then the default. `carried`: of the topics
        the learner marked, how many this reading keeps by id, and how many it does not have."""
        steps, topics, resources = roadmap.counts()
        edition = (
            Ask.tr(" (edition {edition})").format(edition=escape(roadmap.edition)) if roadmap.edition else ""
        )
        there = (
            Ask.tr(" (edition {edition})").format(edition=escape(existing.edition))
            if existing.edition
            else ""
        )
        warning = (
            Ask.tr(
                "<p><b>This edition is older than the one you have.</b> Replacing would archive what "
                "the newer edition added."
            )
            if older
            else ""
        )
        box = QMessageBox(self.parent)
        box.setObjectName("roadmapAlreadyThere")
        box.setWindowTitle(Ask.tr("Roadmap already there"))
        box.setIcon(QMessageBox.Icon.Warning if older else QMessageBox.Icon.Question)
        box.setText(
            Ask.tr("{title}{edition}: {counts}").format(
                title=f"<b>{escape(roadmap.title)}</b>",
                edition=edition,
                counts=roadmap_counts(steps, topics, resources),
            )
            + Ask.tr("<p>You already follow {title}{edition} under the same id.").format(
                title=f"<b>{escape(existing.title)}</b>", edition=there
            )
            + warning
            + carried_over(*carried)
            + Ask.tr(
                "<p><b>Replace</b> updates it to this edition: progress is kept for every "
                "topic whose id remains; topics it no longer has are archived, not deleted. <b>Import as "
                "new</b> adds it as a separate roadmap."
            )
        )
        replace = box.addButton(Ask.tr("Replace"), QMessageBox.ButtonRole.DestructiveRole)
        as_new = box.addButton(Ask.tr("Import as new"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(as_new if older else replace)
        box.exec()
        if box.clickedButton() is replace:
            return "replace"
        if box.clickedButton() is as_new:
            return "as-new"
        return None

    def removal(self, title: str, counts: RemovalCounts) -> str | None:
        """Removing a roadmap: "keep-sessions", "everything", or None to cancel."""
        box = QMessageBox(self.parent)
        box.setObjectName("removeConfirm")
        box.setWindowTitle(Ask.tr("Remove roadmap"))
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(
            Ask.tr("Remove {title}?").format(title=f"<b>{escape(title)}</b>")
            + "<p>"
            + Ask.tr("It has progress on {topics}, {sessions} and {notes}.").format(
                topics=Ask.tr("%n topic(s)", None, counts.topics_with_progress),
                sessions=Ask.tr("%n study session(s)", None, counts.sessions),
                notes=Ask.tr("%n note(s)", None, counts.notes),
            )
        )
        keep = box.addButton(Ask.tr("Remove, keep sessions"), QMessageBox.ButtonRole.AcceptRole)
        everything = box.addButton(Ask.tr("Remove everything"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() is keep:
            return "keep-sessions"
        if box.clickedButton() is everything:
            return "everything"
        return None

    def close_while_running(self) -> str | None:
        """Closing with the timer running: "save" the session, "discard" it, or None to stay."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            Ask.tr("The timer is running"),
            Ask.tr("Save the study session before closing?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer))

    def close_with_unsaved_note(self) -> bool:
        answer = QMessageBox.warning(
            self.parent,
            Ask.tr("Notes not saved"),
            Ask.tr("A note could not be saved (see the message under it). Close anyway and lose the change?"),
            QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Close

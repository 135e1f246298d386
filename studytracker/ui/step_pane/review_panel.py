"""The Review tab: finished topics due for review today (overdue ones included), the most at risk
of being forgotten first. The learner recalls a topic, may look at their notes and its resources,
then rates the recall: Again, Hard, Good or Easy (keys 1 to 4)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studytracker.i18n import Context, current
from studytracker.ui.widgets.markdown_html import markdown_to_html
from studytracker.ui.widgets.text_browser import TextBrowser

if TYPE_CHECKING:
    from PySide6.QtGui import QResizeEvent

    from studytracker.store.records import DueReview
    from studytracker.ui.controllers.operations import OperationRunner

Review = Context("Review")


def rating_buttons() -> tuple[tuple[str, str], ...]:
    """(rating, button text): the keys 1 to 4 rate as the buttons are numbered."""
    return (
        ("again", Review.tr("&1 Again")),
        ("hard", Review.tr("&2 Hard")),
        ("good", Review.tr("&3 Good")),
        ("easy", Review.tr("&4 Easy")),
    )


class ReviewPanel(QWidget):
    """Signals:
    open_link_requested: a resource's web address, to open in the system browser.
    """

    open_link_requested = Signal(str)

    def __init__(self, runner: OperationRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPanel")
        self.runner = runner
        self.due: list[DueReview] = []
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(Review.tr("Topics due for review"))
        self.list.currentRowChanged.connect(self._show)
        self.topic = QLabel(self)
        self.topic.setObjectName("reviewTopic")
        self.topic.setTextFormat(Qt.TextFormat.PlainText)
        self.topic.setWordWrap(True)
        font = self.topic.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.topic.setFont(font)
        self.prompt = QLabel(
            Review.tr("Recall what you know of it; then look at your notes if you like, and rate."), self
        )
        self.prompt.setWordWrap(True)
        self.reveal = QPushButton(Review.tr("&Show my notes and its resources"), self)
        self.reveal.setObjectName("revealNotes")
        self.reveal.clicked.connect(self._reveal)
        self.details = TextBrowser(self)  # loads nothing from outside the attachments folder
        self.details.setObjectName("reviewDetails")
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(lambda url: self.open_link_requested.emit(url.toString()))
        self.buttons: dict[str, QToolButton] = {}
        ratings = QHBoxLayout()
        for rating, text in rating_buttons():
            # tool buttons: they share the row's width, without a push button's 80-pixel least
            button = QToolButton(self)
            button.setText(text)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setObjectName(f"rate_{rating}")
            button.clicked.connect(lambda _checked=False, rating=rating: self.rate(rating))
            ratings.addWidget(button)
            self.buttons[rating] = button
            key = QShortcut(QKeySequence(str(len(self.buttons))), self)
            key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            key.activated.connect(lambda rating=rating: self.rate(rating))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setMinimumHeight(90)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.topic)
        right_layout.addWidget(self.prompt)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.reveal)
        right_layout.addLayout(ratings)
        # The list above the topic on show: the tab stays narrow enough for a small screen's
        # viewer, beside a checklist that keeps its room.
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
        layout.addStretch(0)  # takes the room when nothing is due and only the heading shows

    def _fit_list(self) -> None:
        """The due list as tall as its rows, up to three fifths of the room: a few topics leave
        the rest to the one on show, many take the room they need."""
        total = sum(self.splitter.sizes())
        if not self.due or total <= 0:
            return
        rows = self.list.sizeHintForRow(0) * len(self.due) + 2 * self.list.frameWidth() + 4
        wanted = max(min(rows, total * 3 // 5), self.list.minimumSizeHint().height())
        self.splitter.setSizes([wanted, total - wanted])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()

    def reload(self) -> None:
        """Read what is due today again (after a review, or when the data changed)."""
        reads = self.runner.reads
        if reads is None:
            return
        self.due = reads.reviews.due()
        kept = self.current()
        self.list.blockSignals(True)
        self.list.clear()
        for review in self.due:
            recall = Review.tr("{step} · recall {percent}%").format(
                step=review.step_title, percent=current().number(review.retrievability * 100)
            )
            mark = Review.tr(" · to revisit") if review.to_revisit else ""
            item = QListWidgetItem(f"{review.title}\n{recall}{mark}")
            item.setToolTip(f"{review.step_title} › {review.title}")
            self.list.addItem(item)
        self.list.blockSignals(False)
        count = len(self.due)
        if count:
            self.heading.setText(
                Review.tr("%n finished topic(s) to review today, the most at risk first.", None, count)
            )
        else:
            coming = [(day, n) for day, n in reads.reviews.forecast(30).items() if n]
            after = (
                Review.tr(" The next: {count} on {day}.").format(
                    count=coming[0][1], day=current().short_date(coming[0][0])
                )
                if coming
                else ""
            )
            finished = (
                "" if reads.reviews.cards() else Review.tr(" Topics you tick done come back here for review.")
            )
            self.heading.setText(Review.tr("Nothing to review today.") + after + finished)
        self.splitter.setVisible(bool(self.due))
        self._fit_list()
        ids = [review.topic_id for review in self.due]
        row = ids.index(kept.topic_id) if kept and kept.topic_id in ids else 0
        self.list.setCurrentRow(row if self.due else -1)
        self._show(self.list.currentRow())

    def current(self) -> DueReview | None:
        row = self.list.currentRow()
        return self.due[row] if 0 <= row < len(self.due) else None

    def _show(self, _row: int) -> None:
        review = self.current()
        self.topic.setText(f"{review.step_title} › {review.title}" if review else "")
        self.details.setHtml(
            "<p style='color:gray'><i>"
            + Review.tr("Your notes and the step's resources show here once you have recalled what you can.")
            + "</i></p>"
            if review
            else ""
        )
        self.reveal.setVisible(review is not None)
        self.prompt.setVisible(review is not None)
        for button in self.buttons.values():
            button.setEnabled(review is not None and self.runner.tracker is not None)

    def _reveal(self) -> None:
        review = self.current()
        reads = self.runner.reads
        if review is None or reads is None:
            return
        with reads.snapshot() as snapshot:
            note = snapshot.notes.get(topic_id=review.topic_id)
            detail = snapshot.roadmaps.step_detail(review.step_id)
            self.details.set_attachments_folder(snapshot.attachments.folder)
        parts = [
            f"<h3>{Review.tr('Your notes')}</h3>",
            markdown_to_html(note.body) if note and note.body else f"<p><i>{Review.tr('No notes.')}</i></p>",
        ]
        if detail.resources:
            parts.append(f"<h3>{Review.tr('Resources of the step')}</h3><ul>")
            parts += [
                f'<li><a href="{html.escape(r.url, quote=True)}">{html.escape(r.title)}</a></li>'
                for r in detail.resources
            ]
            parts.append("</ul>")
        self.details.setHtml("".join(parts))

    def rate(self, rating: str) -> bool:
        """Record the review of the current topic; the next one comes up."""
        review = self.current()
        if review is None:
            return False
        topic = review.topic_id
        if (
            self.runner.run(
                Review.tr("Review not saved"), lambda tracker: tracker.reviews.rate(topic, rating)
            )
            is None
        ):
            return False
        reads = self.runner.reads
        due = reads.reviews.next_due(topic) if reads is not None else None
        if due is not None:
            self.runner.message.emit(
                Review.tr("{topic} comes back for review on {day}.").format(
                    topic=review.title, day=current().long_date(due)
                ),
                10000,
            )
        return True

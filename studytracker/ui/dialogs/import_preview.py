"""The preview of a markdown import: the steps it found (under their groups) and what it left
out, with the learner's choices of the steps' heading level and of the sections to take."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studytracker.i18n import QT_TRANSLATE_NOOP, Context, translate

if TYPE_CHECKING:
    from studytracker.roadmap.markdown_import import ImportOptions, MarkdownImport
    from studytracker.roadmap.model import Topic


Preview = Context("Preview")
_ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole

#: Up to how many topics the preview opens every step; a bigger tree shows its steps closed.
OPEN_STEPS_UP_TO_TOPICS = 300

# Why the reader left a section out, as it says it (`roadmap/phases.py`, `markdown_outline.py`),
# worded in the learner's language where shown; a reason not listed here shows as written.
LEFT_OUT_REASONS = (
    QT_TRANSLATE_NOOP("LeftOut", "table of contents"),
    QT_TRANSLATE_NOOP("LeftOut", "table of contents (links within the file)"),
    QT_TRANSLATE_NOOP("LeftOut", "sponsors and support"),
    QT_TRANSLATE_NOOP("LeftOut", "contributors and authors"),
    QT_TRANSLATE_NOOP("LeftOut", "how to contribute"),
    QT_TRANSLATE_NOOP("LeftOut", "licence"),
    QT_TRANSLATE_NOOP("LeftOut", "acknowledgements"),
    QT_TRANSLATE_NOOP("LeftOut", "FAQ"),
    QT_TRANSLATE_NOOP("LeftOut", "certificates"),
    QT_TRANSLATE_NOOP("LeftOut", "community and contact"),
    QT_TRANSLATE_NOOP("LeftOut", "page chrome"),
    QT_TRANSLATE_NOOP("LeftOut", "other lists"),
    QT_TRANSLATE_NOOP("LeftOut", "project housekeeping"),
    QT_TRANSLATE_NOOP("LeftOut", "about this guide"),
    QT_TRANSLATE_NOOP("LeftOut", "outside the learning path"),
    QT_TRANSLATE_NOOP("LeftOut", "excluded on request"),
    QT_TRANSLATE_NOOP("LeftOut", "no topics or links"),
    QT_TRANSLATE_NOOP("LeftOut", "a row with no link"),
)


def left_out_reason(reason: str) -> str:
    return translate("LeftOut", reason) if reason in LEFT_OUT_REASONS else reason


@dataclass(frozen=True)
class PreviewChoice:
    """What the learner chose: "import" or "preview" (read again with these options first)."""

    action: str
    options: ImportOptions


def has_choices(found: MarkdownImport) -> bool:
    """Whether a read leaves the learner something to choose: the heading level and sections of
    a curriculum read by its outline (a file of the bundled roadmap's family or a JSON roadmap
    has one reading only), or whether to mark the items ticked in the file as done."""
    return bool(found.ticked_topics) or (
        found.step_level is not None and bool(found.levels or found.sections)
    )


def has_outline_choices(found: MarkdownImport) -> bool:
    """Whether the steps' heading level and the sections taken are the learner's to choose."""
    return found.step_level is not None


class ImportPreview(QDialog):
    """The tree an import would make, a heading level to take as steps, and the top sections,
    each ticked unless the learner leaves it out."""

    def __init__(self, found: MarkdownImport, options: ImportOptions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(Preview.tr("Import roadmap"))
        self.found, self.options = found, options
        roadmap = found.roadmap
        steps, topics, resources = roadmap.counts()
        edition = Preview.tr(", edition {edition}").format(edition=roadmap.edition) if roadmap.edition else ""
        summary = QLabel(
            Preview.tr("{title} ({id}{edition}): {steps}, {topics}, {resources}").format(
                title=roadmap.title,
                id=roadmap.id,
                edition=edition,
                steps=Preview.tr("%n step(s)", None, steps),
                topics=Preview.tr("%n topic(s)", None, topics),
                resources=Preview.tr("%n resource(s)", None, resources),
            ),
            self,
        )
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)

        self.level_box = QComboBox(self)
        self.level_box.setAccessibleName(Preview.tr("Heading level of the steps"))
        for level in found.levels:
            self.level_box.addItem(
                Preview.tr("level {level} ({marks} headings)").format(level=level, marks="#" * level), level
            )
        if found.step_level is not None:
            self.level_box.setCurrentIndex(max(0, self.level_box.findData(found.step_level)))

        self.sections = QListWidget(self)
        self.sections.setAccessibleName(Preview.tr("Sections to import"))
        excluded = {title.casefold() for title in options.exclude}
        for title in [*found.sections, *options.exclude]:
            if self.sections.findItems(title, Qt.MatchFlag.MatchExactly):
                continue
            item = QListWidgetItem(title, self.sections)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Unchecked if title.casefold() in excluded else Qt.CheckState.Checked
            )

        self.ticked_done = QCheckBox(
            Preview.tr("Mark the %n item(s) ticked [x] in the file as done", None, len(found.ticked_topics)),
            self,
        )
        self.ticked_done.setChecked(options.ticked_done)
        self.ticked_done.setVisible(bool(found.ticked_topics))

        self._a_topic = Preview.tr("a topic")
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(Preview.tr("Steps found"))
        self.tree.setHeaderLabels(
            [Preview.tr("Step and its topics"), Preview.tr("Topics"), Preview.tr("Links")]
        )
        self.tree.setUniformRowHeights(True)  # thousands of rows lay out at once
        self._fill_tree()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        left_out = "; ".join(f"{title} ({left_out_reason(why)})" for title, why in found.left_out)
        lines = [
            Preview.tr("Left out: {sections}").format(sections=left_out)
            if left_out
            else Preview.tr("Nothing left out.")
        ]
        if found.unresolved:
            shown = ", ".join(found.unresolved[:5]) + (" …" if len(found.unresolved) > 5 else "")
            lines.append(
                Preview.tr(
                    "%n relative link(s) with no file beside this one, left out: {links}",
                    None,
                    len(found.unresolved),
                ).format(links=shown)
            )
        notes = QLabel("\n".join(lines), self)
        notes.setTextFormat(Qt.TextFormat.PlainText)
        notes.setWordWrap(True)

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(Preview.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.again_button = buttons.addButton(
            Preview.tr("Show with these choices"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(lambda: self._finish("import"))
        self.again_button.clicked.connect(lambda: self._finish("preview"))
        buttons.rejected.connect(self.reject)
        self.action = ""

        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if has_outline_choices(found):
            form = QFormLayout()
            form.addRow(Preview.tr("Steps are"), self.level_box)
            layout.addLayout(form)
            layout.addWidget(QLabel(Preview.tr("Sections (untick to leave one out):"), self))
            layout.addWidget(self.sections, 1)
        else:  # one reading only (a "Step N" roadmap): nothing to choose but the ticked items
            self.level_box.hide()
            self.sections.hide()
            self.again_button.hide()
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.ticked_done)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.resize(560, 620)

    def _fill_tree(self) -> None:
        """Groups over steps over every topic (nesting kept), with each step's count of topics
        and links; a topic ticked [x] in the file shows its tick. Steps open when the whole
        tree is short enough to read through, otherwise the learner opens the ones to check."""
        ticked = set(self.found.ticked_topics)
        steps = self.found.roadmap.steps
        open_steps = self.found.roadmap.counts()[1] <= OPEN_STEPS_UP_TO_TOPICS
        group_item: QTreeWidgetItem | None = None
        group: str | None = None
        for step in steps:
            if step.group != group:
                group = step.group
                group_item = QTreeWidgetItem(self.tree, [group]) if group else None
                if group_item is not None:
                    group_item.setFirstColumnSpanned(True)
                    group_item.setExpanded(True)
            parent = group_item if group_item is not None else self.tree
            number = f"{step.number}. " if step.number is not None else ""
            topic_count = sum(1 for _ in step.all_topics())
            step_item = QTreeWidgetItem(
                parent, [number + step.title, str(topic_count), str(len(step.resources))]
            )
            step_item.setToolTip(0, step.title)
            self._add_topics(step_item, step.topics, ticked)
            step_item.setExpanded(open_steps)

    def _add_topics(self, parent: QTreeWidgetItem, topics: tuple[Topic, ...], ticked: set[str]) -> None:
        for topic in topics:
            mark = "☑ " if topic.id in ticked else ""
            item = QTreeWidgetItem(parent, [mark + topic.title])
            item.setToolTip(0, topic.detail or topic.title)
            # a topic's count cells are empty: a screen reader says why, not nothing
            item.setData(1, _ACCESSIBLE_TEXT, self._a_topic)
            item.setData(2, _ACCESSIBLE_TEXT, self._a_topic)
            self._add_topics(item, topic.children, ticked)

    def chosen_options(self) -> ImportOptions:
        """The options as the learner set them here."""
        from dataclasses import replace

        if not has_outline_choices(self.found):
            return replace(self.options, ticked_done=self.ticked_done.isChecked())
        excluded = tuple(
            item.text()
            for item in (self.sections.item(row) for row in range(self.sections.count()))
            if item.checkState() != Qt.CheckState.Checked
        )
        level = self.level_box.currentData()
        if level == self.found.step_level:
            level = self.options.step_level  # the reader's own guess keeps its groups
        return replace(
            self.options, step_level=level, exclude=excluded, ticked_done=self.ticked_done.isChecked()
        )

    def _finish(self, action: str) -> None:
        self.action = action
        self.accept()

    def choice(self) -> PreviewChoice | None:
        """Show the preview and wait: the learner's choice, or None if they cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return PreviewChoice(self.action, self.chosen_options())

"""The preview of a markdown import: the steps it found (under their groups) and what it left
out, with the learner's choices of the steps' heading level and of the sections to take."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
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
_STEP_ID = Qt.ItemDataRole.UserRole + 1

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
    QT_TRANSLATE_NOOP("LeftOut", "announcements"),
    QT_TRANSLATE_NOOP("LeftOut", "course logistics"),
    QT_TRANSLATE_NOOP("LeftOut", "above the chosen step level, with no step in it"),
)


def left_out_reason(reason: str) -> str:
    return translate("LeftOut", reason) if reason in LEFT_OUT_REASONS else reason


#: The preview's "Units are" choices: (label, `ImportOptions.units`).
UNIT_CHOICES = (
    (QT_TRANSLATE_NOOP("Preview", "guessed from the file"), ""),
    (QT_TRANSLATE_NOOP("Preview", "headings only"), "headings"),
    (QT_TRANSLATE_NOOP("Preview", "bold lines"), "bold"),
    (QT_TRANSLATE_NOOP("Preview", "list items holding others"), "items"),
    (QT_TRANSLATE_NOOP("Preview", "table rows"), "rows"),
)


def level_label(level: int) -> str:
    """A heading level as the level choices name it: "level 3 (### headings)"."""
    return Preview.tr("level {level} ({marks} headings)").format(level=level, marks="#" * level)


def fill_levels(box: QComboBox, levels: tuple[int, ...], current: int | None) -> None:
    """The heading levels to choose the steps from (the reading's own, which the units chosen
    may change), `current` chosen where there is one; no change signalled."""
    with QSignalBlocker(box):
        if tuple(box.itemData(index) for index in range(box.count())) != levels:
            box.clear()
            for level in levels:
                box.addItem(level_label(level), level)
        if current is not None and box.findData(current) >= 0:
            box.setCurrentIndex(box.findData(current))


def fill_step_tree(tree: QTreeWidget, found: MarkdownImport, a_group: str, a_topic: str) -> None:
    """Groups over steps over every topic (nesting kept), with each step's count of topics
    to tick (as the sidebar counts them) and links, and whether it is optional; a topic
    ticked [x] in the file shows its tick. Steps open when the whole tree is short enough
    to read through, otherwise the learner opens the ones to check. `a_group` and `a_topic`
    are what a screen reader says of their empty cells."""
    ticked = set(found.ticked_topics)
    open_steps = found.roadmap.counts()[1] <= OPEN_STEPS_UP_TO_TOPICS
    group_item: QTreeWidgetItem | None = None
    group: str | None = None
    for step in found.roadmap.steps:
        if step.group != group:
            group = step.group
            group_item = QTreeWidgetItem(tree, [group]) if group else None
            if group_item is not None:
                for column in (1, 2, 3):
                    group_item.setData(column, _ACCESSIBLE_TEXT, a_group)
                group_item.setFirstColumnSpanned(True)
                group_item.setExpanded(True)
        parent = group_item if group_item is not None else tree
        number = f"{step.number}. " if step.number is not None else ""
        step_item = QTreeWidgetItem(
            parent, [number + step.title, str(leaf_count(step.topics)), str(len(step.resources))]
        )
        step_item.setToolTip(0, step.title)
        step_item.setData(0, _STEP_ID, step.id)
        step_item.setFlags(step_item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        step_item.setCheckState(3, Qt.CheckState.Checked if step.optional else Qt.CheckState.Unchecked)
        step_item.setData(
            3, _ACCESSIBLE_TEXT, Preview.tr("Optional") if step.optional else Preview.tr("Required")
        )
        _add_topics(step_item, step.topics, ticked, a_topic)
        step_item.setExpanded(open_steps)


def _add_topics(parent: QTreeWidgetItem, topics: tuple[Topic, ...], ticked: set[str], a_topic: str) -> None:
    for topic in topics:
        mark = "☑ " if topic.id in ticked else ""
        item = QTreeWidgetItem(parent, [mark + topic.title])
        item.setToolTip(0, topic.detail or topic.title)
        # a topic's count cells are empty: a screen reader says why, not nothing
        for column in (1, 2, 3):
            item.setData(column, _ACCESSIBLE_TEXT, a_topic)
        _add_topics(item, topic.children, ticked, a_topic)


def hide_sections_left_out(sections: QListWidget, found: MarkdownImport) -> None:
    """Sections the reading leaves out by its own rules (outside the learning path, say) are not
    offered as ticked: the note under the tree says why they are out. A section the learner
    unticked stays in view, to be ticked again."""
    by_reading = {title for title, why in found.left_out if why != "excluded on request"}
    for row in range(sections.count()):
        item = sections.item(row)
        item.setHidden(item.text() in by_reading and item.checkState() == Qt.CheckState.Checked)


def fill_group_levels(box: QComboBox, found: MarkdownImport, chosen: int | None) -> None:
    """The heading levels above the steps whose sections may group them, and no groups at all;
    the learner's `chosen` level shown, else the reading's own; no change signalled."""
    above = [level for level in found.levels if found.step_level is not None and level < found.step_level]
    with QSignalBlocker(box):
        box.clear()
        box.addItem(Preview.tr("no groups"), 0)
        for level in above:
            box.addItem(level_label(level), level)
        wanted = chosen if chosen is not None else (found.group_level or 0)
        box.setCurrentIndex(max(0, box.findData(wanted)))
        box.setEnabled(bool(above))


@dataclass(frozen=True)
class PreviewChoice:
    """What the learner chose: "import" or "preview" (read again with these options first),
    and, from a live preview, the reading it showed with those options (imported as it is)."""

    action: str
    options: ImportOptions
    found: MarkdownImport | None = None


def leaf_count(topics: tuple[Topic, ...]) -> int:
    """The topics a learner ticks (those with no subtopics): what the sidebar counts."""
    return sum(leaf_count(topic.children) if topic.children else 1 for topic in topics)


class LiveReading(QObject):
    """Reads the file again with the preview's choices, a moment after the last change and off
    the window's thread; `read` arrives with the new reading, `failed` with why there is none."""

    read = Signal(object, object)  # MarkdownImport, the ImportOptions it was read with
    failed = Signal(str)

    def __init__(self, reread: Callable[[ImportOptions], MarkdownImport], parent: QObject) -> None:
        super().__init__(parent)
        self._reread = reread
        self._wanted: ImportOptions | None = None
        self._running = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._start)

    def want(self, options: ImportOptions) -> None:
        self._wanted = options
        self._timer.start()

    def _start(self) -> None:
        if self._running or self._wanted is None:
            return  # the one running reads again when it ends
        from studytracker.ui.controllers.tasks import BackgroundWork

        options, self._wanted = self._wanted, None
        self._running = True
        work = BackgroundWork(self, lambda: self._reread(options))
        work.finished.connect(lambda found: self._ended(found, options))
        work.failed.connect(self._failed)
        work.start()

    def _ended(self, found: MarkdownImport, options: ImportOptions) -> None:
        self._running = False
        if self._wanted is not None:  # changed again meanwhile: only the newest choice counts
            self._start()
            return
        self.read.emit(found, options)

    def _failed(self, message: str) -> None:
        self._running = False
        if self._wanted is not None:
            self._start()
            return
        self.failed.emit(message)


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
    """An editor of the import's guess: the tree it would make, live as the learner changes the
    heading level of the steps, the sections taken, the title and which steps are optional; the
    counts are what the sidebar will show, and the command line that gives the same import."""

    def __init__(
        self,
        found: MarkdownImport,
        options: ImportOptions,
        parent: QWidget | None = None,
        reread: Callable[[ImportOptions], MarkdownImport] | None = None,
        file_name: str = "FILE",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importPreview")
        self.setWindowTitle(Preview.tr("Import roadmap"))
        self.found, self.options, self.file_name = found, options, file_name
        self._reader_title = found.roadmap.title if not options.title else ""
        self._first_level = found.step_level  # the reader's own guess
        self._optional: dict[str, bool] = {step: True for step in options.optional_steps}
        self._optional.update({step: False for step in options.required_steps})
        self.live = LiveReading(reread, self) if reread is not None else None
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.title_edit = QLineEdit(options.title or found.roadmap.title, self)
        self.title_edit.setObjectName("importTitle")
        self.title_edit.setAccessibleName(Preview.tr("The roadmap's title"))

        self.level_box = QComboBox(self)
        self.level_box.setAccessibleName(Preview.tr("Heading level of the steps"))
        fill_levels(self.level_box, found.levels, found.step_level)

        self.units_box = QComboBox(self)
        self.units_box.setAccessibleName(Preview.tr("What a unit of the curriculum is"))
        for label, kind in UNIT_CHOICES:
            self.units_box.addItem(translate("Preview", label), kind)
        self.units_box.setCurrentIndex(max(0, self.units_box.findData(options.units)))

        self._group_chosen = options.group_level  # None: the reading's own groups
        self.group_box = QComboBox(self)
        self.group_box.setAccessibleName(Preview.tr("Heading level of the step groups"))
        fill_group_levels(self.group_box, found, self._group_chosen)

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

        self.ticked_done = QCheckBox(self)
        # relative links with no file beside the imported one resolve against a web address
        self.base_url = QLineEdit(options.base_url, self)
        self.base_url.setObjectName("importBaseUrl")
        self.base_url.setToolTip(
            Preview.tr(
                "For example the folder of the file on GitHub: https://github.com/owner/repo/blob/main/"
            )
        )
        self.base_url.setAccessibleName(Preview.tr("Address relative links resolve against"))
        self.ticked_done.setChecked(options.ticked_done)

        self._a_topic = Preview.tr("a topic")
        self._a_group = Preview.tr("a group of steps")
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(Preview.tr("Steps found"))
        self.tree.setHeaderLabels(
            [
                Preview.tr("Step and its topics"),
                Preview.tr("Topics"),
                Preview.tr("Links"),
                Preview.tr("Optional"),
            ]
        )
        self.tree.setUniformRowHeights(True)  # thousands of rows lay out at once
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.notes = QLabel(self)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.notes.setWordWrap(True)
        self.command = QLabel(self)
        self.command.setObjectName("importCommand")
        self.command.setTextFormat(Qt.TextFormat.PlainText)
        self.command.setWordWrap(True)
        self.command.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state = QLabel(self)  # "Reading again…", or why the choices give no roadmap

        buttons = QDialogButtonBox(self)
        self.import_button = buttons.addButton(Preview.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.again_button = buttons.addButton(
            Preview.tr("Show with these choices"), QDialogButtonBox.ButtonRole.ApplyRole
        )
        self.again_button.setVisible(self.live is None)  # a live preview shows them as they change
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(lambda: self._finish("import"))
        self.again_button.clicked.connect(lambda: self._finish("preview"))
        buttons.rejected.connect(self.reject)
        self.action = ""

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        form = QFormLayout()
        form.addRow(Preview.tr("&Title"), self.title_edit)
        layout.addLayout(form)
        if has_outline_choices(found):
            form.addRow(Preview.tr("Steps are"), self.level_box)
            form.addRow(Preview.tr("&Groups are"), self.group_box)
            form.addRow(Preview.tr("&Units are"), self.units_box)
            layout.addWidget(QLabel(Preview.tr("Sections (untick to leave one out):"), self))
            layout.addWidget(self.sections, 1)
        else:  # one reading only (a "Step N" roadmap): its title, optional steps and ticked items
            self.level_box.hide()
            self.units_box.hide()
            self.group_box.hide()
            self.sections.hide()
            self.again_button.hide()
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.ticked_done)
        self.base_url_row = QWidget(self)
        base_row = QFormLayout(self.base_url_row)
        base_row.setContentsMargins(0, 0, 0, 0)
        base_row.addRow(Preview.tr("Relative links &from"), self.base_url)
        layout.addWidget(self.base_url_row)
        layout.addWidget(self.notes)
        layout.addWidget(self.command)
        layout.addWidget(self.state)
        layout.addWidget(buttons)
        self.resize(600, 680)
        self._show(found)
        self.level_box.currentIndexChanged.connect(self._step_level_changed)
        self.group_box.activated.connect(self._group_level_changed)
        self.units_box.currentIndexChanged.connect(self._changed)
        self.sections.itemChanged.connect(self._changed)
        self.ticked_done.toggled.connect(self._changed)
        self.base_url.editingFinished.connect(self._base_url_changed)
        self.title_edit.textEdited.connect(self._changed)
        self.tree.itemChanged.connect(self._optional_changed)
        if self.live is not None:
            self.live.read.connect(self._read)
            self.live.failed.connect(self._failed)

    # --- showing a reading ----------------------------------------------------------------

    def _show(self, found: MarkdownImport) -> None:
        self.found = found
        roadmap = found.roadmap
        edition = Preview.tr(", edition {edition}").format(edition=roadmap.edition) if roadmap.edition else ""
        topics = sum(leaf_count(step.topics) for step in roadmap.steps)
        resources = roadmap.counts()[2]
        self.summary.setText(
            Preview.tr("{title} ({id}{edition}): {steps}, {topics}, {resources}").format(
                title=roadmap.title,
                id=roadmap.id,
                edition=edition,
                steps=Preview.tr("%n step(s)", None, len(roadmap.steps)),
                topics=Preview.tr("%n topic(s)", None, topics),
                resources=Preview.tr("%n resource(s)", None, resources),
            )
        )
        self.ticked_done.setText(
            Preview.tr("Mark the %n item(s) ticked [x] in the file as done", None, len(found.ticked_topics))
        )
        self.ticked_done.setVisible(bool(found.ticked_topics))
        self.base_url_row.setVisible(bool(found.unresolved or self.base_url.text().strip()))
        fill_levels(self.level_box, found.levels, self.level_box.currentData())  # units add levels
        fill_group_levels(self.group_box, found, self._group_chosen)
        hide_sections_left_out(self.sections, found)
        self.tree.blockSignals(True)
        self.tree.clear()
        fill_step_tree(self.tree, found, self._a_group, self._a_topic)
        self.tree.blockSignals(False)
        self.notes.setText(preview_notes(found))
        self.command.setText(Preview.tr("The same from the command line:") + "\n" + self._command())
        self.state.clear()
        self.import_button.setEnabled(bool(roadmap.steps))

    def _command(self) -> str:
        return self.chosen_options().command_line(self.file_name)

    # --- the learner's choices ------------------------------------------------------------

    def _step_level_changed(self) -> None:
        self._group_chosen = None  # the groups above other steps are the reading's again
        self._changed()

    def _group_level_changed(self) -> None:
        self._group_chosen = self.group_box.currentData()
        self._changed()

    def _optional_changed(self, item: QTreeWidgetItem, column: int) -> None:
        step_id = item.data(0, _STEP_ID)
        if column == 3 and step_id:
            self._optional[step_id] = item.checkState(3) == Qt.CheckState.Checked
            self._changed()

    def _chosen_base_url(self) -> str:
        text = self.base_url.text().strip()
        return text if text.lower().startswith(("http://", "https://")) else ""

    def _base_url_changed(self) -> None:
        if self._chosen_base_url() != self.options.base_url or self.found.unresolved:
            self._changed()

    def _changed(self) -> None:
        """A choice changed: the command line follows at once, the tree once read again."""
        self.command.setText(Preview.tr("The same from the command line:") + "\n" + self._command())
        if self.live is not None:
            self.import_button.setEnabled(False)  # not before the tree shows what it imports
            self.state.setText(Preview.tr("Reading again with these choices…"))
            self.live.want(self.chosen_options())

    def _read(self, found: MarkdownImport, options: ImportOptions) -> None:
        if options == self.chosen_options():
            self._show(found)

    def _failed(self, message: str) -> None:
        self.state.setText(Preview.tr("These choices give no roadmap: {why}").format(why=message))
        self.import_button.setEnabled(False)

    def chosen_options(self) -> ImportOptions:
        """The options as the learner set them here."""
        from dataclasses import replace

        steps = {step.id for step in self.found.roadmap.steps}
        title = self.title_edit.text().strip()
        chosen = replace(
            self.options,
            title="" if title == self._reader_title else title,
            optional_steps=tuple(s for s, optional in self._optional.items() if optional and s in steps),
            required_steps=tuple(s for s, optional in self._optional.items() if not optional and s in steps),
            ticked_done=self.ticked_done.isChecked(),
            base_url=self._chosen_base_url(),
        )
        if not has_outline_choices(self.found):
            return chosen
        excluded = tuple(
            item.text()
            for item in (self.sections.item(row) for row in range(self.sections.count()))
            if item.checkState() != Qt.CheckState.Checked
        )
        level = self.level_box.currentData()
        if self.options.step_level is None and level == self._first_level:
            level = None  # the reader's own guess keeps its groups
        return replace(
            chosen,
            step_level=level,
            exclude=excluded,
            units=self.units_box.currentData(),
            group_level=self._group_chosen,
        )

    def _finish(self, action: str) -> None:
        self.action = action
        self.accept()

    def choice(self) -> PreviewChoice | None:
        """Show the preview and wait: the learner's choice, or None if they cancelled."""
        if self.exec() != QDialog.DialogCode.Accepted:
            return None
        return PreviewChoice(self.action, self.chosen_options(), self.found if self.live else None)


def preview_notes(found: MarkdownImport) -> str:
    """What the reading left out, and the relative links it could not resolve."""
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
    return "\n".join(lines)

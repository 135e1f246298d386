"""The Resources tab: the step's resources with their attached files and offline copies, each
resource's offline mark and last link check, and a reader for the files below them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studytracker.formatting import format_size
from studytracker.i18n import Context, stamp_day
from studytracker.store.records import AttachmentView, OfflineResource, ResourceView, StepDetail
from studytracker.ui.widgets.icons import file_icon, icon, resource_icon
from studytracker.ui.widgets.markdown_html import plain_tooltip

if TYPE_CHECKING:
    from studytracker.ui.step_pane.file_viewer import FileViewer

ResourceIdRole = Qt.ItemDataRole.UserRole + 1
UrlRole = Qt.ItemDataRole.UserRole + 2
AttachmentRole = Qt.ItemDataRole.UserRole + 3
OfflineRole = Qt.ItemDataRole.UserRole + 4

OFFLINE_COLUMN, LINK_COLUMN = 2, 3
_ACCESSIBLE_TEXT = Qt.ItemDataRole.AccessibleTextRole

Viewer = Context("Viewer")


def offline_mark(resource: OfflineResource | None) -> tuple[str, str, str]:
    """The Offline column of a resource: its text, icon name and tooltip."""
    if resource is None or resource.state is None:
        return "—", "", Viewer.tr("Not saved for offline reading")
    saved = Viewer.tr("Saved on {day} from {url}").format(
        day=stamp_day(resource.saved_at), url=resource.saved_from
    )
    size = format_size(resource.size_bytes)
    if resource.state in ("article", "pdf"):
        return Viewer.tr("Saved · {size}").format(size=size), "offline", saved
    if resource.state == "video":
        text = Viewer.tr("Video card · {size}").format(size=size)
        return text, "offline", saved + "\n" + Viewer.tr("The video needs internet to play.")
    if resource.state == "needs-sign-in":
        return (
            Viewer.tr("Needs sign-in"),
            "sign-in",
            Viewer.tr("The page needs a sign-in: open it in the browser to study it."),
        )
    return (
        Viewer.tr("Not saved"),
        "",
        Viewer.tr("Could not be saved: {reason}").format(reason=resource.detail),
    )


def no_copy_text(resource: OfflineResource) -> str:
    """What the reader says of a web resource with no copy to show."""
    if resource.state == "needs-sign-in":
        return Viewer.tr("{title} needs a sign-in: open it in the browser to study it.").format(
            title=resource.title
        )
    if resource.state == "unavailable":
        return Viewer.tr("{title} could not be saved: {reason}.").format(
            title=resource.title, reason=resource.detail
        )
    return Viewer.tr("{title} is not saved for offline reading: Offline → Save this resource.").format(
        title=resource.title
    )


def link_mark(resource: OfflineResource | None) -> tuple[str, str, str]:
    """The Link column of a resource: the last check's verdict, icon name and tooltip."""
    link = resource.link if resource is not None else None
    if link is None:
        return "", "", Viewer.tr("Not checked yet (Offline → Check the roadmap's links)")
    checked = Viewer.tr("Checked on {day}").format(day=stamp_day(link.checked_at))
    words = {
        "ok": (Viewer.tr("Works"), ""),
        "moved": (Viewer.tr("Moved"), "moved-link"),
        "dead": (Viewer.tr("Dead"), "dead-link"),
        "blocked": (Viewer.tr("Blocked"), ""),
        "unknown": (Viewer.tr("Unknown"), ""),
    }
    text, icon_name = words.get(link.verdict, (link.verdict, ""))
    details = [checked]
    if link.detail:
        details.append(link.detail)
    if link.verdict == "moved" and link.new_url:
        details.append(Viewer.tr("New address: {url}").format(url=link.new_url))
    if link.verdict == "dead":
        details.append(Viewer.tr("The Internet Archive may have a copy (right-click)."))
    if link.verdict == "blocked":
        details.append(Viewer.tr("The site refused a program; it may still open in a browser."))
    return text, icon_name, "\n".join(details)


def resource_item(
    tree: QTreeWidget, resource: ResourceView, record: OfflineResource | None
) -> QTreeWidgetItem:
    """A resource's row: its title and kind, its offline mark and its last link check (a
    resource that is no web address has neither)."""
    item = QTreeWidgetItem(tree, [resource.title, resource.kind])
    item.setIcon(0, resource_icon(resource.kind))
    item.setToolTip(0, plain_tooltip(resource.url + (f"\n{resource.note}" if resource.note else "")))
    item.setData(0, ResourceIdRole, resource.id)
    item.setData(0, UrlRole, resource.url)
    item.setData(0, OfflineRole, record)
    if record is None:
        return item
    for column, (text, icon_name, tooltip) in (
        (OFFLINE_COLUMN, offline_mark(record)),
        (LINK_COLUMN, link_mark(record)),
    ):
        item.setText(column, text)
        item.setToolTip(column, plain_tooltip(tooltip))
        if icon_name:
            item.setIcon(column, icon(icon_name))
    return item


def name_empty_cells(tree: QTreeWidget) -> None:
    """A cell with nothing in it (a file's Link, a book's Offline) is read out as empty, not
    skipped without a word."""
    header = tree.headerItem()
    none = Viewer.tr("{column}: none")
    pending = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    while pending:
        item = pending.pop()
        if item is None:
            continue
        for column in range(1, tree.columnCount()):
            if not item.text(column):
                item.setData(column, _ACCESSIBLE_TEXT, none.format(column=header.text(column)))
        pending.extend(item.child(index) for index in range(item.childCount()))


def resource_menu(panel: ResourcesPanel, item: QTreeWidgetItem | None) -> QMenu:
    """The context menu of a resource's row (or of the list, under no row): open it, save it
    or remove its copy, take a moved link's new address, a dead link's archived copy; save the
    step, check the links."""
    record: OfflineResource | None = item.data(0, OfflineRole) if item is not None else None
    menu = QMenu(panel.tree)
    url = item.data(0, UrlRole) if item is not None else None
    if url:
        menu.addAction(
            icon("open-external"), Viewer.tr("Open in browser"), lambda: panel.open_link_requested.emit(url)
        )
    if record is not None:
        resource_id = record.resource_id
        menu.addAction(
            icon("offline"),
            Viewer.tr("Save again for offline")
            if record.available_offline
            else Viewer.tr("Save for offline"),
            lambda: panel.save_offline_requested.emit(resource_id),
        )
        if record.available_offline:  # nothing to remove of a page never saved
            menu.addAction(
                icon("remove"),
                Viewer.tr("Remove the offline copy"),
                lambda: panel.remove_offline_requested.emit([record]),
            )
        link = record.link
        if link is not None and link.verdict == "moved" and link.new_url:
            menu.addAction(
                icon("moved-link"),
                Viewer.tr("Use the new address"),
                lambda: panel.update_link_requested.emit(record.pk, link.new_url),
            )
        if link is not None and link.verdict == "dead":
            archive = link.archive_url
            menu.addAction(
                icon("open-external"),
                Viewer.tr("Open the Internet Archive's copy"),
                lambda: panel.open_link_requested.emit(archive),
            )
    menu.addSeparator()
    offline = panel.offline_records()
    if offline:
        menu.addAction(
            icon("offline"), panel.save_step_action.text(), lambda: panel.save_offline_requested.emit("")
        )
        kept = [resource for resource in offline if resource.available_offline]
        if kept:
            menu.addAction(
                Viewer.tr("Remove this step's offline copies"),
                lambda: panel.remove_offline_requested.emit(kept),
            )
    menu.addAction(icon("link"), panel.check_links_action.text(), panel.check_links_requested.emit)
    return menu


class ResourcesPanel(QWidget):
    """The step's resources with their attached files and offline copies, and a reader for them.

    Signals:
        open_link_requested: a web address to open in the system browser.
        attach_requested: attach a file to the current resource (or topic).
        page_changed: (attachment id, page) where a PDF was left.
        system_viewer_requested: an attached file's path, for the system's own viewer.
        save_offline_requested: a resource's id to save for offline reading, "" for the step's.
        remove_offline_requested: the resources whose offline copies to remove.
        check_links_requested: check the roadmap's links now.
        update_link_requested: (resource key, new address) take the address the link moved to.
    """

    open_link_requested = Signal(str)
    attach_requested = Signal()
    page_changed = Signal(int, int)
    system_viewer_requested = Signal(str)
    save_offline_requested = Signal(str)
    remove_offline_requested = Signal(object)  # list[OfflineResource]
    check_links_requested = Signal()
    update_link_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._viewer: FileViewer | None = None  # made when first needed: QtPdf loads then
        self._attachments_folder: Path | None = None
        self._offline: dict[str, OfflineResource] = {}
        self._copies: dict[int, AttachmentView] = {}  # the offline copies, by attachment id
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("resourceList")
        self.tree.setAccessibleName(Viewer.tr("Resources and attached files"))
        self.tree.setHeaderLabels(
            [Viewer.tr("Resource"), Viewer.tr("Kind"), Viewer.tr("Offline"), Viewer.tr("Link")]
        )
        self.tree.setIconSize(QSize(18, 18))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, OFFLINE_COLUMN, LINK_COLUMN):  # a step's few rows: measured, never cut
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.open_button = QPushButton(icon("open-external"), Viewer.tr("Open in browser"), self)
        self.open_button.setObjectName("openLinkButton")
        self.attach_button = QPushButton(icon("attach"), Viewer.tr("Attach file…"), self)
        self.attach_button.setObjectName("attachButton")
        self.remove_button = QPushButton(icon("remove"), Viewer.tr("Remove file"), self)
        self.remove_button.setObjectName("removeAttachmentButton")
        # Offline reading's one button (a narrow tab keeps room for the checklist): its menu
        # saves the resource or the step, and checks the roadmap's links.
        self.offline_button = QPushButton(icon("offline"), Viewer.tr("Offline"), self)
        self.offline_button.setObjectName("offlineButton")
        self.offline_button.setToolTip(
            Viewer.tr("Save readable copies of the resources, to study without internet; check the links")
        )
        offline_menu = QMenu(self.offline_button)
        self.save_resource_action = offline_menu.addAction(
            icon("offline"), Viewer.tr("Save this resource for offline")
        )
        self.save_resource_action.triggered.connect(self._save_current)
        self.save_step_action = offline_menu.addAction(
            icon("offline"), Viewer.tr("Save every resource of this step")
        )
        self.save_step_action.triggered.connect(lambda: self.save_offline_requested.emit(""))
        offline_menu.addSeparator()
        self.check_links_action = offline_menu.addAction(icon("link"), Viewer.tr("Check the roadmap's links"))
        self.check_links_action.triggered.connect(self.check_links_requested)
        self.offline_button.setMenu(offline_menu)
        self.step_mark = QLabel(self)
        self.step_mark.setObjectName("offlineStepMark")
        # the mark takes what room the row has left, and never widens the tab
        self.step_mark.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        # The link's buttons, the files', then offline reading's, each on a row of its own: the
        # tab stays narrow enough for a small screen, beside a checklist that keeps its room.
        rows = []
        for row_buttons in (
            (self.open_button,),
            (self.attach_button, self.remove_button),
            (self.offline_button, self.step_mark),
        ):
            row = QHBoxLayout()
            for button in row_buttons:
                if isinstance(button, QPushButton):
                    button.setAutoDefault(False)
                row.addWidget(button, 1 if button is self.step_mark else 0)
            if self.step_mark not in row_buttons:
                row.addStretch(1)
            rows.append(row)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        for row in rows:
            left_layout.addLayout(row)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("resourcesSplitter")
        self.splitter.addWidget(left)
        self.file_hint = QLabel(
            Viewer.tr("Choose a saved resource or an attached file to read it here."), self
        )
        self.file_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.file_hint.setWordWrap(True)
        self.splitter.addWidget(self.file_hint)
        self.splitter.setStretchFactor(0, 1)  # the list keeps room for a step's resources
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.open_button.clicked.connect(self._open_current_link)
        self.attach_button.clicked.connect(self.attach_requested)
        self._current_changed(None, None)

    @property
    def viewer(self) -> FileViewer:
        """The reader for attached files, put in place of the hint the first time it is needed."""
        if self._viewer is None:
            from studytracker.ui.step_pane import file_viewer

            self._viewer = file_viewer.FileViewer(self)
            self._viewer.set_attachments_folder(self._attachments_folder)
            self._viewer.page_changed.connect(self.page_changed)
            self._viewer.window_requested.connect(self.open_in_window)
            self._viewer.system_viewer_requested.connect(self.system_viewer_requested)
            self._viewer.link_requested.connect(self.open_link_requested)
            sizes = self.splitter.sizes()
            self.splitter.replaceWidget(1, self._viewer)
            self.file_hint.deleteLater()
            self.splitter.setSizes(sizes)
        return self._viewer

    def set_attachments_folder(self, folder: Path | None) -> None:
        """Where an attached document may load images from."""
        self._attachments_folder = folder
        if self._viewer is not None:
            self._viewer.set_attachments_folder(folder)

    def show_step(
        self,
        detail: StepDetail,
        attachments: list[AttachmentView],
        topic_titles: dict[str, str],
        offline: list[OfflineResource] | None = None,
    ) -> None:
        current = self.current_attachment()
        current_resource = self.current_resource_id()
        self.tree.clear()
        self._offline = {resource.resource_id: resource for resource in offline or []}
        by_resource: dict[str | None, list[AttachmentView]] = {}
        self._copies = {attachment.id: attachment for attachment in attachments if attachment.saved_from}
        for attachment in attachments:
            if not attachment.saved_from:  # an offline copy is read from its resource's row
                by_resource.setdefault(attachment.resource_id, []).append(attachment)
        for resource in detail.resources:
            item = resource_item(self.tree, resource, self._offline.get(resource.id))
            for attachment in by_resource.get(resource.id, []):
                self._attachment_item(item, attachment, "")
            item.setExpanded(True)
        topic_files = by_resource.get(None, [])
        if topic_files:
            group = QTreeWidgetItem(self.tree, [Viewer.tr("Files attached to topics"), ""])
            group.setIcon(0, icon("attach"))
            for attachment in topic_files:
                self._attachment_item(group, attachment, topic_titles.get(attachment.topic_id or "", ""))
            group.setExpanded(True)
        self._show_step_mark()
        name_empty_cells(self.tree)
        if current is not None and self.select_attachment(current.id):
            return
        if current_resource is not None and self.select_resource(current_resource):
            return
        if self._viewer is not None:
            self._viewer.show_message(
                Viewer.tr("Choose a saved resource or an attached file to read it here.")
            )

    def _show_step_mark(self) -> None:
        web = list(self._offline.values())
        kept = sum(1 for resource in web if resource.available_offline)
        if not web:
            self.step_mark.clear()
        elif kept == len(web):
            self.step_mark.setText(Viewer.tr("Every resource can be read offline"))
        else:
            self.step_mark.setText(Viewer.tr("{kept} of {total} offline").format(kept=kept, total=len(web)))
        self.save_step_action.setEnabled(bool(web))

    def _attachment_item(self, parent: QTreeWidgetItem, attachment: AttachmentView, topic: str) -> None:
        label = f"{attachment.name} — {topic}" if topic else attachment.name
        item = QTreeWidgetItem(parent, [label, format_size(attachment.size_bytes)])
        item.setIcon(0, file_icon(attachment.suffix))
        item.setData(0, AttachmentRole, attachment)
        item.setToolTip(
            0,
            plain_tooltip(Viewer.tr("{name} (a copy kept in the data folder)").format(name=attachment.name)),
        )

    def current_resource_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, ResourceIdRole) if item else None

    def current_attachment(self) -> AttachmentView | None:
        item = self.tree.currentItem()
        return item.data(0, AttachmentRole) if item else None

    def select_resource(self, resource_id: str) -> bool:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.data(0, ResourceIdRole) == resource_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def select_attachment(self, attachment_id: int) -> bool:
        """Make an attached file current (an offline copy: its resource's row)."""
        copy = self._copies.get(attachment_id)
        if copy is not None and copy.resource_id is not None:
            return self.select_resource(copy.resource_id)
        item = self._attachment_item_of(attachment_id)
        if item is not None:
            self.tree.setCurrentItem(item)
        return item is not None

    def _attachment_item_of(self, attachment_id: int) -> QTreeWidgetItem | None:
        for row in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(row)
            for child in range(top.childCount() if top is not None else 0):
                item = top.child(child) if top is not None else None
                attachment = item.data(0, AttachmentRole) if item is not None else None
                if item is not None and attachment and attachment.id == attachment_id:
                    return item
        return None

    def open_in_window(self, attachment: AttachmentView) -> FileViewer:
        """An attached file in a window of its own (a PDF to read full screen, say); it reports
        where a PDF was left like the one in the tab."""
        from studytracker.ui.step_pane import file_viewer

        window = file_viewer.FileViewer(self, in_own_window=True)
        window.setWindowFlag(Qt.WindowType.Window)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.setWindowTitle(f"{attachment.name} · StudyTracker")
        window.set_attachments_folder(self._attachments_folder)
        window.page_changed.connect(self.page_changed)
        window.system_viewer_requested.connect(self.system_viewer_requested)
        window.link_requested.connect(self.open_link_requested)
        window.resize(900, 1000)
        window.open(attachment)
        window.show()
        return window

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        url = current.data(0, UrlRole) if current else None
        attachment = current.data(0, AttachmentRole) if current else None
        self.open_button.setEnabled(bool(url))
        self.remove_button.setEnabled(attachment is not None)
        record: OfflineResource | None = current.data(0, OfflineRole) if current else None
        self.save_resource_action.setEnabled(record is not None)
        if attachment is None and record is not None and record.attachment_id is not None:
            attachment = self._copies.get(record.attachment_id)  # its offline copy is what is read
        if attachment is not None:
            self.viewer.open(attachment)
        elif record is not None and self._viewer is not None:
            self._viewer.show_message(no_copy_text(record))  # never another resource's copy

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        url = item.data(0, UrlRole)
        if url:
            self.open_link_requested.emit(url)

    def _open_current_link(self) -> None:
        item = self.tree.currentItem()
        if item and item.data(0, UrlRole):
            self.open_link_requested.emit(item.data(0, UrlRole))

    def _save_current(self) -> None:
        resource_id = self.current_resource_id()
        if resource_id is not None:
            self.save_offline_requested.emit(resource_id)

    def offline_records(self) -> list[OfflineResource]:
        """The shown step's web resources as offline reading sees them."""
        return list(self._offline.values())

    def _context_menu(self, position: QPoint) -> None:
        resource_menu(self, self.tree.itemAt(position)).popup(self.tree.viewport().mapToGlobal(position))

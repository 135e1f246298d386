"""Reads an attached file inside the app: PDF (QtPdf, remembers the page), markdown, text, HTML, images."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studytracker.i18n import Context, stamp_day
from studytracker.store.records import AttachmentView
from studytracker.ui.widgets.markdown_html import markdown_to_html, sanitise_html
from studytracker.ui.widgets.text_browser import TextBrowser

TEXT_SUFFIXES = {"txt", "text", "log", "csv", "py", "sql", "json", "yaml", "yml", "ini", "toml", "ipynb", "r"}
IMAGE_SUFFIXES = {"png", "jpg", "jpeg", "gif", "bmp", "webp", "svg"}
MAX_TEXT_BYTES = 5 * 1024 * 1024
#: Qt wraps a line with no spaces in time that grows with the square of its length (a second
#: at 100,000 characters): text with a run this long is shown unwrapped.
LONGEST_WRAPPED_RUN = 10_000


Files = Context("Files")


def elided_address(url: str, longest: int = 60) -> str:
    """A web address short enough for a line: its host and the start and end of its path."""
    bare = url.split("://", 1)[-1]
    return bare if len(bare) <= longest else f"{bare[: longest // 2 - 1]}…{bare[-(longest // 2 - 1) :]}"


class FileViewer(QWidget):
    """One attachment at a time, in the Resources tab or in a window of its own.

    Signals:
        page_changed: (attachment id, page) where a PDF was left.
        window_requested: the shown file, to be read in a window of its own.
        system_viewer_requested: the shown file's path, to open in the system's own viewer.
        link_requested: the web address an offline copy was saved from, to open in the browser.
    """

    page_changed = Signal(int, int)  # attachment id, page
    window_requested = Signal(object)  # AttachmentView
    system_viewer_requested = Signal(str)
    link_requested = Signal(str)  # an offline copy's original, to open in the browser

    def __init__(self, parent: QWidget | None = None, in_own_window: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("fileViewer")
        self.attachment: AttachmentView | None = None  # read here (a PDF reports its page)
        self.shown: AttachmentView | None = None  # named in the title, read here or not
        self.title = QLabel(self)
        self.title.setObjectName("fileViewerTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is shown as it is written
        title_font = self.title.font()
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.stack = QStackedWidget(self)

        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.text = TextBrowser(self)  # loads nothing but other attached files
        self.text.setAccessibleName(Files.tr("Attached document"))
        self.image_label = QLabel(self)
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = QScrollArea(self)
        self.image_scroll.setWidget(self.image_label)
        self.image_scroll.setWidgetResizable(True)

        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setAccessibleName(Files.tr("PDF document"))
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        pdf_page = QWidget(self)
        pdf_layout = QVBoxLayout(pdf_page)
        pdf_layout.setContentsMargins(0, 0, 0, 0)
        controls = QHBoxLayout()
        self.page_box = QSpinBox(pdf_page)
        self.page_box.setObjectName("pdfPage")
        self.page_box.setAccessibleName(Files.tr("Page"))
        self.page_box.setPrefix(Files.tr("Page "))
        self.page_count = QLabel(pdf_page)
        zoom_out = QPushButton("−", pdf_page)
        zoom_out.setAccessibleName(Files.tr("Zoom out"))
        zoom_in = QPushButton("+", pdf_page)
        zoom_in.setAccessibleName(Files.tr("Zoom in"))
        fit = QPushButton(Files.tr("Fit width"), pdf_page)
        for widget in (self.page_box, self.page_count):
            controls.addWidget(widget)
        controls.addStretch(1)
        for button in (zoom_out, zoom_in, fit):
            button.setAutoDefault(False)
            controls.addWidget(button)
        pdf_layout.addLayout(controls)
        pdf_layout.addWidget(self.pdf_view, 1)
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit.clicked.connect(lambda: self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.page_box.valueChanged.connect(self._jump_to_page)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self._page_shown)

        for page in (self.message, self.text, self.image_scroll, pdf_page):
            self.stack.addWidget(page)
        self._pdf_page = pdf_page
        self.window_button = QPushButton(Files.tr("Own window"), self)
        self.window_button.setObjectName("fileOwnWindow")
        self.window_button.setToolTip(Files.tr("Read this file in a window of its own, as large as you like"))
        self.window_button.setVisible(not in_own_window)
        self.system_button = QPushButton(Files.tr("Open with…"), self)
        self.system_button.setObjectName("fileSystemViewer")
        self.system_button.setToolTip(Files.tr("Open this file in the program your system reads it with"))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        for button in (self.window_button, self.system_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
            header.addWidget(button)
        self.window_button.clicked.connect(lambda: self.window_requested.emit(self.shown))
        self.system_button.clicked.connect(
            lambda: self.system_viewer_requested.emit(self.shown.path) if self.shown else None
        )
        # Over an offline copy: where and when it was saved, and the way to the original.
        self.source = QLabel(self)
        self.source.setObjectName("offlineSource")
        self.source.setTextFormat(Qt.TextFormat.RichText)
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.source.linkActivated.connect(self.link_requested)
        self.source.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.source)
        layout.addWidget(self.stack, 1)
        self.show_message(Files.tr("Choose an attached file to read it here."))

    def set_attachments_folder(self, folder: Path | None) -> None:
        """Where a document may load images from: the data folder's attachments."""
        self.text.set_attachments_folder(folder)

    def show_message(self, text: str) -> None:
        self.attachment = None
        self._set_shown(None)
        self.title.clear()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def open(self, attachment: AttachmentView) -> None:
        self.attachment = None  # no page reports while loading
        path = Path(attachment.path)
        self.title.setText(attachment.name)
        if not path.is_file():
            self.show_message(
                Files.tr("The copy of {name} is missing from the data folder ({path}).").format(
                    name=attachment.name, path=path
                )
            )
            return
        self._set_shown(attachment)  # the system's viewer may read what this one cannot
        suffix = attachment.suffix
        if suffix == "pdf":
            self.pdf_document.close()
            error = self.pdf_document.load(str(path))
            if error != QPdfDocument.Error.None_:
                self.show_message(
                    Files.tr("{name} could not be opened as a PDF ({reason}).").format(
                        name=attachment.name, reason=error.name
                    )
                )
                return
            pages = self.pdf_document.pageCount()
            self.page_box.blockSignals(True)
            self.page_box.setRange(1, max(1, pages))
            self.page_box.setValue(min(attachment.last_page, pages - 1) + 1)
            self.page_box.blockSignals(False)
            self.page_count.setText(Files.tr("of {pages}").format(pages=pages))
            self.stack.setCurrentWidget(self._pdf_page)
            self.pdf_view.pageNavigator().jump(
                min(attachment.last_page, max(pages - 1, 0)), self.pdf_view.rect().topLeft()
            )
        elif suffix in IMAGE_SUFFIXES:
            pixmap = QPixmap(str(path))
            if pixmap.isNull():
                self.show_message(
                    Files.tr("{name} could not be read as an image.").format(name=attachment.name)
                )
                return
            self.image_label.setPixmap(pixmap)
            self.stack.setCurrentWidget(self.image_scroll)
        elif suffix in ("md", "markdown", "html", "htm") or suffix in TEXT_SUFFIXES:
            from studytracker.roadmap.model import RoadmapError
            from studytracker.roadmap.reading import read_file_bytes

            try:
                content = read_file_bytes(path, MAX_TEXT_BYTES).decode("utf-8", errors="replace")
            except RoadmapError as error:  # over 5 MB, or no longer a regular file
                reason = str(error).removeprefix(f"{path}: ")
                self.show_message(
                    Files.tr("{name} cannot be shown here: {reason}.").format(
                        name=attachment.name, reason=reason
                    )
                )
                return
            longest_run = max(map(len, content.split()), default=0) if suffix in TEXT_SUFFIXES else 0
            self.text.setLineWrapMode(
                TextBrowser.LineWrapMode.NoWrap
                if longest_run > LONGEST_WRAPPED_RUN
                else TextBrowser.LineWrapMode.WidgetWidth
            )
            # An offline copy's images are beside it ("images/1.png"), found from its place;
            # an attached file's are named from the attachments folder.
            self.text.document().setBaseUrl(
                QUrl.fromLocalFile(str(path)) if attachment.saved_from else QUrl()
            )
            if suffix in ("md", "markdown"):
                self.text.setHtml(markdown_to_html(content))
            elif suffix in ("html", "htm"):
                self.text.setHtml(sanitise_html(content))
            else:
                self.text.setPlainText(content)
            self.stack.setCurrentWidget(self.text)
        else:
            self.show_message(
                Files.tr("{name}: files of type .{suffix} cannot be shown inside the app.").format(
                    name=attachment.name, suffix=suffix or "?"
                )
            )
            return
        self.attachment = attachment

    def _show_source(self, attachment: AttachmentView | None) -> None:
        if attachment is None or not attachment.saved_from:
            self.source.hide()
            return
        day = stamp_day(attachment.saved_at)
        url = html.escape(attachment.saved_from, quote=True)
        self.source.setText(
            Files.tr('Saved on {day} from {address} · <a href="{url}">Open the original</a>').format(
                day=html.escape(day), address=html.escape(elided_address(attachment.saved_from)), url=url
            )
        )
        self.source.setToolTip(attachment.saved_from)
        self.source.show()

    def _set_shown(self, attachment: AttachmentView | None) -> None:
        self._show_source(attachment)
        self.shown = attachment
        self.window_button.setEnabled(attachment is not None)
        self.system_button.setEnabled(attachment is not None)

    def current_page(self) -> int:
        return self.pdf_view.pageNavigator().currentPage()

    def _zoom(self, factor: float) -> None:
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(0.2, min(5.0, self.pdf_view.zoomFactor() * factor)))

    def _jump_to_page(self, page_number: int) -> None:
        self.pdf_view.pageNavigator().jump(page_number - 1, self.pdf_view.rect().topLeft())

    def _page_shown(self, page: int) -> None:
        self.page_box.blockSignals(True)
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(False)
        if self.attachment is not None and self.attachment.suffix == "pdf":
            self.page_changed.emit(self.attachment.id, page)

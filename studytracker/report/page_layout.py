"""Laying a PDF out: blocks of text, tables, charts and rendered markdown placed top to bottom
into pages of drawing operations, so that each page can say "page N of M" and rows are never
split across pages: a row that does not fit starts a new page."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from studytracker.store.errors import StoreError

Draw = Callable[[QPainter], None]
#: The reports' page sizes, and the resolution they are laid out at.
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 300


class Pages:
    """Lays content out top to bottom, starting a new page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter) -> None:
        self.writer = writer
        paint = writer.pageLayout().paintRectPixels(writer.resolution())
        self.left, self.top = 0.0, 0.0
        self.width = float(paint.width())
        self.footer_height = self.points(14)
        self.bottom = float(paint.height()) - self.footer_height
        self.pages: list[list[Draw]] = [[]]
        self.y = self.top
        self.on_new_page: Callable[[], None] | None = None

    def points(self, value: float) -> float:
        return value * self.writer.resolution() / 72.0

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(size)
        font.setBold(bold)
        return font

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.writer)

    def room(self) -> float:
        return self.bottom - self.y

    def ensure(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > self.top:
            self.pages.append([])
            self.y = self.top
            if self.on_new_page is not None:
                self.on_new_page()

    def draw(self, operation: Draw) -> None:
        self.pages[-1].append(operation)

    def text(
        self, text: str, size: float = 10, bold: bool = False, color: str = "#202020", gap: float = 4
    ) -> None:
        """A paragraph, wrapped to the page width; long paragraphs break between lines."""
        font = self.font(size, bold)
        metrics = self.metrics(font)
        height = metrics.height()
        for line in wrap(text, metrics, self.width):
            self.ensure(height)
            self.draw(
                partial(
                    draw_text, font=font, color=color, rect=QRectF(0, self.y, self.width, height), text=line
                )
            )
            self.y += height
        self.y += self.points(gap)

    def space(self, value: float) -> None:
        self.y += self.points(value)


def draw_text(painter: QPainter, font: QFont, color: str, rect: QRectF, text: str, align: int = 0) -> None:
    painter.setFont(font)
    painter.setPen(QColor(color))
    flags = align or (Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    painter.drawText(rect, int(flags), text)


def wrap(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if metrics.horizontalAdvance(candidate) <= width or not line:
                line = candidate
            else:
                lines.append(line)
                line = word
        lines.append(line)
    return lines


def elide(text: str, metrics: QFontMetricsF, width: float) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)


def cell_alignment(right: bool) -> int:
    horizontal = Qt.AlignmentFlag.AlignRight if right else Qt.AlignmentFlag.AlignLeft
    return int(horizontal | Qt.AlignmentFlag.AlignVCenter)


class Table:
    """Rows of cells at fixed column fractions; the header repeats at the top of each page."""

    def __init__(self, pages: Pages, columns: list[tuple[str, float, bool]], size: float = 8.5) -> None:
        self.pages = pages
        self.columns = columns  # (title, width fraction, right-aligned)
        self.font = pages.font(size)
        self.bold = pages.font(size, bold=True)
        self.metrics = pages.metrics(self.font)
        self.row_height = self.metrics.height() * 1.45
        #: Room each side of a cell's text: a right-aligned figure never touches the next column.
        self.padding = pages.points(5)

    def _cells(self) -> list[tuple[float, float, bool]]:
        x, cells = 0.0, []
        for _title, fraction, right in self.columns:
            width = self.pages.width * fraction
            cells.append((x, width, right))
            x += width
        return cells

    def _draw_cells(
        self,
        painter: QPainter,
        cells: list[tuple[float, float, bool]],
        texts: list[str],
        top: float,
        font: QFont,
        color: str,
    ) -> None:
        for (x, width, right), text in zip(cells, texts, strict=True):
            rect = QRectF(x + self.padding, top, width - 2 * self.padding, self.row_height)
            draw_text(painter, font, color, rect, text, cell_alignment(right))

    def header(self) -> None:
        pages = self.pages
        pages.ensure(self.row_height * 2)
        top = pages.y
        cells = self._cells()
        titles = [c[0] for c in self.columns]

        def draw(painter: QPainter) -> None:
            self._draw_cells(painter, cells, titles, top, self.bold, "#404040")
            painter.setPen(QPen(QColor("#909090"), pages.points(0.6)))
            painter.drawLine(0, int(top + self.row_height), int(pages.width), int(top + self.row_height))

        pages.draw(draw)
        pages.y += self.row_height

    def row(
        self, values: list[str], extra: Callable[[QPainter, float], None] | None = None, shaded: bool = False
    ) -> None:
        """One row; `extra` draws more into it, given the row's top."""
        pages = self.pages
        if pages.room() < self.row_height:
            pages.ensure(self.row_height)
            self.header()
        top = pages.y
        cells = self._cells()
        texts = [
            elide(v, self.metrics, width - 2 * self.padding)
            for v, (_x, width, _r) in zip(values, cells, strict=True)
        ]

        def draw(painter: QPainter) -> None:
            if shaded:
                painter.fillRect(QRectF(0, top, pages.width, self.row_height), QColor("#f4f6f9"))
            self._draw_cells(painter, cells, texts, top, self.font, "#202020")
            if extra is not None:
                extra(painter, top)

        pages.draw(draw)
        pages.y += self.row_height


def section(pages: Pages, title: str, keep_with_next: float) -> None:
    font = pages.font(13, bold=True)
    height = pages.metrics(font).height()
    pages.space(8)
    pages.ensure(height + keep_with_next)
    top = pages.y
    pages.draw(lambda p: draw_text(p, font, "#1d4f91", QRectF(0, top, pages.width, height), title))
    pages.y += height + pages.points(4)


def chart(
    pages: Pages, title: str, height_points: float, draw_chart: Callable[[QPainter, QRectF], object]
) -> None:
    title_font = pages.font(9.5, bold=True)
    title_height = pages.metrics(title_font).height()
    height = pages.points(height_points)
    pages.ensure(title_height + height + pages.points(10))
    top = pages.y

    def draw(painter: QPainter) -> None:
        draw_text(painter, title_font, "#303030", QRectF(0, top, pages.width, title_height), title)
        painter.save()
        painter.setFont(pages.font(9))
        draw_chart(painter, QRectF(0, top + title_height + pages.points(3), pages.width, height))
        painter.restore()

    pages.draw(draw)
    pages.y += title_height + height + pages.points(12)


def progress_bar(pages: Pages, done: int, total: int) -> None:
    height = pages.points(9)
    pages.ensure(height)
    top = pages.y
    fraction = done / total if total else 0.0

    def draw(painter: QPainter) -> None:
        painter.fillRect(QRectF(0, top, pages.width, height), QColor("#e3e7ee"))
        painter.fillRect(QRectF(0, top, pages.width * fraction, height), QColor("#2d6fb8"))

    pages.draw(draw)
    pages.y += height + pages.points(4)


class _PrintedMarkdown(QTextDocument):
    """A learner's markdown as the report prints it: the text only. Images and other files a note
    names are not loaded (a report never reads beyond the data)."""

    def loadResource(self, _type: int, _name: QUrl | str) -> object:
        return None


def _tone_down_headings(document: QTextDocument, size: float) -> None:
    """A note's headings a little larger than its text, not poster-sized: they sit under the
    report's own headings."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            cursor.setPosition(block.position())
            cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
            heading = QTextCharFormat()
            heading.setProperty(QTextFormat.Property.FontSizeAdjustment, 0)  # markdown's own scale
            heading.setFontPointSize(size + max(0, 4 - level))
            cursor.mergeCharFormat(heading)
        block = block.next()


def markdown(pages: Pages, text: str, size: float = 9.5, gap: float = 6) -> None:
    """Markdown rendered (headings, emphasis, lists, code, tables), breaking between its blocks
    where a page ends; a block taller than a page is cut where the page ends."""
    document = _PrintedMarkdown()
    document.documentLayout().setPaintDevice(pages.writer)
    document.setDefaultFont(pages.font(size))
    document.setDocumentMargin(0)
    document.setMarkdown(
        text,
        QTextDocument.MarkdownFeature(
            QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
            | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
        ),
    )
    _tone_down_headings(document, size)
    document.setTextWidth(pages.width)
    layout = document.documentLayout()
    breaks = []  # where a block ends: the places a page may end
    block = document.begin()
    while block.isValid():
        breaks.append(layout.blockBoundingRect(block).bottom())
        block = block.next()
    height = layout.documentSize().height()
    breaks = sorted({*breaks, height})
    shown = 0.0
    while shown < height:
        fits = [b for b in breaks if shown < b <= shown + pages.room()]
        if not fits and pages.y > pages.top:  # not even one block: on to a new page
            pages.ensure(pages.bottom)
            continue
        end = fits[-1] if fits else shown + pages.room()
        top, first = pages.y, shown

        def draw(painter: QPainter, top: float = top, first: float = first, end: float = end) -> None:
            painter.save()
            painter.translate(0, top - first)
            # (the clip starts just below the block before: touching its edge, that block's last
            # line would be drawn again, out of sight but in the PDF's text, on this page)
            document.drawContents(painter, QRectF(0, first + 0.5, pages.width, end - first - 0.5))
            painter.restore()

        pages.draw(draw)
        pages.y += end - first
        shown = end
    pages.y += pages.points(gap)


def pdf_pages(pdf: Path, title: str, page_size: str, landscape: bool = False) -> Pages:
    """A PDF file's pages to lay out, at the reports' resolution and margins."""
    writer = QPdfWriter(str(pdf))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("StudyTracker")
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[page_size]), orientation, QMarginsF(16, 16, 16, 14))
    )
    return Pages(writer)


def paint_pages(pages: Pages, footer: Callable[[int, int], str], target: Path) -> None:
    """Paint the laid-out pages into their writer, each with its footer line (given the page's
    number and the count); the store's error naming `target` when the file cannot be made."""
    writer = pages.writer
    painter = QPainter()
    if not painter.begin(writer):
        raise StoreError(f"{target}: cannot write the PDF there")
    footer_font = pages.font(8)
    total = len(pages.pages)
    try:
        for page_number, operations in enumerate(pages.pages, start=1):
            if page_number > 1:
                writer.newPage()
            for operation in operations:
                operation(painter)
            rect = QRectF(0, pages.bottom + pages.footer_height * 0.3, pages.width, pages.footer_height * 0.7)
            label = footer(page_number, total)
            draw_text(painter, footer_font, "#808080", rect, label, int(Qt.AlignmentFlag.AlignCenter))
    finally:
        painter.end()
        # The drawings go here, in the thread that made them, and with them the text documents
        # they hold: a drawing holds the pages, so the cycle collector would free them later, in
        # whichever thread it runs, where Qt cannot stop a document's timers.
        pages.pages = [[]]

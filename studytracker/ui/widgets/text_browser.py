"""The window's one rich-text view: a QTextBrowser that loads nothing but the learner's attachments."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

#: The largest image or style sheet a text loads from the attachments folder.
MAX_RESOURCE_BYTES = 20 * 1024 * 1024

_IMAGE = QTextDocument.ResourceType.ImageResource.value


def _no_image() -> QImage:
    """What an image that may not load shows: one transparent pixel. Not a null image: for one
    of those Qt would try the image's name as a file itself."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


class TextBrowser(QTextBrowser):
    """Shows text that someone wrote (notes, a roadmap's overview, an attached document).

    Links are never followed here: a click is only signalled (`anchorClicked`). An image or a
    style sheet the text names loads only from `attachments_folder` (by a name inside it, or a
    path or file URL that leads into it): a regular file there of at most MAX_RESOURCE_BYTES.
    Anything else (a device, a FIFO, a file elsewhere on the disk, the network, no folder set)
    loads nothing, and never waits.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.attachments_folder: Path | None = None

    def set_attachments_folder(self, folder: Path | None) -> None:
        self.attachments_folder = folder

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        data = self._attachment_bytes(QUrl(name) if isinstance(name, str) else name)
        if kind == _IMAGE:
            image = QImage.fromData(data) if data else QImage()
            return _no_image() if image.isNull() else image
        return QByteArray(data or b"")  # empty, not None: for None Qt would read the file itself

    def _attachment_bytes(self, name: QUrl) -> bytes | None:
        folder = self.attachments_folder
        if folder is None or name.isEmpty() or name.scheme() not in ("", "file") or name.host():
            return None
        local = name.toLocalFile() if name.scheme() else name.path()
        if not local:
            return None
        try:
            root = folder.resolve(strict=True)
            path = (root / local).resolve(strict=True)  # an absolute `local` stays as it is
        except (OSError, RuntimeError):
            return None
        if root not in path.parents:
            return None
        from studytracker.roadmap.model import RoadmapError
        from studytracker.roadmap.reading import read_file_bytes

        try:
            return read_file_bytes(path, MAX_RESOURCE_BYTES)
        except RoadmapError:
            return None

"""The text view of the user guide: Markdown with its pictures fitted to the width, links to
headings of the page followed inside it, web links opened in the system's browser."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from netdesigner.ui.guide.files import anchor

MAX_IMAGE_WIDTH = 860  # pixels; wider screenshots are scaled down to this


class GuideBrowser(QTextBrowser):
    guide_requested = Signal(Path, str)  # another guide file (a translation), and an anchor in it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.document().setDocumentMargin(14)
        self.folders: list[Path] = []
        self.loaded_images: list[Path] = []
        self.anchorClicked.connect(self._follow)

    def show_markdown(self, text: str, folders: list[Path]) -> None:
        self.folders = folders
        self.loaded_images = []
        self.setSearchPaths([str(folder) for folder in folders])
        self.setMarkdown(text)

    # -- pictures ----------------------------------------------------------------------------

    def find_file(self, url: QUrl) -> Path | None:
        if url.isLocalFile():
            path = Path(url.toLocalFile()).resolve()
            return path if path.is_file() else None
        relative = url.path()
        for folder in self.folders:
            path = (folder / relative).resolve()
            if path.is_file():
                return path
        return None

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            path = self.find_file(url)
            image = QImage(str(path)) if path is not None else QImage()
            if not image.isNull():
                self.loaded_images.append(path)  # type: ignore[arg-type]
                if image.width() > MAX_IMAGE_WIDTH:
                    image = image.scaledToWidth(MAX_IMAGE_WIDTH, mode=Qt.TransformationMode.SmoothTransformation)
                return image
        return super().loadResource(kind, url)

    # -- links -------------------------------------------------------------------------------

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        if not url.path() or url.path().endswith("/"):
            self.scroll_to(url.fragment())
            return
        path = self.find_file(QUrl(url.path()))
        if path is not None and path.suffix == ".md":
            self.guide_requested.emit(path, url.fragment())

    def scroll_to(self, target: str) -> bool:
        """Scroll so that the heading whose anchor is ``target`` is at the top; False if none is."""
        block = self.document().firstBlock()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and anchor(block.text()) == target:
                top = self.document().documentLayout().blockBoundingRect(block).top()
                self.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False

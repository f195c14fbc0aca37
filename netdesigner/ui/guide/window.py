"""The user guide's window: the guide in the app's language (English when there is no
translation), a Contents button and a search box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from netdesigner.paths import docs_dir
from netdesigner.ui import i18n
from netdesigner.ui.guide.browser import GuideBrowser
from netdesigner.ui.guide.files import guide_file, search_paths

DEFAULT_SIZE = (960, 760)


class GuideWindow(QWidget):
    """A separate window (not modal) beside the designer; ``show_guide()`` fills and shows it."""

    def __init__(self, parent: QWidget | None = None, docs: Path | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.docs = docs or docs_dir()
        self.path: Path | None = None
        self.language = ""
        self.resize(*DEFAULT_SIZE)
        self.browser = GuideBrowser()
        self.contents_button = QPushButton()
        self.contents_button.clicked.connect(lambda: self.browser.verticalScrollBar().setValue(0))
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(lambda _text: self.note.clear())
        self.note = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(self.contents_button)
        bar.addStretch(1)
        bar.addWidget(self.note)
        bar.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.browser, 1)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.close)
        self.browser.guide_requested.connect(self.load)
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("NetDesigner User Guide"))
        self.contents_button.setText(self.tr("Contents"))
        self.contents_button.setToolTip(self.tr("Back to the top of the guide"))
        self.search.setPlaceholderText(self.tr("Find in the guide (Enter for the next match)"))
        self.search.setAccessibleName(self.tr("Find in the guide"))
        self.browser.setAccessibleName(self.tr("User guide"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.path is not None and i18n.current_language() != self.language:
                self.language = i18n.current_language()  # the guide in the new language, too
                self.load(guide_file(self.language, self.docs))
        super().changeEvent(event)

    # -- content -----------------------------------------------------------------------------

    def show_guide(self) -> None:
        """Show the guide in the language the app shows now (loading it again if that changed)."""
        language = i18n.current_language()
        if language != self.language or self.path is None:
            self.language = language
            self.load(guide_file(language, self.docs))
        self.show()
        if QGuiApplication.platformName() != "offscreen":  # which cannot raise windows, and says so
            self.raise_()
        self.activateWindow()

    def load(self, path: Path, target: str = "") -> bool:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as error:
            message = self.tr("The user guide could not be read from {path}: {reason}")
            self.browser.setPlainText(message.format(path=path, reason=error.strerror or error))
            self.path = None
            return False
        self.path = path
        self.browser.show_markdown(text, search_paths(path, self.docs))
        if target:
            self.browser.scroll_to(target)
        return True

    def find_next(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if self.browser.find(text):
            self.note.clear()
            return
        cursor = self.browser.textCursor()  # from the top again
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        found = self.browser.find(text, QTextDocument.FindFlag(0))
        self.note.setText("" if found else self.tr("Not found"))

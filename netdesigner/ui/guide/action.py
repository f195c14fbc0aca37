"""Help › User Guide…: one entry in the window's Help menu that opens the guide's window."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

from netdesigner.ui.guide.window import GuideWindow


class UserGuide(QObject):
    """Owns the menu entry and, once opened, the guide's window (one per designer window)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.window: GuideWindow | None = None
        self.action = QAction(self.tr("&User Guide…"), window)
        self.action.setObjectName("user_guide_action")
        self.action.setStatusTip(self.tr("Read how to use every part of NetDesigner, with pictures"))
        self.action.triggered.connect(self.open)
        self._add_to_help_menu()

    def _help_menu(self) -> QMenu:
        """The window's Help menu, found by name as its title is translated; else a new one."""
        known = getattr(self.main_window, "help_menu", None)
        return known if isinstance(known, QMenu) else self.main_window.menuBar().addMenu(self.tr("&Help"))

    def _add_to_help_menu(self) -> None:
        """Before the Learn panel's entry, else before About, else at the end."""
        menu = self._help_menu()
        learn = getattr(getattr(self.main_window, "learn", None), "action", None)
        about = getattr(self.main_window, "about_action", None)
        for before in (learn, about):
            if before is not None and before in menu.actions():
                menu.insertAction(before, self.action)
                return
        menu.addAction(self.action)

    def open(self) -> None:
        if self.window is None:
            self.window = GuideWindow(self.main_window)
        self.window.show_guide()


def add_user_guide(window: QMainWindow) -> UserGuide:
    """Put Help › User Guide… in ``window``'s menus; returns what owns it."""
    return UserGuide(window)

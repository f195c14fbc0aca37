"""Edit › Preferences: the app's language (the system's, English or Simplified Chinese).

The panels follow a new language at once; menus, tool bars and dialogs are built in it when
NetDesigner starts, so after a change the student may restart now (unsaved work is asked about
as on any close) or later.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QProcess
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QWidget,
)

from netdesigner.translation_areas import LANGUAGES
from netdesigner.ui import dialogs, i18n


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        layout = QFormLayout(self)
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("System default"), i18n.SYSTEM)
        for code in (i18n.ENGLISH, *LANGUAGES):
            self.language.addItem(i18n.NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.chosen_language())))
        layout.addRow(self.tr("&Language:"), self.language)
        note = QLabel(
            self.tr(
                "Panels change at once. Menus, tool bars and dialogs change when NetDesigner restarts; "
                "you can restart now or later."
            )
        )
        note.setWordWrap(True)
        layout.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def apply(self) -> str:
        """Store the choice and load its translations; returns the language now shown."""
        choice = self.language.currentData()
        i18n.set_chosen_language(choice)
        return i18n.install(i18n.resolve(choice))


def relaunch_command() -> tuple[str, list[str]]:
    """The program and arguments that started this NetDesigner, to start it again."""
    if getattr(sys, "frozen", False):  # a bundled app: the executable is NetDesigner itself
        return sys.executable, list(sys.argv[1:])
    arguments = list(getattr(sys, "orig_argv", [])[1:]) or list(sys.argv)
    return sys.executable, arguments


def start_again() -> bool:
    """Start a new NetDesigner process, detached from this one; False if it could not start."""
    program, arguments = relaunch_command()
    started = QProcess.startDetached(program, arguments, os.getcwd())
    return bool(started[0] if isinstance(started, tuple) else started)


def restart(window: QMainWindow) -> bool:
    """Close ``window`` (which asks about unsaved changes), start NetDesigner again and quit.
    False, with nothing changed, when the student cancels the close."""
    if not window.close():
        return False
    if not start_again():
        dialogs.error(
            None,
            QCoreApplication.translate("Preferences", "Cannot restart"),
            QCoreApplication.translate(
                "Preferences", "NetDesigner could not start again by itself. Start it again to see the new language."
            ),
        )
    quit_app()
    return True


def quit_app() -> None:
    QCoreApplication.quit()


def change_language(window: QMainWindow, dialog: PreferencesDialog) -> None:
    """Apply the dialog's choice; when the language shown changed, offer to restart."""
    before = i18n.resolve(i18n.chosen_language())
    shown = dialog.apply()
    if shown == before:
        return
    if hasattr(window, "doc"):
        window.doc.recheck()  # the problems panel speaks the new language at once
    if dialogs.ask_restart(window):
        restart(window)
    elif hasattr(window, "show_message"):
        window.show_message(
            QCoreApplication.translate(
                "Preferences", "The menus change to the new language the next time NetDesigner starts."
            )
        )


def add_preferences_action(window: QMainWindow, menu: QMenu | None = None) -> QAction:
    """Put Preferences… at the end of ``menu`` (the window's Edit menu)."""
    action = QAction(QCoreApplication.translate("Preferences", "Pre&ferences…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_dialog() -> None:
        dialog = PreferencesDialog(window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            change_language(window, dialog)

    action.triggered.connect(open_dialog)
    if menu is not None:
        menu.addSeparator()
        menu.addAction(action)
    return action

"""Edit › Preferences: the app's language (the system's, English or Simplified Chinese)."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QMainWindow, QWidget

from netdesigner.translation_areas import LANGUAGES
from netdesigner.ui import i18n


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
        note = QLabel(self.tr("Panels change at once; menus and tool bars change the next time NetDesigner starts."))
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


def add_preferences_action(window: QMainWindow, menu_title: str = "&Edit") -> QAction:
    """Put Preferences… at the end of the window's Edit menu."""
    action = QAction(window.tr("Pre&ferences…"), window)
    action.setMenuRole(QAction.MenuRole.PreferencesRole)

    def open_dialog() -> None:
        dialog = PreferencesDialog(window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.apply()

    action.triggered.connect(open_dialog)
    for menu_action in window.menuBar().actions():
        if menu_action.text() == menu_title and menu_action.menu() is not None:
            menu_action.menu().addSeparator()
            menu_action.menu().addAction(action)
    return action

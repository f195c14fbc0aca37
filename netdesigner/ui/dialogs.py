"""The few modal questions the app asks, in one place so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netdesigner.ui import settings

# File-dialog filters, translated by open_path and save_path.
PROJECT_FILTER = QT_TRANSLATE_NOOP("Dialogs", "NetDesigner projects (*.ndproj)")
KERAS_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Keras models (*.keras)")
PYTHON_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Python scripts (*.py)")


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_save(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes to ``name``."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Unsaved changes"),
        QCoreApplication.translate(
            "Dialogs", "Save the changes to “{name}” first?\nIf you don't, they are lost."
        ).format(name=name),
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
        answer, "cancel"
    )


def ask_recover(parent: QWidget | None, name: str, saved: str) -> bool:
    """Whether to restore work that was autosaved before NetDesigner ended unexpectedly."""
    when = saved.replace("T", " ")[:16] if saved else QCoreApplication.translate("Dialogs", "an unknown time")
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Restore unsaved work?"),
        QCoreApplication.translate(
            "Dialogs",
            "NetDesigner did not close properly last time. Your work on “{name}” was autosaved at {when}.\n\n"
            "Restore it? If you don't, the autosaved copy is deleted.",
        ).format(name=name, when=when),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_restart(parent: QWidget | None) -> bool:
    """After the language changed: restart now (True) or later (False)?"""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Restart NetDesigner?"),
        QCoreApplication.translate(
            "Dialogs",
            "The panels already show the new language. The menus, tool bars and dialogs show it after "
            "NetDesigner restarts.\n\nRestart now? You are asked about unsaved changes first.",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    now = box.addButton(QCoreApplication.translate("Dialogs", "Restart Now"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(QCoreApplication.translate("Dialogs", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(now)
    box.setEscapeButton(later)
    box.exec()
    return box.clickedButton() is now


def open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    shown_filter = QCoreApplication.translate("Dialogs", file_filter)
    name, _ = QFileDialog.getOpenFileName(parent, title, settings.last_folder(), shown_filter)
    if not name:
        return None
    settings.set_last_folder(Path(name))
    return Path(name)


def save_path(parent: QWidget | None, title: str, file_filter: str, suggested: str, suffix: str) -> Path | None:
    start = str(Path(settings.last_folder()) / suggested)
    shown_filter = QCoreApplication.translate("Dialogs", file_filter)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, shown_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.set_last_folder(path)
    return path

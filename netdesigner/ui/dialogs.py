"""The few modal questions the app asks, in one place so tests can answer them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from netdesigner.ui import settings

PROJECT_FILTER = "NetDesigner projects (*.ndproj)"
KERAS_FILTER = "Keras models (*.keras)"
PYTHON_FILTER = "Python scripts (*.py)"


def error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def ask_save(parent: QWidget | None, name: str) -> str:
    """'save', 'discard' or 'cancel' for unsaved changes to ``name``."""
    answer = QMessageBox.question(
        parent,
        "Unsaved changes",
        f"Save the changes to “{name}” first?\nIf you don't, they are lost.",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    return {QMessageBox.StandardButton.Save: "save", QMessageBox.StandardButton.Discard: "discard"}.get(
        answer, "cancel"
    )


def ask_recover(parent: QWidget | None, name: str, saved: str) -> bool:
    """Whether to restore work that was autosaved before NetDesigner ended unexpectedly."""
    when = saved.replace("T", " ")[:16] if saved else "an unknown time"
    answer = QMessageBox.question(
        parent,
        "Restore unsaved work?",
        f"NetDesigner did not close properly last time. Your work on “{name}” was autosaved at {when}.\n\n"
        "Restore it? If you don't, the autosaved copy is deleted.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_path(parent: QWidget | None, title: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, settings.last_folder(), file_filter)
    if not name:
        return None
    settings.set_last_folder(Path(name))
    return Path(name)


def save_path(parent: QWidget | None, title: str, file_filter: str, suggested: str, suffix: str) -> Path | None:
    start = str(Path(settings.last_folder()) / suggested)
    name, _ = QFileDialog.getSaveFileName(parent, title, start, file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    settings.set_last_folder(path)
    return path

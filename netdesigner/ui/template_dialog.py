"""File › New: choose a template (with its description and size) or an empty canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.analysis import analyze
from netdesigner.core.project_file import ProjectError
from netdesigner.core.spec import Project
from netdesigner.core.templates import load_template, template_names
from netdesigner.ui.catalog_text import template_description, template_title

EMPTY = ""


class TemplateDialog(QDialog):
    """Lists the built-in templates; ``chosen_project()`` gives a fresh copy of the choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New Network"))
        self.setMinimumSize(520, 420)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Start from a template, or from an empty canvas:")))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Templates"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        layout.addWidget(self.list, 1)
        self._projects: dict[str, Project] = {}
        self._add(
            EMPTY, self.tr("Empty canvas"), self.tr("Build a network from scratch: drag layers from the palette.")
        )
        for name in template_names():
            try:
                project = load_template(name)
            except ProjectError:
                continue  # a broken template is left out rather than breaking New
            self._projects[name] = project
            count = analyze(project.network, project.training).total_params
            title = self.tr("{name}  ·  {count} parameters").format(
                name=template_title(name, project.metadata.name), count=f"{count:,}"
            )
            self._add(name, title, template_description(name, project.metadata.description))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.setCurrentRow(0)
        self.select("first-mlp")

    def _add(self, name: str, title: str, description: str) -> None:
        item = QListWidgetItem(f"{title}\n{description}" if description else title)
        item.setData(Qt.ItemDataRole.UserRole, name)
        item.setToolTip(description)
        font = item.font()
        item.setFont(font)
        self.list.addItem(item)

    def select(self, name: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.list.setCurrentRow(row)

    def chosen_name(self) -> str:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else EMPTY

    def chosen_project(self) -> Project:
        name = self.chosen_name()
        if name == EMPTY:
            return Project()
        return self._projects[name].model_copy(deep=True)

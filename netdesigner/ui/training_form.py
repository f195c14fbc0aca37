"""The training settings and the project's name and description, shown when nothing is
selected. Each change goes through ``Document.set_training`` as one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.catalog import ParamSpec
from netdesigner.core.spec import LOSS_LABELS, MAX_BATCH_SIZE, OPTIMIZER_LABELS
from netdesigner.ui import settings
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.param_editors import Editor, error_label, make_editor, readable_error

DATASETS = {
    "mnist-5k": "MNIST, 5,000 bundled digits",
    "mnist": "MNIST, full (downloads once)",
    "fashion-mnist": "Fashion-MNIST (downloads once)",
}
OTHER = "__other__"

SPECS = {
    "loss": ParamSpec(
        "loss",
        "choice",
        "cross_entropy",
        "What training minimizes: cross entropy -sum y log p, or mean squared error mean (y - p)^2.",
        choices=tuple(LOSS_LABELS),
    ),
    "optimizer": ParamSpec(
        "optimizer",
        "choice",
        "adam",
        "How weights are updated from gradients: plain gradient descent w - eta dL/dw, with momentum, "
        "RMSprop, or Adam.",
        choices=tuple(OPTIMIZER_LABELS),
    ),
    "learning_rate": ParamSpec(
        "learning_rate",
        "float",
        0.001,
        "The step size eta in w <- w - eta dL/dw.",
        label="Learning rate",
        minimum=0.0,
        maximum=10.0,
        exclusive_minimum=True,
    ),
    "momentum": ParamSpec(
        "momentum", "float", 0.9, "How much of the previous step carries into the next.", minimum=0.0, maximum=0.99
    ),
    "batch_size": ParamSpec(
        "batch_size",
        "int",
        32,
        "Samples per weight update (mini-batch gradient descent; 1 is stochastic gradient descent).",
        label="Batch size",
        minimum=1,
        maximum=MAX_BATCH_SIZE,
    ),
    "epochs": ParamSpec("epochs", "int", 5, "Passes over the training set.", minimum=1, maximum=10_000),
    "validation_split": ParamSpec(
        "validation_split",
        "float",
        0.1,
        "Fraction of the training set held back to check for overfitting after each epoch.",
        label="Validation split",
        minimum=0.0,
        maximum=0.5,
    ),
    "seed": ParamSpec(
        "seed", "int", 42, "The same seed and settings give the same curves.", minimum=0, maximum=2**31 - 1
    ),
}
LABELS = {**LOSS_LABELS, **OPTIMIZER_LABELS}


class TrainingForm(QWidget):
    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.doc = doc
        layout = QVBoxLayout(self)
        heading = QLabel("<b style='font-size:120%'>Training</b><br><small>Select a layer to edit it.</small>")
        layout.addWidget(heading)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, Editor] = {}
        for name, spec in SPECS.items():
            editor = make_editor(spec)
            if spec.kind == "choice":
                box: QComboBox = editor.box  # type: ignore[attr-defined]
                for i in range(box.count()):
                    box.setItemText(i, LABELS.get(box.itemData(i), box.itemText(i)))
            editor.committed.connect(lambda value, n=name: self._commit(n, value))
            self.editors[name] = editor
            field: QWidget = editor
            if name == "batch_size":
                self.full_batch = QCheckBox("Full batch")
                self.full_batch.setToolTip("Batch gradient descent: one update per epoch over the whole training set.")
                self.full_batch.toggled.connect(self._on_full_batch)
                field = QWidget()
                row = QHBoxLayout(field)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(editor, 1)
                row.addWidget(self.full_batch)
            label = QLabel(spec.title)
            label.setToolTip(editor.toolTip())
            label.setBuddy(editor.focus_widget())
            form.addRow(label, field)
        self.dataset = QComboBox()
        self.dataset.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.dataset.setMinimumContentsLength(8)
        self.dataset.setAccessibleName("Dataset")
        self.dataset.setToolTip("The digits to train and test on")
        self.dataset.activated.connect(self._on_dataset)
        form.addRow("Dataset", self.dataset)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)
        project = QGroupBox("Project")
        details = QFormLayout(project)
        self.name = QLineEdit()
        self.name.setAccessibleName("Project name")
        self.name.editingFinished.connect(lambda: self._set_metadata(name=self.name.text()))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName("Project description")
        self.description.setMaximumHeight(90)
        self.description.installEventFilter(self)
        details.addRow("Name", self.name)
        details.addRow("Description", self.description)
        layout.addWidget(project)
        layout.addStretch(1)
        doc.training_changed.connect(self.sync)
        doc.metadata_changed.connect(self.sync)
        doc.project_replaced.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        training = self.doc.training
        for name, editor in self.editors.items():
            value = getattr(training, name)
            if name == "batch_size" and value == "full":
                continue
            editor.set_value(value)
        full = training.batch_size == "full"
        self.full_batch.blockSignals(True)
        self.full_batch.setChecked(full)
        self.full_batch.blockSignals(False)
        self.editors["batch_size"].setEnabled(not full)
        self.editors["momentum"].setEnabled(training.optimizer == "momentum")
        self._fill_datasets(training.dataset)
        metadata = self.doc.project.metadata
        if not self.name.hasFocus():
            self.name.setText(metadata.name)
        if not self.description.hasFocus() and self.description.toPlainText() != metadata.description:
            self.description.setPlainText(metadata.description)

    def _fill_datasets(self, current: str) -> None:
        self.dataset.blockSignals(True)
        self.dataset.clear()
        for value, label in DATASETS.items():
            self.dataset.addItem(label, value)
        if current not in DATASETS:
            self.dataset.addItem(current, current)
        self.dataset.addItem("Other file or folder…", OTHER)
        self.dataset.setCurrentIndex(self.dataset.findData(current))
        self.dataset.blockSignals(False)

    def _commit(self, name: str, value: Any) -> None:
        try:
            self.doc.set_training(**{name: value})
        except (ValidationError, EditRefused) as error:
            self.error.setText(f"{SPECS[name].title}: {readable_error(error)}")
            self.error.show()
            self.sync()
            return
        self.error.hide()

    def _on_full_batch(self, full: bool) -> None:
        self._commit("batch_size", "full" if full else self.editors["batch_size"].value())

    def _on_dataset(self, index: int) -> None:
        value = self.dataset.itemData(index)
        if value == OTHER:
            value = self._choose_dataset()
            if value is None:
                self.sync()
                return
        self._commit("dataset", value)

    def _choose_dataset(self) -> str | None:
        """An .npz file, a folder of IDX files, or a folder with one subfolder per class."""
        name, _ = QFileDialog.getOpenFileName(
            self, "Choose a dataset (.npz), or cancel to pick a folder", settings.last_folder(), "NumPy arrays (*.npz)"
        )
        if name:
            return f"npz:{name}"
        folder = QFileDialog.getExistingDirectory(self, "Choose a dataset folder", settings.last_folder())
        if not folder:
            return None
        if any("idx" in p.name for p in Path(folder).iterdir() if p.is_file()):
            return f"idx:{folder}"
        return f"folder:{folder}"

    def _set_metadata(self, **changes: str) -> None:
        try:
            self.doc.set_metadata(**changes)
        except (ValidationError, EditRefused) as error:
            self.error.setText(readable_error(error))
            self.error.show()
            self.sync()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self._set_metadata(description=self.description.toPlainText())
        return super().eventFilter(watched, event)

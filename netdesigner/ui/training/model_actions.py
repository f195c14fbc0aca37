"""Trained-model commands: save it as .keras, load one back (to continue training or to run
it), and keep the weights beside the project when the project is saved or opened."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from netdesigner.ui import dialogs
from netdesigner.ui.background import BackgroundTask
from netdesigner.ui.document import Document
from netdesigner.ui.files import FileActions
from netdesigner.ui.training import model_files
from netdesigner.ui.training.session import TrainingSession, same_architecture


class ModelActions(QObject):
    status = Signal(str)

    def __init__(self, doc: Document, session: TrainingSession, files: FileActions, window: QWidget) -> None:
        super().__init__(window)
        self.doc, self.session, self.files, self.window = doc, session, files, window
        self.task: BackgroundTask | None = None
        files.saved.connect(self._write_weights)
        files.opened.connect(self._read_weights)

    def _busy(self) -> bool:
        if self.task is not None and self.task.running:
            self.status.emit(self.tr("A model is still being loaded; wait for it to finish."))
            return True
        return False

    def save_model(self, path: Path | None = None) -> bool:
        if self.session.model is None or self.session.busy:
            self.status.emit(self.tr("There is no trained model to save yet: train the network first."))
            return False
        if path is None:
            stem = (self.doc.path.stem if self.doc.path else self.doc.project.metadata.name) or "model"
            suggested, suffix = f"{stem}-trained.keras", ".keras"
            path = dialogs.save_path(
                self.window, self.tr("Save Trained Model"), self._keras_filter(), suggested, suffix
            )
            if path is None:
                return False
        try:
            model_files.save_model(self.session.model, path)
        except (OSError, ValueError) as error:
            text = self.tr("“{path}” could not be written: {error}").format(path=path, error=error)
            dialogs.error(self.window, self.tr("Cannot save model"), text)
            return False
        self.status.emit(self.tr("Saved the trained model as {name}").format(name=path.name))
        return True

    def load_model(self, path: Path | None = None) -> bool:
        """Load a trained .keras model; a different design replaces the canvas (asking first)."""
        if self._busy() or self.session.busy:
            return False
        if path is None:
            path = dialogs.open_path(self.window, self.tr("Load Trained Model"), self._keras_filter())
            if path is None:
                return False
        self.status.emit(self.tr("Loading {name}…").format(name=path.name))
        self.task = BackgroundTask(
            lambda: model_files.load_model(path),
            lambda loaded: self._on_loaded(path, *loaded),
            lambda error: self._load_failed(path, error),
            self,
        )
        self.task.start()
        return True

    def _load_failed(self, path: Path, error: BaseException) -> None:
        text = self.tr("“{name}” could not be loaded.").format(name=path.name) + f"\n\n{error}"
        dialogs.error(self.window, self.tr("Cannot load model"), text)

    def _on_loaded(self, path: Path, model: Any, project: Any) -> None:
        if not same_architecture(project.network, self.doc.project.network):
            if not self.files.maybe_save():
                return
            self.doc.load(project, None, unsaved=True)
        self.session.attach_model(model, self.doc.project.network)
        self.status.emit(
            self.tr("Loaded the trained model {name}: train on with Continue, or use it").format(name=path.name)
        )

    def _write_weights(self, path: Path) -> None:
        if self.session.model is None or not self.session.has_weights_for_design():
            return
        target = model_files.weights_path(path)
        try:
            model_files.write_weights(target, self.session.model.get_weights())
        except Exception as error:  # noqa: BLE001 - the project itself is saved; say what was not
            text = self.tr("The trained weights could not be written to “{path}”: {error}")
            dialogs.error(self.window, self.tr("Weights not saved"), text.format(path=target, error=error))

    def _read_weights(self, path: Path) -> None:
        target = model_files.weights_path(path)
        if not target.is_file() or self._busy():
            return
        project = self.doc.snapshot()
        try:
            weights = model_files.read_weights(target)
        except (OSError, ValueError) as error:
            text = self.tr("The saved weights in {name} could not be read: {error}")
            self.status.emit(text.format(name=target.name, error=error))
            return
        self.status.emit(self.tr("Loading the trained weights from {name}…").format(name=target.name))
        self.task = BackgroundTask(
            lambda: model_files.build_with_weights(project, weights),
            lambda model: self._on_weights(model, project),
            lambda error: self.status.emit(
                self.tr("The saved weights do not fit this design ({error}); train it again.").format(error=error)
            ),
            self,
        )
        self.task.start()

    def _on_weights(self, model: Any, project: Any) -> None:
        if same_architecture(project.network, self.doc.project.network) and not self.session.busy:
            self.session.attach_model(model, project.network)
            self.status.emit(self.tr("The trained weights saved with the project are loaded."))

    def _keras_filter(self) -> str:
        return self.tr("Keras models (*.keras)")

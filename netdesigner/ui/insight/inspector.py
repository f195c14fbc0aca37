"""What the insight panels show, in one place: the latest probe report, the input being
looked at, and the Dense unit whose math is worked out.

While a run trains, reports come from the worker's probes (the GUI never calls the model);
the chosen input and unit travel to the worker as a ``Watch``. When no run is going, a
trained or loaded model is probed here: the first time in a background thread (it traces a
function), then directly, since one image through a small model takes milliseconds.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal

from netdesigner.core.catalog import INPUT_FORMATS
from netdesigner.ui.background import BackgroundTask
from netdesigner.ui.document import Document
from netdesigner.ui.training.session import TrainingSession

PROBE_IMAGES = 256
SKETCH_SOURCE = "the sketch pad"  # ``Inspector.source`` for the drawn digit; test images: "test image I of N"


def image_source(index: int, total: int) -> str:
    return f"test image {index} of {total}"


def source_text(source: str) -> str:
    """An input's ``source`` in the app's language."""
    if source == SKETCH_SOURCE:
        return QCoreApplication.translate("Inspector", "the sketch pad")
    words = source.split()
    if source.startswith("test image ") and len(words) == 5 and words[2].isdigit() and words[4].isdigit():
        text = QCoreApplication.translate("Inspector", "test image {index} of {total}")
        return text.format(index=words[2], total=words[4])
    return source


def _probe_for(model: Any, x_test: np.ndarray, y_test: np.ndarray, classes: int) -> Any:
    """Runs in a background thread: a Probe on the first test images, and its first report."""
    from netdesigner.engine.inference import digit_input_shape
    from netdesigner.engine.probes import Probe
    from netdesigner.engine.training import prepare

    x, y = prepare(x_test[:PROBE_IMAGES], y_test[:PROBE_IMAGES], digit_input_shape(model), classes)
    probe = Probe(model, x, y)
    return probe, probe.report()


class Inspector(QObject):
    changed = Signal()  # report, activations or the neuron's math changed
    input_changed = Signal()  # another image is being looked at
    layer_selected = Signal(str)  # a layer picked on the canvas or in a panel
    unit_selected = Signal(str, int)
    message = Signal(str)

    def __init__(self, doc: Document, session: TrainingSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.session = doc, session
        self.report: Any = None  # the latest ProbeReport
        self.image: np.ndarray | None = None  # 28x28 uint8, white ink on black
        self.label: int | None = None
        self.source = ""
        self.layer: str | None = None  # the Dense layer and unit of the math view
        self.unit = 0
        self.target: int | None = None  # the class the backward pass aims for; None: the true label
        self.probe: Any = None
        self.task: BackgroundTask | None = None
        session.inspected.connect(self._on_report)
        session.model_changed.connect(self.refresh)
        session.run_started.connect(lambda _info: self._forget_probe())

    # -- choices -----------------------------------------------------------------------------

    def set_input(self, image: np.ndarray | None, label: int | None, source: str) -> None:
        self.image = None if image is None else np.asarray(image, dtype=np.uint8)
        self.label, self.source = label, source
        self.input_changed.emit()
        self._watch_changed()

    def select_layer(self, layer: str) -> None:
        self.layer_selected.emit(layer)

    def select_unit(self, layer: str, unit: int) -> None:
        if (layer, unit) != (self.layer, self.unit):
            self.layer, self.unit = layer, unit
            self.unit_selected.emit(layer, unit)
            self._watch_changed()

    def set_target(self, target: int | None) -> None:
        if target != self.target:
            self.target = target
            self._watch_changed()

    def target_class(self) -> int:
        if self.target is not None:
            return self.target
        if self.label is not None:
            return self.label
        return int(np.argmax(self.output())) if self.output() is not None else 0

    def output(self) -> np.ndarray | None:
        """The network's last layer output for the watched input, if known."""
        if self.report is None or not self.report.activations:
            return None
        return np.asarray(list(self.report.activations.values())[-1]).reshape(-1)

    def input_shape(self) -> tuple[int, ...]:
        if self.session.model is not None and not self.session.busy:
            from netdesigner.engine.inference import digit_input_shape

            try:
                return digit_input_shape(self.session.model)
            except ValueError:
                pass
        network = (self.session.project if self.session.busy and self.session.project else self.doc.project).network
        inputs = [n for n in network.nodes if n.type == "Input"]
        return INPUT_FORMATS[inputs[0].params["format"]] if inputs else INPUT_FORMATS["image"]

    def watch(self) -> Any:
        if self.image is None:
            return None
        from netdesigner.engine.probes import Watch

        x = (self.image.astype(np.float32) / 255.0).reshape(self.input_shape())
        rate = (self.session.project if self.session.busy and self.session.project else self.doc.project).training
        return Watch(x, self.layer, self.unit, self.target_class(), float(rate.learning_rate))

    # -- reports -----------------------------------------------------------------------------

    def _watch_changed(self) -> None:
        watch = self.watch()
        self.session.watch(watch)
        if not self.session.busy and self.probe is not None and self.report is not None:
            self.report.watch = watch
            self.report.activations = self.probe.activations(watch.x[None]) if watch is not None else None
            self.report.neuron = self.probe.neuron(watch) if watch is not None and watch.layer else None
            self.changed.emit()

    def _on_report(self, report: Any) -> None:
        self.report = report
        self.changed.emit()

    def _forget_probe(self) -> None:
        self.probe = None

    def refresh(self) -> None:
        """Probe the session's model now that no run is using it (trained, loaded or reset)."""
        model = self.session.model
        if model is None:
            self.probe, self.report = None, None
            self.changed.emit()
            return
        if self.session.busy or (self.task is not None and self.task.running):
            return
        data = self._test_images()
        if data is None:
            return
        classes = int(model.outputs[0].shape[-1])
        self.task = BackgroundTask(lambda: _probe_for(model, *data, classes), self._probed, self._failed, self)
        self.task.start()

    def test_set(self) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
        """The test images to browse: the last run's, else the design's dataset (or the bundled digits)."""
        run = self.session.last_run
        if run is not None and len(run.x_test):
            return run.x_test, run.y_test, run.class_names
        from netdesigner.engine.datasets import DatasetError, load_dataset

        try:
            data = load_dataset(self.doc.training.dataset)
        except DatasetError:
            data = load_dataset("mnist-5k")
        return data.x_test, data.y_test, tuple(data.class_names)

    def _test_images(self) -> tuple[np.ndarray, np.ndarray] | None:
        x, y, _ = self.test_set()
        return (x, y) if len(x) else None

    def _probed(self, result: tuple[Any, Any]) -> None:
        probe, report = result
        if probe.model is not self.session.model or self.session.busy:
            return  # the model changed meanwhile
        last = self.report
        report.step = self.session.steps_done
        if last is not None and self.session.last_run is not None:
            report.updates, report.updated_at = last.updates, last.updated_at
        self.probe, self.report = probe, report
        self._watch_changed()
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        self.message.emit(self.tr("The model could not be probed: {error}").format(error=error))

    def wait(self) -> None:
        if self.task is not None and self.task.running:
            self.task.wait()

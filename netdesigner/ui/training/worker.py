"""The training worker: runs the engine's ``train`` on a QThread and reports copies.

Everything here except ``__init__`` runs on the worker thread. It emits at most ~10 batch
updates a second, each a chunk of copied numpy arrays; signals go to slots of an object in
the GUI thread (the session), never to lambdas, which would run here.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from netdesigner.core.spec import Project
from netdesigner.engine.control import TrainingControl

BATCH_INTERVAL_S = 0.1  # the plots redraw at most five times a second anyway
PROBE_EVERY = 50  # training steps between probes (one forward and backward pass on the probe batch)
# ... and seconds: the panels cannot show more than about one picture a second anyway, and each
# probe's redrawing takes the GUI thread's share of the two or so cores training also needs.
PROBE_SECONDS = 1.0


@dataclass(frozen=True)
class BatchChunk:
    """Batches since the last update: global step numbers and their losses and accuracies."""

    steps: np.ndarray
    loss: np.ndarray
    accuracy: np.ndarray
    epoch: int
    batch: int
    batches: int


@dataclass
class FinishedRun:
    """What a finished run hands to the GUI thread (the model is no longer being trained)."""

    outcome: str
    message: str
    history: list[dict[str, float]]
    test: dict[str, float] | None
    model: Any
    test_probabilities: np.ndarray | None
    x_test: np.ndarray
    y_test: np.ndarray
    class_names: tuple[str, ...]
    seconds: float
    batches_per_epoch: int = 1


class TrainingWorker(QObject):
    status = Signal(str)
    started = Signal(object)  # dict: epochs, batches, samples, batch_size
    batches = Signal(object)  # BatchChunk
    epoch_ended = Signal(int, object)  # epoch (0-based), dict of metrics
    finished = Signal(object)  # FinishedRun
    failed = Signal(str)
    probed = Signal(int, object)  # step, list[LayerHealth] (fresh objects, plain floats)
    inspected = Signal(object)  # ProbeReport: copies of weights, gradients and activations

    def __init__(
        self,
        project: Project,
        control: TrainingControl,
        initial_weights: list[np.ndarray] | None,
        probe_every: int = PROBE_EVERY,
        probe_seconds: float = PROBE_SECONDS,
    ) -> None:
        super().__init__()
        self.probe_every = probe_every
        self.probe_seconds = probe_seconds
        self.project = project
        self.control = control
        self.initial_weights = initial_weights
        self._steps: list[int] = []
        self._loss: list[float] = []
        self._accuracy: list[float] = []
        self._last_emit = 0.0
        self._batches = 1
        self._samples = 0  # training samples per epoch
        self._announced = False
        self.watch: Any = None  # a probes.Watch, set from the GUI thread; read at each probe

    # -- the TrainingListener protocol (called by Keras on this thread) ----------------------

    def on_batch_end(self, epoch: int, batch: int, batches: int, logs: dict[str, float]) -> None:
        if not self._announced:
            self._announced = True
            self._batches = batches
            self.started.emit({"batches": batches, "epochs": self.project.training.epochs, "samples": self._samples})
        self._steps.append(epoch * batches + batch + 1)
        self._loss.append(logs.get("loss", float("nan")))
        self._accuracy.append(logs.get("accuracy", float("nan")))
        now = time.perf_counter()
        if now - self._last_emit >= BATCH_INTERVAL_S or batch + 1 == batches or self.control.paused:
            self._flush(epoch, batch, batches)
            self._last_emit = now

    def on_epoch_end(self, epoch: int, logs: dict[str, float]) -> None:
        self._flush(epoch, self._batches - 1, self._batches)
        self.epoch_ended.emit(epoch, dict(logs))

    def on_probe(self, report: Any) -> None:
        self.probed.emit(report.step, report.health)
        self.inspected.emit(report)

    def watched(self) -> Any:
        return self.watch

    def _flush(self, epoch: int, batch: int, batches: int) -> None:
        if not self._steps:
            return
        chunk = BatchChunk(
            np.array(self._steps, dtype=np.int64),
            np.array(self._loss, dtype=np.float64),
            np.array(self._accuracy, dtype=np.float64),
            epoch,
            batch,
            batches,
        )
        self._steps, self._loss, self._accuracy = [], [], []
        self.batches.emit(chunk)

    # -- the run -----------------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        start = time.perf_counter()
        try:
            self.status.emit(self.tr("Loading TensorFlow…"))
            from netdesigner.engine.backend import load_keras

            load_keras()
            from netdesigner.engine.datasets import load_dataset
            from netdesigner.engine.training import train

            self.status.emit(self.tr("Loading {dataset}…").format(dataset=self.project.training.dataset))
            dataset = load_dataset(self.project.training.dataset)
            self._samples = len(dataset.x_train) - int(len(dataset.x_train) * self.project.training.validation_split)
            self.status.emit(self.tr("Building the model…"))
            result = train(
                self.project,
                dataset,
                listener=self,
                stop=self.control,
                initial_weights=self.initial_weights,
                probe_every=self.probe_every,
                probe_seconds=self.probe_seconds,
            )
        except Exception as error:  # noqa: BLE001 - every failure ends the run with a message
            self.failed.emit(failure_text(error))
            return
        self.finished.emit(
            FinishedRun(
                outcome=result.outcome,
                message=result.message,
                history=result.history,
                test=result.test,
                model=result.model,
                test_probabilities=result.test_probabilities,
                x_test=dataset.x_test,
                y_test=dataset.y_test,
                class_names=tuple(dataset.class_names),
                seconds=time.perf_counter() - start,
                batches_per_epoch=self._batches,
            )
        )


USER_ERRORS = {"DatasetError", "BuildError"}


def failure_text(error: BaseException) -> str:
    """Our own errors carry a message for the student; anything else is named as a fault."""
    if type(error).__name__ in USER_ERRORS and type(error).__module__.startswith("netdesigner."):
        return str(error)
    if isinstance(error, MemoryError):
        return QCoreApplication.translate(
            "TrainingWorker", "the computer ran out of memory; try a smaller network or batch size"
        )
    text = QCoreApplication.translate("TrainingWorker", "training failed unexpectedly: {error}")
    return text.format(error=f"{type(error).__name__}: {error}")

"""Training as plain Python: the same code serves the command line, the tests and the GUI.

``train`` reports through a ``TrainingListener`` (called on the thread that runs ``fit``) and
can be stopped between batches through a ``threading.Event``. A loss that turns NaN or
infinite ends the run as "diverged" and puts back the weights of the last good epoch.
"""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

import keras
import numpy as np

from netdesigner.core.analysis import analyze, output_activation
from netdesigner.core.catalog import INPUT_FORMATS
from netdesigner.core.i18n import translate
from netdesigner.core.spec import Project, TrainingConfig
from netdesigner.engine.builder import BuildError, build_model, check_memory, compile_model
from netdesigner.engine.control import TrainingControl
from netdesigner.engine.datasets import Dataset

if TYPE_CHECKING:
    from netdesigner.engine.probes import ProbeReport, Watch

Outcome = Literal["completed", "stopped", "diverged"]


class TrainingListener(Protocol):
    def on_batch_end(self, epoch: int, batch: int, batches: int, logs: dict[str, float]) -> None: ...

    def on_epoch_end(self, epoch: int, logs: dict[str, float]) -> None: ...


class ProbeListener(Protocol):
    """Optional: a listener with ``on_probe`` gets a probe report every ``probe_every`` steps
    (no more often than every ``probe_seconds``) and when training ends.
    With ``watched`` too, the report includes every layer's output for the input of the
    ``Watch`` it returns (or None), and the math of the unit it names."""

    def on_probe(self, report: ProbeReport) -> None: ...

    def watched(self) -> Watch | None: ...


PROBE_BATCH = 256


@dataclass
class TrainingResult:
    model: keras.Model
    history: list[dict[str, float]] = field(default_factory=list)
    test: dict[str, float] | None = None
    outcome: Outcome = "completed"
    message: str = ""
    # Class probabilities for every test image, for the confusion matrix and the gallery.
    test_probabilities: np.ndarray | None = None


def prepare(x: np.ndarray, y: np.ndarray, input_shape: tuple[int, ...], classes: int) -> tuple[np.ndarray, np.ndarray]:
    """Scale uint8 images to [0, 1], shape them for the Input layer and one-hot the labels."""
    inputs = (x.astype(np.float32) / 255.0).reshape((len(x), *input_shape))
    targets = np.zeros((len(y), classes), dtype=np.float32)
    targets[np.arange(len(y)), y] = 1.0
    return inputs, targets


def batch_size_for(training: TrainingConfig, samples: int) -> int:
    """``full`` means batch gradient descent: one step per epoch over the whole training set."""
    return samples if training.batch_size == "full" else min(training.batch_size, samples)


class _Reporter(keras.callbacks.Callback):
    """Forwards progress, honours the stop event, and catches divergence."""

    def __init__(
        self,
        listener: TrainingListener | None,
        stop: threading.Event | TrainingControl | None,
        batches: int,
        probe_data: tuple[np.ndarray, np.ndarray] | None = None,
        probe_every: int = 0,
        probe_seconds: float = 0.0,
    ) -> None:
        super().__init__()
        self.listener = listener
        self.probe_data = probe_data
        self.probe_every = probe_every
        self.probe_seconds = probe_seconds
        self.probe: Any = None
        self.before: dict[str, np.ndarray] | None = None
        self.probe_due = False  # whether the step under way ends with a probe
        self.probed_step = 0
        self.probed_at = 0.0
        self.step = 0
        self.stop = stop
        self.control = stop if isinstance(stop, TrainingControl) else None
        self.batches = batches
        self.epoch = 0
        self.outcome: Outcome = "completed"
        self.good_weights: list[np.ndarray] | None = None

    def on_train_begin(self, logs: dict[str, Any] | None = None) -> None:
        self.good_weights = [w.copy() for w in self.model.get_weights()]
        if self.probe_every and self.probe_data is not None and hasattr(self.listener, "on_probe"):
            from netdesigner.engine.probes import Probe

            self.probe = Probe(self.model, *self.probe_data)
            self._report()

    def _report(self) -> None:
        watched = getattr(self.listener, "watched", None)
        report = self.probe.report(self.step, self.before, watched() if watched else None)
        self.before = None
        self.probed_step, self.probed_at = self.step, time.perf_counter()
        self.listener.on_probe(report)  # type: ignore[union-attr]

    def _due(self) -> bool:
        """Whether the coming step ends with a probe: ``probe_every`` steps after the last one and
        no sooner than ``probe_seconds`` after it; while stepping one batch at a time, every step."""
        if self.probe is None:
            return False
        if self.control is not None and self.control.paused:
            return True
        return (
            self.step + 1 - self.probed_step >= self.probe_every
            and time.perf_counter() - self.probed_at >= self.probe_seconds
        )

    def on_epoch_begin(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
        self.epoch = epoch

    def on_train_batch_begin(self, batch: int, logs: dict[str, Any] | None = None) -> None:
        if self.control is not None and not self.control.wait_before_batch():
            self.outcome = "stopped"
            self.model.stop_training = True
        self.probe_due = self._due()
        if self.probe_due:
            self.before = self.probe.kernels()  # to report the change this step applies

    def on_train_batch_end(self, batch: int, logs: dict[str, Any] | None = None) -> None:
        values = {k: float(v) for k, v in (logs or {}).items()}
        if not math.isfinite(values.get("loss", 0.0)):
            self.outcome = "diverged"
            self.model.stop_training = True
            return
        if self.listener is not None:
            self.listener.on_batch_end(self.epoch, batch, self.batches, values)
        self.step += 1
        if self.probe_due:
            self._report()
        if self.stop is not None and self.stop.is_set():
            self.outcome = "stopped"
            self.model.stop_training = True

    def on_epoch_end(self, epoch: int, logs: dict[str, Any] | None = None) -> None:
        if self.outcome == "diverged":
            return
        self.good_weights = [w.copy() for w in self.model.get_weights()]
        if self.listener is not None:
            values = {k: float(v) for k, v in (logs or {}).items()}
            values["learning_rate"] = float(keras.ops.convert_to_numpy(self.model.optimizer.learning_rate))
            self.listener.on_epoch_end(epoch, values)

    def on_train_end(self, logs: dict[str, Any] | None = None) -> None:
        if self.outcome == "diverged" and self.good_weights is not None:
            self.model.set_weights(self.good_weights)
        elif self.probe is not None and self.step > self.probed_step:
            self._report()  # the network as training left it, whenever the last probe was


def train(
    project: Project,
    dataset: Dataset,
    *,
    listener: TrainingListener | None = None,
    stop: threading.Event | TrainingControl | None = None,
    initial_weights: list[np.ndarray] | None = None,
    probe_every: int = 0,
    probe_seconds: float = 0.0,
) -> TrainingResult:
    """Build the project's network, train it on ``dataset`` and evaluate it on the test split.

    ``stop`` may be a :class:`TrainingControl` to pause and single-step as well.
    ``initial_weights`` (from an earlier run of the same design) continue training from there.
    With ``probe_every`` > 0 and a listener that has ``on_probe``, per-layer gradient health on a
    fixed batch of training images is reported at the start and every that many steps, but
    not more often than once every ``probe_seconds`` (and after every step while paused).
    """
    training = project.training
    network = project.network
    analysis = analyze(network, training, dataset.num_classes)
    if not analysis.valid:
        raise BuildError(
            translate("Training", "the network cannot be trained: {problems}").format(problems=analysis.error_text())
        )
    assert analysis.input_id is not None and analysis.output_id is not None
    input_shape = INPUT_FORMATS[network.node(analysis.input_id).params["format"]]
    samples = len(dataset.x_train) - int(len(dataset.x_train) * training.validation_split)
    check_memory(analysis, batch_size_for(training, max(1, samples)), training.optimizer)
    keras.utils.set_random_seed(training.seed)
    model = build_model(network, training.seed, analysis)
    compile_model(model, network, training, analysis.output_id)
    if initial_weights is not None:
        try:
            model.set_weights(initial_weights)
        except ValueError as error:
            raise BuildError(
                translate("Training", "the saved weights do not fit this network: {error}").format(error=error)
            ) from None

    x, y = prepare(dataset.x_train, dataset.y_train, input_shape, dataset.num_classes)
    validation = int(len(x) * training.validation_split)
    batch_size = batch_size_for(training, len(x) - validation)
    batches = math.ceil((len(x) - validation) / batch_size)
    probe_data = (x[:PROBE_BATCH], y[:PROBE_BATCH]) if probe_every else None
    reporter = _Reporter(listener, stop, batches, probe_data, probe_every, probe_seconds)
    fit = model.fit(
        x,
        y,
        batch_size=batch_size,
        epochs=training.epochs,
        validation_split=training.validation_split,
        shuffle=True,
        verbose=0,
        callbacks=[reporter],
    )
    epochs = len(fit.history.get("loss", []))
    history = [
        {"epoch": i + 1, **{k: float(v[i]) for k, v in fit.history.items() if i < len(v)}} for i in range(epochs)
    ]
    result = TrainingResult(model=model, history=history, outcome=reporter.outcome)
    if reporter.outcome == "diverged":
        result.history = [h for h in history if all(math.isfinite(v) for v in h.values())]
        result.message = translate(
            "Training",
            "the loss became NaN or infinite, so training stopped and the last good weights were kept; "
            "the learning rate ({rate:g}) is likely too high: try a value 10 times smaller",
        ).format(rate=training.learning_rate)
    elif reporter.outcome == "stopped":
        result.message = translate("Training", "training was stopped; the weights learned so far are kept")
    if len(dataset.x_test):
        x_test, y_test = prepare(dataset.x_test, dataset.y_test, input_shape, dataset.num_classes)
        # The batch size of training, so the test step traced for validation is reused (no retracing).
        loss, accuracy = model.evaluate(x_test, y_test, batch_size=batch_size, verbose=0)
        result.test = {"loss": float(loss), "accuracy": float(accuracy)}
        outputs = predict_probabilities(model, x_test, output_activation(network, analysis.output_id))
        result.test_probabilities = outputs
    return result


def predict_probabilities(model: keras.Model, x: np.ndarray, activation: str, batch_size: int = 512) -> np.ndarray:
    """Class probabilities for ``x``: the softmax output as is, any other output through softmax."""
    parts = [np.asarray(model(x[i : i + batch_size], training=False)) for i in range(0, len(x), batch_size)]
    outputs = np.concatenate(parts).astype(np.float32) if parts else np.zeros((0, 0), np.float32)
    if activation != "softmax" and outputs.size:
        shifted = np.exp(outputs - outputs.max(axis=1, keepdims=True))
        outputs = shifted / shifted.sum(axis=1, keepdims=True)
    return outputs

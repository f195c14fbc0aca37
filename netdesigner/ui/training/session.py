"""The training session: starts a worker on a QThread, relays its reports, and keeps the
trained model and the run history. Lives in the GUI thread.

While a run is going the document is read-only. Stopping asks the worker to end after the
current batch; ``shutdown()`` (closing the window) stops and waits, so no QThread is left
running.
"""

from __future__ import annotations

import datetime
import math
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from netdesigner.core.memory import memory_problem, planned_batch
from netdesigner.core.spec import MAX_RUN_POINTS, Network, Project, RunRecord
from netdesigner.engine.control import TrainingControl
from netdesigner.ui import settings
from netdesigner.ui.document import Document
from netdesigner.ui.training.worker import PROBE_EVERY, PROBE_SECONDS, BatchChunk, FinishedRun, TrainingWorker

IDLE, RUNNING, PAUSED, STOPPING = "idle", "running", "paused", "stopping"
PROBE_EVERY_KEY = "insight/probe_every"  # the setting that keeps the student's choice (Gradients panel)


def stored_probe_every() -> int:
    value = settings.settings().value(PROBE_EVERY_KEY, PROBE_EVERY)
    return int(value) if str(value).isdigit() and int(value) > 0 else PROBE_EVERY


def same_architecture(a: Network, b: Network) -> bool:
    """Whether weights trained for ``a`` fit ``b`` (same layers, settings and connections)."""
    return [(n.id, n.type, n.params) for n in a.nodes] == [(n.id, n.type, n.params) for n in b.nodes] and [
        (e.source, e.target) for e in a.edges
    ] == [(e.source, e.target) for e in b.edges]


def thin(values: list[float], limit: int = MAX_RUN_POINTS) -> tuple[list[float], int]:
    """Every n-th value so that at most ``limit`` remain; returns the values and n."""
    stride = max(1, math.ceil(len(values) / limit))
    return values[::stride], stride


class TrainingSession(QObject):
    state_changed = Signal(str)
    status = Signal(str)
    run_started = Signal(object)  # dict: run id, epochs, batches
    batches = Signal(object)  # BatchChunk
    epoch_ended = Signal(int, object)
    run_finished = Signal(object, object)  # RunRecord, FinishedRun | None
    message = Signal(str)  # something the student should read (failure, divergence, refusal)
    model_changed = Signal()
    probed = Signal(int, object)  # step, list[LayerHealth]
    inspected = Signal(object)  # ProbeReport, at the same cadence as probed

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.state = IDLE
        self.control: TrainingControl | None = None
        self.thread: QThread | None = None
        self.worker: TrainingWorker | None = None
        self.project: Project | None = None
        self.model: Any = None  # the last trained keras.Model, for inference and saving
        self.model_network: Network | None = None
        self.last_run: FinishedRun | None = None
        self.probe_every = stored_probe_every()  # steps between gradient probes; 0 turns them off
        self.probe_seconds = PROBE_SECONDS  # and the least time between two
        self.last_report: Any = None  # the latest ProbeReport of a run
        self.steps_done = 0  # training steps of the current or last run
        self.watched: Any = None  # the probes.Watch: input and unit the probes report on
        self._losses: list[float] = []
        self._epochs: list[dict[str, float]] = []
        self._started = ""
        self._batches_per_epoch = 1

    # -- questions ---------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        return self.state != IDLE

    def has_weights_for_design(self) -> bool:
        return (
            self.model is not None
            and self.model_network is not None
            and same_architecture(self.model_network, self.doc.project.network)
        )

    # -- commands ----------------------------------------------------------------------------

    def start(self, paused: bool = False, continue_training: bool = False) -> bool:
        """Train the current design; ``paused`` starts in single-step mode. False if refused."""
        if self.busy:
            return False
        if not self.doc.analysis.valid:
            self.message.emit(self.tr("The network has problems; fix them first (see the Problems panel)."))
            return False
        training = self.doc.training
        too_large = memory_problem(self.doc.analysis, planned_batch(training), training.optimizer)
        if too_large is not None:
            self.message.emit(self.tr("Training refused: {reason}.").format(reason=too_large))
            return False
        self.project = self.doc.snapshot()
        weights = None
        if continue_training and self.has_weights_for_design():
            weights = [w.copy() for w in self.model.get_weights()]
        self.control = TrainingControl()
        if paused:
            self.control.step(1)
        self.worker = TrainingWorker(self.project, self.control, weights, self.probe_every, self.probe_seconds)
        self.thread = QThread()
        self.thread.setObjectName("training")
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.status.connect(self._on_status)
        self.worker.started.connect(self._on_started)
        self.worker.batches.connect(self._on_batches)
        self.worker.epoch_ended.connect(self._on_epoch_ended)
        self.worker.finished.connect(self._on_finished)
        self.worker.failed.connect(self._on_failed)
        self.worker.probed.connect(self._on_probed)
        self.worker.inspected.connect(self._on_inspected)
        self.worker.watch = self.watched
        self._losses, self._epochs = [], []
        self.steps_done = 0
        self._started = datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()
        self.doc.set_read_only(True)
        self._set_state(PAUSED if paused else RUNNING)
        self.thread.start()
        return True

    def pause(self) -> None:
        if self.state == RUNNING and self.control is not None:
            self.control.pause()
            self._set_state(PAUSED)

    def resume(self) -> None:
        if self.state == PAUSED and self.control is not None:
            self.control.resume()
            self._set_state(RUNNING)

    def step(self) -> None:
        """One batch: from idle it starts a paused run; while running it pauses after one more."""
        if self.state == IDLE:
            self.start(paused=True, continue_training=self.has_weights_for_design())
        elif self.control is not None and self.state in (RUNNING, PAUSED):
            self.control.step(1)
            self._set_state(PAUSED)

    def stop(self) -> None:
        if self.control is not None and self.state in (RUNNING, PAUSED):
            self.control.stop()
            self._set_state(STOPPING)

    def reset_weights(self) -> None:
        """Forget the trained model; the next run starts from freshly initialized weights."""
        if not self.busy:
            self.model = None
            self.model_network = None
            self.last_run = None
            self.model_changed.emit()
            self.status.emit(self.tr("Weights reset: the next run starts from new random weights."))

    def attach_model(self, model: Any, network: Network) -> None:
        """Use a model trained elsewhere (loaded from a file) for this design."""
        if not self.busy:
            self.model, self.model_network, self.last_run = model, network, None
            self.last_report, self.steps_done = None, 0
            self.model_changed.emit()

    def watch(self, watch: Any) -> None:
        """Have the probes of a running (or the next) run include every layer's output for
        the input of ``watch`` (a probes.Watch, or None), and the math of its unit."""
        self.watched = watch
        if self.worker is not None:
            self.worker.watch = watch  # one reference assignment: safe while the worker runs

    def shutdown(self, timeout_ms: int = 30_000) -> None:
        """Stop any run and wait for its thread (closing the window)."""
        if self.control is not None:
            self.control.stop()
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait(timeout_ms)
            self._cleanup()

    # -- the worker's reports (queued into this thread) ------------------------------------

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    @Slot(str)
    def _on_status(self, text: str) -> None:
        self.status.emit(text)

    @Slot(object)
    def _on_started(self, info: dict) -> None:
        self._batches_per_epoch = int(info["batches"])
        self.run_started.emit(info)
        self.status.emit(self.tr("Training…"))

    @Slot(int, object)
    def _on_probed(self, step: int, health: list) -> None:
        self.probed.emit(step, health)

    @Slot(object)
    def _on_inspected(self, report: Any) -> None:
        self.last_report = report
        self.inspected.emit(report)

    @Slot(object)
    def _on_batches(self, chunk: BatchChunk) -> None:
        self._losses.extend(float(v) for v in chunk.loss)
        self.steps_done = int(chunk.steps[-1]) if len(chunk.steps) else self.steps_done
        self.batches.emit(chunk)

    @Slot(int, object)
    def _on_epoch_ended(self, epoch: int, logs: dict) -> None:
        self._epochs.append({"epoch": epoch + 1, **logs})
        self.epoch_ended.emit(epoch, logs)

    @Slot(object)
    def _on_finished(self, run: FinishedRun) -> None:
        self._finish_thread()
        self.model = run.model
        self.model_network = self.project.network if self.project else None
        self.last_run = run
        record = self._record(run.outcome, run.message, run.test, run.seconds)
        self.doc.add_run(record)
        self.model_changed.emit()
        self.run_finished.emit(record, run)
        if run.outcome == "diverged":
            self.message.emit(self.tr("Training stopped: {reason}.").format(reason=run.message))

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self._finish_thread()
        record = self._record("failed", text, None, 0.0)
        if self._epochs or self._losses:
            self.doc.add_run(record)
        self.run_finished.emit(record, None)
        self.message.emit(self.tr("Training could not run: {reason}").format(reason=text))

    def _record(self, outcome: str, message: str, test: dict | None, seconds: float) -> RunRecord:
        assert self.project is not None
        losses = [v for v in self._losses if math.isfinite(v)]
        values, stride = thin(losses)
        epochs = [{k: float(v) for k, v in e.items() if math.isfinite(float(v))} for e in self._epochs]
        training = self.project.training
        name = self.tr("{optimizer} lr {rate}, batch {size}").format(
            optimizer=training.optimizer, rate=f"{training.learning_rate:g}", size=training.batch_size
        )
        return RunRecord(
            id=self.doc.new_run_id(),
            name=name,
            started=self._started,
            seconds=round(seconds, 2),
            network=self.project.network,
            training=training,
            batches_per_epoch=self._batches_per_epoch,
            epochs=epochs,
            batch_loss=values,
            batch_loss_stride=stride,
            outcome=outcome,  # type: ignore[arg-type]
            message=message[:2000],
            test=test,
        )

    def _finish_thread(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
        self._cleanup()
        self.doc.set_read_only(False)
        self._set_state(IDLE)

    def _cleanup(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        if self.thread is not None:
            self.thread.deleteLater()
        self.worker, self.thread, self.control = None, None, None

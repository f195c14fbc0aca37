"""The training engine on tiny slices of the bundled digits."""

import threading
from dataclasses import replace

import numpy as np
import pytest

pytest.importorskip("keras")

from netdesigner.core.spec import TrainingConfig  # noqa: E402
from netdesigner.core.templates import load_template  # noqa: E402
from netdesigner.engine.builder import BuildError  # noqa: E402
from netdesigner.engine.datasets import load_dataset  # noqa: E402
from netdesigner.engine.training import train  # noqa: E402


@pytest.fixture(scope="module")
def small():
    data = load_dataset("mnist-5k")
    return replace(
        data, x_train=data.x_train[:600], y_train=data.y_train[:600], x_test=data.x_test[:200], y_test=data.y_test[:200]
    )


def project(name="first-mlp", **training):
    base = load_template(name)
    config = TrainingConfig.model_validate({**base.training.model_dump(), "epochs": 1, **training})
    return base.model_copy(update={"training": config})


class Recorder:
    def __init__(self, stop_after=None, stop=None):
        self.batches = []
        self.epochs = []
        self.stop_after = stop_after
        self.stop = stop

    def on_batch_end(self, epoch, batch, batches, logs):
        self.batches.append((epoch, batch, batches, logs["loss"]))
        if self.stop_after is not None and len(self.batches) >= self.stop_after:
            self.stop.set()

    def on_epoch_end(self, epoch, logs):
        self.epochs.append((epoch, logs))


def test_reports_batches_and_epochs_and_evaluates(small):
    recorder = Recorder()
    result = train(project(epochs=2, batch_size=50, validation_split=0.0), small, listener=recorder)
    assert result.outcome == "completed"
    assert [e for e, _ in recorder.epochs] == [0, 1]
    assert [b[2] for b in recorder.batches] == [12] * 24
    assert [h["epoch"] for h in result.history] == [1, 2]
    assert set(result.history[0]) >= {"loss", "accuracy"}
    assert result.test is not None and 0 <= result.test["accuracy"] <= 1
    assert result.history[1]["loss"] < result.history[0]["loss"]


def test_same_seed_same_curves(small):
    first = train(project(epochs=2, seed=3), small).history
    second = train(project(epochs=2, seed=3), small).history
    other = train(project(epochs=2, seed=4), small).history
    assert first == second
    assert first != other


def test_stop_takes_effect_within_one_batch(small):
    stop = threading.Event()
    recorder = Recorder(stop_after=3, stop=stop)
    result = train(project(epochs=5, batch_size=10), small, listener=recorder, stop=stop)
    assert result.outcome == "stopped"
    assert len(recorder.batches) == 3
    assert "kept" in result.message
    assert all(np.isfinite(w).all() for w in result.model.get_weights())


def test_full_batch_is_one_step_per_epoch(small):
    recorder = Recorder()
    train(project(epochs=2, batch_size="full", validation_split=0.1), small, listener=recorder)
    assert [(b[0], b[1], b[2]) for b in recorder.batches] == [(0, 0, 1), (1, 0, 1)]


def test_divergence_stops_and_keeps_good_weights(small):
    base = project(epochs=3, optimizer="sgd", learning_rate=10.0)
    base.network.node("dense_1").params.update(initializer="random_normal", init_std=10.0, activation="linear")
    result = train(base, small)
    assert result.outcome == "diverged"
    assert "learning rate" in result.message and "10 times smaller" in result.message
    assert all(np.isfinite(w).all() for w in result.model.get_weights())
    assert all(np.isfinite(v) for h in result.history for v in h.values())


def test_mean_squared_error_and_every_optimizer_train(small):
    for optimizer in ("sgd", "momentum", "rmsprop", "adam"):
        result = train(project(loss="mse", optimizer=optimizer, learning_rate=0.01), small)
        assert result.outcome == "completed" and np.isfinite(result.history[0]["loss"]), optimizer


def test_linear_output_trains_as_logits(small):
    base = project(epochs=2)
    base.network.node("dense_2").params["activation"] = "linear"
    result = train(base, small)
    assert result.test["accuracy"] > 0.5


def test_invalid_network_is_refused(small):
    base = project()
    base.network.node("dense_2").params["units"] = 7
    with pytest.raises(BuildError, match="10 classes"):
        train(base, small)


def test_pause_step_and_stop_through_a_control(small):
    from netdesigner.engine.control import TrainingControl

    control = TrainingControl()
    control.step(2)  # start paused, with two batches allowed
    recorder = Recorder()
    done = threading.Event()
    results = []

    def run():
        results.append(train(project(epochs=3, batch_size=10), small, listener=recorder, stop=control))
        done.set()

    worker = threading.Thread(target=run)
    worker.start()
    deadline = 60
    while len(recorder.batches) < 2 and deadline > 0:
        done.wait(0.1)
        deadline -= 0.1
    done.wait(0.5)
    assert len(recorder.batches) == 2 and not done.is_set()
    control.step()
    while len(recorder.batches) < 3:
        done.wait(0.05)
    control.stop()
    worker.join(60)
    assert results[0].outcome == "stopped"
    assert len(recorder.batches) in (3, 4)


def test_test_probabilities_and_continuing_from_weights(small):
    first = train(project(epochs=1), small)
    probabilities = first.test_probabilities
    assert probabilities.shape == (200, 10)
    assert np.allclose(probabilities.sum(axis=1), 1, atol=1e-4)
    accuracy = float((probabilities.argmax(axis=1) == small.y_test).mean())
    assert accuracy == pytest.approx(first.test["accuracy"], abs=1e-6)
    second = train(project(epochs=1), small, initial_weights=first.model.get_weights())
    assert second.history[0]["loss"] < first.history[0]["loss"]
    with pytest.raises(BuildError, match="do not fit"):
        train(project("logistic-regression", epochs=1), small, initial_weights=first.model.get_weights())


class Probed(Recorder):
    def __init__(self):
        super().__init__()
        self.probes = []
        self.reports = []

    def on_probe(self, report):
        self.probes.append((report.step, report.health))
        self.reports.append(report)


def test_probes_report_layer_health_at_start_and_every_n_steps(small):
    recorder = Probed()
    train(
        project("deep-sigmoid", epochs=1, batch_size=50, validation_split=0.0), small, listener=recorder, probe_every=4
    )
    steps = [step for step, _ in recorder.probes]
    assert steps == [0, 4, 8, 12]
    first = recorder.probes[0][1]
    assert len(first) == 11 and first[0].gradient_norm < 1e-3 * first[-1].gradient_norm


def test_probes_keep_their_seconds_apart_but_follow_each_single_step(small):
    from netdesigner.engine.control import TrainingControl

    running = Probed()
    train(project(batch_size=50, validation_split=0.0), small, listener=running, probe_every=2, probe_seconds=3600)
    assert [step for step, _ in running.probes] == [0, 12], "none within the hour, but one at the end"

    control = TrainingControl()
    control.step(3)  # start paused: a student stepping one batch at a time
    stepped = Probed()
    finished = threading.Event()

    def run():
        train(project(batch_size=50), small, listener=stepped, stop=control, probe_every=100, probe_seconds=3600)
        finished.set()

    worker = threading.Thread(target=run)
    worker.start()
    for _ in range(600):
        if len(stepped.probes) >= 4:
            break
        finished.wait(0.1)
    control.stop()
    worker.join(60)
    assert [step for step, _ in stepped.probes][:4] == [0, 1, 2, 3]
    assert all(report.updates and report.updated_at == report.step for report in stepped.reports[1:4])

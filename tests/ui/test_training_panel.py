"""Training from the window: a worker on a QThread, live plots, controls and the run history."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

pytest.importorskip("keras")

from netdesigner.core.templates import load_template  # noqa: E402
from netdesigner.ui import dialogs  # noqa: E402
from netdesigner.ui.main_window import MainWindow
from netdesigner.ui.training.plots import TrainingPlots  # noqa: E402
from netdesigner.ui.training.session import IDLE  # noqa: E402

TIMEOUT = 90_000


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> str:
    data = np.load(Path(__file__).parents[2] / "resources" / "data" / "mnist_5k.npz", allow_pickle=False)
    path = tmp_path_factory.mktemp("data") / "tiny.npz"
    train, test = slice(0, 4000, 10), slice(4001, 5000, 10)  # every class in both
    np.savez(path, x=data["x"][train], y=data["y"][train], x_test=data["x"][test], y_test=data["y"][test])
    return f"npz:{path}"


@pytest.fixture
def window(qtbot: QtBot, tiny_data: str, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said.append(text))
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    win = MainWindow(remember_layout=False)
    win.errors = said
    qtbot.addWidget(win)
    win.show()
    win.files.new(load_template("first-mlp"))
    win.doc.set_training(dataset=tiny_data, epochs=2, batch_size=20)
    return win


def test_a_run_streams_epochs_reaches_the_plots_and_is_recorded(window: MainWindow, qtbot: QtBot) -> None:
    session = window.session
    epochs = []
    session.epoch_ended.connect(lambda epoch, logs: epochs.append(epoch))
    with qtbot.waitSignal(session.run_finished, timeout=TIMEOUT) as finished:
        qtbot.mouseClick(window.training_panel.train_button, Qt.MouseButton.LeftButton)
        assert window.doc.read_only
    record, run = finished.args
    assert epochs == [0, 1]
    assert record.outcome == "completed" and len(record.epochs) == 2
    assert len(record.batch_loss) == 2 * 18  # 360 training samples in batches of 20, twice
    assert record.test is not None and run.test_probabilities.shape == (100, 10)
    assert not window.doc.read_only and session.state == IDLE
    assert [r.id for r in window.doc.runs] == ["run-1"]
    plots = window.training_panel.plots
    plots.redraw(everything=True)
    x, y = plots.batch_plot.curves["smooth"].getOriginalDataset()
    assert len(x) == 36 and np.isfinite(y).all()
    x, y = plots.loss_plot.curves["now:loss"].getOriginalDataset()
    assert list(x) == [1.0, 2.0]
    assert "test accuracy" in window.training_panel.progress_label.text()
    assert window.doc.modified


def test_editing_is_refused_while_training_and_stop_keeps_the_weights(window: MainWindow, qtbot: QtBot) -> None:
    window.doc.set_training(epochs=200)
    session = window.session
    with qtbot.waitSignal(session.batches, timeout=TIMEOUT):
        window.train_action.trigger()
    window.scene.select_nodes(["dense_1"])
    window.delete_action.trigger()
    assert "locked" in window.statusBar().currentMessage()
    assert window.doc.has_node("dense_1")
    with qtbot.waitSignal(session.run_finished, timeout=TIMEOUT) as finished:
        window.stop_action.trigger()
    record, run = finished.args
    assert record.outcome == "stopped"
    assert len(record.epochs) < 200
    assert run.model is not None and session.has_weights_for_design()


def test_single_step_runs_one_batch_at_a_time_then_resume_finishes(window: MainWindow, qtbot: QtBot) -> None:
    session = window.session
    losses: list[int] = []
    session.batches.connect(lambda chunk: losses.extend(chunk.steps.tolist()))
    with qtbot.waitSignal(session.batches, timeout=TIMEOUT):
        window.step_action.trigger()
    qtbot.wait(300)
    assert losses == [1]
    with qtbot.waitSignal(session.batches, timeout=TIMEOUT):
        window.step_action.trigger()
    qtbot.wait(300)
    assert losses == [1, 2]
    with qtbot.waitSignal(session.run_finished, timeout=TIMEOUT):
        window.pause_action.trigger()  # resume
    assert losses == list(range(1, 37))


def test_a_diverging_run_says_why_and_keeps_good_weights(window: MainWindow, qtbot: QtBot) -> None:
    doc = window.doc
    doc.set_training(optimizer="sgd", learning_rate=10.0, epochs=3)
    doc.set_param("dense_1", "initializer", "random_normal")
    doc.set_param("dense_1", "init_std", 10.0)
    doc.set_param("dense_1", "activation", "linear")
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT) as finished:
        window.train_action.trigger()
    record, run = finished.args
    assert record.outcome == "diverged"
    assert any("learning rate" in text for text in window.errors)
    assert all(np.isfinite(w).all() for w in run.model.get_weights())


def test_a_dataset_that_cannot_load_ends_the_run_with_a_message(window: MainWindow, qtbot: QtBot) -> None:
    window.doc.set_training(dataset="npz:/no/such/file.npz")
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    assert window.errors and "file.npz" in window.errors[-1]
    assert window.session.state == IDLE and not window.doc.read_only


def test_closing_the_window_while_training_stops_the_worker(window: MainWindow, qtbot: QtBot) -> None:
    window.doc.set_training(epochs=500)
    with qtbot.waitSignal(window.session.batches, timeout=TIMEOUT):
        window.train_action.trigger()
    thread = window.session.thread
    assert thread is not None and thread.isRunning()
    window.doc.undo_stack.setClean()
    window.close()
    assert not thread.isRunning()


def test_two_runs_overlay_and_compare(window: MainWindow, qtbot: QtBot) -> None:
    for optimizer in ("adam", "sgd"):
        window.doc.set_training(optimizer=optimizer, epochs=1)
        with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
            window.train_action.trigger()
    panel = window.training_panel
    assert panel.history.count() == 2
    for i in range(2):
        panel.history.item(i).setCheckState(Qt.CheckState.Checked)
    assert "run:run-1:loss" in panel.plots.loss_plot.curves
    assert "run:run-2:batch" in panel.plots.batch_plot.curves
    panel.history.selectAll()
    qtbot.mouseClick(panel.compare_button, Qt.MouseButton.LeftButton)
    rows = window.compare_dialog.rows()
    assert ("≠ optimizer", "Adam", "SGD") in rows
    window.compare_dialog.close()


def test_trained_model_saves_reloads_and_travels_with_the_project(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.doc.set_training(epochs=1)
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    trained = [w.copy() for w in window.session.model.get_weights()]
    model_path = tmp_path / "trained.keras"
    assert window.models.save_model(model_path)
    project_path = tmp_path / "mlp.ndproj"
    window.files._save_to(project_path)
    assert (tmp_path / "mlp.weights.npz").is_file()
    window.session.reset_weights()
    assert window.session.model is None
    with qtbot.waitSignal(window.session.model_changed, timeout=TIMEOUT):
        window.models.load_model(model_path)
    loaded = window.session.model.get_weights()
    assert all(np.array_equal(a, b) for a, b in zip(trained, loaded, strict=True))
    window.session.reset_weights()
    with qtbot.waitSignal(window.session.model_changed, timeout=TIMEOUT):
        window.files.load(project_path)
    assert all(np.array_equal(a, b) for a, b in zip(trained, window.session.model.get_weights(), strict=True))
    assert window.training_panel.continue_box.isEnabled()


def test_plots_export_png_and_csv(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    plots = window.training_panel.plots
    plots.redraw(everything=True)
    plots.loss_plot.export_png(tmp_path / "loss.png")
    plots.batch_plot.export_csv(tmp_path / "batch.csv")
    assert (tmp_path / "loss.png").stat().st_size > 1000
    rows = (tmp_path / "batch.csv").read_text().splitlines()
    assert rows[0] == "curve,x,y" and len(rows) == 1 + 2 * 36


def test_gradients_panel_diagnoses_vanishing_gradients_in_deep_sigmoid(window: MainWindow, qtbot: QtBot) -> None:
    window.files.new(load_template("deep-sigmoid"))
    window.doc.set_training(dataset=window.doc.training.dataset, epochs=1, batch_size=20)
    qtbot.waitUntil(lambda: window.gradients is not None)
    window.doc.set_training(dataset=window.doc.training.dataset)
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    panel = window.gradients
    assert panel.steps[0] == 0 and len(panel.steps) >= 2
    assert "Vanishing gradients" in panel.findings_text()
    x, y = panel.norm_plot.curves["norm:dense_1"].getOriginalDataset()
    _, last = panel.norm_plot.curves[f"norm:{panel.history[-1][-1].layer}"].getOriginalDataset()
    assert len(x) == len(panel.steps) and y[0] < 1e-3 * last[0]


def test_gradients_panel_is_calm_for_first_mlp(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: window.gradients is not None)
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    assert "healthy" in window.gradients.findings_text()


def test_overlaid_runs_and_gradient_lines_differ_by_more_than_colour(qtbot: QtBot) -> None:
    from netdesigner.core.diagnosis import LayerHealth
    from netdesigner.core.spec import RunRecord
    from netdesigner.ui.document import Document
    from netdesigner.ui.training.gradients_panel import GradientsPanel
    from netdesigner.ui.training.plots import TrainingPlots
    from netdesigner.ui.training.session import TrainingSession

    project = load_template("first-mlp")
    epochs = [{"epoch": e, "loss": 1.0 / e, "accuracy": 0.5, "val_loss": 1.2 / e, "val_accuracy": 0.4} for e in (1, 2)]
    runs = [
        RunRecord(
            id=f"run-{i}", network=project.network, training=project.training, epochs=epochs, batch_loss=[1.0, 0.5]
        )
        for i in (1, 2)
    ]
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.overlay(runs)
    for plot, key in ((plots.loss_plot, "loss"), (plots.batch_plot, "batch"), (plots.rate_plot, "rate")):
        current = plots.loss_plot.curves["now:loss"].opts["pen"]
        first, second = (plot.curves[f"run:{r.id}:{key}"].opts["pen"] for r in runs)
        assert current.style() == Qt.PenStyle.SolidLine
        assert first.style() != second.style() and Qt.PenStyle.SolidLine not in (first.style(), second.style())
    validation = [plots.loss_plot.curves[f"run:{r.id}:val_loss"].opts["symbol"] for r in runs]
    assert validation[0] != validation[1] and "o" not in validation  # the current run's points are circles
    legend = [label.text for _sample, label in plots.batch_plot.legend.items]
    assert legend[0] == "this run (smoothed)"  # the current run comes first
    assert plots.batch_plot.curves["smooth"].zValue() > plots.batch_plot.curves["run:run-1:batch"].zValue()

    session = TrainingSession(Document(project))
    panel = GradientsPanel(session)
    qtbot.addWidget(panel)
    panel.add_probe(50, [LayerHealth("dense_1", 1e-2, 1.0), LayerHealth("dense_2", 1e-3, 1.0)])
    pens = [panel.norm_plot.curves[f"norm:{name}"].opts["pen"] for name in ("dense_1", "dense_2")]
    assert pens[0].style() != pens[1].style()


def current_curves(plots: TrainingPlots) -> list:
    return [
        ("loss", plots.loss_plot, "now:loss"),
        ("accuracy", plots.accuracy_plot, "now:accuracy"),
        ("rate", plots.rate_plot, "now:rate"),
        ("batch", plots.batch_plot, "smooth"),
    ]


def test_the_batch_plot_spans_the_run_and_each_tick_draws_one_plot(qtbot: QtBot) -> None:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.start_run(total_steps=500)
    low, high = plots.batch_plot.getPlotItem().viewRange()[0]
    assert low <= 0 and 500 <= high < 530, "the whole run from its start"
    plots.add_batches(np.arange(1, 101), np.linspace(2.3, 0.5, 100))
    plots.add_epoch(0, {"loss": 0.9, "accuracy": 0.7, "learning_rate": 0.01})

    def points(plot, key: str) -> int:
        x = plot.curves[key].getOriginalDataset()[0]
        return 0 if x is None else len(x)

    order = []
    for _ in range(4):
        before = {name: points(plot, key) for name, plot, key in current_curves(plots)}
        plots.redraw()
        order.append([name for name, plot, key in current_curves(plots) if points(plot, key) != before[name]])
    assert order == [["loss"], ["accuracy"], ["rate"], ["batch"]]
    x, _ = plots.batch_plot.curves["smooth"].getOriginalDataset()
    assert len(x) == 100
    plots.redraw()  # nothing new: nothing drawn
    plots.add_batches(np.arange(101, 121), np.full(20, 0.4))
    plots.redraw()
    assert len(plots.batch_plot.curves["smooth"].getOriginalDataset()[0]) == 120


def test_a_single_epoch_shows_as_a_point_and_epochs_are_whole_numbers(qtbot: QtBot) -> None:
    plots = TrainingPlots()
    qtbot.addWidget(plots)
    plots.resize(900, 240)
    plots.show()
    plots.start_run(total_steps=20)
    plots.add_epoch(0, {"loss": 0.9, "accuracy": 0.7, "val_loss": 1.0, "val_accuracy": 0.6, "learning_rate": 0.01})
    plots.redraw(everything=True)
    for plot, key in ((plots.loss_plot, "now:loss"), (plots.rate_plot, "now:rate")):
        assert plot.curves[key].opts["symbol"] == "o", "one epoch is one point: it needs a mark to show"
    assert plots.loss_plot.curves["now:val_loss"].opts["symbol"] == "o"
    low, high = plots.rate_plot.getPlotItem().viewRange()[1]
    assert low == pytest.approx(0) and 0.01 < high < 0.012, "from zero to the rate, not 0.01 ± 0.5"
    plots.add_epoch(1, {"loss": 0.5, "accuracy": 0.8, "val_loss": 0.7, "val_accuracy": 0.7, "learning_rate": 0.01})
    plots.redraw(everything=True)
    assert plots.loss_plot.curves["now:loss"].opts["symbol"] is None, "a line again"
    assert plots.loss_plot.curves["now:val_loss"].opts["symbol"] == "o", "validation keeps its points"
    axis = plots.loss_plot.getPlotItem().getAxis("bottom")
    ticks = [v for _, values in axis.tickValues(0.6, 2.4, 300) for v in values]
    assert ticks and all(float(v).is_integer() for v in ticks)


def test_the_probe_cadence_is_chosen_in_the_gradients_panel_and_kept(window: MainWindow, qtbot: QtBot) -> None:
    from netdesigner.ui import settings
    from netdesigner.ui.training.session import PROBE_EVERY_KEY, stored_probe_every

    qtbot.waitUntil(lambda: window.gradients is not None)
    spin = window.gradients.cadence
    assert spin.value() == window.session.probe_every == 50
    try:
        spin.setValue(7)
        assert window.session.probe_every == 7 and stored_probe_every() == 7
        with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
            window.session.probe_seconds = 0.0
            window.train_action.trigger()
        assert window.gradients.steps[:3] == [0, 7, 14], "measured every 7 steps"
        settings.settings().setValue(PROBE_EVERY_KEY, "nonsense")
        assert stored_probe_every() == 50
    finally:
        settings.settings().remove(PROBE_EVERY_KEY)

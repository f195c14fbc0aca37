"""The insight panels: weights, activations and the math of one neuron, live and on loaded models."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

pytest.importorskip("keras")

from netdesigner.core.templates import load_template  # noqa: E402
from netdesigner.ui import dialogs  # noqa: E402
from netdesigner.ui.insight.heatmap import mosaic  # noqa: E402
from netdesigner.ui.insight.input_picker import SKETCH  # noqa: E402
from netdesigner.ui.main_window import MainWindow  # noqa: E402

TIMEOUT = 90_000


@pytest.fixture(scope="module")
def tiny_data(tmp_path_factory: pytest.TempPathFactory) -> str:
    data = np.load(Path(__file__).parents[2] / "resources" / "data" / "mnist_5k.npz", allow_pickle=False)
    path = tmp_path_factory.mktemp("data") / "tiny.npz"
    train, test = slice(0, 4000, 10), slice(4001, 5000, 10)
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
    win.insight.build()
    return win


def train(window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.session.run_finished, timeout=TIMEOUT):
        window.train_action.trigger()
    inspector = window.insight.inspector
    qtbot.waitUntil(lambda: inspector.probe is not None, timeout=TIMEOUT)


def test_mosaic_places_tiles_row_by_row_with_gaps() -> None:
    tiles = np.arange(5 * 2 * 3, dtype=np.float32).reshape(5, 2, 3)
    image = mosaic(tiles, columns=2)
    assert image.shape == (3 * 3 - 1, 2 * 4 - 1)
    np.testing.assert_array_equal(image[0:2, 4:7], tiles[1])
    np.testing.assert_array_equal(image[6:8, 0:3], tiles[4])
    assert np.isnan(image[2]).all() and np.isnan(image[6:8, 4:7]).all()


def test_panels_update_while_first_mlp_trains(window: MainWindow, qtbot: QtBot) -> None:
    insight, inspector = window.insight, window.insight.inspector
    window.session.probe_every = 6
    window.session.probe_seconds = 0.0
    insight.activations.picker.index_box.setValue(3)
    inspector.select_unit("dense_1", 11)
    live = []
    inspector.changed.connect(
        lambda: live.append((inspector.report.step, inspector.report.neuron)) if window.session.busy else None
    )
    train(window, qtbot)
    steps = [step for step, _ in live]
    assert steps[:3] == [0, 6, 12] and len(steps) >= 6  # 36 steps, a probe every 6
    assert all(neuron is not None and neuron.unit == 11 for _, neuron in live)
    weights = insight.weights
    weights.show_layer("dense_1")
    weights.redraw()
    assert len(weights.history["dense_1"]) >= 7  # every live probe and the final weights
    tiles = weights.kernel_view.image.image
    assert tiles.shape == mosaic(np.zeros((128, 28, 28)), columns=weights.kernel_view._tile[3]).shape
    assert "128 units" in weights.kernel_view.title.text
    assert len(weights.histogram_plot.curves) >= 2
    rows = insight.activations.rows
    assert list(rows) == ["dense_1", "dense_2"]
    assert "active for this input" in rows["dense_1"].caption.text()
    assert "the answer is" in rows["dense_2"].caption.text()
    text = insight.neuron.text.toPlainText()
    assert "Unit j = 11 of “dense_1” (relu) for test image 3 of 100" in text
    assert "✓ the same as the network's own output" in text
    assert "Δw applied at step" in text and "adam" in text
    histogram = window.gradients.histogram_plot.curves
    assert set(histogram) == {"hist:dense_1", "hist:dense_2"}
    counts = {key: curve.getData()[1].sum() for key, curve in histogram.items()}
    assert 0.5 * 784 * 128 < counts["hist:dense_1"] <= 784 * 128  # weights with a nonzero gradient
    assert 0.9 * 128 * 10 < counts["hist:dense_2"] <= 128 * 10


def test_the_math_view_reproduces_the_layer_output(window: MainWindow, qtbot: QtBot) -> None:
    train(window, qtbot)
    inspector = window.insight.inspector
    inspector.select_unit("dense_2", 4)
    math = inspector.report.neuron
    activations = inspector.report.activations
    assert math.layer_output == pytest.approx(float(activations["dense_2"][0, 4]), rel=1e-5)
    assert math.output == pytest.approx(math.layer_output, rel=1e-5, abs=1e-7)
    x = inspector.watch().x.reshape(-1)
    kernel, bias = inspector.report.weights["dense_1"]
    hidden = np.maximum(x @ kernel + bias, 0)
    np.testing.assert_allclose(math.inputs, hidden, rtol=1e-4, atol=1e-5)
    assert "output<sub>j</sub> − y<sub>j</sub>" in window.insight.neuron.text.toHtml() or "softmax" in (
        window.insight.neuron.text.toPlainText()
    )


def test_clicking_a_weight_tile_or_a_canvas_layer_focuses_the_panels(window: MainWindow, qtbot: QtBot) -> None:
    train(window, qtbot)
    insight = window.insight
    insight.weights.show_layer("dense_1")
    insight.weights.redraw()
    insight.weights.kernel_view.tile_clicked.emit(42)
    assert (insight.inspector.layer, insight.inspector.unit) == ("dense_1", 42)
    assert insight.neuron.unit_box.value() == 42 and insight.neuron.layer_box.currentText() == "dense_1"
    assert "Unit j = 42" in insight.neuron.text.toPlainText()
    window.scene.select_nodes(["dense_2"])
    assert insight.weights.layer_box.currentText() == "dense_2"
    assert insight.activations.selected == "dense_2"
    assert "border" in insight.activations.rows["dense_2"].styleSheet()


def test_the_sketch_pad_digit_can_be_looked_inside(window: MainWindow, qtbot: QtBot) -> None:
    train(window, qtbot)
    insight = window.insight
    digit = np.zeros((28, 28), np.uint8)
    digit[4:24, 12:16] = 255  # a "1"
    insight.activations.picker.set_sketch_digit(digit)
    insight.activations.picker.source_box.setCurrentText(SKETCH)
    inspector = insight.inspector
    assert inspector.source == "the sketch pad" and inspector.label is None
    np.testing.assert_array_equal(inspector.image, digit)
    expected = window.session.model(inspector.watch().x[None])
    np.testing.assert_allclose(inspector.report.activations["dense_2"], expected, rtol=1e-5)
    assert insight.neuron.picker.source_box.currentText() == SKETCH  # the other picker follows
    assert "network says" in insight.activations.picker.caption.text()


def test_panels_work_on_a_model_loaded_from_disk_and_export_png(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    train(window, qtbot)
    path = tmp_path / "trained.keras"
    assert window.models.save_model(path)
    window.session.reset_weights()
    inspector = window.insight.inspector
    assert inspector.report is None and "Train the network" in window.insight.neuron.text.toPlainText()
    window.models.load_model(path)
    qtbot.waitUntil(lambda: inspector.probe is not None and inspector.report is not None, timeout=TIMEOUT)
    report = inspector.report
    assert report.step == 0 and not report.updates
    np.testing.assert_allclose(report.weights["dense_1"][0], window.session.model.get_weights()[0])
    inspector.select_unit("dense_1", 2)
    assert "Unit j = 2" in window.insight.neuron.text.toPlainText()
    assert "Δw applied" not in window.insight.neuron.text.toPlainText()
    for name, panel in (("weights", window.insight.weights), ("activations", window.insight.activations)):
        out = tmp_path / f"{name}.png"
        monkeypatch.setattr(dialogs, "save_path", lambda *args, out=out: out)
        export = next(b for b in panel.findChildren(QPushButton) if b.text() == "Export PNG…")
        export.click()
        assert out.stat().st_size > 2000

"""The gradient flow view: layers and edges colored by the gradient that reaches them."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
from pytestqt.qtbot import QtBot

from netdesigner.core.diagnosis import LayerHealth
from netdesigner.core.templates import load_template
from netdesigner.ui import dialogs, theme
from netdesigner.ui.gradient_flow import edge_flow, layer_states
from netdesigner.ui.main_window import MainWindow


def health(norms: dict[str, float], dead: dict[str, float] | None = None) -> list[LayerHealth]:
    dead = dead or {}
    return [LayerHealth(name, norm, 1.0, dead.get(name)) for name, norm in norms.items()]


def test_strength_is_log_distance_from_the_strongest_layer() -> None:
    states = layer_states(health({"a": 1e-6, "b": 1e-3, "c": 0.5, "d": 1.0}))
    assert states["d"].strength == 1.0 and states["d"].state == "healthy"
    assert states["c"].state == "healthy" and 0.9 < states["c"].strength < 1.0
    assert states["b"].state == "weak" and states["b"].strength == pytest.approx(0.5)
    assert states["a"].state == "vanishing" and states["a"].strength == pytest.approx(0.0)


def test_exploding_nan_and_dead_layers() -> None:
    states = layer_states(health({"a": 5e3, "b": math.nan, "c": 1.0}, dead={"c": 0.8}))
    assert states["a"].state == "exploding" and states["b"].state == "exploding"
    assert states["c"].state == "dead"
    assert "dead" in states["c"].label()
    assert theme.health_color("exploding", 1.0) == theme.ERROR_COLOR


def test_all_zero_gradients_are_vanishing_not_an_error() -> None:
    states = layer_states(health({"a": 0.0, "b": 0.0}))
    assert {s.state for s in states.values()} == {"vanishing"}
    assert states["a"].label() == "∇ 0"


def test_edges_take_the_flow_of_the_next_trainable_layer() -> None:
    network = load_template("first-mlp").network
    states = layer_states(health({n.id: 1.0 for n in network.nodes if n.type == "Dense"}))
    flows = edge_flow(network, states)
    assert set(flows) == {(e.source, e.target) for e in network.edges}  # Input→Flatten feeds the first Dense


@pytest.fixture
def window(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    said: list[str] = []
    monkeypatch.setattr(dialogs, "ask_save", lambda parent, name: "discard")
    monkeypatch.setattr(dialogs, "error", lambda parent, title, text, details="": said.append(text))
    win = MainWindow(remember_layout=False)
    win.errors = said
    qtbot.addWidget(win)
    win.show()
    win.files.new(load_template("deep-sigmoid"))
    return win


def fake_probe(window: MainWindow) -> list[LayerHealth]:
    names = [n.id for n in window.doc.nodes if n.type == "Dense"]
    norms = {name: 10.0 ** (-7 + 7 * i / (len(names) - 1)) for i, name in enumerate(names)}
    probe = health(norms)
    window.session.probed.emit(10, probe)
    return probe


def test_the_view_colors_cards_and_edges_only_while_on(window: MainWindow, qtbot: QtBot) -> None:
    messages: list[str] = []
    window.gradient_flow.message.connect(messages.append)
    window.gradient_flow.toggle_action.setChecked(True)
    assert messages and "first probe" in messages[0]
    fake_probe(window)
    items = window.scene.node_items
    assert items["dense_1"].flow.state == "vanishing"
    assert items["dense_11"].flow.state == "healthy"
    assert items["input"].flow is None
    first_edge = next(e for e in window.scene.edge_items if e.target == "dense_1")
    last_edge = next(e for e in window.scene.edge_items if e.target == "dense_11")
    assert first_edge.flow.strength < last_edge.flow.strength
    window.gradient_flow.toggle_action.setChecked(False)
    assert all(item.flow is None for item in items.values())
    assert all(edge.flow is None for edge in window.scene.edge_items)
    window.gradient_flow.toggle_action.setChecked(True)  # the last probe is kept
    assert items["dense_1"].flow is not None


def test_editing_the_design_drops_colors_that_described_the_old_one(window: MainWindow) -> None:
    window.gradient_flow.toggle_action.setChecked(True)
    fake_probe(window)
    window.doc.set_param("dense_5", "units", 32)
    assert all(item.flow is None for item in window.scene.node_items.values())


def test_the_view_is_in_the_view_menu_and_paints(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    texts = [a.text() for a in window.menuBar().actions()[2].menu().actions()]
    assert window.gradient_flow.toggle_action.text() in texts
    window.gradient_flow.toggle_action.setChecked(True)
    fake_probe(window)
    window.fit_action.trigger()
    qtbot.wait(50)
    picture = window.view.viewport().grab().toImage()
    item = window.scene.node_items["dense_11"]
    rect = item.card_rect()
    inside_tab = item.mapToScene(rect.right() + 11, rect.center().y())
    point = window.view.mapFromScene(inside_tab)
    color = picture.pixelColor(point.x(), point.y())
    assert abs(color.green() - theme.OK_COLOR.green()) < 40 and color.red() < 90


@pytest.mark.slow
def test_a_real_run_colors_the_dense_layers(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    pytest.importorskip("keras")
    data = np.load(Path(__file__).parents[2] / "resources" / "data" / "mnist_5k.npz", allow_pickle=False)
    path = tmp_path / "tiny.npz"
    np.savez(
        path, x=data["x"][0:4000:10], y=data["y"][0:4000:10], x_test=data["x"][1:5000:50], y_test=data["y"][1:5000:50]
    )
    window.doc.set_training(dataset=f"npz:{path}", epochs=1, batch_size=20)
    window.session.probe_every = 5
    window.session.probe_seconds = 0.0
    window.gradient_flow.toggle_action.setChecked(True)
    with qtbot.waitSignal(window.session.run_finished, timeout=120_000):
        window.train_action.trigger()
    assert window.errors == []
    qtbot.waitUntil(lambda: window.scene.node_items["dense_1"].flow is not None, timeout=30_000)
    flows = {n: item.flow for n, item in window.scene.node_items.items() if item.flow is not None}
    assert set(flows) == {n.id for n in window.doc.nodes if n.type == "Dense"}
    assert flows["dense_1"].norm < flows["dense_11"].norm / 100  # sigmoid stacks starve the first layer

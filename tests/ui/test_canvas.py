"""The canvas mirrors the document, and its gestures edit it through undo commands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_mouse import click, drag

from netdesigner.core.templates import load_template
from netdesigner.ui.document import Document
from netdesigner.ui.palette import Palette
from netdesigner.ui.scene import CanvasScene
from netdesigner.ui.view import CanvasView


@pytest.fixture
def canvas(qtbot: QtBot, doc: Document) -> CanvasView:
    view = CanvasView(CanvasScene(doc))
    view.resize(900, 700)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.centerOn(0, 150)
    return view


def drop(view: CanvasView, type_name: str, at: QPointF) -> None:
    """A real drop of the mime data the palette's own drag carries."""
    palette = Palette()
    data = palette.mime_data_for(type_name)
    palette.deleteLater()
    point = QPointF(view.mapFromScene(at))
    actions = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(point.toPoint(), actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    event = QDropEvent(point, actions, data, buttons, mods)
    QApplication.sendEvent(view.viewport(), event)
    assert event.isAccepted()


def connect_ports(view: CanvasView, source: str, target: str) -> None:
    items = view.canvas.node_items
    start = items[source].output_port.scenePos()
    end = items[target].input_port.scenePos() + QPointF(8, -10)  # near the port: it snaps
    drag(view, start, end)


def test_a_dropped_layer_lands_where_it_was_dropped(canvas: CanvasView) -> None:
    drop(canvas, "Conv2D", QPointF(100, 200))
    doc = canvas.canvas.doc
    assert [n.type for n in doc.nodes] == ["Conv2D"]
    assert (doc.nodes[0].position.x, doc.nodes[0].position.y) == (100, 200)
    assert "conv2d_1" in canvas.canvas.node_items
    assert canvas.canvas.selected_node_ids() == ["conv2d_1"]


def test_building_the_tutorial_network_with_the_mouse(canvas: CanvasView) -> None:
    doc = canvas.canvas.doc
    for i, kind in enumerate(("Input", "Flatten", "Dense", "Dense")):
        drop(canvas, kind, QPointF(0, i * 120))
    connect_ports(canvas, "input", "flatten_1")
    connect_ports(canvas, "flatten_1", "dense_1")
    connect_ports(canvas, "dense_1", "dense_2")
    assert [(e.source, e.target) for e in doc.edges] == [
        ("input", "flatten_1"),
        ("flatten_1", "dense_1"),
        ("dense_1", "dense_2"),
    ]
    assert len(canvas.canvas.edge_items) == 3
    assert canvas.canvas.edge_items[1].label == "(784,)"
    assert canvas.canvas.node_items["dense_1"].params_text == "100,480 params"
    doc.set_param("dense_2", "units", 10)
    doc.set_param("dense_2", "activation", "softmax")
    assert doc.analysis.valid
    assert doc.analysis.total_params == 101_770


def test_a_connection_that_makes_a_loop_is_refused_with_a_message(canvas: CanvasView, qtbot: QtBot) -> None:
    doc = canvas.canvas.doc
    doc.load(load_template("first-mlp"))
    with qtbot.waitSignal(canvas.canvas.message) as said:
        connect_ports(canvas, "dense_2", "dense_1")
    assert "loop" in said.args[0]
    assert len(doc.edges) == 2


def test_releasing_away_from_any_port_connects_nothing(canvas: CanvasView) -> None:
    doc = canvas.canvas.doc
    doc.load(load_template("first-mlp"))
    start = canvas.canvas.node_items["dense_1"].output_port.scenePos()
    drag(canvas, start, start + QPointF(300, 40))
    assert len(doc.edges) == 2
    assert not any(item.pending for item in canvas.canvas.edge_items)


def test_moving_a_card_is_one_undo_step(canvas: CanvasView) -> None:
    doc = canvas.canvas.doc
    doc.load(load_template("first-mlp"))
    item = canvas.canvas.node_items["dense_1"]
    start = item.scenePos() + QPointF(-40, 0)
    drag(canvas, start, start + QPointF(100, 20))
    node = doc.node("dense_1")
    assert (node.position.x, node.position.y) != (0.0, 110.0)
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert item.pos() == QPointF(0, 110)


def test_rubber_band_selects_several_cards(canvas: CanvasView) -> None:
    doc = canvas.canvas.doc
    doc.load(load_template("first-mlp"))
    drag(canvas, QPointF(-300, -80), QPointF(300, 150))
    assert canvas.canvas.selected_node_ids() == ["input", "dense_1"]


def test_problems_show_as_badges_and_tooltips(canvas: CanvasView) -> None:
    doc = canvas.canvas.doc
    doc.load(load_template("first-mlp"))
    doc.set_param("dense_2", "units", 7)
    item = canvas.canvas.node_items["dense_2"]
    assert item.severity == "error"
    assert "10 classes" in item.toolTip()
    doc.undo_stack.undo()
    assert item.severity is None


def test_clicking_an_edge_selects_it_for_deletion(canvas: CanvasView) -> None:
    doc = canvas.canvas.doc
    doc.load(load_template("first-mlp"))
    edge = canvas.canvas.edge_items[0]
    click(canvas, edge.start + (edge.end - edge.start) * 0.5)
    assert canvas.canvas.selected_edge_indexes() == [0]


def test_wheel_zooms_and_fit_shows_everything(canvas: CanvasView, qtbot: QtBot) -> None:
    doc = canvas.canvas.doc
    doc.load(load_template("keras-mnist-convnet"))
    canvas.zoom_in()
    assert canvas.zoom() == pytest.approx(1.25)
    canvas.fit()
    visible = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert visible.contains(canvas.canvas.itemsBoundingRect())


def test_building_the_keras_convnet_from_an_empty_canvas(canvas: CanvasView) -> None:
    doc = canvas.canvas.doc
    kinds = ["Input", "Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Flatten", "Dropout", "Dense"]
    for i, kind in enumerate(kinds):
        canvas.centerOn(0, i * 120)
        drop(canvas, kind, QPointF(0, i * 120))
    ids = [n.id for n in doc.nodes]
    for source, target in zip(ids, ids[1:], strict=False):
        canvas.centerOn(canvas.canvas.node_items[source].pos())
        connect_ports(canvas, source, target)
    assert len(doc.edges) == len(kinds) - 1
    doc.set_param("conv2d_2", "filters", 64)
    doc.set_param("dense_1", "units", 10)
    doc.set_param("dense_1", "activation", "softmax")
    assert doc.analysis.valid, doc.analysis.problems
    assert doc.analysis.total_params == 34_826
    assert canvas.canvas.edge_items[-1].label == "(1600,)"
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert not doc.nodes and not canvas.canvas.node_items

"""The Learn pages' "Try it" experiments: each sets something up on the canvas (one undo step)
and says what to do next.

An experiment that needs a network with Dense layers opens the first-mlp template when the
canvas has none, through File › New's own path, so unsaved work is offered for saving first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDockWidget

from netdesigner.core.templates import load_template
from netdesigner.ui.learn import edits
from netdesigner.ui.learn.experiment_texts import TEXTS

if TYPE_CHECKING:
    from netdesigner.ui.main_window import MainWindow

translate = QCoreApplication.translate


class NotPossible(Exception):
    """The experiment cannot run on the current design; the message says what to do."""


@dataclass(frozen=True)
class Experiment:
    """``run`` returns a line for the status bar, or None when the user cancelled (nothing changed)."""

    id: str
    run: Callable[[MainWindow], str | None]

    def label(self) -> str:
        return TEXTS[self.id][0]()

    def summary(self) -> str:
        return TEXTS[self.id][1]()

    def steps(self) -> str:
        return TEXTS[self.id][2]()


def _ready(window: MainWindow, template: str = "first-mlp") -> bool:
    """Make sure the canvas holds a network with Dense layers; False if the user cancelled."""
    if edits.has_dense(window.doc):
        return True
    edits.check_unlocked(window.doc)
    return window.files.new(load_template(template))


def _show(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()


def _select(window: MainWindow, node_id: str) -> None:
    window.reveal_node(node_id)  # selects it and scrolls it into view


def _first_dense(window: MainWindow) -> str:
    return next(node.id for node in window.doc.nodes if node.type == "Dense")


def _done(changed: bool) -> str:
    if changed:
        return translate("Learn", "Set up; Edit › Undo takes it back.")
    return translate("Learn", "The design was already set up this way; nothing changed.")


def look_at_neuron(window: MainWindow) -> str | None:
    if not _ready(window):
        return None
    _select(window, _first_dense(window))
    _show(window.insight.docks["neuron"])
    return translate("Learn", "Selected a Dense layer and opened the Neuron panel.")


def look_at_gradients(window: MainWindow) -> str | None:
    if not _ready(window):
        return None
    _show(window.insight.docks["gradients"])
    return translate("Learn", "Opened the Gradients panel.")


def use_activation(name: str) -> Callable[[MainWindow], str | None]:
    def run(window: MainWindow) -> str | None:
        if not _ready(window):
            return None
        doc = window.doc
        layers = edits.hidden_activation_layers(doc)
        if not layers:
            raise NotPossible(translate("Learn", "This network has no hidden layers to change."))
        text = translate("Learn", "Use {activation} in the hidden layers").format(activation=name)
        return _done(edits.set_params(doc, {node.id: {"activation": name} for node in layers}, text))

    return run


def use_softmax(window: MainWindow) -> str | None:
    if not _ready(window):
        return None
    doc = window.doc
    outputs = [node_id for node_id in edits.output_ids(doc) if "activation" in doc.node(node_id).params]
    if not outputs:
        raise NotPossible(translate("Learn", "The network's output is not a Dense layer."))
    changed = edits.set_params(
        doc, {node_id: {"activation": "softmax"} for node_id in outputs}, translate("Learn", "Use softmax output")
    )
    _select(window, outputs[0])
    _show(window.sketch_dock)
    return _done(changed)


def sigmoid_to_relu(window: MainWindow) -> str | None:
    doc = window.doc
    layers = [node for node in edits.hidden_activation_layers(doc) if node.params["activation"] == "sigmoid"]
    if not layers:
        raise NotPossible(
            translate("Learn", "There are no sigmoid layers on the canvas: open the deep-sigmoid network first.")
        )
    text = translate("Learn", "Change sigmoid to ReLU")
    return _done(edits.set_params(doc, {node.id: {"activation": "relu"} for node in layers}, text))


def open_deep_sigmoid(window: MainWindow) -> str | None:
    edits.check_unlocked(window.doc)
    if not window.files.new(load_template("deep-sigmoid")):
        return None
    _show(window.insight.docks["gradients"])
    return translate("Learn", "Opened the deep-sigmoid network.")


def _training(**changes: object) -> Callable[[MainWindow], str | None]:
    def run(window: MainWindow) -> str | None:
        if not _ready(window):
            return None
        doc = window.doc
        edits.check_unlocked(doc)
        before = doc.training
        doc.set_training(**changes)
        _show(window.training_dock)
        return _done(doc.training != before)

    return run


def switch_loss(window: MainWindow) -> str | None:
    other = "mse" if window.doc.training.loss == "cross_entropy" else "cross_entropy"
    return _training(loss=other)(window)


def watch_overfitting(window: MainWindow) -> str | None:
    split = max(window.doc.training.validation_split, 0.1)
    return _training(epochs=30, validation_split=split)(window)


def add_l2(window: MainWindow) -> str | None:
    if not _ready(window):
        return None
    doc = window.doc
    changes = {
        node.id: {"regularizer": "l1_l2" if node.params["regularizer"] in ("l1", "l1_l2") else "l2"}
        for node in edits.weight_layers(doc)
    }
    return _done(edits.set_params(doc, changes, translate("Learn", "Add an L2 penalty")))


def add_dropout(window: MainWindow) -> str | None:
    if not _ready(window):
        return None
    doc = window.doc
    output = next((n for n in edits.output_ids(doc) if doc.node(n).type == "Dense"), None)
    if output is None:
        raise NotPossible(translate("Learn", "The network's output is not a Dense layer."))
    feeding = [edge.source for edge in doc.edges if edge.target == output]
    if any(doc.node(source).type == "Dropout" for source in feeding):
        return _done(False)
    new = edits.insert_before(doc, "Dropout", output, translate("Learn", "Insert Dropout before the output"))
    _select(window, new)
    return _done(True)


def big_gaussian(window: MainWindow) -> str | None:
    if not _ready(window):
        return None
    doc = window.doc
    changes = {node.id: {"initializer": "random_normal", "init_std": 1.0} for node in edits.weight_layers(doc)}
    return _done(edits.set_params(doc, changes, translate("Learn", "Draw the weights from a wide Gaussian")))


EXPERIMENTS: dict[str, Experiment] = {
    e.id: e
    for e in (
        Experiment("neuron", look_at_neuron),
        Experiment("sigmoid", use_activation("sigmoid")),
        Experiment("tanh", use_activation("tanh")),
        Experiment("relu", use_activation("relu")),
        Experiment("softmax", use_softmax),
        Experiment("loss", switch_loss),
        Experiment("backprop", look_at_gradients),
        Experiment("full-batch", _training(batch_size="full")),
        Experiment("plain-sgd", _training(optimizer="sgd", learning_rate=0.01)),
        Experiment("l2", add_l2),
        Experiment("dropout", add_dropout),
        Experiment("gaussian-init", big_gaussian),
        Experiment("overfit", watch_overfitting),
        Experiment("deep-sigmoid", open_deep_sigmoid),
        Experiment("sigmoid-to-relu", sigmoid_to_relu),
    )
}

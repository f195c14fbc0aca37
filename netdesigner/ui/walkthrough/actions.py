"""“Do it for me”: each step carried out as the student would, through the document's edit
methods, so that one Undo takes it back. The structure steps only need a :class:`Document`;
the others press the window's own buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from netdesigner.core.spec import Edge, LayerNode, Metadata, Project
from netdesigner.paths import resource
from netdesigner.ui import commands
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.walkthrough.checks import HIDDEN_UNITS
from netdesigner.ui.walkthrough.roles import CLASSES, Roles, find_roles, stray_edges, wanted_edges

if TYPE_CHECKING:
    from netdesigner.ui.main_window import MainWindow

translate = QCoreApplication.translate

ROW = 120.0  # vertical distance between the layers placed here
SAMPLE_DIGIT = 7


def _push(doc: Document, macro: commands.Macro) -> None:
    """Push several edits as one undo step (the document refuses while training runs)."""
    if doc.read_only:
        raise EditRefused(translate("Walkthrough", "The design is locked while the network trains."))
    if macro.steps:
        doc.undo_stack.push(macro)


def _below(roles: Roles, index: int) -> tuple[float, float]:
    """A spot for the chain's ``index``-th layer: under the layer before it, if there is one."""
    above = [n for n in roles.chain()[:index] if n is not None]
    if above:
        return (above[-1].position.x, above[-1].position.y + ROW)
    return (0.0, index * ROW)


def _set_params(doc: Document, node: LayerNode, changes: dict[str, Any], text: str) -> str:
    if any(node.params.get(k) != v for k, v in changes.items()):
        macro = commands.Macro(text)
        macro.steps.append(commands.SetParams(doc, node.id, dict(node.params), {**node.params, **changes}, text))
        _push(doc, macro)
    return node.id


def _add(doc: Document, roles: Roles, index: int, type_name: str, params: dict[str, Any] | None = None) -> str:
    """Add the chain's ``index``-th layer under the one before it and, as a double-click in the
    palette does, connected to it when that layer has no onward connection yet."""
    above = next((n for n in reversed(roles.chain()[:index]) if n is not None), None)
    after = above.id if above is not None and not any(e.source == above.id for e in doc.edges) else None
    return doc.add_node(type_name, _below(roles, index), after=after, params=params)


def _remove_extra(doc: Document, extra: list[LayerNode], macro: commands.Macro) -> None:
    gone = {n.id for n in extra}
    for index in sorted((i for i, e in enumerate(doc.edges) if e.source in gone or e.target in gone), reverse=True):
        commands.RemoveEdge(doc, index, parent=macro)
    for node in extra:
        commands.RemoveNode(doc, node.id, parent=macro)


# -- the structure steps (a Document is enough) -----------------------------------------------


def add_input(doc: Document) -> str:
    roles = find_roles(doc.project.network)
    if not roles.inputs:
        return _add(doc, roles, 0, "Input", {"format": "image"})
    first = roles.inputs[0]
    macro = commands.Macro(translate("Walkthrough", "Set up the Input layer"))
    _remove_extra(doc, roles.inputs[1:], macro)
    if first["format"] != "image":
        macro.steps.append(
            commands.SetParams(doc, first.id, dict(first.params), {**first.params, "format": "image"}, "format")
        )
    _push(doc, macro)
    return first.id


def add_flatten(doc: Document) -> str:
    roles = find_roles(doc.project.network)
    if not roles.flattens:
        return _add(doc, roles, 1, "Flatten")
    macro = commands.Macro(translate("Walkthrough", "Keep one Flatten layer"))
    _remove_extra(doc, roles.flattens[1:], macro)
    _push(doc, macro)
    return roles.flattens[0].id


HIDDEN_PARAMS = {"units": HIDDEN_UNITS, "activation": "relu", "initializer": "glorot_uniform"}


def _set_hidden(doc: Document, name: str) -> str:
    """Give the hidden layer the tutorial's value of ``name``, adding the layer if it is missing."""
    roles = find_roles(doc.project.network)
    if roles.hidden is None:
        return _add(doc, roles, 2, "Dense", HIDDEN_PARAMS)
    return _set_params(doc, roles.hidden, {name: HIDDEN_PARAMS[name]}, name)


def add_hidden(doc: Document) -> str:
    return _set_hidden(doc, "units")


def choose_activation(doc: Document) -> str:
    return _set_hidden(doc, "activation")


def choose_initializer(doc: Document) -> str:
    return _set_hidden(doc, "initializer")


def add_output(doc: Document) -> str:
    roles = find_roles(doc.project.network)
    wanted = {"units": CLASSES, "activation": "softmax"}
    output = roles.output
    if output is None:  # at most one Dense, the hidden layer
        return _add(doc, roles, 3, "Dense", wanted)
    macro = commands.Macro(translate("Walkthrough", "Set up the output layer"))
    _remove_extra(doc, [d for d in roles.denses if d is not roles.hidden and d is not output], macro)
    if any(output.params[k] != v for k, v in wanted.items()):
        macro.steps.append(
            commands.SetParams(doc, output.id, dict(output.params), {**output.params, **wanted}, "output")
        )
    _push(doc, macro)
    return output.id


def connect_all(doc: Document) -> None:
    """Remove connections outside the chain and draw the missing ones, as one undo step."""
    network = doc.project.network
    roles = find_roles(network)
    stray = set(stray_edges(network, roles))
    present = {(e.source, e.target) for e in network.edges}
    macro = commands.Macro(translate("Walkthrough", "Connect the layers"))
    for index in reversed(range(len(network.edges))):
        edge = network.edges[index]
        if (edge.source, edge.target) in stray:
            commands.RemoveEdge(doc, index, parent=macro)
    for source, target in wanted_edges(roles):
        if (source, target) not in present:
            commands.AddEdge(doc, Edge(source=source, target=target), parent=macro)
    _push(doc, macro)


def choose_loss(doc: Document) -> None:
    doc.set_training(loss="cross_entropy")


def choose_optimizer(doc: Document) -> None:
    doc.set_training(optimizer="sgd", learning_rate=0.1, batch_size=32, epochs=max(5, doc.training.epochs))


# -- the steps that need the window ------------------------------------------------------------


def start_project(window: MainWindow) -> None:
    """File › New with an empty canvas (asking first about unsaved changes, as New does)."""
    name = translate("Walkthrough", "My first network")
    window.files.new(Project(metadata=Metadata(name=name)))


def on_document(action: Callable[[Document], str | None]) -> Callable[[MainWindow], None]:
    """A Document action as a window action that then shows the layer it made or changed."""

    def run(window: MainWindow) -> None:
        node_id = action(window.doc)
        if node_id is not None and window.doc.has_node(node_id):
            window.edits.reveal_node(node_id)

    return run


def on_training(action: Callable[[Document], None]) -> Callable[[MainWindow], None]:
    """A change of the training settings, shown in the Properties panel as it happens."""

    def run(window: MainWindow) -> None:
        window.scene.clearSelection()  # with no layer selected the panel shows the training settings
        window.properties_dock.show()
        window.properties_dock.raise_()
        action(window.doc)

    return run


def connect(window: MainWindow) -> None:
    connect_all(window.doc)
    window.view.fit()


def train(window: MainWindow) -> None:
    window.training_dock.show()
    window.training_dock.raise_()
    window.training_panel.train()


def look_inside(window: MainWindow) -> None:
    for name in ("weights", "gradients"):
        dock = window.insight.docks[name]
        dock.show()
        dock.raise_()


def sample_digit(label: int = SAMPLE_DIGIT) -> np.ndarray:
    """A bundled MNIST digit (white ink on black, 28x28)."""
    with np.load(resource("data", "mnist_5k.npz"), allow_pickle=False) as data:
        index = int(np.flatnonzero(data["y"] == label)[0])
        return np.array(data["x"][index])


def sketch_digit(window: MainWindow) -> None:
    """Put a real MNIST digit on the pad, as if the student had drawn it."""
    window.sketch_dock.show()
    window.sketch_dock.raise_()
    window.sketch.pad.set_image(sample_digit())

"""The document edits behind the Learn panel's "Try it" buttons, each one undo step.

Changes to several layers go on the stack as one :class:`~netdesigner.ui.commands.Macro`, so
a single Undo takes a whole experiment back, as the Edit menu's other commands do.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from netdesigner.core.catalog import CATALOG
from netdesigner.core.spec import LayerNode, coerce_param
from netdesigner.ui import commands
from netdesigner.ui.document import Document, EditRefused

translate = QCoreApplication.translate

ROW = 110.0  # the templates' vertical distance between layers


def check_unlocked(doc: Document) -> None:
    if doc.read_only:
        raise EditRefused(
            translate("Learn", "The design is locked while the network trains. Stop training, then try again.")
        )


def output_ids(doc: Document) -> list[str]:
    """Layers whose output goes nowhere: the network's outputs."""
    sources = {edge.source for edge in doc.edges}
    return [node.id for node in doc.nodes if node.id not in sources and node.type != "Input"]


def weight_layers(doc: Document) -> list[LayerNode]:
    """Layers with weights that take an initializer and a penalty (Dense and Conv2D)."""
    return [node for node in doc.nodes if "regularizer" in node.params]


def hidden_activation_layers(doc: Document) -> list[LayerNode]:
    """Layers with an activation that are not outputs."""
    outputs = set(output_ids(doc))
    return [node for node in doc.nodes if "activation" in node.params and node.id not in outputs]


def has_dense(doc: Document) -> bool:
    return any(node.type == "Dense" for node in doc.nodes)


def set_params(doc: Document, changes: dict[str, dict[str, Any]], text: str) -> bool:
    """Change parameters of several layers as one undo step; False if nothing changed."""
    check_unlocked(doc)
    macro = commands.Macro(text)
    for node_id, updates in changes.items():
        node = doc.node(node_id)
        params = dict(node.params)
        for name, value in updates.items():
            params[name] = coerce_param(CATALOG[node.type].param(name), value)
        if params != node.params:
            name = next(iter(updates))
            macro.steps.append(commands.SetParams(doc, node_id, dict(node.params), params, name))
    if not macro.steps:
        return False
    doc.undo_stack.push(macro)
    return True


def insert_before(doc: Document, type_name: str, before: str, text: str, params: dict[str, Any] | None = None) -> str:
    """Put a new layer on the edges into ``before`` and move ``before`` (and everything under
    it) one row down to make room; one undo step. Returns the new layer's id."""
    check_unlocked(doc)
    return doc.insert_before(type_name, before, text, params, row=ROW)

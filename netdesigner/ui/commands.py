"""Undo commands: every edit of a :class:`Document` is one of these, or a macro of them.

Each command holds what it needs to redo and undo itself and calls the document's low-level
methods. Removing a node is a macro whose children first remove its edges, so undo restores
the edges in their old order (which is the input order of merge layers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from netdesigner.core.catalog import CATALOG
from netdesigner.core.spec import Edge, LayerNode, Metadata, Position, TrainingConfig
from netdesigner.ui.catalog_text import layer_title, param_title
from netdesigner.ui.training_specs import TRAINING_SPECS

if TYPE_CHECKING:
    from netdesigner.ui.document import Document


def setting_name(title: str) -> str:
    """A setting's title as it reads inside a sentence: "Learning rate" -> "learning rate", "L1 lambda" stays."""
    return title if title[:2].isupper() else title[:1].lower() + title[1:]


def _param_name(doc: Document, node_id: str, name: str) -> str:
    layer = CATALOG.get(doc.node(node_id).type) if doc.has_node(node_id) else None
    spec = layer.param_index.get(name) if layer is not None else None
    return setting_name(param_title(spec)) if spec is not None else name.replace("_", " ")


def _training_name(what: str) -> str:
    names = [
        setting_name(param_title(TRAINING_SPECS[w])) if w in TRAINING_SPECS else w.replace("_", " ")
        for w in what.split(",")
    ]
    return QCoreApplication.translate("UndoCommand", ", ").join(names)


class Command(QUndoCommand):
    """Base of our commands. A command made with a :class:`Macro` as ``parent`` becomes one of
    its steps. The macro holds its steps in Python rather than as Qt child commands: PySide
    would otherwise free the children twice when the stack is destroyed."""

    def __init__(self, text: str, parent: Macro | None = None) -> None:
        super().__init__(text)
        if parent is not None:
            parent.steps.append(self)


class Macro(Command):
    """Several commands that undo and redo together, as one step on the stack."""

    def __init__(self, text: str, parent: Macro | None = None) -> None:
        super().__init__(text, parent)
        self.steps: list[Command] = []

    def redo(self) -> None:
        for step in self.steps:
            step.redo()

    def undo(self) -> None:
        for step in reversed(self.steps):
            step.undo()


class AddNode(Command):
    def __init__(self, doc: Document, node: LayerNode, parent: Macro | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommand", "Add {layer}").format(layer=layer_title(node.type)), parent
        )
        self.doc, self.node = doc, node

    def redo(self) -> None:
        self.doc._insert_node(self.node)

    def undo(self) -> None:
        self.doc._remove_node(self.node.id)


class RemoveNode(Command):
    """Removes a node that has no edges left (the edges go first, as sibling commands)."""

    def __init__(self, doc: Document, node_id: str, parent: Macro | None = None) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Delete {node}").format(node=node_id), parent)
        self.doc, self.node_id = doc, node_id
        self.node: LayerNode | None = None
        self.index = 0

    def redo(self) -> None:
        self.node, self.index = self.doc._remove_node(self.node_id)

    def undo(self) -> None:
        assert self.node is not None
        self.doc._insert_node(self.node, self.index)


class AddEdge(Command):
    def __init__(self, doc: Document, edge: Edge, parent: Macro | None = None) -> None:
        text = QCoreApplication.translate("UndoCommand", "Connect {source} to {target}").format(
            source=edge.source, target=edge.target
        )
        super().__init__(text, parent)
        self.doc, self.edge = doc, edge
        self.index = 0

    def redo(self) -> None:
        self.index = len(self.doc.edges)
        self.doc._insert_edge(self.edge, self.index)

    def undo(self) -> None:
        self.doc._remove_edge(self.index)


class RemoveEdge(Command):
    def __init__(self, doc: Document, index: int, parent: Macro | None = None, text: str = "") -> None:
        edge = doc.edges[index]
        text = text or QCoreApplication.translate("UndoCommand", "Disconnect {source} from {target}").format(
            source=edge.source, target=edge.target
        )
        super().__init__(text, parent)
        self.doc, self.index, self.edge = doc, index, edge

    def redo(self) -> None:
        self.doc._remove_edge(self.index)

    def undo(self) -> None:
        self.doc._insert_edge(self.edge, self.index)


class MoveNodes(Command):
    def __init__(self, doc: Document, moves: dict[str, tuple[float, float]]) -> None:
        if len(moves) > 1:
            text = QCoreApplication.translate("UndoCommand", "Move")
        else:
            text = QCoreApplication.translate("UndoCommand", "Move {node}").format(node=next(iter(moves)))
        super().__init__(text)
        self.doc = doc
        self.new = {k: Position(x=x, y=y) for k, (x, y) in moves.items()}
        self.old = {k: doc.node(k).position for k in moves}

    def _apply(self, positions: dict[str, Position]) -> None:
        for node_id, position in positions.items():
            self.doc._replace_node(self.doc.node(node_id).model_copy(update={"position": position}))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)


class NudgeNodes(MoveNodes):
    """Moves made with the arrow keys: presses of one burst on the same layers merge into one step."""

    MERGE_ID = 1003

    def __init__(self, doc: Document, moves: dict[str, tuple[float, float]], burst: int) -> None:
        super().__init__(doc, moves)
        self.burst = burst

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, NudgeNodes) or other.burst != self.burst or other.new.keys() != self.new.keys():
            return False
        self.new = other.new
        return True


class SetParams(Command):
    """A parameter change. Consecutive changes of the same parameter merge into one step."""

    MERGE_ID = 1001

    def __init__(self, doc: Document, node_id: str, old: dict, new: dict, name: str) -> None:
        setting = _param_name(doc, node_id, name)
        super().__init__(
            QCoreApplication.translate("UndoCommand", "Change {setting} of {node}").format(
                setting=setting, node=node_id
            )
        )
        self.doc, self.node_id, self.old, self.new, self.name = doc, node_id, old, new, name

    def _apply(self, params: dict) -> None:
        node = self.doc.node(self.node_id)
        self.doc._replace_node(LayerNode(id=node.id, type=node.type, params=params, position=node.position))

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetParams) or (other.node_id, other.name) != (self.node_id, self.name):
            return False
        self.new = other.new
        return True


class SetTraining(Command):
    MERGE_ID = 1002

    def __init__(self, doc: Document, old: TrainingConfig, new: TrainingConfig, what: str) -> None:
        super().__init__(
            QCoreApplication.translate("UndoCommand", "Change {setting}").format(setting=_training_name(what))
        )
        self.doc, self.old, self.new, self.what = doc, old, new, what

    def redo(self) -> None:
        self.doc._replace_training(self.new)

    def undo(self) -> None:
        self.doc._replace_training(self.old)

    def id(self) -> int:
        return self.MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SetTraining) or other.what != self.what:
            return False
        self.new = other.new
        return True


class SetMetadata(Command):
    def __init__(self, doc: Document, old: Metadata, new: Metadata) -> None:
        super().__init__(QCoreApplication.translate("UndoCommand", "Change project details"))
        self.doc, self.old, self.new = doc, old, new

    def redo(self) -> None:
        self.doc._replace_metadata(self.new)

    def undo(self) -> None:
        self.doc._replace_metadata(self.old)

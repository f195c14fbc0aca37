"""Undo commands: every edit of a :class:`Document` is one of these, or a macro of them.

Each command holds what it needs to redo and undo itself and calls the document's low-level
methods. Removing a node is a macro whose children first remove its edges, so undo restores
the edges in their old order (which is the input order of merge layers).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from netdesigner.core.spec import Edge, LayerNode, Metadata, Position, TrainingConfig

if TYPE_CHECKING:
    from netdesigner.ui.document import Document


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
        super().__init__(f"Add {node.type}", parent)
        self.doc, self.node = doc, node

    def redo(self) -> None:
        self.doc._insert_node(self.node)

    def undo(self) -> None:
        self.doc._remove_node(self.node.id)


class RemoveNode(Command):
    """Removes a node that has no edges left (the edges go first, as sibling commands)."""

    def __init__(self, doc: Document, node_id: str, parent: Macro | None = None) -> None:
        super().__init__(f"Delete {node_id}", parent)
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
        super().__init__(f"Connect {edge.source} to {edge.target}", parent)
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
        super().__init__(text or f"Disconnect {edge.source} from {edge.target}", parent)
        self.doc, self.index, self.edge = doc, index, edge

    def redo(self) -> None:
        self.doc._remove_edge(self.index)

    def undo(self) -> None:
        self.doc._insert_edge(self.edge, self.index)


class MoveNodes(Command):
    def __init__(self, doc: Document, moves: dict[str, tuple[float, float]]) -> None:
        super().__init__("Move" if len(moves) > 1 else f"Move {next(iter(moves))}")
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
        super().__init__(f"Change {name.replace('_', ' ')} of {node_id}")
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
        super().__init__(f"Change {what.replace('_', ' ')}")
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
        super().__init__("Change project details")
        self.doc, self.old, self.new = doc, old, new

    def redo(self) -> None:
        self.doc._replace_metadata(self.new)

    def undo(self) -> None:
        self.doc._replace_metadata(self.old)

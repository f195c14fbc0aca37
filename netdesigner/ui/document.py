"""The open project as a Qt object: the one truth that the canvas and the panels mirror.

Views never change the project directly. They call the edit methods here (``add_node``,
``connect``, ``set_param``, ...), each of which pushes one undo command; the commands call the
low-level ``_insert_*`` / ``_remove_*`` / ``_replace_*`` methods, which change the project, emit
a signal naming what changed and re-run the analysis.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from netdesigner.core.analysis import Analysis, analyze
from netdesigner.core.catalog import CATALOG
from netdesigner.core.connections import connection_error, new_node_id
from netdesigner.core.problems import Fix
from netdesigner.core.spec import Edge, LayerNode, Metadata, Project, RunRecord, TrainingConfig, coerce_param
from netdesigner.ui.catalog_text import layer_title

DATASET_CLASSES = {"mnist-5k": 10, "mnist": 10, "fashion-mnist": 10}


class EditRefused(Exception):
    """An edit that would break the document; the message says why and what to do instead."""


class Document(QObject):
    """Owns a :class:`Project`, its undo stack, its file path and its latest analysis."""

    node_added = Signal(str)
    node_removed = Signal(str)
    node_changed = Signal(str)  # parameters changed
    node_moved = Signal(str)
    edges_changed = Signal()
    training_changed = Signal()
    metadata_changed = Signal()
    project_replaced = Signal()  # a whole new project: views rebuild
    analysis_changed = Signal(object)  # Analysis
    path_changed = Signal(object)  # Path | None
    read_only_changed = Signal(bool)
    about_to_lock = Signal()  # last chance for editors to commit what is being typed
    modified_changed = Signal(bool)
    runs_changed = Signal()

    def __init__(self, project: Project | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._project = project if project is not None else Project()
        self._path: Path | None = None
        self._read_only = False
        self._unsaved = False  # a project that came from no file (an import) counts as modified
        self.undo_stack.cleanChanged.connect(self._emit_modified)
        self.analysis = Analysis()
        self._reanalyze()

    # -- reading ---------------------------------------------------------------------------

    @property
    def project(self) -> Project:
        """The live project. Treat it as read-only; edit through the methods below."""
        return self._project

    @property
    def nodes(self) -> list[LayerNode]:
        return self._project.network.nodes

    @property
    def edges(self) -> list[Edge]:
        return self._project.network.edges

    @property
    def training(self) -> TrainingConfig:
        return self._project.training

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def modified(self) -> bool:
        return self._unsaved or not self.undo_stack.isClean()

    def _emit_modified(self) -> None:
        self.modified_changed.emit(self.modified)

    @property
    def read_only(self) -> bool:
        return self._read_only

    def node(self, node_id: str) -> LayerNode:
        return self._project.network.node(node_id)

    def has_node(self, node_id: str) -> bool:
        return any(n.id == node_id for n in self.nodes)

    def snapshot(self) -> Project:
        """A deep copy of the project, safe to hand to another thread or to save."""
        return self._project.model_copy(deep=True)

    def classes(self) -> int:
        return DATASET_CLASSES.get(self.training.dataset.strip().lower(), 10)

    # -- whole documents -------------------------------------------------------------------

    def load(self, project: Project, path: Path | None = None, unsaved: bool = False) -> None:
        """Show another project: clears the undo history. ``unsaved`` marks work that exists in
        no file yet (an imported model), so that closing asks to save it."""
        self._project = project
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self._unsaved = unsaved
        self.set_path(path)
        self._reanalyze(notify=False)
        self.project_replaced.emit()
        self.analysis_changed.emit(self.analysis)
        self.runs_changed.emit()
        self._emit_modified()

    def set_path(self, path: Path | None) -> None:
        self._path = path
        self.path_changed.emit(path)

    def mark_saved(self, path: Path) -> None:
        self._unsaved = False
        self.undo_stack.setClean()
        self.set_path(path)
        self._emit_modified()

    def set_read_only(self, read_only: bool) -> None:
        """While training runs the design is locked; edits raise :class:`EditRefused`."""
        if read_only != self._read_only:
            if read_only:
                self.about_to_lock.emit()
            self._read_only = read_only
            self.read_only_changed.emit(read_only)

    # -- the run history (kept with the project, outside the undo history) --------------------

    @property
    def runs(self) -> list[RunRecord]:
        return self._project.runs

    def run(self, run_id: str) -> RunRecord:
        return next(r for r in self._project.runs if r.id == run_id)

    def new_run_id(self) -> str:
        taken = {r.id for r in self._project.runs}
        number = len(taken) + 1
        while f"run-{number}" in taken:
            number += 1
        return f"run-{number}"

    def add_run(self, record: RunRecord) -> None:
        self._project.runs.append(record)
        self._runs_edited()

    def remove_runs(self, run_ids: Sequence[str]) -> None:
        self._project.runs = [r for r in self._project.runs if r.id not in set(run_ids)]
        self._runs_edited()

    def _runs_edited(self) -> None:
        self._unsaved = True
        self.runs_changed.emit()
        self._emit_modified()

    # -- edits (each one undo step) ---------------------------------------------------------

    def _push(self, command: Any) -> None:
        if self._read_only:
            raise EditRefused(
                QCoreApplication.translate(
                    "Document", "The design is locked while the network trains. Stop training to change it."
                )
            )
        self.undo_stack.push(command)

    def new_node_id(self, type_name: str, taken: set[str] | None = None) -> str:
        return new_node_id(type_name, {n.id for n in self.nodes} | (taken or set()))

    def add_node(
        self,
        type_name: str,
        position: tuple[float, float] = (0.0, 0.0),
        after: str | None = None,
        params: dict[str, Any] | None = None,
    ) -> str:
        """Add a layer; with ``after``, connect it to that node's output. Returns the new id."""
        from netdesigner.ui import commands

        if type_name not in CATALOG:
            raise EditRefused(
                QCoreApplication.translate("Document", "There is no layer type {name}.").format(name=repr(type_name))
            )
        node = LayerNode(
            id=self.new_node_id(type_name),
            type=type_name,
            params=params or {},
            position={"x": position[0], "y": position[1]},
        )
        if after is not None and CATALOG[type_name].max_inputs == 0:
            after = None
        if after is None:
            self._push(commands.AddNode(self, node))
        else:
            text = QCoreApplication.translate("Document", "Add {layer} after {node}").format(
                layer=layer_title(type_name), node=after
            )
            macro = commands.Macro(text)
            commands.AddNode(self, node, parent=macro)
            commands.AddEdge(self, Edge(source=after, target=node.id), parent=macro)
            self._push(macro)
        return node.id

    def connection_error(self, source: str, target: str) -> str | None:
        """Why ``source -> target`` cannot be drawn, or None if it can."""
        return connection_error(self._project.network, source, target)

    def connect(self, source: str, target: str) -> None:
        """Draw an edge; raises :class:`EditRefused` with the reason when it cannot be drawn."""
        from netdesigner.ui import commands

        error = self.connection_error(source, target)
        if error:
            raise EditRefused(error)
        self._push(commands.AddEdge(self, Edge(source=source, target=target)))

    def remove_edge(self, index: int) -> None:
        from netdesigner.ui import commands

        self._push(commands.RemoveEdge(self, index))

    def remove(self, node_ids: list[str], edge_indexes: Sequence[int] = ()) -> None:
        """Delete nodes (with their edges) and edges as one undo step."""
        from netdesigner.ui import commands

        node_ids = [n for n in node_ids if self.has_node(n)]
        if not node_ids and not edge_indexes:
            return
        count = len(node_ids) + len(edge_indexes)
        if count > 1:
            text = QCoreApplication.translate("Document", "Delete")
        elif node_ids:
            text = QCoreApplication.translate("Document", "Delete {node}").format(node=node_ids[0])
        else:
            text = QCoreApplication.translate("Document", "Delete connection")
        macro = commands.Macro(text)
        gone = set(node_ids)
        edges = [i for i, e in enumerate(self.edges) if i in set(edge_indexes) or e.source in gone or e.target in gone]
        for index in sorted(edges, reverse=True):
            commands.RemoveEdge(self, index, parent=macro)
        for node_id in node_ids:
            commands.RemoveNode(self, node_id, parent=macro)
        self._push(macro)

    def move_nodes(self, moves: dict[str, tuple[float, float]]) -> None:
        from netdesigner.ui import commands

        changed = {
            node_id: xy
            for node_id, xy in moves.items()
            if self.has_node(node_id) and (self.node(node_id).position.x, self.node(node_id).position.y) != xy
        }
        if changed:
            self._push(commands.MoveNodes(self, changed))

    def nudge_nodes(self, moves: dict[str, tuple[float, float]], burst: int) -> None:
        """Move layers from the keyboard; moves with the same ``burst`` merge into one undo step."""
        from netdesigner.ui import commands

        self._push(commands.NudgeNodes(self, {k: xy for k, xy in moves.items() if self.has_node(k)}, burst))

    def set_param(self, node_id: str, name: str, value: Any) -> None:
        """Change one parameter; raises ValueError with a readable message for a wrongly typed value."""
        from netdesigner.ui import commands

        node = self.node(node_id)
        value = coerce_param(CATALOG[node.type].param(name), value)  # canonical form, or a plain ValueError
        if node.params.get(name) == value:
            return
        params = {**node.params, name: value}
        self._push(commands.SetParams(self, node_id, dict(node.params), params, name))

    def set_training(self, **changes: Any) -> None:
        """Change training settings; raises pydantic's ValidationError for a bad value."""
        from netdesigner.ui import commands

        old = self.training
        new = TrainingConfig.model_validate({**old.model_dump(), **changes})
        if new != old:
            self._push(commands.SetTraining(self, old, new, ",".join(sorted(changes))))

    def set_metadata(self, **changes: Any) -> None:
        """Change the project's name or description (one undo step)."""
        from netdesigner.ui import commands

        old = self._project.metadata
        new = Metadata.model_validate({**old.model_dump(), **changes})
        if new != old:
            self._push(commands.SetMetadata(self, old, new))

    def paste(self, nodes: list[LayerNode], edges: list[Edge], offset: tuple[float, float] = (30.0, 30.0)) -> list[str]:
        """Add copies of ``nodes`` and the edges among them, with fresh ids. Returns the new ids."""
        from netdesigner.ui import commands

        if not nodes:
            return []
        taken: set[str] = set()
        renamed: dict[str, str] = {}
        if len(nodes) > 1:
            text = QCoreApplication.translate("Document", "Paste")
        else:
            text = QCoreApplication.translate("Document", "Paste {layer}").format(layer=layer_title(nodes[0].type))
        macro = commands.Macro(text)
        for node in nodes:
            new_id = self.new_node_id(node.type, taken)
            taken.add(new_id)
            renamed[node.id] = new_id
            copy_ = LayerNode(
                id=new_id,
                type=node.type,
                params=copy.deepcopy(node.params),
                position={"x": node.position.x + offset[0], "y": node.position.y + offset[1]},
            )
            commands.AddNode(self, copy_, parent=macro)
        for edge in edges:
            if edge.source in renamed and edge.target in renamed:
                commands.AddEdge(self, Edge(source=renamed[edge.source], target=renamed[edge.target]), parent=macro)
        self._push(macro)
        return list(renamed.values())

    def apply_fix(self, fix: Fix) -> str | None:
        """Carry out a problem's one-click repair as one undo step. Returns a node to select."""
        from netdesigner.ui import commands

        data = fix.data
        if fix.kind == "set_param":
            self.set_param(data["node"], data["param"], data["value"])
            return str(data["node"])
        if fix.kind == "remove_edge":
            matches = [i for i, e in enumerate(self.edges) if e.source == data["source"] and e.target == data["target"]]
            if matches:
                self._push(commands.RemoveEdge(self, matches[-1], text=fix.label))
            return str(data["target"])
        if fix.kind == "add_layer":
            x, y = self._free_spot()
            return self.add_node(data["type"], (x, y))
        if fix.kind == "insert_layer":
            return self.insert_before(data["type"], data["before"], fix.label)
        raise EditRefused(
            QCoreApplication.translate("Document", "Cannot apply a fix of kind {kind}.").format(kind=repr(fix.kind))
        )

    def insert_before(
        self, type_name: str, before: str, label: str, params: dict[str, Any] | None = None, row: float = 0.0
    ) -> str:
        """A new layer on the edges into ``before``, in one undo step; returns its id. With a
        ``row`` height, ``before`` and everything below it move down to make room."""
        from netdesigner.ui import commands

        target = self.node(before)
        new = LayerNode(
            id=self.new_node_id(type_name),
            type=type_name,
            params=params or {},
            position={"x": target.position.x, "y": target.position.y - (0 if row else 60)},
        )
        macro = commands.Macro(label)
        if row:
            below = {
                n.id: (n.position.x, n.position.y + row) for n in self.nodes if n.position.y >= target.position.y - 1e-6
            }
            macro.steps.append(commands.MoveNodes(self, below))
        commands.AddNode(self, new, parent=macro)
        incoming = [i for i, e in enumerate(self.edges) if e.target == before]
        sources = [self.edges[i].source for i in incoming]
        for index in sorted(incoming, reverse=True):
            commands.RemoveEdge(self, index, parent=macro)
        for source in sources:
            commands.AddEdge(self, Edge(source=source, target=new.id), parent=macro)
        commands.AddEdge(self, Edge(source=new.id, target=before), parent=macro)
        self._push(macro)
        return new.id

    def _free_spot(self) -> tuple[float, float]:
        if not self.nodes:
            return (0.0, 0.0)
        return (min(n.position.x for n in self.nodes) - 260.0, min(n.position.y for n in self.nodes))

    def auto_layout(self) -> None:
        """Arrange the graph top to bottom, one row per depth, as one undo step."""
        from netdesigner.core.layout import layered_positions
        from netdesigner.ui.theme import card_scale

        positions = layered_positions([n.id for n in self.nodes], [(e.source, e.target) for e in self.edges])
        scale = card_scale()  # larger cards (a larger system font) need wider rows and columns
        self.move_nodes({k: (x * scale, y * scale) for k, (x, y) in positions.items()})

    # -- low level: only undo commands call these -------------------------------------------

    def _insert_node(self, node: LayerNode, index: int | None = None) -> None:
        nodes = self._project.network.nodes
        nodes.insert(len(nodes) if index is None else index, node)
        self.node_added.emit(node.id)
        self._reanalyze()

    def _remove_node(self, node_id: str) -> tuple[LayerNode, int]:
        nodes = self._project.network.nodes
        index = next(i for i, n in enumerate(nodes) if n.id == node_id)
        node = nodes.pop(index)
        self.node_removed.emit(node_id)
        self._reanalyze()
        return node, index

    def _replace_node(self, node: LayerNode) -> None:
        nodes = self._project.network.nodes
        index = next(i for i, n in enumerate(nodes) if n.id == node.id)
        moved = nodes[index].position != node.position
        changed = nodes[index].params != node.params
        nodes[index] = node
        if changed:
            self._reanalyze(notify=False)  # listeners of node_changed read the new analysis
            self.node_changed.emit(node.id)
            self.analysis_changed.emit(self.analysis)
        if moved:
            self.node_moved.emit(node.id)

    def _insert_edge(self, edge: Edge, index: int | None = None) -> None:
        edges = self._project.network.edges
        edges.insert(len(edges) if index is None else index, edge)
        self.edges_changed.emit()
        self._reanalyze()

    def _remove_edge(self, index: int) -> Edge:
        edge = self._project.network.edges.pop(index)
        self.edges_changed.emit()
        self._reanalyze()
        return edge

    def _replace_training(self, training: TrainingConfig) -> None:
        self._project.training = training
        self.training_changed.emit()
        self._reanalyze()

    def _replace_metadata(self, metadata: Metadata) -> None:
        self._project.metadata = metadata
        self.metadata_changed.emit()

    def recheck(self) -> None:
        """Check the design again, e.g. so that its problems are told in a newly chosen language."""
        self._reanalyze()

    def _reanalyze(self, notify: bool = True) -> None:
        self.analysis = analyze(self._project.network, self._project.training, self.classes())
        if notify:
            self.analysis_changed.emit(self.analysis)

"""A connection made with keys: from the focused layer, a dashed edge goes to a target chosen
with Tab or the arrows, and the target's mark says whether Enter may connect there, and why not."""

from __future__ import annotations

import math
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QPointF

from netdesigner.ui.document import Document
from netdesigner.ui.edge_item import EdgeItem
from netdesigner.ui.keyboard_marks import TargetMark
from netdesigner.ui.scene import CanvasScene

Nearest = Callable[[dict[str, QPointF], QPointF, tuple[float, float]], "str | None"]


class KeyConnection:
    """The state of one keyboard connection; it changes nothing until the document is asked."""

    def __init__(self, doc: Document, scene: CanvasScene, source: str) -> None:
        self.doc, self.scene, self.source = doc, scene, source
        self.target: str | None = None
        self.edge = EdgeItem()
        self.mark: TargetMark | None = None
        scene.addItem(self.edge)

    def ends(self) -> tuple[str, str]:
        return self.source, self.target or ""

    def names(self) -> dict[str, str]:
        return {"source": self.source, "target": self.target or ""}

    def candidates(self) -> list[str]:
        """Layers with an input, other than the source: any of them may be chosen, even a refused one."""
        items = self.scene.node_items
        return [k for k, item in items.items() if k != self.source and item.input_port is not None]

    def error(self) -> str | None:
        if self.target is None:
            return QCoreApplication.translate(
                "KeyConnection", "Choose a layer to connect to with Tab or the arrow keys."
            )
        return self.doc.connection_error(self.source, self.target)

    def first_target(self) -> str:
        """The nearest layer that may be connected, else the nearest layer at all."""
        origin = self.scene.node_items[self.source].pos()
        candidates = self.candidates()

        def distance(node_id: str) -> float:
            point = self.scene.node_items[node_id].pos()
            below = 0.0 if point.y() > origin.y() else 1000.0  # data flows down: prefer layers below
            return below + math.hypot(point.x() - origin.x(), point.y() - origin.y())

        valid = [c for c in candidates if self.doc.connection_error(self.source, c) is None]
        return min(valid or candidates, key=distance)

    def choose(self, target: str) -> None:
        """Point the dashed edge at ``target`` and mark whether it may be connected."""
        self.target = target
        source_item, target_item = self.scene.node_items[self.source], self.scene.node_items[target]
        valid = self.error() is None
        self.edge.valid_target = valid
        end = target_item.input_port.scene_center() if target_item.input_port else target_item.scenePos()
        self.edge.set_ends(source_item.output_port.scene_center(), end)
        self._remove_mark()
        self.mark = TargetMark(target_item, valid)

    def cycle(self, order: list[str], forward: bool) -> None:
        candidates = [c for c in order if c in set(self.candidates())]
        if not candidates:
            return
        index = candidates.index(self.target) if self.target in candidates else -1
        self.choose(candidates[(index + (1 if forward else -1)) % len(candidates)])

    def arrow(self, direction: tuple[float, float], nearest: Nearest) -> None:
        items = self.scene.node_items
        origin = items[self.target or self.source].pos()
        points = {c: items[c].pos() for c in self.candidates() if c != self.target}
        found = nearest(points, origin, direction)
        if found is not None:
            self.choose(found)

    def describe(self) -> str:
        """The lasting status-bar line: what Enter would do, or why it may not."""
        keys = QCoreApplication.translate("KeyConnection", "Tab or arrows choose another · Esc cancels")
        error = self.error()
        if error:
            return QCoreApplication.translate(
                "KeyConnection", "Connecting from {source}: ✗ not to {target}: {error} {keys}"
            ).format(error=error, keys=keys, **self.names())
        return QCoreApplication.translate(
            "KeyConnection", "Connecting from {source}: ✓ Enter connects it to {target} · {keys}"
        ).format(keys=keys, **self.names())

    def _remove_mark(self) -> None:
        if self.mark is not None and shiboken6.isValid(self.mark) and self.mark.scene() is self.scene:
            self.scene.removeItem(self.mark)
        self.mark = None

    def cancel(self) -> None:
        """Take the dashed edge and the mark off the canvas."""
        self._remove_mark()
        if shiboken6.isValid(self.edge) and self.edge.scene() is self.scene:
            self.scene.removeItem(self.edge)

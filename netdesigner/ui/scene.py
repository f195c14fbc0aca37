"""The canvas scene: a mirror of a :class:`Document`, plus the gestures that edit it.

The scene never changes the project itself. Moving cards, drawing an edge or deleting asks
the document, whose signals then bring the items up to date.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene, QGraphicsSceneMouseEvent

from netdesigner.core.analysis import Analysis
from netdesigner.core.shapes import format_shape
from netdesigner.ui import theme
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.edge_item import EdgeItem
from netdesigner.ui.node_item import NodeItem, Port

SNAP_DISTANCE = 36.0
GRID = 20.0


class NewEdgeGesture:
    """Dragging from a port: a dashed edge follows the mouse and snaps to the nearest port
    it may connect to; releasing there connects, anywhere else cancels."""

    def __init__(self, scene: CanvasScene, port: Port) -> None:
        self.scene = scene
        self.port = port
        self.edge = EdgeItem()
        self.target: Port | None = None
        scene.addItem(self.edge)
        self.move(port.scene_center())

    def _candidate(self, point: QPointF) -> Port | None:
        wanted = "in" if self.port.role == "out" else "out"
        best: tuple[float, Port] | None = None
        for item in self.scene.node_items.values():
            port = item.input_port if wanted == "in" else item.output_port
            if port is None or item is self.port.node:
                continue
            delta = port.scene_center() - point
            distance = (delta.x() ** 2 + delta.y() ** 2) ** 0.5
            if distance <= SNAP_DISTANCE and (best is None or distance < best[0]):
                best = (distance, port)
        return best[1] if best else None

    def move(self, point: QPointF) -> None:
        candidate = self._candidate(point)
        if self.target is not None and self.target is not candidate:
            self.target.set_highlighted(False)
        self.target = candidate
        valid = False
        if candidate is not None:
            source, target = self._connection(candidate)
            valid = self.scene.doc.connection_error(source, target) is None
            candidate.set_highlighted(valid)
            point = candidate.scene_center()
        self.edge.valid_target = valid
        start = self.port.scene_center()
        if self.port.role == "out":
            self.edge.set_ends(start, point)
        else:
            self.edge.set_ends(point, start)

    def _connection(self, other: Port) -> tuple[str, str]:
        if self.port.role == "out":
            return self.port.node.node_id, other.node.node_id
        return other.node.node_id, self.port.node.node_id

    def finish(self, point: QPointF) -> None:
        self.move(point)
        target = self.target
        self.cancel()
        if target is None:
            return
        source, dest = self._connection(target)
        try:
            self.scene.doc.connect(source, dest)
        except EditRefused as refused:
            self.scene.message.emit(str(refused))

    def cancel(self) -> None:
        if self.target is not None:
            self.target.set_highlighted(False)
        self.scene.removeItem(self.edge)


class CanvasScene(QGraphicsScene):
    """Node cards and edges for one document."""

    message = Signal(str)  # a refused gesture, said in words

    def __init__(self, doc: Document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.node_items: dict[str, NodeItem] = {}
        self.edge_items: list[EdgeItem] = []
        self._gesture: NewEdgeGesture | None = None
        self._press_positions: dict[str, QPointF] = {}
        self.setSceneRect(QRectF(-2000, -1000, 4000, 4000))
        doc.node_added.connect(self._on_node_added)
        doc.node_removed.connect(self._on_node_removed)
        doc.node_changed.connect(self._on_node_changed)
        doc.node_moved.connect(self._on_node_changed)
        doc.edges_changed.connect(self._on_edges_changed)
        doc.analysis_changed.connect(self._on_analysis_changed)
        doc.project_replaced.connect(self._rebuild)
        doc.read_only_changed.connect(self._on_read_only_changed)
        self._rebuild()

    # -- mirror the document -----------------------------------------------------------------

    def _rebuild(self) -> None:
        self._cancel_gesture()
        self.clear()
        self.node_items.clear()
        self.edge_items.clear()
        for node in self.doc.nodes:
            self._add_item(node.id)
        self._on_edges_changed()
        self._on_analysis_changed(self.doc.analysis)
        self._on_read_only_changed(self.doc.read_only)

    def _add_item(self, node_id: str) -> None:
        item = NodeItem(self.doc.node(node_id))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not self.doc.read_only)
        item.locked = self.doc.read_only
        self.node_items[node_id] = item
        self.addItem(item)

    def _on_node_added(self, node_id: str) -> None:
        self._add_item(node_id)
        self._grow_scene_rect()

    def _on_node_removed(self, node_id: str) -> None:
        self._cancel_gesture()
        item = self.node_items.pop(node_id)
        self.removeItem(item)

    def _on_node_changed(self, node_id: str) -> None:
        item = self.node_items[node_id]
        item.update_node(self.doc.node(node_id))
        self._grow_scene_rect()

    def _on_edges_changed(self) -> None:
        selected = {(e.source, e.target) for e in self.edge_items if e.isSelected()}
        for item in self.edge_items:
            self.removeItem(item)
        self.edge_items = []
        for edge in self.doc.edges:
            item = EdgeItem(edge.source, edge.target)
            self.addItem(item)
            item.setSelected((edge.source, edge.target) in selected)
            self.edge_items.append(item)
            self._place_edge(item)
        self._on_analysis_changed(self.doc.analysis)

    def _place_edge(self, item: EdgeItem) -> None:
        source, target = self.node_items[item.source], self.node_items[item.target]
        end = target.input_port.scene_center() if target.input_port else target.scenePos()
        item.set_ends(source.output_port.scene_center(), end)

    def _on_analysis_changed(self, analysis: Analysis) -> None:
        for node_id, item in self.node_items.items():
            item.update_analysis(
                analysis.shapes.get(node_id), analysis.params.get(node_id), analysis.problems_for(node_id)
            )
        for edge in self.edge_items:
            shape = analysis.shapes.get(edge.source)
            edge.set_label(format_shape(shape) if shape is not None else "")

    def set_gradient_flow(self, nodes: dict, edges: dict) -> None:
        """Color layers and edges by gradient health (``gradient_flow.LayerFlow`` values);
        empty dicts turn the view off."""
        for node_id, item in self.node_items.items():
            item.set_flow(nodes.get(node_id))
        for edge in self.edge_items:
            edge.set_flow(edges.get((edge.source, edge.target)))

    def _on_read_only_changed(self, read_only: bool) -> None:
        self._cancel_gesture()
        for item in self.node_items.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, not read_only)
            item.locked = read_only
            item.update()

    def node_geometry_changed(self, item: NodeItem) -> None:
        for edge in self.edge_items:
            if item.node_id in (edge.source, edge.target):
                self._place_edge(edge)

    def _grow_scene_rect(self) -> None:
        bounds = self.itemsBoundingRect().adjusted(-800, -600, 800, 600)
        self.setSceneRect(self.sceneRect().united(bounds))

    # -- selection ---------------------------------------------------------------------------

    def selected_node_ids(self) -> list[str]:
        """Selected nodes in document order."""
        chosen = {item.node_id for item in self.selectedItems() if isinstance(item, NodeItem)}
        return [n.id for n in self.doc.nodes if n.id in chosen]

    def selected_edge_indexes(self) -> list[int]:
        return [i for i, item in enumerate(self.edge_items) if item.isSelected()]

    def select_nodes(self, node_ids: list[str]) -> None:
        self.clearSelection()
        for node_id in node_ids:
            if node_id in self.node_items:
                self.node_items[node_id].setSelected(True)

    # -- gestures ----------------------------------------------------------------------------

    def _port_at(self, point: QPointF) -> Port | None:
        for item in self.items(
            point, Qt.ItemSelectionMode.IntersectsItemShape, Qt.SortOrder.DescendingOrder, QTransform()
        ):
            if isinstance(item, Port):
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if event.button() == Qt.MouseButton.LeftButton:
            port = self._port_at(event.scenePos())
            if port is not None:
                if self.doc.read_only:
                    self.message.emit(
                        self.tr("The design is locked while the network trains. Stop training to change it.")
                    )
                    return
                self._gesture = NewEdgeGesture(self, port)
                event.accept()
                return
        super().mousePressEvent(event)
        self._press_positions = {
            item.node_id: item.pos() for item in self.selectedItems() if isinstance(item, NodeItem)
        }
        if self.doc.read_only and self.itemAt(event.scenePos(), QTransform()) is not None:
            self.message.emit(
                self.tr("The design is locked while the network trains; you can look but not move or edit.")
            )

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._gesture is not None:
            self._gesture.move(event.scenePos())
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        if self._gesture is not None:
            gesture, self._gesture = self._gesture, None
            gesture.finish(event.scenePos())
            return
        super().mouseReleaseEvent(event)
        moves = {}
        for node_id, before in self._press_positions.items():
            item = self.node_items.get(node_id)
            if item is not None and item.pos() != before:
                moves[node_id] = (
                    round(item.pos().x() / GRID * 2) * GRID / 2,
                    round(item.pos().y() / GRID * 2) * GRID / 2,
                )
        self._press_positions = {}
        if moves:
            try:
                self.doc.move_nodes(moves)
            except EditRefused as refused:
                self.message.emit(str(refused))

    def _cancel_gesture(self) -> None:
        if self._gesture is not None:
            self._gesture.cancel()
            self._gesture = None

    def keyPressEvent(self, event) -> None:  # noqa: N802, ANN001 - Qt's name
        if event.key() == Qt.Key.Key_Escape and self._gesture is not None:
            self._cancel_gesture()
            return
        super().keyPressEvent(event)

    # -- background --------------------------------------------------------------------------

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:  # noqa: N802 - Qt's name
        painter.fillRect(rect, theme.canvas_background())
        painter.setPen(theme.grid_color())
        step = GRID * 2
        left = int(rect.left() // step) * step
        top = int(rect.top() // step) * step
        points = []
        y = top
        while y < rect.bottom():
            x = left
            while x < rect.right():
                points.append(QPointF(x, y))
                x += step
            y += step
        if len(points) < 40_000:
            painter.drawPoints(points)

"""Edit commands of the window: add from the palette, delete, clipboard, duplicate, layout.
Each goes through the document; a refusal (e.g. while training) becomes a message."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication

from netdesigner.core.spec import Edge, LayerNode
from netdesigner.ui import theme
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.mime import selection_mime, selection_of
from netdesigner.ui.scene import CanvasScene
from netdesigner.ui.view import CanvasView


class EditActions(QObject):
    message = Signal(str)

    def __init__(self, doc: Document, scene: CanvasScene, view: CanvasView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.doc, self.scene, self.view = doc, scene, view

    def reveal_node(self, node_id: str) -> None:
        item = self.scene.node_items.get(node_id)
        if item is not None:
            self.scene.select_nodes([node_id])
            self.view.ensureVisible(item, 60, 60)

    def _edit(self, edit: Callable[[], Any]) -> Any:
        """Run an edit; a refusal (e.g. while training) is shown instead of raised."""
        try:
            return edit()
        except EditRefused as refused:
            self.message.emit(str(refused))
            return None

    def add_layer(self, type_name: str) -> None:
        """Palette double-click: add after the selected node and connect, or below everything."""
        selected = self.scene.selected_node_ids()
        after = selected[-1] if len(selected) == 1 else None
        if after is not None:
            node = self.doc.node(after)
            position = (node.position.x, node.position.y + 120.0)
        elif self.doc.nodes:
            position = (self.doc.nodes[-1].position.x, max(n.position.y for n in self.doc.nodes) + 120.0)
        else:
            position = (0.0, 0.0)
        position = self._free_spot(position)
        node_id = self._edit(lambda: self.doc.add_node(type_name, position, after=after))
        if isinstance(node_id, str):
            self.reveal_node(node_id)

    def _free_spot(self, position: tuple[float, float]) -> tuple[float, float]:
        """``position``, or the first place to its right where the new card covers no other."""
        width, height = theme.card_size()
        x, y = position
        while any(abs(n.position.x - x) < width + 20 and abs(n.position.y - y) < height + 20 for n in self.doc.nodes):
            x += width + 40
        return (x, y)

    def delete_selection(self) -> None:
        nodes, edges = self.scene.selected_node_ids(), self.scene.selected_edge_indexes()
        self._edit(lambda: self.doc.remove(nodes, edges))

    def select_all(self) -> None:
        for item in self.scene.node_items.values():
            item.setSelected(True)

    def _selection_data(self) -> tuple[list[LayerNode], list[Edge]]:
        chosen = set(self.scene.selected_node_ids())
        nodes = [n for n in self.doc.nodes if n.id in chosen]
        edges = [e for e in self.doc.edges if e.source in chosen and e.target in chosen]
        return nodes, edges

    def copy(self) -> None:
        nodes, edges = self._selection_data()
        if nodes:
            QGuiApplication.clipboard().setMimeData(selection_mime(nodes, edges))
            if len(nodes) == 1:
                self.message.emit(self.tr("Copied 1 layer"))
            else:
                self.message.emit(self.tr("Copied {count} layers").format(count=len(nodes)))

    def cut(self) -> None:
        self.copy()
        self.delete_selection()

    def paste(self) -> None:
        content = selection_of(QGuiApplication.clipboard().mimeData())
        if content is None:
            self.message.emit(self.tr("The clipboard holds no layers to paste."))
            return
        new_ids = self._edit(lambda: self.doc.paste(*content))
        if isinstance(new_ids, list):
            self.scene.select_nodes(new_ids)

    def duplicate(self) -> None:
        nodes, edges = self._selection_data()
        new_ids = self._edit(lambda: self.doc.paste(nodes, edges))
        if isinstance(new_ids, list):
            self.scene.select_nodes(new_ids)

    def auto_layout(self) -> None:
        self._edit(self.doc.auto_layout)
        self.view.fit()

"""Clipboard and drag-and-drop formats shared by the palette, the canvas and copy/paste."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData

from netdesigner.core.spec import Edge, LayerNode

LAYER_MIME = "application/x-netdesigner-layer"  # a palette entry: the layer type name, UTF-8
SELECTION_MIME = "application/x-netdesigner-selection"  # copied nodes and the edges among them, JSON


def layer_mime(type_name: str) -> QMimeData:
    data = QMimeData()
    data.setData(LAYER_MIME, type_name.encode("utf-8"))
    data.setText(type_name)
    return data


def layer_type_of(data: QMimeData) -> str | None:
    if not data.hasFormat(LAYER_MIME):
        return None
    return bytes(data.data(LAYER_MIME).data()).decode("utf-8", errors="replace")


def selection_mime(nodes: list[LayerNode], edges: list[Edge]) -> QMimeData:
    payload = {
        "nodes": [n.model_dump(mode="json") for n in nodes],
        "edges": [e.model_dump(mode="json") for e in edges],
    }
    data = QMimeData()
    data.setData(SELECTION_MIME, json.dumps(payload).encode("utf-8"))
    data.setText(", ".join(f"{n.type} {n.id}" for n in nodes))  # notr - layer types and ids, for other apps
    return data


def selection_of(data: QMimeData) -> tuple[list[LayerNode], list[Edge]] | None:
    """The nodes and edges on the clipboard, or None if it holds none (or something broken)."""
    if not data.hasFormat(SELECTION_MIME):
        return None
    try:
        payload = json.loads(bytes(data.data(SELECTION_MIME).data()).decode("utf-8"))
        nodes = [LayerNode.model_validate(n) for n in payload["nodes"]]
        edges = [Edge.model_validate(e) for e in payload["edges"]]
    except (ValueError, KeyError, TypeError):
        return None
    return nodes, edges

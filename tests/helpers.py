"""Small builders for networks in tests."""

from __future__ import annotations

from typing import Any

from netdesigner.core.spec import Edge, LayerNode, Network


def node(node_id: str, type_name: str, **params: Any) -> LayerNode:
    return LayerNode(id=node_id, type=type_name, params=params)


def chain(*layers: tuple[str, dict[str, Any]] | str) -> Network:
    """A straight network; each layer is a type name or (type, params). Ids are n0, n1, ..."""
    nodes = []
    for index, layer in enumerate(layers):
        type_name, params = (layer, {}) if isinstance(layer, str) else layer
        nodes.append(node(f"n{index}", type_name, **params))
    edges = [Edge(source=a.id, target=b.id) for a, b in zip(nodes, nodes[1:], strict=False)]
    return Network(nodes=nodes, edges=edges)


def network(nodes: list[LayerNode], edges: list[tuple[str, str]]) -> Network:
    return Network(nodes=nodes, edges=[Edge(source=s, target=t) for s, t in edges])

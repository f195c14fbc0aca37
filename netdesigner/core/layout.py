"""Auto-layout: a layered, top-to-bottom arrangement of a graph (no Qt, no TensorFlow)."""

from __future__ import annotations

from collections.abc import Sequence

from netdesigner.core import graph

ROW_HEIGHT = 120.0
COLUMN_WIDTH = 240.0


def layered_positions(node_ids: Sequence[str], edges: Sequence[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Each node's row is its longest path from a source; rows are centred on x = 0.

    Within a row, nodes are ordered by the mean column of their sources (one barycentre
    pass), which keeps a straight chain straight and a branch beside its sibling.
    Nodes on a cycle keep the order in which they were added.
    """
    incoming, outgoing = graph.adjacency(list(node_ids), list(edges))
    order = graph.topological_order(list(node_ids), outgoing)
    ordered = set(order)
    order += [n for n in node_ids if n not in ordered]
    depth: dict[str, int] = {}
    for node_id in order:
        depth[node_id] = max((depth[s] + 1 for s in incoming.get(node_id, []) if s in depth), default=0)
    rows: dict[int, list[str]] = {}
    for node_id in order:
        rows.setdefault(depth[node_id], []).append(node_id)
    column: dict[str, float] = {}
    positions: dict[str, tuple[float, float]] = {}
    for row in sorted(rows):
        added = {node_id: float(i) for i, node_id in enumerate(rows[row])}

        def barycentre(node_id: str, added: dict[str, float] = added) -> float:
            sources = [column[s] for s in incoming.get(node_id, []) if s in column]
            return sum(sources) / len(sources) if sources else added[node_id]

        members = sorted(rows[row], key=barycentre)
        width = (len(members) - 1) * COLUMN_WIDTH
        for i, node_id in enumerate(members):
            column[node_id] = i - (len(members) - 1) / 2
            positions[node_id] = (-width / 2 + i * COLUMN_WIDTH, row * ROW_HEIGHT)
    return positions

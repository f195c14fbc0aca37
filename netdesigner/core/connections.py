"""Rules for editing a graph by hand: which new edges may be drawn, and fresh node ids.

The designer asks these before an edit so it can refuse with a reason instead of letting a
broken graph appear; ``analyze`` still reports anything that arrives from a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from netdesigner.core import graph
from netdesigner.core.catalog import CATALOG
from netdesigner.core.i18n import translate
from netdesigner.core.spec import Network


def connection_error(network: Network, source: str, target: str) -> str | None:
    """Why an edge ``source -> target`` cannot be drawn, or None if it can."""
    if source == target:
        return translate("Connections", "A layer cannot feed itself.")
    target_type = CATALOG[network.node(target).type]
    if target_type.max_inputs == 0:
        return translate("Connections", "'{target}' is an Input layer: nothing can flow into it.").format(target=target)
    if any(e.source == source and e.target == target for e in network.edges):
        return translate("Connections", "'{source}' is already connected to '{target}'.").format(
            source=source, target=target
        )
    outgoing = graph.adjacency([n.id for n in network.nodes], [(e.source, e.target) for e in network.edges])[1]
    if source in graph.reachable([target], outgoing):
        return translate(
            "Connections", "Connecting '{source}' to '{target}' would make a loop: '{target}' already feeds '{source}'."
        ).format(source=source, target=target)
    incoming = [e.source for e in network.edges if e.target == target]
    if target_type.max_inputs is not None and len(incoming) >= target_type.max_inputs:
        return translate(
            "Connections",
            "{type} '{target}' takes one input and already has one from '{source}'. "
            "Delete that connection first, or feed both into an Add or Concatenate layer.",
        ).format(type=target_type.name, target=target, source=incoming[0])
    return None


def id_stem(type_name: str) -> str:
    """``MaxPooling2D`` -> ``max_pooling2d``: the stem of new node ids of that type."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z][a-z])", "_", type_name).lower()


def new_node_id(type_name: str, taken: Iterable[str]) -> str:
    """``input`` for the first Input, else ``<stem>_<n>`` with the smallest free n."""
    taken = set(taken)
    stem = "input" if type_name == "Input" else id_stem(type_name)
    if type_name == "Input" and stem not in taken:
        return stem
    number = 1
    while f"{stem}_{number}" in taken:
        number += 1
    return f"{stem}_{number}"

"""The layers of the tutorial's network as found on a canvas: which Input, Flatten and Dense
layers play which part, and which connections the chain needs. No Qt."""

from __future__ import annotations

from dataclasses import dataclass

from netdesigner.core.spec import LayerNode, Network

CLASSES = 10
PATH_TYPES = ("Input", "Flatten", "Dense")


@dataclass(frozen=True)
class Roles:
    """The layers of the tutorial's network as found on the canvas, by type and by how they
    are set up (the output is the softmax Dense, the hidden layer the other one)."""

    inputs: list[LayerNode]
    flattens: list[LayerNode]
    denses: list[LayerNode]
    others: list[LayerNode]
    hidden: LayerNode | None
    output: LayerNode | None

    @property
    def input(self) -> LayerNode | None:
        return self.inputs[0] if self.inputs else None

    @property
    def flatten(self) -> LayerNode | None:
        return self.flattens[0] if self.flattens else None

    def chain(self) -> list[LayerNode | None]:
        return [self.input, self.flatten, self.hidden, self.output]


def _output_of(denses: list[LayerNode], network: Network) -> LayerNode | None:
    if not denses:
        return None
    softmax = [d for d in denses if d["activation"] == "softmax"]
    if len(denses) == 1:
        only = denses[0]
        return only if softmax and only["units"] == CLASSES else None
    if softmax:
        ten = [d for d in softmax if d["units"] == CLASSES]
        return (ten or softmax)[-1]
    ids = {d.id for d in denses}
    fed_by_dense = [d for d in denses if any(e.target == d.id and e.source in ids for e in network.edges)]
    ten = [d for d in denses if d["units"] == CLASSES]
    return (fed_by_dense or ten or denses)[-1]


def find_roles(network: Network) -> Roles:
    by_type: dict[str, list[LayerNode]] = {name: [] for name in PATH_TYPES}
    others: list[LayerNode] = []
    for node in network.nodes:
        by_type.get(node.type, others).append(node)
    denses = by_type["Dense"]
    output = _output_of(denses, network)
    rest = [d for d in denses if d is not output]
    flat_ids = {f.id for f in by_type["Flatten"]}
    fed = [d for d in rest if any(e.target == d.id and e.source in flat_ids for e in network.edges)]
    hidden = (fed or rest or [None])[0]
    return Roles(by_type["Input"], by_type["Flatten"], denses, others, hidden, output)


def same_design(a: Network, b: Network) -> bool:
    """The same layers, settings and connections (positions on the canvas do not matter)."""
    return [(n.id, n.type, n.params) for n in a.nodes] == [(n.id, n.type, n.params) for n in b.nodes] and [
        (e.source, e.target) for e in a.edges
    ] == [(e.source, e.target) for e in b.edges]


def wanted_edges(roles: Roles) -> list[tuple[str, str]]:
    """Input → Flatten → hidden → output, for the layers that exist."""
    chain = [n.id for n in roles.chain() if n is not None]
    return list(zip(chain, chain[1:], strict=False))


def stray_edges(network: Network, roles: Roles) -> list[tuple[str, str]]:
    """Connections that are not part of the chain."""
    wanted = set(wanted_edges(roles))
    return [(e.source, e.target) for e in network.edges if (e.source, e.target) not in wanted]

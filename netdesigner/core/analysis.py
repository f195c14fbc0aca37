"""Shape inference and validation of a whole network, fast enough to run on every edit.

``analyze`` walks the graph once: structural checks (inputs, cycles, edges, reachability),
parameter bounds, every node's output shape and parameter count, and whether the last layer
fits the loss and the number of classes. Every problem names its node and says what to do.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from netdesigner.core import graph
from netdesigner.core.catalog import CATALOG, LayerType, is_visible
from netdesigner.core.i18n import translate
from netdesigner.core.problems import Fix, Problem
from netdesigner.core.shapes import Shape, ShapeError, format_shape, output_shape, param_count
from netdesigner.core.spec import LayerNode, Network, TrainingConfig

DEFAULT_CLASSES = 10


@dataclass
class Analysis:
    """Everything known about a network without building it."""

    order: list[str] = field(default_factory=list)
    inputs: dict[str, list[str]] = field(default_factory=dict)
    shapes: dict[str, Shape] = field(default_factory=dict)
    params: dict[str, tuple[int, int]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    input_id: str | None = None
    output_id: str | None = None

    @property
    def valid(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)

    @property
    def trainable_params(self) -> int:
        return sum(t for t, _ in self.params.values())

    @property
    def total_params(self) -> int:
        return sum(t + n for t, n in self.params.values())

    def error_text(self) -> str:
        """The errors' messages in one line, for refusals outside the designer."""
        return "; ".join(p.message for p in self.problems if p.severity == "error")

    def problems_for(self, node_id: str) -> list[Problem]:
        return [p for p in self.problems if p.node == node_id]


def _describe(node: LayerNode) -> str:
    return f"{node.type} '{node.id}'"


def _bounds_problems(node: LayerNode, layer: LayerType) -> list[Problem]:
    problems = []
    for spec in layer.params:
        if spec.kind not in ("int", "float") or not is_visible(spec, node.params):
            continue
        value = node.params[spec.name]
        low, high = spec.minimum, spec.maximum
        too_low = low is not None and (value <= low if spec.exclusive_minimum else value < low)
        too_high = high is not None and value > high
        if too_low or too_high:
            if too_high:
                clamp = high
            elif spec.exclusive_minimum:
                clamp = spec.default
            else:
                clamp = low
            if spec.kind == "int":
                clamp = int(clamp)
            problems.append(
                Problem(
                    "param_out_of_bounds",
                    translate("Analysis", "{layer}: {name} = {value:g} is out of bounds; it must be {bounds}").format(
                        layer=_describe(node), name=spec.name, value=value, bounds=spec.bounds_text()
                    ),
                    node.id,
                    fix=Fix(
                        "set_param",
                        translate("Analysis", "Set {name} to {clamp:g}").format(name=spec.name, clamp=clamp),
                        {"node": node.id, "param": spec.name, "value": clamp},
                    ),
                )
            )
    return problems


def _structure(network: Network, result: Analysis) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Check edges, inputs and cycles; return the de-duplicated adjacency."""
    ids = [n.id for n in network.nodes]
    seen_edges: set[tuple[str, str]] = set()
    unique: list[tuple[str, str]] = []
    for edge in network.edges:
        pair = (edge.source, edge.target)
        if pair in seen_edges:
            result.problems.append(
                Problem(
                    "duplicate_edge",
                    translate("Analysis", "'{source}' is connected to '{target}' twice; remove the extra edge").format(
                        source=edge.source, target=edge.target
                    ),
                    edge.target,
                    fix=Fix(
                        "remove_edge",
                        translate("Analysis", "Remove the extra edge"),
                        {"source": edge.source, "target": edge.target},
                    ),
                )
            )
            continue
        seen_edges.add(pair)
        unique.append(pair)
    incoming, outgoing = graph.adjacency(ids, unique)
    for cycle in graph.cycles(ids, outgoing):
        path = " -> ".join(f"'{n}'" for n in cycle)
        result.problems.append(
            Problem(
                "cycle",
                translate(
                    "Analysis", "the layers {path} form a cycle; data must flow one way, so remove one of these edges"
                ).format(path=path),
                cycle[0],
                fix=Fix(
                    "remove_edge",
                    translate("Analysis", "Remove the edge that closes the cycle"),
                    {"source": cycle[-2], "target": cycle[-1]},
                ),
            )
        )
    return incoming, outgoing


def _input_counts(node: LayerNode, layer: LayerType, sources: list[str]) -> list[Problem]:
    count = len(sources)
    if layer.max_inputs == 0 and count:
        return [
            Problem(
                "input_has_inputs",
                translate(
                    "Analysis",
                    "{layer} is where the data enters and takes no input; remove the edge from '{source}'",
                ).format(layer=_describe(node), source=sources[0]),
                node.id,
                fix=Fix(
                    "remove_edge", translate("Analysis", "Remove the edge"), {"source": sources[0], "target": node.id}
                ),
            )
        ]
    if count < layer.min_inputs:
        if layer.min_inputs == 1:
            message = translate("Analysis", "{layer} has no input; connect another layer's output to it").format(
                layer=_describe(node)
            )
        else:
            message = translate(
                "Analysis", "{layer} merges several branches and needs at least {needed} inputs, but has {count}"
            ).format(layer=_describe(node), needed=layer.min_inputs, count=count)
        return [Problem("missing_input", message, node.id)]
    if layer.max_inputs is not None and count > layer.max_inputs:
        extra = sources[layer.max_inputs]
        return [
            Problem(
                "too_many_inputs",
                translate(
                    "Analysis",
                    "{layer} takes one input but {count} are connected; remove the extra edge or merge the branches "
                    "with Add or Concatenate first",
                ).format(layer=_describe(node), count=count),
                node.id,
                fix=Fix(
                    "remove_edge", translate("Analysis", "Remove the extra edge"), {"source": extra, "target": node.id}
                ),
            )
        ]
    return []


def _endpoints(network: Network, result: Analysis, outgoing: dict[str, list[str]]) -> set[str]:
    """Find the single Input and single output; return the nodes reachable from the Input."""
    inputs = [n for n in network.nodes if n.type == "Input"]
    if not network.nodes:
        result.problems.append(
            Problem("empty", translate("Analysis", "the network is empty; add an Input layer to start"))
        )
        return set()
    if not inputs:
        result.problems.append(
            Problem(
                "no_input",
                translate("Analysis", "the network has no Input layer; add one where the images enter"),
                fix=Fix("add_layer", translate("Analysis", "Add an Input layer"), {"type": "Input"}),
            )
        )
        return set()
    result.input_id = inputs[0].id
    for extra in inputs[1:]:
        result.problems.append(
            Problem(
                "several_inputs",
                translate(
                    "Analysis",
                    "Input '{extra}' is a second Input; the dataset feeds one image at a time, so delete it and "
                    "connect its layers to '{first}'",
                ).format(extra=extra.id, first=inputs[0].id),
                extra.id,
            )
        )
    reached = graph.reachable([inputs[0].id], outgoing)
    for node in network.nodes:
        if node.id not in reached and node.type != "Input":
            result.problems.append(
                Problem(
                    "unreachable",
                    translate(
                        "Analysis",
                        "{layer} is not connected to the Input, so it never gets data; connect it or delete it",
                    ).format(layer=_describe(node)),
                    node.id,
                )
            )
    sinks = [n.id for n in network.nodes if n.id in reached and not outgoing[n.id]]
    if len(sinks) == 1 and sinks[0] != inputs[0].id:
        result.output_id = sinks[0]
    elif not sinks or sinks == [inputs[0].id]:
        result.problems.append(
            Problem(
                "no_output",
                translate("Analysis", "the network has no output layer; add layers after the Input"),
                inputs[0].id,
            )
        )
    else:
        names = ", ".join(f"'{s}'" for s in sinks)
        for sink in sinks:
            result.problems.append(
                Problem(
                    "several_outputs",
                    translate(
                        "Analysis",
                        "the network ends in several layers ({names}); it must end in one output layer, so connect "
                        "the others onward or delete them",
                    ).format(names=names),
                    sink,
                )
            )
    return reached


def output_activation(network: Network, output_id: str) -> str:
    """The activation of the output layer; layers without one count as 'linear' (logits)."""
    return network.node(output_id).params.get("activation", "linear")


def _output_problems(network: Network, result: Analysis, training: TrainingConfig | None, classes: int) -> None:
    out = result.output_id
    if training is None or out is None or out not in result.shapes:
        return
    node = network.node(out)
    shape = result.shapes[out]
    want = (classes,)
    if len(shape) != 1:
        result.problems.append(
            Problem(
                "output_shape",
                translate(
                    "Analysis",
                    "the network ends in {layer} with shape {shape}, but it must give one score per class, "
                    "{other_shape}; add Flatten and a Dense layer with {classes} units and softmax",
                ).format(
                    layer=_describe(node),
                    shape=format_shape(shape),
                    other_shape=format_shape(want),
                    classes=classes,
                ),
                out,
            )
        )
        return
    if shape != want:
        fix = None
        if node.type == "Dense":
            fix = Fix(
                "set_param",
                translate("Analysis", "Set units to {classes}").format(classes=classes),
                {"node": out, "param": "units", "value": classes},
            )
        result.problems.append(
            Problem(
                "output_classes",
                translate(
                    "Analysis",
                    "the last layer {layer} gives {shape} values, but the data has {classes} classes; it must give "
                    "{classes}",
                ).format(layer=_describe(node), shape=shape[0], classes=classes),
                out,
                fix=fix,
            )
        )
    if training.loss != "cross_entropy":
        return
    activation = output_activation(network, out)
    if activation not in ("softmax", "linear"):
        fix = None
        if "activation" in node.params:
            fix = Fix(
                "set_param",
                translate("Analysis", "Use softmax"),
                {"node": out, "param": "activation", "value": "softmax"},
            )
        result.problems.append(
            Problem(
                "output_activation",
                translate(
                    "Analysis",
                    "cross entropy compares probabilities, but the last layer {layer} uses {activation}; set its "
                    "activation to softmax (or choose mean squared error as the loss)",
                ).format(layer=_describe(node), activation=activation),
                out,
                fix=fix,
            )
        )


def analyze(network: Network, training: TrainingConfig | None = None, classes: int = DEFAULT_CLASSES) -> Analysis:
    """Shapes, parameter counts and problems of ``network``.

    With ``training``, the output layer is also checked against the loss and ``classes``, the
    number of classes it must score; without, any network with one input and one output is valid.
    """
    result = Analysis()
    incoming, outgoing = _structure(network, result)
    result.inputs = incoming
    nodes = {n.id: n for n in network.nodes}
    order = graph.topological_order(list(nodes), outgoing)
    result.order = order
    reached = _endpoints(network, result, outgoing)
    broken: set[str] = set()
    for node in network.nodes:
        layer = CATALOG[node.type]
        found = _bounds_problems(node, layer) + _input_counts(node, layer, incoming[node.id])
        if found:
            result.problems.extend(found)
            broken.add(node.id)
    for node_id in order:
        if node_id in broken or node_id not in reached:
            continue
        node = nodes[node_id]
        sources = incoming[node_id]
        if any(s not in result.shapes for s in sources):
            continue
        in_shapes = [result.shapes[s] for s in sources]
        try:
            shape = output_shape(node.type, node_id, node.params, in_shapes, sources)
        except ShapeError as error:
            result.problems.append(
                Problem(
                    "shape",
                    translate("Analysis", "{layer}: {message}").format(layer=_describe(node), message=error.message),
                    node_id,
                    fix=error.fix,
                )
            )
            continue
        if any(size <= 0 for size in shape):
            result.problems.append(
                Problem(
                    "shape",
                    translate(
                        "Analysis",
                        "{layer}: its output {shape} has no values left; use smaller windows or strides, or padding "
                        "'same'",
                    ).format(layer=_describe(node), shape=format_shape(shape)),
                    node_id,
                )
            )
            continue
        result.shapes[node_id] = shape
        result.params[node_id] = param_count(node.type, node.params, in_shapes)
    _output_problems(network, result, training, classes)
    return result


def estimate_memory_bytes(analysis: Analysis, batch_size: int, optimizer: str = "adam") -> int:
    """A rough training footprint in bytes: weights, gradients, optimizer slots and activations."""
    slots = {"sgd": 0, "momentum": 1, "rmsprop": 1, "adam": 2}.get(optimizer, 2)
    weights = analysis.total_params * 4 * (2 + slots)
    activations = sum(math.prod(s) for s in analysis.shapes.values()) * 4 * batch_size * 2
    return weights + activations

"""Property-based tests of the project loader and the validator (hypothesis, derandomized).

Random documents, random bytes and mutations of a real project give a Project or a
ProjectError, never another exception; random graphs are analysed without an exception; valid
ones build in Keras with exactly the predicted shapes and parameter counts (marked slow).
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from netdesigner.core.analysis import analyze
from netdesigner.core.catalog import CATALOG
from netdesigner.core.generate import random_network
from netdesigner.core.project_file import ProjectError, project_from_data, project_from_json, project_to_json
from netdesigner.core.spec import Network, Project
from netdesigner.core.templates import load_template, template_names

FAST = settings(max_examples=1500, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])
KERAS = settings(max_examples=25, derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow])

TEMPLATES = {name: json.loads(project_to_json(load_template(name))) for name in template_names()}

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(list(CATALOG) + ["image", "flat", "full", "relu", "netdesigner-project", "dense_1", "input"]),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12,
)


def loads_or_refuses(data: Any) -> Project | None:
    """The loader's contract: a Project, or a ProjectError with a message; nothing else."""
    try:
        return project_from_data(data, "the file")
    except ProjectError as error:
        assert str(error)
        return None


def paths(data: Any, prefix: tuple = ()) -> list[tuple]:
    """Every location in a JSON document, as a tuple of keys and indexes."""
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(paths(value, (*prefix, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(paths(value, (*prefix, index)))
    return found


@st.composite
def mutated_projects(draw: st.DrawFn) -> Any:
    """A real project with a few locations replaced, deleted or given an extra key."""
    data = copy.deepcopy(TEMPLATES[draw(st.sampled_from(sorted(TEMPLATES)))])
    for _ in range(draw(st.integers(1, 3))):
        locations = paths(data)
        where = draw(st.sampled_from(locations))
        if not where:
            data = draw(json_values)
            continue
        parent = data
        for key in where[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "delete", "extra"]))
        if action == "delete":
            del parent[where[-1]]
        elif action == "extra" and isinstance(parent[where[-1]], dict):
            parent[where[-1]][draw(st.text(max_size=8))] = draw(json_values)
        else:
            parent[where[-1]] = draw(json_values)
    return data


@FAST
@given(json_values)
def test_random_documents_load_or_are_refused(data: Any) -> None:
    loads_or_refuses(data)
    loads_or_refuses({"format": "netdesigner-project", "version": 3, "network": data})


@FAST
@given(mutated_projects())
def test_mutated_projects_load_or_are_refused_and_loaded_ones_round_trip(data: Any) -> None:
    project = loads_or_refuses(data)
    event("refused" if project is None else "loaded")
    if project is not None:
        analysis = analyze(project.network, project.training)  # never raises either
        assert analysis.valid or analysis.problems
        try:
            text = project_to_json(project)
        except ProjectError:
            return
        assert project_from_json(text) == project


@settings(max_examples=500, derandomize=True, deadline=None)
@given(st.binary(max_size=300))
def test_random_bytes_are_refused_in_words(raw: bytes) -> None:
    try:
        project_from_json(raw, "the file")
    except ProjectError as error:
        assert "the file" in str(error)


# --- random graphs --------------------------------------------------------------------------------

PARAM_VALUES: dict[str, Any] = {
    "int": st.integers(-3, 40),
    "float": st.floats(-1.0, 12.0),
    "bool": st.booleans(),
    "shape": st.lists(st.sampled_from([-1, 1, 2, 4, 7, 14, 28, 49, 196, 784]), min_size=1, max_size=3),
}


@st.composite
def random_graphs(draw: st.DrawFn) -> dict[str, Any]:
    """Any layers with any (often out-of-bounds) parameters and any edges, loops included."""
    count = draw(st.integers(1, 8))
    nodes = []
    for index in range(count):
        type_name = draw(st.sampled_from(list(CATALOG)))
        params = {}
        for spec in CATALOG[type_name].params:
            if draw(st.booleans()):
                strategy = st.sampled_from(spec.choices) if spec.kind == "choice" else PARAM_VALUES[spec.kind]
                params[spec.name] = draw(strategy)
        nodes.append({"id": f"n{index}", "type": type_name, "params": params})
    ids = [f"n{i}" for i in range(count)] + ["ghost"]
    edges = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)), max_size=count + 3))
    return {"nodes": nodes, "edges": [{"source": s, "target": t} for s, t in edges]}


@FAST
@given(random_graphs())
def test_random_graphs_are_refused_or_analysed_without_an_exception(network: dict[str, Any]) -> None:
    project = loads_or_refuses({"format": "netdesigner-project", "version": 3, "network": network})
    event("refused" if project is None else "loaded")
    if project is None:
        return
    analysis = analyze(project.network, project.training)
    event("valid" if analysis.valid else "with problems")
    if analysis.valid:
        assert set(analysis.shapes) == set(analysis.order) == {n.id for n in project.network.nodes}
        assert all(size > 0 for shape in analysis.shapes.values() for size in shape)
        assert analysis.total_params >= 0
    else:
        assert all(problem.message for problem in analysis.problems)


ACTIVATIONS = ["linear", "relu", "tanh", "sigmoid", "elu", "gelu", "leaky_relu", "softmax"]


@st.composite
def chains(draw: st.DrawFn) -> Network:
    """A straight network of random layers with random in-bounds sizes, ending in Dense 10."""
    image = draw(st.booleans())
    layers: list[tuple[str, dict[str, Any]]] = [("Input", {"format": "image" if image else "flat"})]
    for _ in range(draw(st.integers(0, 5))):
        if image:
            kind = draw(
                st.sampled_from(["Conv2D", "MaxPooling2D", "AveragePooling2D", "BatchNormalization", "Flatten"])
            )
        else:
            kind = draw(st.sampled_from(["Dense", "Dropout", "BatchNormalization", "Activation"]))
        params: dict[str, Any] = {}
        if kind == "Conv2D":
            params = {
                "filters": draw(st.integers(1, 8)),
                "kernel_size": draw(st.integers(1, 5)),
                "strides": draw(st.integers(1, 3)),
                "padding": draw(st.sampled_from(["valid", "same"])),
                "activation": draw(st.sampled_from(ACTIVATIONS)),
                "use_bias": draw(st.booleans()),
            }
        elif kind in ("MaxPooling2D", "AveragePooling2D"):
            params = {
                "pool_size": draw(st.integers(1, 3)),
                "strides": draw(st.integers(1, 3)),
                "padding": draw(st.sampled_from(["valid", "same"])),
            }
        elif kind == "Dense":
            params = {"units": draw(st.integers(1, 64)), "activation": draw(st.sampled_from(ACTIVATIONS))}
            params["use_bias"] = draw(st.booleans())
        elif kind == "Dropout":
            params = {"rate": draw(st.floats(0.0, 0.9))}
        elif kind == "Activation":
            params = {"activation": draw(st.sampled_from(ACTIVATIONS))}
        layers.append((kind, params))
        image = image and kind != "Flatten"
    if image:
        layers.append(("Flatten", {}))
    layers.append(("Dense", {"units": 10, "activation": "softmax"}))
    from helpers import chain

    return chain(*layers)


def assert_same_as_keras(network: Network) -> None:
    from netdesigner.engine.builder import build_model

    analysis = analyze(network)
    assume(analysis.valid)
    model = build_model(network, seed=1, analysis=analysis)
    assert model.count_params() == analysis.total_params
    assert sum(int(w.numpy().size) for w in model.trainable_weights) == analysis.trainable_params
    layers = {layer.name: layer for layer in model.layers}
    for node_id, shape in analysis.shapes.items():
        assert tuple(layers[node_id].output.shape[1:]) == shape, node_id
        assert layers[node_id].count_params() == sum(analysis.params[node_id]), node_id


@pytest.mark.slow
@KERAS
@given(chains())
def test_valid_random_chains_build_in_keras_as_predicted(network: Network) -> None:
    pytest.importorskip("keras")
    assert_same_as_keras(network)


@pytest.mark.slow
@KERAS
@given(st.integers(0, 2**31 - 1), st.integers(2, 12))
def test_valid_random_graphs_with_branches_build_in_keras_as_predicted(seed: int, layers: int) -> None:
    pytest.importorskip("keras")
    assert_same_as_keras(random_network(seed, layers=layers))

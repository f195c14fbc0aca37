"""Open a ``.keras`` file as a NetDesigner project without running anything in it.

Only the archive's ``config.json`` is read, as plain JSON: no TensorFlow, no Keras
deserialization, so nothing in the file can run. A model is accepted only if every layer and
setting maps onto the catalog the way ``builder`` builds it back; anything else is refused with
a ModelImportError that says what, on which layer, and what to do.

The returned network can still have problems that ``analyze`` reports (a size beyond the
catalog's bounds, say). It is returned anyway so that the designer can repair it; the caller
runs ``analyze`` and decides.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from netdesigner.core.i18n import translate
from netdesigner.core.project_file import MAX_NODES
from netdesigner.core.seeds import recover_seed
from netdesigner.core.spec import NODE_ID_PATTERN, Project, TrainingConfig
from netdesigner.engine.keras_archive import (
    MODEL_CLASSES,
    SUPPORTED_LAYERS,
    ModelImportError,
    check_loadable,
    check_safe,
    read_config,
)
from netdesigner.engine.keras_layers import KerasLayer, Refusal, clean_float, layer_params, layer_seed, name_of

_OPTIMIZERS = {"Adam": "adam", "SGD": "sgd", "RMSprop": "rmsprop"}
_LOSSES = {
    "CategoricalCrossentropy": "cross_entropy",
    "categorical_crossentropy": "cross_entropy",
    "MeanSquaredError": "mse",
    "mean_squared_error": "mse",
    "mse": "mse",
}
_ID_PATTERN = re.compile(NODE_ID_PATTERN)

__all__ = ["ModelImportError", "check_loadable", "import_keras"]


def import_keras(path: str | os.PathLike[str]) -> Project:
    """A project holding the network stored in the ``.keras`` file at ``path``.

    Raises ModelImportError for anything but a model made of the catalog's layers.
    """
    path = Path(path)
    config = read_config(path)
    source = path.name
    try:
        check_safe(config, source)
        layers = _model_layers(config)
        data = _project_data(layers, config.get("compile_config"), path)
    except Refusal as refusal:
        raise ModelImportError(
            translate("ModelImport", "{source}: {refusal}").format(source=source, refusal=refusal)
        ) from None
    except ModelImportError:
        raise
    except Exception as error:  # the file is untrusted: whatever its config holds, answer in words
        raise ModelImportError(
            translate("ModelImport", "{source} holds a malformed model configuration ({kind}: {error})").format(
                source=source, kind=type(error).__name__, error=error
            )
        ) from None
    try:
        return Project.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        loc, message = first["loc"], first["msg"].removeprefix("Value error, ")
        nodes = data["network"]["nodes"]
        if loc[:2] == ("network", "nodes") and len(loc) > 2 and isinstance(loc[2], int) and loc[2] < len(nodes):
            where = f"layer '{nodes[loc[2]]['id']}'"
        else:
            where = ".".join(str(part) for part in loc)
        raise ModelImportError(
            translate("ModelImport", "{source}: {where} cannot become a NetDesigner layer: {message}").format(
                source=source, where=where, message=message
            )
        ) from None


def _history(tensor: Any) -> str:
    """The name of the layer that made a serialized tensor (Keras 3 dict or Keras 2 list)."""
    if isinstance(tensor, dict) and tensor.get("class_name") == "__keras_tensor__":
        name, node, index = tensor["config"]["keras_history"]
    elif isinstance(tensor, list) and len(tensor) >= 3 and isinstance(tensor[0], str):
        name, node, index = tensor[:3]
    else:
        raise Refusal(
            translate(
                "ModelImport",
                "a layer takes an input that is not another layer's output, which NetDesigner cannot draw",
            )
        )
    if node != 0 or index != 0:
        raise Refusal(
            translate(
                "ModelImport",
                "layer '{name}' is used more than once or has several outputs, which NetDesigner cannot draw",
            ).format(name=name)
        )
    return str(name)


def _sources(entry: dict[str, Any], name: str) -> list[str]:
    nodes = entry.get("inbound_nodes") or []
    if len(nodes) > 1:
        raise Refusal(
            translate(
                "ModelImport", "layer '{name}' is used more than once (shared weights), which NetDesigner cannot draw"
            ).format(name=name)
        )
    if not nodes:
        return []
    node = nodes[0]
    if isinstance(node, dict):  # Keras 3: {"args": [tensor or [tensors]], "kwargs": {...}}
        args = node.get("args") or []
        if len(args) != 1 or (node.get("kwargs") or {}).get("training") is True:
            raise Refusal(
                translate(
                    "ModelImport", "layer '{name}' is called with extra arguments, which NetDesigner cannot represent"
                ).format(name=name)
            )
        tensors = args[0] if isinstance(args[0], list) and not _is_keras2_tensor(args[0]) else [args[0]]
    else:  # Keras 2: [[name, node, index, kwargs], ...]
        tensors = node
    return [_history(t) for t in tensors]


def _is_keras2_tensor(value: list[Any]) -> bool:
    return len(value) >= 3 and isinstance(value[0], str)


def _endpoints(value: Any, what: str) -> str:
    """The one layer name in ``input_layers`` / ``output_layers``; several are refused."""
    names: list[str] = []
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list) and item and isinstance(item[0], str):
            names.append(item[0])
        elif isinstance(item, list):
            stack.extend(item)
    if len(names) != 1:
        raise Refusal(
            (
                translate("ModelImport", "the model has {count} inputs; NetDesigner networks have exactly one input")
                if what == "input"
                else translate(
                    "ModelImport", "the model has {count} outputs; NetDesigner networks have exactly one output"
                )
            ).format(count=len(names))
        )
    return names[0]


def _model_layers(config: dict[str, Any]) -> list[KerasLayer]:
    """The model's layers in order, each with the names of its inputs."""
    kind = config.get("class_name")
    body = config["config"]
    entries = body.get("layers")
    if kind not in MODEL_CLASSES:
        raise Refusal(
            translate(
                "ModelImport", "it holds a {kind} model; NetDesigner opens Functional and Sequential models"
            ).format(kind=kind)
        )
    if not isinstance(entries, list):
        raise Refusal(translate("ModelImport", "its model configuration holds no list of layers"))
    if len(entries) > MAX_NODES:
        raise Refusal(
            translate("ModelImport", "the model has {count} layers; NetDesigner handles at most {limit}").format(
                count=len(entries), limit=MAX_NODES
            )
        )
    layers: list[KerasLayer] = []
    for entry in entries:
        name = entry.get("name") or entry["config"]["name"]
        layer_kind = entry["class_name"]
        if layer_kind in MODEL_CLASSES or "layers" in (entry.get("config") or {}):
            raise Refusal(
                translate(
                    "ModelImport",
                    "it contains a nested model '{name}' ({layer_kind}); NetDesigner opens flat models only: rebuild "
                    "it with the inner model's layers placed directly in the outer model",
                ).format(name=name, layer_kind=layer_kind)
            )
        if layer_kind not in SUPPORTED_LAYERS:
            raise Refusal(
                translate(
                    "ModelImport",
                    "layer '{name}' is a {layer_kind}, which NetDesigner does not support; it supports {supported}",
                ).format(name=name, layer_kind=layer_kind, supported=", ".join(SUPPORTED_LAYERS))
            )
        sources = _sources(entry, name) if kind != "Sequential" else []
        layers.append(KerasLayer(str(name), layer_kind, entry["config"], sources))
    if len({layer.name for layer in layers}) != len(layers):
        raise Refusal(translate("ModelImport", "two layers share a name, so the connections are ambiguous"))
    if kind == "Sequential":
        return _chain(layers, body)
    known = {layer.name for layer in layers}
    for layer in layers:
        missing = [s for s in layer.sources if s not in known]
        if missing:
            raise Refusal(
                translate("ModelImport", "{layer} takes its input from '{missing}', which is not in the model").format(
                    layer=layer, missing=missing[0]
                )
            )
        if len(set(layer.sources)) != len(layer.sources):
            raise Refusal(
                translate(
                    "ModelImport", "{layer} takes the same input twice; NetDesigner draws each connection once"
                ).format(layer=layer)
            )
    _endpoints(body.get("input_layers"), "input")
    _endpoints(body.get("output_layers"), "output")
    return layers


def _chain(layers: list[KerasLayer], body: dict[str, Any]) -> list[KerasLayer]:
    """Connect a Sequential model's layers in order, adding its Input if it was only built."""
    if not layers or layers[0].kind != "InputLayer":
        first = layers[0].config if layers else {}
        shape = body.get("build_input_shape") or first.get("batch_input_shape") or first.get("batch_shape")
        if shape is None:
            raise Refusal(
                translate(
                    "ModelImport",
                    "the Sequential model was never built, so it has no input shape; build or call it once and save "
                    "again",
                )
            )
        taken = {layer.name for layer in layers}
        name = next(n for n in ("input", "input_layer", "input_1", "input_2") if n not in taken)
        layers.insert(0, KerasLayer(name, "InputLayer", {"batch_shape": shape}, []))
    for before, layer in zip(layers, layers[1:], strict=False):
        if layer.kind == "InputLayer":
            raise Refusal(
                translate(
                    "ModelImport", "{layer} is a second input; NetDesigner networks have exactly one input"
                ).format(layer=layer)
            )
        layer.sources = [before.name]
    return layers


def _node_ids(names: list[str]) -> dict[str, str]:
    """Keras layer names as node ids: made valid, kept unique."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        base = re.sub(r"[^A-Za-z0-9_]", "_", name) or "layer"
        if not base[0].isalpha():
            base = f"layer_{base}"
        base = base[:63]
        candidate, count = base, 1
        while candidate in taken or not _ID_PATTERN.match(candidate):
            count += 1
            suffix = f"_{count}"
            candidate = base[: 63 - len(suffix)] + suffix
        ids[name] = candidate
        taken.add(candidate)
    return ids


def _positions(layers: list[KerasLayer]) -> dict[str, tuple[float, float]]:
    """Top to bottom by depth, 110 apart; layers at the same depth side by side, 220 apart."""
    depth: dict[str, int] = {}
    for layer in layers:
        depth[layer.name] = 1 + max((depth.get(s, 0) for s in layer.sources), default=-1)
    rows: dict[int, list[str]] = defaultdict(list)
    for layer in layers:
        rows[depth[layer.name]].append(layer.name)
    positions = {}
    for row, names in rows.items():
        for i, name in enumerate(names):
            positions[name] = (220.0 * (i - (len(names) - 1) / 2), 110.0 * row)
    return positions


def _training(compile_config: Any, seed: int | None) -> dict[str, Any]:
    """What of the file's compile settings NetDesigner can train with; defaults for the rest."""
    training: dict[str, Any] = {}
    if seed is not None:
        training["seed"] = seed
    if not isinstance(compile_config, dict):
        return training
    optimizer = compile_config.get("optimizer")
    if isinstance(optimizer, str):
        opt_name = {"adam": "adam", "sgd": "sgd", "rmsprop": "rmsprop"}.get(optimizer.lower())
    else:
        opt_name = _OPTIMIZERS.get(name_of(optimizer) or "") if isinstance(optimizer, dict) else None
    if opt_name is not None:
        training["optimizer"] = opt_name
        opt_cfg = (optimizer.get("config") or {}) if isinstance(optimizer, dict) else {}
        rate = opt_cfg.get("learning_rate")
        if isinstance(rate, (int, float)) and not isinstance(rate, bool) and 0 < rate <= 10:
            training["learning_rate"] = clean_float(float(rate))
        momentum = opt_cfg.get("momentum")
        if opt_name == "sgd" and isinstance(momentum, (int, float)) and 0 < momentum < 1:
            training["optimizer"] = "momentum"
            training["momentum"] = clean_float(float(momentum))
    loss = compile_config.get("loss")
    loss_name = _LOSSES.get(name_of(loss) or "") if isinstance(loss, (dict, str)) else None
    if loss_name is not None:
        training["loss"] = loss_name
    try:
        return TrainingConfig.model_validate(training).model_dump()
    except ValidationError:
        return {"seed": seed} if seed is not None else {}


def _project_data(layers: list[KerasLayer], compile_config: Any, path: Path) -> dict[str, Any]:
    ids = _node_ids([layer.name for layer in layers])
    positions = _positions(layers)
    params = [layer_params(layer) for layer in layers]
    # A NetDesigner export gets its seed and node order back, and so its initial weights.
    recovered = recover_seed([layer_seed(layer) for layer in layers])
    order = list(range(len(layers)))
    if recovered is not None:
        order.sort(key=lambda i: recovered[1][i])
    nodes, edges = [], []
    for i in order:
        layer = layers[i]
        x, y = positions[layer.name]
        node_type = SUPPORTED_LAYERS[layer.kind]
        nodes.append({"id": ids[layer.name], "type": node_type, "params": params[i], "position": {"x": x, "y": y}})
        edges.extend({"source": ids[s], "target": ids[layer.name]} for s in layer.sources)
    return {
        "metadata": {
            "name": path.stem[:200] or "Imported",
            "description": translate("ModelImport", "Imported from the Keras model {name}.").format(name=path.name)[
                :10_000
            ],
        },
        "network": {"nodes": nodes, "edges": edges},
        "training": _training(compile_config, recovered[0] if recovered else None),
    }

"""The network spec: layer nodes, edges, training configuration and the project around them.

These models check structure and types when a project is read (unknown layer types, wrong
types, duplicate ids, edges to missing nodes). Whether the graph makes a working network
(cycles, shapes, bounds) is the job of ``validate``, so a flawed design can still be opened
and repaired.
"""

from __future__ import annotations

import math
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from netdesigner.core.catalog import CATALOG, ParamSpec
from netdesigner.core.i18n import translate

NODE_ID_PATTERN = r"^[A-Za-z][A-Za-z0-9_]{0,62}$"

FORMAT_NAME = "netdesigner-project"
FORMAT_VERSION = 3
MAX_BATCH_SIZE = 100_000


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


def coerce_param(spec: ParamSpec, value: Any) -> Any:
    """Check one parameter value's type and return it in canonical form.

    Raises ValueError with a message that names the parameter and what it expects.
    Bounds are not checked here; ``validate`` reports them as problems.
    """
    name = spec.name
    if spec.kind == "int":
        if isinstance(value, float) and math.isfinite(value) and value.is_integer():
            value = int(value)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                translate("Spec", "{name} must be a whole number, not {value!r}").format(name=name, value=value)
            )
        if abs(value) > 2**31:
            raise ValueError(translate("Spec", "{name} = {value} is far too large").format(name=name, value=value))
        return value
    if spec.kind == "float":
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ValueError(translate("Spec", "{name} must be a number, not {value!r}").format(name=name, value=value))
        if not math.isfinite(value):
            raise ValueError(
                translate("Spec", "{name} must be a finite number, not {value!r}").format(name=name, value=value)
            )
        return float(value)
    if spec.kind == "bool":
        if not isinstance(value, bool):
            raise ValueError(
                translate("Spec", "{name} must be true or false, not {value!r}").format(name=name, value=value)
            )
        return value
    if spec.kind == "choice":
        if value not in spec.choices:
            raise ValueError(
                translate("Spec", "{name} must be one of {choices}, not {value!r}").format(
                    name=name, choices=", ".join(spec.choices), value=value
                )
            )
        return value
    if spec.kind == "shape":
        if not isinstance(value, (list, tuple)) or not 1 <= len(value) <= 3:
            raise ValueError(
                translate("Spec", "{name} must be a list of 1 to 3 sizes, not {value!r}").format(name=name, value=value)
            )
        sizes = []
        for size in value:
            if isinstance(size, bool) or not isinstance(size, int) or not (size == -1 or 1 <= size <= 100_000):
                raise ValueError(
                    translate("Spec", "{name} entries must be positive whole numbers or -1, not {size!r}").format(
                        name=name, size=size
                    )
                )
            sizes.append(size)
        if sizes.count(-1) > 1:
            raise ValueError(translate("Spec", "{name} may contain -1 only once").format(name=name))
        return tuple(sizes)
    raise AssertionError(spec.kind)


class Position(_Strict):
    x: float = 0.0
    y: float = 0.0

    @field_validator("x", "y")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError(translate("Spec", "must be a finite number"))
        return value


class LayerNode(_Strict):
    """One layer on the canvas. ``params`` always holds every parameter of its type."""

    id: str
    type: str
    params: dict[str, Any] = Field(default_factory=dict)
    position: Position = Field(default_factory=Position)

    @model_validator(mode="before")
    @classmethod
    def _check_params(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        type_name = data.get("type")
        if not isinstance(type_name, str) or type_name not in CATALOG:
            known = ", ".join(CATALOG)
            raise ValueError(
                translate("Spec", "unknown layer type {type_name!r}; known types: {known}").format(
                    type_name=type_name, known=known
                )
            )
        layer = CATALOG[type_name]
        given = data.get("params", {})
        if not isinstance(given, dict):
            raise ValueError(translate("Spec", "params must be an object of parameter names and values"))
        unknown = sorted(set(given) - set(layer.param_index))
        if unknown:
            allowed = ", ".join(layer.param_index) or "none"
            raise ValueError(
                translate("Spec", "{type_name} has no parameter {unknown!r} (its parameters: {allowed})").format(
                    type_name=type_name, unknown=unknown[0], allowed=allowed
                )
            )
        params = layer.defaults()
        for name, value in given.items():
            params[name] = coerce_param(layer.param(name), value)
        return {**data, "params": params}

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not re.fullmatch(NODE_ID_PATTERN, value):
            raise ValueError(
                translate(
                    "Spec",
                    "{value!r} is not a usable node id: it must start with a letter and hold only letters, digits "
                    "and _ (at most 63 characters)",
                ).format(value=value)
            )
        return value

    def __getitem__(self, name: str) -> Any:
        return self.params[name]


class Edge(_Strict):
    """A connection from ``source``'s output to ``target``'s input. Order of edges into a
    merge layer is the order of its inputs."""

    source: str
    target: str


class Network(_Strict):
    nodes: list[LayerNode] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_references(self) -> Network:
        seen: set[str] = set()
        for node in self.nodes:
            if node.id in seen:
                raise ValueError(
                    translate("Spec", "two nodes share the id {id!r}; every node id must be unique").format(id=node.id)
                )
            seen.add(node.id)
        for index, edge in enumerate(self.edges):
            for end in (edge.source, edge.target):
                if end not in seen:
                    raise ValueError(
                        translate("Spec", "edges[{index}] refers to node {end!r}, which does not exist").format(
                            index=index, end=end
                        )
                    )
        return self

    def node(self, node_id: str) -> LayerNode:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)


Loss = Literal["cross_entropy", "mse"]
Optimizer = Literal["sgd", "momentum", "rmsprop", "adam"]

LOSS_LABELS: dict[str, str] = {"cross_entropy": "cross entropy", "mse": "mean squared error"}
OPTIMIZER_LABELS: dict[str, str] = {
    "sgd": "SGD",
    "momentum": "SGD with momentum",
    "rmsprop": "RMSprop",
    "adam": "Adam",
}


class TrainingConfig(_Strict):
    """How the network is trained. ``batch_size="full"`` is batch gradient descent."""

    loss: Loss = "cross_entropy"
    optimizer: Optimizer = "adam"
    learning_rate: Annotated[float, Field(gt=0, le=10, allow_inf_nan=False)] = 0.001
    momentum: Annotated[float, Field(ge=0, lt=1, allow_inf_nan=False)] = 0.9
    batch_size: Annotated[int, Field(ge=1, le=MAX_BATCH_SIZE)] | Literal["full"] = 32
    epochs: Annotated[int, Field(ge=1, le=10_000)] = 5
    validation_split: Annotated[float, Field(ge=0, le=0.5, allow_inf_nan=False)] = 0.1
    seed: Annotated[int, Field(ge=0, le=2**31 - 1)] = 42
    dataset: Annotated[str, Field(min_length=1, max_length=4096)] = "mnist-5k"

    @field_validator("batch_size", mode="before")
    @classmethod
    def _check_batch_size(cls, value: Any) -> Any:
        if value == "full":
            return value
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_BATCH_SIZE:
            raise ValueError(
                translate("Spec", "must be a whole number from 1 to {limit:,} or 'full', not {value!r}").format(
                    limit=MAX_BATCH_SIZE, value=value
                )
            )
        return value


class Metadata(_Strict):
    name: Annotated[str, Field(max_length=200)] = "Untitled"
    description: Annotated[str, Field(max_length=10_000)] = ""
    created: str = ""
    modified: str = ""


MAX_RUN_POINTS = 5000


class RunRecord(_Strict):
    """One training run as the run history keeps it: what was trained, how, and what came out.

    ``batch_loss`` holds every ``batch_loss_stride``-th batch's loss (thinned to at most
    MAX_RUN_POINTS values), so a long run stays small in the file.
    """

    id: Annotated[str, Field(min_length=1, max_length=64)]
    name: Annotated[str, Field(max_length=200)] = ""
    started: str = ""
    seconds: Annotated[float, Field(ge=0, allow_inf_nan=False)] = 0.0
    network: Network
    training: TrainingConfig
    batches_per_epoch: Annotated[int, Field(ge=1)] = 1
    epochs: list[dict[str, float]] = Field(default_factory=list)
    batch_loss: Annotated[list[float], Field(max_length=MAX_RUN_POINTS)] = Field(default_factory=list)
    batch_loss_stride: Annotated[int, Field(ge=1)] = 1
    outcome: Literal["completed", "stopped", "diverged", "failed"] = "completed"
    message: Annotated[str, Field(max_length=2000)] = ""
    test: dict[str, float] | None = None


class Project(_Strict):
    """A whole ``.ndproj`` document."""

    format: Literal["netdesigner-project"] = FORMAT_NAME
    version: Literal[3] = FORMAT_VERSION
    metadata: Metadata = Field(default_factory=Metadata)
    network: Network = Field(default_factory=Network)
    training: TrainingConfig = Field(default_factory=TrainingConfig)
    runs: list[RunRecord] = Field(default_factory=list)

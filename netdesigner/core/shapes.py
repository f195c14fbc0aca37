"""Output shapes and parameter counts of single layers, computed the way Keras does.

Shapes leave out the batch dimension. A layer that cannot take the shapes it is given raises
``ShapeError`` with a message for the student and, where the fix is obvious, a ``Fix``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from netdesigner.core.catalog import INPUT_FORMATS
from netdesigner.core.i18n import translate
from netdesigner.core.problems import Fix

Shape = tuple[int, ...]
Params = Mapping[str, Any]


class ShapeError(Exception):
    def __init__(self, message: str, fix: Fix | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.fix = fix


def format_shape(shape: Sequence[int]) -> str:
    return "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"


def _need_image(type_name: str, node_id: str, shape: Shape) -> tuple[int, int, int]:
    if len(shape) != 3:
        if len(shape) == 1:
            raise ShapeError(
                translate(
                    "Shapes",
                    "{type_name} expects an image-shaped input (height, width, channels) but gets the flat vector "
                    "{shape}; insert Reshape to (28, 28, 1) before it, or set the Input's format to 'image'",
                ).format(type_name=type_name, shape=format_shape(shape)),
                Fix("insert_layer", translate("Shapes", "Insert Reshape"), {"type": "Reshape", "before": node_id}),
            )
        raise ShapeError(
            translate(
                "Shapes", "{type_name} expects an input of shape (height, width, channels) but gets {shape}"
            ).format(type_name=type_name, shape=format_shape(shape))
        )
    return shape[0], shape[1], shape[2]


def _window_out(size: int, window: int, stride: int, padding: str) -> int:
    if padding == "same":
        return math.ceil(size / stride)
    return (size - window) // stride + 1


def _spatial(type_name: str, node_id: str, params: Params, shape: Shape, window: int) -> tuple[int, int]:
    height, width, _ = _need_image(type_name, node_id, shape)
    stride, padding = params["strides"], params["padding"]
    if padding == "valid" and (window > height or window > width):
        raise ShapeError(
            translate(
                "Shapes",
                "{type_name}'s window {window}x{window} does not fit in its {height}x{width} input; use a smaller "
                "size or padding 'same'",
            ).format(type_name=type_name, window=window, height=height, width=width),
            Fix(
                "set_param",
                translate("Shapes", "Use padding 'same'"),
                {"node": node_id, "param": "padding", "value": "same"},
            ),
        )
    return _window_out(height, window, stride, padding), _window_out(width, window, stride, padding)


def _flat_input(type_name: str, node_id: str, shape: Shape) -> int:
    if len(shape) != 1:
        raise ShapeError(
            translate("Shapes", "{type_name} expects a flat input but gets {shape}; insert Flatten before it").format(
                type_name=type_name, shape=format_shape(shape)
            ),
            Fix("insert_layer", translate("Shapes", "Insert Flatten"), {"type": "Flatten", "before": node_id}),
        )
    return shape[0]


def _reshape(node_id: str, params: Params, shape: Shape) -> Shape:
    target = tuple(params["target_shape"])
    size = math.prod(shape)
    known = math.prod(s for s in target if s != -1)
    if -1 in target:
        if size % known:
            raise ShapeError(
                translate(
                    "Shapes", "cannot reshape {size} values into {shape}: {size} is not a multiple of {known}"
                ).format(size=size, shape=format_shape(target), known=known)
            )
        return tuple(size // known if s == -1 else s for s in target)
    if known != size:
        raise ShapeError(
            translate(
                "Shapes",
                "cannot reshape {shape} ({size} values) into {other_shape} ({known} values); the target shape must "
                "hold the same number of values",
            ).format(shape=format_shape(shape), size=size, other_shape=format_shape(target), known=known)
        )
    return target


def _merge(type_name: str, node_id: str, inputs: Sequence[Shape], sources: Sequence[str]) -> Shape:
    first = inputs[0]
    if type_name == "Add":
        for shape, source in zip(inputs[1:], sources[1:], strict=True):
            if shape != first:
                raise ShapeError(
                    translate(
                        "Shapes",
                        "Add needs inputs of the same shape but gets {shape} from '{first_source}' and {other_shape} "
                        "from '{source}'; make both branches end in the same shape",
                    ).format(
                        shape=format_shape(first),
                        first_source=sources[0],
                        other_shape=format_shape(shape),
                        source=source,
                    )
                )
        return first
    for shape, source in zip(inputs[1:], sources[1:], strict=True):
        if len(shape) != len(first) or shape[:-1] != first[:-1]:
            raise ShapeError(
                translate(
                    "Shapes",
                    "Concatenate joins along the last axis, so all other sizes must match, but it gets {shape} from "
                    "'{first_source}' and {other_shape} from '{source}'",
                ).format(
                    shape=format_shape(first),
                    first_source=sources[0],
                    other_shape=format_shape(shape),
                    source=source,
                )
            )
    return (*first[:-1], sum(s[-1] for s in inputs))


def output_shape(
    type_name: str, node_id: str, params: Params, inputs: Sequence[Shape], sources: Sequence[str] = ()
) -> Shape:
    """The output shape of one layer given its input shapes (in edge order)."""
    if type_name == "Input":
        return INPUT_FORMATS[params["format"]]
    if type_name in ("Add", "Concatenate"):
        return _merge(type_name, node_id, inputs, list(sources) or ["?"] * len(inputs))
    shape = inputs[0]
    if type_name == "Flatten":
        return (math.prod(shape),)
    if type_name == "Reshape":
        return _reshape(node_id, params, shape)
    if type_name == "Dense":
        _flat_input(type_name, node_id, shape)
        return (params["units"],)
    if type_name == "Conv2D":
        height, width = _spatial(type_name, node_id, params, shape, params["kernel_size"])
        return (height, width, params["filters"])
    if type_name in ("MaxPooling2D", "AveragePooling2D"):
        height, width = _spatial(type_name, node_id, params, shape, params["pool_size"])
        return (height, width, shape[2])
    if type_name == "GlobalAveragePooling2D":
        return (_need_image(type_name, node_id, shape)[2],)
    if type_name in ("Dropout", "Activation", "BatchNormalization"):
        return shape
    raise AssertionError(f"no shape rule for {type_name}")


def _weights(params: Params, inputs: Sequence[Shape], fan_in: Callable[[Shape], int], outputs: int) -> int:
    return fan_in(inputs[0]) * outputs + (outputs if params["use_bias"] else 0)


def param_count(type_name: str, params: Params, inputs: Sequence[Shape]) -> tuple[int, int]:
    """(trainable, non-trainable) parameter counts, as ``keras.Model.summary`` reports them."""
    if type_name == "Dense":
        return _weights(params, inputs, lambda s: s[0], params["units"]), 0
    if type_name == "Conv2D":
        k = params["kernel_size"]
        return _weights(params, inputs, lambda s: k * k * s[2], params["filters"]), 0
    if type_name == "BatchNormalization":
        channels = inputs[0][-1]
        return 2 * channels, 2 * channels
    return 0, 0

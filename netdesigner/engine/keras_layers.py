"""Map one Keras layer config onto the catalog's parameters, the inverse of ``builder``.

Anything the catalog cannot hold raises ``Refusal`` naming the layer and the setting;
``importer`` adds the file name.
"""

from __future__ import annotations

import math
import struct
from typing import Any

from netdesigner.core.catalog import ACTIVATIONS, INPUT_FORMATS, KERAS_INITIALIZERS, KERAS_REGULARIZERS
from netdesigner.core.i18n import translate

_INITIALIZERS = {keras: ours for ours, keras in KERAS_INITIALIZERS.items()}
_REGULARIZERS = {keras: ours for ours, keras in KERAS_REGULARIZERS.items()}


class Refusal(Exception):
    """Something in the model NetDesigner cannot represent; import_keras names the file."""


class KerasLayer:
    """One Keras layer: its name, class, config and the names of the layers feeding it."""

    def __init__(self, name: str, kind: str, config: dict[str, Any], sources: list[str]) -> None:
        self.name, self.kind, self.config, self.sources = name, kind, config, sources

    def __str__(self) -> str:
        return translate("ModelImport", "layer '{name}' ({kind})").format(name=self.name, kind=self.kind)


def _pair(layer: KerasLayer, key: str, what: str, default: Any = None) -> int:
    value = layer.config.get(key, default)
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value):
        if value[0] != value[1]:
            raise Refusal(
                translate(
                    "ModelImport", "{layer} has a {height}x{width} {what}; NetDesigner supports only square ones"
                ).format(layer=layer, height=value[0], width=value[1], what=what)
            )
        return value[0]
    raise Refusal(
        translate("ModelImport", "{layer} has the {what} {value!r}, which NetDesigner cannot represent").format(
            layer=layer, what=what, value=value
        )
    )


def clean_float(value: Any) -> Any:
    """A float32 value saved by Keras (0.0010000000474974513) as the number typed (0.001)."""
    if not isinstance(value, float) or not math.isfinite(value) or value == 0:
        return value
    as_float32 = struct.unpack("f", struct.pack("f", value))[0]
    if as_float32 != value:
        return value
    for digits in range(1, 10):
        short = float(f"{value:.{digits}g}")
        if struct.unpack("f", struct.pack("f", short))[0] == value:
            return short
    return value


def _require(layer: KerasLayer, key: str, allowed: tuple[Any, ...], why: str) -> None:
    value = layer.config.get(key, allowed[0])
    if value not in allowed:
        raise Refusal(
            translate("ModelImport", "{layer} sets {key} = {value!r}; {why}").format(
                layer=layer, key=key, value=value, why=why
            )
        )


def name_of(value: Any, owner: object = None) -> str | None:
    """The class name of a serialized Keras object, or the string naming it."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dict):
        named = value.get("config") if value.get("class_name") == "function" else value.get("class_name")
        return str(named)
    raise Refusal(
        translate("ModelImport", "{owner} has a setting NetDesigner cannot read: {value!r}").format(
            owner=translate("ModelImport", "the model") if owner is None else owner, value=value
        )
    )


def _activation(layer: KerasLayer) -> str:
    value = layer.config.get("activation")
    if isinstance(value, dict):
        value = value.get("config")
    name = "linear" if value is None else value
    if name not in ACTIVATIONS:
        raise Refusal(
            translate(
                "ModelImport", "{layer} uses the activation {name!r}, which NetDesigner does not offer ({offered})"
            ).format(layer=layer, name=name, offered=", ".join(ACTIVATIONS))
        )
    return str(name)


def _weights(layer: KerasLayer, params: dict[str, Any]) -> None:
    """Activation, initializer, bias and regularizer settings shared by Dense and Conv2D."""
    cfg = layer.config
    params["activation"] = _activation(layer)
    params["use_bias"] = cfg.get("use_bias", True)
    init = cfg.get("kernel_initializer")
    kind = name_of(init, layer)
    name = _INITIALIZERS.get(kind or "") or (kind if kind in _INITIALIZERS.values() else None)
    init_cfg = (init.get("config") or {}) if isinstance(init, dict) else {}
    if name is None or (name == "random_normal" and init_cfg.get("mean", 0.0) != 0):
        shown = (
            translate("ModelImport", "{kind} with mean {mean}").format(kind=kind, mean=init_cfg.get("mean"))
            if name
            else kind
        )
        raise Refusal(
            translate(
                "ModelImport",
                "{layer} initializes its weights with {shown}; NetDesigner offers RandomNormal (mean 0), "
                "GlorotUniform, GlorotNormal, HeUniform, HeNormal and Zeros",
            ).format(layer=layer, shown=shown)
        )
    params["initializer"] = name
    if name == "random_normal":
        params["init_std"] = init_cfg.get("stddev", 0.05)
    if name_of(cfg.get("bias_initializer", "zeros"), layer) not in ("Zeros", "zeros"):
        raise Refusal(
            translate("ModelImport", "{layer} does not start its biases at zero; NetDesigner always does").format(
                layer=layer
            )
        )
    for key in ("bias_regularizer", "activity_regularizer", "kernel_constraint", "bias_constraint"):
        if cfg.get(key) is not None:
            raise Refusal(
                translate(
                    "ModelImport", "{layer} has a {setting}, which NetDesigner cannot represent; remove it"
                ).format(layer=layer, setting=key.replace("_", " "))
            )
    if cfg.get("lora_rank") or cfg.get("quantization_config"):
        raise Refusal(
            translate("ModelImport", "{layer} is quantized or uses LoRA, which NetDesigner cannot represent").format(
                layer=layer
            )
        )
    reg = cfg.get("kernel_regularizer")
    reg_name = _REGULARIZERS.get(name_of(reg, layer) or "", "none" if reg is None else None)
    if reg_name is None:
        raise Refusal(
            translate(
                "ModelImport", "{layer} uses the weight regularizer {regularizer}; NetDesigner offers L1, L2 and L1L2"
            ).format(layer=layer, regularizer=name_of(reg))
        )
    params["regularizer"] = reg_name
    if isinstance(reg, dict):
        for key in ("l1", "l2"):
            if key in (reg.get("config") or {}):
                params[key] = reg["config"][key]


def _common(layer: KerasLayer) -> None:
    cfg = layer.config
    dtype = cfg.get("dtype")
    dtype_name = dtype.get("config", {}).get("name") if isinstance(dtype, dict) else dtype
    if dtype_name not in (None, "float32"):
        raise Refusal(
            translate("ModelImport", "{layer} computes in {dtype_name}; NetDesigner trains in float32 only").format(
                layer=layer, dtype_name=dtype_name
            )
        )
    if cfg.get("trainable", True) is False:
        raise Refusal(
            translate("ModelImport", "{layer} is frozen (trainable = false); NetDesigner trains every layer").format(
                layer=layer
            )
        )
    _require(
        layer,
        "data_format",
        ("channels_last", None),
        translate("ModelImport", "NetDesigner works with channels_last images only"),
    )


def _input(layer: KerasLayer) -> dict[str, Any]:
    cfg = layer.config
    shape = cfg.get("batch_shape") or cfg.get("batch_input_shape")
    shape = tuple(shape[1:]) if shape is not None else tuple(cfg.get("shape") or ())
    for name, wanted in INPUT_FORMATS.items():
        if shape == wanted:
            return {"format": name}
    text = "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"
    raise Refusal(
        translate(
            "ModelImport",
            "its Input '{name}' takes shape {text}; NetDesigner's networks take 28x28x1 images (28, 28, 1) or flat "
            "vectors (784,)",
        ).format(name=layer.name, text=text)
    )


def layer_params(layer: KerasLayer) -> dict[str, Any]:
    """The catalog parameters of one layer, refusing settings builder would not reproduce."""
    _common(layer)
    cfg, kind = layer.config, layer.kind
    params: dict[str, Any] = {}
    if kind == "InputLayer":
        if cfg.get("sparse") or cfg.get("ragged"):
            raise Refusal(
                translate(
                    "ModelImport", "{layer} takes sparse or ragged tensors; NetDesigner takes plain images"
                ).format(layer=layer)
            )
        return _input(layer)
    if kind == "Dense":
        params["units"] = cfg.get("units")
        _weights(layer, params)
    elif kind == "Conv2D":
        params["filters"] = cfg.get("filters")
        params["kernel_size"] = _pair(layer, "kernel_size", translate("ModelImport", "kernel"))
        params["strides"] = _pair(layer, "strides", translate("ModelImport", "stride"), 1)
        params["padding"] = cfg.get("padding", "valid")
        if _pair(layer, "dilation_rate", translate("ModelImport", "dilation"), 1) != 1:
            raise Refusal(
                translate("ModelImport", "{layer} uses dilation; NetDesigner's Conv2D has dilation 1 only").format(
                    layer=layer
                )
            )
        _require(layer, "groups", (1,), translate("ModelImport", "NetDesigner's Conv2D has no grouped convolutions"))
        _weights(layer, params)
    elif kind in ("MaxPooling2D", "AveragePooling2D"):
        params["pool_size"] = _pair(layer, "pool_size", translate("ModelImport", "pool size"), 2)
        stride = cfg.get("strides")
        params["strides"] = (
            params["pool_size"] if stride is None else _pair(layer, "strides", translate("ModelImport", "stride"))
        )
        params["padding"] = cfg.get("padding", "valid")
    elif kind == "GlobalAveragePooling2D":
        _require(
            layer, "keepdims", (False,), translate("ModelImport", "NetDesigner's global pooling gives a flat vector")
        )
    elif kind == "Dropout":
        params["rate"] = cfg.get("rate")
        _require(
            layer, "noise_shape", (None,), translate("ModelImport", "NetDesigner's Dropout drops single values only")
        )
    elif kind == "BatchNormalization":
        params["momentum"] = cfg.get("momentum", 0.99)
        params["epsilon"] = cfg.get("epsilon", 0.001)
        _require(layer, "axis", (-1, [-1]), translate("ModelImport", "NetDesigner normalizes over the last axis only"))
        for key in ("center", "scale"):
            _require(layer, key, (True,), translate("ModelImport", "NetDesigner always learns a shift and a scale"))
        _require(layer, "renorm", (False,), translate("ModelImport", "NetDesigner has no batch renormalization"))
        for key, start in (("beta", "Zeros"), ("gamma", "Ones"), ("moving_mean", "Zeros"), ("moving_variance", "Ones")):
            if name_of(cfg.get(f"{key}_initializer", start), layer) not in (start, start.lower()):
                raise Refusal(
                    translate(
                        "ModelImport", "{layer} sets its {key} initializer; NetDesigner uses the Keras defaults"
                    ).format(layer=layer, key=key)
                )
            if cfg.get(f"{key}_regularizer") is not None or cfg.get(f"{key}_constraint") is not None:
                raise Refusal(
                    translate(
                        "ModelImport",
                        "{layer} has a {key} regularizer or constraint, which NetDesigner cannot represent",
                    ).format(layer=layer, key=key)
                )
    elif kind == "Activation":
        params["activation"] = _activation(layer)
    elif kind == "Reshape":
        params["target_shape"] = cfg.get("target_shape")
    elif kind == "Concatenate":
        _require(layer, "axis", (-1,), translate("ModelImport", "NetDesigner joins tensors along the last axis only"))
    return {key: clean_float(value) for key, value in params.items()}


def layer_seed(layer: KerasLayer) -> int | None:
    """The seed builder gave this layer: its Dropout's or its kernel initializer's."""
    if layer.kind == "Dropout":
        seed = layer.config.get("seed")
    else:
        init = layer.config.get("kernel_initializer")
        seed = (init.get("config") or {}).get("seed") if isinstance(init, dict) else None
    return seed if isinstance(seed, int) and not isinstance(seed, bool) and seed >= 0 else None

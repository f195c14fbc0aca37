"""The math of one Dense unit for one input, with the real numbers.

Forward: ``z_j = sum_i w_ij x_i + b_j`` and ``output_j = phi(z_j)``, recomputed here in
float64 from the layer's own input, weights and bias. Backward, for a chosen target class:
``dL/dz_j`` (the gradient of the bias), ``dL/dw_ij = dL/dz_j * x_i`` by the chain rule, and the
plain gradient-descent update ``w_ij - eta * dL/dw_ij``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import keras
import numpy as np

from netdesigner.core.i18n import translate
from netdesigner.engine.probes import loss_function

DERIVATIVES = {
    "linear": lambda z, a: 1.0,
    "relu": lambda z, a: 1.0 if z > 0 else 0.0,
    "sigmoid": lambda z, a: a * (1.0 - a),
    "tanh": lambda z, a: 1.0 - a * a,
}


def apply_activation(name: str, z: np.ndarray) -> np.ndarray:
    """phi for a whole layer's pre-activations (softmax needs them all)."""
    if name == "softmax":
        shifted = np.exp(z - z.max())
        return shifted / shifted.sum()
    return np.asarray(keras.ops.convert_to_numpy(keras.activations.get(name)(z.astype(np.float32))), np.float64)


@dataclass
class NeuronMath:
    layer: str
    unit: int
    activation: str
    inputs: np.ndarray  # x_i, the layer's input flattened (float64)
    weights: np.ndarray  # w_ij for this unit
    bias: float
    z: float
    output: float  # phi(z), from the numbers above
    layer_output: float  # what the model itself computed, for comparison
    target: int
    loss: float
    dl_dz: float
    dl_dw: np.ndarray  # dL/dw_ij for every i, from the tape
    derivative: float | None  # phi'(z_j) where it is elementwise
    learning_rate: float

    def contributions(self) -> np.ndarray:
        return self.weights * self.inputs

    def top(self, count: int = 8) -> list[int]:
        """Indices i of the largest contributions |w_ij x_i|, largest first."""
        order = np.argsort(-np.abs(self.contributions()), kind="stable")
        return [int(i) for i in order[:count]]

    def updated(self) -> np.ndarray:
        """w_ij - eta * dL/dw_ij: one plain gradient-descent step on this input."""
        return self.weights - self.learning_rate * self.dl_dw


class NeuronError(ValueError):
    """The layer or unit cannot be explained (not a Dense layer, unit out of range)."""


def dense_layers(model: keras.Model) -> list[str]:
    return [layer.name for layer in model.layers if isinstance(layer, keras.layers.Dense)]


def explain(
    model: keras.Model, layer_name: str, unit: int, x: np.ndarray, target: int, learning_rate: float
) -> NeuronMath:
    """The forward and backward numbers of ``unit`` of Dense layer ``layer_name`` for the single
    input ``x`` (shaped for the model, with or without a batch axis) and ``target`` class."""
    import tensorflow as tf

    try:
        layer = model.get_layer(layer_name)
    except ValueError:
        raise NeuronError(
            translate("Neuron", "the model has no layer '{layer_name}'").format(layer_name=layer_name)
        ) from None
    if not isinstance(layer, keras.layers.Dense):
        raise NeuronError(
            translate("Neuron", "'{layer_name}' is not a Dense layer; the math view explains Dense units").format(
                layer_name=layer_name
            )
        )
    units = int(layer.units)
    if not 0 <= unit < units:
        raise NeuronError(
            translate("Neuron", "'{layer_name}' has units 0 to {highest}, not {unit}").format(
                layer_name=layer_name, highest=units - 1, unit=unit
            )
        )
    x = np.asarray(x, dtype=np.float32)
    if x.ndim == len(model.inputs[0].shape) - 1:
        x = x[None]
    inner = keras.Model(model.inputs[0], [layer.input, layer.output, model.outputs[0]])
    layer_input, layer_output, _ = (np.asarray(t) for t in inner(x, training=False))
    classes = int(model.outputs[0].shape[-1])
    y = np.zeros((1, classes), np.float32)
    y[0, target % classes] = 1.0
    kernel = layer.kernel
    variables = [kernel] + ([layer.bias] if layer.use_bias else [])
    with tf.GradientTape() as tape:
        loss = loss_function(model)(y, model(x, training=False))
    gradients = tape.gradient(loss, variables)
    inputs = layer_input.reshape(-1).astype(np.float64)
    weights = np.asarray(kernel.numpy()[:, unit], np.float64)
    bias = float(layer.bias.numpy()[unit]) if layer.use_bias else 0.0
    dl_dw = np.asarray(gradients[0])[:, unit].astype(np.float64)
    if layer.use_bias:
        dl_dz = float(np.asarray(gradients[1])[unit])
    else:
        strongest = int(np.argmax(np.abs(inputs)))
        dl_dz = float(dl_dw[strongest] / inputs[strongest]) if inputs[strongest] else 0.0
    activation = layer.get_config().get("activation")
    activation = activation if isinstance(activation, str) else "linear"
    all_z = layer_input.reshape(-1).astype(np.float64) @ kernel.numpy().astype(np.float64)
    if layer.use_bias:
        all_z = all_z + layer.bias.numpy().astype(np.float64)
    z = float(all_z[unit])
    output = float(apply_activation(activation, all_z)[unit])
    rule: Any = DERIVATIVES.get(activation)
    return NeuronMath(
        layer=layer_name,
        unit=unit,
        activation=activation,
        inputs=inputs,
        weights=weights,
        bias=bias,
        z=z,
        output=output,
        layer_output=float(layer_output.reshape(-1)[unit]),
        target=target % classes,
        loss=float(loss),
        dl_dz=dl_dz,
        dl_dw=dl_dw,
        derivative=float(rule(z, output)) if rule else None,
        learning_rate=learning_rate,
    )

"""Looking inside a model on a fixed probe batch: per-layer gradients, weights and activations.

One traced ``tf.function`` (traced on first use, then reused) runs the probe batch forward
through every layer and back, so a probe every N training steps costs one forward and
backward pass on a small batch. Results are numpy copies, safe to hand to another thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import keras
import numpy as np

from netdesigner.core.diagnosis import LayerHealth

RELU_LIKE = ("relu",)


@dataclass(frozen=True)
class Watch:
    """An input (one image shaped for the model, no batch axis) whose every layer output the
    probes report, and optionally one Dense unit whose math to work out for it."""

    x: np.ndarray
    layer: str | None = None
    unit: int = 0
    target: int = 0
    learning_rate: float = 0.01


@dataclass
class ProbeReport:
    """What one probe saw, as copies: per trainable layer its health, weights (kernel, then
    bias), kernel gradient on the probe batch, which units never fired (ReLU layers), and the
    kernel change the last training step applied; optionally every layer's output for one
    watched input image."""

    step: int
    health: list[LayerHealth]
    weights: dict[str, list[np.ndarray]]
    gradients: dict[str, np.ndarray]
    dead_units: dict[str, np.ndarray] = field(default_factory=dict)
    updates: dict[str, np.ndarray] = field(default_factory=dict)
    activations: dict[str, np.ndarray] | None = None
    updated_at: int = 0  # the step whose change ``updates`` holds
    watch: Watch | None = None  # what the activations (and the neuron's math) are for
    neuron: Any = None  # NeuronMath of the watched unit, if any


def _kernel(layer: keras.layers.Layer) -> Any:
    """The layer's main weight matrix (Dense and Conv2D kernels come first)."""
    return layer.trainable_weights[0]


def _activation_name(layer: keras.layers.Layer) -> str | None:
    activation = layer.get_config().get("activation")
    return activation if isinstance(activation, str) else None


def loss_function(model: keras.Model) -> Any:
    loss = getattr(model, "loss", None)
    return keras.losses.get(loss) if loss else keras.losses.CategoricalCrossentropy()


def dead_unit_mask(outputs: np.ndarray) -> np.ndarray:
    """Units (last axis: neurons or channels) that are never above zero anywhere in the batch."""
    return outputs.reshape(-1, outputs.shape[-1]).max(axis=0) <= 0


class Probe:
    """Measure a model on ``x``/``y`` (one-hot targets) with the loss it was compiled with."""

    def __init__(self, model: keras.Model, x: np.ndarray, y: np.ndarray) -> None:
        import tensorflow as tf

        self.model = model
        self.loss = loss_function(model)
        self.x = tf.constant(np.asarray(x, dtype=np.float32))
        self.y = tf.constant(np.asarray(y, dtype=np.float32))
        self.layers = [layer for layer in model.layers if layer.trainable_weights and _kernel(layer).ndim >= 2]
        self.names = [layer.name for layer in self.layers]
        shown = [layer for layer in model.layers if not isinstance(layer, keras.layers.InputLayer)]
        self.activation_names = [layer.name for layer in shown]
        self.output_index = next(
            (i for i, layer in enumerate(shown) if layer.output is model.outputs[0]), len(shown) - 1
        )
        self._outputs = keras.Model(model.inputs[0], [layer.output for layer in shown])
        self._measure = tf.function(self._forward_and_back)

    def _forward_and_back(self) -> tuple[list[Any], list[Any]]:
        import tensorflow as tf

        with tf.GradientTape() as tape:
            outputs = self._outputs(self.x, training=False)
            if not isinstance(outputs, (list, tuple)):
                outputs = [outputs]
            loss = self.loss(self.y, outputs[self.output_index])
        return tape.gradient(loss, [_kernel(layer) for layer in self.layers]), list(outputs)

    def kernel_gradients(self) -> dict[str, np.ndarray]:
        """dL/dW of each layer's kernel on the probe batch, input to output."""
        gradients, _ = self._measure()
        return {name: np.array(g) for name, g in zip(self.names, gradients, strict=True)}

    def weights(self) -> dict[str, list[np.ndarray]]:
        """Each trainable layer's weights (kernel, then bias if any), as copies."""
        return {layer.name: [np.array(w) for w in layer.get_weights()] for layer in self.layers}

    def kernels(self) -> dict[str, np.ndarray]:
        return {layer.name: np.array(_kernel(layer)) for layer in self.layers}

    def activations(self, x: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """Every layer's output for ``x`` (default: the probe batch), by layer name."""
        inputs = self.x if x is None else np.asarray(x, dtype=np.float32)
        outputs = self._outputs(inputs, training=False)
        if not isinstance(outputs, (list, tuple)):
            outputs = [outputs]
        return {name: np.array(out) for name, out in zip(self.activation_names, outputs, strict=True)}

    def report(
        self, step: int = 0, before: dict[str, np.ndarray] | None = None, watch: Watch | None = None
    ) -> ProbeReport:
        """Everything at once. ``before``: kernels just before the last training step, to
        report the change it applied; ``watch``: an input whose every layer output to include."""
        gradient_tensors, output_tensors = self._measure()
        gradients = {name: np.array(g) for name, g in zip(self.names, gradient_tensors, strict=True)}
        outputs = dict(zip(self.activation_names, output_tensors, strict=True))
        weights = self.weights()
        health, dead = [], {}
        for layer in self.layers:
            share = None
            if _activation_name(layer) in RELU_LIKE:
                dead[layer.name] = dead_unit_mask(np.asarray(outputs[layer.name]))
                share = float(dead[layer.name].mean())
            kernel = weights[layer.name][0]
            health.append(
                LayerHealth(
                    layer.name, float(np.linalg.norm(gradients[layer.name])), float(np.linalg.norm(kernel)), share
                )
            )
        updates = {}
        if before:
            updates = {name: weights[name][0] - before[name] for name in self.names if name in before}
        report = ProbeReport(step, health, weights, gradients, dead, updates, updated_at=step if updates else 0)
        if watch is not None:
            report.watch = watch
            report.activations = self.activations(watch.x[None])
            if watch.layer:
                report.neuron = self.neuron(watch)
        return report

    def neuron(self, watch: Watch) -> Any:
        """The watched unit's math, or None when it cannot be explained (e.g. no longer Dense)."""
        from netdesigner.engine.neuron import NeuronError, explain

        try:
            return explain(self.model, watch.layer or "", watch.unit, watch.x, watch.target, watch.learning_rate)
        except NeuronError:
            return None

    def health(self) -> list[LayerHealth]:
        """Gradient and weight norms per layer, and the share of never-active ReLU units."""
        return self.report().health


def dense_tiles(kernel: np.ndarray, side: int = 28) -> np.ndarray | None:
    """A Dense kernel fed by a flattened side x side image as one tile per unit, (units, side, side)."""
    if kernel.ndim != 2 or kernel.shape[0] != side * side:
        return None
    return kernel.T.reshape(kernel.shape[1], side, side)

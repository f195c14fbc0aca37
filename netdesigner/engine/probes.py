"""Looking inside a model on a fixed probe batch: per-layer gradients, weights and activations.

The gradients come from one traced ``tf.function`` (traced on first use, then reused), so a
probe every N training steps costs one forward and backward pass on a small batch. Results
are numpy copies, safe to hand to another thread.
"""

from __future__ import annotations

from typing import Any

import keras
import numpy as np

from netdesigner.core.diagnosis import LayerHealth

RELU_LIKE = ("relu",)


def _kernel(layer: keras.layers.Layer) -> Any:
    """The layer's main weight matrix (Dense and Conv2D kernels come first)."""
    return layer.trainable_weights[0]


class Probe:
    """Measure a compiled model (``model.loss`` set) on ``x``/``y`` (one-hot targets)."""

    def __init__(self, model: keras.Model, x: np.ndarray, y: np.ndarray) -> None:
        import tensorflow as tf

        self.model = model
        self.x = tf.constant(np.asarray(x, dtype=np.float32))
        self.y = tf.constant(np.asarray(y, dtype=np.float32))
        self.layers = [layer for layer in model.layers if layer.trainable_weights and _kernel(layer).ndim >= 2]
        self.names = [layer.name for layer in self.layers]
        shown = [layer for layer in model.layers if not isinstance(layer, keras.layers.InputLayer)]
        self.activation_names = [layer.name for layer in shown]
        self._outputs = keras.Model(model.inputs[0], [layer.output for layer in shown])
        self._gradients = tf.function(self._kernel_gradients)

    def _kernel_gradients(self) -> list[Any]:
        import tensorflow as tf

        with tf.GradientTape() as tape:
            outputs = self.model(self.x, training=False)
            loss = self.model.loss(self.y, outputs)
        return tape.gradient(loss, [_kernel(layer) for layer in self.layers])

    def kernel_gradients(self) -> dict[str, np.ndarray]:
        """dL/dW of each layer's kernel on the probe batch, input to output."""
        return {name: np.array(g) for name, g in zip(self.names, self._gradients(), strict=True)}

    def weights(self) -> dict[str, list[np.ndarray]]:
        """Each trainable layer's weights (kernel, then bias if any), as copies."""
        return {layer.name: [np.array(w) for w in layer.get_weights()] for layer in self.layers}

    def activations(self, x: np.ndarray | None = None) -> dict[str, np.ndarray]:
        """Every layer's output for ``x`` (default: the probe batch), by layer name."""
        inputs = self.x if x is None else np.asarray(x, dtype=np.float32)
        outputs = self._outputs(inputs, training=False)
        if not isinstance(outputs, (list, tuple)):
            outputs = [outputs]
        return {name: np.array(out) for name, out in zip(self.activation_names, outputs, strict=True)}

    def health(self) -> list[LayerHealth]:
        """Gradient and weight norms per layer, and the share of never-active ReLU units."""
        gradients = self.kernel_gradients()
        activations = self.activations()
        result = []
        for layer in self.layers:
            kernel = np.array(_kernel(layer))
            dead = None
            if layer.get_config().get("activation") in RELU_LIKE:
                out = activations[layer.name]
                per_unit = out.reshape(-1, out.shape[-1]).max(axis=0)
                dead = float((per_unit <= 0).mean())
            result.append(
                LayerHealth(
                    layer.name,
                    float(np.linalg.norm(gradients[layer.name])),
                    float(np.linalg.norm(kernel)),
                    dead,
                )
            )
        return result


def dense_tiles(kernel: np.ndarray, side: int = 28) -> np.ndarray | None:
    """A Dense kernel fed by a flattened side x side image as one tile per unit, (units, side, side)."""
    if kernel.ndim != 2 or kernel.shape[0] != side * side:
        return None
    return kernel.T.reshape(kernel.shape[1], side, side)

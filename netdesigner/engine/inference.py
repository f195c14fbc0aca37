"""Running a trained model on digits: one direct model call (not ``predict()``), shared by
``netdesigner predict`` and the sketch pad."""

from __future__ import annotations

from typing import Any

import numpy as np

from netdesigner.core.i18n import translate


def digit_input_shape(model: Any) -> tuple[int, ...]:
    """The model's input shape without the batch; ValueError unless it takes one 28x28 image."""
    try:
        inputs = model.inputs
    except (AttributeError, ValueError):
        inputs = None
    if not inputs or len(inputs) != 1:
        raise ValueError(translate("Inference", "the model must have exactly one input, a 28x28 image"))
    shape = tuple(inputs[0].shape[1:])
    if None in shape or int(np.prod(shape)) != 28 * 28:
        raise ValueError(
            translate("Inference", "the model expects inputs of shape {shape}, not 28x28 images").format(shape=shape)
        )
    return tuple(int(d) for d in shape)


def output_activation(model: Any) -> str:
    """The last layer's activation: 'softmax' means its outputs are already probabilities."""
    last = model.layers[-1]
    if type(last).__name__ == "Softmax":
        return "softmax"
    activation = last.get_config().get("activation", "linear")
    return activation if isinstance(activation, str) else "linear"


def classify(model: Any, digits: np.ndarray) -> np.ndarray:
    """Class probabilities for uint8 digits (N x 28 x 28, white ink on black)."""
    from netdesigner.engine.training import predict_probabilities

    x = (np.asarray(digits, dtype=np.float32) / 255.0).reshape((len(digits), *digit_input_shape(model)))
    return predict_probabilities(model, x, output_activation(model))

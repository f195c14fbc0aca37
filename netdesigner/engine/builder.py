"""Build a ``keras.Model`` from a network spec, with the chosen initializers, regularizers and
optimizer, reproducibly from the seed. Layer names are the node ids, so weights, activations
and gradients can always be traced back to the node on the canvas.
"""

from __future__ import annotations

from typing import Any

import keras

from netdesigner.core.analysis import Analysis, analyze, output_activation
from netdesigner.core.catalog import INPUT_FORMATS, KERAS_INITIALIZERS, KERAS_OPTIMIZERS, KERAS_REGULARIZERS
from netdesigner.core.i18n import translate
from netdesigner.core.memory import memory_problem, planned_batch
from netdesigner.core.seeds import node_seed
from netdesigner.core.spec import LayerNode, Network, TrainingConfig


class BuildError(Exception):
    """The spec cannot be built; the message lists the network's problems."""


def check_memory(analysis: Analysis, batch_size: int = 1, optimizer: str = "sgd") -> None:
    """BuildError, before anything is allocated, if training would not fit in memory."""
    problem = memory_problem(analysis, batch_size, optimizer)
    if problem is not None:
        raise BuildError(problem)


def initializer(params: dict[str, Any], seed: int) -> keras.initializers.Initializer:
    name = params["initializer"]
    if name == "random_normal":
        return keras.initializers.RandomNormal(mean=0.0, stddev=params["init_std"], seed=seed)
    if name == "zeros":
        return keras.initializers.Zeros()
    return getattr(keras.initializers, KERAS_INITIALIZERS[name])(seed=seed)


def regularizer(params: dict[str, Any]) -> keras.regularizers.Regularizer | None:
    kind = params["regularizer"]
    if kind == "none":
        return None
    strengths = {key: params[key] for key in ("l1", "l2") if key in kind}
    return getattr(keras.regularizers, KERAS_REGULARIZERS[kind])(**strengths)


def make_layer(node: LayerNode, seed: int) -> keras.layers.Layer:
    """The Keras layer for one non-Input node."""
    p = node.params
    name = node.id
    if node.type in ("Dense", "Conv2D"):
        common = dict(
            activation=p["activation"],
            use_bias=p["use_bias"],
            kernel_initializer=initializer(p, seed),
            kernel_regularizer=regularizer(p),
            name=name,
        )
        if node.type == "Dense":
            return keras.layers.Dense(p["units"], **common)
        return keras.layers.Conv2D(p["filters"], p["kernel_size"], strides=p["strides"], padding=p["padding"], **common)
    if node.type == "MaxPooling2D":
        return keras.layers.MaxPooling2D(p["pool_size"], strides=p["strides"], padding=p["padding"], name=name)
    if node.type == "AveragePooling2D":
        return keras.layers.AveragePooling2D(p["pool_size"], strides=p["strides"], padding=p["padding"], name=name)
    if node.type == "Dropout":
        return keras.layers.Dropout(p["rate"], seed=seed, name=name)
    if node.type == "BatchNormalization":
        return keras.layers.BatchNormalization(momentum=p["momentum"], epsilon=p["epsilon"], name=name)
    if node.type == "Activation":
        return keras.layers.Activation(p["activation"], name=name)
    if node.type == "Reshape":
        return keras.layers.Reshape(tuple(p["target_shape"]), name=name)
    simple = {
        "Flatten": keras.layers.Flatten,
        "GlobalAveragePooling2D": keras.layers.GlobalAveragePooling2D,
        "Add": keras.layers.Add,
        "Concatenate": keras.layers.Concatenate,
    }
    return simple[node.type](name=name)


def build_model(network: Network, seed: int = 0, analysis: Analysis | None = None) -> keras.Model:
    """A functional ``keras.Model`` for a valid network. Raises BuildError otherwise."""
    analysis = analysis or analyze(network)
    if not analysis.valid or analysis.input_id is None or analysis.output_id is None:
        raise BuildError(
            translate("Builder", "the network cannot be built: {problems}").format(problems=analysis.error_text())
        )
    check_memory(analysis)
    index = {node.id: i for i, node in enumerate(network.nodes)}
    tensors: dict[str, Any] = {}
    for node_id in analysis.order:
        node = network.node(node_id)
        if node.type == "Input":
            tensors[node_id] = keras.Input(shape=INPUT_FORMATS[node.params["format"]], name=node_id)
            continue
        sources = analysis.inputs[node_id]
        layer = make_layer(node, node_seed(seed, index[node_id]))
        args = [tensors[s] for s in sources]
        tensors[node_id] = layer(args if node.type in ("Add", "Concatenate") else args[0])
    return keras.Model(tensors[analysis.input_id], tensors[analysis.output_id], name="netdesigner")


def make_optimizer(training: TrainingConfig) -> keras.optimizers.Optimizer:
    extra = {"momentum": training.momentum} if training.optimizer == "momentum" else {}
    optimizer = getattr(keras.optimizers, KERAS_OPTIMIZERS[training.optimizer])
    return optimizer(learning_rate=training.learning_rate, **extra)


def make_loss(training: TrainingConfig, from_logits: bool) -> keras.losses.Loss:
    if training.loss == "mse":
        return keras.losses.MeanSquaredError()
    return keras.losses.CategoricalCrossentropy(from_logits=from_logits)


def compile_model(model: keras.Model, network: Network, training: TrainingConfig, output_id: str) -> None:
    """Compile with one-hot targets: cross entropy reads a linear output layer as logits."""
    from_logits = output_activation(network, output_id) == "linear"
    model.compile(
        optimizer=make_optimizer(training),
        loss=make_loss(training, from_logits),
        metrics=[keras.metrics.CategoricalAccuracy(name="accuracy")],
    )


def build_compiled(network: Network, training: TrainingConfig, classes: int = 10) -> keras.Model:
    """Validate against the training settings, build with the training seed and compile."""
    analysis = analyze(network, training, classes)
    if analysis.valid:
        check_memory(analysis, planned_batch(training), training.optimizer)
    model = build_model(network, training.seed, analysis)
    assert analysis.output_id is not None
    compile_model(model, network, training, analysis.output_id)
    return model

"""Which Learn page explains a layer, a layer parameter or a training setting."""

from __future__ import annotations

from netdesigner.core.spec import LayerNode

ACTIVATION_PAGES: dict[str, str] = {
    "linear": "neuron",
    "sigmoid": "sigmoid",
    "tanh": "tanh",
    "relu": "relu",
    "leaky_relu": "relu",
    "elu": "relu",
    "gelu": "relu",
    "softmax": "softmax",
}
# Layer parameters by name; the activation's page depends on its value (see param_page).
PARAM_PAGES: dict[tuple[str, str], str] = {
    **{(layer, name): "neuron" for layer in ("Dense", "Conv2D") for name in ("units", "use_bias")},
    **{(layer, name): "initialization" for layer in ("Dense", "Conv2D") for name in ("initializer", "init_std")},
    **{(layer, name): "penalties" for layer in ("Dense", "Conv2D") for name in ("regularizer", "l1", "l2")},
    ("Dropout", "rate"): "dropout",
}
TRAINING_PAGES: dict[str, str] = {
    "loss": "loss",
    "optimizer": "optimizers",
    "momentum": "optimizers",
    "learning_rate": "gradient-descent",
    "batch_size": "gradient-descent",
    "epochs": "overfitting",
    "validation_split": "overfitting",
}
LAYER_PAGES: dict[str, str] = {"Dense": "neuron", "Dropout": "dropout"}


def node_page(node: LayerNode) -> str | None:
    """The page for a selected layer: its most telling setting first (a penalty, then its
    activation), else its type; None for a layer no page explains."""
    if node.type == "Dropout":
        return "dropout"
    if node.params.get("regularizer", "none") != "none":
        return "penalties"
    activation = node.params.get("activation")
    if activation in ACTIVATION_PAGES:
        return ACTIVATION_PAGES[activation]
    return LAYER_PAGES.get(node.type)


def param_page(node: LayerNode, name: str) -> str | None:
    """The page for one parameter of a layer, as its editor in the Properties panel shows it."""
    if name == "activation":
        return ACTIVATION_PAGES.get(node.params.get("activation", ""))
    return PARAM_PAGES.get((node.type, name))


def training_page(name: str) -> str | None:
    return TRAINING_PAGES.get(name)

"""The training settings as ParamSpecs, so that the Properties panel edits them with the same
editors as a layer's parameters: their titles, tips, defaults and limits, and the built-in
datasets."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from netdesigner.core.catalog import ParamSpec
from netdesigner.core.spec import LOSS_LABELS, MAX_BATCH_SIZE, OPTIMIZER_LABELS

DATASETS: dict[str, str] = {
    "mnist-5k": QT_TRANSLATE_NOOP("DatasetEditor", "MNIST, 5,000 bundled digits"),
    "mnist": QT_TRANSLATE_NOOP("DatasetEditor", "MNIST (full, downloads once)"),
    "fashion-mnist": "Fashion-MNIST",
}
TIPS: dict[str, str] = {
    "loss": QT_TRANSLATE_NOOP(
        "Catalog", "What training minimizes: cross entropy -sum y log p, or mean squared error mean (y - p)^2."
    ),
    "optimizer": QT_TRANSLATE_NOOP(
        "Catalog",
        "How the weights follow the gradient: plain gradient descent w <- w - eta dL/dw, with momentum, "
        "RMSprop or Adam.",
    ),
    "learning_rate": QT_TRANSLATE_NOOP(
        "Catalog", "The step size eta in w <- w - eta dL/dw. Type small values as 0.0001 or 1e-4."
    ),
    "momentum": QT_TRANSLATE_NOOP(
        "Catalog", "How much of the previous step carries into the next (only for SGD with momentum)."
    ),
    "batch_size": QT_TRANSLATE_NOOP(
        "Catalog",
        "Samples per weight update: mini-batch gradient descent (1 is stochastic gradient descent). "
        "Tick 'Full batch' for batch gradient descent: one update per epoch over the whole training set.",
    ),
    "epochs": QT_TRANSLATE_NOOP("Catalog", "Passes over the whole training set."),
    "validation_split": QT_TRANSLATE_NOOP(
        "Catalog", "Percent of the training set held back to check for overfitting after each epoch."
    ),
    "seed": QT_TRANSLATE_NOOP("Catalog", "The same seed and settings give the same curves."),
    "dataset": QT_TRANSLATE_NOOP("Catalog", "The images to train and test on."),
}
TITLES: dict[str, str] = {
    "loss": QT_TRANSLATE_NOOP("Catalog", "Loss"),
    "optimizer": QT_TRANSLATE_NOOP("Catalog", "Optimizer"),
    "learning_rate": QT_TRANSLATE_NOOP("Catalog", "Learning rate"),
    "momentum": QT_TRANSLATE_NOOP("Catalog", "Momentum"),
    "batch_size": QT_TRANSLATE_NOOP("Catalog", "Batch size"),
    "epochs": QT_TRANSLATE_NOOP("Catalog", "Epochs"),
    "validation_split": QT_TRANSLATE_NOOP("Catalog", "Validation split"),
    "seed": QT_TRANSLATE_NOOP("Catalog", "Seed"),
    "dataset": QT_TRANSLATE_NOOP("Catalog", "Dataset"),
}
TRAINING_SPECS: dict[str, ParamSpec] = {
    spec.name: spec
    for spec in (
        ParamSpec("loss", "choice", "cross_entropy", TIPS["loss"], TITLES["loss"], choices=tuple(LOSS_LABELS)),
        ParamSpec(
            "optimizer", "choice", "adam", TIPS["optimizer"], TITLES["optimizer"], choices=tuple(OPTIMIZER_LABELS)
        ),
        ParamSpec(
            "learning_rate",
            "float",
            0.001,
            TIPS["learning_rate"],
            TITLES["learning_rate"],
            minimum=0,
            maximum=10,
            exclusive_minimum=True,
        ),
        ParamSpec("momentum", "float", 0.9, TIPS["momentum"], TITLES["momentum"], minimum=0, maximum=0.999),
        ParamSpec("batch_size", "int", 32, TIPS["batch_size"], TITLES["batch_size"], minimum=1, maximum=MAX_BATCH_SIZE),
        ParamSpec("epochs", "int", 5, TIPS["epochs"], TITLES["epochs"], minimum=1, maximum=10_000),
        ParamSpec(
            "validation_split",
            "float",
            10.0,
            TIPS["validation_split"],
            TITLES["validation_split"],
            minimum=0,
            maximum=50,
        ),
        ParamSpec("seed", "int", 42, TIPS["seed"], TITLES["seed"], minimum=0),
        ParamSpec("dataset", "choice", "mnist-5k", TIPS["dataset"], TITLES["dataset"], choices=tuple(DATASETS)),
    )
}
PERCENT_PARAMS = {"validation_split"}

"""The layer catalog: every layer type a student can place, with its parameters.

Each parameter carries a kind, a default, bounds and a one-line description, so that
validation, the property editor and code generation all read the same facts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from netdesigner.core.i18n import QT_TRANSLATE_NOOP, translate

ParamKind = Literal["int", "float", "choice", "bool", "shape"]

ACTIVATIONS: tuple[str, ...] = (
    "linear",
    "sigmoid",
    "tanh",
    "relu",
    "leaky_relu",
    "elu",
    "gelu",
    "softmax",
)

INITIALIZERS: tuple[str, ...] = (
    "random_normal",
    "glorot_uniform",
    "glorot_normal",
    "he_uniform",
    "he_normal",
    "zeros",
)

REGULARIZERS: tuple[str, ...] = ("none", "l1", "l2", "l1_l2")

# The Keras classes behind the choices, shared by the builder, the exported script and the importer.
KERAS_INITIALIZERS: dict[str, str] = {
    "random_normal": "RandomNormal",
    "glorot_uniform": "GlorotUniform",
    "glorot_normal": "GlorotNormal",
    "he_uniform": "HeUniform",
    "he_normal": "HeNormal",
    "zeros": "Zeros",
}
KERAS_REGULARIZERS: dict[str, str] = {"l1": "L1", "l2": "L2", "l1_l2": "L1L2"}
KERAS_OPTIMIZERS: dict[str, str] = {"sgd": "SGD", "momentum": "SGD", "rmsprop": "RMSprop", "adam": "Adam"}

PADDINGS: tuple[str, ...] = ("valid", "same")

INPUT_FORMATS: dict[str, tuple[int, ...]] = {"image": (28, 28, 1), "flat": (784,)}


@dataclass(frozen=True)
class ParamSpec:
    """One parameter of a layer type."""

    name: str
    kind: ParamKind
    default: Any
    description: str
    label: str = ""
    minimum: float | None = None
    maximum: float | None = None
    exclusive_minimum: bool = False
    choices: tuple[str, ...] = ()
    # Shown only when another parameter has one of these values, e.g. the Gaussian's
    # standard deviation only for the random-normal initializer.
    visible_if: tuple[str, tuple[Any, ...]] | None = None

    @property
    def title(self) -> str:
        return self.label or self.name.replace("_", " ").capitalize()

    def bounds_text(self) -> str:
        low = "" if self.minimum is None else f"{'>' if self.exclusive_minimum else '>='} {self.minimum:g}"
        high = "" if self.maximum is None else f"<= {self.maximum:g}"
        if low and high:
            return translate("Catalog", "{low} and {high}").format(low=low, high=high)
        return low or high


@dataclass(frozen=True)
class LayerType:
    """A kind of layer: its name, what it does, its parameters and how many inputs it takes."""

    name: str
    group: str
    description: str
    params: tuple[ParamSpec, ...] = ()
    min_inputs: int = 1
    max_inputs: int | None = 1  # None: any number
    trainable: bool = False
    keras_class: str = ""
    param_index: dict[str, ParamSpec] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "param_index", {p.name: p for p in self.params})

    def param(self, name: str) -> ParamSpec:
        return self.param_index[name]

    def defaults(self) -> dict[str, Any]:
        return {p.name: p.default for p in self.params}


def _activation(default: str = "linear") -> ParamSpec:
    return ParamSpec(
        "activation",
        "choice",
        default,
        QT_TRANSLATE_NOOP(
            "Catalog", "The function phi applied to each output: output = phi(sum of weighted inputs + bias)."
        ),
        label=QT_TRANSLATE_NOOP("Catalog", "Activation"),
        choices=ACTIVATIONS,
    )


def _weight_params(default_init: str = "glorot_uniform") -> tuple[ParamSpec, ...]:
    """Initializer, bias and regularization parameters shared by Dense and Conv2D."""
    return (
        ParamSpec(
            "initializer",
            "choice",
            default_init,
            QT_TRANSLATE_NOOP(
                "Catalog", "How the weights are drawn before training: Gaussian, Xavier (Glorot), He or zeros."
            ),
            label=QT_TRANSLATE_NOOP("Catalog", "Weight initializer"),
            choices=INITIALIZERS,
        ),
        ParamSpec(
            "init_std",
            "float",
            0.05,
            QT_TRANSLATE_NOOP("Catalog", "Standard deviation of the Gaussian the weights are drawn from."),
            label=QT_TRANSLATE_NOOP("Catalog", "Gaussian std"),
            minimum=0.0,
            maximum=10.0,
            exclusive_minimum=True,
            visible_if=("initializer", ("random_normal",)),
        ),
        ParamSpec(
            "use_bias",
            "bool",
            True,
            QT_TRANSLATE_NOOP("Catalog", "Add a learned bias b_j to each output."),
            label=QT_TRANSLATE_NOOP("Catalog", "Bias"),
        ),
        ParamSpec(
            "regularizer",
            "choice",
            "none",
            QT_TRANSLATE_NOOP(
                "Catalog", "Penalty on large weights added to the loss: L1 (sum |w|), L2 (sum w^2) or both."
            ),
            label=QT_TRANSLATE_NOOP("Catalog", "Regularizer"),
            choices=REGULARIZERS,
        ),
        ParamSpec(
            "l1",
            "float",
            0.001,
            QT_TRANSLATE_NOOP("Catalog", "Strength lambda of the L1 penalty lambda * sum |w|."),
            label=QT_TRANSLATE_NOOP("Catalog", "L1 lambda"),
            minimum=0.0,
            maximum=10.0,
            visible_if=("regularizer", ("l1", "l1_l2")),
        ),
        ParamSpec(
            "l2",
            "float",
            0.001,
            QT_TRANSLATE_NOOP("Catalog", "Strength lambda of the L2 penalty lambda * sum w^2."),
            label=QT_TRANSLATE_NOOP("Catalog", "L2 lambda"),
            minimum=0.0,
            maximum=10.0,
            visible_if=("regularizer", ("l2", "l1_l2")),
        ),
    )


def _size(name: str, default: int, description: str, maximum: int = 28, label: str = "") -> ParamSpec:
    return ParamSpec(name, "int", default, description, label=label, minimum=1, maximum=maximum)


_PADDING = ParamSpec(
    "padding",
    "choice",
    "valid",
    QT_TRANSLATE_NOOP(
        "Catalog", "'valid' uses only positions where the window fits; 'same' pads so size shrinks only by the stride."
    ),
    label=QT_TRANSLATE_NOOP("Catalog", "Padding"),
    choices=PADDINGS,
)

_POOL_PARAMS = (
    _size(
        "pool_size",
        2,
        QT_TRANSLATE_NOOP("Catalog", "Side of the square window each output summarizes."),
        label=QT_TRANSLATE_NOOP("Catalog", "Pool size"),
    ),
    _size(
        "strides",
        2,
        QT_TRANSLATE_NOOP("Catalog", "Step between windows; equal to the pool size for non-overlapping pooling."),
        label=QT_TRANSLATE_NOOP("Catalog", "Strides"),
    ),
    _PADDING,
)

LAYER_TYPES: tuple[LayerType, ...] = (
    LayerType(
        "Input",
        "Core",
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Where the data enters: a 28x28 grayscale image or the same image as a flat vector of 784 values.",
        ),
        params=(
            ParamSpec(
                "format",
                "choice",
                "image",
                QT_TRANSLATE_NOOP(
                    "Catalog",
                    "'image' keeps the 28x28x1 grid (for convolutions); 'flat' gives 784 numbers (for Dense).",
                ),
                label=QT_TRANSLATE_NOOP("Catalog", "Format"),
                choices=tuple(INPUT_FORMATS),
            ),
        ),
        min_inputs=0,
        max_inputs=0,
        keras_class="InputLayer",
    ),
    LayerType(
        "Flatten",
        "Core",
        QT_TRANSLATE_NOOP("Catalog", "Unrolls a grid of values into one long vector, so a Dense layer can take it."),
        keras_class="Flatten",
    ),
    LayerType(
        "Reshape",
        "Core",
        QT_TRANSLATE_NOOP("Catalog", "Rearranges the same values into a new shape, e.g. 784 back into 28x28x1."),
        params=(
            ParamSpec(
                "target_shape",
                "shape",
                (28, 28, 1),
                QT_TRANSLATE_NOOP(
                    "Catalog", "The new shape without the batch dimension; one entry may be -1 to be inferred."
                ),
                label=QT_TRANSLATE_NOOP("Catalog", "Target shape"),
            ),
        ),
        keras_class="Reshape",
    ),
    LayerType(
        "Dense",
        "Core",
        QT_TRANSLATE_NOOP(
            "Catalog", "Fully connected layer: each unit computes phi(sum_i w_ij x_i + b_j) over all inputs."
        ),
        params=(
            _size(
                "units",
                128,
                QT_TRANSLATE_NOOP("Catalog", "Number of neurons in the layer."),
                maximum=100_000,
                label=QT_TRANSLATE_NOOP("Catalog", "Units"),
            ),
            _activation("relu"),
            *_weight_params(),
        ),
        trainable=True,
        keras_class="Dense",
    ),
    LayerType(
        "Conv2D",
        "Convolution",
        QT_TRANSLATE_NOOP(
            "Catalog", "Slides small learned filters over the image; each filter produces one feature map."
        ),
        params=(
            _size(
                "filters",
                32,
                QT_TRANSLATE_NOOP("Catalog", "Number of filters, i.e. feature maps produced."),
                maximum=4096,
                label=QT_TRANSLATE_NOOP("Catalog", "Filters"),
            ),
            _size(
                "kernel_size",
                3,
                QT_TRANSLATE_NOOP("Catalog", "Side of each square filter in pixels."),
                label=QT_TRANSLATE_NOOP("Catalog", "Kernel size"),
            ),
            _size(
                "strides",
                1,
                QT_TRANSLATE_NOOP("Catalog", "Step in pixels between filter positions."),
                maximum=28,
                label=QT_TRANSLATE_NOOP("Catalog", "Strides"),
            ),
            _PADDING,
            _activation("relu"),
            *_weight_params(),
        ),
        trainable=True,
        keras_class="Conv2D",
    ),
    LayerType(
        "MaxPooling2D",
        "Pooling",
        QT_TRANSLATE_NOOP(
            "Catalog", "Keeps the largest value in each window, halving the feature maps for pool size 2."
        ),
        params=_POOL_PARAMS,
        keras_class="MaxPooling2D",
    ),
    LayerType(
        "AveragePooling2D",
        "Pooling",
        QT_TRANSLATE_NOOP("Catalog", "Keeps the mean of each window, as LeNet-5's subsampling layers do."),
        params=_POOL_PARAMS,
        keras_class="AveragePooling2D",
    ),
    LayerType(
        "GlobalAveragePooling2D",
        "Pooling",
        QT_TRANSLATE_NOOP(
            "Catalog", "Averages each whole feature map to one number: a vector with one value per channel."
        ),
        keras_class="GlobalAveragePooling2D",
    ),
    LayerType(
        "Dropout",
        "Regularization",
        QT_TRANSLATE_NOOP(
            "Catalog", "While training, zeroes a random fraction of its inputs so units cannot rely on each other."
        ),
        params=(
            ParamSpec(
                "rate",
                "float",
                0.5,
                QT_TRANSLATE_NOOP("Catalog", "Fraction of inputs set to zero at each training step."),
                label=QT_TRANSLATE_NOOP("Catalog", "Rate"),
                minimum=0.0,
                maximum=0.95,
            ),
        ),
        keras_class="Dropout",
    ),
    LayerType(
        "BatchNormalization",
        "Regularization",
        QT_TRANSLATE_NOOP(
            "Catalog",
            "Rescales each feature to zero mean and unit variance over the batch, then learns a scale and shift.",
        ),
        params=(
            ParamSpec(
                "momentum",
                "float",
                0.99,
                QT_TRANSLATE_NOOP(
                    "Catalog", "How slowly the running mean and variance used at test time follow the batches."
                ),
                label=QT_TRANSLATE_NOOP("Catalog", "Momentum"),
                minimum=0.0,
                maximum=1.0,
            ),
            ParamSpec(
                "epsilon",
                "float",
                0.001,
                QT_TRANSLATE_NOOP("Catalog", "Small number added to the variance so it never divides by zero."),
                label=QT_TRANSLATE_NOOP("Catalog", "Epsilon"),
                minimum=0.0,
                maximum=1.0,
                exclusive_minimum=True,
            ),
        ),
        trainable=True,
        keras_class="BatchNormalization",
    ),
    LayerType(
        "Activation",
        "Core",
        QT_TRANSLATE_NOOP("Catalog", "Applies a function phi to every value on its own, with no weights."),
        params=(_activation("relu"),),
        keras_class="Activation",
    ),
    LayerType(
        "Add",
        "Merge",
        QT_TRANSLATE_NOOP(
            "Catalog", "Adds two or more tensors of the same shape element by element, as in residual connections."
        ),
        min_inputs=2,
        max_inputs=None,
        keras_class="Add",
    ),
    LayerType(
        "Concatenate",
        "Merge",
        QT_TRANSLATE_NOOP("Catalog", "Joins two or more tensors along their last axis (channels or features)."),
        min_inputs=2,
        max_inputs=None,
        keras_class="Concatenate",
    ),
)

CATALOG: dict[str, LayerType] = {t.name: t for t in LAYER_TYPES}

GROUPS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Catalog", "Core"),
    QT_TRANSLATE_NOOP("Catalog", "Convolution"),
    QT_TRANSLATE_NOOP("Catalog", "Pooling"),
    QT_TRANSLATE_NOOP("Catalog", "Regularization"),
    QT_TRANSLATE_NOOP("Catalog", "Merge"),
)

# What the palette, the canvas and the properties call each layer type. The keys stay English
# everywhere else (project files, Keras); the GUI translates these titles in context "Catalog".
LAYER_TITLES: dict[str, str] = {
    "Input": QT_TRANSLATE_NOOP("Catalog", "Input"),
    "Flatten": QT_TRANSLATE_NOOP("Catalog", "Flatten"),
    "Reshape": QT_TRANSLATE_NOOP("Catalog", "Reshape"),
    "Dense": QT_TRANSLATE_NOOP("Catalog", "Dense"),
    "Conv2D": QT_TRANSLATE_NOOP("Catalog", "Conv2D"),
    "MaxPooling2D": QT_TRANSLATE_NOOP("Catalog", "MaxPooling2D"),
    "AveragePooling2D": QT_TRANSLATE_NOOP("Catalog", "AveragePooling2D"),
    "GlobalAveragePooling2D": QT_TRANSLATE_NOOP("Catalog", "GlobalAveragePooling2D"),
    "Dropout": QT_TRANSLATE_NOOP("Catalog", "Dropout"),
    "BatchNormalization": QT_TRANSLATE_NOOP("Catalog", "BatchNormalization"),
    "Activation": QT_TRANSLATE_NOOP("Catalog", "Activation"),
    "Add": QT_TRANSLATE_NOOP("Catalog", "Add"),
    "Concatenate": QT_TRANSLATE_NOOP("Catalog", "Concatenate"),
}

# Readable labels for choice values; values not listed (activations, paddings) are shown as they
# are, since they are the names Keras uses.
CHOICE_LABELS: dict[str, str] = {
    "random_normal": QT_TRANSLATE_NOOP("Catalog", "Gaussian (random normal)"),
    "glorot_uniform": QT_TRANSLATE_NOOP("Catalog", "Xavier / Glorot uniform"),
    "glorot_normal": QT_TRANSLATE_NOOP("Catalog", "Xavier / Glorot normal"),
    "he_uniform": QT_TRANSLATE_NOOP("Catalog", "He uniform"),
    "he_normal": QT_TRANSLATE_NOOP("Catalog", "He normal"),
    "zeros": QT_TRANSLATE_NOOP("Catalog", "Zeros"),
    "none": QT_TRANSLATE_NOOP("Catalog", "None"),
    "l1": "L1",
    "l2": "L2",
    "l1_l2": QT_TRANSLATE_NOOP("Catalog", "L1 and L2"),
    "image": QT_TRANSLATE_NOOP("Catalog", "image, 28×28×1"),
    "flat": QT_TRANSLATE_NOOP("Catalog", "flat, 784 values"),
    # the training settings' losses and optimizers (core.spec's LOSS_LABELS and OPTIMIZER_LABELS)
    "cross_entropy": QT_TRANSLATE_NOOP("Catalog", "cross entropy"),
    "mse": QT_TRANSLATE_NOOP("Catalog", "mean squared error"),
    "sgd": "SGD",
    "momentum": QT_TRANSLATE_NOOP("Catalog", "SGD with momentum"),
    "rmsprop": "RMSprop",
    "adam": "Adam",
}


def is_visible(spec: ParamSpec, params: dict[str, Any]) -> bool:
    """Whether ``spec`` applies given the node's other parameter values."""
    if spec.visible_if is None:
        return True
    other, values = spec.visible_if
    return params.get(other) in values

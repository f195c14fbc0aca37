"""Whether each step of the guided first model is done: plain functions of a :class:`Situation`
(the project, its analysis and a few facts about the session), so they run without a window.

Each check returns a :class:`Check`: done or not, and one sentence for the student, either what
to do next or what is now true.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from netdesigner.core.analysis import Analysis, analyze
from netdesigner.core.spec import Project
from netdesigner.ui.walkthrough.roles import CLASSES, find_roles, same_design, stray_edges, wanted_edges

translate = QCoreApplication.translate

HIDDEN_UNITS = 128
TARGET_ACCURACY = 0.8
HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu")
MIN_LEARNING_RATE, MAX_LEARNING_RATE = 0.001, 1.0
MAX_MINI_BATCH = 512
# Events the window reports; the checks of the last two steps read them.
SEEN_WEIGHTS, SEEN_GRADIENTS, SEEN_SKETCH = "weights", "gradients", "sketch"


class Check(NamedTuple):
    done: bool
    hint: str


@dataclass(frozen=True)
class Situation:
    """What the checks look at. ``seen`` holds the events noticed so far (panels looked at, a
    sketch classified); ``training`` is true while a run is going; ``has_model`` while a trained
    model is in memory."""

    project: Project
    analysis: Analysis
    training: bool = False
    has_model: bool = False
    seen: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of_project(cls, project: Project, **facts: Any) -> Situation:
        return cls(project, analyze(project.network, project.training), **facts)


# -- the steps' checks ------------------------------------------------------------------------


def check_project(s: Situation) -> Check:
    others = find_roles(s.project.network).others
    if others:
        kinds = ", ".join(sorted({n.type for n in others}))
        return Check(
            False,
            translate(
                "Walkthrough",
                "This canvas holds layers this walkthrough does not use ({kinds}). "
                "Start from an empty canvas: File › New… › Empty canvas.",
            ).format(kinds=kinds),
        )
    return Check(True, translate("Walkthrough", "A canvas for your first network is open."))


def check_input(s: Situation) -> Check:
    inputs = find_roles(s.project.network).inputs
    if not inputs:
        return Check(
            False,
            translate("Walkthrough", "Drag Input from the Layers palette onto the canvas (or double-click it)."),
        )
    if len(inputs) > 1:
        return Check(
            False,
            translate("Walkthrough", "There are {count} Input layers; this network needs one. Delete the others.").format(
                count=len(inputs)
            ),
        )
    if inputs[0]["format"] != "image":
        return Check(
            False,
            translate(
                "Walkthrough",
                "Select the Input layer and set its Format to “image” (28×28×1); Flatten will unroll it next.",
            ),
        )
    return Check(True, translate("Walkthrough", "The Input layer gives 28×28 images."))


def check_flatten(s: Situation) -> Check:
    flattens = find_roles(s.project.network).flattens
    if not flattens:
        return Check(False, translate("Walkthrough", "Add a Flatten layer from the Layers palette."))
    if len(flattens) > 1:
        return Check(
            False,
            translate("Walkthrough", "There are {count} Flatten layers; keep one and delete the others.").format(
                count=len(flattens)
            ),
        )
    return Check(True, translate("Walkthrough", "The Flatten layer will unroll 28×28 pixels into 784 numbers."))


def check_hidden(s: Situation) -> Check:
    hidden = find_roles(s.project.network).hidden
    if hidden is None:
        return Check(
            False, translate("Walkthrough", "Add a Dense layer from the Layers palette: it becomes the hidden layer.")
        )
    if hidden["units"] != HIDDEN_UNITS:
        return Check(
            False,
            translate("Walkthrough", "Select the Dense layer “{id}” and set its Units to 128 (now {units}).").format(
                id=hidden.id, units=hidden["units"]
            ),
        )
    return Check(True, translate("Walkthrough", "The hidden layer “{id}” has 128 units.").format(id=hidden.id))


def check_activation(s: Situation) -> Check:
    hidden = find_roles(s.project.network).hidden
    if hidden is None:
        return check_hidden(s)
    activation = hidden["activation"]
    if activation in HIDDEN_ACTIVATIONS:
        return Check(
            True, translate("Walkthrough", "The hidden layer uses {activation}.").format(activation=activation)
        )
    if activation == "linear":
        hint = translate(
            "Walkthrough",
            "A linear hidden layer adds nothing: two linear maps in a row are one linear map. "
            "Choose relu, sigmoid or tanh as its Activation.",
        )
    elif activation == "softmax":
        hint = translate(
            "Walkthrough", "Softmax belongs on the output layer. Choose relu, sigmoid or tanh for the hidden layer."
        )
    else:
        hint = translate(
            "Walkthrough",
            "{activation} works too, but this walkthrough compares sigmoid, tanh and relu: choose one of them.",
        ).format(activation=activation)
    return Check(False, hint)


INITIALIZER_NAMES = {
    "random_normal": "Gaussian",
    "glorot_uniform": "Xavier (Glorot) uniform",
    "glorot_normal": "Xavier (Glorot) normal",
    "he_uniform": "He uniform",
    "he_normal": "He normal",
}


def check_initializer(s: Situation) -> Check:
    hidden = find_roles(s.project.network).hidden
    if hidden is None:
        return check_hidden(s)
    initializer = hidden["initializer"]
    if initializer == "zeros":
        return Check(
            False,
            translate(
                "Walkthrough",
                "With all weights zero every hidden unit computes the same thing and learns the same thing. "
                "Choose glorot_uniform (Xavier) or random_normal (Gaussian).",
            ),
        )
    if initializer == "random_normal" and hidden["init_std"] > 1:
        return Check(
            False,
            translate(
                "Walkthrough",
                "A Gaussian with σ = {std:g} makes the weighted sums huge and the units saturate; "
                "use a small σ such as 0.05, or Xavier (glorot_uniform).",
            ).format(std=hidden["init_std"]),
        )
    return Check(
        True,
        translate("Walkthrough", "The hidden layer starts from {name} random weights.").format(
            name=INITIALIZER_NAMES.get(initializer, initializer)
        ),
    )


def check_output(s: Situation) -> Check:
    roles = find_roles(s.project.network)
    if len(roles.denses) > 2:
        return Check(
            False,
            translate(
                "Walkthrough",
                "There are {count} Dense layers; this network needs two (128 hidden units and 10 outputs). "
                "Delete the others.",
            ).format(count=len(roles.denses)),
        )
    output = roles.output
    if output is None:
        return Check(False, translate("Walkthrough", "Add a second Dense layer for the output."))
    if output["units"] != CLASSES:
        return Check(
            False,
            translate("Walkthrough", "Set the output layer's Units to 10, one per digit (now {units}).").format(
                units=output["units"]
            ),
        )
    if output["activation"] != "softmax":
        return Check(
            False,
            translate(
                "Walkthrough", "Set the output layer's Activation to softmax, so that its 10 outputs are probabilities."
            ),
        )
    return Check(True, translate("Walkthrough", "“{id}” gives 10 softmax outputs.").format(id=output.id))


def check_connected(s: Situation) -> Check:
    network = s.project.network
    roles = find_roles(network)
    if any(n is None for n in roles.chain()):
        return Check(False, translate("Walkthrough", "Some layers are missing; go back a few steps."))
    present = {(e.source, e.target) for e in network.edges}
    for source, target in wanted_edges(roles):
        if (source, target) not in present:
            return Check(
                False,
                translate(
                    "Walkthrough", "Connect “{source}” to “{target}”: drag from the bottom port of one to the top port of the other."
                ).format(source=source, target=target),
            )
    stray = stray_edges(network, roles)
    if stray:
        return Check(
            False,
            translate(
                "Walkthrough", "Remove the connection from “{source}” to “{target}”: click it and press Delete."
            ).format(source=stray[0][0], target=stray[0][1]),
        )
    if not s.analysis.valid:
        return Check(False, s.analysis.error_text())
    return Check(
        True,
        translate("Walkthrough", "784 → 128 → 10: a valid network with {count:,} weights and biases.").format(
            count=s.analysis.trainable_params
        ),
    )


def check_loss(s: Situation) -> Check:
    if s.project.training.loss == "cross_entropy":
        return Check(True, translate("Walkthrough", "The loss is cross entropy."))
    return Check(
        False,
        translate(
            "Walkthrough",
            "Mean squared error learns slowly behind softmax: its gradient shrinks when an answer is confidently "
            "wrong. Choose Loss: cross entropy.",
        ),
    )


def check_optimizer(s: Situation) -> Check:
    training = s.project.training
    if training.optimizer != "sgd":
        return Check(
            False,
            translate(
                "Walkthrough",
                "Choose Optimizer: SGD. It is exactly the rule w ← w − η ∂L/∂w; "
                "the others change the step size on their own, which can wait.",
            ),
        )
    if training.batch_size == "full":
        return Check(
            False,
            translate("Walkthrough", "Untick “Full batch”: mini-batch SGD updates the weights after every batch."),
        )
    if training.batch_size > MAX_MINI_BATCH:
        return Check(
            False,
            translate(
                "Walkthrough", "Batches of {size} images give few updates per epoch; choose a batch size of 16 to 128."
            ).format(size=training.batch_size),
        )
    rate = training.learning_rate
    if rate < MIN_LEARNING_RATE:
        return Check(
            False,
            translate("Walkthrough", "A learning rate of {rate:g} barely moves the weights with SGD; try 0.1.").format(
                rate=rate
            ),
        )
    if rate > MAX_LEARNING_RATE:
        return Check(
            False,
            translate(
                "Walkthrough", "A learning rate of {rate:g} overshoots and the loss blows up; try 0.1."
            ).format(rate=rate),
        )
    return Check(
        True,
        translate("Walkthrough", "Mini-batch SGD, {size} images per batch, learning rate η = {rate:g}.").format(
            size=training.batch_size, rate=rate
        ),
    )


def best_accuracy(s: Situation) -> float | None:
    """The best test accuracy of a run of the design now on the canvas, if any was tested."""
    scores = [
        r.test["accuracy"]
        for r in s.project.runs
        if r.test and "accuracy" in r.test and same_design(r.network, s.project.network)
    ]
    return max(scores) if scores else None


def check_trained(s: Situation) -> Check:
    best = best_accuracy(s)
    if best is not None and best > TARGET_ACCURACY:
        return Check(
            True,
            translate("Walkthrough", "Test accuracy {accuracy:.1%} on digits the network never saw.").format(
                accuracy=best
            ),
        )
    if s.training:
        return Check(False, translate("Walkthrough", "Training… watch the loss fall in the Training panel."))
    runs = [r for r in s.project.runs if same_design(r.network, s.project.network)]
    if runs and runs[-1].outcome == "diverged":
        return Check(
            False,
            translate("Walkthrough", "The last run diverged: the loss blew up. Lower the learning rate and train again."),
        )
    if best is not None:
        return Check(
            False,
            translate(
                "Walkthrough",
                "Your best run reached {accuracy:.1%}; the goal is more than 80%. Train again with more epochs, "
                "or tick Continue to keep training the same weights.",
            ).format(accuracy=best),
        )
    return Check(False, translate("Walkthrough", "Press Train (F5) and let the run finish."))


def check_looked(s: Situation) -> Check:
    missing = [name for name in (SEEN_WEIGHTS, SEEN_GRADIENTS) if name not in s.seen]
    if not missing:
        return Check(True, translate("Walkthrough", "You have looked at the weights and the gradients."))
    if not s.has_model:
        return Check(
            False,
            translate("Walkthrough", "Train the network first (F5): these panels show the network trained now."),
        )
    if missing[0] == SEEN_WEIGHTS:
        return Check(False, translate("Walkthrough", "Open the Weights panel: its tab is at the bottom of the window."))
    return Check(False, translate("Walkthrough", "Now open the Gradients panel, next to the Weights tab."))


def check_sketched(s: Situation) -> Check:
    if SEEN_SKETCH in s.seen:
        return Check(True, translate("Walkthrough", "Your network has read your handwriting."))
    if not s.has_model:
        return Check(False, translate("Walkthrough", "Train the network first (F5), then draw a digit."))
    return Check(False, translate("Walkthrough", "Draw a digit on the Sketch pad with the mouse."))

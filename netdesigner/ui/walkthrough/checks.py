"""Whether the structure steps of the guided first model are done: plain functions of a :class:`Situation`
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
from netdesigner.ui.walkthrough.roles import CLASSES, find_roles, stray_edges, wanted_edges

translate = QCoreApplication.translate

HIDDEN_UNITS = 128
HIDDEN_ACTIVATIONS = ("sigmoid", "tanh", "relu")


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
            translate(
                "Walkthrough", "There are {count} Input layers; this network needs one. Delete the others."
            ).format(count=len(inputs)),
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


def initializer_name(initializer: str) -> str:
    """How the tutorial calls an initializer."""
    names = {
        "random_normal": translate("Walkthrough", "Gaussian"),
        "glorot_uniform": translate("Walkthrough", "Xavier (Glorot) uniform"),
        "glorot_normal": translate("Walkthrough", "Xavier (Glorot) normal"),
        "he_uniform": translate("Walkthrough", "He uniform"),
        "he_normal": translate("Walkthrough", "He normal"),
    }
    return names.get(initializer, initializer)


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
            name=initializer_name(initializer)
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
                    "Walkthrough",
                    "Connect “{source}” to “{target}”: drag from the bottom port of one to the top port of the other.",
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

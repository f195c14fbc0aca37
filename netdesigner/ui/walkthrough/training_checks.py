"""Whether the training steps of the guided first model are done: the loss, the optimizer, a
good enough run, and what the student has looked at since. Plain functions of a Situation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesigner.ui.walkthrough.checks import Check, Situation
from netdesigner.ui.walkthrough.roles import same_design

translate = QCoreApplication.translate

TARGET_ACCURACY = 0.8
MIN_LEARNING_RATE, MAX_LEARNING_RATE = 0.001, 1.0
MAX_MINI_BATCH = 512
# Events the window reports; the checks of the last two steps read them.
SEEN_WEIGHTS, SEEN_GRADIENTS, SEEN_SKETCH = "weights", "gradients", "sketch"


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
            translate("Walkthrough", "A learning rate of {rate:g} overshoots and the loss blows up; try 0.1.").format(
                rate=rate
            ),
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
            translate(
                "Walkthrough", "The last run diverged: the loss blew up. Lower the learning rate and train again."
            ),
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

"""The steps of “Guided First Model”, as data: the path of the tutorial “Everything is a
mapping: building your first deep learning model”, from an empty canvas to a trained
784-128-10 network that reads the student's handwriting.

Each step has a title, a short explanation, the widgets to highlight (see targets.py), the check
that says whether it is done (checks.py) and, where it makes sense, a “Do it for me” action
(actions.py). Texts are translated when the steps are built, so build them after the
application's translators are installed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from netdesigner.ui.walkthrough import actions, checks, training_checks
from netdesigner.ui.walkthrough.checks import Check, Situation

if TYPE_CHECKING:
    from netdesigner.ui.main_window import MainWindow

translate = QCoreApplication.translate


def _not_training(s: Situation) -> bool:
    return not s.training  # the design is locked while a run goes


def _can_train(s: Situation) -> bool:
    return not s.training and s.analysis.valid


def _has_model(s: Situation) -> bool:
    return s.has_model and not s.training


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    text: str  # rich text, 2 to 4 sentences
    check: Callable[[Situation], Check]
    targets: tuple[str, ...]
    do_it: Callable[[MainWindow], Any] | None = None
    can_do: Callable[[Situation], bool] = _not_training


def all_steps() -> tuple[Step, ...]:
    on_doc = actions.on_document
    return (
        Step(
            "project",
            translate("Walkthrough", "Start an empty project"),
            translate(
                "Walkthrough",
                "A neural network is a mapping: it takes an image and gives back ten numbers, one per digit. "
                "We build the tutorial's network, 784 inputs, 128 hidden units, 10 outputs, one layer at a time. "
                "Choose <b>File › New…</b> and pick <b>Empty canvas</b>.",
            ),
            checks.check_project,
            ("new",),
            actions.start_project,
        ),
        Step(
            "input",
            translate("Walkthrough", "Add the Input layer"),
            translate(
                "Walkthrough",
                "The Input layer is where the data enters. Each MNIST digit is a 28×28 grid of gray levels, "
                "784 numbers from 0 (black) to 1 (white ink). Drag <b>Input</b> from the Layers palette onto the "
                "canvas and keep its Format “image”.",
            ),
            checks.check_input,
            ("input.format",),
            on_doc(actions.add_input),
        ),
        Step(
            "flatten",
            translate("Walkthrough", "Flatten the image to 784 numbers"),
            translate(
                "Walkthrough",
                "A Dense layer does not know about rows and columns: it takes one list of numbers. "
                "<b>Flatten</b> unrolls the 28×28 grid row by row into a vector x = (x<sub>1</sub>, …, "
                "x<sub>784</sub>). Add it under the Input; step 8 makes sure every layer is connected.",
            ),
            checks.check_flatten,
            ("flatten",),
            on_doc(actions.add_flatten),
        ),
        Step(
            "hidden",
            translate("Walkthrough", "A hidden Dense layer with 128 units"),
            translate(
                "Walkthrough",
                "In a <b>Dense</b> layer every unit is connected to every input, with one weight w<sub>ij</sub> "
                "per connection and one bias b<sub>j</sub> per unit. Add a Dense layer and set its <b>Units</b> "
                "to 128 in the Properties panel: 784 × 128 weights + 128 biases = 100,480 numbers to learn.",
            ),
            checks.check_hidden,
            ("hidden.units",),
            on_doc(actions.add_hidden),
        ),
        Step(
            "activation",
            translate("Walkthrough", "Choose the activation"),
            translate(
                "Walkthrough",
                "Each unit passes its weighted sum z through an activation function φ; without it, stacked "
                "layers would collapse into one linear map. Sigmoid squashes z into 0…1 and tanh into −1…1, "
                "but both go flat for large |z|, so their gradients vanish. <b>ReLU</b>, max(0, z), keeps a "
                "slope of 1 for z > 0 and usually trains fastest: a good choice for the hidden layer.",
            ),
            checks.check_activation,
            ("hidden.activation",),
            on_doc(actions.choose_activation),
        ),
        Step(
            "initializer",
            translate("Walkthrough", "Choose the weight initialization"),
            translate(
                "Walkthrough",
                "Training starts from small random weights; if all were equal, every unit would learn the same "
                "thing. A <b>Gaussian</b> (random_normal) with a fixed σ such as 0.05 works for small networks. "
                "<b>Xavier (Glorot)</b> scales the spread to the layer's size, Var(w) = 2 / (n<sub>in</sub> + "
                "n<sub>out</sub>), so signals neither grow nor fade from layer to layer. Pick it in "
                "<b>Weight initializer</b>.",
            ),
            checks.check_initializer,
            ("hidden.initializer",),
            on_doc(actions.choose_initializer),
        ),
        Step(
            "output",
            translate("Walkthrough", "The output layer: 10 units and softmax"),
            translate(
                "Walkthrough",
                "Forward propagation computes every layer from the one before: output<sub>j</sub> = "
                "φ(Σ<sub>i</sub> w<sub>ij</sub> x<sub>i</sub> + b<sub>j</sub>). The output layer has one unit per "
                "digit, so add a Dense layer with <b>Units</b> 10 and <b>Activation</b> softmax, which turns the "
                "ten sums into probabilities that add up to 1.",
            ),
            checks.check_output,
            ("output.units", "output.activation"),
            on_doc(actions.add_output),
        ),
        Step(
            "connect",
            translate("Walkthrough", "Connect the layers"),
            translate(
                "Walkthrough",
                "Data flows along the connections: Input → Flatten → Dense 128 → Dense 10. Drag from a layer's "
                "bottom port to the top port of the next one. The chain of mappings, 28×28 pixels in and 10 "
                "probabilities out, is the whole network.",
            ),
            checks.check_connected,
            ("canvas",),
            actions.connect,
        ),
        Step(
            "loss",
            translate("Walkthrough", "Choose the loss"),
            translate(
                "Walkthrough",
                "To learn, the network needs one number that says how wrong it is: the loss L. Mean squared "
                "error treats the ten outputs like any numbers; <b>cross entropy</b>, L = −log p<sub>correct</sub>, "
                "punishes confident mistakes hard and pairs with softmax to give clean gradients. Click an empty "
                "spot of the canvas to see the training settings and choose <b>Loss</b>.",
            ),
            training_checks.check_loss,
            ("training.loss",),
            actions.on_training(actions.choose_loss),
        ),
        Step(
            "optimizer",
            translate("Walkthrough", "Backpropagation and the learning rate"),
            translate(
                "Walkthrough",
                "Backpropagation applies the chain rule from the loss back through the layers to find ∂L/∂w for "
                "every weight. Gradient descent then steps downhill: w ← w − η ∂L/∂w, with η the learning rate. "
                "Mini-batch <b>SGD</b> takes one step per batch of, say, 32 images. Choose Optimizer SGD, a "
                "batch size and a learning rate around 0.1.",
            ),
            training_checks.check_optimizer,
            ("training.optimizer", "training.learning_rate", "training.batch_size"),
            actions.on_training(actions.choose_optimizer),
        ),
        Step(
            "train",
            translate("Walkthrough", "Train and watch the curves"),
            translate(
                "Walkthrough",
                "Press <b>Train</b>. Each epoch passes over all training images once; the loss curve should "
                "fall batch by batch while the accuracy on held-back validation images rises. At the end the "
                "network is tested on digits it never saw: aim for more than 80%.",
            ),
            training_checks.check_trained,
            ("train",),
            actions.train,
            _can_train,
        ),
        Step(
            "inside",
            translate("Walkthrough", "Look at the weights and gradients"),
            translate(
                "Walkthrough",
                "Open the <b>Weights</b> panel: for the hidden layer each tile shows one unit's 784 weights as a "
                "28×28 picture, the pixels that push it up in one color and down in the other. Then open "
                "<b>Gradients</b>: one line per layer shows how large ∂L/∂W was during training; a layer near the "
                "input whose line sinks far below the others would have vanishing gradients.",
            ),
            training_checks.check_looked,
            ("dock.weights", "dock.gradients"),
            actions.look_inside,
            _has_model,
        ),
        Step(
            "sketch",
            translate("Walkthrough", "Draw a digit"),
            translate(
                "Walkthrough",
                "Draw a digit on the <b>Sketch</b> pad. NetDesigner shrinks it to 28×28 and centres it as in "
                "MNIST, then runs it forward through your network: the bars are the ten softmax outputs and the "
                "largest one is the answer.",
            ),
            training_checks.check_sketched,
            ("sketch",),
            actions.sketch_digit,
            _has_model,
        ),
    )

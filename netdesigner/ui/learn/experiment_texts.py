"""What each "Try it" experiment says: its button, what the button does, and what to do next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate

Text = Callable[[], str]

TEXTS: dict[str, tuple[Text, Text, Text]] = {
    "neuron": (
        lambda: translate("Learn", "Show a neuron"),
        lambda: translate(
            "Learn", "Selects a Dense layer and opens the Neuron panel (first-mlp if the canvas has none)."
        ),
        lambda: translate(
            "Learn",
            "<ol><li>Train the network (F5).</li><li>In the Neuron panel, choose a unit and a test image: it "
            "shows z<sub>j</sub> = Σ w<sub>ij</sub> x<sub>i</sub> + b<sub>j</sub> with the real numbers, the "
            "largest terms first, and φ(z<sub>j</sub>).</li><li>Try another image and watch which inputs "
            "matter.</li></ol>",
        ),
    ),
    "sigmoid": (
        lambda: translate("Learn", "Use sigmoid in the hidden layers"),
        lambda: translate("Learn", "Sets every hidden layer's activation to sigmoid (one undo step)."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5) and note the test accuracy and how fast the loss falls.</li><li>Undo "
            "(Ctrl+Z) to get the previous activation back and train again.</li><li>Tick both runs in the "
            "Runs list to overlay their curves.</li></ol>",
        ),
    ),
    "tanh": (
        lambda: translate("Learn", "Use tanh in the hidden layers"),
        lambda: translate("Learn", "Sets every hidden layer's activation to tanh (one undo step)."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5).</li><li>Undo (Ctrl+Z), train again with the previous activation, and tick "
            "both runs in the Runs list to compare their loss curves.</li></ol>",
        ),
    ),
    "relu": (
        lambda: translate("Learn", "Use ReLU in the hidden layers"),
        lambda: translate("Learn", "Sets every hidden layer's activation to ReLU (one undo step)."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5) and keep an eye on the Gradients panel.</li><li>Undo (Ctrl+Z), train again, "
            "and tick both runs in the Runs list to compare.</li></ol>",
        ),
    ),
    "softmax": (
        lambda: translate("Learn", "See the probabilities"),
        lambda: translate("Learn", "Makes sure the output layer uses softmax, selects it and opens the Sketch pad."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5).</li><li>Draw a digit on the Sketch pad: the ten bars are the softmax "
            "probabilities, and they always add up to 100%.</li><li>Draw something between two digits, such "
            "as a 4 that looks like a 9, and watch the probability split.</li></ol>",
        ),
    ),
    "loss": (
        lambda: translate("Learn", "Switch the loss"),
        lambda: translate(
            "Learn", "Switches the training loss between cross entropy and mean squared error (one undo step)."
        ),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5).</li><li>Undo (Ctrl+Z) to switch back and train again.</li><li>Select both "
            "runs in the Runs list and press Compare: which loss learns faster in the first epoch?</li></ol>",
        ),
    ),
    "backprop": (
        lambda: translate("Learn", "Watch the gradients"),
        lambda: translate("Learn", "Opens the Gradients panel (and first-mlp if the canvas has no Dense layer)."),
        lambda: translate(
            "Learn",
            "<ol><li>Press Step (F10) to run a single batch, then Step again: each step is one forward pass, "
            "one backward pass and one weight update.</li><li>Train (F5) and watch the gradient of every "
            "layer in the Gradients panel.</li><li>In the Neuron panel, the backward part shows the chain "
            "rule with a unit's real numbers.</li></ol>",
        ),
    ),
    "full-batch": (
        lambda: translate("Learn", "Use full-batch gradient descent"),
        lambda: translate("Learn", "Ticks Full batch in the training settings (one undo step)."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5): every epoch is a single step, so the loss has barely moved after a few "
            "epochs.</li><li>Undo (Ctrl+Z) to go back to mini-batches of 32 and train again.</li><li>Then set "
            "the batch size to 1 (stochastic gradient descent) and train one epoch: the loss curve gets "
            "noisy.</li></ol>",
        ),
    ),
    "plain-sgd": (
        lambda: translate("Learn", "Train with plain SGD"),
        lambda: translate("Learn", "Sets the optimizer to plain SGD with learning rate 0.01 (one undo step)."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5).</li><li>Choose <i>SGD with momentum</i> as the optimizer and train again.</li>"
            "<li>Undo back to Adam (or choose it, learning rate 0.001) and train a third time.</li><li>Tick "
            "the three runs in the Runs list to overlay their loss curves.</li></ol>",
        ),
    ),
    "l2": (
        lambda: translate("Learn", "Add an L2 penalty"),
        lambda: translate(
            "Learn",
            "Adds an L2 penalty (λ = 0.001) to every Dense and Conv2D layer, as one undo step; opens "
            "first-mlp if the canvas has no Dense layer.",
        ),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5).</li><li>Undo (Ctrl+Z) and train again without the penalty.</li><li>Compare "
            "the two runs: the training loss is higher with L2 (it includes the penalty), but look at the "
            "gap between training and validation accuracy, and at the Weights panel's distribution, which "
            "stays narrower.</li></ol>",
        ),
    ),
    "dropout": (
        lambda: translate("Learn", "Insert a Dropout layer"),
        lambda: translate("Learn", "Inserts Dropout (rate 0.5) just before the output layer, as one undo step."),
        lambda: translate(
            "Learn",
            "<ol><li>Set the epochs to 20 or more and train (F5).</li><li>Undo (Ctrl+Z), train again, and "
            "compare the validation curves of the two runs: with dropout, training accuracy is lower but the "
            "gap to validation is smaller.</li></ol>",
        ),
    ),
    "gaussian-init": (
        lambda: translate("Learn", "Start from a wide Gaussian"),
        lambda: translate(
            "Learn",
            "Draws every layer's weights from a Gaussian with standard deviation 1, far too wide for 784 "
            "inputs (one undo step).",
        ),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5) and look at the first loss values: far above 2.3, because the outputs start "
            "out huge.</li><li>Undo (Ctrl+Z) to get Xavier (Glorot) back, or choose He normal for the ReLU "
            "layers, and train again.</li><li>Compare the first epoch of the runs.</li></ol>",
        ),
    ),
    "overfit": (
        lambda: translate("Learn", "Train long enough to overfit"),
        lambda: translate("Learn", "Sets 30 epochs and keeps a validation split of at least 10% (one undo step)."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5) and watch the loss plot: the training loss keeps falling while the validation "
            "loss (dotted) levels off and then rises.</li><li>Note the epoch where the validation loss was "
            "lowest: early stopping would stop there.</li><li>Add dropout or an L2 penalty and train again."
            "</li></ol>",
        ),
    ),
    "deep-sigmoid": (
        lambda: translate("Learn", "Open the deep-sigmoid network"),
        lambda: translate(
            "Learn",
            "Opens the deep-sigmoid template: ten sigmoid layers trained with plain SGD. Unsaved changes to "
            "your network are offered for saving first.",
        ),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5).</li><li>In the Gradients panel, compare the first layers' lines (blue) with "
            "the last (red): the first are orders of magnitude lower, and the loss hardly falls.</li><li>"
            "Press <i>Change sigmoid to ReLU</i> and train again: the gradients reach the first layers and "
            "the network learns.</li></ol>",
        ),
    ),
    "sigmoid-to-relu": (
        lambda: translate("Learn", "Change sigmoid to ReLU"),
        lambda: translate("Learn", "Changes every hidden sigmoid layer to ReLU, as one undo step."),
        lambda: translate(
            "Learn",
            "<ol><li>Train (F5) and look at the Gradients panel again: the lines of all layers now lie "
            "close together.</li><li>Tick both runs in the Runs list to compare the loss curves.</li><li>For "
            "a further step, choose He normal as the weight initializer of the ReLU layers.</li></ol>",
        ),
    ),
}

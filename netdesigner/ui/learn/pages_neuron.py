"""Learn pages about one neuron and its activation functions: sigmoid, tanh, ReLU, softmax.

Each function returns a page's HTML. Every sentence goes through Qt's translation system;
formulas are symbols only, so they need no translation.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesigner.ui.learn.markup import formula, link, page, para, plot, var

translate = QCoreApplication.translate


def neuron() -> str:
    return page(
        para(
            translate(
                "Learn",
                "A neural network is built from simple units called neurons. Neuron <i>j</i> of a layer "
                "receives the values <i>x</i><sub>1</sub>, <i>x</i><sub>2</sub>, …, <i>x</i><sub>n</sub> "
                "of the layer before it (for the first layer of a digit network, the 784 pixel "
                "brightnesses). It multiplies each input by its own weight, adds the products up together "
                "with a bias, and passes the sum through an activation function φ:",
            )
        ),
        formula(
            f"{var('z', 'j')} = Σ<sub><i>i</i></sub> {var('w', 'ij')} {var('x', 'i')} + {var('b', 'j')}",
            translate("Learn", "output") + f"<sub><i>j</i></sub> = φ({var('z', 'j')})",
        ),
        para(
            translate(
                "Learn",
                "The weight <i>w</i><sub>ij</sub> says how much input <i>i</i> matters to neuron <i>j</i>: a "
                "positive weight pushes the neuron's output up when the input is large, a negative weight "
                "pushes it down. The bias <i>b</i><sub>j</sub> shifts the threshold: how large the weighted "
                "sum must be before the neuron responds. Training changes nothing but these numbers.",
            )
        ),
        para(
            translate(
                "Learn",
                "A Dense layer is many such neurons side by side, all reading the same inputs. With 784 "
                "inputs and 128 units it holds 784 × 128 = 100,352 weights plus 128 biases: 100,480 "
                "parameters, the count the Properties panel shows for the layer.",
            )
        ),
        para(
            translate(
                "Learn",
                "Why φ? Without it, stacking layers would gain nothing: a linear function of a linear "
                "function is still linear, so a deep network without activations can only draw straight "
                "boundaries between classes, like a single layer. A nonlinear φ such as {sigmoid}, {tanh} "
                "or {relu} is what lets depth build curved, intricate decision boundaries.",
            ).format(
                sigmoid=link("sigmoid", translate("Learn", "sigmoid")),
                tanh=link("tanh", translate("Learn", "tanh")),
                relu=link("relu", translate("Learn", "ReLU")),
            )
        ),
    )


def sigmoid() -> str:
    return page(
        para(
            translate(
                "Learn",
                "The sigmoid, or logistic function, squashes any number into the range from 0 to 1. Large "
                "negative inputs give almost 0, large positive inputs almost 1, and σ(0) = 0.5. It was the "
                "classic activation because it resembles a neuron's firing rate, and its output can be read "
                "as a probability, which makes it the right choice for a single yes-or-no output.",
            )
        ),
        formula("σ(<i>z</i>) = 1 / (1 + <i>e</i><sup>−<i>z</i></sup>)", "σ′(<i>z</i>) = σ(<i>z</i>) (1 − σ(<i>z</i>))"),
        plot("sigmoid", translate("Learn", "The sigmoid (solid) and its slope (dashed).")),
        para(
            translate(
                "Learn",
                "Its derivative is largest at <i>z</i> = 0, and even there it is only 0.25. It falls "
                "quickly on both sides: at <i>z</i> = 5 it is about 0.0066. A neuron whose input is far "
                "from 0 is <i>saturated</i>: changing its weights hardly changes its output, so the gradient "
                "hardly moves them.",
            )
        ),
        para(
            translate(
                "Learn",
                "This is why deep sigmoid networks train slowly: backpropagation multiplies the gradient "
                "by one such factor of at most 0.25 per layer (see {vanishing}). A second drawback is "
                "that the outputs are always positive, centred on 0.5 rather than 0, which makes the "
                "next layer's weight updates zig-zag. For hidden layers, prefer {relu}.",
            ).format(
                vanishing=link("vanishing-gradients", translate("Learn", "vanishing gradients")),
                relu=link("relu", translate("Learn", "ReLU")),
            )
        ),
    )


def tanh() -> str:
    return page(
        para(
            translate(
                "Learn",
                "The hyperbolic tangent has the same S shape as the sigmoid, but it runs from −1 to 1 and "
                "is centred on zero: tanh(0) = 0. It is in fact a sigmoid stretched and shifted.",
            )
        ),
        formula(
            "tanh(<i>z</i>) = (<i>e</i><sup><i>z</i></sup> − <i>e</i><sup>−<i>z</i></sup>) / "
            "(<i>e</i><sup><i>z</i></sup> + <i>e</i><sup>−<i>z</i></sup>)",
            "tanh(<i>z</i>) = 2σ(2<i>z</i>) − 1",
            "tanh′(<i>z</i>) = 1 − tanh<sup>2</sup>(<i>z</i>)",
        ),
        plot("tanh", translate("Learn", "tanh (solid) and its slope (dashed).")),
        para(
            translate(
                "Learn",
                "Zero-centred outputs keep the next layer's updates balanced, and the slope at 0 is 1, four "
                "times the sigmoid's, so gradients shrink less on their way back. That made tanh the "
                "preferred hidden activation before ReLU, and it is still common in recurrent networks.",
            )
        ),
        para(
            translate(
                "Learn",
                "But tanh saturates too: for |<i>z</i>| &gt; 3 its derivative is below 0.01. A deep tanh "
                "network still suffers from {vanishing}, if less than a sigmoid one, and it needs "
                "careful {init}: Xavier (Glorot) initialization was designed with tanh in mind.",
            ).format(
                vanishing=link("vanishing-gradients", translate("Learn", "vanishing gradients")),
                init=link("initialization", translate("Learn", "weight initialization")),
            )
        ),
    )


def relu() -> str:
    return page(
        para(
            translate(
                "Learn",
                "The rectified linear unit passes positive inputs through unchanged and sets negative ones "
                "to zero. It is the default for hidden layers today because it is cheap and, above all, its "
                "derivative for positive inputs is exactly 1: a gradient passing back through an active "
                "ReLU is not shrunk at all, so even the first layers of a deep network keep learning.",
            )
        ),
        formula(
            "ReLU(<i>z</i>) = max(0, <i>z</i>)",
            "ReLU′(<i>z</i>) = 1 &nbsp;(<i>z</i> &gt; 0), &nbsp;&nbsp; 0 &nbsp;(<i>z</i> &lt; 0)",
        ),
        plot("relu", translate("Learn", "ReLU (solid) and its slope (dashed).")),
        para(
            translate(
                "Learn",
                "At <i>z</i> = 0 the derivative is not defined; TensorFlow simply uses 0 there. Only the "
                "units with positive input pass a gradient back, so for each example a ReLU network "
                "behaves like a linear network made of its active units, and different examples switch "
                "on different units.",
            )
        ),
        para(
            translate(
                "Learn",
                "The price is <i>dead units</i>: a unit whose input is negative for every example always "
                "outputs 0, receives no gradient and can never recover. Too large a learning rate can kill "
                "many units at once. Leaky ReLU keeps a small slope for negative inputs, and ELU and GELU "
                "are smooth relatives. ReLU works best with He {init}.",
            ).format(init=link("initialization", translate("Learn", "initialization")))
        ),
    )


def softmax() -> str:
    return page(
        para(
            translate(
                "Learn",
                "A classifier's output layer has one unit per class, ten for digits. Softmax turns their "
                "ten raw scores <i>z</i><sub>k</sub> (the <i>logits</i>) into probabilities: each is "
                "positive, and together they add up to 1.",
            )
        ),
        formula(
            f"{var('p', 'k')} = <i>e</i><sup><i>z</i><sub>k</sub></sup> / "
            "Σ<sub><i>j</i></sub> <i>e</i><sup><i>z</i><sub>j</sub></sup>",
            f"∂{var('p', 'k')} / ∂{var('z', 'k')} = {var('p', 'k')} (1 − {var('p', 'k')})",
        ),
        plot(
            "softmax",
            translate("Learn", "The probability of class 1 as its score changes, with the nine other scores at 0."),
        ),
        para(
            translate(
                "Learn",
                "The largest score gets the largest probability, and the exponential exaggerates "
                "differences: a score larger by 2 means <i>e</i><sup>2</sup> ≈ 7.4 times the probability. "
                "When all ten scores are equal, each class gets 0.1: the marked point on the plot. "
                "Only differences between scores matter: adding the same number to all ten changes "
                "nothing.",
            )
        ),
        para(
            translate(
                "Learn",
                "Softmax belongs with {loss}: together, the gradient of the loss with respect to the "
                "scores is simply <i>p</i><sub>k</sub> − <i>y</i><sub>k</sub>, the predicted probability "
                "minus the target (1 for the right class, 0 for the others). Use softmax on the output "
                "layer only; with two classes it reduces to the sigmoid.",
            ).format(loss=link("loss", translate("Learn", "cross-entropy loss")))
        ),
    )

"""Learn pages about training deep networks that generalize: L1 and L2, dropout,
initialization, overfitting and vanishing gradients."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesigner.ui.learn.markup import formula, link, page, para, var

translate = QCoreApplication.translate


def penalties() -> str:
    return page(
        para(
            translate(
                "Learn",
                "A network with many weights can fit its training set in ways that do not carry over to "
                "new digits ({overfitting}). One remedy is to prefer small weights, by adding a penalty on "
                "their size to the loss <i>L</i>. Training then minimizes the sum, and λ sets how strongly "
                "the penalty counts:",
            ).format(overfitting=link("overfitting", translate("Learn", "overfitting")))
        ),
        formula(
            "L2: &nbsp;<i>L</i> + λ Σ <i>w</i><sup>2</sup>",
            "L1: &nbsp;<i>L</i> + λ Σ |<i>w</i>|",
        ),
        para(
            translate(
                "Learn",
                "<b>L2</b>, also called weight decay: the penalty's gradient is 2λ<i>w</i>, so every step "
                "also shrinks each weight in proportion to its size. Large weights are punished most; the "
                "weights end up small and spread out, and the network's answer depends less on any single "
                "pixel, which makes it smoother and less prone to memorizing.",
            )
        ),
        formula("<i>w</i> ← <i>w</i> − η (∂<i>L</i>/∂<i>w</i> + 2λ<i>w</i>)"),
        para(
            translate(
                "Learn",
                "<b>L1</b>: the penalty's gradient is λ·sign(<i>w</i>), a constant pull towards zero "
                "whatever the weight's size. Weights that do not earn their keep end up at exactly zero, "
                "so L1 makes sparse networks: in a first layer, many pixels end up ignored altogether.",
            )
        ),
        para(
            translate(
                "Learn",
                "Too small a λ does nothing; too large a λ makes the network underfit, caring more about "
                "small weights than about the data. Values from 0.0001 to 0.01 are typical. Here the "
                "penalty applies to a layer's weights, not its biases. The training loss shown includes "
                "the penalty, so it is higher than without one: compare accuracies and the validation "
                "curves instead.",
            )
        ),
    )


def dropout() -> str:
    return page(
        para(
            translate(
                "Learn",
                "During training, a Dropout layer sets each of its inputs to zero with probability "
                "<i>p</i>, the rate, with a fresh random choice for every example at every step. The "
                "values that survive are scaled up by 1/(1 − <i>p</i>), so that on average the next layer "
                "receives the same total. Below, the mask <i>m</i><sub>i</sub> is 0 with probability "
                "<i>p</i> and 1 otherwise. When the network is tested or used, dropout does nothing.",
            )
        ),
        formula(f"{var('y', 'i')} = {var('m', 'i')} {var('x', 'i')} / (1 − <i>p</i>)"),
        para(
            translate(
                "Learn",
                "Why it helps: no unit can count on any particular other unit being there, so units cannot "
                "team up to memorize individual training examples; every feature must be useful on its own "
                "and is learned redundantly. Another way to see it: each step trains a different thinned "
                "network, and the full network at test time behaves like an average of this huge family.",
            )
        ),
        para(
            translate(
                "Learn",
                "Put dropout after hidden layers, for example between two Dense layers, with a rate from "
                "0.2 to 0.5; not after the output. Training needs more epochs to converge. The training "
                "accuracy, measured with dropout on, is often lower than the validation accuracy, measured "
                "with it off: that is expected, not a bug. Dropout is one of several tools against "
                "{overfitting}, next to {penalties}.",
            ).format(
                overfitting=link("overfitting", translate("Learn", "overfitting")),
                penalties=link("penalties", translate("Learn", "L1 and L2 penalties")),
            )
        ),
    )


def initialization() -> str:
    return page(
        para(
            translate(
                "Learn",
                "Before training, every weight needs a starting value. All zeros does not work: every "
                "neuron of a layer would compute the same output and receive the same gradient, so they "
                "would stay identical forever. The weights are therefore drawn at random, and the size of "
                "those random numbers matters a great deal.",
            )
        ),
        para(
            translate(
                "Learn",
                "A neuron sums <i>n</i><sub>in</sub> inputs (its fan-in), so the variance of its sum is "
                "about <i>n</i><sub>in</sub> · Var(<i>w</i>) · Var(<i>x</i>). If the weights are too "
                "large, the signal grows layer by layer, saturating sigmoids or blowing up; if they are "
                "too small, it fades away. Gradients flowing backwards behave the same way. The aim is to "
                "keep the variance about the same from layer to layer:",
            )
        ),
        formula(
            translate("Learn", "Gaussian:") + " &nbsp;<i>w</i> ~ N(0, <i>s</i><sup>2</sup>)",
            translate("Learn", "Glorot:") + " &nbsp;Var(<i>w</i>) = 2/(<i>n</i><sub>in</sub> + <i>n</i><sub>out</sub>)",
            translate("Learn", "He:") + " &nbsp;Var(<i>w</i>) = 2/<i>n</i><sub>in</sub>",
        ),
        para(
            translate(
                "Learn",
                "<b>Gaussian</b> with a fixed standard deviation <i>s</i> ignores the layer's size: fine "
                "for small layers, poor for wide or deep ones. <b>Xavier (Glorot)</b> initialization, from "
                "2010, balances the forward signal and the backward gradient for activations that are "
                "roughly linear around zero, such as {tanh} and the sigmoid; it is Keras's default. "
                "<b>He</b> initialization, from 2015, doubles the variance because a {relu} sets about half "
                "of its inputs to zero and so halves the signal's variance; use it with ReLU in deep "
                "networks. Both come in a uniform and a normal flavour with the same variance.",
            ).format(
                tanh=link("tanh", translate("Learn", "tanh")),
                relu=link("relu", translate("Learn", "ReLU")),
            )
        ),
        para(
            translate(
                "Learn",
                "Biases usually start at zero: the random weights already make the neurons differ.",
            )
        ),
    )


def overfitting() -> str:
    return page(
        para(
            translate(
                "Learn",
                "The goal is not to do well on the training digits, which the network has already seen, "
                "but on new ones. A network <i>overfits</i> when it learns the particular training "
                "examples, noise and all, instead of the general pattern. The sign: the training loss "
                "keeps falling while the loss on data the network has not trained on stops falling and "
                "starts to rise.",
            )
        ),
        para(
            translate(
                "Learn",
                "<b>Validation</b> measures this. The validation split holds back part of the training "
                "data, for example 10%, which is never used to update the weights; after every epoch the "
                "network is evaluated on it. The gap between the training and validation curves shows "
                "how much it overfits. The test set is kept for the very end: if you choose settings by "
                "looking at test results, they stop being an honest estimate of how the network does on "
                "new data.",
            )
        ),
        para(
            translate(
                "Learn",
                "What helps against overfitting: more data; a smaller network; {penalties}; {dropout}; and "
                "stopping at the epoch where the validation loss was lowest (early stopping). The opposite "
                "problem, <i>underfitting</i>, shows as training and validation loss both staying high: "
                "then use a bigger network, more epochs or a better learning rate.",
            ).format(
                penalties=link("penalties", translate("Learn", "L1 or L2 penalties")),
                dropout=link("dropout", translate("Learn", "dropout")),
            )
        ),
        para(
            translate(
                "Learn",
                "With the 5,000 bundled digits, a Dense layer of 128 units, about 100,000 weights, can "
                "memorize the training set within a few dozen epochs: a good place to watch it happen.",
            )
        ),
    )


def vanishing_gradients() -> str:
    return page(
        para(
            translate(
                "Learn",
                "In the {backprop} pass, each layer multiplies the error signal by the derivative of its "
                "activation and by its weights. The gradient that reaches the first layer of a deep "
                "network is therefore a product with one such factor for every layer above it.",
            ).format(backprop=link("backprop", translate("Learn", "backpropagation")))
        ),
        formula(
            f"∂<i>L</i>/∂<i>W</i><sub>1</sub> ∝ φ′({var('z', '1')}) <i>W</i><sub>2</sub> "
            f"φ′({var('z', '2')}) ⋯ φ′({var('z', '10')})",
            "σ′(<i>z</i>) ≤ 1/4",
            "(1/4)<sup>10</sup> ≈ 0.000001",
        ),
        para(
            translate(
                "Learn",
                "The {sigmoid}'s derivative is never more than 0.25. Through ten sigmoid layers the "
                "activation factors alone can shrink the signal a million times. Larger weights make up "
                "for part of it, but the first layers still receive gradients orders of magnitude smaller "
                "than the last: the last layers learn while the first barely move, and the whole network "
                "stalls, its loss staying near 2.3, the loss of guessing.",
            ).format(sigmoid=link("sigmoid", translate("Learn", "sigmoid")))
        ),
        para(
            translate(
                "Learn",
                "The derivative of {relu} is exactly 1 wherever the unit is active, so the activations no "
                "longer shrink the product. With He initialization keeping the weights at the right scale, "
                "the gradient reaches the first layer at a useful size. This, with better initialization "
                "and later batch normalization and residual connections, is what made deep networks "
                "trainable.",
            ).format(relu=link("relu", translate("Learn", "ReLU")))
        ),
        para(
            translate(
                "Learn",
                "The opposite problem, <i>exploding gradients</i>, appears when the factors are larger than "
                "1: the gradient grows layer by layer, steps become huge and the loss jumps to NaN. The "
                "Gradients panel shows both: one line per layer, on a logarithmic scale.",
            )
        ),
    )

"""Learn pages about how a network learns: loss, backpropagation, gradient descent, optimizers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from netdesigner.ui.learn.markup import formula, link, page, para, var

translate = QCoreApplication.translate

GRAD_W = "∂<i>L</i>/∂<i>w</i>"


def loss() -> str:
    return page(
        para(
            translate(
                "Learn",
                "The loss is one number that says how wrong the network is on a batch of examples; "
                "training does nothing but push it down. For a digit, the target <i>y</i> is a one-hot "
                "vector, 1 at the correct class and 0 at the nine others, and the network answers with "
                "probabilities <i>p</i>. Two ways of comparing them:",
            )
        ),
        formula(
            f"MSE: &nbsp;<i>L</i> = (1/<i>K</i>) Σ<sub><i>k</i></sub> ({var('y', 'k')} − {var('p', 'k')})<sup>2</sup>",
            f"CE: &nbsp;<i>L</i> = − Σ<sub><i>k</i></sub> {var('y', 'k')} log {var('p', 'k')}",
            "= − log <i>p</i><sub><i>c</i></sub>",
        ),
        para(
            translate(
                "Learn",
                "<b>Mean squared error</b> averages the squared differences over the <i>K</i> outputs. It is "
                "the natural loss for predicting numbers (regression). For classification it works, but it "
                "learns slowly when the network is confidently wrong: with a sigmoid or softmax output, its "
                "gradient carries the slope of the squashing function, which is tiny exactly when the "
                "output is saturated at the wrong end.",
            )
        ),
        para(
            translate(
                "Learn",
                "<b>Cross entropy</b> looks only at the probability <i>p</i><sub>c</sub> given to the correct "
                "class <i>c</i>. If it is "
                "0.9 the loss is 0.105; if it is 0.01 the loss is 4.6. Confident mistakes are punished "
                "hard, and with {softmax} the gradient with respect to the scores is simply <i>p</i> − "
                "<i>y</i>, which stays large exactly while the answer is badly wrong. That is why cross "
                "entropy is the standard loss for classification.",
            ).format(softmax=link("softmax", translate("Learn", "softmax")))
        ),
        para(
            translate(
                "Learn",
                "A useful check: a network that guesses evenly among 10 classes has a cross-entropy loss "
                "of ln 10 ≈ 2.30. The first points of a training curve should be near that value; a loss "
                "that stays there has learned nothing.",
            )
        ),
    )


def backprop() -> str:
    return page(
        para(
            translate(
                "Learn",
                "To improve a weight, training needs its gradient {grad}: how much the loss changes when that "
                "weight changes a little. Backpropagation computes it for every weight at once, in one "
                "backward pass through the network, using the chain rule of calculus: when the loss "
                "depends on a weight only through intermediate values, the derivative is the product of "
                "the derivatives along the way. For weight <i>w</i><sub>ij</sub> of neuron <i>j</i>, with "
                "<i>z</i><sub>j</sub> = Σ<sub>i</sub> <i>w</i><sub>ij</sub> <i>x</i><sub>i</sub> + "
                "<i>b</i><sub>j</sub> and output <i>a</i><sub>j</sub> = φ(<i>z</i><sub>j</sub>):",
            ).format(grad=GRAD_W)
        ),
        formula(f"∂<i>L</i>/∂{var('w', 'ij')} = ∂<i>L</i>/∂{var('a', 'j')} · φ′({var('z', 'j')}) · {var('x', 'i')}"),
        para(
            translate(
                "Learn",
                "The forward pass computes and keeps every <i>z</i> and <i>a</i>. The backward pass starts "
                "at the loss (for softmax with cross entropy, the output layer's error is <i>p</i> − "
                "<i>y</i>) and moves layer by layer towards the input. The error signal δ<sub>j</sub> = "
                "∂<i>L</i>/∂<i>z</i><sub>j</sub> of a neuron is assembled from the error signals of the "
                "neurons <i>k</i> it feeds, and each weight's gradient is its input times its neuron's "
                "error signal:",
            )
        ),
        formula(
            f"δ<sub><i>j</i></sub> = φ′({var('z', 'j')}) · Σ<sub><i>k</i></sub> {var('w', 'jk')} δ<sub><i>k</i></sub>",
            f"∂<i>L</i>/∂{var('w', 'ij')} = {var('x', 'i')} δ<sub><i>j</i></sub>",
            f"∂<i>L</i>/∂{var('b', 'j')} = δ<sub><i>j</i></sub>",
        ),
        para(
            translate(
                "Learn",
                "Two consequences are worth seeing. A weight whose input is 0 (a black pixel) gets no "
                "gradient from that example. And every layer multiplies the error signal by φ′ and by its "
                "weights once more, so in a deep network the signal can shrink or grow exponentially on its "
                "way back: {vanishing}.",
            ).format(vanishing=link("vanishing-gradients", translate("Learn", "vanishing gradients")))
        ),
        para(
            translate(
                "Learn",
                "With the gradients known, {descent} moves every weight a small step against its gradient, "
                "<i>w</i> ← <i>w</i> − η {grad}, where η is the learning rate.",
            ).format(
                descent=link("gradient-descent", translate("Learn", "gradient descent")),
                grad=GRAD_W,
            )
        ),
    )


def gradient_descent() -> str:
    return page(
        para(
            translate(
                "Learn",
                "Picture the loss as a landscape over all the weights. The gradient points uphill, so "
                "gradient descent repeatedly takes a step downhill. The learning rate η sets the step size: "
                "too small and training crawls; too large and the steps overshoot the valley, the loss "
                "jumps around or grows until it becomes NaN.",
            )
        ),
        formula(
            "<i>w</i> ← <i>w</i> − η ∇<i>L</i>(<i>w</i>)",
            "∇<i>L</i> ≈ (1/<i>B</i>) (∇<i>L</i><sub>1</sub> + ∇<i>L</i><sub>2</sub> + ⋯ + "
            "∇<i>L</i><sub><i>B</i></sub>)",
        ),
        para(
            translate(
                "Learn",
                "The true loss is an average over all <i>N</i> training examples, and the three variants "
                "differ in how many of them each step looks at:",
            )
        ),
        para(
            translate(
                "Learn",
                "<b>Batch gradient descent</b> uses all <i>N</i> examples for every step. The gradient is "
                "exact, but there is only one step per epoch (one pass over the data), so 5 epochs are just "
                "5 steps. <b>Stochastic gradient descent</b> uses a single example per step: <i>N</i> cheap "
                "but noisy steps per epoch, and a jittery loss curve. <b>Mini-batch gradient descent</b>, "
                "the everyday compromise, averages over a batch of <i>B</i> examples (32 is a common "
                "choice): <i>N</i>/<i>B</i> steps per epoch, with noise that shrinks like 1/√<i>B</i>, and "
                "a computer handles a whole batch almost as fast as one example.",
            )
        ),
        para(
            translate(
                "Learn",
                "The examples are shuffled at the start of every epoch, so the batches differ each time. "
                "A little noise is not all bad: it helps the weights escape flat regions and narrow "
                "valleys. In the training settings, <i>Batch size</i> is <i>B</i>; tick <i>Full batch</i> "
                "for batch gradient descent, and set 1 for stochastic gradient descent. The optimizer "
                "named SGD is the update rule above; it runs on whatever batch size you choose, and "
                "{optimizers} improve on it.",
            ).format(optimizers=link("optimizers", translate("Learn", "momentum and Adam")))
        ),
    )


def optimizers() -> str:
    return page(
        para(
            translate(
                "Learn",
                "Plain gradient descent takes each step from the current gradient alone. In a long, narrow "
                "valley of the loss the gradient points mostly across the valley, so the steps zig-zag from "
                "wall to wall and make slow progress along the valley floor.",
            )
        ),
        para(
            translate(
                "Learn",
                "<b>Momentum</b> keeps a velocity <i>v</i>, a running sum of past steps, and moves along "
                "it like a heavy ball rolling downhill. With μ = 0.9, a gradient that keeps pointing the "
                "same way builds up to about ten times the plain step (1/(1 − μ)), while components that "
                "flip sign from step to step cancel out.",
            )
        ),
        formula("<i>v</i> ← μ<i>v</i> − η<i>g</i>", "<i>w</i> ← <i>w</i> + <i>v</i>"),
        para(
            translate(
                "Learn",
                "<b>Adam</b> (adaptive moment estimation) keeps two running averages for every weight: "
                "<i>m</i> of its gradients, as momentum does, and <i>v</i> of their squares. It divides "
                "one by the square root of the other, so every weight gets its own step size: weights with "
                "large, consistent gradients take careful steps, rarely updated ones larger steps.",
            )
        ),
        formula(
            "<i>m</i> ← β<sub>1</sub><i>m</i> + (1 − β<sub>1</sub>)<i>g</i>",
            "<i>v</i> ← β<sub>2</sub><i>v</i> + (1 − β<sub>2</sub>)<i>g</i><sup>2</sup>",
            "<i>w</i> ← <i>w</i> − η <i>m̂</i> / (√<i>v̂</i> + ε)",
        ),
        para(
            translate(
                "Learn",
                "Here <i>g</i> is the gradient, β<sub>1</sub> = 0.9 and β<sub>2</sub> = 0.999, and the hats "
                "mark a correction for the first steps, when both averages still start from zero. RMSprop "
                "is Adam without the momentum term <i>m</i>.",
            )
        ),
        para(
            translate(
                "Learn",
                "Adam with η = 0.001 works well without tuning, which is why it is NetDesigner's default. "
                "SGD with momentum and a well-chosen learning rate is often as good and sometimes "
                "generalizes a little better; plain SGD usually needs a larger learning rate, around "
                "0.01 to 0.1, and more epochs. See {descent} for the batch size.",
            ).format(descent=link("gradient-descent", translate("Learn", "gradient descent")))
        ),
    )

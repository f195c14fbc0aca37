"""The Learn pages: their ids, titles, search words, content and "Try it" experiments.

Titles, search words and content are built when asked for, through Qt's translation system,
so a translation installed later covers them all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QCoreApplication

from netdesigner.ui.learn import pages_generalization as gen
from netdesigner.ui.learn import pages_neuron as neuron
from netdesigner.ui.learn import pages_training as training
from netdesigner.ui.learn.markup import plain_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Page:
    id: str
    title: Callable[[], str]
    keywords: Callable[[], str]
    body: Callable[[], str]
    experiments: tuple[str, ...]


PAGES: tuple[Page, ...] = (
    Page(
        "neuron",
        lambda: translate("Learn", "The neuron"),
        lambda: translate("Learn", "neuron unit weight bias weighted sum dense layer perceptron activation"),
        neuron.neuron,
        ("neuron",),
    ),
    Page(
        "sigmoid",
        lambda: translate("Learn", "Sigmoid"),
        lambda: translate("Learn", "sigmoid logistic activation saturation squash"),
        neuron.sigmoid,
        ("sigmoid",),
    ),
    Page(
        "tanh",
        lambda: translate("Learn", "Tanh"),
        lambda: translate("Learn", "tanh hyperbolic tangent activation zero-centred"),
        neuron.tanh,
        ("tanh",),
    ),
    Page(
        "relu",
        lambda: translate("Learn", "ReLU"),
        lambda: translate("Learn", "relu rectified linear unit activation leaky elu gelu dead"),
        neuron.relu,
        ("relu",),
    ),
    Page(
        "softmax",
        lambda: translate("Learn", "Softmax"),
        lambda: translate("Learn", "softmax probability output logits classes"),
        neuron.softmax,
        ("softmax",),
    ),
    Page(
        "loss",
        lambda: translate("Learn", "Loss: mean squared error and cross entropy"),
        lambda: translate("Learn", "loss mse mean squared error cross entropy log likelihood one-hot target"),
        training.loss,
        ("loss",),
    ),
    Page(
        "backprop",
        lambda: translate("Learn", "Backpropagation and the chain rule"),
        lambda: translate("Learn", "backpropagation backward pass chain rule gradient derivative error signal delta"),
        training.backprop,
        ("backprop",),
    ),
    Page(
        "gradient-descent",
        lambda: translate("Learn", "Batch, mini-batch and stochastic gradient descent"),
        lambda: translate("Learn", "gradient descent sgd batch size mini-batch stochastic learning rate epoch step"),
        training.gradient_descent,
        ("full-batch",),
    ),
    Page(
        "optimizers",
        lambda: translate("Learn", "Momentum and Adam"),
        lambda: translate("Learn", "optimizer momentum adam rmsprop sgd velocity adaptive learning rate"),
        training.optimizers,
        ("plain-sgd",),
    ),
    Page(
        "penalties",
        lambda: translate("Learn", "L1 and L2 regularization"),
        lambda: translate("Learn", "regularization regularizer penalty l1 l2 weight decay lambda sparse"),
        gen.penalties,
        ("l2",),
    ),
    Page(
        "dropout",
        lambda: translate("Learn", "Dropout"),
        lambda: translate("Learn", "dropout rate regularization co-adaptation ensemble"),
        gen.dropout,
        ("dropout",),
    ),
    Page(
        "initialization",
        lambda: translate("Learn", "Weight initialization"),
        lambda: translate("Learn", "initialization initializer gaussian normal xavier glorot he fan-in variance"),
        gen.initialization,
        ("gaussian-init",),
    ),
    Page(
        "overfitting",
        lambda: translate("Learn", "Overfitting and validation"),
        lambda: translate("Learn", "overfitting underfitting validation split test set generalization early stopping"),
        gen.overfitting,
        ("overfit",),
    ),
    Page(
        "vanishing-gradients",
        lambda: translate("Learn", "Vanishing gradients"),
        lambda: translate("Learn", "vanishing exploding gradients deep network sigmoid relu chain rule"),
        gen.vanishing_gradients,
        ("deep-sigmoid", "sigmoid-to-relu"),
    ),
)

PAGE_INDEX: dict[str, Page] = {page.id: page for page in PAGES}
FIRST_PAGE = "neuron"


def page(page_id: str) -> Page:
    """The page with this id; KeyError names the known ones."""
    try:
        return PAGE_INDEX[page_id]
    except KeyError:
        raise KeyError(f"no Learn page {page_id!r}; the pages are: {', '.join(PAGE_INDEX)}") from None


@cache
def _search_texts(page_id: str, language: str) -> tuple[str, str, str]:
    found = page(page_id)
    return found.title().casefold(), found.keywords().casefold(), plain_text(found.body()).casefold()


def rank(found: Page, query: str, language: str = "") -> int:
    """How well ``query`` fits a page: 3 if every word is in its title, 2 in its title or
    search words, 1 anywhere in its text, 0 not at all. ``language`` keys the cache."""
    words = query.casefold().split()
    title, keywords, body = _search_texts(found.id, language)
    for score, text in ((3, title), (2, f"{title} {keywords}"), (1, f"{title} {keywords} {body}")):
        if all(word in text for word in words):
            return score
    return 0

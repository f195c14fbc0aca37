"""The built-in templates: project files shipped in ``resources/templates``."""

from __future__ import annotations

from pathlib import Path

from netdesigner.core.i18n import QT_TRANSLATE_NOOP, translate
from netdesigner.core.project_file import ProjectError, load_project
from netdesigner.core.spec import Project
from netdesigner.paths import resource

# How File › New names each template, and the descriptions the files carry, marked so the GUI can
# show them in the student's language (context "Catalog"). A test keeps DESCRIPTIONS in step
# with the files; the files themselves stay English.
TITLES: dict[str, str] = {
    "first-mlp": QT_TRANSLATE_NOOP("Catalog", "First network: a small MLP"),
    "logistic-regression": QT_TRANSLATE_NOOP("Catalog", "Logistic regression"),
    "deep-sigmoid": QT_TRANSLATE_NOOP("Catalog", "Deep sigmoid network (vanishing gradients)"),
    "lenet5": QT_TRANSLATE_NOOP("Catalog", "LeNet-5"),
    "keras-mnist-convnet": QT_TRANSLATE_NOOP("Catalog", "Keras MNIST convnet"),
}
DESCRIPTIONS: dict[str, str] = {
    "first-mlp": QT_TRANSLATE_NOOP(
        "Catalog", "The tutorial's first network: 784 pixels, 128 hidden ReLU units, 10 softmax outputs."
    ),
    "logistic-regression": QT_TRANSLATE_NOOP(
        "Catalog", "The simplest classifier: every pixel weighs directly on each of the 10 classes through softmax."
    ),
    "deep-sigmoid": QT_TRANSLATE_NOOP(
        "Catalog",
        "Ten sigmoid layers trained with plain SGD: the gradients reaching the first layers all but vanish, "
        "so they barely learn.",
    ),
    "lenet5": QT_TRANSLATE_NOOP(
        "Catalog",
        "LeNet-5 (LeCun et al., 1998): 6 and 16 filters of 5x5 with average pooling, then 120, 84 and 10 units.",
    ),
    "keras-mnist-convnet": QT_TRANSLATE_NOOP(
        "Catalog",
        "The Keras 'simple MNIST convnet' example: two convolution and pooling stages, dropout and a softmax "
        "classifier.",
    ),
}


def templates_dir() -> Path:
    return resource("templates")


def template_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.ndproj"))


def load_template(name: str) -> Project:
    path = templates_dir() / f"{name}.ndproj"
    if not path.is_file():
        raise ProjectError(
            translate("Catalog", "there is no template {name}; the templates are: {names}").format(
                name=repr(name), names=", ".join(template_names())
            )
        )
    return load_project(path)

"""How a trained classifier does on the test set: predictions, accuracy, confusion matrix and
which test images fall in each cell. Plain NumPy; no Qt, no TensorFlow."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from netdesigner.core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, eq=False)  # arrays make field-wise == and hash meaningless
class Evaluation:
    """True labels and predicted class probabilities for every test image.

    ``labels`` is int64 of shape (N,), ``probabilities`` float32 of shape (N, C) and
    ``class_names`` has C entries. Inputs are converted and checked on construction.
    """

    labels: np.ndarray
    probabilities: np.ndarray
    class_names: tuple[str, ...]

    def __post_init__(self) -> None:
        labels = np.asarray(self.labels)
        probabilities = np.asarray(self.probabilities)
        names = tuple(str(name) for name in self.class_names)
        if labels.ndim != 1:
            raise ValueError(
                translate("Evaluation", "labels must be a list of class numbers, got an array of shape {shape}").format(
                    shape=labels.shape
                )
            )
        if probabilities.ndim != 2:
            raise ValueError(
                translate("Evaluation", "probabilities must be a table (images × classes), got shape {shape}").format(
                    shape=probabilities.shape
                )
            )
        if probabilities.shape[0] != labels.shape[0]:
            raise ValueError(
                translate("Evaluation", "{labels} labels but {rows} rows of probabilities; they must match").format(
                    labels=labels.shape[0], rows=probabilities.shape[0]
                )
            )
        if probabilities.shape[1] != len(names):
            raise ValueError(
                translate("Evaluation", "{names} class names but probabilities have {columns} columns").format(
                    names=len(names), columns=probabilities.shape[1]
                )
            )
        if not names:
            raise ValueError(translate("Evaluation", "there must be at least one class"))
        if labels.size and not np.issubdtype(labels.dtype, np.integer):
            if not np.all(np.equal(np.mod(labels, 1), 0)):
                raise ValueError(translate("Evaluation", "labels must be whole class numbers"))
        labels = labels.astype(np.int64)
        if labels.size and (labels.min() < 0 or labels.max() >= len(names)):
            bad = labels[(labels < 0) | (labels >= len(names))][0]
            raise ValueError(
                translate("Evaluation", "label {bad} is out of range: classes are numbered 0 to {highest}").format(
                    bad=bad, highest=len(names) - 1
                )
            )
        probabilities = probabilities.astype(np.float32)
        if not np.all(np.isfinite(probabilities)):
            raise ValueError(translate("Evaluation", "probabilities contain NaN or infinite values"))
        labels.setflags(write=False)
        probabilities.setflags(write=False)
        object.__setattr__(self, "labels", labels)
        object.__setattr__(self, "probabilities", probabilities)
        object.__setattr__(self, "class_names", names)

    @property
    def num_classes(self) -> int:
        return len(self.class_names)

    @cached_property
    def predictions(self) -> np.ndarray:
        """Predicted class of each image (argmax of its probabilities)."""
        predictions = np.argmax(self.probabilities, axis=1).astype(np.int64)
        predictions.setflags(write=False)
        return predictions

    @cached_property
    def confidence(self) -> np.ndarray:
        """Probability given to the predicted class, per image."""
        return self.probabilities[np.arange(len(self.labels)), self.predictions]

    @property
    def accuracy(self) -> float:
        """Fraction of images predicted correctly (nan with no images)."""
        if not len(self.labels):
            return float("nan")
        return float(np.mean(self.predictions == self.labels))

    @cached_property
    def confusion(self) -> np.ndarray:
        """C×C counts: rows are the true class, columns the predicted class."""
        c = self.num_classes
        matrix = np.bincount(self.labels * c + self.predictions, minlength=c * c).reshape(c, c).astype(np.int64)
        matrix.setflags(write=False)
        return matrix

    def _most_confident_first(self, mask: np.ndarray) -> np.ndarray:
        indices = np.flatnonzero(mask)
        order = np.argsort(-self.confidence[indices], kind="stable")
        return indices[order].astype(np.int64)

    def indices(self, true: int, predicted: int) -> np.ndarray:
        """Test indices whose true class is ``true`` and prediction ``predicted``, most confident first."""
        checks = (
            (true, QT_TRANSLATE_NOOP("Evaluation", "true class {value} is out of range 0 to {highest}")),
            (predicted, QT_TRANSLATE_NOOP("Evaluation", "predicted class {value} is out of range 0 to {highest}")),
        )
        for value, message in checks:
            if not 0 <= value < self.num_classes:
                raise ValueError(translate("Evaluation", message).format(value=value, highest=self.num_classes - 1))
        return self._most_confident_first((self.labels == true) & (self.predictions == predicted))

    def misclassified(self, limit: int | None = None) -> np.ndarray:
        """Indices of wrong predictions, most confident mistakes first; at most ``limit`` of them."""
        wrong = self._most_confident_first(self.predictions != self.labels)
        return wrong if limit is None else wrong[: max(limit, 0)]

    def per_class_accuracy(self) -> np.ndarray:
        """Accuracy for each true class (nan for a class with no test images)."""
        totals = self.confusion.sum(axis=1)
        with np.errstate(invalid="ignore", divide="ignore"):
            return np.where(totals > 0, np.diag(self.confusion) / np.maximum(totals, 1), np.nan)

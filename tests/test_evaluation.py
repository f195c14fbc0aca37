"""Evaluation on the test set: confusion matrix, accuracy and which images fall in each cell."""

from __future__ import annotations

import numpy as np
import pytest

from netdesigner.engine.evaluation import Evaluation

NAMES = ("a", "b", "c")


def one_hot_like(predicted: list[int], confidence: list[float], classes: int = 3) -> np.ndarray:
    """Rows whose argmax is ``predicted`` with that probability; the rest spread evenly."""
    rows = np.zeros((len(predicted), classes), dtype=np.float32)
    for i, (p, c) in enumerate(zip(predicted, confidence, strict=True)):
        rows[i, :] = (1.0 - c) / (classes - 1)
        rows[i, p] = c
    return rows


@pytest.fixture
def ev() -> Evaluation:
    labels = [0, 0, 0, 1, 1, 2, 2, 2, 1, 0]
    predicted = [0, 1, 0, 1, 2, 2, 0, 2, 2, 1]
    confidence = [0.9, 0.6, 0.8, 0.7, 0.5, 0.95, 0.85, 0.4, 0.9, 0.7]
    return Evaluation(np.array(labels), one_hot_like(predicted, confidence), NAMES)


def test_predictions_and_accuracy(ev: Evaluation) -> None:
    assert ev.predictions.tolist() == [0, 1, 0, 1, 2, 2, 0, 2, 2, 1]
    assert ev.accuracy == pytest.approx(5 / 10)
    assert isinstance(ev.accuracy, float)


def test_confusion_rows_are_true_columns_predicted(ev: Evaluation) -> None:
    expected = np.array([[2, 2, 0], [0, 1, 2], [1, 0, 2]])
    np.testing.assert_array_equal(ev.confusion, expected)
    assert ev.confusion.dtype == np.int64
    assert ev.confusion.sum() == len(ev.labels)


def test_indices_most_confident_first(ev: Evaluation) -> None:
    assert ev.indices(0, 0).tolist() == [0, 2]  # 0.9 then 0.8
    assert ev.indices(0, 1).tolist() == [9, 1]  # 0.7 then 0.6
    assert ev.indices(1, 2).tolist() == [8, 4]  # 0.9 then 0.5
    assert ev.indices(2, 2).tolist() == [5, 7]
    assert ev.indices(1, 0).tolist() == []
    for t in range(3):
        for p in range(3):
            assert len(ev.indices(t, p)) == ev.confusion[t, p]


def test_indices_rejects_out_of_range(ev: Evaluation) -> None:
    with pytest.raises(ValueError, match="out of range"):
        ev.indices(3, 0)
    with pytest.raises(ValueError, match="out of range"):
        ev.indices(0, -1)


def test_misclassified_most_confident_mistakes_first(ev: Evaluation) -> None:
    # wrong: 1 (0.6), 4 (0.5), 6 (0.85), 8 (0.9), 9 (0.7)
    assert ev.misclassified().tolist() == [8, 6, 9, 1, 4]
    assert ev.misclassified(limit=2).tolist() == [8, 6]
    assert ev.misclassified(limit=0).tolist() == []
    assert ev.misclassified(limit=100).tolist() == [8, 6, 9, 1, 4]


def test_per_class_accuracy_nan_for_absent_class() -> None:
    probabilities = one_hot_like([0, 1, 0, 1], [0.9, 0.9, 0.9, 0.9])
    ev = Evaluation(np.array([0, 0, 1, 1]), probabilities, NAMES)
    acc = ev.per_class_accuracy()
    assert acc[:2].tolist() == [0.5, 0.5]
    assert np.isnan(acc[2])


def test_perfect_and_all_wrong() -> None:
    probabilities = one_hot_like([0, 1, 2], [1.0, 1.0, 1.0])
    assert Evaluation(np.array([0, 1, 2]), probabilities, NAMES).accuracy == 1.0
    wrong = Evaluation(np.array([1, 2, 0]), probabilities, NAMES)
    assert wrong.accuracy == 0.0
    np.testing.assert_array_equal(np.diag(wrong.confusion), [0, 0, 0])


def test_inputs_are_converted_and_frozen() -> None:
    ev = Evaluation([0, 1], [[0.8, 0.2], [0.3, 0.7]], ["zero", "one"])  # type: ignore[arg-type]
    assert ev.labels.dtype == np.int64
    assert ev.probabilities.dtype == np.float32
    assert ev.class_names == ("zero", "one")
    with pytest.raises(ValueError):
        ev.labels[0] = 1
    with pytest.raises(AttributeError):
        ev.labels = np.array([1, 1])  # type: ignore[misc]


def test_empty_evaluation() -> None:
    ev = Evaluation(np.zeros(0, dtype=np.int64), np.zeros((0, 3), dtype=np.float32), NAMES)
    assert np.isnan(ev.accuracy)
    assert ev.confusion.sum() == 0
    assert ev.misclassified().tolist() == []
    assert np.isnan(ev.per_class_accuracy()).all()


@pytest.mark.parametrize(
    ("labels", "probabilities", "names", "message"),
    [
        (np.array([0, 1]), np.full((3, 3), 1 / 3), NAMES, "2 labels but 3 rows"),
        (np.array([0, 1]), np.full((2, 2), 0.5), NAMES, "3 class names but probabilities have 2 columns"),
        (np.array([0, 3]), np.full((2, 3), 1 / 3), NAMES, "label 3 is out of range"),
        (np.array([-1, 0]), np.full((2, 3), 1 / 3), NAMES, "label -1 is out of range"),
        (np.array([[0, 1]]), np.full((2, 3), 1 / 3), NAMES, "labels must be"),
        (np.array([0, 1]), np.full(3, 1 / 3), NAMES, "probabilities must be a table"),
        (np.array([0.5, 1]), np.full((2, 3), 1 / 3), NAMES, "whole class numbers"),
        (np.array([0, 1]), np.array([[np.nan, 0, 0], [0, 1, 0]]), NAMES, "NaN"),
        (np.zeros(0, dtype=int), np.zeros((0, 0)), (), "at least one class"),
    ],
)
def test_bad_input_raises_plain_value_error(
    labels: np.ndarray, probabilities: np.ndarray, names: tuple[str, ...], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        Evaluation(labels, probabilities, names)

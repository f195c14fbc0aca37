"""One editor widget per parameter kind, made from the catalog's ParamSpec.

Every editor has ``value()``, ``set_value(v)`` (without emitting) and a ``committed(value)``
signal fired when the user has finished a change.
"""

from __future__ import annotations

import math
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from netdesigner.core.catalog import ParamSpec
from netdesigner.ui import theme

CHOICE_LABELS = {
    "random_normal": "Gaussian (random normal)",
    "glorot_uniform": "Xavier / Glorot uniform",
    "glorot_normal": "Xavier / Glorot normal",
    "he_uniform": "He uniform",
    "he_normal": "He normal",
    "zeros": "Zeros",
    "none": "None",
    "l1": "L1",
    "l2": "L2",
    "l1_l2": "L1 and L2",
    "linear": "linear (none)",
    "leaky_relu": "leaky ReLU",
    "relu": "ReLU",
    "elu": "ELU",
    "gelu": "GELU",
    "image": "image, 28×28×1",
    "flat": "flat, 784 values",
}


def choice_label(value: str) -> str:
    return CHOICE_LABELS.get(value, value)


def decimals_for(spec: ParamSpec) -> int:
    """Enough decimals for small values like a learning rate or an L2 lambda."""
    small = spec.default if isinstance(spec.default, float) else 1.0
    return max(2, min(8, 2 - int(math.floor(math.log10(abs(small)))) if small else 4))


class Editor(QWidget):
    committed = Signal(object)

    def __init__(self, spec: ParamSpec) -> None:
        super().__init__()
        self.spec = spec
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self._layout.itemAt(0).widget()


class IntEditor(Editor):
    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec)
        self.box = QSpinBox()
        self.box.setRange(int(spec.minimum if spec.minimum is not None else -(2**31)), int(spec.maximum or 2**31 - 1))
        self.box.setKeyboardTracking(False)
        self.box.setAccelerated(True)
        self.box.valueChanged.connect(lambda v: self.committed.emit(int(v)))
        self._layout.addWidget(self.box)

    def value(self) -> int:
        return self.box.value()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setValue(int(value))
        self.box.blockSignals(False)


class FloatEditor(Editor):
    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec)
        self.box = QDoubleSpinBox()
        decimals = decimals_for(spec)
        self.box.setDecimals(decimals)
        low = spec.minimum if spec.minimum is not None else -1e9
        if spec.exclusive_minimum:
            low += 10**-decimals
        self.box.setRange(low, spec.maximum if spec.maximum is not None else 1e9)
        self.box.setSingleStep(max(10**-decimals, abs(spec.default or 0.1) / 10 if decimals > 2 else 0.05))
        self.box.setKeyboardTracking(False)
        self.box.valueChanged.connect(lambda v: self.committed.emit(float(v)))
        self._layout.addWidget(self.box)

    def value(self) -> float:
        return self.box.value()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setValue(float(value))
        self.box.blockSignals(False)


class ChoiceEditor(Editor):
    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec)
        self.box = QComboBox()
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(8)
        for choice in spec.choices:
            self.box.addItem(choice_label(choice), choice)
        self.box.activated.connect(lambda _i: self.committed.emit(self.value()))
        self._layout.addWidget(self.box)

    def value(self) -> str:
        return str(self.box.currentData())

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setCurrentIndex(max(0, self.box.findData(value)))
        self.box.blockSignals(False)


class BoolEditor(Editor):
    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec)
        self.box = QCheckBox()
        self.box.toggled.connect(lambda on: self.committed.emit(bool(on)))
        self._layout.addWidget(self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)


class ShapeEditor(Editor):
    """Sizes as text, ``28, 28, 1``; a value that does not parse is committed as text so the
    spec's own check words the error."""

    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec)
        self.box = QLineEdit()
        self.box.setPlaceholderText("e.g. 28, 28, 1")
        self.box.editingFinished.connect(self._commit)
        self._layout.addWidget(self.box)
        self._shown: tuple[int, ...] = ()

    def value(self) -> Any:
        parts = [p.strip() for p in self.box.text().replace("×", ",").replace("x", ",").split(",") if p.strip()]
        try:
            return tuple(int(p) for p in parts)
        except ValueError:
            return self.box.text()

    def _commit(self) -> None:
        if self.value() != self._shown:
            self.committed.emit(self.value())

    def set_value(self, value: Any) -> None:
        self._shown = tuple(value)
        self.box.setText(", ".join(str(v) for v in value))


EDITORS: dict[str, type[Editor]] = {
    "int": IntEditor,
    "float": FloatEditor,
    "choice": ChoiceEditor,
    "bool": BoolEditor,
    "shape": ShapeEditor,
}


def make_editor(spec: ParamSpec) -> Editor:
    editor = EDITORS[spec.kind](spec)
    tip = spec.description + (f" ({spec.bounds_text()})" if spec.bounds_text() else "")
    editor.setToolTip(tip)
    editor.focus_widget().setToolTip(tip)
    editor.focus_widget().setAccessibleName(spec.title)
    editor.focus_widget().setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return editor


def error_label() -> QLabel:
    """A red line under a field for a refused value; hidden until there is one."""
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {theme.ERROR_COLOR.name()};")
    label.hide()
    return label


def readable_error(error: Exception) -> str:
    """The message of a refusal, without pydantic's wrapping."""
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return str(first.get("msg", error)).removeprefix("Value error, ")
    return str(error)

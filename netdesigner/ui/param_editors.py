"""Editor widgets made from a ParamSpec, each with an inline line for a refused value.

Every editor has ``value()``, ``set_value(v)`` (which never emits) and a ``committed(value)``
signal fired when the user has finished a change. The training settings are ParamSpecs too
(``netdesigner.ui.training_specs``).
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPalette, QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSpinBox,
    QWidget,
)

from netdesigner.core.catalog import ParamSpec
from netdesigner.ui import settings, theme
from netdesigner.ui.catalog_text import bounds_text, choice_label, param_description, param_title
from netdesigner.ui.training_specs import DATASETS, PERCENT_PARAMS, TRAINING_SPECS

OTHER_DATASET = "__other__"
IDX_NAME = re.compile(r"train-images[-.]idx3-ubyte(\.gz)?", re.IGNORECASE)
_NUMBER_PREFIX = re.compile(r"[+-]?\d*\.?\d*(?:[eE][+-]?\d*)?")


def error_color() -> QColor:
    """Red that stays readable on a dark window."""
    return theme.ERROR_COLOR.lighter(150) if theme.is_dark() else theme.ERROR_COLOR


def tint(label: QLabel, color: QColor) -> None:
    """Color a label's text through its palette, leaving the theme's background alone."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, color)
    label.setPalette(palette)


class _WheelGuard(QObject):
    """Lets the mouse wheel scroll the panel instead of changing a field the pointer passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


_WHEEL_GUARD = _WheelGuard()


class NumberBox(QDoubleSpinBox):
    """A spin box for real numbers that shows 0.001 or 1e-05 (not a fixed count of decimals) and accepts 1e-4."""

    def __init__(self, zero_step: float) -> None:
        super().__init__()
        self.setDecimals(8)
        self._zero_step = zero_step

    def _body(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip().replace(",", ".")

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        try:
            return float(self._body(text))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        body = self._body(text)
        if not _NUMBER_PREFIX.fullmatch(body):
            return QValidator.State.Invalid, text, pos
        try:
            inside = self.minimum() <= float(body) <= self.maximum()
        except ValueError:  # "", "-", "1e" while typing
            inside = False
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        if self.value() == 0 and self.stepType() == QDoubleSpinBox.StepType.AdaptiveDecimalStepType:
            self.setValue(self._zero_step * steps)
        else:
            super().stepBy(steps)


class Editor(QWidget):
    """A parameter's input widget (``box``), and ``error``, a line that explains a refused value;
    the form puts ``error`` in a full-width row of its own under the editor (see ``add_to``)."""

    committed = Signal(object)
    _form: QFormLayout  # set by add_to

    def __init__(self, spec: ParamSpec, box: QWidget) -> None:
        super().__init__()
        self.spec, self.box = spec, box
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.addWidget(box, 1)
        self.error = QLabel()
        self.error.setWordWrap(True)
        title = param_title(spec)
        self.error.setAccessibleName(self.tr("Problem with {setting}").format(setting=title))
        tint(self.error, error_color())
        bounds = bounds_text(spec)
        description = param_description(spec)
        self.setToolTip(description + (self.tr(" Allowed: {bounds}.").format(bounds=bounds) if bounds else ""))
        box.setToolTip(self.toolTip())
        box.setAccessibleName(title)
        box.setAccessibleDescription(description)
        box.installEventFilter(_WHEEL_GUARD)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show ``value`` without emitting ``committed``."""
        self.box.blockSignals(True)
        try:
            self._show(value)
        finally:
            self.box.blockSignals(False)

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def add_to(self, form: QFormLayout, label: QLabel) -> None:
        """Add the editor's row and, under it, its error line spanning both columns."""
        self._form = form
        form.addRow(label, self)
        form.addRow(self.error)
        form.setRowVisible(self.error, False)

    def set_row_visible(self, visible: bool) -> None:
        """Show or hide the editor with its label (for ``visible_if``)."""
        self._form.setRowVisible(self, visible)
        self._form.setRowVisible(self.error, visible and bool(self.error.text()))

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self._form.setRowVisible(self.error, True)

    def clear_error(self) -> None:
        self.error.clear()
        self._form.setRowVisible(self.error, False)


class IntEditor(Editor):
    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec, QSpinBox())
        self.box.setRange(int(spec.minimum if spec.minimum is not None else 0), int(spec.maximum or 2**31 - 1))
        self.box.setValue(int(spec.default))
        self.box.setKeyboardTracking(False)
        self.box.setAccelerated(True)
        self.box.valueChanged.connect(lambda v: self.committed.emit(int(v)))

    def value(self) -> int:
        return int(self.box.value())

    def _show(self, value: Any) -> None:
        low, high = int(self.spec.minimum or 0), int(self.spec.maximum or 2**31 - 1)
        self.box.setRange(min(low, int(value)), max(high, int(value)))  # show an out-of-bounds value as it is
        self.box.setValue(int(value))


class FloatEditor(Editor):
    """A real number; values spanning orders of magnitude (rates, lambdas) step by powers of ten."""

    def __init__(self, spec: ParamSpec, scale: float = 1.0) -> None:
        magnitude = 10 ** math.floor(math.log10(spec.default)) if spec.default else 0.01
        super().__init__(spec, NumberBox(zero_step=magnitude))
        self.scale = scale
        low = spec.minimum if spec.minimum is not None else -1e9
        self._range = (low + 1e-8 if spec.exclusive_minimum else low, spec.maximum if spec.maximum is not None else 1e9)
        self.box.setRange(*self._range)
        if spec.maximum is not None and spec.default and spec.maximum / spec.default >= 100:
            self.box.setStepType(QDoubleSpinBox.StepType.AdaptiveDecimalStepType)
        else:
            self.box.setSingleStep(1.0 if self._range[1] > 10 else 0.05 if self._range[1] >= 0.5 else 0.01)
        if scale != 1.0:
            self.box.setSuffix(" %")
        self.box.setValue(float(spec.default))
        self.box.setKeyboardTracking(False)
        self.box.valueChanged.connect(lambda v: self.committed.emit(round(float(v) * self.scale, 10)))

    def value(self) -> float:
        return round(float(self.box.value()) * self.scale, 10)

    def _show(self, value: Any) -> None:
        shown = float(value) / self.scale
        self.box.setRange(min(self._range[0], shown), max(self._range[1], shown))
        self.box.setValue(shown)


class ChoiceEditor(Editor):
    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec, QComboBox())
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(8)
        for choice in spec.choices:
            self.box.addItem(choice_label(choice), choice)
        self.box.activated.connect(lambda _i: self.committed.emit(self.value()))

    def value(self) -> str:
        return str(self.box.currentData())

    def _show(self, value: Any) -> None:
        self.box.setCurrentIndex(max(0, self.box.findData(value)))


class BoolEditor(Editor):
    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec, QCheckBox())
        self.box.toggled.connect(lambda on: self.committed.emit(bool(on)))

    def value(self) -> bool:
        return bool(self.box.isChecked())

    def _show(self, value: Any) -> None:
        self.box.setChecked(bool(value))


class ShapeEditor(Editor):
    """Sizes as text, ``28, 28, 1``; text that does not parse is committed as it is, so that the
    document refuses it with its own message."""

    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec, QLineEdit())
        self.box.setPlaceholderText(self.tr("e.g. 28, 28, 1"))
        self.box.editingFinished.connect(self._finish)
        self._shown: tuple[int, ...] = ()

    def value(self) -> Any:
        text = self.box.text().strip().strip("()[]")
        parts = [p for p in re.split(r"[,x×\s]+", text) if p]
        try:
            return tuple(int(p) for p in parts)
        except ValueError:
            return self.box.text()

    def _finish(self) -> None:
        if self.value() != self._shown:
            self.committed.emit(self.value())

    def _show(self, value: Any) -> None:
        self._shown = tuple(value)
        self.box.setText(", ".join(str(v) for v in value))


class DatasetEditor(Editor):
    """The built-in datasets, the project's own file or folder, and "Other file or folder…"."""

    def __init__(self, spec: ParamSpec) -> None:
        super().__init__(spec, QComboBox())
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.box.setMinimumContentsLength(8)
        self.box.activated.connect(self._chosen)
        self._show(spec.default)

    def value(self) -> str:
        return str(self.box.currentData())

    def _show(self, value: Any) -> None:
        self.box.clear()
        for name, label in DATASETS.items():
            self.box.addItem(QCoreApplication.translate("DatasetEditor", label), name)
        if value not in DATASETS:
            kind, _, where = str(value).partition(":")
            kinds = {"npz": self.tr("NumPy file"), "idx": self.tr("IDX files"), "folder": self.tr("image folder")}
            label = kinds.get(kind)
            shown = (
                self.tr("{name} ({kind})").format(name=Path(where).name, kind=label) if label and where else str(value)
            )
            self.box.addItem(shown, value)
            self.box.setItemData(self.box.count() - 1, str(value), Qt.ItemDataRole.ToolTipRole)
        self.box.addItem(self.tr("Other file or folder…"), OTHER_DATASET)
        self._current = str(value)
        self.box.setCurrentIndex(self.box.findData(value))

    def _chosen(self, index: int) -> None:
        value = self.box.itemData(index)
        if value == OTHER_DATASET:
            value = self.choose_other()
            if value is None:
                self.set_value(self._current)
                return
        self.committed.emit(value)
        if self.box.currentData() == OTHER_DATASET:  # the same dataset again: the document did not change
            self.set_value(self._current)

    def ask_kind(self) -> str | None:
        """A small menu under the combo: "npz", "folder", or None if dismissed."""
        menu = QMenu(self)
        menu.addAction(self.tr("A NumPy file (.npz)…")).setData("npz")
        menu.addAction(self.tr("A folder of images or IDX files…")).setData("folder")
        picked = menu.exec(self.box.mapToGlobal(self.box.rect().bottomLeft()))
        return None if picked is None else str(picked.data())

    def choose_other(self) -> str | None:
        """Ask for an .npz file or a folder (IDX files or one subfolder per class); None if cancelled."""
        kind = self.ask_kind()
        if kind == "npz":
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Choose a dataset"), settings.last_folder(), self.tr("NumPy files (*.npz)")
            )
            return dataset_for_path(Path(name)) if name else None
        if kind == "folder":
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a dataset folder"), settings.last_folder())
            return dataset_for_path(Path(folder)) if folder else None
        return None


def dataset_for_path(path: Path) -> str:
    """``npz:FILE``, ``idx:FOLDER`` for a folder holding train-images-idx3-ubyte, else ``folder:FOLDER``."""
    settings.set_last_folder(path)
    if not path.is_dir():
        return f"npz:{path}"
    if any(IDX_NAME.fullmatch(p.name) for p in path.iterdir() if p.is_file()):
        return f"idx:{path}"
    return f"folder:{path}"


EDITORS: dict[str, type[Editor]] = {
    "int": IntEditor,
    "float": FloatEditor,
    "choice": ChoiceEditor,
    "bool": BoolEditor,
    "shape": ShapeEditor,
}


def make_editor(spec: ParamSpec) -> Editor:
    """The editor for one catalog parameter."""
    return EDITORS[spec.kind](spec)


def make_training_editor(name: str) -> Editor:
    """The editor for one training setting (the validation split in percent)."""
    spec = TRAINING_SPECS[name]
    if name == "dataset":
        return DatasetEditor(spec)
    if name in PERCENT_PARAMS:
        return FloatEditor(spec, scale=0.01)
    return make_editor(spec)

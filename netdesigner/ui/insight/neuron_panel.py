"""The math view of one neuron: the tutorial's formulas with the network's real numbers.

Forward: ``z_j = Σ_i w_ij·x_i + b_j`` and ``output_j = φ(z_j)``, with the largest terms listed
and the model's own output beside it. Backward, for a target class: the loss, ``dL/dz_j`` by
the chain rule, ``dL/dw_ij = dL/dz_j · x_i`` and the gradient-descent update
``w_ij − η·dL/dw_ij``; and, from training, the change the optimizer actually applied at the
last probed step.
"""

from __future__ import annotations

import html
from typing import Any

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QTextBrowser, QVBoxLayout, QWidget

from netdesigner.ui import theme
from netdesigner.ui.insight.heatmap import ExportButton
from netdesigner.ui.insight.input_picker import InputPicker
from netdesigner.ui.insight.inspector import Inspector, source_text

HINT = QT_TRANSLATE_NOOP(
    "NeuronPanel",
    "Train the network, or load a trained model, then choose a Dense layer and one of its units "
    "(or click a tile in the Weights panel) to see its formula with the real numbers.",
)
TOP_TERMS = 8
LOSS_NAMES = {
    "cross_entropy": QT_TRANSLATE_NOOP("NeuronMath", "cross entropy"),
    "mse": QT_TRANSLATE_NOOP("NeuronMath", "mean squared error"),
}
translate = QCoreApplication.translate


def number(value: float) -> str:
    return f"{value:+.4g}".replace("+", "") if abs(value) >= 1e-4 or value == 0 else f"{value:.3e}"


def dense_layers(report: Any) -> list[str]:
    return [name for name, weights in report.weights.items() if weights[0].ndim == 2]


def math_html(math: Any, source: str, loss_name: str, optimizer: str, step: int, update: np.ndarray | None) -> str:
    """The whole view as rich text (also what the tests read); ``source`` names the input."""
    j, phi = math.unit, math.activation
    top = math.top(TOP_TERMS)
    contributions = math.contributions()
    top_sum = float(contributions[top].sum())
    rest = float(contributions.sum()) - top_sum
    image_input = len(math.inputs) == 28 * 28
    agrees = abs(math.output - math.layer_output) <= 1e-5 + 1e-4 * abs(math.layer_output)
    own = number(math.layer_output)
    if agrees:
        same = translate("NeuronMath", "✓ the same as the network's own output {value}").format(value=own)
        check = f"<span style='color:{theme.OK_COLOR.name()}'>{same}</span>"
    else:
        check = translate("NeuronMath", "✗ the network's own output is {value}").format(value=own)
    title = translate("NeuronMath", "Unit j = {unit} of “{layer}” ({activation}) for {source}")
    largest = translate("NeuronMath", "the {count} largest terms below")
    others = translate("NeuronMath", "the other {count} terms")
    bias = translate("NeuronMath", "bias")
    parts = [
        "<h3>" + title.format(unit=j, layer=html.escape(math.layer), activation=phi, source=html.escape(source)),
        "</h3><p>",
        translate(
            "NeuronMath",
            "<b>Forward pass.</b> The unit adds up its inputs, each times its weight, plus its bias:",
        ),
        "</p><p style='margin-left:16px'><code>z<sub>j</sub> = Σ<sub>i</sub> w<sub>ij</sub>·x<sub>i</sub> + b<sub>j</sub>"
        f"</code><br><code>&nbsp;&nbsp;&nbsp;= {number(top_sum)} ({largest.format(count=len(top))}) "
        f"+ {number(rest)} ({others.format(count=len(contributions) - len(top))}) + {number(math.bias)} "
        f"({bias})</code><br><code>&nbsp;&nbsp;&nbsp;= <b>{number(math.z)}</b></code></p>",
        f"<p style='margin-left:16px'><code>output<sub>j</sub> = {phi}(z<sub>j</sub>) = {phi}({number(math.z)}) = "
        f"<b>{number(math.output)}</b></code> &nbsp; {check}</p>",
    ]
    loss = translate("NeuronMath", LOSS_NAMES[loss_name]) if loss_name in LOSS_NAMES else loss_name
    backward = translate(
        "NeuronMath",
        "<b>Backward pass.</b> Aiming for class {target}, the loss ({loss}) on this one input is {value}. "
        "By the chain rule:",
    )
    value = f"<code>L = {number(math.loss)}</code>"
    parts.append("<p>" + backward.format(target=math.target, loss=loss, value=value) + "</p>")
    if phi == "softmax" and loss_name == "cross_entropy":
        chain = (
            f"<code>dL/dz<sub>j</sub> = output<sub>j</sub> − y<sub>j</sub> = {number(math.output)} − "
            f"{1 if j == math.target else 0} = <b>{number(math.dl_dz)}</b></code> "
            + translate("NeuronMath", "(softmax with cross entropy)")
        )
    elif math.derivative:
        chain = (
            f"<code>dL/dz<sub>j</sub> = dL/doutput<sub>j</sub> · {phi}′(z<sub>j</sub>) = "
            f"{number(math.dl_dz / math.derivative)} × {number(math.derivative)} = <b>{number(math.dl_dz)}</b></code>"
        )
    elif math.derivative == 0.0:
        chain = (
            f"<code>dL/dz<sub>j</sub> = dL/doutput<sub>j</sub> · {phi}′(z<sub>j</sub>) = … × 0 = <b>0</b></code> "
            + translate("NeuronMath", "(the unit is not active, so no gradient flows through it for this input)")
        )
    else:
        chain = f"<code>dL/dz<sub>j</sub> = <b>{number(math.dl_dz)}</b></code>"
    parts.append(f"<p style='margin-left:16px'>{chain}<br>")
    descent = translate(
        "NeuronMath", "{gradient}, and one gradient-descent step with η = {rate} sets {update}:"
    ).format(
        gradient="<code>dL/dw<sub>ij</sub> = dL/dz<sub>j</sub> · x<sub>i</sub></code>",
        rate=f"{math.learning_rate:g}",
        update="<code>w<sub>ij</sub> ← w<sub>ij</sub> − η·dL/dw<sub>ij</sub></code>",
    )
    parts.append(descent + "</p>")
    headers = ["i", translate("NeuronMath", "pixel (row, col)")] if image_input else ["i"]
    headers += [
        "x<sub>i</sub>",
        "w<sub>ij</sub>",
        "w<sub>ij</sub>·x<sub>i</sub>",
        "dL/dw<sub>ij</sub>",
        "−η·dL/dw<sub>ij</sub>",
    ]
    headers.append(translate("NeuronMath", "new {weight}").format(weight="w<sub>ij</sub>"))
    if update is not None:
        headers.append(translate("NeuronMath", "Δw applied at step {step}").format(step=step))
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in headers) + "</tr>"]
    updated = math.updated()
    for i in top:
        cells = [str(i)] + ([f"({i // 28}, {i % 28})"] if image_input else [])
        step_size = -math.learning_rate * math.dl_dw[i]
        values = (math.inputs[i], math.weights[i], contributions[i], math.dl_dw[i], step_size, updated[i])
        cells += [number(v) for v in values[:-1]] + [f"{values[-1]:.6g}"]
        if update is not None:
            cells.append(number(float(update[i])))
        rows.append("<tr>" + "".join(f"<td align='right'>{c}</td>" for c in cells) + "</tr>")
    parts.append("<table cellspacing='0' cellpadding='3' border='1'>" + "".join(rows) + "</table>")
    if update is not None:
        if optimizer == "adam":
            applied = translate(
                "NeuronMath",
                "The last column is what training ({optimizer}) actually changed at step {step}, on a batch of "
                "training images rather than this one input, with Adam's own per-weight step size.",
            )
        else:
            applied = translate(
                "NeuronMath",
                "The last column is what training ({optimizer}) actually changed at step {step}, on a batch of "
                "training images rather than this one input.",
            )
        parts.append("<p>" + applied.format(optimizer=optimizer, step=step) + "</p>")
    return "".join(parts)


class NeuronPanel(QWidget):
    def __init__(self, inspector: Inspector, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inspector = inspector
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.picker = InputPicker(inspector)
        top.addWidget(self.picker, 1)
        top.addWidget(ExportButton(self, "neuron.png"), 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)
        controls = QHBoxLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]  # layer, unit, target class
        self.layer_box = QComboBox()
        self.layer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.unit_box = QSpinBox()
        self.target_box = QSpinBox()
        self.target_box.setRange(-1, 9)
        self.target_box.setValue(-1)
        for label, box in zip(self.labels, (self.layer_box, self.unit_box, self.target_box), strict=True):
            controls.addWidget(label)
            controls.addWidget(box)
        controls.addStretch(1)
        layout.addLayout(controls)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        layout.addWidget(self.text, 1)
        self._retranslate()
        self.layer_box.currentTextChanged.connect(self._on_choice)
        self.unit_box.valueChanged.connect(self._on_choice)
        self.target_box.valueChanged.connect(lambda v: inspector.set_target(None if v < 0 else v))
        inspector.changed.connect(self.redraw)
        inspector.unit_selected.connect(self._show_choice)
        inspector.layer_selected.connect(self._on_layer_selected)
        self.redraw()

    def _retranslate(self) -> None:
        for label, text in zip(
            self.labels, (self.tr("Layer:"), self.tr("Unit j:"), self.tr("Aim for class:")), strict=True
        ):
            label.setText(text)
        self.layer_box.setAccessibleName(self.tr("Dense layer"))
        self.unit_box.setAccessibleName(self.tr("Unit"))
        self.target_box.setSpecialValueText(self.tr("true label"))
        self.target_box.setAccessibleName(self.tr("Target class of the backward pass"))
        self.target_box.setToolTip(self.tr("The class the loss is measured against; by default the image's true label"))
        self.text.setAccessibleName(self.tr("The neuron's formulas with numbers"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.redraw()
        super().changeEvent(event)

    def _on_choice(self) -> None:
        name = self.layer_box.currentText()
        report = self.inspector.report
        if report is None or name not in report.weights:
            return
        units = report.weights[name][0].shape[1]
        self.unit_box.setRange(0, units - 1)
        self.inspector.select_unit(name, self.unit_box.value())

    def _show_choice(self, layer: str, unit: int) -> None:
        for box, value in ((self.layer_box, None), (self.unit_box, unit)):
            box.blockSignals(True)
            if value is None:
                self.layer_box.setCurrentText(layer)
            else:
                report = self.inspector.report
                if report is not None and layer in report.weights:
                    self.unit_box.setRange(0, report.weights[layer][0].shape[1] - 1)
                self.unit_box.setValue(unit)
            box.blockSignals(False)

    def _on_layer_selected(self, layer: str) -> None:
        if self.layer_box.findText(layer) >= 0 and layer != self.layer_box.currentText():
            self.layer_box.setCurrentText(layer)

    def redraw(self) -> None:
        inspector = self.inspector
        report = inspector.report
        if report is None:
            text = f"<p>{html.escape(self.tr(HINT))}</p>"
            self.text.setHtml(text)
            return
        names = dense_layers(report)
        if [self.layer_box.itemText(i) for i in range(self.layer_box.count())] != names:
            self.layer_box.blockSignals(True)
            self.layer_box.clear()
            self.layer_box.addItems(names)
            self.layer_box.blockSignals(False)
            if inspector.layer in names:
                self._show_choice(inspector.layer, inspector.unit)
            elif names:
                self._on_choice()
        math = report.neuron
        if math is None or inspector.image is None:
            text = self.tr("Choose an input above.") if inspector.image is None else self.tr(HINT)
            if names and inspector.image is not None and inspector.session.busy:
                text = self.tr("The numbers appear at the next probe of the training run.")
            text = f"<p>{html.escape(text)}</p>"
            self.text.setHtml(text)
            return
        training = (inspector.session.project or inspector.doc.project).training
        update = report.updates.get(math.layer)
        column = update[:, math.unit] if update is not None and update.ndim == 2 else None
        step = report.updated_at
        source = source_text(inspector.source)
        self.text.setHtml(math_html(math, source, training.loss, training.optimizer, step, column))

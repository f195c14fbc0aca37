"""The properties panel: the selected layer's parameters, or, with nothing selected, how the
network is trained and the project's name. Editors come from the catalog; each change is one
undo step, and a refused value is explained under its field."""

from __future__ import annotations

import html
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.analysis import Analysis
from netdesigner.core.catalog import CATALOG, ParamSpec, is_visible
from netdesigner.core.shapes import format_shape
from netdesigner.ui import theme
from netdesigner.ui.catalog_text import bounds_text, layer_description, layer_label, param_title
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.icons import layer_icon
from netdesigner.ui.param_editors import Editor, error_color, make_editor, make_training_editor, tint
from netdesigner.ui.training_specs import TRAINING_SPECS
from netdesigner.ui.widgets import scrollable

MAX_LISTED = 12


def locked_text() -> str:
    return QCoreApplication.translate(
        "Properties", "Training is running, so the design is locked. Stop training to change it."
    )


def readable_error(error: Exception) -> str:
    """The message of a refusal, without pydantic's wrapping."""
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return str(first.get("msg", error)).removeprefix("Value error, ")
    return str(error)


def fix_hint(spec: ParamSpec) -> str:
    """What to type instead, for the inline message under a refused value."""
    if spec.kind == "shape":
        return QCoreApplication.translate(
            "Properties", "Type 1 to 3 whole numbers separated by commas, e.g. 28, 28, 1 (one of them may be -1)."
        )
    bounds = bounds_text(spec)
    return (
        QCoreApplication.translate("Properties", "Enter a value {bounds}.").format(bounds=bounds)
        if bounds
        else QCoreApplication.translate("Properties", "The previous value is kept.")
    )


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
    return form


def _label(text: str, editor: Editor) -> QLabel:
    label = QLabel(text)
    label.setToolTip(editor.toolTip())
    label.setBuddy(editor.box)
    return label


def _small(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 0.9)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _big(text: str) -> str:
    return f"<b style='font-size:120%'>{html.escape(text)}</b>"


def _muted(palette: QPalette) -> QColor:
    """Text color two thirds of the way from the background to the text, in any theme."""
    text, back = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    return QColor(*(round(b + (t - b) * 0.65) for t, b in zip(text.getRgb()[:3], back.getRgb()[:3], strict=True)))


def _icon_row(icon: QStyle.StandardPixmap, text: str, owner: QWidget) -> tuple[QWidget, QLabel]:
    """An icon beside word-wrapped text, so that a state is never shown by color alone."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    picture = QLabel()
    picture.setPixmap(owner.style().standardIcon(icon).pixmap(16, 16))
    picture.setAlignment(Qt.AlignmentFlag.AlignTop)
    words = QLabel(text)
    words.setWordWrap(True)
    words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(picture)
    layout.addWidget(words, 1)
    return row, words


class NodeForm(QWidget):
    """One layer: a header, its parameter editors, output shape, parameter count and problems."""

    def __init__(self, doc: Document, node_id: str) -> None:
        super().__init__()
        self.doc, self.node_id = doc, node_id
        node = doc.node(node_id)
        layer = CATALOG[node.type]
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(layer_icon(node.type).pixmap(32, 32))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        muted = _muted(self.palette()).name()
        heading_text = f"{_big(layer_label(node.type))} <span style='color:{muted}'>{html.escape(node_id)}</span>"
        title = QLabel(heading_text)
        title.setWordWrap(True)  # a long type and id go on two lines in a narrow dock
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title.setAccessibleName(self.tr("{type} layer {id}").format(type=layer_label(node.type), id=node_id))
        heading = QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(_small(QLabel(layer_description(node.type))))
        top.addWidget(icon)
        top.addLayout(heading, 1)
        outer.addLayout(top)
        self.fields = QWidget()
        self.fields.setAccessibleName(self.tr("{type} parameters").format(type=layer_label(node.type)))
        form = _form()
        form.setContentsMargins(0, 4, 0, 4)
        self.fields.setLayout(form)
        self.editors: dict[str, Editor] = {}
        self.rows: dict[str, tuple[QLabel, Editor]] = {}
        for spec in layer.params:
            editor = make_editor(spec)
            editor.committed.connect(lambda value, s=spec: self._commit(s, value))
            label = _label(param_title(spec), editor)
            editor.add_to(form, label)
            self.editors[spec.name], self.rows[spec.name] = editor, (label, editor)
        if not layer.params:
            form.addRow(_small(QLabel(self.tr("This layer has no settings."))))
        outer.addWidget(self.fields)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Output shape and parameter count"))
        outer.addWidget(self.summary)
        self.problems = QVBoxLayout()
        outer.addLayout(self.problems)
        self.problem_texts: list[str] = []
        outer.addStretch(1)
        self.sync()

    def sync(self) -> None:
        """Show the document's values (after undo, redo or an edit elsewhere) without editing it."""
        if not self.doc.has_node(self.node_id):
            return
        params = self.doc.node(self.node_id).params
        for name, (_label, editor) in self.rows.items():
            editor.set_value(params[name])
            editor.clear_error()
            visible = is_visible(editor.spec, params)
            editor.set_row_visible(visible)
        self.show_analysis(self.doc.analysis)

    def show_analysis(self, analysis: Analysis) -> None:
        """Output shape, trainable / non-trainable parameters and this node's problems."""
        shape = analysis.shapes.get(self.node_id)
        shape_text = format_shape(shape) if shape is not None else self.tr("unknown")
        lines = [self.tr("Output shape: <b>{shape}</b>").format(shape=shape_text)]
        counts = analysis.params.get(self.node_id)
        if counts is not None:
            trainable, frozen = counts
            lines.append(
                self.tr("Parameters: <b>{trainable}</b> trainable, <b>{frozen}</b> non-trainable").format(
                    trainable=f"{trainable:,}", frozen=f"{frozen:,}"
                )
            )
        summary = "<br>".join(lines)
        self.summary.setText(summary)
        while self.problems.count():
            item = self.problems.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # now, not when the deferred delete runs
                item.widget().deleteLater()
        self.problem_texts = []
        for problem in analysis.problems_for(self.node_id):
            error = problem.severity == "error"
            icon = QStyle.StandardPixmap.SP_MessageBoxCritical if error else QStyle.StandardPixmap.SP_MessageBoxWarning
            text = (self.tr("Error: {message}") if error else self.tr("Warning: {message}")).format(
                message=problem.message
            )
            row, words = _icon_row(icon, text, self)
            tint(words, error_color() if error else theme.WARNING_COLOR)
            self.problems.addWidget(row)
            self.problem_texts.append(text)

    def _commit(self, spec: ParamSpec, value: Any) -> None:
        try:
            self.doc.set_param(self.node_id, spec.name, value)
        except (ValueError, EditRefused) as refused:
            self.sync()  # put the document's value back
            hint = "" if isinstance(refused, EditRefused) else f" {fix_hint(spec)}"
            message = self.tr("Not changed: {reason}.").format(reason=readable_error(refused))
            self.editors[spec.name].show_error(message + hint)


class TrainingForm(QWidget):
    """The training settings and the project's name and description."""

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.doc = doc
        layout = QVBoxLayout(self)
        title = self.tr("Training")
        layout.addWidget(QLabel(_big(title)))
        layout.addWidget(
            _small(QLabel(self.tr("How the network learns. Select a layer on the canvas to edit the layer.")))
        )
        form = _form()
        self.editors: dict[str, Editor] = {}
        for name, spec in TRAINING_SPECS.items():
            editor = make_training_editor(name)
            editor.committed.connect(lambda value, n=name: self._commit(n, value))
            self.editors[name] = editor
            editor.add_to(form, _label(param_title(spec), editor))
        self.full_batch = QCheckBox(self.tr("Full batch"))
        self.full_batch.setToolTip(
            self.tr(
                "Batch gradient descent: one update per epoch over the whole training set. "
                "Untick for mini-batch gradient descent with the batch size beside it."
            )
        )
        self.full_batch.setAccessibleName(self.tr("Full batch (batch gradient descent)"))
        self.full_batch.toggled.connect(self._on_full_batch)
        self.editors["batch_size"].row.addWidget(self.full_batch)
        layout.addLayout(form)
        project = QGroupBox(self.tr("Project"))
        details = _form()
        project.setLayout(details)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Project name"))
        self.name.setMaxLength(200)
        self.name.editingFinished.connect(lambda: self._set_metadata(name=self.name.text()))
        self.description = QPlainTextEdit()
        self.description.setAccessibleName(self.tr("Project description"))
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(96)
        self.description.installEventFilter(self)
        doc.about_to_lock.connect(self._commit_typing)
        self.project_error = QLabel()
        self.project_error.setWordWrap(True)
        tint(self.project_error, error_color())
        details.addRow(self.tr("Name"), self.name)
        details.addRow(self.tr("Description"), self.description)
        details.addRow(self.project_error)
        self._details = details
        layout.addWidget(project)
        layout.addStretch(1)
        doc.training_changed.connect(self.sync)
        doc.metadata_changed.connect(self.sync)
        doc.project_replaced.connect(self.sync)
        self.sync()

    def sync(self) -> None:
        """Show the document's training settings and metadata without editing them."""
        training = self.doc.training
        for name, editor in self.editors.items():
            value = getattr(training, name)
            editor.clear_error()
            if not (name == "batch_size" and value == "full"):
                editor.set_value(value)
        full = training.batch_size == "full"
        self.full_batch.blockSignals(True)
        self.full_batch.setChecked(full)
        self.full_batch.blockSignals(False)
        self.editors["batch_size"].box.setEnabled(not full)
        self.editors["momentum"].setEnabled(training.optimizer == "momentum")
        metadata = self.doc.project.metadata
        if self.name.text() != metadata.name:
            self.name.setText(metadata.name)
        if self.description.toPlainText() != metadata.description:
            self.description.setPlainText(metadata.description)
        self._details.setRowVisible(self.project_error, False)

    def _commit(self, name: str, value: Any) -> None:
        try:
            self.doc.set_training(**{name: value})
        except (ValidationError, EditRefused) as refused:
            self.sync()
            hint = "" if isinstance(refused, EditRefused) else f" {fix_hint(TRAINING_SPECS[name])}"
            message = self.tr("Not changed: {reason}.").format(reason=readable_error(refused))
            self.editors[name].show_error(message + hint)

    def _on_full_batch(self, full: bool) -> None:
        self._commit("batch_size", "full" if full else self.editors["batch_size"].value())

    def _commit_typing(self) -> None:
        """Keep a name or description being typed when training locks the design."""
        metadata = self.doc.project.metadata
        changes = {"name": self.name.text(), "description": self.description.toPlainText()}
        changes = {k: v for k, v in changes.items() if getattr(metadata, k) != v}
        if changes:
            self._set_metadata(**changes)

    def _set_metadata(self, **changes: str) -> None:
        try:
            self.doc.set_metadata(**changes)
        except (ValidationError, EditRefused) as refused:
            self.sync()
            self.project_error.setText(self.tr("Not changed: {reason}.").format(reason=readable_error(refused)))
            self._details.setRowVisible(self.project_error, True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.description and event.type() == QEvent.Type.FocusOut:
            self._set_metadata(description=self.description.toPlainText())
        return super().eventFilter(watched, event)


class PropertiesPanel(QWidget):
    """Shows a :class:`NodeForm` for one selected layer, the :class:`TrainingForm` when nothing is
    selected, or a note naming the layers of a multiple selection."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.node_ids: list[str] = []
        self.node_form: NodeForm | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.locked = QFrame()
        self.locked.setFrameShape(QFrame.Shape.StyledPanel)
        self.locked.setAutoFillBackground(True)
        self.locked.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        row, self.locked_text = _icon_row(QStyle.StandardPixmap.SP_MessageBoxInformation, locked_text(), self)
        QVBoxLayout(self.locked).addWidget(row)
        self.locked.setAccessibleName(locked_text())
        layout.addWidget(self.locked)
        self.stack = QStackedWidget()
        self.training = TrainingForm(doc)
        self.multi = QLabel()
        self.multi.setWordWrap(True)
        self.multi.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.multi.setContentsMargins(9, 9, 9, 9)
        self.multi.setAccessibleName(self.tr("Selected layers"))
        self.stack.addWidget(self.training)
        self.stack.addWidget(self.multi)
        layout.addWidget(scrollable(self.stack, self.tr("Properties")))
        self.setMinimumWidth(240)
        doc.node_changed.connect(self._on_node_changed)
        doc.node_removed.connect(self._on_node_removed)
        doc.analysis_changed.connect(self._on_analysis_changed)
        doc.project_replaced.connect(lambda: self.show_nodes([], force=True))
        doc.read_only_changed.connect(self._on_read_only_changed)
        self._on_read_only_changed(doc.read_only)
        self.show_nodes([], force=True)

    def show_nodes(self, node_ids: list[str], force: bool = False) -> None:
        """Follow the canvas selection: one layer's form, the training form, or a summary."""
        node_ids = [n for n in node_ids if self.doc.has_node(n)]
        if node_ids == self.node_ids and not force:
            return
        self.node_ids = node_ids
        if self.node_form is not None:
            self.stack.removeWidget(self.node_form)
            self.node_form.deleteLater()
            self.node_form = None
        if len(node_ids) == 1:
            self.node_form = NodeForm(self.doc, node_ids[0])
            self.node_form.fields.setEnabled(not self.doc.read_only)
            self.stack.addWidget(self.node_form)
            self.stack.setCurrentWidget(self.node_form)
        elif node_ids:
            listed = "".join(
                f"<li>{html.escape(layer_label(self.doc.node(n).type))} <i>{html.escape(n)}</i></li>"
                for n in node_ids[:MAX_LISTED]
            )
            more = len(node_ids) - MAX_LISTED
            and_more = self.tr("and {count} more").format(count=more)
            more_item = f"<li>{and_more}</li>" if more > 0 else ""
            heading = self.tr("{count} layers selected").format(count=len(node_ids))
            hint = self.tr(
                "Select one layer to edit its settings, or click the empty canvas for the training settings."
            )
            text = f"<b>{heading}</b><ul style='margin-left:-20px'>{listed}{more_item}</ul>{hint}"
            self.multi.setText(text)
            self.stack.setCurrentWidget(self.multi)
        else:
            self.training.sync()
            self.stack.setCurrentWidget(self.training)

    def _on_node_changed(self, node_id: str) -> None:
        if self.node_form is not None and self.node_form.node_id == node_id:
            self.node_form.sync()

    def _on_node_removed(self, node_id: str) -> None:
        if node_id in self.node_ids:
            self.show_nodes([n for n in self.node_ids if n != node_id])

    def _on_analysis_changed(self, analysis: Analysis) -> None:
        if self.node_form is not None:
            self.node_form.show_analysis(analysis)

    def _on_read_only_changed(self, read_only: bool) -> None:
        self.locked.setVisible(read_only)
        self.training.setEnabled(not read_only)
        if self.node_form is not None:
            self.node_form.fields.setEnabled(not read_only)

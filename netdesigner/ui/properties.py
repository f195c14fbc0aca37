"""The properties panel: the selected layer's parameters, or, with nothing selected, how the
network is trained. Editors come from the catalog; each change is one undo step."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.analysis import Analysis
from netdesigner.core.catalog import CATALOG, ParamSpec, is_visible
from netdesigner.core.shapes import format_shape
from netdesigner.ui import theme
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.icons import layer_icon
from netdesigner.ui.param_editors import Editor, error_label, make_editor, readable_error
from netdesigner.ui.training_form import TrainingForm

LOCKED_TEXT = "🔒 Training is running: the design is locked until it stops."


class NodeForm(QWidget):
    """The parameters of one layer, kept in step with the document."""

    def __init__(self, doc: Document, node_id: str) -> None:
        super().__init__()
        self.doc, self.node_id = doc, node_id
        node = doc.node(node_id)
        layer = CATALOG[node.type]
        outer = QVBoxLayout(self)
        header = QLabel()
        header.setTextFormat(Qt.TextFormat.RichText)
        header.setWordWrap(True)
        icon_label = QLabel()
        icon_label.setPixmap(layer_icon(node.type).pixmap(32, 32))
        icon_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        top = QHBoxLayout()
        top.addWidget(icon_label)
        top.addWidget(header, 1)
        outer.addLayout(top)
        header.setText(
            f"<b style='font-size:120%'>{node.type}</b> &nbsp; <span>{html.escape(node_id)}</span>"
            f"<br><small>{html.escape(layer.description)}</small>"
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.editors: dict[str, Editor] = {}
        self.errors: dict[str, QLabel] = {}
        self.rows: dict[str, tuple[QLabel, QWidget]] = {}
        for spec in layer.params:
            editor = make_editor(spec)
            editor.committed.connect(lambda value, s=spec: self._commit(s, value))
            error = error_label()
            field = QWidget()
            column = QVBoxLayout(field)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(editor)
            column.addWidget(error)
            label = QLabel(spec.title)
            label.setToolTip(editor.toolTip())
            label.setBuddy(editor.focus_widget())
            form.addRow(label, field)
            self.editors[spec.name], self.errors[spec.name], self.rows[spec.name] = editor, error, (label, field)
        outer.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.problems)
        outer.addStretch(1)
        self.sync()

    def sync(self) -> None:
        """Show the document's values (after undo, redo or an edit elsewhere)."""
        if not self.doc.has_node(self.node_id):
            return
        params = self.doc.node(self.node_id).params
        for name, editor in self.editors.items():
            editor.set_value(params[name])
            label, field = self.rows[name]
            visible = is_visible(editor.spec, params)
            label.setVisible(visible)
            field.setVisible(visible)
        self.show_analysis(self.doc.analysis)

    def show_analysis(self, analysis: Analysis) -> None:
        shape = analysis.shapes.get(self.node_id)
        counts = analysis.params.get(self.node_id)
        parts = [f"Output shape: <b>{format_shape(shape) if shape is not None else '?'}</b>"]
        if counts is not None:
            trainable, frozen = counts
            text = f"Parameters: <b>{trainable + frozen:,}</b>"
            if frozen:
                text += f" ({trainable:,} trainable, {frozen:,} not)"
            parts.append(text)
        self.summary.setText("<br>".join(parts))
        problems = analysis.problems_for(self.node_id)
        self.problems.setText(
            "<br>".join(
                f"<span style='color:{(theme.ERROR_COLOR if p.severity == 'error' else theme.WARNING_COLOR).name()}'>"
                f"⚠ {html.escape(p.message)}</span>"
                for p in problems
            )
        )
        self.problems.setVisible(bool(problems))

    def _commit(self, spec: ParamSpec, value: Any) -> None:
        error = self.errors[spec.name]
        try:
            self.doc.set_param(self.node_id, spec.name, value)
        except (ValueError, EditRefused) as refused:
            error.setText(f"{readable_error(refused)}")
            error.show()
            self.sync()
            return
        error.hide()


class PropertiesPanel(QWidget):
    """Shows a :class:`NodeForm`, the training form, or a note about a multiple selection."""

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.node_ids: list[str] = []
        self.node_form: NodeForm | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.locked = QLabel(LOCKED_TEXT)
        self.locked.setWordWrap(True)
        self.locked.setContentsMargins(8, 6, 8, 6)
        self.locked.hide()
        layout.addWidget(self.locked)
        self.stack = QStackedWidget()
        self.training = TrainingForm(doc)
        self.multi = QLabel()
        self.multi.setWordWrap(True)
        self.multi.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.multi.setContentsMargins(8, 8, 8, 8)
        self.stack.addWidget(self.training)
        self.stack.addWidget(self.multi)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        scroll.setAccessibleName("Properties")
        layout.addWidget(scroll)
        self.setMinimumWidth(260)
        doc.node_changed.connect(self._on_node_changed)
        doc.node_removed.connect(self._on_node_removed)
        doc.analysis_changed.connect(self._on_analysis_changed)
        doc.project_replaced.connect(lambda: self.show_nodes([]))
        doc.read_only_changed.connect(self._on_read_only_changed)
        self.show_nodes([])

    def show_nodes(self, node_ids: list[str]) -> None:
        node_ids = [n for n in node_ids if self.doc.has_node(n)]
        if node_ids == self.node_ids and (len(node_ids) != 1 or self.node_form is not None):
            return
        self.node_ids = node_ids
        if self.node_form is not None:
            self.stack.removeWidget(self.node_form)
            self.node_form.deleteLater()
            self.node_form = None
        if len(node_ids) == 1:
            self.node_form = NodeForm(self.doc, node_ids[0])
            self.node_form.setEnabled(not self.doc.read_only)
            self.stack.addWidget(self.node_form)
            self.stack.setCurrentWidget(self.node_form)
        elif node_ids:
            kinds = ", ".join(f"{self.doc.node(n).type} {n}" for n in node_ids[:12])
            more = f" and {len(node_ids) - 12} more" if len(node_ids) > 12 else ""
            self.multi.setText(
                f"<b>{len(node_ids)} layers selected</b><br>{html.escape(kinds)}{more}"
                "<br><br>Select one layer to edit its settings, or click the empty canvas for the training settings."
            )
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
            self.node_form.setEnabled(not read_only)

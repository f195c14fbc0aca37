"""The problems list: every problem of the design, its node, and a one-click fix where the
repair is obvious. Clicking a problem selects its node on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.analysis import Analysis
from netdesigner.core.problems import Problem
from netdesigner.ui import theme
from netdesigner.ui.document import Document, EditRefused
from netdesigner.ui.widgets import scrollable


class ProblemRow(QFrame):
    """One problem: icon, message, and its fix button if it has one. Click or Enter selects."""

    def __init__(self, problem: Problem, panel: ProblemsPanel) -> None:
        super().__init__()
        self.problem, self.panel = problem, panel
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        error = problem.severity == "error"
        kind = self.tr("Error") if error else self.tr("Warning")
        named = self.tr("Error: {message}") if error else self.tr("Warning: {message}")
        self.setAccessibleName(named.format(message=problem.message))
        if problem.node:
            tip = self.tr("{kind}. Click to select {node} on the canvas.").format(kind=kind, node=problem.node)
        else:
            tip = kind
        self.setToolTip(tip)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        icon = QLabel()
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
        if problem.severity == "warning":
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(18, 18))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        self.text = QLabel(problem.message)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        layout.addWidget(self.text, 1)
        self.fix_button: QPushButton | None = None
        if problem.fix is not None:
            label = problem.fix.label
            button = QPushButton(label)
            button.setToolTip(self.tr("{fix} (undo with Ctrl+Z)").format(fix=label))
            button.clicked.connect(lambda: panel.apply_fix(problem))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.fix_button = button

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        self.panel.select(self.problem)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.panel.select(self.problem)
            return
        super().keyPressEvent(event)


class ProblemsPanel(QWidget):
    """Lists ``doc.analysis.problems``; emits ``node_requested`` when one is clicked."""

    node_requested = Signal(str)
    message = Signal(str)

    def __init__(self, doc: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.body = QWidget()
        self.rows_layout = QVBoxLayout(self.body)
        self.rows_layout.setContentsMargins(0, 0, 0, 0)
        self.rows_layout.setSpacing(4)
        self.rows_layout.addStretch(1)
        layout.addWidget(scrollable(self.body, self.tr("Problems")), 1)
        self.rows: list[ProblemRow] = []
        doc.analysis_changed.connect(self._on_analysis_changed)
        self._on_analysis_changed(doc.analysis)

    def _on_analysis_changed(self, analysis: Analysis) -> None:
        for row in self.rows:
            self.rows_layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = [ProblemRow(problem, self) for problem in analysis.problems]
        for index, row in enumerate(self.rows):
            self.rows_layout.insertWidget(index, row)
        errors = sum(p.severity == "error" for p in analysis.problems)
        warnings = len(analysis.problems) - errors
        if not self.doc.nodes:
            text = self.tr("The canvas is empty: add an Input layer to begin.")
            color = theme.text_color(muted=True)
        elif errors and warnings:
            text = self.tr("✗ {errors} to fix before training (and {warnings})").format(
                errors=self._errors(errors), warnings=self._warnings(warnings)
            )
            color = theme.ERROR_COLOR
        elif errors:
            text = self.tr("✗ {errors} to fix before training").format(errors=self._errors(errors))
            color = theme.ERROR_COLOR
        elif warnings:
            text = self.tr("✓ Ready to train, with {warnings}").format(warnings=self._warnings(warnings))
            color = theme.WARNING_COLOR
        else:
            text = self.tr("✓ No problems: the network is ready to train")
            color = theme.OK_COLOR
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {color.name()}; font-weight: bold;")

    def select(self, problem: Problem) -> None:
        if problem.node:
            self.node_requested.emit(problem.node)

    def apply_fix(self, problem: Problem) -> None:
        assert problem.fix is not None
        try:
            node = self.doc.apply_fix(problem.fix)
        except (EditRefused, ValueError, KeyError) as error:
            self.message.emit(self.tr("Could not apply “{fix}”: {error}").format(fix=problem.fix.label, error=error))
            return
        if node:
            self.node_requested.emit(node)

    def _errors(self, count: int) -> str:
        return self.tr("1 error") if count == 1 else self.tr("{count} errors").format(count=count)

    def _warnings(self, count: int) -> str:
        return self.tr("1 warning") if count == 1 else self.tr("{count} warnings").format(count=count)

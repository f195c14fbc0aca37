"""The problems list: every problem of the design, its node, and a one-click fix where the
repair is obvious. Clicking a problem selects its node on the canvas."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.analysis import Analysis
from netdesigner.core.problems import Problem
from netdesigner.ui import theme
from netdesigner.ui.document import Document, EditRefused


class _ProblemRow(QWidget):
    def __init__(self, problem: Problem, panel: ProblemsPanel) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        icon = QLabel()
        pixmap = QStyle.StandardPixmap.SP_MessageBoxCritical
        if problem.severity == "warning":
            pixmap = QStyle.StandardPixmap.SP_MessageBoxWarning
        icon.setPixmap(self.style().standardIcon(pixmap).pixmap(18, 18))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(icon)
        where = f"<b>{problem.node}</b>: " if problem.node else ""
        kind = "Error" if problem.severity == "error" else "Warning"
        text = QLabel(f"{where}{problem.message}")
        text.setWordWrap(True)
        text.setToolTip(f"{kind}: {problem.message}")
        text.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout.addWidget(text, 1)
        self.fix_button: QPushButton | None = None
        if problem.fix is not None:
            button = QPushButton(problem.fix.label)
            button.setToolTip(f"{problem.fix.label} (undo with Ctrl+Z)")
            button.clicked.connect(lambda: panel.apply_fix(problem))
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.fix_button = button


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
        self.list = QListWidget()
        self.list.setAccessibleName("Problems")
        self.list.setSelectionMode(QListWidget.SelectionMode.SingleSelection)
        self.list.itemClicked.connect(self._on_item_clicked)
        self.list.itemActivated.connect(self._on_item_clicked)
        layout.addWidget(self.list, 1)
        self.problems: list[Problem] = []
        doc.analysis_changed.connect(self._on_analysis_changed)
        self._on_analysis_changed(doc.analysis)

    def _on_analysis_changed(self, analysis: Analysis) -> None:
        self.problems = list(analysis.problems)
        self.list.clear()
        for problem in self.problems:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, problem.node)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{problem.severity}: {problem.message}")
            row = _ProblemRow(problem, self)
            item.setSizeHint(row.sizeHint())
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
        errors = sum(p.severity == "error" for p in self.problems)
        warnings = len(self.problems) - errors
        if not self.doc.nodes:
            self.summary.setText("The canvas is empty: add an Input layer to begin.")
            color = theme.text_color(muted=True)
        elif errors:
            self.summary.setText(f"✗ {_plural(errors, 'error')} to fix before training" + _also(warnings))
            color = theme.ERROR_COLOR
        elif warnings:
            self.summary.setText(f"✓ Ready to train, with {_plural(warnings, 'warning')}")
            color = theme.WARNING_COLOR
        else:
            self.summary.setText("✓ No problems: the network is ready to train")
            color = theme.OK_COLOR
        self.summary.setStyleSheet(f"color: {color.name()}; font-weight: bold;")

    def _on_item_clicked(self, item: QListWidgetItem) -> None:
        node = item.data(Qt.ItemDataRole.UserRole)
        if node:
            self.node_requested.emit(node)

    def apply_fix(self, problem: Problem) -> None:
        assert problem.fix is not None
        try:
            node = self.doc.apply_fix(problem.fix)
        except (EditRefused, ValueError, KeyError) as error:
            self.message.emit(f"Could not apply “{problem.fix.label}”: {error}")
            return
        if node:
            self.node_requested.emit(node)


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _also(warnings: int) -> str:
    return f" (and {_plural(warnings, 'warning')})" if warnings else ""

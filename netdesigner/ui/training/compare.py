"""Two runs side by side: what differs in the design and the training settings, next to what
each achieved. The differences are computed in plain Python; the dialog only shows them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from netdesigner.core.spec import LOSS_LABELS, OPTIMIZER_LABELS, Network, RunRecord
from netdesigner.ui.node_item import key_settings
from netdesigner.ui.training.run_text import outcome_text

LABELS = {  # settings' values in words (the names of products such as Adam stay as they are)
    "cross_entropy": QT_TRANSLATE_NOOP("CompareDialog", "cross entropy"),
    "mse": QT_TRANSLATE_NOOP("CompareDialog", "mean squared error"),
    "momentum": QT_TRANSLATE_NOOP("CompareDialog", "SGD with momentum"),
}
SETTINGS = {
    "loss": QT_TRANSLATE_NOOP("CompareDialog", "loss"),
    "optimizer": QT_TRANSLATE_NOOP("CompareDialog", "optimizer"),
    "learning_rate": QT_TRANSLATE_NOOP("CompareDialog", "learning rate"),
    "momentum": QT_TRANSLATE_NOOP("CompareDialog", "momentum"),
    "batch_size": QT_TRANSLATE_NOOP("CompareDialog", "batch size"),
    "epochs": QT_TRANSLATE_NOOP("CompareDialog", "epochs"),
    "validation_split": QT_TRANSLATE_NOOP("CompareDialog", "validation split"),
    "seed": QT_TRANSLATE_NOOP("CompareDialog", "seed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CompareDialog", text)


def _layers(network: Network) -> dict[str, str]:
    return {n.id: f"{n.type} {key_settings(n)}".strip() for n in network.nodes}


def architecture_rows(a: Network, b: Network) -> list[tuple[str, str, str]]:
    """(layer, in A, in B) for every layer that differs; '—' where a run has no such layer."""
    first, second = _layers(a), _layers(b)
    rows = []
    for node_id in list(first) + [n for n in second if n not in first]:
        left, right = first.get(node_id, "—"), second.get(node_id, "—")
        if left != right:
            rows.append((QCoreApplication.translate("CompareDialog", "layer {id}").format(id=node_id), left, right))
        elif node_id in first:
            params_a = a.node(node_id).params
            params_b = b.node(node_id).params
            for name in params_a:
                if params_a[name] != params_b.get(name):
                    rows.append((f"{node_id}.{name}", str(params_a[name]), str(params_b.get(name))))
    edges_a = {(e.source, e.target) for e in a.edges}
    edges_b = {(e.source, e.target) for e in b.edges}
    if edges_a != edges_b:
        edges = QCoreApplication.translate("CompareDialog", "{count} edges")
        rewired = QCoreApplication.translate("CompareDialog", "{count} edges (rewired)")
        rows.append(
            (
                QCoreApplication.translate("CompareDialog", "connections"),
                edges.format(count=len(edges_a)),
                rewired.format(count=len(edges_b)),
            )
        )
    return rows


def _setting(record: RunRecord, name: str) -> str:
    value = getattr(record.training, name)
    if not isinstance(value, str):
        return f"{value:g}"
    if value in LABELS:
        return _tr(LABELS[value])
    return {**LOSS_LABELS, **OPTIMIZER_LABELS}.get(value, value)


def result_rows(a: RunRecord, b: RunRecord) -> list[tuple[str, str, str]]:
    def last(record: RunRecord, key: str) -> str:
        values = [e[key] for e in record.epochs if key in e]
        return f"{values[-1]:.4f}" if values else "—"

    def test(record: RunRecord, key: str) -> str:
        if not record.test:
            return "—"
        return f"{record.test[key]:.2%}" if key == "accuracy" else f"{record.test[key]:.4f}"

    return [
        (QCoreApplication.translate("CompareDialog", "test accuracy"), test(a, "accuracy"), test(b, "accuracy")),
        (QCoreApplication.translate("CompareDialog", "test loss"), test(a, "loss"), test(b, "loss")),
        (
            QCoreApplication.translate("CompareDialog", "last validation accuracy"),
            last(a, "val_accuracy"),
            last(b, "val_accuracy"),
        ),
        (QCoreApplication.translate("CompareDialog", "last training loss"), last(a, "loss"), last(b, "loss")),
        (QCoreApplication.translate("CompareDialog", "epochs run"), str(len(a.epochs)), str(len(b.epochs))),
        (QCoreApplication.translate("CompareDialog", "outcome"), outcome_text(a.outcome), outcome_text(b.outcome)),
        (QCoreApplication.translate("CompareDialog", "time"), f"{a.seconds:.1f} s", f"{b.seconds:.1f} s"),
    ]


def setting_rows(a: RunRecord, b: RunRecord) -> list[tuple[str, str, str]]:
    names = ("loss", "optimizer", "learning_rate", "momentum", "batch_size", "epochs", "validation_split", "seed")
    rows = [(_tr(SETTINGS[name]), _setting(a, name), _setting(b, name)) for name in names]
    rows.append((QCoreApplication.translate("CompareDialog", "dataset"), a.training.dataset, b.training.dataset))
    return rows


class CompareDialog(QDialog):
    def __init__(self, a: RunRecord, b: RunRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare {first} and {second}").format(first=a.id, second=b.id))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Rows that differ are highlighted. The design rows list only what changed."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = QTableWidget(0, 3)
        self.table.setAccessibleName(self.tr("Run comparison"))
        runs = ["", f"{a.id}: {a.name}", f"{b.id}: {b.name}"]  # the runs' own ids and names
        self.table.setHorizontalHeaderLabels(runs)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        same = self.tr("same layers")
        design = architecture_rows(a.network, b.network) or [(self.tr("design"), same, same)]
        self._section(self.tr("Results"), result_rows(a, b))
        self._section(self.tr("Training settings"), setting_rows(a, b))
        self._section(self.tr("Design"), design)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _section(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        heading = QTableWidgetItem(title)
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        self.table.setItem(row, 0, heading)
        self.table.setSpan(row, 0, 1, 3)
        highlight = QBrush(QColor(250, 204, 21, 70))
        for name, left, right in rows:
            row = self.table.rowCount()
            self.table.insertRow(row)
            differs = left != right
            for column, text in enumerate((name, left, right)):
                item = QTableWidgetItem(("≠ " if differs and column == 0 else "") + text)
                if differs:
                    item.setBackground(highlight)
                self.table.setItem(row, column, item)

    def rows(self) -> list[tuple[str, str, str]]:
        """The table as text, for tests."""
        return [
            tuple(self.table.item(r, c).text() if self.table.item(r, c) else "" for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
        ]

"""Every string the window shows goes through Qt's translation system.

A source scan: a string literal (or f-string) handed straight to a Qt call that shows text, such as
``setText("Train")`` or ``QAction("&Open…")``, never reaches a ``.ts`` file and stays English in
every language. Wrap it in ``self.tr(...)`` or ``QCoreApplication.translate(context, ...)``. A literal
that must not be translated (a product name, a unit symbol) carries ``# notr`` on its line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

UI = Path(__file__).resolve().parent.parent / "netdesigner" / "ui"

SHOWS_TEXT = {
    # widgets and actions built with their text
    "QAction",
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QDockWidget",
    "QMenu",
    # setters and adders that show their argument
    "setText",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setWindowTitle",
    "setPlaceholderText",
    "setTitle",
    "setLabel",
    "setLabelText",
    "setHtml",
    "setPlainText",
    "setInformativeText",
    "setDetailedText",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "setFormat",
    "setTabText",
    "setItemText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setAccessibleName",
    "setAccessibleDescription",
    "addMenu",
    "addAction",
    "addItem",
    "addItems",
    "insertItem",
    "addTab",
    "addRow",
    "showMessage",
    "critical",
    "warning",
    "information",
    "question",
    # the app's own dialogs (netdesigner.ui.dialogs)
    "error",
    "ask_save",
    "ask_recover",
    "open_path",
    "save_path",
}
TRANSLATED = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}


def ui_files() -> list[Path]:
    return sorted(UI.rglob("*.py"))


def bare_literals(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found: list[str] = []

    def visit(node: ast.AST, shown: bool) -> None:
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if name in TRANSLATED:
                return
            for child in ast.iter_child_nodes(node):
                visit(child, shown or (name in SHOWS_TEXT and child is not func))
            return
        if shown and isinstance(node, (ast.Constant, ast.JoinedStr)):
            text = node.value if isinstance(node, ast.Constant) else "f-string"
            if isinstance(text, str) and any(c.isalpha() for c in text):
                if "# notr" not in lines[node.lineno - 1]:
                    found.append(f"{path.relative_to(UI.parent.parent)}:{node.lineno}: {text!r}")
            return
        for child in ast.iter_child_nodes(node):
            visit(child, shown)

    visit(ast.parse(source), False)
    return found


@pytest.mark.parametrize("path", ui_files(), ids=lambda p: str(p.relative_to(UI)))
def test_shown_strings_are_translatable(path):
    found = bare_literals(path)
    assert not found, "shown without tr():\n" + "\n".join(found)


def test_the_scan_finds_a_bare_literal(tmp_path):
    sample = UI / "_scan_sample.py"
    try:
        sample.write_text(
            'label.setText("Train")\n'
            'label.setText(self.tr("Train"))\n'
            'label.setToolTip("∇")  # notr\n'
            'menu.addAction(QAction(f"Run {n}"))\n',
            encoding="utf-8",
        )
        found = bare_literals(sample)
    finally:
        sample.unlink()
    assert [f.split(": ", 1)[1] for f in found] == ["'Train'", "'f-string'"]

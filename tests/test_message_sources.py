"""What core and engine tell the student is written so it can be translated.

A source scan: a string literal or f-string handed straight to a message (a ``Problem``'s message,
a ``Fix``'s label, a diagnosis ``Finding``, the text of an error the window shows, a function that
returns a refusal) never reaches ``messages_zh_CN.ts`` and stays English in every language. Write
``translate("Context", "text with {value}").format(value=...)`` instead (``netdesigner.core.i18n``),
or mark a table entry with ``QT_TRANSLATE_NOOP`` and translate it where it is used. A literal that
must stay as it is (a programmer's error) carries ``# notr`` on its line.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "netdesigner"
# The layer catalog and the templates are the "catalog" translation area's, checked there.
OTHER_AREA = {"core/catalog.py", "core/templates.py"}

# call name -> positions of the arguments that are shown, and keyword arguments that are shown
MESSAGES: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "Problem": ((1,), ("message",)),
    "Fix": ((1,), ("label",)),
    "Finding": ((1, 2), ("message", "advice")),
}
# Errors whose message reaches the student (the window shows ``str(error)``).
USER_ERRORS = {
    "BuildError",
    "CodegenError",
    "DatasetError",
    "EmptyImageError",
    "ImageError",
    "ModelImportError",
    "NeuronError",
    "ProjectError",
    "Refusal",
    "ShapeError",
    "ValueError",  # pydantic shows a validator's ValueError; the engine's reach the window
}
# Error classes that never carry a student's message (none so far; add with a reason).
INTERNAL_ERRORS: set[str] = set()
# Functions whose return value is a message for the student.
MESSAGE_FUNCTIONS = {"connection_error", "memory_problem"}
TRANSLATED = {"translate", "QT_TRANSLATE_NOOP"}


def source_files() -> list[Path]:
    files = sorted((PACKAGE / "core").glob("*.py")) + sorted((PACKAGE / "engine").glob("*.py"))
    return [p for p in files if str(p.relative_to(PACKAGE)) not in OTHER_AREA]


def _name(func: ast.expr) -> str | None:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _text(node: ast.expr) -> bool:
    """A literal, or a table entry marked with QT_TRANSLATE_NOOP where it is defined."""
    return _literal(node) or isinstance(node, (ast.Name, ast.Attribute, ast.Subscript))


def untranslated(path: Path) -> list[str]:
    """``file:line: text`` of every literal or f-string that reaches the student untranslated."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found: set[tuple[int, int, str]] = set()

    def report(node: ast.expr, text: str) -> None:
        if "# notr" not in lines[node.lineno - 1]:
            found.add((node.lineno, node.col_offset, text))

    def check(node: ast.expr) -> None:
        """Walk a shown expression: its literals must sit inside translate() or QT_TRANSLATE_NOOP()."""
        if isinstance(node, ast.Call) and _name(node.func) in TRANSLATED:
            if len(node.args) != 2 or not _literal(node.args[0]) or not _text(node.args[1]):
                report(node, "translate() needs a literal context and a literal or marked text")
        elif isinstance(node, ast.Call) and _name(node.func) == "format":
            check(node.func.value)  # "text {x}".format(...) on a bare literal is untranslated
            for value in [*node.args, *(k.value for k in node.keywords)]:
                if isinstance(value, (ast.Constant, ast.JoinedStr, ast.IfExp, ast.Call)):
                    check(value)  # a value substituted into the text: words in it must be translated too
        elif isinstance(node, ast.JoinedStr):
            report(node, "f-string")
        elif isinstance(node, ast.Constant):
            if isinstance(node.value, str) and any(c.isalpha() for c in node.value):
                report(node, repr(node.value))
        elif isinstance(node, ast.IfExp):
            check(node.body)
            check(node.orelse)
        elif isinstance(node, (ast.BinOp, ast.BoolOp, ast.Tuple, ast.List)):
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.expr):
                    check(child)
        # other calls, subscripts, names and comparisons carry data, not words

    tree = ast.parse(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in TRANSLATED:
                check(node)
            elif name in MESSAGES:
                positions, keywords = MESSAGES[name]
                for index in positions:
                    if index < len(node.args):
                        check(node.args[index])
                for keyword in node.keywords:
                    if keyword.arg in keywords:
                        check(keyword.value)
            elif name in USER_ERRORS and node.args:
                check(node.args[0])
        elif isinstance(node, ast.FunctionDef) and node.name in MESSAGE_FUNCTIONS:
            for inner in ast.walk(node):
                if isinstance(inner, ast.Return) and inner.value is not None:
                    check(inner.value)
    return [f"{path.name}:{line}: {text}" for line, _, text in sorted(found)]


def error_classes(path: Path) -> list[str]:
    """Exception classes a file defines."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef)
        and any(_name(base) in USER_ERRORS | {"Exception"} or "Error" in (_name(base) or "") for base in node.bases)
    ]


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_messages_are_translatable(path: Path) -> None:
    found = untranslated(path)
    assert not found, "shown without translate():\n" + "\n".join(found)


def test_every_error_class_is_scanned() -> None:
    """A new error class must be listed: its messages are scanned, or it is declared internal."""
    defined = {name for path in source_files() for name in error_classes(path)}
    unknown = defined - USER_ERRORS - INTERNAL_ERRORS
    assert not unknown, f"add {sorted(unknown)} to USER_ERRORS (or INTERNAL_ERRORS with a reason)"
    assert "DatasetError" in defined and "ProjectError" in defined  # the scan sees the files


def test_the_scan_finds_untranslated_messages(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'raise DatasetError(f"file not found: {path}")\n'
        'raise DatasetError(translate("Datasets", "file not found: {path}").format(path=path))\n'
        'Problem("cycle", "the layers form a cycle", node)\n'
        'Problem("cycle", translate("Analysis", "the layers form a cycle"), node)\n'
        'Fix("remove_edge", "Remove the edge", {"source": a})\n'
        'Finding("vanishing", translate("Diagnosis", "Vanishing"), "Try ReLU.")\n'
        'raise ValueError("an internal check")  # notr\n'
        "raise ValueError(reason)\n"
        'message = translate("Training", f"epoch {n}")\n'
        'raise ProjectError("{path} is empty".format(path=path))\n'
        'raise DatasetError(translate("Datasets", "no {kind}").format(kind="file" if a else translate("D", "x")))\n'
        'raise DatasetError(translate("Datasets", "{a}").format(a=data.get("format"), b=directory / "cat"))\n'
        "def connection_error(a, b):\n"
        '    return "A layer cannot feed itself."\n',
        encoding="utf-8",
    )
    found = [line.split(": ", 1)[1] for line in untranslated(sample)]
    assert found == [
        "f-string",
        "'the layers form a cycle'",
        "'Remove the edge'",
        "'Try ReLU.'",
        "translate() needs a literal context and a literal or marked text",
        "'{path} is empty'",
        "'file'",
        "'A layer cannot feed itself.'",
    ], found

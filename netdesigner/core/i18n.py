"""Translating messages without Qt.

``core`` and ``engine`` may not import Qt, but what they tell the student (problems in a design,
the gradient diagnosis, training and loading failures) must be shown in the student's language.
A message is translated where it is made::

    raise DatasetError(translate("Datasets", "file not found: {path}").format(path=path))

``translate`` returns the English text until the GUI installs Qt's translator with
:func:`set_translator` (``netdesigner.ui.i18n.install`` does); the command line stays English.
Qt's ``lupdate`` finds ``translate(context, text)`` and ``QT_TRANSLATE_NOOP(context, text)``
calls by their names, so the context and the text must be string literals, and values go in
``{name}`` placeholders filled with ``.format`` after translation, never in an f-string.
Texts kept in a table are marked with ``QT_TRANSLATE_NOOP`` and translated where used.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def set_translator(translator: Translator | None) -> None:
    """Use ``translator(context, text)`` for every message from now on; None restores English."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str) -> str:
    """``text`` in the current language (``text`` itself while no translator is installed)."""
    return _translator(context, text)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; the call only marks it for ``lupdate`` under ``context``."""
    return text

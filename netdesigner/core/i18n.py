"""Marking messages for translation without Qt.

``core`` and ``engine`` may not import Qt, but what they tell the student (problems in a design,
the gradient diagnosis, training failures) must reach the translation files. Mark the English
text with :func:`QT_TRANSLATE_NOOP`; Qt's ``lupdate`` finds the call by its name, and the GUI
translates the text when it shows it (``netdesigner.ui.i18n.translate_message``). Messages with
values keep ``{name}`` placeholders and are formatted after translation.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Return ``text`` unchanged; the call only marks it for ``lupdate`` under ``context``."""
    return text

"""Which source files feed which translation file.

Each area is one ``resources/i18n/<area>_<language>.ts`` (Qt Linguist's format), compiled to a
``.qm`` next to it. The app loads every ``*_<language>.qm`` it finds, so the split only keeps
files of a manageable size. ``scripts/translations.py`` updates and compiles them; a test
checks that they are complete and up to date with the source.
"""

from __future__ import annotations

LANGUAGES = ("zh_CN",)  # besides English, the language of the source

# area -> folders or files under netdesigner/, relative to the package; an area takes every
# .py file under its folders that no more specific area claims.
AREAS: dict[str, tuple[str, ...]] = {
    "app": ("ui",),  # the window, canvas, palette, properties, dialogs, keyboard support
    "panels": ("ui/training", "ui/insight", "ui/sketch", "ui/gradient_flow.py"),
    "learn": ("ui/learn",),
    "walkthrough": ("ui/walkthrough",),
    "guide": ("ui/guide",),  # Help › User Guide (the guide itself is docs/<language>/guide.md)
    "catalog": ("core/catalog.py", "core/templates.py"),  # layer names, settings, templates
    "messages": ("core", "engine", "cli"),  # what the model checks, training and the CLI say
}

# Areas whose every string is translated; a test keeps them so. The others are in progress
# (``python scripts/translations.py status``).
COMPLETE: frozenset[str] = frozenset({"learn", "walkthrough", "panels", "app", "messages", "catalog", "guide"})

"""Which guide file to show for a language, where its pictures are, and heading anchors.

The guide is Markdown in ``docs/``: ``guide.md`` in English and ``<language>/guide.md`` for a
translation, each with an ``images/`` folder beside it. A translation without its own picture
falls back to the English one.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from netdesigner.paths import docs_dir

GUIDE_NAME = "guide.md"


def guide_file(language: str, docs: Path | None = None) -> Path:
    """The guide in ``language`` if there is one, else the English guide."""
    docs = docs or docs_dir()
    translated = docs / language / GUIDE_NAME
    return translated if language != "en" and translated.is_file() else docs / GUIDE_NAME


def search_paths(guide: Path, docs: Path | None = None) -> list[Path]:
    """Folders where the guide's relative links and pictures are looked up, the guide's own first."""
    docs = docs or docs_dir()
    folders = [guide.parent]
    if docs not in folders:
        folders.append(docs)
    return folders


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens."""
    kept = "".join(c for c in heading.strip().lower() if c in " -_" or unicodedata.category(c)[0] in "LNM")
    return re.sub(r" ", "-", kept)

"""Where the app's bundled files live, from a source checkout or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def _root() -> Path:
    """The folder holding ``resources/`` and ``docs/``: the checkout, or the bundle when frozen."""
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The ``resources/`` folder: next to the package in a checkout, inside the bundle when frozen."""
    return _root() / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def docs_dir() -> Path:
    """The ``docs/`` folder (the user guide and its pictures), found like ``resources/``."""
    return _root() / "docs"

"""The built-in templates: project files shipped in ``resources/templates``."""

from __future__ import annotations

from pathlib import Path

from netdesigner.core.project_file import ProjectError, load_project
from netdesigner.core.spec import Project
from netdesigner.paths import resource


def templates_dir() -> Path:
    return resource("templates")


def template_names() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.ndproj"))


def load_template(name: str) -> Project:
    path = templates_dir() / f"{name}.ndproj"
    if not path.is_file():
        raise ProjectError(f"there is no template {name!r}; the templates are: {', '.join(template_names())}")
    return load_project(path)

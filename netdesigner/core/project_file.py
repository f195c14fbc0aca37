"""Reading and writing ``.ndproj`` project files: JSON with a format name and version.

Reading refuses anything that is not a valid project with one message that says what is
wrong and where. Older versions are migrated step by step. Writing is atomic: a temporary
file in the same folder, flushed and synced, then renamed over the target.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from netdesigner.core.i18n import translate
from netdesigner.core.spec import FORMAT_NAME, FORMAT_VERSION, Project

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_NODES = 5000
SUFFIX = ".ndproj"


class ProjectError(Exception):
    """A project file that cannot be read or written; the message is for the user."""


def _migrate_v1(data: dict[str, Any]) -> dict[str, Any]:
    """Version 1 kept positions as ``pos: [x, y]``, edges as ``[source, target]`` pairs and
    the project name at the top level."""
    network = dict(data.get("network") or {})
    nodes = []
    for node in network.get("nodes") or []:
        if isinstance(node, dict) and "pos" in node:
            node = dict(node)
            pos = node.pop("pos")
            if isinstance(pos, list) and len(pos) == 2:
                node["position"] = {"x": pos[0], "y": pos[1]}
        nodes.append(node)
    edges = []
    for edge in network.get("edges") or []:
        if isinstance(edge, list) and len(edge) == 2:
            edge = {"source": edge[0], "target": edge[1]}
        edges.append(edge)
    migrated = {key: value for key, value in data.items() if key not in ("name", "network")}
    migrated["metadata"] = {"name": data.get("name", "Untitled")}
    migrated["network"] = {**network, "nodes": nodes, "edges": edges}
    migrated["version"] = 2
    return migrated


def _migrate_v2(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 added the run history (``runs``); a version 2 file simply has none."""
    return {**data, "version": 3}


MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _migrate_v1, 2: _migrate_v2}


def _where(loc: tuple[int | str, ...], data: Any) -> str:
    """``network.nodes[3] ('dense1').params`` from a pydantic error location."""
    parts: list[str] = []
    current = data
    for key in loc:
        if isinstance(key, int):
            parts.append(f"[{key}]")
        else:
            parts.append(("." if parts else "") + key)
        try:
            current = current[key]
        except (KeyError, IndexError, TypeError):
            current = None
        if isinstance(key, int) and isinstance(current, dict) and isinstance(current.get("id"), str):
            parts.append(f" ('{current['id']}')")
    return "".join(parts)


def _explain(error: ValidationError, data: Any) -> str:
    first = error.errors()[0]
    message = first["msg"].removeprefix("Value error, ").removeprefix("Assertion failed, ")
    # Pydantic adds validator and union member names to the location; they mean nothing to a user.
    loc = tuple(p for p in first["loc"] if isinstance(p, int) or not any(c in p for c in "[-("))
    where = _where(loc, data)
    more = len(error.errors()) - 1
    if more == 1:
        tail = translate("ProjectFile", " (and 1 more problem)")
    else:
        tail = translate("ProjectFile", " (and {more} more problems)").format(more=more) if more else ""
    return (
        translate("ProjectFile", "{where}: {message}").format(where=where, message=message) + tail
        if where
        else message + tail
    )


def _reject_constant(value: str) -> float:
    raise ValueError(translate("ProjectFile", "{value} is not a number JSON allows").format(value=value))


def project_from_json(text: str | bytes, source: str | None = None) -> Project:
    """Parse and validate project JSON, migrating older versions; ``source`` names it in messages."""
    source = translate("ProjectFile", "the project") if source is None else source
    if isinstance(text, bytes):
        if len(text) > MAX_FILE_BYTES:
            raise ProjectError(
                translate(
                    "ProjectFile", "{source} is {size:.0f} MB, too large for a project file (at most {limit} MB)"
                ).format(source=source, size=len(text) / 1e6, limit=MAX_FILE_BYTES // 1_000_000)
            )
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError:
            raise ProjectError(
                translate(
                    "ProjectFile", "{source} is not a text file; a NetDesigner project is JSON text (.ndproj)"
                ).format(source=source)
            ) from None
    if not text.strip():
        raise ProjectError(translate("ProjectFile", "{source} is empty; it holds no project").format(source=source))
    try:
        data = json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as error:
        raise ProjectError(
            translate("ProjectFile", "{source} is not valid JSON: {msg} at line {lineno}, column {colno}").format(
                source=source, msg=error.msg, lineno=error.lineno, colno=error.colno
            )
        ) from None
    except ValueError as error:
        raise ProjectError(
            translate("ProjectFile", "{source} is not valid JSON: {error}").format(source=source, error=error)
        ) from None
    except RecursionError:
        raise ProjectError(
            translate("ProjectFile", "{source} is nested too deeply to be a project file").format(source=source)
        ) from None
    return project_from_data(data, source)


def project_from_data(data: Any, source: str | None = None) -> Project:
    source = translate("ProjectFile", "the project") if source is None else source
    if not isinstance(data, dict):
        raise ProjectError(
            translate("ProjectFile", "{source} is JSON but not a project: expected an object at the top level").format(
                source=source
            )
        )
    if data.get("format") != FORMAT_NAME:
        raise ProjectError(
            translate(
                "ProjectFile",
                "{source} is not a NetDesigner project: its 'format' is {found!r}, expected {expected!r}",
            ).format(source=source, found=data.get("format"), expected=FORMAT_NAME)
        )
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ProjectError(
            translate("ProjectFile", "{source} has no valid format version (found {version!r})").format(
                source=source, version=version
            )
        )
    if version > FORMAT_VERSION:
        raise ProjectError(
            translate(
                "ProjectFile",
                "{source} was made by a newer NetDesigner (format version {version}); this version reads versions up "
                "to {newest}. Update NetDesigner to open it.",
            ).format(source=source, version=version, newest=FORMAT_VERSION)
        )
    while version < FORMAT_VERSION:
        data = MIGRATIONS[version](data)
        version = data["version"]
    nodes = (data.get("network") or {}).get("nodes") if isinstance(data.get("network"), dict) else None
    if isinstance(nodes, list) and len(nodes) > MAX_NODES:
        raise ProjectError(
            translate("ProjectFile", "{source} has {count} layers; NetDesigner handles at most {limit}").format(
                source=source, count=len(nodes), limit=MAX_NODES
            )
        )
    try:
        return Project.model_validate(data)
    except ValidationError as error:
        raise ProjectError(
            translate("ProjectFile", "{source} is not a valid project: {reason}").format(
                source=source, reason=_explain(error, data)
            )
        ) from None
    except RecursionError:
        raise ProjectError(
            translate("ProjectFile", "{source} is nested too deeply to be a project file").format(source=source)
        ) from None


def load_project(path: str | os.PathLike[str]) -> Project:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ProjectError(
                translate("ProjectFile", "{path} is {size:.0f} MB, too large for a project file").format(
                    path=path, size=size / 1e6
                )
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ProjectError(translate("ProjectFile", "{path} does not exist").format(path=path)) from None
    except IsADirectoryError:
        raise ProjectError(
            translate("ProjectFile", "{path} is a folder, not a project file").format(path=path)
        ) from None
    except OSError as error:
        raise ProjectError(
            translate("ProjectFile", "cannot read {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    return project_from_json(raw, str(path))


def project_to_json(project: Project) -> str:
    data = project.model_dump(mode="json")
    for node in data["network"]["nodes"]:
        for key, value in node["params"].items():
            if isinstance(value, tuple):
                node["params"][key] = list(value)
            elif isinstance(value, float) and not math.isfinite(value):
                raise ProjectError(
                    translate("ProjectFile", "node '{node}' has {key} = {value}, which cannot be saved").format(
                        node=node["id"], key=key, value=value
                    )
                )
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def write_atomic(path: str | os.PathLike[str], text: str | bytes) -> None:
    """Write ``text`` to ``path`` so that readers see the old file or the new one, never half."""
    path = Path(path)
    payload = text.encode("utf-8") if isinstance(text, str) else text
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    except OSError as error:
        kept = "; the previous file is unchanged" if path.exists() else ""
        raise ProjectError(
            translate("ProjectFile", "cannot write {path}: {reason}{kept}").format(
                path=path, reason=error.strerror or error, kept=kept
            )
        ) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except OSError as error:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise ProjectError(
            translate("ProjectFile", "cannot write {path}: {reason}; the previous file is unchanged").format(
                path=path, reason=error.strerror or error
            )
        ) from None


def save_project(project: Project, path: str | os.PathLike[str]) -> None:
    """Stamp the modification time and write the project atomically."""
    now = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    metadata = project.metadata.model_copy(update={"modified": now, "created": project.metadata.created or now})
    project = project.model_copy(update={"metadata": metadata})
    write_atomic(path, project_to_json(project))

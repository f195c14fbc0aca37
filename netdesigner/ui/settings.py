"""What the app remembers between runs (QSettings): window layout and recent files."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

MAX_RECENT = 8


def settings() -> QSettings:
    return QSettings()


def recent_files() -> list[Path]:
    value = settings().value("recent_files", [])
    if isinstance(value, str):  # QSettings gives a lone entry back as a string
        value = [value]
    return [Path(p) for p in value or [] if isinstance(p, str) and p]


def add_recent_file(path: Path) -> list[Path]:
    path = path.resolve()
    files = [path] + [p for p in recent_files() if p != path]
    files = files[:MAX_RECENT]
    settings().setValue("recent_files", [str(p) for p in files])
    return files


def remove_recent_file(path: Path) -> list[Path]:
    files = [p for p in recent_files() if p != path]
    settings().setValue("recent_files", [str(p) for p in files])
    return files


def clear_recent_files() -> None:
    settings().setValue("recent_files", [])


def save_window(geometry: QByteArray, state: QByteArray) -> None:
    store = settings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)


def window_geometry() -> QByteArray | None:
    value = settings().value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def window_state() -> QByteArray | None:
    value = settings().value("window/state")
    return value if isinstance(value, QByteArray) else None


def last_folder() -> str:
    value = settings().value("last_folder", "")
    return value if isinstance(value, str) and Path(value).is_dir() else str(Path.home())


def set_last_folder(path: Path) -> None:
    settings().setValue("last_folder", str(path.parent if path.suffix else path))


DATA_DIR_ENV = "NETDESIGNER_DATA_DIR"


def data_folder() -> Path:
    """Where autosaves and crash logs go: the platform's application data folder (e.g.
    ~/.local/share/NetDesigner/NetDesigner), or ``$NETDESIGNER_DATA_DIR`` if set (tests use it)."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) if location else Path.home() / ".netdesigner"

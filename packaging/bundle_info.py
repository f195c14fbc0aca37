"""What the packaging scripts share: where the checkout is, and how big things are."""

from __future__ import annotations

import os
import platform
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024


def arch() -> str:
    """The machine's architecture as Debian names it (amd64, arm64)."""
    machine = platform.machine().lower()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(machine, machine)


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path``, symbolic links not followed."""
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            file = Path(root, name)
            if not file.is_symlink():
                total += file.stat().st_size
    return total


def size_of(path: Path) -> int:
    return folder_size(path) if path.is_dir() else path.stat().st_size

"""Autosave and recovery: the open project is written every few seconds while it has unsaved
changes, to ``autosave/`` in the user's data folder; a clean close removes it. What a crashed
or killed process left behind is offered back at the next start.

Each window writes two files named after its process id: ``ID.ndproj`` (the project, atomically)
and ``ID.json`` (where it came from and when it was saved). A pair whose process is gone is an
orphan: the next start offers to restore it, marked modified and with its original path.
"""

from __future__ import annotations

import datetime
import json
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from netdesigner.core.project_file import SUFFIX, ProjectError, load_project, project_to_json, write_atomic
from netdesigner.core.spec import Project
from netdesigner.ui import dialogs, settings
from netdesigner.ui.document import Document

INTERVAL_MS = 5000
FOLDER = "autosave"


def autosave_folder() -> Path:
    return settings.data_folder() / FOLDER


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (a dead owner makes its autosave an orphan)."""
    if pid == os.getpid():
        return True
    if pid <= 0:
        return False
    if sys.platform == "win32":  # os.kill would terminate the process there
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ok = kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return bool(ok) and code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Orphan:
    """An autosave whose process ended without closing cleanly."""

    project_file: Path
    info_file: Path
    original: Path | None  # the project's own file, if it had one
    saved: str  # when it was autosaved (ISO time)
    name: str

    def remove(self) -> None:
        for file in (self.project_file, self.info_file):
            try:
                file.unlink()
            except OSError:
                pass


def _read_info(path: Path) -> dict | None:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info if isinstance(info, dict) else None


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Autosaves left by processes that are gone, newest first."""
    folder = autosave_folder() if folder is None else folder
    orphans = []
    for info_file in folder.glob("*.json") if folder.is_dir() else []:
        info = _read_info(info_file)
        pid = info.get("pid") if info else None
        if info is None or not isinstance(pid, int) or process_alive(pid):
            continue
        project_file = info_file.with_suffix(SUFFIX)
        original = info.get("path")
        orphans.append(
            Orphan(
                project_file,
                info_file,
                Path(original) if isinstance(original, str) and original else None,
                str(info.get("saved", "")),
                str(info.get("name", "")) or QCoreApplication.translate("Autosave", "Untitled"),
            )
        )
    return sorted(orphans, key=lambda orphan: orphan.saved, reverse=True)


class Autosave(QObject):
    """Writes ``doc`` to the autosave folder every ``interval_ms`` while it is modified."""

    failed = Signal(str)  # the first failure since the last success, for the status bar

    def __init__(self, doc: Document, parent: QObject | None = None, interval_ms: int | None = None) -> None:
        super().__init__(parent)
        self.doc = doc
        self.key = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self._written: str | None = None  # the JSON last written, to skip unchanged saves
        self._failing = False
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS if interval_ms is None else interval_ms)
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        doc.modified_changed.connect(self._on_modified_changed)

    @property
    def project_file(self) -> Path:
        return autosave_folder() / f"{self.key}{SUFFIX}"

    @property
    def info_file(self) -> Path:
        return autosave_folder() / f"{self.key}.json"

    def save_now(self) -> bool:
        """Write the project if it has changes not yet autosaved; True if it wrote."""
        if not self.doc.modified:
            return False
        try:
            text = project_to_json(self.doc.snapshot())
        except ProjectError:
            return False  # a value JSON cannot hold; the next edit will fix or keep it
        if text == self._written:
            return False
        path = self.doc.path
        info = {
            "pid": os.getpid(),
            "path": str(path) if path is not None else None,
            "name": path.name if path is not None else self.doc.project.metadata.name,
            "saved": datetime.datetime.now().astimezone().replace(microsecond=0).isoformat(),
        }
        try:
            autosave_folder().mkdir(parents=True, exist_ok=True)
            write_atomic(self.project_file, text)
            write_atomic(self.info_file, json.dumps(info, indent=2) + "\n")
        except (OSError, ProjectError) as error:
            if not self._failing:
                self._failing = True
                self.failed.emit(self.tr("Autosave failed: {error}").format(error=error))
            return False
        self._failing = False
        self._written = text
        return True

    def discard(self) -> None:
        """Remove this window's autosave (its work was saved, discarded or closed cleanly)."""
        for file in (self.info_file, self.project_file):
            try:
                file.unlink()
            except OSError:
                pass
        self._written = None

    def finish(self) -> None:
        """A clean close: stop autosaving and remove the autosave."""
        self.timer.stop()
        self.discard()

    def _on_modified_changed(self, modified: bool) -> None:
        if not modified:
            self.discard()


def restore(doc: Document, orphan: Orphan) -> Project:
    """Load an orphan into ``doc``: modified, keeping its original path. ProjectError if unreadable."""
    project = load_project(orphan.project_file)
    doc.load(project, orphan.original, unsaved=True)
    return project


def offer_recovery(window: QObject, doc: Document, folder: Path | None = None) -> bool:
    """Ask whether to restore the newest orphaned autosave; True if it was restored.

    Older orphans are kept for a later start; a refused or unreadable one is removed.
    """
    orphans = find_orphans(folder)
    if not orphans:
        return False
    orphan = orphans[0]
    if not dialogs.ask_recover(window, orphan.name, orphan.saved):  # type: ignore[arg-type]
        orphan.remove()
        return False
    try:
        restore(doc, orphan)
    except ProjectError as error:
        dialogs.error(
            window,  # type: ignore[arg-type]
            QCoreApplication.translate("Autosave", "Cannot restore"),
            QCoreApplication.translate("Autosave", "The autosaved work could not be read.\n\n{error}").format(
                error=error
            ),
        )
        orphan.remove()
        return False
    orphan.remove()
    return True

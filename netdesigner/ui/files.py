"""File commands: new, open, save, import and export. A failure says what went wrong in a
dialog and leaves the open project exactly as it was."""

from __future__ import annotations

import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from netdesigner.core.codegen import CodegenError, python_script
from netdesigner.core.project_file import SUFFIX, ProjectError, load_project, save_project, write_atomic
from netdesigner.core.spec import Metadata, Project
from netdesigner.ui import dialogs, settings
from netdesigner.ui.background import BackgroundTask
from netdesigner.ui.document import Document

UNTITLED: str = Metadata.model_fields["name"].default  # the name a new project has in its file


def _now() -> str:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat()


def _os_reason(error: OSError) -> str:
    return error.strerror or str(error)


def save_keras_model(project: Project, classes: int, path: Path) -> Path:
    """Build the design in Keras and save it atomically (engine work; runs off the GUI thread)."""
    from netdesigner.engine.backend import load_keras

    load_keras()
    from netdesigner.engine.builder import build_compiled
    from netdesigner.ui.training.model_files import save_model

    return save_model(build_compiled(project.network, project.training, classes), path)


class FileActions(QObject):
    """The File menu's logic for one window and its document."""

    status = Signal(str)
    recent_changed = Signal()
    saved = Signal(object)  # Path
    opened = Signal(object)  # Path

    def __init__(self, doc: Document, window: QWidget) -> None:
        super().__init__(window)
        self.doc = doc
        self.window = window
        self.export_task: BackgroundTask | None = None

    def display_name(self) -> str:
        if self.doc.path is not None:
            return self.doc.path.name
        return self.shown_name(self.doc.project.metadata.name)

    def shown_name(self, name: str) -> str:
        """A project's name as shown; an unnamed one ("Untitled" in the file) in the student's language."""
        return self.tr("Untitled") if name in ("", UNTITLED) else name

    # -- unsaved changes ---------------------------------------------------------------------

    def maybe_save(self) -> bool:
        """True if it is fine to drop the current project (saved, discarded or unchanged)."""
        if not self.doc.modified:
            return True
        answer = dialogs.ask_save(self.window, self.display_name())
        if answer == "save":
            return self.save()
        return answer == "discard"

    # -- new and open ------------------------------------------------------------------------

    def new(self, project: Project | None = None) -> bool:
        """Start a new project (from the template chooser unless ``project`` is given)."""
        if not self.maybe_save():
            return False
        if project is None:
            from netdesigner.ui.template_dialog import TemplateDialog

            dialog = TemplateDialog(self.window)
            if dialog.exec() != TemplateDialog.DialogCode.Accepted:
                return False
            project = dialog.chosen_project()
        project.metadata.created = _now()
        self.doc.load(project)
        self.status.emit(self.tr("New network “{name}”").format(name=self.shown_name(project.metadata.name)))
        return True

    def open(self, path: Path | None = None) -> bool:
        if not self.maybe_save():
            return False
        if path is None:
            path = dialogs.open_path(self.window, self.tr("Open Project"), dialogs.PROJECT_FILTER)
            if path is None:
                return False
        return self.load(path)

    def load(self, path: Path) -> bool:
        """Open ``path`` without asking about unsaved changes; on error nothing changes."""
        try:
            project = load_project(path)
        except ProjectError as error:
            dialogs.error(
                self.window,
                self.tr("Cannot open project"),
                self.tr("“{name}” could not be opened.\n\n{error}").format(name=path.name, error=error),
            )
            return False
        except OSError as error:
            if not path.exists():
                settings.remove_recent_file(path)
                self.recent_changed.emit()
            dialogs.error(
                self.window,
                self.tr("Cannot open project"),
                self.tr("“{path}” could not be read: {reason}.").format(path=path, reason=_os_reason(error)),
            )
            return False
        self.doc.load(project, path.resolve())
        settings.add_recent_file(path)
        self.recent_changed.emit()
        self.status.emit(self.tr("Opened {name}").format(name=path.name))
        self.opened.emit(path)
        return True

    # -- save --------------------------------------------------------------------------------

    def save(self) -> bool:
        if self.doc.path is None:
            return self.save_as()
        return self._save_to(self.doc.path)

    def save_as(self) -> bool:
        suggested = (self.doc.path.name if self.doc.path else self.doc.project.metadata.name or "network") + ""
        if not suggested.endswith(SUFFIX):
            suggested += SUFFIX
        title = self.tr("Save Project As")
        path = dialogs.save_path(self.window, title, dialogs.PROJECT_FILTER, suggested, SUFFIX)
        if path is None:
            return False
        return self._save_to(path)

    def _save_to(self, path: Path) -> bool:
        project = self.doc.snapshot()
        project.metadata.modified = _now()
        if not project.metadata.created:
            project.metadata.created = project.metadata.modified
        if project.metadata.name in ("", UNTITLED):
            project.metadata.name = path.stem
        try:
            save_project(project, path)
        except (OSError, ProjectError) as error:
            reason = _os_reason(error) if isinstance(error, OSError) else str(error).rpartition(": ")[2]
            dialogs.error(
                self.window,
                self.tr("Cannot save project"),
                self.tr(
                    "“{path}” could not be written: {reason}.\n\n"
                    "Your work is still open and unchanged; choose Save As to put it somewhere else."
                ).format(path=path, reason=reason),
            )
            return False
        self.doc.mark_saved(path.resolve())
        settings.add_recent_file(path)
        self.recent_changed.emit()
        self.status.emit(self.tr("Saved {name}").format(name=path.name))
        self.saved.emit(path)
        return True

    # -- import and export -------------------------------------------------------------------

    def import_keras(self, path: Path | None = None) -> bool:
        """Turn a ``.keras`` model's architecture into a new, unsaved project."""
        if not self.maybe_save():
            return False
        if path is None:
            path = dialogs.open_path(self.window, self.tr("Import Keras Model"), dialogs.KERAS_FILTER)
            if path is None:
                return False
        from netdesigner.engine.importer import ModelImportError, import_keras

        try:
            project = import_keras(path)
        except ModelImportError as error:
            dialogs.error(
                self.window,
                self.tr("Cannot import model"),
                self.tr("“{name}” could not be imported.\n\n{error}").format(name=path.name, error=error),
            )
            return False
        except OSError as error:
            dialogs.error(
                self.window,
                self.tr("Cannot import model"),
                self.tr("“{path}” could not be read: {reason}.").format(path=path, reason=_os_reason(error)),
            )
            return False
        self.doc.load(project, None, unsaved=True)
        self.status.emit(self.tr("Imported {name}: save it to keep it as a project").format(name=path.name))
        return True

    def _refuse_invalid(self, title: str) -> bool:
        if self.doc.analysis.valid:
            return False
        problems = "\n".join(f"• {p.message}" for p in self.doc.analysis.problems if p.severity == "error")
        text = self.tr("The network has problems; fix them first (see the Problems panel):\n\n{problems}")
        dialogs.error(self.window, title, text.format(problems=problems))
        return True

    def export_python(self, path: Path | None = None) -> bool:
        if self._refuse_invalid(self.tr("Cannot export a Python script")):
            return False
        if path is None:
            stem = (self.doc.path.stem if self.doc.path else self.doc.project.metadata.name) or "network"
            title = self.tr("Export Python Script")
            path = dialogs.save_path(self.window, title, dialogs.PYTHON_FILTER, f"{stem}.py", ".py")  # notr - suffix
            if path is None:
                return False
        try:
            write_atomic(path, python_script(self.doc.snapshot(), self.doc.classes(), filename=path.name))
        except (CodegenError, ProjectError, OSError) as error:
            reason = _os_reason(error) if isinstance(error, OSError) else str(error)
            dialogs.error(
                self.window,
                self.tr("Cannot export script"),
                self.tr("“{path}” could not be written: {reason}.").format(path=path, reason=reason),
            )
            return False
        self.status.emit(self.tr("Exported {name}: run it with python {name}").format(name=path.name))
        return True

    def export_keras(self, path: Path | None = None) -> bool:
        """Build the untrained model in the background and save it as ``.keras``."""
        if self._refuse_invalid(self.tr("Cannot export a Keras model")):
            return False
        if self.export_task is not None and self.export_task.running:
            self.status.emit(self.tr("A model is already being exported; wait for it to finish."))
            return False
        if path is None:
            stem = (self.doc.path.stem if self.doc.path else self.doc.project.metadata.name) or "network"
            title = self.tr("Export Keras Model")
            path = dialogs.save_path(self.window, title, dialogs.KERAS_FILTER, f"{stem}.keras", ".keras")  # notr
            if path is None:
                return False
        project, classes, target = self.doc.snapshot(), self.doc.classes(), path
        self.status.emit(self.tr("Exporting {name} (building the model in Keras)…").format(name=path.name))
        self.export_task = BackgroundTask(
            lambda: save_keras_model(project, classes, target),
            lambda saved: self.status.emit(self.tr("Exported {name}").format(name=saved.name)),
            lambda error: dialogs.error(
                self.window,
                self.tr("Cannot export model"),
                self.tr("“{path}” could not be written:\n\n{error}").format(path=target, error=error),
            ),
            self,
        )
        self.export_task.start()
        return True

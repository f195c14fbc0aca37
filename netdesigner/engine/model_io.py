"""Trained ``.keras`` models on disk, saved atomically and loaded only when safe.

Saving writes a temporary file beside the target and renames it over the target, so a failed
save (disk full, no permission) leaves the old file intact. Loading first reads the archive's
configuration as plain JSON (``importer``: no Lambda, no custom objects, no ``.h5``, only the
catalog's layers), checks the model fits in memory, and only then lets Keras load it, in safe mode.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Any

from netdesigner.core.analysis import analyze
from netdesigner.core.i18n import translate
from netdesigner.core.spec import Project
from netdesigner.engine.importer import import_keras
from netdesigner.engine.keras_archive import ModelImportError, check_loadable


def save_model(model: Any, path: str | os.PathLike[str]) -> Path:
    """Save ``model`` to ``path`` (a ``.keras`` file); OSError if the folder cannot be written."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(suffix=".keras", prefix=".saving-", dir=path.parent)
    os.close(handle)
    try:
        model.save(temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def load_model(path: str | os.PathLike[str]) -> tuple[Any, Project]:
    """The model in ``path`` (uncompiled) and its design; ModelImportError saying why not."""
    path = Path(path)
    project = import_keras(path)
    from netdesigner.engine.builder import BuildError, check_memory

    try:
        check_memory(analyze(project.network))
    except BuildError as error:
        raise ModelImportError(
            translate("ModelImport", "{name}: {error}").format(name=path.name, error=error)
        ) from None
    return load_checked(path), project


def load_checked(path: str | os.PathLike[str]) -> Any:
    """Any model of the allowed layer types (``check_loadable``), loaded by Keras in safe mode."""
    path = Path(path)
    check_loadable(path)
    from netdesigner.engine.backend import load_keras

    load_keras()
    import keras

    try:
        return keras.saving.load_model(path, safe_mode=True, compile=False)
    except Exception as error:  # noqa: BLE001 - a damaged archive can fail in many ways
        first = next((line.strip() for line in str(error).splitlines() if line.strip()), type(error).__name__)
        raise ModelImportError(
            translate("ModelImport", "{name} could not be loaded: {reason}").format(name=path.name, reason=first[:300])
        ) from None

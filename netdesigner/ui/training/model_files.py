"""Trained models on disk: a ``.keras`` file to share or reopen, and the weights kept beside
a project (``NAME.weights.npz``, plain arrays: nothing is unpickled).

The functions that touch Keras run off the GUI thread (through ``BackgroundTask``).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication

from netdesigner.core.project_file import write_atomic
from netdesigner.core.spec import Project


def weights_path(project_path: Path) -> Path:
    return project_path.with_name(f"{project_path.stem}.weights.npz")


def write_weights(path: Path, weights: list[np.ndarray]) -> None:
    buffer = io.BytesIO()
    np.savez(buffer, **{f"w{i}": w for i, w in enumerate(weights)})
    write_atomic(path, buffer.getvalue())


def read_weights(path: Path) -> list[np.ndarray]:
    """The arrays in order; ValueError if the file is not such a weights file."""
    with np.load(path, allow_pickle=False) as data:
        names = sorted(data.files, key=lambda n: int(n[1:]) if n[1:].isdigit() else -1)
        if not names or any(not (n.startswith("w") and n[1:].isdigit()) for n in names):
            text = QCoreApplication.translate("ModelFiles", "{name} is not a NetDesigner weights file")
            raise ValueError(text.format(name=path.name))
        return [data[n] for n in names]


def save_model(model: Any, path: Path) -> Path:
    """Save a trained keras.Model atomically (temporary file, then rename)."""
    from netdesigner.engine.model_io import save_model as save_atomically

    return save_atomically(model, path)


def load_model(path: Path) -> tuple[Any, Project]:
    """A trained model and its design as a project: the design is read from the archive's
    configuration first (refusing anything unsafe), then Keras loads it in safe mode."""
    from netdesigner.engine.model_io import load_model as load_safely

    return load_safely(path)


def build_with_weights(project: Project, weights: list[np.ndarray]) -> Any:
    """The project's model with saved weights put back (for a reopened project)."""
    from netdesigner.engine.backend import load_keras

    load_keras()
    from netdesigner.engine.builder import build_model

    model = build_model(project.network, project.training.seed)
    model.set_weights(weights)
    return model

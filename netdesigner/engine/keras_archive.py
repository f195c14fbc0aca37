"""Read a ``.keras`` archive's ``config.json`` without letting anything in it run.

The archive is opened as a zip file and its ``config.json`` parsed as plain JSON, within size
limits, and any Python code (Lambda layers, lambdas) or custom class in it is refused with a
ModelImportError that says what was found. ``importer`` turns a safe config into a project;
``model_io`` lets Keras load a file only after ``check_loadable`` accepted it.
"""

from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path
from typing import Any

from netdesigner.core.catalog import LAYER_TYPES
from netdesigner.core.i18n import translate

MAX_FILE_BYTES = 2 * 1024**3  # weights included; NetDesigner's largest networks stay well below
MAX_CONFIG_BYTES = 16 * 1024**2
HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"

# Keras class -> catalog type.
SUPPORTED_LAYERS: dict[str, str] = {t.keras_class: t.name for t in LAYER_TYPES}
# The model classes whose config lists their layers.
MODEL_CLASSES: tuple[str, ...] = ("Functional", "Sequential", "Model")


class ModelImportError(Exception):
    """A file NetDesigner will not open as a network; the message is for the user."""


def check_loadable(path: str | os.PathLike[str]) -> None:
    """Refuse (ModelImportError) a ``.keras`` file Keras should not be asked to load: anything but a
    Functional or Sequential model made only of the layer types in SUPPORTED_LAYERS, without code
    or custom objects. Unlike ``import_keras`` the model need not be a NetDesigner network."""
    path = Path(path)
    config = read_config(path)
    check_safe(config, path.name)
    kind = config.get("class_name")
    entries = config["config"].get("layers")
    if kind not in MODEL_CLASSES or not isinstance(entries, list):
        raise ModelImportError(
            translate(
                "ModelImport", "{name} holds a {kind} model; only Functional and Sequential models are loaded"
            ).format(name=path.name, kind=kind)
        )
    for entry in entries:
        layer_kind = entry.get("class_name") if isinstance(entry, dict) else None
        if not isinstance(layer_kind, str) or layer_kind not in SUPPORTED_LAYERS:
            raise ModelImportError(
                translate(
                    "ModelImport",
                    "{name} holds a layer of type {layer_kind!r}, which NetDesigner does not load; it loads "
                    "{supported}",
                ).format(name=path.name, layer_kind=layer_kind, supported=", ".join(SUPPORTED_LAYERS))
            )


def read_config(path: Path) -> dict[str, Any]:
    """The parsed ``config.json`` of a ``.keras`` archive, refusing anything else plainly."""
    not_keras = translate("ModelImport", "{name} is not a .keras model file").format(name=path.name)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ModelImportError(
                translate("ModelImport", "{path} is a folder, not a .keras model file").format(path=path)
            )
        if size > MAX_FILE_BYTES:
            raise ModelImportError(
                translate("ModelImport", "{name} is {size:.1f} GB, too large for a NetDesigner network").format(
                    name=path.name, size=size / 1e9
                )
            )
        with path.open("rb") as handle:
            head = handle.read(8)
        if head == HDF5_SIGNATURE:
            raise ModelImportError(
                translate(
                    "ModelImport",
                    "{not_keras}: it is a legacy HDF5 (.h5) model, which NetDesigner does not open; load it in Keras "
                    "and save it again with model.save('name.keras')",
                ).format(not_keras=not_keras)
            )
        with zipfile.ZipFile(path) as archive:
            try:
                info = archive.getinfo("config.json")
            except KeyError:
                raise ModelImportError(
                    translate("ModelImport", "{not_keras}: the archive holds no config.json").format(
                        not_keras=not_keras
                    )
                ) from None
            if info.file_size > MAX_CONFIG_BYTES:
                raise ModelImportError(
                    translate("ModelImport", "{not_keras}: its config.json is {size:.0f} MB, far too large").format(
                        not_keras=not_keras, size=info.file_size / 1e6
                    )
                )
            with archive.open(info) as member:
                raw = member.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ModelImportError(translate("ModelImport", "{path} does not exist").format(path=path)) from None
    except ModelImportError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError, RuntimeError, ValueError) as error:
        raise ModelImportError(
            translate("ModelImport", "{not_keras} (or it is damaged): {error}").format(not_keras=not_keras, error=error)
        ) from None
    except OSError as error:
        raise ModelImportError(
            translate("ModelImport", "cannot read {path}: {reason}").format(path=path, reason=error.strerror or error)
        ) from None
    except Exception as error:  # zlib and friends: a damaged archive must not end in a traceback
        raise ModelImportError(
            translate("ModelImport", "{not_keras} (or it is damaged): {error}").format(not_keras=not_keras, error=error)
        ) from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ModelImportError(
            translate("ModelImport", "{not_keras}: its config.json is far too large").format(not_keras=not_keras)
        )
    try:
        config = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise ModelImportError(
            translate("ModelImport", "{not_keras}: its config.json is not valid JSON ({error})").format(
                not_keras=not_keras, error=error
            )
        ) from None
    if not isinstance(config, dict) or not isinstance(config.get("config"), dict):
        raise ModelImportError(
            translate("ModelImport", "{not_keras}: its config.json describes no model").format(not_keras=not_keras)
        )
    return config


def _is_keras_module(module: Any) -> bool:
    return module is None or module == "keras" or (isinstance(module, str) and module.startswith("keras."))


def check_safe(config: dict[str, Any], source: str) -> None:
    """Refuse Python code (Lambda layers, lambdas) and custom classes anywhere in the config."""
    stack: list[Any] = [config]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
            continue
        if not isinstance(item, dict):
            continue
        stack.extend(item.values())
        name = item.get("class_name")
        if name == "Lambda":
            layer = item.get("name") or (item.get("config") or {}).get("name", "?")
            raise ModelImportError(
                translate(
                    "ModelImport",
                    "{source} contains a Lambda layer '{layer}', which holds Python code; NetDesigner only opens "
                    "models made of standard layers",
                ).format(source=source, layer=layer)
            )
        if name == "__lambda__":
            raise ModelImportError(
                translate(
                    "ModelImport",
                    "{source} contains a Python lambda function, which holds code; NetDesigner only opens models "
                    "made of standard layers",
                ).format(source=source)
            )
        module, registered = item.get("module"), item.get("registered_name")
        standard = registered in (None, name) or (name == "function" and registered == item.get("config"))
        if name is not None and (not _is_keras_module(module) or not standard):
            what = registered if isinstance(registered, str) else name
            origin = translate("ModelImport", " from {module}").format(module=module) if module else ""
            raise ModelImportError(
                translate(
                    "ModelImport",
                    "{source} uses the custom object '{what}'{origin}, which needs its Python code to load; "
                    "NetDesigner only opens models made of standard Keras layers",
                ).format(source=source, what=what, origin=origin)
            )

"""A corpus of bad inputs, generated: project files, .keras models and datasets that NetDesigner
must refuse (or open with problems listed) with a message naming what is wrong.

Each case is (name, content, words): ``words`` must appear in the message. Project cases are
split in two: ``UNREADABLE_PROJECTS`` cannot be opened at all (ProjectError, exit 2, a dialog);
``FLAWED_PROJECTS`` open, and the design's problems are listed (exit 1, the Problems panel).
"""

from __future__ import annotations

import copy
import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from netdesigner.core.project_file import MAX_FILE_BYTES, project_to_json
from netdesigner.core.templates import load_template


def template() -> dict[str, Any]:
    return json.loads(project_to_json(load_template("first-mlp")))


def edited(change: Callable[[dict[str, Any]], Any]) -> str:
    data = copy.deepcopy(template())
    change(data)
    return json.dumps(data)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change setting ``a.b.0.c`` (numbers index lists) to ``value``; ``...`` deletes it."""

    def change(data: dict[str, Any]) -> None:
        keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
        target = data
        for key in keys[:-1]:
            target = target[key]
        if value is ...:
            del target[keys[-1]]
        else:
            target[keys[-1]] = value

    return change


def _duplicate_ids(data: dict[str, Any]) -> None:
    data["network"]["nodes"][2]["id"] = "dense_1"


def _cycle(data: dict[str, Any]) -> None:
    data["network"]["edges"].append({"source": "dense_2", "target": "dense_1"})


def _no_input(data: dict[str, Any]) -> None:
    data["network"]["nodes"] = data["network"]["nodes"][1:]
    data["network"]["edges"] = data["network"]["edges"][1:]


def _text(raw: str) -> str:
    return template_text().replace(*raw.split(" => "))


def template_text() -> str:
    return json.dumps(template())


def _huge() -> bytes:
    return b'{"format": "netdesigner-project", "version": 3, "padding": "' + b"x" * MAX_FILE_BYTES + b'"}'


UNREADABLE_PROJECTS: list[tuple[str, bytes | str, str]] = [
    ("empty", b"", "is empty"),
    ("blank", "  \n\t\n", "is empty"),
    ("binary", bytes(range(256)) * 4, "not a text file"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "not a text file"),
    ("truncated", template_text()[:300], "not valid JSON"),
    ("not json", "format = netdesigner-project\nversion = 3\n", "not valid JSON"),
    ("a list", "[1, 2, 3]", "expected an object"),
    ("a number", "42", "expected an object"),
    ("other format", '{"format": "something-else", "version": 1}', "not a NetDesigner project"),
    ("no version", '{"format": "netdesigner-project"}', "no valid format version"),
    ("version text", '{"format": "netdesigner-project", "version": "3"}', "no valid format version"),
    ("version zero", '{"format": "netdesigner-project", "version": 0}', "no valid format version"),
    ("future version", '{"format": "netdesigner-project", "version": 99}', "newer NetDesigner"),
    ("unknown layer", edited(_set("network.nodes.1.type", "Transformer")), "unknown layer type 'Transformer'"),
    ("unknown parameter", edited(_set("network.nodes.1.params.neurons", 5)), "no parameter 'neurons'"),
    ("extra field", edited(_set("network.colour", "red")), "colour"),
    ("extra top field", edited(_set("code", "import os")), "code"),
    ("missing node id", edited(_set("network.nodes.1.id", ...)), "network.nodes[1]"),
    ("missing edge end", edited(_set("network.edges.0.target", ...)), "target"),
    ("units as text", edited(_set("network.nodes.1.params.units", "many")), "units must be a whole number"),
    ("units fraction", edited(_set("network.nodes.1.params.units", 2.5)), "units must be a whole number"),
    ("absurd units", edited(_set("network.nodes.1.params.units", 10**40)), "far too large"),
    ("nodes not a list", edited(_set("network.nodes", {"a": 1})), "nodes"),
    ("params not an object", edited(_set("network.nodes.1.params", [1, 2])), "params must be an object"),
    ("NaN", _text('"learning_rate": 0.001 => "learning_rate": NaN'), "NaN is not a number JSON allows"),
    ("Infinity", _text('"x": 0.0 => "x": Infinity'), "Infinity is not a number JSON allows"),
    ("huge number", _text('"learning_rate": 0.001 => "learning_rate": 1e999'), "learning_rate"),
    ("learning rate negative", edited(_set("training.learning_rate", -1)), "learning_rate"),
    ("batch size zero", edited(_set("training.batch_size", 0)), "batch_size"),
    ("batch size negative", edited(_set("training.batch_size", -32)), "batch_size"),
    ("epochs absurd", edited(_set("training.epochs", 10**9)), "epochs"),
    ("duplicate ids", edited(_duplicate_ids), "two nodes share the id 'dense_1'"),
    ("edge to nowhere", edited(_set("network.edges.0.target", "ghost")), "node 'ghost', which does not exist"),
    ("bad node id", edited(_set("network.nodes.1.id", "1; rm -rf")), "not a usable node id"),
    ("deeply nested", "[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ("deeply nested object", '{"a":' * 50_000 + "1" + "}" * 50_000, "nested too deeply"),
    ("huge file", _huge(), "too large for a project file"),
    ("many nodes", edited(_set("network.nodes", [{"id": f"n{i}", "type": "Flatten"} for i in range(5001)])), "at most"),
]

FLAWED_PROJECTS: list[tuple[str, bytes | str, str]] = [
    ("negative units", edited(_set("network.nodes.1.params.units", -3)), "units = -3 is out of bounds"),
    ("zero units", edited(_set("network.nodes.1.params.units", 0)), "units = 0 is out of bounds"),
    ("cycle", edited(_cycle), "form a cycle"),
    ("no edges", edited(_set("network.edges", [])), "not connected"),
    ("no input", edited(_no_input), "Input"),
]


# --- .keras models ---------------------------------------------------------------------------


def _layer(class_name: str, name: str, source: str | None, **config: Any) -> dict[str, Any]:
    tensor = {"class_name": "__keras_tensor__", "config": {"shape": [None, 784], "dtype": "float32"}}
    tensor["config"]["keras_history"] = [source, 0, 0]
    return {
        "module": "keras.layers",
        "class_name": class_name,
        "config": {"name": name, "trainable": True, "dtype": "float32", **config},
        "registered_name": None,
        "name": name,
        "inbound_nodes": [{"args": [tensor], "kwargs": {}}] if source else [],
    }


def _model(*middle: dict[str, Any]) -> dict[str, Any]:
    layers = [_layer("InputLayer", "input", None, batch_shape=[None, 784]), *middle]
    last = layers[-1]["name"]
    body = {"name": "m", "layers": layers, "input_layers": ["input", 0, 0], "output_layers": [last, 0, 0]}
    return {"module": "keras.src.models.functional", "class_name": "Functional", "config": body}


def keras_archive(config: dict[str, Any] | str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("metadata.json", json.dumps({"keras_version": "3.15.1"}))
        archive.writestr("config.json", config if isinstance(config, str) else json.dumps(config))
        archive.writestr("model.weights.h5", b"")
    return buffer.getvalue()


def _zip_without_config() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("metadata.json", "{}")
    return buffer.getvalue()


_LAMBDA = {"class_name": "__lambda__", "config": {"code": "print('hi')"}}
_CUSTOM = {**_layer("Scale", "scale", "input"), "module": "my_package.layers", "registered_name": "Custom>Scale"}

BAD_MODELS: list[tuple[str, bytes, str]] = [
    ("empty", b"", "not a .keras model file"),
    ("text", b"this is not a model", "not a .keras model file"),
    ("h5", b"\x89HDF\r\n\x1a\n" + bytes(64), "legacy HDF5"),
    ("truncated", keras_archive(_model(_layer("Dense", "out", "input", units=10)))[:200], "not a .keras model file"),
    ("no config", _zip_without_config(), "holds no config.json"),
    ("config not json", keras_archive("{not json"), "not valid JSON"),
    ("lambda layer", keras_archive(_model(_layer("Lambda", "double", "input", function=_LAMBDA))), "Lambda layer"),
    ("custom object", keras_archive(_model(_CUSTOM)), "custom object"),
    ("unknown layer", keras_archive(_model(_layer("LSTM", "memory", "input", units=4))), "does not"),
]


# --- datasets ----------------------------------------------------------------------------------


def _npz(**arrays: Any) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


_X = np.zeros((20, 28, 28), np.uint8)
_Y = np.arange(20) % 2

BAD_DATASETS: list[tuple[str, bytes, str]] = [
    ("not npz", b"hello", "not an .npz file"),
    ("truncated", _npz(x=_X, y=_Y)[:100], "npz"),
    ("strings", _npz(x=np.array(["a"] * 20), y=_Y), "images must be numbers"),
    ("wrong shape", _npz(x=np.zeros((20, 32, 32), np.uint8), y=_Y), "accepted shapes"),
    ("empty", _npz(x=np.zeros((0, 28, 28), np.uint8), y=np.zeros(0, int)), "holds no images"),
    ("negative label", _npz(x=_X, y=_Y - 1), "negative label"),
    ("huge label", _npz(x=_X, y=_Y * 5000), "at most 1000 classes"),
    ("fraction label", _npz(x=_X, y=_Y + 0.5), "not integers"),
    ("nan pixels", _npz(x=np.full((20, 28, 28), np.nan), y=_Y), "NaN"),
    ("count mismatch", _npz(x=_X, y=_Y[:5]), "must match"),
    ("one-hot labels", _npz(x=_X, y=np.eye(2)[_Y]), "one-hot"),
    ("no labels", _npz(x=_X), "no array 'y'"),
    ("objects", _npz(x=np.array([None] * 20, dtype=object), y=_Y), "Python objects"),
]


# --- images ------------------------------------------------------------------------------------


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares a huge size but holds no pixels: a decompression bomb's calling card."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    chunk = struct.pack(">I", len(ihdr)) + b"IHDR" + ihdr + struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return b"\x89PNG\r\n\x1a\n" + chunk + struct.pack(">I", 0) + b"IEND" + struct.pack(">I", zlib.crc32(b"IEND"))


def _white_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (40, 40), 255).save(buffer, "PNG")
    return buffer.getvalue()


BAD_IMAGES: list[tuple[str, bytes, str]] = [
    ("empty", b"", "cannot identify image file"),
    ("text", b"not really a png", "cannot identify image file"),
    ("svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', "cannot identify image file"),
    ("truncated", _white_png()[:60], "truncated"),
    ("bomb", png_header(100_000, 100_000), "too large to open safely"),
]


def write_cases(folder: Path, cases: list[tuple[str, bytes | str, str]], suffix: str) -> list[tuple[Path, str]]:
    """Write each case to ``folder/NAME.suffix``; the paths with their expected words."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content, words in cases:
        path = folder / (name.replace(" ", "-") + suffix)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        written.append((path, words))
    return written


def fingerprint(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file's content and modification time, to show nothing was changed or added."""
    return {
        str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()
    }

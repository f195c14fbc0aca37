"""Reader for IDX files, the format MNIST and Fashion-MNIST are published in, gzipped or not.

The header is trusted for nothing: the magic bytes, type code, sizes and amount of data are all
checked, so a damaged or foreign file ends in a ``DatasetError`` that names it.
"""

from __future__ import annotations

import gzip
import math
import struct
import zlib
from pathlib import Path
from typing import BinaryIO

import numpy as np

from netdesigner.core.i18n import QT_TRANSLATE_NOOP, translate
from netdesigner.engine.datasets import IMAGE_SIDE, DatasetError

MAX_IDX_BYTES = 1 << 30  # full MNIST is 47 MB; a header promising more is damaged or hostile
_CHUNK = 1 << 24

UBYTE = 0x08
_TYPE_NAMES = {
    0x09: QT_TRANSLATE_NOOP("IdxFiles", "signed bytes"),
    0x0B: QT_TRANSLATE_NOOP("IdxFiles", "16-bit integers"),
    0x0C: QT_TRANSLATE_NOOP("IdxFiles", "32-bit integers"),
    0x0D: QT_TRANSLATE_NOOP("IdxFiles", "32-bit floats"),
    0x0E: QT_TRANSLATE_NOOP("IdxFiles", "64-bit floats"),
}

# role -> the file names it goes by, e.g. train-images-idx3-ubyte and train-images.idx3-ubyte (+ .gz);
# the roles are marked because the messages name them (translated where shown).
_ROLES = {
    QT_TRANSLATE_NOOP("IdxFiles", "train images"): ("train-images", 3),
    QT_TRANSLATE_NOOP("IdxFiles", "train labels"): ("train-labels", 1),
    QT_TRANSLATE_NOOP("IdxFiles", "test images"): ("t10k-images", 3),
    QT_TRANSLATE_NOOP("IdxFiles", "test labels"): ("t10k-labels", 1),
}


def read_idx(path: Path) -> np.ndarray:
    """The uint8 array stored in one IDX file (type code 0x08, the one MNIST uses)."""
    try:
        with _open(path) as stream:
            return _parse(stream, path.name)
    except (OSError, EOFError, zlib.error) as error:  # gzip.BadGzipFile is an OSError
        raise DatasetError(
            translate("IdxFiles", "could not read {path}: {error}").format(path=path, error=error)
        ) from error


def idx_files(directory: Path) -> dict[str, Path]:
    """The IDX files found in ``directory`` by role ("train images", ...); roles not found are absent."""
    present = {child.name.lower(): child for child in directory.iterdir() if child.is_file()}
    found = {}
    for role, (stem, dims) in _ROLES.items():
        for name in (f"{stem}-idx{dims}-ubyte", f"{stem}.idx{dims}-ubyte"):
            match = present.get(name) or present.get(name + ".gz")
            if match is not None:
                found[role] = match
                break
    return found


def read_idx_folder(
    directory: Path, num_classes: int | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    """Train images and labels, and the test ones if present (else None, None), checked against each other.

    With ``num_classes`` the labels must lie in 0..num_classes-1; without it the training labels
    define the classes and the test labels must stay among them.
    """
    if not directory.exists():
        raise DatasetError(translate("IdxFiles", "folder not found: {directory}").format(directory=directory))
    if not directory.is_dir():
        raise DatasetError(
            translate(
                "IdxFiles",
                "{directory} is a file; idx: needs a folder holding train-images-idx3-ubyte(.gz) and its companions",
            ).format(directory=directory)
        )
    found = idx_files(directory)
    for role in ("train images", "train labels"):
        if role not in found:
            raise DatasetError(
                translate("IdxFiles", "no {role} in {directory}: expected {expected}; found: {listing}").format(
                    role=translate("IdxFiles", role),
                    directory=directory,
                    expected=_expected_name(role),
                    listing=_listing(directory),
                )
            )
    has_test = [role in found for role in ("test images", "test labels")]
    if any(has_test) and not all(has_test):
        role = "test labels" if has_test[0] else "test images"
        raise DatasetError(
            translate(
                "IdxFiles",
                "no {role} in {directory}: expected {expected} (or remove the other test file to split train 80/20)",
            ).format(role=translate("IdxFiles", role), directory=directory, expected=_expected_name(role))
        )

    x, y = _pair(found["train images"], found["train labels"])
    classes = num_classes if num_classes is not None else int(y.max()) + 1
    _check_labels(y, found["train labels"], classes)
    if classes < 2:
        raise DatasetError(
            translate(
                "IdxFiles", "every label in {name} is 0: a network needs at least two classes to tell apart"
            ).format(name=found["train labels"].name)
        )
    if not all(has_test):
        return x, y, None, None
    x_test, y_test = _pair(found["test images"], found["test labels"])
    _check_labels(
        y_test,
        found["test labels"],
        classes,
        "" if num_classes else translate("IdxFiles", " (the classes in the training labels)"),
    )
    return x, y, x_test, y_test


def _open(path: Path) -> BinaryIO:
    """Gzip is recognised by its magic bytes, not by the name, so a renamed file still reads."""
    with path.open("rb") as probe:
        gzipped = probe.read(2) == b"\x1f\x8b"
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def _parse(stream: BinaryIO, name: str) -> np.ndarray:
    magic = stream.read(4)
    if len(magic) < 4:
        raise DatasetError(
            translate("IdxFiles", "{name} is not an IDX file: it is only {count} bytes long").format(
                name=name, count=len(magic)
            )
        )
    code, ndim = magic[2], magic[3]
    if magic[:2] != b"\0\0" or ndim == 0 or (code != UBYTE and code not in _TYPE_NAMES):
        raise DatasetError(
            translate(
                "IdxFiles",
                "{name} is not an IDX file: it starts with bytes {hex}, expected 00 00 08 and a dimension count",
            ).format(name=name, hex=magic.hex(" "))
        )
    if code != UBYTE:
        raise DatasetError(
            translate(
                "IdxFiles",
                "{name} holds {type_name} (type code 0x{code:02x}); only unsigned bytes (0x08), as in MNIST, are "
                "supported",
            ).format(name=name, type_name=translate("IdxFiles", _TYPE_NAMES[code]), code=code)
        )
    raw_dims = stream.read(4 * ndim)
    if len(raw_dims) < 4 * ndim:
        raise DatasetError(
            translate("IdxFiles", "{name} is truncated: its header is cut off after {size} bytes").format(
                name=name, size=4 + len(raw_dims)
            )
        )
    dims = struct.unpack(f">{ndim}I", raw_dims)
    expected = math.prod(dims)
    if expected > MAX_IDX_BYTES:
        raise DatasetError(
            translate(
                "IdxFiles", "{name} declares {dims} values, more than the {limit:,} bytes NetDesigner reads"
            ).format(name=name, dims=" x ".join(map(str, dims)), limit=MAX_IDX_BYTES)
        )
    data = _read_up_to(stream, expected)
    if len(data) < expected:
        raise DatasetError(
            translate("IdxFiles", "{name} is truncated: expected {expected:,} bytes of data, found {count:,}").format(
                name=name, expected=expected, count=len(data)
            )
        )
    return np.frombuffer(data, np.uint8).reshape(dims)


def _read_up_to(stream: BinaryIO, count: int) -> bytes:
    """At most ``count`` bytes, read in chunks so memory follows the real data, not the header's claim."""
    chunks = []
    remaining = count
    while remaining > 0:
        chunk = stream.read(min(remaining, _CHUNK))
        if not chunk:
            break
        chunks.append(chunk)
        remaining -= len(chunk)
    return b"".join(chunks)


def _pair(images_path: Path, labels_path: Path) -> tuple[np.ndarray, np.ndarray]:
    images, labels = read_idx(images_path), read_idx(labels_path)
    if images.ndim != 3:
        raise DatasetError(
            translate(
                "IdxFiles", "{name} holds an array of shape {shape}, not images (N, 28, 28); is it a labels file?"
            ).format(name=images_path.name, shape=images.shape)
        )
    if images.shape[1:] != (IMAGE_SIDE, IMAGE_SIDE):
        height, width = images.shape[1:]
        raise DatasetError(
            translate("IdxFiles", "the images in {name} are {height}x{width} pixels; NetDesigner needs 28x28").format(
                name=images_path.name, height=height, width=width
            )
        )
    if labels.ndim != 1:
        raise DatasetError(
            translate("IdxFiles", "{name} holds an array of shape {shape}, not one label per image").format(
                name=labels_path.name, shape=labels.shape
            )
        )
    if len(images) == 0:
        raise DatasetError(translate("IdxFiles", "{name} holds no images").format(name=images_path.name))
    if len(images) != len(labels):
        raise DatasetError(
            translate(
                "IdxFiles",
                "{images_file} has {images:,} images but {labels_file} has {labels:,} labels; they must match",
            ).format(images_file=images_path.name, images=len(images), labels_file=labels_path.name, labels=len(labels))
        )
    return images, labels.astype(np.int64)


def _check_labels(labels: np.ndarray, path: Path, classes: int, why: str = "") -> None:
    if labels.max() >= classes:
        raise DatasetError(
            translate("IdxFiles", "{name} holds label {label}, out of range: labels must be 0-{highest}{why}").format(
                name=path.name, label=labels.max(), highest=classes - 1, why=why
            )
        )


def _expected_name(role: str) -> str:
    stem, dims = _ROLES[role]
    return translate("IdxFiles", "{stem}-idx{dims}-ubyte or {stem}.idx{dims}-ubyte, optionally .gz").format(
        stem=stem, dims=dims
    )


def _listing(directory: Path, limit: int = 10) -> str:
    names = sorted(child.name for child in directory.iterdir() if not child.name.startswith("."))
    more = translate("IdxFiles", " and {count} more").format(count=len(names) - limit) if len(names) > limit else ""
    return ", ".join(names[:limit]) + more if names else translate("IdxFiles", "nothing")

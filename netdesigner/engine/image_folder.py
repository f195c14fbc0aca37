"""Reader for a folder of images with one subfolder per class, as a student collects them by hand.

Each image becomes what MNIST looks like (28x28 grayscale, white ink on black) whatever its size,
colour or polarity. Oversized images are refused before they are decoded (decompression bombs).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image

from netdesigner.core.i18n import translate
from netdesigner.engine import preprocess
from netdesigner.engine.datasets import IMAGE_SIDE, DatasetError

IMAGE_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".bmp", ".gif"})
_IGNORED_FOLDERS = frozenset({"__MACOSX"})  # left behind by zip files made on a Mac


def read_image_folder(directory: Path) -> tuple[np.ndarray, np.ndarray, tuple[str, ...]]:
    """Images (N, 28, 28) uint8, labels (N,) int64 and the class names (the sorted subfolder names)."""
    if not directory.exists():
        raise DatasetError(translate("ImageFolder", "folder not found: {directory}").format(directory=directory))
    if not directory.is_dir():
        raise DatasetError(
            translate(
                "ImageFolder", "{directory} is a file; folder: needs a folder with one subfolder of images per class"
            ).format(directory=directory)
        )
    classes = sorted(
        (child for child in directory.iterdir() if child.is_dir() and _visible(child)), key=lambda p: p.name
    )
    classes = [folder for folder in classes if folder.name not in _IGNORED_FOLDERS]
    if len(classes) < 2:
        found = (
            translate("ImageFolder", "only '{name}'").format(name=classes[0].name)
            if classes
            else translate("ImageFolder", "none")
        )
        raise DatasetError(
            translate(
                "ImageFolder",
                "{directory} needs one subfolder per class, at least two (e.g. {example} and {other_example}); found "
                "{found}",
            ).format(directory=directory, example=directory / "cat", other_example=directory / "dog", found=found)
        )
    images: list[np.ndarray] = []
    labels: list[int] = []
    for label, folder in enumerate(classes):
        files = image_files(folder)
        if not files:
            raise DatasetError(
                translate(
                    "ImageFolder", "class folder {folder} has no images ({suffixes}); add some or remove the folder"
                ).format(folder=folder, suffixes=", ".join(sorted(IMAGE_SUFFIXES)))
            )
        images.extend(read_image(path) for path in files)
        labels.extend([label] * len(files))
    return np.stack(images), np.array(labels, dtype=np.int64), tuple(folder.name for folder in classes)


def image_files(folder: Path) -> list[Path]:
    """The images directly inside ``folder``, by name; other and hidden files are ignored."""
    return sorted(p for p in folder.iterdir() if p.is_file() and _visible(p) and p.suffix.lower() in IMAGE_SUFFIXES)


def read_image(path: Path) -> np.ndarray:
    """One image as 28x28 uint8 with white ink on black; DatasetError naming the file if it can't be."""
    try:
        gray = preprocess.read_gray(path)
    except preprocess.ImageError as error:
        raise DatasetError(str(error)) from None
    return np.asarray(Image.fromarray(gray).resize((IMAGE_SIDE, IMAGE_SIDE), Image.Resampling.LANCZOS), dtype=np.uint8)


def _visible(path: Path) -> bool:
    return not path.name.startswith(".")
